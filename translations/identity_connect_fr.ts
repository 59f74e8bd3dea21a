<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DeviceSignInWidget</name>
    <message>
        <location filename="../ui/widgets/device_signin.py" line="+208" />
        <source>The code expires in %1:%2.</source>
        <translation>Le code expire dans %1:%2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Requesting a sign-in code…</source>
        <translation>Demande d’un code de connexion…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation>En attente de votre connexion dans le navigateur…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't reach the service, retrying…</source>
        <translation>Service injoignable, nouvelle tentative…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The code has expired. Get a new code to try again.</source>
        <translation>Le code a expiré. Obtenez un nouveau code pour réessayer.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>Connectez-vous en tant qu’administrateur de votre organisation : ouvrez l’adresse ci-dessous dans un navigateur sur n’importe quel appareil, ou scannez le code QR, puis saisissez le code.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign-in address:</source>
        <translation>Adresse de connexion :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the sign-in address</source>
        <translation>Copier l’adresse de connexion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open in browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the sign-in page in the browser</source>
        <translation>Ouvrir la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Get a new code</source>
        <translation>Obtenir un nouveau &amp;code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code</source>
        <translation>Obtenir un nouveau code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-in address</source>
        <translation>Adresse de connexion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code of the sign-in address</source>
        <translation>Code QR de l’adresse de connexion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>Scannez avec un téléphone pour ouvrir la page de connexion avec le code déjà saisi.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>La page de connexion vous demandera d’autoriser « %1 » à se connecter.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+22" />
        <source>Server name is valid</source>
        <translation>Le nom du serveur est valide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server name resolves in DNS</source>
        <translation>Le nom du serveur est résolu dans le DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server accepts connections</source>
        <translation>Le serveur accepte les connexions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secure connection (certificate trusted)</source>
        <translation>Connexion sécurisée (certificat approuvé)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account signs in</source>
        <translation>Le compte de liaison se connecte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory information readable</source>
        <translation>Informations de l’annuaire lisibles</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Users are readable</source>
        <translation>Les utilisateurs sont lisibles</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+127" />
        <source>not yet checked</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Certificate offered by the server:</source>
        <translation>Certificat présenté par le serveur :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+288" />
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>Choisir le certificat de l’autorité de certification</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Domain name:</source>
        <translation>Nom de &amp;domaine :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. corp.example.com</source>
        <translation>p. ex. corp.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain name</source>
        <translation>Nom de domaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain &amp;controllers:</source>
        <translation>&amp;Contrôleurs de domaine :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>Nom complet, p. ex. dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controller to add</source>
        <translation>Contrôleur de domaine à ajouter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controllers, in order of preference</source>
        <translation>Contrôleurs de domaine, par ordre de préférence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add domain controller</source>
        <translation>Ajouter un contrôleur de domaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected domain controller</source>
        <translation>Supprimer le contrôleur de domaine sélectionné</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find in DNS</source>
        <translation>Chercher dans le DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find domain controllers in DNS</source>
        <translation>Chercher les contrôleurs de domaine dans le DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind account:</source>
        <translation>Compte de &amp;liaison :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (utilisateur@corp.example.com) ou DN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account (UPN or DN)</source>
        <translation>Compte de liaison (UPN ou DN)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind password</source>
        <translation>Mot de passe de liaison</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL, port 636)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (port 389)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted LDAP</source>
        <translation>LDAP non chiffré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>Je comprends que les mots de passe et les données de l’annuaire circulent sans chiffrement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow unencrypted LDAP</source>
        <translation>Autoriser le LDAP non chiffré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;A certificate (optional):</source>
        <translation>Certificat de l’&amp;AC (facultatif) :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only if your directory's certificate is from a private CA</source>
        <translation>Uniquement si le certificat de votre annuaire provient d’une AC privée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA certificate file</source>
        <translation>Fichier du certificat de l’AC</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the CA certificate file</source>
        <translation>Choisir le fichier du certificat de l’AC</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+143" />
        <source>Connect to your directory</source>
        <translation>Connexion à votre annuaire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect lit les utilisateurs et les groupes avec ce compte ; un utilisateur de domaine ordinaire suffit.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry the directory check</source>
        <translation>Relancer la vérification de l’annuaire</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errors.py" line="+81" />
        <location line="+604" />
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="-603" />
        <location line="+605" />
        <source>An unexpected problem occurred (%1).</source>
        <translation>Un problème inattendu s’est produit (%1).</translation>
    </message>
    <message>
        <location line="-604" />
        <location line="+607" />
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Réessayez. Si le problème persiste, envoyez le fichier journal à votre support.</translation>
    </message>
    <message>
        <location line="-574" />
        <source>No installation key</source>
        <translation>Aucune clé d’installation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the installation key from your tenant's admin console.</source>
        <translation>Collez la clé d’installation depuis la console d’administration de votre locataire.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It starts with ICK1-.</source>
        <translation>Elle commence par ICK1-.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not an installation key</source>
        <translation>Ce n’est pas une clé d’installation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This text is not an installation key.</source>
        <translation>Ce texte n’est pas une clé d’installation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>Copiez à nouveau la clé entière depuis la console d’administration ; elle commence par ICK1-.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key mistyped</source>
        <translation>Clé mal saisie</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The key's checksum does not match: a character is missing or mistyped.</source>
        <translation>La somme de contrôle de la clé ne correspond pas : un caractère manque ou est erroné.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the key again instead of typing it.</source>
        <translation>Collez de nouveau la clé au lieu de la taper.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Newer key format</source>
        <translation>Format de clé plus récent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>Cette clé a été créée pour une version plus récente d’Identity Connect.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>Installez la dernière version d’Identity Connect et réessayez.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key is damaged</source>
        <translation>Clé endommagée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The key does not contain a valid tenant address.</source>
        <translation>La clé ne contient pas d’adresse de locataire valide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new installation key in the admin console.</source>
        <translation>Créez une nouvelle clé d’installation dans la console d’administration.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Key not recognised</source>
        <translation>Clé non reconnue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant does not know this installation key.</source>
        <translation>Le locataire ne connaît pas cette clé d’installation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>Vérifiez que vous avez copié la clé du bon locataire, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key expired</source>
        <translation>Clé expirée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This installation key has expired.</source>
        <translation>Cette clé d’installation a expiré.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>Créez une nouvelle clé d’installation dans la console d’administration et collez-la ici.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key revoked</source>
        <translation>Clé révoquée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator has revoked this installation key.</source>
        <translation>Un administrateur a révoqué cette clé d’installation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>Demandez une nouvelle clé d’installation ou créez-en une dans la console d’administration.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key already used</source>
        <translation>Clé déjà utilisée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This installation key has already been used to install an agent.</source>
        <translation>Cette clé d’installation a déjà servi à installer un agent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>Chaque clé ne sert qu’une fois. Créez une nouvelle clé d’installation dans la console d’administration.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Can't reach the service</source>
        <translation>Service injoignable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cloud service at %1 could not be reached.</source>
        <translation>Le service cloud à l’adresse %1 est injoignable.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your tenant</source>
        <translation>votre locataire</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check this computer's internet connection and proxy settings, then retry.</source>
        <translation>Vérifiez la connexion Internet et les paramètres de proxy de cet ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+256" />
        <source>Secure connection failed</source>
        <translation>Échec de la connexion sécurisée</translation>
    </message>
    <message>
        <location line="-254" />
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Le certificat de %1 n’est pas approuvé (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>Vérifiez la date et l’heure du système ; un proxy qui inspecte TLS doit avoir un certificat approuvé.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>Le service a répondu d’une manière qu’Identity Connect ne comprend pas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>Un proxy ou un portail captif bloque peut-être l’accès. Réessayez ou vérifiez le réseau.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sign-in was refused in the browser.</source>
        <translation>La connexion a été refusée dans le navigateur.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>Obtenez un nouveau code et approuvez la demande, ou connectez-vous en tant qu’autre administrateur.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code expired</source>
        <translation>Code expiré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The code expired before the sign-in was completed.</source>
        <translation>Le code a expiré avant la fin de la connexion.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>Obtenez un nouveau code et terminez la connexion dans le délai affiché.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in no longer valid</source>
        <translation>Connexion plus valide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service no longer accepts this sign-in request.</source>
        <translation>Le service n’accepte plus cette demande de connexion.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and sign in again.</source>
        <translation>Obtenez un nouveau code et connectez-vous de nouveau.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not an administrator</source>
        <translation>Pas administrateur</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>Le compte avec lequel vous vous êtes connecté n’est pas administrateur de ce locataire.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>Obtenez un nouveau code et connectez-vous avec un compte administrateur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in expired</source>
        <translation>Connexion expirée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The stored sign-in of the agent's owner no longer works.</source>
        <translation>La connexion enregistrée du propriétaire de l’agent ne fonctionne plus.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>Connectez-vous de nouveau, ou transférez la propriété à un autre administrateur.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agent not registered</source>
        <translation>Agent non enregistré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant does not know this agent any more.</source>
        <translation>Le locataire ne connaît plus cet agent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the setup again with a new installation key.</source>
        <translation>Relancez la configuration avec une nouvelle clé d’installation.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not the owner</source>
        <translation>Pas le propriétaire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The signed-in administrator does not own this agent.</source>
        <translation>L’administrateur connecté n’est pas propriétaire de cet agent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in as the owner, or change the owner.</source>
        <translation>Connectez-vous en tant que propriétaire, ou changez de propriétaire.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registration failed</source>
        <translation>Échec de l’enregistrement</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant refused to register the agent.</source>
        <translation>Le locataire a refusé d’enregistrer l’agent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>Réessayez. Si l’échec persiste, créez une nouvelle clé d’installation.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clock is wrong</source>
        <translation>Horloge incorrecte</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer's clock differs from the service's by %1 seconds.</source>
        <translation>L’horloge de cet ordinateur diffère de celle du service de %1 secondes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>Réglez correctement la date et l’heure du système (heure réseau), puis réessayez.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The directory service refused a change</source>
        <translation>Le service d’annuaire a refusé une modification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cloud directory refused a request.</source>
        <translation>L’annuaire cloud a refusé une requête.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the sync log for the affected object.</source>
        <translation>Consultez le journal de synchronisation pour l’objet concerné.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service asked Identity Connect to slow down.</source>
        <translation>Le service a demandé à Identity Connect de ralentir.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait a few minutes, then retry.</source>
        <translation>Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid host name</source>
        <translation>Nom d’hôte non valide</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>« %1 » n’est ni un nom d’hôte ni une adresse IP valide.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the domain controller's DNS name, e.g. dc1.corp.example.com.</source>
        <translation>Saisissez le nom DNS du contrôleur de domaine, p. ex. dc1.corp.example.com.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Fully qualified name needed</source>
        <translation>Nom complet requis</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>Avec SSL ou StartTLS, « %1 » doit être le nom complet pour lequel le certificat est émis.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>Utilisez le nom complet, p. ex. %1.corp.example.com, ou choisissez le LDAP non chiffré.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Name not found</source>
        <translation>Nom introuvable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>Le nom « %1 » n’est pas résolu dans le DNS.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the spelling; this computer must use the domain's DNS servers.</source>
        <translation>Vérifiez l’orthographe ; cet ordinateur doit utiliser les serveurs DNS du domaine.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No domain controllers in DNS</source>
        <translation>Aucun contrôleur de domaine dans le DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DNS has no domain controller records for this domain.</source>
        <translation>Le DNS ne contient aucun enregistrement de contrôleur de domaine pour ce domaine.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the domain controllers' names yourself.</source>
        <translation>Saisissez vous-même les noms des contrôleurs de domaine.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing answers on %1 port %2.</source>
        <translation>Rien ne répond sur %1, port %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>Vérifiez que le contrôleur de domaine fonctionne et qu’un pare-feu autorise le port LDAP, puis réessayez.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Server does not answer</source>
        <translation>Le serveur ne répond pas</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 a accepté la connexion mais n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>Vérifiez qu’il s’agit bien d’un contrôleur de domaine et qu’il n’est pas surchargé, puis réessayez.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificate not trusted</source>
        <translation>Certificat non approuvé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's certificate is not issued by a trusted certificate authority.</source>
        <translation>Le certificat du serveur n’est pas émis par une autorité de certification approuvée.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose your organisation's CA certificate file, or install it in the system's trust store.</source>
        <translation>Choisissez le fichier du certificat de l’AC de votre organisation, ou installez-le dans le magasin de certificats du système.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Self-signed certificate</source>
        <translation>Certificat auto-signé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server presents a self-signed certificate.</source>
        <translation>Le serveur présente un certificat auto-signé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>Donnez au serveur un certificat de votre AC, ou choisissez ce certificat comme fichier d’AC si vous lui faites confiance.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate expired</source>
        <translation>Certificat expiré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's certificate has expired or is not yet valid.</source>
        <translation>Le certificat du serveur a expiré ou n’est pas encore valide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew the domain controller's certificate, and check this computer's date and time.</source>
        <translation>Renouvelez le certificat du contrôleur de domaine et vérifiez la date et l’heure de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name not in certificate</source>
        <translation>Nom absent du certificat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's certificate is not issued to “%1”.</source>
        <translation>Le certificat du serveur n’est pas émis pour « %1 ».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Use the name shown in the certificate details below.</source>
        <translation>Utilisez le nom indiqué dans les détails du certificat ci-dessous.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TLS handshake with the server failed.</source>
        <translation>La négociation TLS avec le serveur a échoué.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the security setting (LDAPS or StartTLS) and the server's TLS configuration.</source>
        <translation>Vérifiez le paramètre de sécurité (LDAPS ou StartTLS) et la configuration TLS du serveur.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Wrong user name or password</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory refused the bind account or its password.</source>
        <translation>L’annuaire a refusé le compte de liaison ou son mot de passe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>Vérifiez le compte (UPN ou DN) et le mot de passe, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account disabled</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account is disabled.</source>
        <translation>Le compte de liaison est désactivé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Activez le compte dans Active Directory ou utilisez-en un autre.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account is locked out.</source>
        <translation>Le compte de liaison est verrouillé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Déverrouillez le compte dans Active Directory, puis réessayez.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Password expired</source>
        <translation>Mot de passe expiré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account's password has expired or must be changed.</source>
        <translation>Le mot de passe du compte de liaison a expiré ou doit être changé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a new password for the account and enter it here.</source>
        <translation>Définissez un nouveau mot de passe pour le compte et saisissez-le ici.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in not permitted</source>
        <translation>Connexion non autorisée</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>Le compte de liaison n’a pas le droit de se connecter maintenant ou depuis cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account's logon hours, workstation restrictions and expiry date.</source>
        <translation>Vérifiez les heures de connexion, les restrictions de poste de travail et la date d’expiration du compte.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bind failed</source>
        <translation>Échec de la liaison</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory refused the bind.</source>
        <translation>L’annuaire a refusé la liaison.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account and password, and the server's log.</source>
        <translation>Vérifiez le compte et le mot de passe, ainsi que le journal du serveur.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not enough rights</source>
        <translation>Droits insuffisants</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account cannot read the users and groups.</source>
        <translation>Le compte de liaison ne peut pas lire les utilisateurs et les groupes.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>Donnez au compte un accès en lecture à l’annuaire (un utilisateur de domaine ordinaire peut le lire).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Encryption required</source>
        <translation>Chiffrement requis</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server refuses to accept a password without encryption.</source>
        <translation>Le serveur refuse d’accepter un mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose LDAPS or StartTLS.</source>
        <translation>Choisissez LDAPS ou StartTLS.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Domain not found in the directory</source>
        <translation>Domaine introuvable dans l’annuaire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory has no entry for this domain's base.</source>
        <translation>L’annuaire n’a aucune entrée pour la base de ce domaine.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the domain name.</source>
        <translation>Vérifiez le nom de domaine.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read incomplete</source>
        <translation>Lecture incomplète</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>L’annuaire a cessé de répondre au milieu d’une lecture.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry; if it keeps happening, check the server's limits.</source>
        <translation>Réessayez ; si le problème persiste, vérifiez les limites du serveur.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+28" />
        <source>Directory error</source>
        <translation>Erreur d’annuaire</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>The directory reported an error.</source>
        <translation>L’annuaire a signalé une erreur.</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>Retry; if it keeps happening, check the server's log.</source>
        <translation>Réessayez ; si le problème persiste, consultez le journal du serveur.</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Invalid filter</source>
        <translation>Filtre non valide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The LDAP filter is not valid.</source>
        <translation>Le filtre LDAP n’est pas valide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the filter.</source>
        <translation>Corrigez le filtre.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invalid distinguished name</source>
        <translation>Nom distinctif non valide</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid distinguished name.</source>
        <translation>Ce n’est pas un nom distinctif valide.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>Vérifiez le DN, p. ex. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No domain controller works</source>
        <translation>Aucun contrôleur de domaine ne fonctionne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None of the domain controllers could be used.</source>
        <translation>Aucun des contrôleurs de domaine n’a pu être utilisé.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See each domain controller's result below.</source>
        <translation>Consultez ci-dessous le résultat de chaque contrôleur de domaine.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Bind account not recognised</source>
        <translation>Compte de liaison non reconnu</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>Saisissez le compte de liaison sous forme d’UPN (utilisateur@corp.example.com) ou de nom distinctif.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example svc-sync@corp.example.com.</source>
        <translation>Par exemple svc-sync@corp.example.com.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Confirm unencrypted LDAP</source>
        <translation>Confirmer le LDAP non chiffré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>Le LDAP non chiffré transmet le mot de passe et les données de l’annuaire en clair.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>Cochez la case de confirmation, ou choisissez LDAPS ou StartTLS.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CA file not found</source>
        <translation>Fichier d’AC introuvable</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The CA certificate file does not exist.</source>
        <translation>Le fichier du certificat de l’AC n’existe pas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>Choisissez un fichier PEM existant, ou laissez le champ vide.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step missing</source>
        <translation>Étape manquante</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A previous setup step is not complete.</source>
        <translation>Une étape précédente de la configuration n’est pas terminée.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back and complete the previous pages.</source>
        <translation>Revenez en arrière et terminez les pages précédentes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Already set up</source>
        <translation>Déjà configuré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>Cet ordinateur possède déjà une configuration Identity Connect.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>Ouvrez plutôt les paramètres, ou supprimez d’abord la configuration.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent not running</source>
        <translation>L’agent ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent service is not running.</source>
        <translation>Le service de l’agent ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>Redémarrez-le ; le journal indique pourquoi il s’est arrêté.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent did not start</source>
        <translation>L’agent n’a pas démarré</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent service did not report that it started.</source>
        <translation>Le service de l’agent n’a pas signalé son démarrage.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>Réessayez ; si le problème persiste, consultez le fichier journal.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync engine missing</source>
        <translation>Moteur de synchronisation absent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This build of Identity Connect lacks the sync engine.</source>
        <translation>Cette version d’Identity Connect ne contient pas le moteur de synchronisation.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install a complete build.</source>
        <translation>Installez une version complète.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent already running</source>
        <translation>Agent déjà en cours d’exécution</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>Un autre agent Identity Connect utilise déjà cette configuration.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the other agent first.</source>
        <translation>Fermez d’abord l’autre agent.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No secure storage</source>
        <translation>Aucun stockage sécurisé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no usable keyring to store passwords in.</source>
        <translation>Aucun trousseau utilisable pour enregistrer les mots de passe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>Sous Linux, installez et déverrouillez un Secret Service (GNOME Keyring ou KWallet) ; Identity Connect n’enregistre jamais de mot de passe en clair.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Keyring refused</source>
        <translation>Trousseau refusé</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The keyring refused to store or read a secret.</source>
        <translation>Le trousseau a refusé d’enregistrer ou de lire un secret.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the keyring, then retry.</source>
        <translation>Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Configuration problem</source>
        <translation>Problème de configuration</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The configuration file %1 cannot be used.</source>
        <translation>Le fichier de configuration %1 est inutilisable.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>Relancez la configuration, ou restaurez le fichier depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>System error</source>
        <translation>Erreur système</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The operating system reported: %1.</source>
        <translation>Le système d’exploitation a signalé : %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check disk space and permissions, then retry.</source>
        <translation>Vérifiez l’espace disque et les autorisations, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+31" />
        <source>Store passwords in the keyring</source>
        <translation>Enregistrer les mots de passe dans le trousseau</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the configuration</source>
        <translation>Enregistrer la configuration</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register the agent with your tenant</source>
        <translation>Enregistrer l’agent auprès de votre locataire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the agent service</source>
        <translation>Démarrer le service de l’agent</translation>
    </message>
    <message>
        <location line="+193" />
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>Enregistrement des paramètres, enregistrement et démarrage de l’agent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry the installation</source>
        <translation>Relancer l’installation</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect est installé et fonctionne. Cliquez sur Terminer ; l’agent continue de fonctionner en arrière-plan et affiche son état dans la zone de notification ou dans sa fenêtre d’état.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64" />
        <location line="+60" />
        <source>Key format is valid (tenant: %1).</source>
        <translation>Le format de la clé est valide (locataire : %1).</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Key accepted by %1.</source>
        <translation>Clé acceptée par %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>Installation key</source>
        <translation>Clé d’installation</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Paste the installation key you created in your tenant's admin console (Directory &gt; Agents).</source>
        <translation>Collez la clé d’installation créée dans la console d’administration de votre locataire (Annuaire &gt; Agents).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Installation &amp;key:</source>
        <translation>&amp;Clé d’installation :</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the key with your tenant…</source>
        <translation>Vérification de la clé auprès de votre locataire…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry checking the key</source>
        <translation>Relancer la vérification de la clé</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61" />
        <source>This language's translation files are missing.</source>
        <translation>Les fichiers de traduction de cette langue sont absents.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Welcome to Identity Connect</source>
        <translation>Bienvenue dans Identity Connect</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>Cet assistant relie votre Active Directory à votre annuaire cloud. Choisissez votre langue.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location line="+41" />
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect est un logiciel libre. Veuillez lire et accepter sa licence.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence online:</source>
        <translation>Licence en ligne :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence address</source>
        <translation>Adresse de la licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the licence address</source>
        <translation>Copier l’adresse de la licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I &amp;accept the licence terms</source>
        <translation>J’&amp;accepte les termes de la licence</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I accept the licence terms</source>
        <translation>J’accepte les termes de la licence</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="-173" />
        <source>LDAPS (SSL)</source>
        <translation>LDAPS (SSL)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenant address</source>
        <translation>Adresse du locataire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installation key</source>
        <translation>Clé d’installation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device name</source>
        <translation>Nom de l’appareil</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controllers</source>
        <translation>Contrôleurs de domaine</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account</source>
        <translation>Compte de liaison</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA certificate</source>
        <translation>Certificat de l’AC</translation>
    </message>
    <message>
        <location line="+0" />
        <source>System trust store</source>
        <translation>Magasin de certificats du système</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration folder</source>
        <translation>Dossier de configuration</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>Vérifiez les paramètres. Précédent permet de tout modifier ; Installer configure l’agent.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary of the settings</source>
        <translation>Résumé des paramètres</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+134" />
        <source>Identity Connect setup</source>
        <translation>Configuration d’Identity Connect</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98" />
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>Un administrateur de votre organisation approuve cet agent en se connectant.</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39" />
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This administrator will own the agent.</source>
        <translation>Cet administrateur sera le propriétaire de l’agent.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>Vérifiez qu’il s’agit bien du compte voulu, puis continuez pour connecter votre annuaire.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation:</source>
        <translation>Organisation :</translation>
    </message>
</context>
</TS>