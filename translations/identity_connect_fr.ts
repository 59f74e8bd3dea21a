<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BlastRadiusDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/blast.py" line="+69"/>
        <source>%n user(s) left the selected OUs or no longer meet the criteria.</source>
        <translation>
            <numerusform>%n utilisateur a quitté les UO sélectionnées ou ne remplit plus les critères.</numerusform>
            <numerusform>%n utilisateurs ont quitté les UO sélectionnées ou ne remplissent plus les critères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) are disabled in the directory.</source>
        <translation>
            <numerusform>%n utilisateur est désactivé dans l’annuaire.</numerusform>
            <numerusform>%n utilisateurs sont désactivés dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) were deleted in the directory.</source>
        <translation>
            <numerusform>%n utilisateur a été supprimé dans l’annuaire.</numerusform>
            <numerusform>%n utilisateurs ont été supprimés dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) for another reason (%1).</source>
        <translation>
            <numerusform>%n utilisateur pour une autre raison (%1).</numerusform>
            <numerusform>%n utilisateurs pour une autre raison (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Before you save</source>
        <translation>Avant d’enregistrer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The effect of this change could not be worked out. Save anyway? The next sync will apply it.</source>
        <translation>L’effet de cette modification n’a pas pu être déterminé. Enregistrer quand même ? La prochaine synchronisation l’appliquera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you save, the next sync will do this:</source>
        <translation>Si vous enregistrez, la prochaine synchronisation effectuera ceci :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users created:</source>
        <translation>Utilisateurs créés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users changed:</source>
        <translation>Utilisateurs modifiés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users re-activated:</source>
        <translation>Utilisateurs réactivés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users disabled:</source>
        <translation>Utilisateurs désactivés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users deleted:</source>
        <translation>Utilisateurs supprimés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups created or changed:</source>
        <translation>Groupes créés ou modifiés :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>Motifs :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled users cannot sign in; deleted users and their data are gone from the cloud for good.</source>
        <translation>Les utilisateurs désactivés ne peuvent plus se connecter ; les utilisateurs supprimés et leurs données disparaissent définitivement du cloud.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+48"/>
        <source>The certificate of the CA that issued it is not available on this computer.</source>
        <extracomment>OpenSSL verify codes that mean only &quot;issued by a CA this computer does not trust&quot; (see app.ldap.tls_probe).</extracomment>
        <translation>Le certificat de l’AC qui l’a émis n’est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its signature does not match: it may have been altered.</source>
        <translation>Sa signature ne correspond pas : il a peut-être été modifié.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not valid yet: check this computer&apos;s date and time.</source>
        <translation>Il n’est pas encore valide : vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has expired.</source>
        <translation>Il a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>Il est auto-signé : aucune autorité de certification ne s’en porte garante.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is issued by a certificate authority that this computer does not trust (yet).</source>
        <translation>Il est émis par une autorité de certification que cet ordinateur n’approuve pas (encore).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>It is issued by a certificate authority that this computer does not know.</source>
        <translation>Il est émis par une autorité de certification que cet ordinateur ne connaît pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has been revoked.</source>
        <translation>Il a été révoqué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not meant for a server.</source>
        <translation>Il n’est pas destiné à un serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the name the agent connects to.</source>
        <translation>Il n’est pas émis pour le nom auquel l’agent se connecte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the IP address the agent connects to.</source>
        <translation>Il n’est pas émis pour l’adresse IP à laquelle l’agent se connecte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate check reported: %1.</source>
        <translation>La vérification du certificat a signalé : %1.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Issued to:</source>
        <translation>Émis pour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also valid for:</source>
        <translation>Également valide pour :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Émis par :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Valide à partir du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Valide jusqu’au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted because:</source>
        <translation>Non approuvé, car :</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The CA is now trusted for this agent (saved as %1). Checking the connection again…</source>
        <extracomment>OTHER_PROBLEM: the error code that trusting the CA would leave. OFFERED but the admin cancelled.</extracomment>
        <translation>L’AC est désormais approuvée pour cet agent (enregistrée sous %1). Nouvelle vérification de la connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not send the certificate of the CA that issued its own, so it cannot be shown here. Ask your CA&apos;s administrator for the CA certificate (a .cer or .pem file) and choose it as the CA file.</source>
        <translation>%1 n’envoie pas le certificat de l’AC qui a émis le sien ; il ne peut donc pas être affiché ici. Demandez à l’administrateur de votre AC le certificat de l’AC (un fichier .cer ou .pem) et choisissez-le comme fichier d’AC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is trusted now. Checking the connection again…</source>
        <translation>Le certificat de %1 est désormais approuvé. Nouvelle vérification de la connexion…</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <location line="-136"/>
        <source>Certificate offered by the server</source>
        <translation>Certificat présenté par le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this CA…</source>
        <translation>Appr&amp;ouver cette AC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the certificate authority that issued this certificate</source>
        <translation>Approuver l’autorité de certification qui a émis ce certificat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if this is your organisation&apos;s CA: you will compare its fingerprint first.</source>
        <translation>Uniquement s’il s’agit de l’AC de votre organisation : vous comparerez d’abord son empreinte.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../ui/settings/pages_criteria.py" line="+132"/>
        <location line="+156"/>
        <source>Sync criteria</source>
        <translation>Critères de synchronisation</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Field, row %1</source>
        <translation>Champ, ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship, row %1</source>
        <translation>Condition, ligne %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equals</source>
        <translation>est égal à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>est différent de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a value</source>
        <translation>a une valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no value</source>
        <translation>n’a pas de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of (group DN)</source>
        <translation>est membre de (DN du groupe)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for users</source>
        <translation>Critères pour les utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for groups</source>
        <translation>Critères pour les groupes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;all users in scope</source>
        <translation>Importer &amp;tous les utilisateurs du périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users &amp;based on criteria (every row must hold)</source>
        <translation>Importer les utilisateurs selon des &amp;critères (chaque ligne doit être vérifiée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User criteria</source>
        <translation>Critères des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all groups in scope</source>
        <translation>Importer &amp;tous les groupes du périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import groups &amp;based on criteria (every row must hold)</source>
        <translation>Importer les groupes selon des &amp;critères (chaque ligne doit être vérifiée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group criteria</source>
        <translation>Critères des groupes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected criteria rows</source>
        <translation>Supprimer les lignes de critères sélectionnées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users and groups have criteria of their own. Values are matched as text, ignoring case; &quot;is a member of&quot; takes a group DN and means direct membership. A group that does not meet its criteria is not synced, and its members are not added to other groups through it.</source>
        <translation>Les utilisateurs et les groupes ont chacun leurs propres critères. Les valeurs sont comparées comme du texte, sans tenir compte de la casse ; « est membre de » attend le DN d’un groupe et désigne une appartenance directe. Un groupe qui ne remplit pas ses critères n’est pas synchronisé, et ses membres ne sont pas ajoutés à d’autres groupes par son intermédiaire.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A&amp;dd row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criteria row</source>
        <translation>Ajouter une ligne de critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>Su&amp;pprimer la ligne</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../ui/i18n.py" line="+199"/>
        <source>in less than a minute</source>
        <extracomment>The language&apos;s name in itself (an endonym): never translated, so a lost user can find their own.</extracomment>
        <translation>dans moins d’une minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>a date and time, then how far from now it is</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeviceSignInWidget</name>
    <message>
        <location filename="../ui/widgets/device_signin.py" line="+209"/>
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requesting a sign-in code…</source>
        <translation>Demande d’un code de connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t reach the service, retrying…</source>
        <translation>Service injoignable, nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code has expired. Get a new code to try again.</source>
        <translation>Le code a expiré. Obtenez un nouveau code pour réessayer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>Connectez-vous en tant qu’administrateur de votre organisation : ouvrez l’adresse ci-dessous dans un navigateur sur n’importe quel appareil, ou scannez le code QR, puis saisissez le code.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in address:</source>
        <translation>Adresse de connexion :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in address</source>
        <translation>Copier l’adresse de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a new code</source>
        <translation>Obtenir un nouveau &amp;code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code</source>
        <translation>Obtenir un nouveau code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the sign-in address</source>
        <translation>Code QR de l’adresse de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>Scannez avec un téléphone pour ouvrir la page de connexion avec le code déjà saisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>La page de connexion vous demandera d’autoriser « %1 » à se connecter.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/widgets/stage_names.py" line="+15"/>
        <source>Server name is valid</source>
        <translation>Le nom du serveur est valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name resolves in DNS</source>
        <translation>Le nom du serveur est résolu dans le DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server accepts connections</source>
        <translation>Le serveur accepte les connexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection (certificate trusted)</source>
        <translation>Connexion sécurisée (certificat approuvé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account signs in</source>
        <translation>Le compte de liaison se connecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory information readable</source>
        <translation>Informations de l’annuaire lisibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users are readable</source>
        <translation>Les utilisateurs sont lisibles</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+154"/>
        <source>not yet checked</source>
        <extracomment>The owner can trust a CA (it has somewhere to save it): offer &quot;Trust this CA…&quot; when that is the fix.</extracomment>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a check, then its state</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+285"/>
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>Choisir le certificat de l’autorité de certification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Domain name:</source>
        <translation>Nom de &amp;domaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. corp.example.com</source>
        <translation>p. ex. corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain &amp;controllers:</source>
        <translation>&amp;Contrôleurs de domaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>Nom complet, p. ex. dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller to add</source>
        <translation>Contrôleur de domaine à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers, in order of preference</source>
        <translation>Contrôleurs de domaine, par ordre de préférence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add domain controller</source>
        <translation>Ajouter un contrôleur de domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected domain controller</source>
        <translation>Supprimer le contrôleur de domaine sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in DNS</source>
        <translation>Chercher dans le DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find domain controllers in DNS</source>
        <translation>Chercher les contrôleurs de domaine dans le DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind account:</source>
        <translation>Compte de &amp;liaison :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (utilisateur@corp.example.com) ou DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account (UPN or DN)</source>
        <translation>Compte de liaison (UPN ou DN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind password</source>
        <translation>Mot de passe de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL, port 636)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (port 389)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP</source>
        <translation>LDAP non chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>Je comprends que les mots de passe et les données de l’annuaire circulent sans chiffrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow unencrypted LDAP</source>
        <translation>Autoriser le LDAP non chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate (optional):</source>
        <translation>Certificat de l’&amp;AC (facultatif) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your directory&apos;s certificate is from a private CA</source>
        <translation>Uniquement si le certificat de votre annuaire provient d’une AC privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l’AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat de l’AC</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+113"/>
        <source>Not added (unconfirmed): DNS also names %1, outside %2. Add a server by hand only if you know it is one of your domain controllers.</source>
        <translation>Non ajouté (non confirmé) : le DNS indique aussi %1, en dehors de %2. N’ajoutez un serveur manuellement que si vous savez qu’il s’agit de l’un de vos contrôleurs de domaine.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connect to your directory</source>
        <translation>Connexion à votre annuaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect lit les utilisateurs et les groupes avec ce compte ; un utilisateur de domaine ordinaire suffit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the directory check</source>
        <translation>Relancer la vérification de l’annuaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <comment>a domain controller, then one check made on it</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errors.py" line="+895"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem occurred (%1).</source>
        <translation>Un problème inattendu s’est produit (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Réessayez. Si le problème persiste, envoyez le fichier journal à votre support.</translation>
    </message>
    <message>
        <location line="-760"/>
        <source>The problem is at line %1.</source>
        <translation>Le problème se situe à la ligne %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer&apos;s clock differs from the service&apos;s.</source>
        <translation>L’horloge de cet ordinateur diffère de celle du service.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer&apos;s clock differs from the service&apos;s by %n second(s).</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur diffère de celle du service de %n seconde.</numerusform>
            <numerusform>L’horloge de cet ordinateur diffère de celle du service de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No installation key</source>
        <translation>Aucune clé d’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the installation key from your tenant&apos;s admin console.</source>
        <translation>Collez la clé d’installation depuis la console d’administration de votre locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts with ICK1-.</source>
        <translation>Elle commence par ICK1-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an installation key</source>
        <translation>Ce n’est pas une clé d’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is not an installation key.</source>
        <translation>Ce texte n’est pas une clé d’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>Copiez à nouveau la clé entière depuis la console d’administration ; elle commence par ICK1-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mistyped</source>
        <translation>Clé mal saisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s checksum does not match: a character is missing or mistyped.</source>
        <translation>La somme de contrôle de la clé ne correspond pas : un caractère manque ou est erroné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key again instead of typing it.</source>
        <translation>Collez de nouveau la clé au lieu de la taper.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newer key format</source>
        <translation>Format de clé plus récent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>Cette clé a été créée pour une version plus récente d’Identity Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>Installez la dernière version d’Identity Connect et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key is damaged</source>
        <translation>Clé endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key does not contain a valid tenant address.</source>
        <translation>La clé ne contient pas d’adresse de locataire valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console.</source>
        <translation>Créez une nouvelle clé d’installation dans la console d’administration.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key not recognised</source>
        <translation>Clé non reconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this installation key.</source>
        <translation>Le locataire ne connaît pas cette clé d’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>Vérifiez que vous avez copié la clé du bon locataire, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key expired</source>
        <translation>Clé expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has expired.</source>
        <translation>Cette clé d’installation a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>Créez une nouvelle clé d’installation dans la console d’administration et collez-la ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has revoked this installation key.</source>
        <translation>Un administrateur a révoqué cette clé d’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>Demandez une nouvelle clé d’installation ou créez-en une dans la console d’administration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key already used</source>
        <translation>Clé déjà utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has already been used to install an agent.</source>
        <translation>Cette clé d’installation a déjà servi à installer un agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>Chaque clé ne sert qu’une fois. Créez une nouvelle clé d’installation dans la console d’administration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the service</source>
        <translation>Service injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service at %1 could not be reached.</source>
        <translation>Le service cloud à l’adresse %1 est injoignable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your tenant</source>
        <translation>votre locataire</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check this computer&apos;s internet connection and proxy settings, then retry.</source>
        <translation>Vérifiez la connexion Internet et les paramètres de proxy de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+219"/>
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Le certificat de %1 n’est pas approuvé (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>Vérifiez la date et l’heure du système ; un proxy qui inspecte TLS doit avoir un certificat approuvé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>Le service a répondu d’une manière qu’Identity Connect ne comprend pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>Un proxy ou un portail captif bloque peut-être l’accès. Réessayez ou vérifiez le réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted address</source>
        <translation>Adresse non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service named an address that is not HTTPS on the service&apos;s own address. Nothing was sent there.</source>
        <translation>Le service a indiqué une adresse qui n’est pas en HTTPS sur sa propre adresse. Rien n’y a été envoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address. If it is right, ask the service&apos;s provider to correct it.</source>
        <translation>Vérifiez l’adresse du locataire. Si elle est correcte, demandez au fournisseur du service de corriger le problème.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted sign-in page</source>
        <translation>Page de connexion non fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page address the service sent is not HTTPS on the service&apos;s own address, so it is not shown.</source>
        <translation>L’adresse de la page de connexion envoyée par le service n’est pas en HTTPS sur sa propre adresse ; elle n’est donc pas affichée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address, or get a new code later.</source>
        <translation>Vérifiez l’adresse du locataire, ou obtenez un nouveau code plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused in the browser.</source>
        <translation>La connexion a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>Obtenez un nouveau code et approuvez la demande, ou connectez-vous en tant qu’autre administrateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code expired</source>
        <translation>Code expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired before the sign-in was completed.</source>
        <translation>Le code a expiré avant la fin de la connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>Obtenez un nouveau code et terminez la connexion dans le délai affiché.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in no longer valid</source>
        <translation>Connexion plus valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service no longer accepts this sign-in request.</source>
        <translation>Le service n’accepte plus cette demande de connexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in again.</source>
        <translation>Obtenez un nouveau code et connectez-vous de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator</source>
        <translation>Pas administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>Le compte avec lequel vous vous êtes connecté n’est pas administrateur de ce locataire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>Obtenez un nouveau code et connectez-vous avec un compte administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in expired</source>
        <translation>Connexion expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored sign-in of the agent&apos;s owner no longer works.</source>
        <translation>La connexion enregistrée du propriétaire de l’agent ne fonctionne plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>Connectez-vous de nouveau, ou transférez la propriété à un autre administrateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent not registered</source>
        <translation>Agent non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this agent any more.</source>
        <translation>Le locataire ne connaît plus cet agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again with a new installation key.</source>
        <translation>Relancez la configuration avec une nouvelle clé d’installation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the owner</source>
        <translation>Pas le propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in administrator does not own this agent.</source>
        <translation>L’administrateur connecté n’est pas propriétaire de cet agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the owner, or change the owner.</source>
        <translation>Connectez-vous en tant que propriétaire, ou changez de propriétaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant refused to register the agent.</source>
        <translation>Le locataire a refusé d’enregistrer l’agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>Réessayez. Si l’échec persiste, créez une nouvelle clé d’installation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clock is wrong</source>
        <translation>Horloge incorrecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>Réglez correctement la date et l’heure du système (heure réseau), puis réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory service refused a change</source>
        <translation>Le service d’annuaire a refusé une modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud directory refused a request.</source>
        <translation>L’annuaire cloud a refusé une requête.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the affected object.</source>
        <translation>Consultez le journal de synchronisation pour l’objet concerné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service asked Identity Connect to slow down.</source>
        <translation>Le service a demandé à Identity Connect de ralentir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then retry.</source>
        <translation>Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud objects not unique</source>
        <translation>Objets cloud en double</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one object in the cloud directory has the same user name or external ID.</source>
        <translation>Plusieurs objets de l’annuaire cloud ont le même nom d’utilisateur ou le même ID externe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or rename the duplicate in the cloud directory, then retry.</source>
        <translation>Supprimez ou renommez le doublon dans l’annuaire cloud, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object missing in the cloud</source>
        <translation>Objet absent du cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object the agent manages no longer exists in the cloud directory.</source>
        <translation>Un objet géré par l’agent n’existe plus dans l’annuaire cloud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the object; the next run checks it again.</source>
        <translation>Consultez le journal de synchronisation pour cet objet ; la prochaine exécution le vérifiera à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run stopped: service unavailable</source>
        <translation>Exécution arrêtée : service indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service has been unavailable since %1, so the run was stopped (%2).</source>
        <translation>Le service cloud est indisponible depuis %1 ; l’exécution a donc été arrêtée (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was lost: what was not written yet is written by the next run. Check this computer&apos;s network and the service&apos;s status, then retry.</source>
        <translation>Rien n’est perdu : ce qui n’a pas encore été écrit le sera lors de la prochaine exécution. Vérifiez le réseau de cet ordinateur et l’état du service, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid host name</source>
        <translation>Nom d’hôte non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>« %1 » n’est ni un nom d’hôte ni une adresse IP valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controller&apos;s DNS name, e.g. dc1.corp.example.com.</source>
        <translation>Saisissez le nom DNS du contrôleur de domaine, p. ex. dc1.corp.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fully qualified name needed</source>
        <translation>Nom complet requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>Avec SSL ou StartTLS, « %1 » doit être le nom complet pour lequel le certificat est émis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>Utilisez le nom complet, p. ex. %1.corp.example.com, ou choisissez le LDAP non chiffré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>Le nom « %1 » n’est pas résolu dans le DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling; this computer must use the domain&apos;s DNS servers.</source>
        <translation>Vérifiez l’orthographe ; cet ordinateur doit utiliser les serveurs DNS du domaine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No domain controllers in DNS</source>
        <translation>Aucun contrôleur de domaine dans le DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS has no domain controller records for this domain.</source>
        <translation>Le DNS ne contient aucun enregistrement de contrôleur de domaine pour ce domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controllers&apos; names yourself.</source>
        <translation>Saisissez vous-même les noms des contrôleurs de domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers on %1 port %2.</source>
        <translation>Rien ne répond sur %1, port %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>Vérifiez que le contrôleur de domaine fonctionne et qu’un pare-feu autorise le port LDAP, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server does not answer</source>
        <translation>Le serveur ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 a accepté la connexion mais n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>Vérifiez qu’il s’agit bien d’un contrôleur de domaine et qu’il n’est pas surchargé, puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued by a trusted certificate authority.</source>
        <translation>Le certificat du serveur n’est pas émis par une autorité de certification approuvée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your organisation&apos;s CA certificate file, or install it in the system&apos;s trust store.</source>
        <translation>Choisissez le fichier du certificat de l’AC de votre organisation, ou installez-le dans le magasin de certificats du système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server presents a self-signed certificate.</source>
        <translation>Le serveur présente un certificat auto-signé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>Donnez au serveur un certificat de votre AC, ou choisissez ce certificat comme fichier d’AC si vous lui faites confiance.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate expired</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>Le certificat du serveur a expiré ou n’est pas encore valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the domain controller&apos;s certificate, and check this computer&apos;s date and time.</source>
        <translation>Renouvelez le certificat du contrôleur de domaine et vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not in certificate</source>
        <translation>Nom absent du certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued to “%1”.</source>
        <translation>Le certificat du serveur n’est pas émis pour « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the name shown in the certificate details below.</source>
        <translation>Utilisez le nom indiqué dans les détails du certificat ci-dessous.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with the server failed.</source>
        <translation>La négociation TLS avec le serveur a échoué.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting (LDAPS or StartTLS) and the server&apos;s TLS configuration.</source>
        <translation>Vérifiez le paramètre de sécurité (LDAPS ou StartTLS) et la configuration TLS du serveur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong user name or password</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind account or its password.</source>
        <translation>L’annuaire a refusé le compte de liaison ou son mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>Vérifiez le compte (UPN ou DN) et le mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is disabled.</source>
        <translation>Le compte de liaison est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Activez le compte dans Active Directory ou utilisez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is locked out.</source>
        <translation>Le compte de liaison est verrouillé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Déverrouillez le compte dans Active Directory, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password expired</source>
        <translation>Mot de passe expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account&apos;s password has expired or must be changed.</source>
        <translation>Le mot de passe du compte de liaison a expiré ou doit être changé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the account and enter it here.</source>
        <translation>Définissez un nouveau mot de passe pour le compte et saisissez-le ici.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in not permitted</source>
        <translation>Connexion non autorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>Le compte de liaison n’a pas le droit de se connecter maintenant ou depuis cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s logon hours, workstation restrictions and expiry date.</source>
        <translation>Vérifiez les heures de connexion, les restrictions de poste de travail et la date d’expiration du compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind failed</source>
        <translation>Échec de la liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind.</source>
        <translation>L’annuaire a refusé la liaison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account and password, and the server&apos;s log.</source>
        <translation>Vérifiez le compte et le mot de passe, ainsi que le journal du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough rights</source>
        <translation>Droits insuffisants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account cannot read the users and groups.</source>
        <translation>Le compte de liaison ne peut pas lire les utilisateurs et les groupes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>Donnez au compte un accès en lecture à l’annuaire (un utilisateur de domaine ordinaire peut le lire).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption required</source>
        <translation>Chiffrement requis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to accept a password without encryption.</source>
        <translation>Le serveur refuse d’accepter un mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose LDAPS or StartTLS.</source>
        <translation>Choisissez LDAPS ou StartTLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain not found in the directory</source>
        <translation>Domaine introuvable dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory has no entry for this domain&apos;s base.</source>
        <translation>L’annuaire n’a aucune entrée pour la base de ce domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain name.</source>
        <translation>Vérifiez le nom de domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read incomplete</source>
        <translation>Lecture incomplète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>L’annuaire a cessé de répondre au milieu d’une lecture.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, check the server&apos;s limits.</source>
        <translation>Réessayez ; si le problème persiste, vérifiez les limites du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Directory error</source>
        <translation>Erreur d’annuaire</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>The directory reported an error.</source>
        <translation>L’annuaire a signalé une erreur.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Retry; if it keeps happening, check the server&apos;s log.</source>
        <translation>Réessayez ; si le problème persiste, consultez le journal du serveur.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Invalid filter</source>
        <translation>Filtre non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LDAP filter is not valid.</source>
        <translation>Le filtre LDAP n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter.</source>
        <translation>Corrigez le filtre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid distinguished name</source>
        <translation>Nom distinctif non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid distinguished name.</source>
        <translation>Ce n’est pas un nom distinctif valide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>Vérifiez le DN, p. ex. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full read needed</source>
        <translation>Lecture complète nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s change history does not continue from the last read.</source>
        <translation>L’historique des modifications du contrôleur de domaine ne reprend pas là où la dernière lecture s’est arrêtée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent reads the whole directory instead; nothing to do.</source>
        <translation>L’agent lit plutôt l’annuaire entier ; vous n’avez rien à faire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid criteria field</source>
        <translation>Champ de critère non valide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row names a field that is not an LDAP attribute name.</source>
        <translation>Une ligne de critères indique un champ qui n’est pas un nom d’attribut LDAP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the field from the list, or type an attribute name such as department.</source>
        <translation>Choisissez le champ dans la liste ou saisissez un nom d’attribut, par exemple department.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria value missing</source>
        <translation>Valeur de critère manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row compares a field but has no value to compare with.</source>
        <translation>Une ligne de critères compare un champ mais n’a aucune valeur de comparaison.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value in the row, or remove the row.</source>
        <translation>Saisissez une valeur dans la ligne ou supprimez la ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value not used</source>
        <translation>Valeur non utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;has a value&apos; and &apos;has no value&apos; compare nothing, but the row has a value.</source>
        <translation>« a une valeur » et « n’a pas de valeur » ne comparent rien, mais la ligne contient une valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the value, or choose another relationship.</source>
        <translation>Effacez la valeur ou choisissez une autre condition.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria rows</source>
        <translation>Aucune ligne de critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import based on criteria is chosen, but there is no criteria row.</source>
        <translation>L’import selon des critères est choisi, mais il n’y a aucune ligne de critères.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row, or choose to import all of them.</source>
        <translation>Ajoutez une ligne ou choisissez de tout importer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No domain controller works</source>
        <translation>Aucun contrôleur de domaine ne fonctionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the domain controllers could be used.</source>
        <translation>Aucun des contrôleurs de domaine n’a pu être utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See each domain controller&apos;s result below.</source>
        <translation>Consultez ci-dessous le résultat de chaque contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bind account not recognised</source>
        <translation>Compte de liaison non reconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>Saisissez le compte de liaison sous forme d’UPN (utilisateur@corp.example.com) ou de nom distinctif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example svc-sync@corp.example.com.</source>
        <translation>Par exemple svc-sync@corp.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unencrypted LDAP</source>
        <translation>Confirmer le LDAP non chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>Le LDAP non chiffré transmet le mot de passe et les données de l’annuaire en clair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>Cochez la case de confirmation, ou choisissez LDAPS ou StartTLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA file not found</source>
        <translation>Fichier d’AC introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file does not exist.</source>
        <translation>Le fichier du certificat de l’AC n’existe pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>Choisissez un fichier PEM existant, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step missing</source>
        <translation>Étape manquante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A previous setup step is not complete.</source>
        <translation>Une étape précédente de la configuration n’est pas terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and complete the previous pages.</source>
        <translation>Revenez en arrière et terminez les pages précédentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already set up</source>
        <translation>Déjà configuré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>Cet ordinateur possède déjà une configuration Identity Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>Ouvrez plutôt les paramètres, ou supprimez d’abord la configuration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent not running</source>
        <translation>L’agent ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service is not running.</source>
        <translation>Le service de l’agent ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>Redémarrez-le ; le journal indique pourquoi il s’est arrêté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent did not start</source>
        <translation>L’agent n’a pas démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service did not report that it started.</source>
        <translation>Le service de l’agent n’a pas signalé son démarrage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>Réessayez ; si le problème persiste, consultez le fichier journal.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keyring not answering</source>
        <translation>Le trousseau ne répond pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring did not answer in time.</source>
        <translation>Le trousseau n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (answer its prompt if one is open) or restart the keyring service, then retry.</source>
        <translation>Déverrouillez le trousseau (répondez à sa demande si elle est ouverte) ou redémarrez le service de trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Windows DC kit missing</source>
        <translation>Kit DC Windows manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer lacks what is copied to a Windows domain controller: the password filter DLL and the DC agent&apos;s runtime (a Windows Python with cryptography).</source>
        <translation>Il manque sur cet ordinateur ce qui est copié sur un contrôleur de domaine Windows : la DLL du filtre de mots de passe et l’environnement d’exécution de l’agent du DC (un Python pour Windows avec cryptography).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the Windows DC kit in the folder windows-dc-kit of the configuration folder, or name it with IDENTITY_CONNECT_WINDOWS_DC_KIT.</source>
        <translation>Placez le kit DC Windows dans le dossier windows-dc-kit du dossier de configuration, ou indiquez son emplacement avec IDENTITY_CONNECT_WINDOWS_DC_KIT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not 64-bit Windows</source>
        <translation>Windows n’est pas en 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter is built for 64-bit Windows only.</source>
        <translation>Le filtre de mots de passe n’est conçu que pour Windows 64 bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a domain controller that runs 64-bit Windows.</source>
        <translation>Choisissez un contrôleur de domaine qui exécute Windows 64 bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMB and WinRM can only be checked with the install account&apos;s login.</source>
        <translation>SMB et WinRM ne peuvent être vérifiés qu’avec l’identifiant du compte d’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the Domain Admin&apos;s account and password.</source>
        <translation>Vérifiez à nouveau et indiquez le compte et le mot de passe de l’Admin du domaine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that it is running and that File and Printer Sharing is allowed in its firewall from this computer.</source>
        <translation>Vérifiez qu’il est démarré et que le Partage de fichiers et d’imprimantes est autorisé dans son pare-feu depuis cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows too old</source>
        <translation>Windows trop ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter and the DC agent need Windows Server 2016 or later on the domain controller.</source>
        <translation>Le filtre de mots de passe et l’agent du DC nécessitent Windows Server 2016 ou ultérieur sur le contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the domain controller, or choose another one.</source>
        <translation>Mettez à niveau le contrôleur de domaine, ou choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong kind of login</source>
        <translation>Mauvais type d’identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login given is for another kind of domain controller: SSH for Samba, SMB and WinRM for Windows.</source>
        <translation>L’identifiant fourni est destiné à un autre type de contrôleur de domaine : SSH pour Samba, SMB et WinRM pour Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s operating system in the list, then try again.</source>
        <translation>Vérifiez le système d’exploitation du contrôleur de domaine dans la liste, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMB cannot be encrypted</source>
        <translation>SMB ne peut pas être chiffré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not offer SMB 3 encryption, which the install needs to copy the agent&apos;s key.</source>
        <translation>Le contrôleur de domaine ne propose pas le chiffrement SMB 3, dont l’installation a besoin pour copier la clé de l’agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on SMB 3 on the domain controller (Windows Server 2012 or later).</source>
        <translation>Activez SMB 3 sur le contrôleur de domaine (Windows Server 2012 ou ultérieur).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tenant&apos;s password policy refused it</source>
        <extracomment>Why a password change was not accepted (the reasons :func:`app.pwsync.admin.rejection_reason` gives; the terminal&apos;s words are :mod:`app.messages`&apos; ``problem`` texts). ``tenant_refused`` shows the tenant&apos;s own words.</extracomment>
        <translation>La stratégie de mots de passe du locataire l’a refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC agent&apos;s change did not name its account consistently</source>
        <translation>Le changement envoyé par l’agent du DC ne désignait pas son compte de façon cohérente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sealed password could not be opened for this account</source>
        <translation>Le mot de passe scellé n’a pas pu être ouvert pour ce compte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change names another account than the directory does</source>
        <translation>Le changement désigne un autre compte que l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account could not be checked against the directory</source>
        <translation>Le compte n’a pas pu être vérifié dans l’annuaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not valid text</source>
        <translation>Le mot de passe n’est pas un texte valide</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Agent already running</source>
        <translation>Agent déjà en cours d’exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>Un autre agent Identity Connect utilise déjà cette configuration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other agent first.</source>
        <translation>Fermez d’abord l’autre agent.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secure storage</source>
        <translation>Aucun stockage sécurisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no usable keyring to store passwords in.</source>
        <translation>Aucun trousseau utilisable pour enregistrer les mots de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>Sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet) ; Identity Connect n’enregistre jamais de mot de passe en clair.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring refused</source>
        <translation>Trousseau refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring refused to store or read a secret.</source>
        <translation>Le trousseau a refusé d’enregistrer ou de lire un secret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring, then retry.</source>
        <translation>Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Configuration problem</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration file %1 cannot be used.</source>
        <translation>Le fichier de configuration %1 est inutilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>Relancez la configuration, ou restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State file damaged</source>
        <translation>Fichier d’état de synchronisation endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state file %1 is damaged, so the agent does not sync.</source>
        <translation>Le fichier d’état de synchronisation %1 de l’agent est endommagé ; l’agent ne synchronise donc pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a backup, or move it aside to start over with a first-run review; then start Identity Connect again.</source>
        <translation>Restaurez le fichier depuis une sauvegarde, ou déplacez-le ailleurs pour repartir avec une vérification de première exécution ; puis redémarrez Identity Connect.</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>No run to approve</source>
        <translation>Aucune exécution à approuver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run %1 is waiting for approval.</source>
        <translation>Aucune exécution %1 n’attend d’approbation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the status window to see the run that waits, or start a new sync.</source>
        <translation>Ouvrez la fenêtre d’état pour voir l’exécution en attente, ou lancez une nouvelle synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown setting</source>
        <translation>Paramètre inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting %1.</source>
        <translation>Il n’existe pas de paramètre %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the setting&apos;s name.</source>
        <translation>Vérifiez le nom du paramètre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting cannot be changed here</source>
        <translation>Paramètre non modifiable ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 ne peut pas être modifié de cette façon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the directory connection with Change LDAP settings, and the owner with Change ownership.</source>
        <translation>Modifiez la connexion à l’annuaire avec Modifier les paramètres LDAP, et le propriétaire avec Changer de propriétaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings not valid</source>
        <translation>Paramètres non valides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new settings are not valid, so nothing was saved.</source>
        <translation>Les nouveaux paramètres ne sont pas valides ; rien n’a donc été enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the values, then save again.</source>
        <translation>Corrigez les valeurs, puis enregistrez à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State from a newer version</source>
        <translation>État de synchronisation d’une version plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state was written by a newer version of Identity Connect.</source>
        <translation>L’état de synchronisation de l’agent a été écrit par une version plus récente d’Identity Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install that version or a later one.</source>
        <translation>Installez cette version ou une version ultérieure.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status file damaged</source>
        <translation>Fichier d’état endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status file %1 is damaged.</source>
        <translation>Le fichier d’état %1 est endommagé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it and start Identity Connect: it writes a new one.</source>
        <translation>Supprimez-le et démarrez Identity Connect : il en écrit un nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration folder not private</source>
        <translation>Dossier de configuration non privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 belongs to another user or other users may write to it, so Identity Connect refuses to use it.</source>
        <translation>Le dossier %1 appartient à un autre utilisateur ou d’autres utilisateurs peuvent y écrire ; Identity Connect refuse donc de l’utiliser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the folder yours and private to you (chmod 700), then start Identity Connect again.</source>
        <translation>Prenez possession du dossier et réservez-le à votre seul usage (chmod 700), puis redémarrez Identity Connect.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMB answer</source>
        <translation>Pas de réponse SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>The domain controller does not answer on SMB (port 445).</source>
        <translation>Le contrôleur de domaine ne répond pas en SMB (port 445).</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no firewall between blocks port 445.</source>
        <translation>Vérifiez qu’il est démarré, que le Partage de fichiers et d’imprimantes est autorisé dans son pare-feu et qu’aucun pare-feu intermédiaire ne bloque le port 445.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB login refused</source>
        <translation>Connexion SMB refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the install account&apos;s login (wrong password or unknown account).</source>
        <translation>Le contrôleur de domaine a refusé la connexion du compte d’installation (mot de passe erroné ou compte inconnu).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the user name (DOMAIN\user or user@domain) and the password.</source>
        <translation>Vérifiez le nom d’utilisateur (DOMAINE\utilisateur ou utilisateur@domaine) et le mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install account cannot log in</source>
        <translation>Le compte d’installation ne peut pas se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is disabled, locked out or expired, or its password must be changed first.</source>
        <translation>Le compte d’installation est désactivé, verrouillé ou expiré, ou son mot de passe doit d’abord être changé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account in Active Directory Users and Computers, or use another one.</source>
        <translation>Corrigez le compte dans Utilisateurs et ordinateurs Active Directory, ou utilisez-en un autre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NTLM is blocked</source>
        <translation>NTLM est bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refuses NTLM logins, which the install uses.</source>
        <translation>Le contrôleur de domaine refuse les connexions NTLM, que l’installation utilise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install the agent on the domain controller by hand.</source>
        <translation>Ajoutez cet ordinateur aux exceptions de serveurs de la stratégie Restreindre NTLM pour l’installation, ou installez l’agent manuellement sur le contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB session cannot be signed</source>
        <translation>La session SMB ne peut pas être signée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller let the account in only as a guest, or demands encryption this connection cannot give.</source>
        <translation>Le contrôleur de domaine n’a admis le compte qu’en tant qu’invité, ou exige un chiffrement que cette connexion ne peut pas fournir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the install account and the domain controller&apos;s SMB settings.</source>
        <translation>Vérifiez le compte d’installation et les paramètres SMB du contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Not an administrator of the domain controller</source>
        <translation>Pas administrateur du contrôleur de domaine</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The install account logged in but may not open the ADMIN$ share.</source>
        <translation>Le compte d’installation s’est connecté mais n’a pas le droit d’ouvrir le partage ADMIN$.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Use a member of Domain Admins.</source>
        <translation>Utilisez un membre des Admins du domaine.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No ADMIN$ share</source>
        <translation>Pas de partage ADMIN$</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares are turned off.</source>
        <translation>Le contrôleur de domaine n’a pas de partage ADMIN$ : ce n’est pas un serveur Windows, ou ses partages administratifs sont désactivés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the administrative shares on (AutoShareServer) for the install.</source>
        <translation>Activez les partages administratifs (AutoShareServer) pour l’installation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected SMB answer</source>
        <translation>Réponse SMB inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.</source>
        <translation>Ce qui répond sur le port 445 du contrôleur de domaine n’est pas un serveur SMB2/3, ou a échoué de manière inattendue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s name. The log file has the details.</source>
        <translation>Vérifiez le nom du contrôleur de domaine. Le fichier journal contient les détails.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No WinRM answer</source>
        <translation>Pas de réponse WinRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP).</source>
        <translation>Le contrôleur de domaine ne répond pas en WinRM (port HTTPS 5986, ou 5985 en HTTP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.</source>
        <translation>Activez la gestion à distance avec un écouteur HTTPS (winrm quickconfig) et autorisez le port dans son pare-feu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WinRM certificate not trusted</source>
        <translation>Certificat WinRM non approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the domain controller&apos;s WinRM listener is not trusted or is not for this name.</source>
        <translation>Le certificat de l’écouteur WinRM du contrôleur de domaine n’est pas approuvé ou n’est pas émis pour ce nom.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the CA file of the certificate&apos;s issuer, or issue the listener a certificate for the domain controller&apos;s name.</source>
        <translation>Choisissez le fichier de l’AC émettrice du certificat, ou délivrez à l’écouteur un certificat au nom du contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WinRM login refused</source>
        <translation>Connexion WinRM refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s WinRM refused the install account&apos;s login.</source>
        <translation>Le service WinRM du contrôleur de domaine a refusé la connexion du compte d’installation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password, and that Negotiate authentication is on for WinRM.</source>
        <translation>Vérifiez le nom d’utilisateur et le mot de passe, et que l’authentification Negotiate est activée pour WinRM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The install account logged in to WinRM but may not use it.</source>
        <translation>Le compte d’installation s’est connecté à WinRM mais n’a pas le droit de l’utiliser.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected WinRM answer</source>
        <translation>Réponse WinRM inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.</source>
        <translation>Ce qui répond sur le port WinRM du contrôleur de domaine n’est pas WinRM, ou a échoué de manière inattendue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the port and the domain controller&apos;s name. The log file has the details.</source>
        <translation>Vérifiez le port et le nom du contrôleur de domaine. Le fichier journal contient les détails.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System error</source>
        <translation>Erreur système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system reported: %1.</source>
        <translation>Le système d’exploitation a signalé : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check disk space and permissions, then retry.</source>
        <translation>Vérifiez l’espace disque et les autorisations, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <location line="-735"/>
        <source>%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). Nothing was changed.</source>
        <translation>
            <numerusform>%n utilisateur ou groupe géré n’est plus visible pour le compte de liaison (vu pour la dernière fois dans %1). Rien n’a été modifié.</numerusform>
            <numerusform>%n utilisateurs ou groupes gérés ne sont plus visibles pour le compte de liaison (vus pour la dernière fois dans %1). Rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bind account can no longer read %1. Nothing was changed.</source>
        <translation>Le compte de liaison ne peut plus lire %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managed users or groups are no longer visible to the bind account, and the directory shows no sign that they were deleted. Nothing was changed. Settings › Review names the OUs.</source>
        <translation>Des utilisateurs ou groupes gérés ne sont plus visibles pour le compte de liaison, et l’annuaire n’indique pas qu’ils ont été supprimés. Rien n’a été modifié. Paramètres › Vérification indique les UO concernées.</translation>
    </message>
    <message>
        <location line="+735"/>
        <source>Objects no longer visible</source>
        <translation>Objets devenus invisibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the bind account&apos;s read rights on these OUs. Users are disabled or deleted only when the directory shows they were deleted.</source>
        <translation>Vérifiez les droits de lecture du compte de liaison sur ces UO. Les utilisateurs ne sont désactivés ou supprimés que si l’annuaire indique qu’ils ont été supprimés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent stopped</source>
        <translation>L’agent s’est arrêté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service stopped because of an unexpected problem.</source>
        <translation>Le service de l’agent s’est arrêté à cause d’un problème inattendu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Identity Connect again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Redémarrez Identity Connect. Si le problème persiste, envoyez le fichier journal à votre support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting users in the cloud loses their data for good.</source>
        <translation>Supprimer des utilisateurs dans le cloud fait perdre définitivement leurs données.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation below the warning, then save again.</source>
        <translation>Cochez la confirmation sous l’avertissement, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings do not fit together</source>
        <translation>Paramètres incompatibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Disable” when a user leaves the selected OUs needs status sync set to Reflect.</source>
        <translation>« Désactiver l’utilisateur » lorsqu’un utilisateur quitte les UO sélectionnées nécessite que la synchronisation du statut soit réglée sur « Refléter ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs.</source>
        <translation>Réglez la synchronisation du statut sur « Refléter », ou choisissez « Ne rien faire » pour les utilisateurs qui quittent les UO.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host key not confirmed</source>
        <translation>Clé d’hôte non confirmée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s SSH host key was not confirmed, so no login was sent.</source>
        <translation>La clé d’hôte SSH du contrôleur de domaine n’a pas été confirmée, donc aucun identifiant n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the DC&apos;s own and tick that it matches.</source>
        <translation>Comparez l’empreinte avec celle du DC lui-même et cochez la case indiquant qu’elle correspond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites not met</source>
        <translation>Prérequis non remplis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not meet every prerequisite, so nothing was installed.</source>
        <translation>Le contrôleur de domaine ne remplit pas tous les prérequis, donc rien n’a été installé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rows marked ✗, then try again.</source>
        <translation>Corrigez les lignes marquées ✗, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Domain Admin</source>
        <translation>Pas Admin du domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is not a member of Domain Admins, directly or through a nested group.</source>
        <translation>Le compte d’installation n’est pas membre des Admins du domaine, ni directement ni par un groupe imbriqué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a Domain Admin&apos;s account, or add this one to Domain Admins.</source>
        <translation>Utilisez le compte d’un Admin du domaine, ou ajoutez celui-ci aux Admins du domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account not found</source>
        <translation>Compte introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account was not found in the directory.</source>
        <translation>Le compte d’installation est introuvable dans l’annuaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it as user@domain or DOMAIN\user.</source>
        <translation>Indiquez-le sous la forme utilisateur@domaine ou DOMAINE\utilisateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Domain controller not reachable</source>
        <translation>Contrôleur de domaine injoignable</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The domain controller does not answer on SSH (port 22).</source>
        <translation>Le contrôleur de domaine ne répond pas en SSH (port 22).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running, that sshd listens and that no firewall blocks the port.</source>
        <translation>Vérifiez qu’il est démarré, que sshd écoute et qu’aucun pare-feu ne bloque le port.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a DC of this domain</source>
        <translation>Pas un DC de ce domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory lists no domain controller by this name.</source>
        <translation>L’annuaire ne contient aucun contrôleur de domaine de ce nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name, or join the computer to the domain as a DC.</source>
        <translation>Vérifiez le nom, ou joignez l’ordinateur au domaine en tant que DC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+87"/>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Password capture can only be checked with an SSH login.</source>
        <translation>La capture des mots de passe ne peut être vérifiée qu’avec une connexion SSH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the DC&apos;s SSH login.</source>
        <translation>Vérifiez à nouveau et indiquez l’identifiant SSH du DC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the domain controller does not answer.</source>
        <translation>Non vérifié, car le contrôleur de domaine ne répond pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it reachable first.</source>
        <translation>Rendez-le d’abord joignable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator on the DC</source>
        <translation>Pas administrateur sur le DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH account is neither root nor allowed password-less sudo.</source>
        <translation>Le compte SSH n’est ni root ni autorisé à utiliser sudo sans mot de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as root, or give the account sudo without a password.</source>
        <translation>Connectez-vous en root, ou autorisez le compte à utiliser sudo sans mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samba cannot hand over passwords</source>
        <translation>Samba ne peut pas transmettre les mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba 4.7 or later with &apos;samba-tool user syncpasswords&apos; is needed.</source>
        <translation>Samba 4.7 ou ultérieur avec « samba-tool user syncpasswords » est requis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Samba on the domain controller.</source>
        <translation>Mettez à jour Samba sur le contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>python3-gpg missing</source>
        <translation>python3-gpg manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba&apos;s Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps.</source>
        <translation>Le Python de Samba sur le DC n’a pas le module gpg ; il ne peut donc pas déchiffrer les mots de passe qu’il conserve.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install python3-gpg on the DC (apt install python3-gpg), then check again.</source>
        <translation>Installez python3-gpg sur le DC (apt install python3-gpg), puis vérifiez à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>smb.conf not found</source>
        <translation>smb.conf introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s smb.conf is not where Debian and Ubuntu keep it.</source>
        <translation>Le fichier smb.conf du DC n’est pas là où Debian et Ubuntu le placent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install with the command line and give its path with --samba-conf.</source>
        <translation>Installez avec la ligne de commande et indiquez son chemin avec --samba-conf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password capture</source>
        <translation>Pas de capture des mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s Samba cannot hand over passwords.</source>
        <translation>Le Samba du DC ne peut pas transmettre les mots de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Samba 4.7 or later and python3-gpg on the DC.</source>
        <translation>Installez Samba 4.7 ou ultérieur et python3-gpg sur le DC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH not reachable</source>
        <translation>SSH injoignable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH server cannot be reached.</source>
        <translation>Le serveur SSH du DC est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it runs and that the port is open from this computer.</source>
        <translation>Vérifiez qu’il est démarré et que le port est ouvert depuis cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Different host key</source>
        <translation>Clé d’hôte différente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH host key is not the one you confirmed, so no login was sent.</source>
        <translation>La clé d’hôte SSH du DC n’est pas celle que vous avez confirmée, donc aucun identifiant n’a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the DC&apos;s own before you try again.</source>
        <translation>Comparez l’empreinte avec celle du DC lui-même avant de réessayer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the SSH login.</source>
        <translation>Le contrôleur de domaine a refusé la connexion SSH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the key file or password.</source>
        <translation>Vérifiez le nom d’utilisateur et le fichier de clé ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install step failed</source>
        <translation>Échec d’une étape d’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the install failed on the domain controller.</source>
        <translation>Une étape de l’installation a échoué sur le contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the log for the step and the DC&apos;s answer, fix it there and install again.</source>
        <translation>Consultez le journal pour connaître l’étape et la réponse du DC, corrigez le problème sur le DC et réinstallez.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+30"/>
        <source>Store passwords in the keyring</source>
        <translation>Enregistrer les mots de passe dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the agent with your tenant</source>
        <translation>Enregistrer l’agent auprès de votre locataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the agent service</source>
        <translation>Démarrer le service de l’agent</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>Enregistrement des paramètres, enregistrement et démarrage de l’agent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the installation</source>
        <translation>Relancer l’installation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect est installé et fonctionne. Cliquez sur Terminer ; l’agent continue de fonctionner en arrière-plan et affiche son état dans la zone de notification ou dans sa fenêtre d’état.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64"/>
        <location line="+60"/>
        <source>Key format is valid (tenant: %1).</source>
        <translation>Le format de la clé est valide (locataire : %1).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Key accepted by %1.</source>
        <translation>Clé acceptée par %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Installation key</source>
        <translation>Clé d’installation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Paste the installation key you created in your tenant&apos;s admin console (Directory &gt; Agents).</source>
        <translation>Collez la clé d’installation créée dans la console d’administration de votre locataire (Annuaire &gt; Agents).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation &amp;key:</source>
        <translation>&amp;Clé d’installation :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with your tenant…</source>
        <translation>Vérification de la clé auprès de votre locataire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checking the key</source>
        <translation>Relancer la vérification de la clé</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61"/>
        <source>This language&apos;s translation files are missing.</source>
        <translation>Les fichiers de traduction de cette langue sont absents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Identity Connect</source>
        <translation>Bienvenue dans Identity Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>Cet assistant relie votre Active Directory à votre annuaire cloud. Choisissez votre langue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LdapSettingsPage</name>
    <message>
        <location filename="../ui/settings/pages_directory.py" line="+55"/>
        <source>Change LDAP settings</source>
        <translation>Modifier les paramètres LDAP</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: %2</source>
        <comment>a domain controller, then one check made on it</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection check passed with the trusted CA. Save to store the change.</source>
        <translation>La vérification de la connexion a réussi avec l’AC approuvée. Enregistrez pour conserver la modification.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change how the agent reaches the directory. Leave the password empty to keep the stored one. Save checks the connection first and stores nothing unless every check passes; the running agent then reconnects without a restart.</source>
        <translation>Modifiez la façon dont l’agent accède à l’annuaire. Laissez le mot de passe vide pour conserver celui qui est enregistré. Enregistrer vérifie d’abord la connexion et n’enregistre rien tant que toutes les vérifications n’ont pas réussi ; l’agent en cours d’exécution se reconnecte ensuite sans redémarrage.</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+41"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect est un logiciel libre. Veuillez lire et accepter sa licence.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence online:</source>
        <translation>Licence en ligne :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence address</source>
        <translation>Adresse de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the licence address</source>
        <translation>Copier l’adresse de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the licence terms</source>
        <translation>J’&amp;accepte les termes de la licence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I accept the licence terms</source>
        <translation>J’accepte les termes de la licence</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/status/logs.py" line="+92"/>
        <source>The log is empty so far.</source>
        <translation>Le journal est vide pour l’instant.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identity Connect — Log</source>
        <translation>Identity Connect — Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Fichier journal : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent log (read-only)</source>
        <translation>Journal de l’agent (lecture seule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the log again</source>
        <translation>Relire le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the log folder in the file manager</source>
        <translation>Ouvrir le dossier des journaux dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/settings/pages_mapping.py" line="+113"/>
        <source>Mapping</source>
        <extracomment>SCIM attributes offered for mapping (each may be left unmapped, except userName / displayName).</extracomment>
        <translation>Mappage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the directory&apos;s attributes…</source>
        <translation>Lecture des attributs de l’annuaire…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n attribute(s) available in the directory.</source>
        <translation>
            <numerusform>%n attribut disponible dans l’annuaire.</numerusform>
            <numerusform>%n attributs disponibles dans l’annuaire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Directory attribute for %1</source>
        <translation>Attribut de l’annuaire pour %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise: %1</source>
        <translation>Enterprise : %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;User mapping</source>
        <translation>Mappage des &amp;utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group mapping</source>
        <translation>Mappage des &amp;groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped</source>
        <translation>Mappés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmapped</source>
        <translation>Non mappés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all, mapped or unmapped attributes</source>
        <translation>Afficher tous les attributs, les attributs mappés ou les attributs non mappés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud attribute (SCIM)</source>
        <translation>Attribut cloud (SCIM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory attribute</source>
        <translation>Attribut de l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute mapping</source>
        <translation>Mappage des attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Proposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the suggested mapping for unmapped attributes</source>
        <translation>Remplir le mappage proposé pour les attributs non mappés</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../ui/settings/pages_owner.py" line="+50"/>
        <source>Change ownership</source>
        <translation>Changer de propriétaire</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 now owns this agent; the previous owner was released.</source>
        <translation>%1 est désormais propriétaire de cet agent ; l’ancien propriétaire en a été dessaisi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This agent is owned by %1. Another admin of the tenant can take it over by signing in here.</source>
        <translation>Cet agent appartient à %1. Un autre administrateur du locataire peut en prendre possession en se connectant ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in as the new owner…</source>
        <translation>Se &amp;connecter en tant que nouveau propriétaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new owner&apos;s sign-in</source>
        <translation>Lancer la connexion du nouveau propriétaire</translation>
    </message>
</context>
<context>
    <name>PasswordSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+437"/>
        <source>Password sync</source>
        <extracomment>Where Samba is on the DCs; the defaults fit Debian&apos;s and Ubuntu&apos;s packages (the command line has options for other layouts). Where each DC&apos;s SSH server answers, when not on its own name. Windows DCs: where SMB and WinRM answer, when not on the DC&apos;s own name; the kit copied to them (None: the default place, :func:`app.pwsync.admin.kit_dir`).</extracomment>
        <translation>Synchronisation des mots de passe</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</source>
        <translation>
            <numerusform>%n changement de mot de passe non accepté par le cloud. Il a été refusé une fois et n’est pas renvoyé ; le prochain changement de mot de passe de l’utilisateur le sera.</numerusform>
            <numerusform>%n changements de mot de passe non acceptés par le cloud. Chacun a été refusé une fois et n’est pas renvoyé ; le prochain changement de mot de passe de l’utilisateur le sera.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install initiated</source>
        <translation>Installation lancée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed, not connected yet</source>
        <translation>Installé, pas encore connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed; restart the DC</source>
        <translation>Installé ; redémarrez le DC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed; restart Samba on the DC</source>
        <translation>Installé ; redémarrez Samba sur le DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall initiated</source>
        <translation>Désinstallation lancée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstalled</source>
        <translation>Désinstallé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install failed: %1</source>
        <translation>Échec de l’installation : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking prerequisites…</source>
        <translation>Vérification des prérequis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the DC&apos;s key…</source>
        <translation>Création de la clé du DC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuring Samba…</source>
        <translation>Configuration de Samba…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the agent…</source>
        <translation>Copie de l’agent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the agent…</source>
        <translation>Démarrage de l’agent…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation>Redémarrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the agent…</source>
        <translation>Suppression de l’agent…</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Install account is a Domain Admin</source>
        <translation>Le compte d’installation est Admin du domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC answers on SSH</source>
        <translation>Le DC répond en SSH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DC answers on SMB</source>
        <translation>Le DC répond en SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC belongs to this domain</source>
        <translation>Le DC appartient à ce domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC runs a Windows the password filter supports</source>
        <translation>Le DC exécute une version de Windows prise en charge par le filtre de mots de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC can capture password changes</source>
        <translation>Le DC peut capturer les changements de mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows DC kit is on this computer</source>
        <translation>Le kit DC Windows est présent sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account opens ADMIN$ over SMB</source>
        <translation>Le compte d’installation ouvre ADMIN$ en SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account runs PowerShell over WinRM</source>
        <translation>Le compte d’installation exécute PowerShell via WinRM</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 meets every prerequisite.</source>
        <translation>%1 remplit tous les prérequis.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restart %1 so Windows loads (or lets go of) the password filter.</source>
        <translation>Redémarrez %1 pour que Windows charge (ou libère) le filtre de mots de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Samba on %1 (systemctl restart samba-ad-dc) so it keeps passwords for capture.</source>
        <translation>Redémarrez Samba sur %1 (systemctl restart samba-ad-dc) pour qu’il conserve les mots de passe à capturer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a user changes their password in the directory, the cloud account gets the same password within seconds. An agent on each chosen domain controller sends the change; the password exists only in memory on its way.</source>
        <translation>Quand un utilisateur change son mot de passe dans l’annuaire, le compte cloud reçoit le même mot de passe en quelques secondes. Un agent sur chaque contrôleur de domaine choisi envoie le changement ; le mot de passe n’existe qu’en mémoire pendant son transfert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on password sync</source>
        <translation>&amp;Activer la synchronisation des mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on password sync</source>
        <translation>Activer la synchronisation des mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain (from the LDAP settings)</source>
        <translation>Domaine (issu des paramètres LDAP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controller agents reach this agent at %1.</source>
        <translation>Les agents des contrôleurs de domaine joignent cet agent à l’adresse %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controllers</source>
        <translation>Contrôleurs de domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>Contrôleur de domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>Système d’exploitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers: tick the ones that run a password-sync agent</source>
        <translation>Contrôleurs de domaine : cochez ceux qui exécutent un agent de synchronisation des mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the &amp;list again</source>
        <translation>Relire la &amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the domain controllers from the directory again</source>
        <translation>Relire les contrôleurs de domaine depuis l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install &amp;account (AD):</source>
        <translation>&amp;Compte d’installation (AD) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user@domain, to check Domain Admins membership</source>
        <translation>utilisateur@domaine, pour vérifier l’appartenance aux Admins du domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account to check for Domain Admins membership</source>
        <translation>Compte d’installation dont l’appartenance aux Admins du domaine est vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check prerequisites</source>
        <translation>Vérifier les &amp;prérequis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prerequisites of the selected domain controller</source>
        <translation>Vérifier les prérequis du contrôleur de domaine sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install…</source>
        <translation>&amp;Installer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the password-sync agent on the selected domain controller</source>
        <translation>Installer l’agent de synchronisation des mots de passe sur le contrôleur de domaine sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uninstall…</source>
        <translation>Désins&amp;taller…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the password-sync agent from the selected domain controller</source>
        <translation>Supprimer l’agent de synchronisation des mots de passe du contrôleur de domaine sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisite</source>
        <translation>Prérequis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found, or what to do</source>
        <translation>Constat ou action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites of the selected domain controller</source>
        <translation>Prérequis du contrôleur de domaine sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync message</source>
        <translation>Message de la synchronisation des mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted by the cloud</source>
        <translation>Non acceptés par le cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept</source>
        <translation>Changements de mot de passe non acceptés par le cloud</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="-185"/>
        <source>LDAPS (SSL)</source>
        <translation>LDAPS (SSL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant address</source>
        <translation>Adresse du locataire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installation key</source>
        <translation>Clé d’installation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers</source>
        <translation>Contrôleurs de domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account</source>
        <translation>Compte de liaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System trust store</source>
        <translation>Magasin de certificats du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration folder</source>
        <translation>Dossier de configuration</translation>
    </message>
    <message>
        <location filename="../ui/settings/pages_review.py" line="+162"/>
        <location filename="../ui/wizard/pages_install.py" line="+11"/>
        <source>Review</source>
        <extracomment>Tabs: name, the object kind shown (None: users and groups), the categories shown.</extracomment>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A sync stopped because managed users are no longer visible to the bind account. Check its read rights; approve only if they were deleted (they are then disabled, never deleted).</source>
        <translation>Une synchronisation s’est arrêtée car des utilisateurs gérés ne sont plus visibles pour le compte de liaison. Vérifiez ses droits de lecture ; n’approuvez que s’ils ont été supprimés (ils sont alors désactivés, jamais supprimés).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the plan…</source>
        <translation>Calcul du plan…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing will be written.</source>
        <translation>Rien ne sera écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the whole domain. No OU is selected, so every user and group the bind account can read is in scope. Go back and choose OUs in Sync scope to narrow it.</source>
        <translation>Périmètre : tout le domaine. Aucune UO n’est sélectionnée ; tous les utilisateurs et groupes que le compte de liaison peut lire font donc partie du périmètre. Revenez en arrière et choisissez des UO dans Périmètre de synchronisation pour le restreindre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the selected OUs.</source>
        <translation>Périmètre : les UO sélectionnées.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n user(s) will be created</source>
        <translation>
            <numerusform>%n utilisateur sera créé</numerusform>
            <numerusform>%n utilisateurs seront créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be updated</source>
        <translation>
            <numerusform>%n utilisateur sera mis à jour</numerusform>
            <numerusform>%n utilisateurs seront mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be activated</source>
        <translation>
            <numerusform>%n utilisateur sera activé</numerusform>
            <numerusform>%n utilisateurs seront activés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be disabled</source>
        <translation>
            <numerusform>%n utilisateur sera désactivé</numerusform>
            <numerusform>%n utilisateurs seront désactivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be deleted</source>
        <translation>
            <numerusform>%n utilisateur sera supprimé</numerusform>
            <numerusform>%n utilisateurs seront supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be created</source>
        <translation>
            <numerusform>%n groupe sera créé</numerusform>
            <numerusform>%n groupes seront créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be updated</source>
        <translation>
            <numerusform>%n groupe sera mis à jour</numerusform>
            <numerusform>%n groupes seront mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be deleted</source>
        <translation>
            <numerusform>%n groupe sera supprimé</numerusform>
            <numerusform>%n groupes seront supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly the ones listed, no others.</source>
        <translation>
            <numerusform>%n désactivation ou suppression : plus que le seuil de sécurité ne le permet. Terminer approuve exactement celle de la liste, aucune autre.</numerusform>
            <numerusform>%n désactivations et suppressions : plus que le seuil de sécurité ne le permet. Terminer approuve exactement celles de la liste, aucune autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n disable(s) and deletion(s): within the safety threshold.</source>
        <translation>
            <numerusform>%n désactivation ou suppression : dans la limite du seuil de sécurité.</numerusform>
            <numerusform>%n désactivations et suppressions : dans la limite du seuil de sécurité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applied. The run&apos;s results are in the status window.</source>
        <translation>Appliqué. Les résultats de l’exécution figurent dans la fenêtre d’état.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Run approved and applied.</source>
        <translation>Exécution approuvée et appliquée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run rejected; nothing was changed.</source>
        <translation>Exécution rejetée ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New users</source>
        <translation>Nouveaux utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users to update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for activation / disable</source>
        <translation>Statut à changer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>Activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer visible to the bind account (deleted, or its read rights changed)</source>
        <translation>N’est plus visible pour le compte de liaison (supprimé, ou ses droits de lecture ont changé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in the selected OUs</source>
        <translation>Nouveau dans les UO sélectionnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the cloud, still in the directory</source>
        <translation>Supprimé dans le cloud, toujours présent dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched an existing cloud user by user name</source>
        <translation>Associé par nom d’utilisateur à un utilisateur cloud existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>Attributs modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members changed</source>
        <translation>Membres modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled in the directory</source>
        <translation>Activé dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled in the directory</source>
        <translation>Désactivé dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the selected OUs or criteria</source>
        <translation>A quitté les UO sélectionnées ou ne remplit plus les critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the directory</source>
        <translation>Supprimé dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s owner is never disabled or deleted</source>
        <translation>Le propriétaire de l’agent n’est jamais désactivé ni supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope (no longer managed)</source>
        <translation>Hors périmètre (n’est plus géré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the sync criteria</source>
        <translation>Ne remplit pas les critères de synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name in the directory</source>
        <translation>Aucun nom d’utilisateur dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name used by another user</source>
        <translation>Nom d’utilisateur déjà utilisé par un autre utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud user belongs to another directory object</source>
        <translation>L’utilisateur cloud appartient à un autre objet de l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync is “Do nothing”</source>
        <translation>La synchronisation du statut est réglée sur « Ne rien faire »</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work out the current plan</source>
        <translation>Calculer le plan actuel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name / attribute</source>
        <translation>Nom / attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change / old value</source>
        <translation>Action / valeur avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / new value</source>
        <translation>Motif / valeur après</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>A sync stopped before disabling or deleting more users than the safety threshold allows.</source>
        <translation>Une synchronisation s’est arrêtée avant de désactiver ou de supprimer plus d’utilisateurs que le seuil de sécurité ne le permet.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>AD system object</source>
        <translation>Objet système AD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See what a sync would do now and untick what must not be written, then Add and Continue.</source>
        <translation>Voyez ce qu’une synchronisation ferait maintenant et décochez ce qui ne doit pas être écrit, puis cliquez sur Ajouter et continuer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scope is the whole domain: no OU is selected, so every user and group the bind account can read is synced (AD system objects excepted). Choose OUs in Sync scope to narrow it.</source>
        <translation>Le périmètre est tout le domaine : aucune UO n’est sélectionnée, donc tous les utilisateurs et groupes que le compte de liaison peut lire sont synchronisés (sauf les objets système AD). Choisissez des UO dans Périmètre de synchronisation pour le restreindre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finish writes exactly this to the cloud directory:</source>
        <translation>Terminer écrit exactement ceci dans l’annuaire cloud :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of what will be written</source>
        <translation>Résumé de ce qui sera écrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and &amp;Continue</source>
        <translation>Ajouter et &amp;continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a summary of the ticked changes before writing</source>
        <translation>Afficher un résumé des modifications cochées avant de les écrire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of changes</source>
        <translation>Revenir à la liste des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the ticked changes to the cloud directory</source>
        <translation>Écrire les modifications cochées dans l’annuaire cloud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appro&amp;ve</source>
        <translation>Appr&amp;ouver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the stopped run</source>
        <translation>Approuver l’exécution arrêtée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the stopped run</source>
        <translation>Rejeter l’exécution arrêtée</translation>
    </message>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+2"/>
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>Vérifiez les paramètres. Précédent permet de tout modifier ; Installer configure l’agent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the settings</source>
        <translation>Résumé des paramètres</translation>
    </message>
</context>
<context>
    <name>RunDetailsDialog</name>
    <message>
        <location filename="../ui/status/window.py" line="+140"/>
        <source>Export run as CSV</source>
        <extracomment>The tray icon / status badge for each state of the agent. How many of the changes the cloud did not accept are listed (the newest).</extracomment>
        <translation>Exporter l’exécution au format CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n objet exporté.</numerusform>
            <numerusform>%n objets exportés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1</source>
        <translation>Exécution %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Started %1 — %n object(s)</source>
        <translation>
            <numerusform>Début : %1 — %n objet</numerusform>
            <numerusform>Début : %1 — %n objets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this run&apos;s outcomes as CSV</source>
        <translation>Exporter les résultats de cette exécution au format CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-object outcomes</source>
        <translation>Résultats par objet</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/pages_schedule.py" line="+61"/>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Run:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;weekday:</source>
        <translation>&amp;Jour de la semaine :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;day of the month:</source>
        <translation>Jour du &amp;mois :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run:</source>
        <translation>Prochaine exécution :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are this computer&apos;s local time. A day after the end of a shorter month runs on its last day.</source>
        <translation>Les heures sont celles de l’horloge locale de cet ordinateur. Si le jour choisi n’existe pas dans un mois plus court, l’exécution a lieu le dernier jour de ce mois.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../ui/settings/pages_scope.py" line="+146"/>
        <source>Sync scope</source>
        <translation>Périmètre de synchronisation</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the OU tree…</source>
        <translation>Lecture de l’arborescence des UO…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n OU(s) directly below the base DN; open one to read what is below it.</source>
        <translation>
            <numerusform>%n OU directement sous le DN de base ; ouvrez-la pour lire son contenu.</numerusform>
            <numerusform>%n OU directement sous le DN de base ; ouvrez-en une pour lire son contenu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+184"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 is no longer in the directory. Reload the tree to see the current OUs.</source>
        <translation>%1 ne figure plus dans l’annuaire. Rechargez l’arborescence pour voir les OU actuelles.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No custom query: every user in the chosen OUs is in scope.</source>
        <translation>Aucune requête personnalisée : tous les utilisateurs des UO choisies font partie du périmètre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid LDAP query.</source>
        <translation>Requête LDAP valide.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the query first.</source>
        <translation>Corrigez d’abord la requête.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s) in scope.</source>
        <translation>
            <numerusform>%n utilisateur dans le périmètre.</numerusform>
            <numerusform>%n utilisateurs dans le périmètre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisational units (tick the ones to sync, with everything below):</source>
        <translation>Unités d’organisation (cochez celles à synchroniser, avec tout leur contenu) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU tree</source>
        <translation>Arborescence des UO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;charger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the OU tree again</source>
        <translation>Relire l’arborescence des UO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs:</source>
        <translation>UO choisies :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs</source>
        <translation>UO choisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected OU from the scope</source>
        <translation>Retirer l’UO sélectionnée du périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types</source>
        <translation>Types d’objets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;groups</source>
        <translation>Groupes de &amp;sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AD system objects (left out unless chosen)</source>
        <translation>Objets système AD (exclus sauf si vous les choisissez)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync AD&apos;s built-in &amp;accounts (Administrator, Guest, krbtgt, …)</source>
        <translation>Synchroniser les co&amp;mptes intégrés d’AD (Administrateur, Invité, krbtgt, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync AD&apos;s built-in gr&amp;oups (Domain Admins, Administrators, Domain Users, …)</source>
        <translation>Synchroniser les groupes i&amp;ntégrés d’AD (Admins du domaine, Administrateurs, Utilisateurs du domaine, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP &amp;query (optional, combined with the OUs):</source>
        <translation>Requête LDAP &amp;personnalisée (facultative, combinée aux UO) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP query</source>
        <translation>Requête LDAP personnalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count users in scope</source>
        <translation>C&amp;ompter les utilisateurs du périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the users in scope now</source>
        <translation>Compter maintenant les utilisateurs du périmètre</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings/window.py" line="+255"/>
        <source>Saved. The agent uses the new settings from now on.</source>
        <translation>Enregistré. L’agent utilise désormais les nouveaux paramètres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Identity Connect — Settings</source>
        <translation>Identity Connect — Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page</source>
        <translation>Enregistrer cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this page&apos;s unsaved changes</source>
        <translation>Annuler les modifications non enregistrées de cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+340"/>
        <source>Identity Connect setup</source>
        <extracomment>What the pages after the licence are made of, and through them the network stack (httpx, ldap3, keyring, cryptography, the pydantic models, qrcode): none of it is needed to paint the language page. How often the GUI thread looks whether the background imports have ended (they take a second or so).</extracomment>
        <translation>Configuration d’Identity Connect</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98"/>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>Un administrateur de votre organisation approuve cet agent en se connectant.</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39"/>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This administrator will own the agent.</source>
        <translation>Cet administrateur sera le propriétaire de l’agent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>Vérifiez qu’il s’agit bien du compte voulu, puis continuez pour connecter votre annuaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="-758"/>
        <source>Choose the SSH private key</source>
        <translation>Choisir la clé privée SSH</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH login for %1</source>
        <translation>Connexion SSH à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this fingerprint of %1&apos;s SSH host key with the DC&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the DC). The login is used for this action only and is not stored.</source>
        <translation>Comparez cette empreinte de la clé d’hôte SSH de %1 avec celle du DC lui-même (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub sur le DC). L’identifiant ne sert qu’à cette action et n’est pas enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host key:</source>
        <translation>Clé d’hôte :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH host key fingerprint</source>
        <translation>Empreinte de la clé d’hôte SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;fingerprint matches the DC&apos;s own</source>
        <translation>L’&amp;empreinte correspond à celle du DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint matches the DC&apos;s own</source>
        <translation>L’empreinte correspond à celle du DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (or give a password)</source>
        <translation>Fichier de clé privée (ou indiquez un mot de passe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH private key file</source>
        <translation>Fichier de clé privée SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the SSH private key file</source>
        <translation>Choisir le fichier de clé privée SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Samba on the DC if the install needs it</source>
        <translation>&amp;Redémarrer Samba sur le DC si l’installation l’exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Samba on the DC if the install needs it</source>
        <translation>Redémarrer Samba sur le DC si l’installation l’exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>Se connecter et continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/status/window.py" line="+335"/>
        <source>Not accepted by the cloud: %1</source>
        <translation>Changements de mot de passe non acceptés par le cloud : %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the directory and the tenant…</source>
        <translation>Lecture de l’annuaire et du locataire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out the changes…</source>
        <translation>Calcul des modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes…</source>
        <translation>Application des modifications…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with errors</source>
        <translation>Terminée avec des erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Waiting for approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Aborted</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrompue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Waiting for review</source>
        <translation>En attente de vérification</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync is healthy.</source>
        <translation>La synchronisation fonctionne correctement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: the first sync is waiting for your review in Settings › Review.</source>
        <translation>Action requise : la première synchronisation attend votre vérification dans Paramètres › Vérification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: managed users are no longer visible to the bind account, so the sync stopped before writing. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>Action requise : des utilisateurs gérés ne sont plus visibles pour le compte de liaison ; la synchronisation s’est donc arrêtée avant d’écrire. Vérifiez les droits de lecture du compte de liaison ; Paramètres › Vérification indique les UO concernées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention: a sync stopped before disabling or deleting more users than the safety threshold allows. Approve or reject it in Settings › Review.</source>
        <translation>Action requise : une synchronisation s’est arrêtée avant de désactiver ou de supprimer plus d’utilisateurs que le seuil de sécurité ne le permet. Approuvez-la ou rejetez-la dans Paramètres › Vérification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent service is not running.</source>
        <translation>Le service de l’agent ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation>Action requise :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention.</source>
        <translation>Action requise.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted users are found by a check every %n minute(s): the bind account may not read deleted objects (admin guide: “How deletions are found”).</source>
        <translation>
            <numerusform>Les utilisateurs supprimés sont détectés par une vérification toutes les %n minute : le compte de liaison n’a pas le droit de lire les objets supprimés (guide d’administration : « Comment les suppressions sont détectées »).</numerusform>
            <numerusform>Les utilisateurs supprimés sont détectés par une vérification toutes les %n minutes : le compte de liaison n’a pas le droit de lire les objets supprimés (guide d’administration : « Comment les suppressions sont détectées »).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 for changes regularly (it sends no change notifications).</source>
        <translation>Recherche régulière des changements sur %1 (il n’envoie pas de notifications de changement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching %1 for changes.</source>
        <translation>Surveillance des changements sur %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not watching for changes (turned off): changes sync at the scheduled time.</source>
        <translation>Pas de surveillance des changements (désactivée) : les changements sont synchronisés à l’heure planifiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain controller ended the change notifications; reconnecting.</source>
        <translation>Le contrôleur de domaine a mis fin aux notifications de changement ; reconnexion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not watching for changes: %1 Reconnecting.</source>
        <translation>Pas de surveillance des changements : %1 Reconnexion.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur avance de %n seconde par rapport à celle du locataire.</numerusform>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur avance de %n secondes par rapport à celle du locataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur avance de %n minute par rapport à celle du locataire.</numerusform>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur avance de %n minutes par rapport à celle du locataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur retarde de %n seconde par rapport à celle du locataire.</numerusform>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur retarde de %n secondes par rapport à celle du locataire.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur retarde de %n minute par rapport à celle du locataire.</numerusform>
            <numerusform>Vérifiez la date et l’heure du système : l’horloge de cet ordinateur retarde de %n minutes par rapport à celle du locataire.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the system date and time (no clock difference detected so far).</source>
        <translation>Vérifiez la date et l’heure du système (aucun décalage d’horloge détecté jusqu’ici).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the owner&apos;s sign-in (%1) is still valid; if not, use Change ownership.</source>
        <translation>Vérifiez que la connexion du propriétaire (%1) est toujours valide ; sinon, utilisez Changer de propriétaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the owner&apos;s sign-in is still valid; if not, use Change ownership.</source>
        <translation>Vérifiez que la connexion du propriétaire est toujours valide ; sinon, utilisez Changer de propriétaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the network, proxy and firewall between this computer and the tenant.</source>
        <translation>Vérifiez le réseau, le proxy et le pare-feu entre cet ordinateur et le locataire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the agent service is running (the tray icon, or identity-connect-agent status).</source>
        <translation>Vérifiez que le service de l’agent fonctionne (icône de la zone de notification, ou identity-connect-agent status).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not installed</source>
        <translation>Non installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity Connect — Status</source>
        <translation>Identity Connect — État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name:</source>
        <translation>Nom de l’appareil :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version:</source>
        <translation>Version de l’agent :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers:</source>
        <translation>Contrôleurs de domaine :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Propriétaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>Dernière synchronisation réussie :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled run:</source>
        <translation>Prochaine exécution planifiée :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Troubleshooting</source>
        <translation>Dépannage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Last runs</source>
        <translation>Dernières exécutions</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Désactivés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Échecs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open run…</source>
        <translation>Ouvrir l’exécution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected run&apos;s per-object outcomes</source>
        <translation>Ouvrir les résultats par objet de l’exécution sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected run as CSV</source>
        <translation>Exporter l’exécution sélectionnée au format CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents</source>
        <translation>Agents de synchronisation des mots de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>Contrôleur de domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last password delivered</source>
        <translation>Dernier mot de passe transmis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents per domain controller</source>
        <translation>Agents de synchronisation des mots de passe par contrôleur de domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password sync agent has been reported by the tenant.</source>
        <translation>Le locataire n’a signalé aucun agent de synchronisation des mots de passe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept, newest first</source>
        <translation>Changements de mot de passe non acceptés par le cloud, les plus récents en premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review now…</source>
        <translation>&amp;Vérifier maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the run that waits for you in Settings</source>
        <translation>Vérifier l’exécution qui vous attend dans les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>Afficher les &amp;journaux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View logs</source>
        <translation>Afficher les journaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent and quit</source>
        <translation>Arrêter l’agent et quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent state</source>
        <translation>État de l’agent</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit Identity Connect</source>
        <translation>Quitter Identity Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent? Sync stops until Identity Connect is started again.</source>
        <translation>Arrêter l’agent ? La synchronisation reste interrompue jusqu’au prochain démarrage d’Identity Connect.</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../ui/tray/app.py" line="+234"/>
        <source>Created %1, updated %2, disabled %3, deleted %4.</source>
        <extracomment>Whether Quit ends the application itself (QCoreApplication.quit) after sig_finished. A caller that drives the loop with run_until_complete sets this False and ends on sig_finished instead.</extracomment>
        <translation>Créés : %1, mis à jour : %2, désactivés : %3, supprimés : %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n object(s) failed; see the run in the status window.</source>
        <translation>
            <numerusform>%n objet en échec ; voir l’exécution dans la fenêtre d’état.</numerusform>
            <numerusform>%n objets en échec ; voir l’exécution dans la fenêtre d’état.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Synchronisation terminée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync waits for your review</source>
        <translation>La synchronisation attend votre vérification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync did not complete</source>
        <translation>La synchronisation n’a pas abouti</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was changed. Approve or reject it in Settings › Review.</source>
        <translation>Rien n’a été modifié. Approuvez-la ou rejetez-la dans Paramètres › Vérification.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Sync waits for approval</source>
        <translation>La synchronisation attend une approbation</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open Settings › Review, choose what to write, then Add and Continue and Finish.</source>
        <translation>Ouvrez Paramètres › Vérification, choisissez ce qu’il faut écrire, puis cliquez sur Ajouter et continuer et sur Terminer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Managed users are no longer visible to the bind account, and the directory shows no sign they were deleted. Nothing was changed. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>Des utilisateurs gérés ne sont plus visibles pour le compte de liaison, et l’annuaire n’indique pas qu’ils ont été supprimés. Rien n’a été modifié. Vérifiez les droits de lecture du compte de liaison ; Paramètres › Vérification indique les UO concernées.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The sync would disable %n user(s).</source>
        <translation>
            <numerusform>La synchronisation désactiverait %n utilisateur.</numerusform>
            <numerusform>La synchronisation désactiverait %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It would delete %n user(s).</source>
        <translation>
            <numerusform>Elle supprimerait %n utilisateur.</numerusform>
            <numerusform>Elle supprimerait %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is more than the safety threshold allows.</source>
        <translation>C’est plus que le seuil de sécurité ne le permet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected from the tenant</source>
        <translation>Déconnecté du locataire</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>Synchronisation en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status…</source>
        <translation>É&amp;tat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;ownership…</source>
        <translation>Changer de pr&amp;opriétaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;LDAP settings…</source>
        <translation>Modifier les paramètres &amp;LDAP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>Afficher les &amp;journaux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect menu</source>
        <translation>Menu Identity Connect</translation>
    </message>
</context>
<context>
    <name>TrustCaDialog</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+45"/>
        <source>Trust this certificate authority?</source>
        <translation>Approuver cette autorité de certification ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent the certificate of the authority (CA) that issued its own certificate:</source>
        <translation>%1 a envoyé le certificat de l’autorité de certification (AC) qui a émis son propre certificat :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the SHA-256 fingerprint with the one your CA&apos;s administrator gives you (on the CA: certutil -ca.cert ca.cer, then certutil -hashfile ca.cer SHA256). Trust it only if they match: the agent will then accept every directory certificate this CA issues, for this agent only.</source>
        <translation>Comparez l’empreinte SHA-256 avec celle que vous communique l’administrateur de votre AC (sur l’AC : certutil -ca.cert ca.cer, puis certutil -hashfile ca.cer SHA256). Ne l’approuvez que si elles correspondent : l’agent acceptera alors tout certificat d’annuaire émis par cette AC, pour cet agent uniquement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust this CA</source>
        <translation>&amp;Approuver cette AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate authority for this agent</source>
        <translation>Approuver cette autorité de certification pour cet agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not trust this certificate authority</source>
        <translation>Ne pas approuver cette autorité de certification</translation>
    </message>
</context>
<context>
    <name>UserSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_user_sync.py" line="+104"/>
        <source>User sync settings</source>
        <translation>Synchronisation des utilisateurs</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This tenant does not say that it sends these mails (it does not advertise the Identity-Connect-Provisioning header), so probably nobody receives them. Hand out passwords and welcome notes another way, or ask the tenant&apos;s vendor.</source>
        <translation>Ce locataire n’indique pas qu’il envoie ces e-mails (il n’annonce pas l’en-tête Identity-Connect-Provisioning) ; personne ne les reçoit donc probablement. Communiquez les mots de passe et les messages de bienvenue par un autre moyen, ou renseignez-vous auprès de l’éditeur du locataire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications are probably not sent</source>
        <translation>Les notifications ne sont probablement pas envoyées</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password notification:</source>
        <translation>Notification du mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the one-time password to the user</source>
        <translation>Envoyer le mot de passe à usage unique à l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to the admin</source>
        <translation>Envoyer le mot de passe à usage unique à l’administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password notification</source>
        <translation>Notification du mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a welcome &amp;mail to new users</source>
        <translation>Envoyer un e-&amp;mail de bienvenue aux nouveaux utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account status</source>
        <translation>Statut du compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus sync:</source>
        <translation>Synchronisation du s&amp;tatut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect (disabled in the directory → disabled in the cloud)</source>
        <translation>Refléter (désactivé dans l’annuaire → aussi dans le cloud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>Ne rien faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync</source>
        <translation>Synchronisation du statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user &amp;leaves the selected OUs:</source>
        <translation>En cas de départ des UO &amp;sélectionnées :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (stop managing the user)</source>
        <translation>Ne rien faire (ne plus gérer l’utilisateur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user leaves the selected OUs</source>
        <translation>En cas de départ des UO sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available while status sync is “Do nothing”: the agent does not change account status then.</source>
        <translation>Indisponible tant que la synchronisation du statut est réglée sur « Ne rien faire » : l’agent ne modifie alors pas le statut des comptes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted in the directory</source>
        <translation>Utilisateurs supprimés dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete users in the cloud when they are deleted in the directory</source>
        <translation>Supprimer &amp;dans le cloud les utilisateurs supprimés dans l’annuaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data loss: a deleted cloud user loses their mailbox, files and history for good. Without this option, users deleted in the directory are only disabled.</source>
        <translation>Perte de données : un utilisateur cloud supprimé perd définitivement sa boîte aux lettres, ses fichiers et son historique. Sans cette option, les utilisateurs supprimés dans l’annuaire sont seulement désactivés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;understand that deleted users&apos; cloud data cannot be recovered</source>
        <translation>Je &amp;comprends que les données cloud des utilisateurs supprimés sont irrécupérables</translation>
    </message>
</context>
<context>
    <name>WindowsLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+58"/>
        <source>Choose the CA certificate of the DC&apos;s WinRM listener</source>
        <translation>Choisir le certificat de l’AC de l’écouteur WinRM du DC</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Install account for %1</source>
        <translation>Compte d’installation pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Windows: the password filter and the DC agent are copied over SMB (ADMIN$) and set up over WinRM with a Domain Admin&apos;s account. The login is used for this action only and is not stored.</source>
        <translation>%1 fonctionne sous Windows : le filtre de mots de passe et l’agent du DC sont copiés en SMB (ADMIN$) et configurés via WinRM avec le compte d’un Admin du domaine. L’identifiant ne sert qu’à cette action et n’est pas enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WinRM &amp;CA file:</source>
        <translation>Fichier de l’&amp;AC WinRM :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMAINE\utilisateur ou utilisateur@domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account (a Domain Admin)</source>
        <translation>Compte d’installation (un Admin du domaine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account&apos;s password</source>
        <translation>Mot de passe du compte d’installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the CA of the DC&apos;s WinRM certificate</source>
        <translation>Facultatif : l’AC du certificat WinRM du DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file of the DC&apos;s WinRM certificate</source>
        <translation>Fichier de l’AC du certificat WinRM du DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file of the DC&apos;s WinRM certificate</source>
        <translation>Choisir le fichier de l’AC du certificat WinRM du DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over &amp;HTTP (port 5985) instead of HTTPS (5986)</source>
        <translation>WinRM en &amp;HTTP (port 5985) au lieu de HTTPS (5986)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over HTTP instead of HTTPS</source>
        <translation>WinRM en HTTP au lieu de HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the domain controller if the install needs it</source>
        <translation>&amp;Redémarrer le contrôleur de domaine si l’installation l’exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the domain controller if the install needs it</source>
        <translation>Redémarrer le contrôleur de domaine si l’installation l’exige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>Se connecter et continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
