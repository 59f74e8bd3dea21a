<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BlastRadiusDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/blast.py" line="+69"/>
        <source>%n user(s) left the selected OUs or no longer meet the criteria.</source>
        <translation>
            <numerusform>%n Benutzer hat die ausgewählten OUs verlassen oder erfüllt die Kriterien nicht mehr.</numerusform>
            <numerusform>%n Benutzer haben die ausgewählten OUs verlassen oder erfüllen die Kriterien nicht mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) are disabled in the directory.</source>
        <translation>
            <numerusform>%n Benutzer ist im Verzeichnis deaktiviert.</numerusform>
            <numerusform>%n Benutzer sind im Verzeichnis deaktiviert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) were deleted in the directory.</source>
        <translation>
            <numerusform>%n Benutzer wurde im Verzeichnis gelöscht.</numerusform>
            <numerusform>%n Benutzer wurden im Verzeichnis gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) for another reason (%1).</source>
        <translation>
            <numerusform>%n Benutzer aus einem anderen Grund (%1).</numerusform>
            <numerusform>%n Benutzer aus einem anderen Grund (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Before you save</source>
        <translation>Vor dem Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The effect of this change could not be worked out. Save anyway? The next sync will apply it.</source>
        <translation>Die Auswirkung dieser Änderung konnte nicht ermittelt werden. Trotzdem speichern? Die nächste Synchronisation wendet sie an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you save, the next sync will do this:</source>
        <translation>Wenn Sie speichern, bewirkt die nächste Synchronisation Folgendes:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users created:</source>
        <translation>Erstellte Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users changed:</source>
        <translation>Geänderte Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users re-activated:</source>
        <translation>Reaktivierte Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users disabled:</source>
        <translation>Deaktivierte Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users deleted:</source>
        <translation>Gelöschte Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups created or changed:</source>
        <translation>Erstellte oder geänderte Gruppen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>Gründe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled users cannot sign in; deleted users and their data are gone from the cloud for good.</source>
        <translation>Deaktivierte Benutzer können sich nicht anmelden; gelöschte Benutzer und ihre Daten werden endgültig aus der Cloud entfernt.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+48"/>
        <source>The certificate of the CA that issued it is not available on this computer.</source>
        <extracomment>OpenSSL verify codes that mean only &quot;issued by a CA this computer does not trust&quot; (see app.ldap.tls_probe).</extracomment>
        <translation>Das Zertifikat der CA, die es ausgestellt hat, ist auf diesem Computer nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its signature does not match: it may have been altered.</source>
        <translation>Seine Signatur stimmt nicht: Es wurde möglicherweise verändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not valid yet: check this computer&apos;s date and time.</source>
        <translation>Es ist noch nicht gültig: Prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has expired.</source>
        <translation>Es ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>Es ist selbstsigniert: Keine Zertifizierungsstelle bürgt dafür.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is issued by a certificate authority that this computer does not trust (yet).</source>
        <translation>Es wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer (noch) nicht vertraut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>It is issued by a certificate authority that this computer does not know.</source>
        <translation>Es wurde von einer Zertifizierungsstelle ausgestellt, die dieser Computer nicht kennt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has been revoked.</source>
        <translation>Es wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not meant for a server.</source>
        <translation>Es ist nicht für einen Server bestimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the name the agent connects to.</source>
        <translation>Es ist nicht auf den Namen ausgestellt, mit dem sich der Agent verbindet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the IP address the agent connects to.</source>
        <translation>Es ist nicht auf die IP-Adresse ausgestellt, mit der sich der Agent verbindet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate check reported: %1.</source>
        <translation>Die Zertifikatprüfung meldete: %1.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Issued to:</source>
        <translation>Ausgestellt für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also valid for:</source>
        <translation>Auch gültig für:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Ausgestellt von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted because:</source>
        <translation>Nicht vertrauenswürdig, weil:</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The CA is now trusted for this agent (saved as %1). Checking the connection again…</source>
        <extracomment>OTHER_PROBLEM: the error code that trusting the CA would leave. OFFERED but the admin cancelled.</extracomment>
        <translation>Der CA wird jetzt für diesen Agent vertraut (gespeichert als %1). Die Verbindung wird erneut geprüft…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not send the certificate of the CA that issued its own, so it cannot be shown here. Ask your CA&apos;s administrator for the CA certificate (a .cer or .pem file) and choose it as the CA file.</source>
        <translation>%1 sendet das Zertifikat der CA, die sein eigenes Zertifikat ausgestellt hat, nicht mit; es kann daher hier nicht angezeigt werden. Fordern Sie beim Administrator Ihrer CA das CA-Zertifikat an (eine .cer- oder .pem-Datei) und wählen Sie es als CA-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is trusted now. Checking the connection again…</source>
        <translation>Dem Zertifikat von %1 wird jetzt vertraut. Die Verbindung wird erneut geprüft…</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <location line="-136"/>
        <source>Certificate offered by the server</source>
        <translation>Vom Server vorgelegtes Zertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this CA…</source>
        <translation>Dieser CA &amp;vertrauen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the certificate authority that issued this certificate</source>
        <translation>Der Zertifizierungsstelle vertrauen, die dieses Zertifikat ausgestellt hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if this is your organisation&apos;s CA: you will compare its fingerprint first.</source>
        <translation>Nur wenn dies die CA Ihrer Organisation ist: Sie vergleichen zuerst ihren Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../ui/settings/pages_criteria.py" line="+132"/>
        <location line="+156"/>
        <source>Sync criteria</source>
        <translation>Synchronisationskriterien</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Field, row %1</source>
        <translation>Feld, Zeile %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship, row %1</source>
        <translation>Vergleich, Zeile %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a value</source>
        <translation>hat einen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no value</source>
        <translation>hat keinen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of (group DN)</source>
        <translation>ist Mitglied von (Gruppen-DN)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for users</source>
        <translation>Kriterien für Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for groups</source>
        <translation>Kriterien für Gruppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;all users in scope</source>
        <translation>&amp;Alle Benutzer im Bereich importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users &amp;based on criteria (every row must hold)</source>
        <translation>Benutzer anhand von &amp;Kriterien importieren (jede Zeile muss zutreffen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User criteria</source>
        <translation>Benutzerkriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all groups in scope</source>
        <translation>&amp;Alle Gruppen im Bereich importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import groups &amp;based on criteria (every row must hold)</source>
        <translation>Gruppen anhand von &amp;Kriterien importieren (jede Zeile muss zutreffen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group criteria</source>
        <translation>Gruppenkriterien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected criteria rows</source>
        <translation>Die ausgewählten Kriterienzeilen entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users and groups have criteria of their own. Values are matched as text, ignoring case; &quot;is a member of&quot; takes a group DN and means direct membership. A group that does not meet its criteria is not synced, and its members are not added to other groups through it.</source>
        <translation>Benutzer und Gruppen haben jeweils eigene Kriterien. Werte werden als Text ohne Beachtung der Groß-/Kleinschreibung verglichen; „ist Mitglied von“ erwartet den DN einer Gruppe und bedeutet direkte Mitgliedschaft. Eine Gruppe, die ihre Kriterien nicht erfüllt, wird nicht synchronisiert, und ihre Mitglieder werden nicht über sie zu anderen Gruppen hinzugefügt.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A&amp;dd row</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criteria row</source>
        <translation>Eine Kriterienzeile hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../ui/i18n.py" line="+199"/>
        <source>in less than a minute</source>
        <extracomment>The language&apos;s name in itself (an endonym): never translated, so a lost user can find their own.</extracomment>
        <translation>in weniger als einer Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
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
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requesting a sign-in code…</source>
        <translation>Anmeldecode wird angefordert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t reach the service, retrying…</source>
        <translation>Dienst nicht erreichbar, neuer Versuch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code has expired. Get a new code to try again.</source>
        <translation>Der Code ist abgelaufen. Fordern Sie einen neuen Code an, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>Melden Sie sich als Administrator Ihrer Organisation an: Öffnen Sie die Adresse unten in einem Browser auf einem beliebigen Gerät oder scannen Sie den QR-Code, und geben Sie den Code ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in address:</source>
        <translation>Anmeldeadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in page in the browser</source>
        <translation>Anmeldeseite im Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a new code</source>
        <translation>Neuen Code an&amp;fordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code</source>
        <translation>Neuen Code anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the sign-in address</source>
        <translation>QR-Code der Anmeldeadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>Mit einem Smartphone scannen, um die Anmeldeseite mit bereits eingetragenem Code zu öffnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>Die Anmeldeseite wird Sie bitten, „%1“ die Verbindung zu erlauben.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/widgets/stage_names.py" line="+15"/>
        <source>Server name is valid</source>
        <translation>Servername ist gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name resolves in DNS</source>
        <translation>Servername wird im DNS aufgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server accepts connections</source>
        <translation>Server nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection (certificate trusted)</source>
        <translation>Sichere Verbindung (Zertifikat vertrauenswürdig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account signs in</source>
        <translation>Bind-Konto meldet sich an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory information readable</source>
        <translation>Verzeichnisinformationen lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users are readable</source>
        <translation>Benutzer sind lesbar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+154"/>
        <source>not yet checked</source>
        <extracomment>The owner can trust a CA (it has somewhere to save it): offer &quot;Trust this CA…&quot; when that is the fix.</extracomment>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a check, then its state</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+285"/>
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Domain name:</source>
        <translation>&amp;Domänenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. corp.example.com</source>
        <translation>z. B. corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain &amp;controllers:</source>
        <translation>Domänen&amp;controller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>Vollqualifizierter Name, z. B. dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller to add</source>
        <translation>Hinzuzufügender Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers, in order of preference</source>
        <translation>Domänencontroller in bevorzugter Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add domain controller</source>
        <translation>Domänencontroller hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected domain controller</source>
        <translation>Ausgewählten Domänencontroller entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in DNS</source>
        <translation>Im DNS suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find domain controllers in DNS</source>
        <translation>Domänencontroller im DNS suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind account:</source>
        <translation>&amp;Bind-Konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (benutzer@corp.example.com) oder DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account (UPN or DN)</source>
        <translation>Bind-Konto (UPN oder DN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind password</source>
        <translation>Bind-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL, Port 636)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (Port 389)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP</source>
        <translation>Unverschlüsseltes LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>Mir ist bewusst, dass Passwörter und Verzeichnisdaten unverschlüsselt übertragen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow unencrypted LDAP</source>
        <translation>Unverschlüsseltes LDAP erlauben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate (optional):</source>
        <translation>C&amp;A-Zertifikat (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your directory&apos;s certificate is from a private CA</source>
        <translation>Nur wenn das Zertifikat Ihres Verzeichnisses von einer privaten CA stammt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatdatei auswählen</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+113"/>
        <source>Not added (unconfirmed): DNS also names %1, outside %2. Add a server by hand only if you know it is one of your domain controllers.</source>
        <translation>Nicht hinzugefügt (unbestätigt): Das DNS nennt außerdem %1, außerhalb von %2. Fügen Sie einen Server nur dann von Hand hinzu, wenn Sie wissen, dass er einer Ihrer Domänencontroller ist.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connect to your directory</source>
        <translation>Mit Ihrem Verzeichnis verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect liest Benutzer und Gruppen mit diesem Konto; ein normaler Domänenbenutzer genügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the directory check</source>
        <translation>Verzeichnisprüfung wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <comment>a domain controller, then one check made on it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errors.py" line="+895"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem occurred (%1).</source>
        <translation>Ein unerwartetes Problem ist aufgetreten (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder auftritt, senden Sie die Protokolldatei an Ihren Support.</translation>
    </message>
    <message>
        <location line="-760"/>
        <source>The problem is at line %1.</source>
        <translation>Das Problem liegt in Zeile %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer&apos;s clock differs from the service&apos;s.</source>
        <translation>Die Uhr dieses Computers weicht von der des Dienstes ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer&apos;s clock differs from the service&apos;s by %n second(s).</source>
        <translation>
            <numerusform>Die Uhr dieses Computers weicht um %n Sekunde von der des Dienstes ab.</numerusform>
            <numerusform>Die Uhr dieses Computers weicht um %n Sekunden von der des Dienstes ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No installation key</source>
        <translation>Kein Installationsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the installation key from your tenant&apos;s admin console.</source>
        <translation>Fügen Sie den Installationsschlüssel aus der Verwaltungskonsole Ihres Mandanten ein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts with ICK1-.</source>
        <translation>Er beginnt mit ICK1-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an installation key</source>
        <translation>Kein Installationsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is not an installation key.</source>
        <translation>Dieser Text ist kein Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>Kopieren Sie den vollständigen Schlüssel erneut aus der Verwaltungskonsole; er beginnt mit ICK1-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mistyped</source>
        <translation>Schlüssel vertippt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s checksum does not match: a character is missing or mistyped.</source>
        <translation>Die Prüfsumme des Schlüssels stimmt nicht: Ein Zeichen fehlt oder ist falsch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key again instead of typing it.</source>
        <translation>Fügen Sie den Schlüssel erneut ein, statt ihn abzutippen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newer key format</source>
        <translation>Neueres Schlüsselformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>Dieser Schlüssel wurde für eine neuere Version von Identity Connect erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>Installieren Sie die neueste Version von Identity Connect und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key is damaged</source>
        <translation>Schlüssel beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key does not contain a valid tenant address.</source>
        <translation>Der Schlüssel enthält keine gültige Mandantenadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console.</source>
        <translation>Erstellen Sie in der Verwaltungskonsole einen neuen Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key not recognised</source>
        <translation>Schlüssel nicht erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this installation key.</source>
        <translation>Der Mandant kennt diesen Installationsschlüssel nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>Prüfen Sie, ob Sie den Schlüssel des richtigen Mandanten kopiert haben, oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has expired.</source>
        <translation>Dieser Installationsschlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>Erstellen Sie in der Verwaltungskonsole einen neuen Installationsschlüssel und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has revoked this installation key.</source>
        <translation>Ein Administrator hat diesen Installationsschlüssel widerrufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>Fordern Sie einen neuen Installationsschlüssel an oder erstellen Sie einen in der Verwaltungskonsole.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key already used</source>
        <translation>Schlüssel bereits verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has already been used to install an agent.</source>
        <translation>Mit diesem Installationsschlüssel wurde bereits ein Agent installiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>Jeder Schlüssel funktioniert nur einmal. Erstellen Sie in der Verwaltungskonsole einen neuen Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the service</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service at %1 could not be reached.</source>
        <translation>Der Cloud-Dienst unter %1 war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your tenant</source>
        <translation>Ihr Mandant</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check this computer&apos;s internet connection and proxy settings, then retry.</source>
        <translation>Prüfen Sie die Internetverbindung und die Proxy-Einstellungen dieses Computers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+219"/>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>Prüfen Sie Systemdatum und -uhrzeit; ein Proxy, der TLS untersucht, braucht ein vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>Der Dienst hat auf eine Weise geantwortet, die Identity Connect nicht versteht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>Möglicherweise ist ein Proxy oder ein Captive Portal im Weg. Wiederholen Sie den Vorgang oder prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted address</source>
        <translation>Nicht vertrauenswürdige Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service named an address that is not HTTPS on the service&apos;s own address. Nothing was sent there.</source>
        <translation>Der Dienst hat eine Adresse genannt, die nicht HTTPS unter der eigenen Adresse des Dienstes ist. Es wurde nichts dorthin gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address. If it is right, ask the service&apos;s provider to correct it.</source>
        <translation>Prüfen Sie die Mandantenadresse. Ist sie richtig, bitten Sie den Anbieter des Dienstes, das zu korrigieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted sign-in page</source>
        <translation>Nicht vertrauenswürdige Anmeldeseite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page address the service sent is not HTTPS on the service&apos;s own address, so it is not shown.</source>
        <translation>Die vom Dienst gesendete Adresse der Anmeldeseite ist nicht HTTPS unter der eigenen Adresse des Dienstes; sie wird daher nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address, or get a new code later.</source>
        <translation>Prüfen Sie die Mandantenadresse, oder fordern Sie später einen neuen Code an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>Fordern Sie einen neuen Code an und bestätigen Sie die Anfrage, oder melden Sie sich als anderer Administrator an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired before the sign-in was completed.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>Fordern Sie einen neuen Code an und schließen Sie die Anmeldung innerhalb der angezeigten Zeit ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in no longer valid</source>
        <translation>Anmeldung nicht mehr gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service no longer accepts this sign-in request.</source>
        <translation>Der Dienst akzeptiert diese Anmeldeanfrage nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in again.</source>
        <translation>Fordern Sie einen neuen Code an und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator</source>
        <translation>Kein Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, ist kein Administrator dieses Mandanten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>Fordern Sie einen neuen Code an und melden Sie sich mit einem Administratorkonto an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored sign-in of the agent&apos;s owner no longer works.</source>
        <translation>Die gespeicherte Anmeldung des Agent-Besitzers funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>Melden Sie sich erneut an oder übertragen Sie den Besitz an einen anderen Administrator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent not registered</source>
        <translation>Agent nicht registriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this agent any more.</source>
        <translation>Der Mandant kennt diesen Agent nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again with a new installation key.</source>
        <translation>Führen Sie die Einrichtung mit einem neuen Installationsschlüssel erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the owner</source>
        <translation>Nicht der Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in administrator does not own this agent.</source>
        <translation>Der angemeldete Administrator ist nicht Besitzer dieses Agents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the owner, or change the owner.</source>
        <translation>Melden Sie sich als Besitzer an oder ändern Sie den Besitzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration failed</source>
        <translation>Registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant refused to register the agent.</source>
        <translation>Der Mandant hat die Registrierung des Agents abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>Wiederholen Sie den Vorgang. Schlägt er weiter fehl, erstellen Sie einen neuen Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clock is wrong</source>
        <translation>Uhrzeit falsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>Stellen Sie Systemdatum und -uhrzeit richtig ein (Netzwerkzeit verwenden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory service refused a change</source>
        <translation>Der Verzeichnisdienst hat eine Änderung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud directory refused a request.</source>
        <translation>Das Cloud-Verzeichnis hat eine Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the affected object.</source>
        <translation>Das betroffene Objekt finden Sie im Synchronisationsprotokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service asked Identity Connect to slow down.</source>
        <translation>Der Dienst hat Identity Connect gebeten, langsamer zu werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then retry.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud objects not unique</source>
        <translation>Cloud-Objekte nicht eindeutig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one object in the cloud directory has the same user name or external ID.</source>
        <translation>Mehr als ein Objekt im Cloud-Verzeichnis hat denselben Benutzernamen oder dieselbe externe ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or rename the duplicate in the cloud directory, then retry.</source>
        <translation>Entfernen Sie das Duplikat im Cloud-Verzeichnis oder benennen Sie es um, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object missing in the cloud</source>
        <translation>Objekt fehlt in der Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object the agent manages no longer exists in the cloud directory.</source>
        <translation>Ein Objekt, das der Agent verwaltet, existiert im Cloud-Verzeichnis nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the object; the next run checks it again.</source>
        <translation>Das Objekt finden Sie im Synchronisationsprotokoll; der nächste Lauf prüft es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run stopped: service unavailable</source>
        <translation>Lauf angehalten: Dienst nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service has been unavailable since %1, so the run was stopped (%2).</source>
        <translation>Der Cloud-Dienst ist seit %1 nicht verfügbar; der Lauf wurde daher angehalten (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was lost: what was not written yet is written by the next run. Check this computer&apos;s network and the service&apos;s status, then retry.</source>
        <translation>Es ist nichts verloren: Was noch nicht geschrieben wurde, schreibt der nächste Lauf. Prüfen Sie das Netzwerk dieses Computers und den Status des Dienstes, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid host name</source>
        <translation>Ungültiger Hostname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controller&apos;s DNS name, e.g. dc1.corp.example.com.</source>
        <translation>Geben Sie den DNS-Namen des Domänencontrollers ein, z. B. dc1.corp.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fully qualified name needed</source>
        <translation>Vollqualifizierter Name erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>Mit SSL oder StartTLS muss „%1“ der vollqualifizierte Name sein, auf den das Zertifikat ausgestellt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>Verwenden Sie den vollständigen Namen, z. B. %1.corp.example.com, oder wählen Sie unverschlüsseltes LDAP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>Der Name „%1“ lässt sich im DNS nicht auflösen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling; this computer must use the domain&apos;s DNS servers.</source>
        <translation>Prüfen Sie die Schreibweise; dieser Computer muss die DNS-Server der Domäne verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No domain controllers in DNS</source>
        <translation>Keine Domänencontroller im DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS has no domain controller records for this domain.</source>
        <translation>Das DNS enthält keine Domänencontroller-Einträge für diese Domäne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controllers&apos; names yourself.</source>
        <translation>Geben Sie die Namen der Domänencontroller selbst ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers on %1 port %2.</source>
        <translation>Auf %1, Port %2 antwortet nichts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>Prüfen Sie, ob der Domänencontroller läuft und eine Firewall den LDAP-Port zulässt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server does not answer</source>
        <translation>Server antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>Prüfen Sie, ob dies ein Domänencontroller ist und ob er überlastet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued by a trusted certificate authority.</source>
        <translation>Das Zertifikat des Servers stammt nicht von einer vertrauenswürdigen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your organisation&apos;s CA certificate file, or install it in the system&apos;s trust store.</source>
        <translation>Wählen Sie die CA-Zertifikatdatei Ihrer Organisation oder installieren Sie sie im Zertifikatspeicher des Systems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server presents a self-signed certificate.</source>
        <translation>Der Server legt ein selbstsigniertes Zertifikat vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>Geben Sie dem Server ein Zertifikat Ihrer CA, oder wählen Sie dieses Zertifikat als CA-Datei, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the domain controller&apos;s certificate, and check this computer&apos;s date and time.</source>
        <translation>Erneuern Sie das Zertifikat des Domänencontrollers und prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not in certificate</source>
        <translation>Name nicht im Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued to “%1”.</source>
        <translation>Das Zertifikat des Servers ist nicht auf „%1“ ausgestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the name shown in the certificate details below.</source>
        <translation>Verwenden Sie den Namen, der unten in den Zertifikatdetails steht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with the server failed.</source>
        <translation>Der TLS-Handshake mit dem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting (LDAPS or StartTLS) and the server&apos;s TLS configuration.</source>
        <translation>Prüfen Sie die Sicherheitseinstellung (LDAPS oder StartTLS) und die TLS-Konfiguration des Servers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind account or its password.</source>
        <translation>Das Verzeichnis hat das Bind-Konto oder sein Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>Prüfen Sie das Konto (UPN oder DN) und das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is disabled.</source>
        <translation>Das Bind-Konto ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Aktivieren Sie das Konto im Active Directory oder verwenden Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is locked out.</source>
        <translation>Das Bind-Konto ist gesperrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Entsperren Sie das Konto im Active Directory und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password expired</source>
        <translation>Passwort abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account&apos;s password has expired or must be changed.</source>
        <translation>Das Passwort des Bind-Kontos ist abgelaufen oder muss geändert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the account and enter it here.</source>
        <translation>Legen Sie ein neues Passwort für das Konto fest und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in not permitted</source>
        <translation>Anmeldung nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>Das Bind-Konto darf sich jetzt oder von diesem Computer aus nicht anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s logon hours, workstation restrictions and expiry date.</source>
        <translation>Prüfen Sie Anmeldezeiten, Arbeitsstationsbeschränkungen und Ablaufdatum des Kontos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind failed</source>
        <translation>Bind fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind.</source>
        <translation>Das Verzeichnis hat den Bind abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account and password, and the server&apos;s log.</source>
        <translation>Prüfen Sie Konto und Passwort sowie das Protokoll des Servers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough rights</source>
        <translation>Unzureichende Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account cannot read the users and groups.</source>
        <translation>Das Bind-Konto kann Benutzer und Gruppen nicht lesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>Geben Sie dem Konto Lesezugriff auf das Verzeichnis (ein normaler Domänenbenutzer kann es lesen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption required</source>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to accept a password without encryption.</source>
        <translation>Der Server nimmt kein Passwort ohne Verschlüsselung an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose LDAPS or StartTLS.</source>
        <translation>Wählen Sie LDAPS oder StartTLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain not found in the directory</source>
        <translation>Domäne im Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory has no entry for this domain&apos;s base.</source>
        <translation>Das Verzeichnis hat keinen Eintrag für die Basis dieser Domäne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain name.</source>
        <translation>Prüfen Sie den Domänennamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read incomplete</source>
        <translation>Lesen unvollständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>Das Verzeichnis hat mitten in einem Lesevorgang aufgehört zu antworten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, check the server&apos;s limits.</source>
        <translation>Wiederholen Sie den Vorgang; tritt es erneut auf, prüfen Sie die Limits des Servers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Directory error</source>
        <translation>Verzeichnisfehler</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>The directory reported an error.</source>
        <translation>Das Verzeichnis hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Retry; if it keeps happening, check the server&apos;s log.</source>
        <translation>Wiederholen Sie den Vorgang; tritt es erneut auf, prüfen Sie das Protokoll des Servers.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Invalid filter</source>
        <translation>Ungültiger Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LDAP filter is not valid.</source>
        <translation>Der LDAP-Filter ist ungültig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter.</source>
        <translation>Korrigieren Sie den Filter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid distinguished name</source>
        <translation>Ungültiger Distinguished Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid distinguished name.</source>
        <translation>Dies ist kein gültiger Distinguished Name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>Prüfen Sie den DN, z. B. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full read needed</source>
        <translation>Vollständiges Lesen erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s change history does not continue from the last read.</source>
        <translation>Der Änderungsverlauf des Domänencontrollers schließt nicht an den letzten Lesevorgang an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent reads the whole directory instead; nothing to do.</source>
        <translation>Der Agent liest stattdessen das gesamte Verzeichnis; Sie müssen nichts tun.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid criteria field</source>
        <translation>Ungültiges Kriterienfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row names a field that is not an LDAP attribute name.</source>
        <translation>Eine Kriterienzeile nennt ein Feld, das kein LDAP-Attributname ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the field from the list, or type an attribute name such as department.</source>
        <translation>Wählen Sie das Feld aus der Liste, oder geben Sie einen Attributnamen wie department ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria value missing</source>
        <translation>Kriterienwert fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row compares a field but has no value to compare with.</source>
        <translation>Eine Kriterienzeile vergleicht ein Feld, hat aber keinen Vergleichswert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value in the row, or remove the row.</source>
        <translation>Geben Sie in der Zeile einen Wert ein, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value not used</source>
        <translation>Wert wird nicht verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;has a value&apos; and &apos;has no value&apos; compare nothing, but the row has a value.</source>
        <translation>„hat einen Wert“ und „hat keinen Wert“ vergleichen nichts, aber die Zeile enthält einen Wert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the value, or choose another relationship.</source>
        <translation>Leeren Sie den Wert, oder wählen Sie einen anderen Vergleich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria rows</source>
        <translation>Keine Kriterienzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import based on criteria is chosen, but there is no criteria row.</source>
        <translation>Import anhand von Kriterien ist gewählt, aber es gibt keine Kriterienzeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row, or choose to import all of them.</source>
        <translation>Fügen Sie eine Zeile hinzu, oder wählen Sie, alle zu importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No domain controller works</source>
        <translation>Kein Domänencontroller funktioniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the domain controllers could be used.</source>
        <translation>Keiner der Domänencontroller konnte verwendet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See each domain controller&apos;s result below.</source>
        <translation>Das Ergebnis für jeden Domänencontroller steht unten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bind account not recognised</source>
        <translation>Bind-Konto nicht erkannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>Geben Sie das Bind-Konto als UPN (benutzer@corp.example.com) oder als Distinguished Name ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example svc-sync@corp.example.com.</source>
        <translation>Zum Beispiel svc-sync@corp.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unencrypted LDAP</source>
        <translation>Unverschlüsseltes LDAP bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>Unverschlüsseltes LDAP überträgt Passwort und Verzeichnisdaten im Klartext.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>Setzen Sie das Bestätigungshäkchen oder wählen Sie LDAPS oder StartTLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA file not found</source>
        <translation>CA-Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file does not exist.</source>
        <translation>Die CA-Zertifikatdatei existiert nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>Wählen Sie eine vorhandene PEM-Datei oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step missing</source>
        <translation>Schritt fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A previous setup step is not complete.</source>
        <translation>Ein vorheriger Einrichtungsschritt ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and complete the previous pages.</source>
        <translation>Gehen Sie zurück und schließen Sie die vorherigen Seiten ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already set up</source>
        <translation>Bereits eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>Dieser Computer hat bereits eine Identity-Connect-Konfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>Öffnen Sie stattdessen die Einstellungen oder entfernen Sie zuerst die Konfiguration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent not running</source>
        <translation>Agent läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service is not running.</source>
        <translation>Der Agent-Dienst läuft nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>Starten Sie ihn erneut; den Grund für das Anhalten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent did not start</source>
        <translation>Agent nicht gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service did not report that it started.</source>
        <translation>Der Agent-Dienst hat seinen Start nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>Wiederholen Sie den Vorgang; tritt es erneut auf, sehen Sie in die Protokolldatei.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keyring not answering</source>
        <translation>Schlüsselbund antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring did not answer in time.</source>
        <translation>Der Schlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (answer its prompt if one is open) or restart the keyring service, then retry.</source>
        <translation>Entsperren Sie den Schlüsselbund (beantworten Sie seine Abfrage, falls eine offen ist) oder starten Sie den Schlüsselbunddienst neu, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Windows DC kit missing</source>
        <translation>Windows-DC-Kit fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer lacks what is copied to a Windows domain controller: the password filter DLL and the DC agent&apos;s runtime (a Windows Python with cryptography).</source>
        <translation>Auf diesem Computer fehlt, was auf einen Windows-Domänencontroller kopiert wird: die DLL des Passwortfilters und die Laufzeitumgebung des DC-Agents (ein Windows-Python mit cryptography).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the Windows DC kit in the folder windows-dc-kit of the configuration folder, or name it with IDENTITY_CONNECT_WINDOWS_DC_KIT.</source>
        <translation>Legen Sie das Windows-DC-Kit im Ordner windows-dc-kit des Konfigurationsordners ab, oder geben Sie seinen Ort mit IDENTITY_CONNECT_WINDOWS_DC_KIT an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not 64-bit Windows</source>
        <translation>Kein 64-Bit-Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter is built for 64-bit Windows only.</source>
        <translation>Den Passwortfilter gibt es nur für 64-Bit-Windows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a domain controller that runs 64-bit Windows.</source>
        <translation>Wählen Sie einen Domänencontroller, auf dem 64-Bit-Windows läuft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMB and WinRM can only be checked with the install account&apos;s login.</source>
        <translation>SMB und WinRM können nur mit der Anmeldung des Installationskontos geprüft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the Domain Admin&apos;s account and password.</source>
        <translation>Prüfen Sie erneut, und geben Sie Konto und Passwort des Domänen-Admins an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that it is running and that File and Printer Sharing is allowed in its firewall from this computer.</source>
        <translation>Prüfen Sie, ob er läuft und ob „Datei- und Druckerfreigabe“ in seiner Firewall für diesen Computer zugelassen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows too old</source>
        <translation>Windows zu alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter and the DC agent need Windows Server 2016 or later on the domain controller.</source>
        <translation>Passwortfilter und DC-Agent benötigen Windows Server 2016 oder neuer auf dem Domänencontroller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the domain controller, or choose another one.</source>
        <translation>Aktualisieren Sie den Domänencontroller, oder wählen Sie einen anderen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong kind of login</source>
        <translation>Falsche Art der Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login given is for another kind of domain controller: SSH for Samba, SMB and WinRM for Windows.</source>
        <translation>Die angegebene Anmeldung gilt für eine andere Art von Domänencontroller: SSH für Samba, SMB und WinRM für Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s operating system in the list, then try again.</source>
        <translation>Prüfen Sie das Betriebssystem des Domänencontrollers in der Liste, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMB cannot be encrypted</source>
        <translation>SMB kann nicht verschlüsselt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not offer SMB 3 encryption, which the install needs to copy the agent&apos;s key.</source>
        <translation>Der Domänencontroller bietet keine SMB-3-Verschlüsselung an, die die Installation braucht, um den Schlüssel des Agents zu kopieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on SMB 3 on the domain controller (Windows Server 2012 or later).</source>
        <translation>Schalten Sie SMB 3 auf dem Domänencontroller ein (Windows Server 2012 oder neuer).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tenant&apos;s password policy refused it</source>
        <extracomment>Why a password change was not accepted (the reasons :func:`app.pwsync.admin.rejection_reason` gives; the terminal&apos;s words are :mod:`app.messages`&apos; ``problem`` texts). ``tenant_refused`` shows the tenant&apos;s own words.</extracomment>
        <translation>Die Passwortrichtlinie des Mandanten hat sie abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC agent&apos;s change did not name its account consistently</source>
        <translation>Die Änderung des DC-Agents hat ihr Konto nicht einheitlich benannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sealed password could not be opened for this account</source>
        <translation>Das versiegelte Passwort konnte für dieses Konto nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change names another account than the directory does</source>
        <translation>Die Änderung nennt ein anderes Konto als das Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account could not be checked against the directory</source>
        <translation>Das Konto konnte nicht mit dem Verzeichnis abgeglichen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not valid text</source>
        <translation>Das Passwort ist kein gültiger Text</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Agent already running</source>
        <translation>Agent läuft bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>Ein anderer Identity-Connect-Agent verwendet bereits diese Konfiguration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other agent first.</source>
        <translation>Schließen Sie zuerst den anderen Agent.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secure storage</source>
        <translation>Kein sicherer Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no usable keyring to store passwords in.</source>
        <translation>Es gibt keinen nutzbaren Schlüsselbund zum Speichern von Passwörtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>Installieren und entsperren Sie unter Linux einen Secret Service (GNOME Keyring oder KWallet); Identity Connect speichert Passwörter nie im Klartext.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring refused</source>
        <translation>Schlüsselbund verweigert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring refused to store or read a secret.</source>
        <translation>Der Schlüsselbund hat das Speichern oder Lesen eines Geheimnisses verweigert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring, then retry.</source>
        <translation>Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Configuration problem</source>
        <translation>Konfigurationsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration file %1 cannot be used.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>Führen Sie die Einrichtung erneut aus oder stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State file damaged</source>
        <translation>Zustandsdatei beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state file %1 is damaged, so the agent does not sync.</source>
        <translation>Die Zustandsdatei %1 des Agents ist beschädigt; der Agent synchronisiert daher nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a backup, or move it aside to start over with a first-run review; then start Identity Connect again.</source>
        <translation>Stellen Sie die Datei aus einer Sicherung wieder her, oder verschieben Sie sie, um mit einer Überprüfung wie beim ersten Lauf neu zu beginnen; starten Sie Identity Connect dann erneut.</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>No run to approve</source>
        <translation>Kein Lauf zum Genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run %1 is waiting for approval.</source>
        <translation>Es wartet kein Lauf %1 auf Genehmigung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the status window to see the run that waits, or start a new sync.</source>
        <translation>Öffnen Sie das Statusfenster, um den wartenden Lauf zu sehen, oder starten Sie eine neue Synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown setting</source>
        <translation>Unbekannte Einstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting %1.</source>
        <translation>Es gibt keine Einstellung %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the setting&apos;s name.</source>
        <translation>Prüfen Sie den Namen der Einstellung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting cannot be changed here</source>
        <translation>Einstellung kann hier nicht geändert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 kann nicht auf diese Weise geändert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the directory connection with Change LDAP settings, and the owner with Change ownership.</source>
        <translation>Ändern Sie die Verzeichnisverbindung mit „LDAP-Einstellungen ändern“ und den Besitzer mit „Besitzer ändern“.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings not valid</source>
        <translation>Einstellungen ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new settings are not valid, so nothing was saved.</source>
        <translation>Die neuen Einstellungen sind ungültig, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the values, then save again.</source>
        <translation>Korrigieren Sie die Werte, und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State from a newer version</source>
        <translation>Zustand aus einer neueren Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state was written by a newer version of Identity Connect.</source>
        <translation>Der Zustand des Agents wurde von einer neueren Version von Identity Connect geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install that version or a later one.</source>
        <translation>Installieren Sie diese oder eine neuere Version.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status file damaged</source>
        <translation>Statusdatei beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status file %1 is damaged.</source>
        <translation>Die Statusdatei %1 ist beschädigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it and start Identity Connect: it writes a new one.</source>
        <translation>Löschen Sie sie, und starten Sie Identity Connect: Es schreibt eine neue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration folder not private</source>
        <translation>Konfigurationsordner nicht privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 belongs to another user or other users may write to it, so Identity Connect refuses to use it.</source>
        <translation>Der Ordner %1 gehört einem anderen Benutzer, oder andere Benutzer dürfen darin schreiben; Identity Connect verwendet ihn daher nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the folder yours and private to you (chmod 700), then start Identity Connect again.</source>
        <translation>Machen Sie sich zum Besitzer des Ordners, und beschränken Sie den Zugriff auf sich selbst (chmod 700); starten Sie Identity Connect dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMB answer</source>
        <translation>Keine SMB-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>The domain controller does not answer on SMB (port 445).</source>
        <translation>Der Domänencontroller antwortet nicht über SMB (Port 445).</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no firewall between blocks port 445.</source>
        <translation>Prüfen Sie, ob er läuft, ob „Datei- und Druckerfreigabe“ in seiner Firewall zugelassen ist und ob keine Firewall dazwischen Port 445 blockiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB login refused</source>
        <translation>SMB-Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the install account&apos;s login (wrong password or unknown account).</source>
        <translation>Der Domänencontroller hat die Anmeldung des Installationskontos abgelehnt (falsches Passwort oder unbekanntes Konto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the user name (DOMAIN\user or user@domain) and the password.</source>
        <translation>Prüfen Sie den Benutzernamen (DOMÄNE\benutzer oder benutzer@domäne) und das Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install account cannot log in</source>
        <translation>Installationskonto kann sich nicht anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is disabled, locked out or expired, or its password must be changed first.</source>
        <translation>Das Installationskonto ist deaktiviert, gesperrt oder abgelaufen, oder sein Passwort muss zuerst geändert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account in Active Directory Users and Computers, or use another one.</source>
        <translation>Korrigieren Sie das Konto in „Active Directory-Benutzer und -Computer“, oder verwenden Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NTLM is blocked</source>
        <translation>NTLM ist gesperrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refuses NTLM logins, which the install uses.</source>
        <translation>Der Domänencontroller lehnt NTLM-Anmeldungen ab, die die Installation verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install the agent on the domain controller by hand.</source>
        <translation>Fügen Sie diesen Computer für die Installation zu den Serverausnahmen der Richtlinie „NTLM einschränken“ hinzu, oder installieren Sie den Agent manuell auf dem Domänencontroller.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB session cannot be signed</source>
        <translation>SMB-Sitzung kann nicht signiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller let the account in only as a guest, or demands encryption this connection cannot give.</source>
        <translation>Der Domänencontroller hat das Konto nur als Gast zugelassen oder verlangt eine Verschlüsselung, die diese Verbindung nicht bieten kann.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the install account and the domain controller&apos;s SMB settings.</source>
        <translation>Prüfen Sie das Installationskonto und die SMB-Einstellungen des Domänencontrollers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Not an administrator of the domain controller</source>
        <translation>Kein Administrator des Domänencontrollers</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The install account logged in but may not open the ADMIN$ share.</source>
        <translation>Das Installationskonto wurde angemeldet, darf aber die Freigabe ADMIN$ nicht öffnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Use a member of Domain Admins.</source>
        <translation>Verwenden Sie ein Mitglied der Domänen-Admins.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No ADMIN$ share</source>
        <translation>Keine ADMIN$-Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares are turned off.</source>
        <translation>Der Domänencontroller hat keine ADMIN$-Freigabe: Er ist kein Windows-Server, oder seine administrativen Freigaben sind ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the administrative shares on (AutoShareServer) for the install.</source>
        <translation>Schalten Sie für die Installation die administrativen Freigaben ein (AutoShareServer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected SMB answer</source>
        <translation>Unerwartete SMB-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.</source>
        <translation>Was auf Port 445 des Domänencontrollers antwortet, ist kein SMB2/3-Server, oder es ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s name. The log file has the details.</source>
        <translation>Prüfen Sie den Namen des Domänencontrollers. Die Protokolldatei enthält die Einzelheiten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No WinRM answer</source>
        <translation>Keine WinRM-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP).</source>
        <translation>Der Domänencontroller antwortet nicht über WinRM (HTTPS-Port 5986 oder 5985 über HTTP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.</source>
        <translation>Schalten Sie die Remoteverwaltung mit einem HTTPS-Listener ein (winrm quickconfig), und lassen Sie den Port in seiner Firewall zu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WinRM certificate not trusted</source>
        <translation>WinRM-Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the domain controller&apos;s WinRM listener is not trusted or is not for this name.</source>
        <translation>Dem Zertifikat des WinRM-Listeners des Domänencontrollers wird nicht vertraut, oder es gilt nicht für diesen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the CA file of the certificate&apos;s issuer, or issue the listener a certificate for the domain controller&apos;s name.</source>
        <translation>Wählen Sie die CA-Datei des Ausstellers des Zertifikats, oder stellen Sie dem Listener ein Zertifikat für den Namen des Domänencontrollers aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WinRM login refused</source>
        <translation>WinRM-Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s WinRM refused the install account&apos;s login.</source>
        <translation>WinRM auf dem Domänencontroller hat die Anmeldung des Installationskontos abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password, and that Negotiate authentication is on for WinRM.</source>
        <translation>Prüfen Sie Benutzername und Passwort und ob die Negotiate-Authentifizierung für WinRM eingeschaltet ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The install account logged in to WinRM but may not use it.</source>
        <translation>Das Installationskonto wurde bei WinRM angemeldet, darf es aber nicht verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected WinRM answer</source>
        <translation>Unerwartete WinRM-Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.</source>
        <translation>Was auf dem WinRM-Port des Domänencontrollers antwortet, ist nicht WinRM, oder es ist ein unerwarteter Fehler aufgetreten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the port and the domain controller&apos;s name. The log file has the details.</source>
        <translation>Prüfen Sie den Port und den Namen des Domänencontrollers. Die Protokolldatei enthält die Einzelheiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system reported: %1.</source>
        <translation>Das Betriebssystem meldete: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check disk space and permissions, then retry.</source>
        <translation>Prüfen Sie Speicherplatz und Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location line="-735"/>
        <source>%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). Nothing was changed.</source>
        <translation>
            <numerusform>%n verwaltetes Objekt (Benutzer oder Gruppe) ist für das Bind-Konto nicht mehr sichtbar (zuletzt gesehen in %1). Es wurde nichts geändert.</numerusform>
            <numerusform>%n verwaltete Benutzer oder Gruppen sind für das Bind-Konto nicht mehr sichtbar (zuletzt gesehen in %1). Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bind account can no longer read %1. Nothing was changed.</source>
        <translation>Das Bind-Konto kann %1 nicht mehr lesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managed users or groups are no longer visible to the bind account, and the directory shows no sign that they were deleted. Nothing was changed. Settings › Review names the OUs.</source>
        <translation>Verwaltete Benutzer oder Gruppen sind für das Bind-Konto nicht mehr sichtbar, und das Verzeichnis zeigt keinen Hinweis darauf, dass sie gelöscht wurden. Es wurde nichts geändert. Unter „Einstellungen › Überprüfen“ werden die OUs genannt.</translation>
    </message>
    <message>
        <location line="+735"/>
        <source>Objects no longer visible</source>
        <translation>Objekte nicht mehr sichtbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the bind account&apos;s read rights on these OUs. Users are disabled or deleted only when the directory shows they were deleted.</source>
        <translation>Prüfen Sie die Leserechte des Bind-Kontos für diese OUs. Benutzer werden nur deaktiviert oder gelöscht, wenn das Verzeichnis zeigt, dass sie gelöscht wurden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent stopped</source>
        <translation>Der Agent wurde beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service stopped because of an unexpected problem.</source>
        <translation>Der Agent-Dienst wurde wegen eines unerwarteten Problems beendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Identity Connect again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Starten Sie Identity Connect erneut. Wenn es wieder auftritt, senden Sie die Protokolldatei an Ihren Support.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please confirm</source>
        <translation>Bitte bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting users in the cloud loses their data for good.</source>
        <translation>Werden Benutzer in der Cloud gelöscht, gehen ihre Daten endgültig verloren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation below the warning, then save again.</source>
        <translation>Setzen Sie das Bestätigungshäkchen unter der Warnung und speichern Sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings do not fit together</source>
        <translation>Einstellungen passen nicht zusammen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Disable” when a user leaves the selected OUs needs status sync set to Reflect.</source>
        <translation>„Benutzer deaktivieren“ beim Verlassen der ausgewählten OUs setzt voraus, dass die Statussynchronisation auf „Spiegeln“ steht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs.</source>
        <translation>Stellen Sie die Statussynchronisation auf „Spiegeln“ oder wählen Sie „Nichts tun“ für Benutzer, die die OUs verlassen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host key not confirmed</source>
        <translation>Hostschlüssel nicht bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s SSH host key was not confirmed, so no login was sent.</source>
        <translation>Der SSH-Hostschlüssel des Domänencontrollers wurde nicht bestätigt, daher wurde keine Anmeldung gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the DC&apos;s own and tick that it matches.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem des DCs selbst, und bestätigen Sie, dass er übereinstimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites not met</source>
        <translation>Voraussetzungen nicht erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not meet every prerequisite, so nothing was installed.</source>
        <translation>Der Domänencontroller erfüllt nicht alle Voraussetzungen, daher wurde nichts installiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rows marked ✗, then try again.</source>
        <translation>Beheben Sie die mit ✗ markierten Zeilen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Domain Admin</source>
        <translation>Kein Domänen-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is not a member of Domain Admins, directly or through a nested group.</source>
        <translation>Das Installationskonto ist weder direkt noch über eine verschachtelte Gruppe Mitglied der Domänen-Admins.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a Domain Admin&apos;s account, or add this one to Domain Admins.</source>
        <translation>Verwenden Sie das Konto eines Domänen-Admins, oder fügen Sie dieses Konto den Domänen-Admins hinzu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account not found</source>
        <translation>Konto nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account was not found in the directory.</source>
        <translation>Das Installationskonto wurde im Verzeichnis nicht gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it as user@domain or DOMAIN\user.</source>
        <translation>Geben Sie es als benutzer@domäne oder DOMÄNE\benutzer an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Domain controller not reachable</source>
        <translation>Domänencontroller nicht erreichbar</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The domain controller does not answer on SSH (port 22).</source>
        <translation>Der Domänencontroller antwortet nicht über SSH (Port 22).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running, that sshd listens and that no firewall blocks the port.</source>
        <translation>Prüfen Sie, ob er läuft, ob sshd lauscht und ob keine Firewall den Port blockiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a DC of this domain</source>
        <translation>Kein DC dieser Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory lists no domain controller by this name.</source>
        <translation>Das Verzeichnis führt keinen Domänencontroller mit diesem Namen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name, or join the computer to the domain as a DC.</source>
        <translation>Prüfen Sie den Namen, oder nehmen Sie den Computer als DC in die Domäne auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+87"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Password capture can only be checked with an SSH login.</source>
        <translation>Die Passwortübernahme kann nur mit einer SSH-Anmeldung geprüft werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the DC&apos;s SSH login.</source>
        <translation>Prüfen Sie erneut, und geben Sie die SSH-Anmeldung des DCs an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the domain controller does not answer.</source>
        <translation>Nicht geprüft, weil der Domänencontroller nicht antwortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it reachable first.</source>
        <translation>Machen Sie ihn zuerst erreichbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator on the DC</source>
        <translation>Kein Administrator auf dem DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH account is neither root nor allowed password-less sudo.</source>
        <translation>Das SSH-Konto ist weder root noch für sudo ohne Passwort berechtigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as root, or give the account sudo without a password.</source>
        <translation>Melden Sie sich als root an, oder erlauben Sie dem Konto sudo ohne Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samba cannot hand over passwords</source>
        <translation>Samba kann keine Passwörter übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba 4.7 or later with &apos;samba-tool user syncpasswords&apos; is needed.</source>
        <translation>Samba 4.7 oder neuer mit „samba-tool user syncpasswords“ wird benötigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Samba on the domain controller.</source>
        <translation>Aktualisieren Sie Samba auf dem Domänencontroller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>python3-gpg missing</source>
        <translation>python3-gpg fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba&apos;s Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps.</source>
        <translation>Dem Python von Samba auf dem DC fehlt das gpg-Modul, daher kann es die gespeicherten Passwörter nicht entschlüsseln.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install python3-gpg on the DC (apt install python3-gpg), then check again.</source>
        <translation>Installieren Sie python3-gpg auf dem DC (apt install python3-gpg), und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>smb.conf not found</source>
        <translation>smb.conf nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s smb.conf is not where Debian and Ubuntu keep it.</source>
        <translation>Die smb.conf des DCs liegt nicht dort, wo Debian und Ubuntu sie ablegen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install with the command line and give its path with --samba-conf.</source>
        <translation>Installieren Sie über die Befehlszeile, und geben Sie ihren Pfad mit --samba-conf an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password capture</source>
        <translation>Keine Passwortübernahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s Samba cannot hand over passwords.</source>
        <translation>Samba auf dem DC kann keine Passwörter übergeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Samba 4.7 or later and python3-gpg on the DC.</source>
        <translation>Installieren Sie Samba 4.7 oder neuer und python3-gpg auf dem DC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH not reachable</source>
        <translation>SSH nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH server cannot be reached.</source>
        <translation>Der SSH-Server des DCs ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it runs and that the port is open from this computer.</source>
        <translation>Prüfen Sie, ob er läuft und ob der Port von diesem Computer aus offen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Different host key</source>
        <translation>Anderer Hostschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH host key is not the one you confirmed, so no login was sent.</source>
        <translation>Der SSH-Hostschlüssel des DCs ist nicht der, den Sie bestätigt haben, daher wurde keine Anmeldung gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the DC&apos;s own before you try again.</source>
        <translation>Vergleichen Sie den Fingerabdruck mit dem des DCs selbst, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the SSH login.</source>
        <translation>Der Domänencontroller hat die SSH-Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the key file or password.</source>
        <translation>Prüfen Sie den Benutzernamen und die Schlüsseldatei bzw. das Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install step failed</source>
        <translation>Installationsschritt fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the install failed on the domain controller.</source>
        <translation>Ein Schritt der Installation ist auf dem Domänencontroller fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the log for the step and the DC&apos;s answer, fix it there and install again.</source>
        <translation>Das Protokoll nennt den Schritt und die Antwort des DCs; beheben Sie es dort, und installieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+30"/>
        <source>Store passwords in the keyring</source>
        <translation>Passwörter im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the agent with your tenant</source>
        <translation>Agent bei Ihrem Mandanten registrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the agent service</source>
        <translation>Agent-Dienst starten</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>Einstellungen werden gespeichert, der Agent wird registriert und gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the installation</source>
        <translation>Installation wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect ist installiert und läuft. Klicken Sie auf „Abschließen“; der Agent läuft im Hintergrund weiter und zeigt seinen Status im Infobereich oder in seinem Statusfenster.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64"/>
        <location line="+60"/>
        <source>Key format is valid (tenant: %1).</source>
        <translation>Schlüsselformat ist gültig (Mandant: %1).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Key accepted by %1.</source>
        <translation>Schlüssel von %1 akzeptiert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Installation key</source>
        <translation>Installationsschlüssel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Paste the installation key you created in your tenant&apos;s admin console (Directory &gt; Agents).</source>
        <translation>Fügen Sie den Installationsschlüssel ein, den Sie in der Verwaltungskonsole Ihres Mandanten erstellt haben (Verzeichnis &gt; Agents).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation &amp;key:</source>
        <translation>Installations&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with your tenant…</source>
        <translation>Schlüssel wird beim Mandanten geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checking the key</source>
        <translation>Schlüsselprüfung wiederholen</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61"/>
        <source>This language&apos;s translation files are missing.</source>
        <translation>Die Übersetzungsdateien dieser Sprache fehlen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Identity Connect</source>
        <translation>Willkommen bei Identity Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>Dieser Assistent verbindet Ihr Active Directory mit Ihrem Cloud-Verzeichnis. Wählen Sie Ihre Sprache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LdapSettingsPage</name>
    <message>
        <location filename="../ui/settings/pages_directory.py" line="+55"/>
        <source>Change LDAP settings</source>
        <translation>LDAP-Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: %2</source>
        <comment>a domain controller, then one check made on it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection check passed with the trusted CA. Save to store the change.</source>
        <translation>Die Verbindungsprüfung mit der vertrauenswürdigen CA war erfolgreich. Speichern Sie, um die Änderung zu übernehmen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change how the agent reaches the directory. Leave the password empty to keep the stored one. Save checks the connection first and stores nothing unless every check passes; the running agent then reconnects without a restart.</source>
        <translation>Ändern Sie, wie der Agent das Verzeichnis erreicht. Lassen Sie das Passwort leer, um das gespeicherte beizubehalten. „Speichern“ prüft zuerst die Verbindung und speichert nur, wenn alle Prüfungen bestanden sind; der laufende Agent verbindet sich dann ohne Neustart neu.</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+41"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect ist freie Software. Bitte lesen und akzeptieren Sie die Lizenz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence online:</source>
        <translation>Lizenz online:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence address</source>
        <translation>Lizenzadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the licence address</source>
        <translation>Lizenzadresse kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the licence terms</source>
        <translation>Ich &amp;akzeptiere die Lizenzbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I accept the licence terms</source>
        <translation>Ich akzeptiere die Lizenzbedingungen</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/status/logs.py" line="+92"/>
        <source>The log is empty so far.</source>
        <translation>Das Protokoll ist noch leer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identity Connect — Log</source>
        <translation>Identity Connect — Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Protokolldatei: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent log (read-only)</source>
        <translation>Agent-Protokoll (schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the log again</source>
        <translation>Protokoll neu einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log &amp;folder</source>
        <translation>Protokoll&amp;ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the log folder in the file manager</source>
        <translation>Protokollordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/settings/pages_mapping.py" line="+113"/>
        <source>Mapping</source>
        <extracomment>SCIM attributes offered for mapping (each may be left unmapped, except userName / displayName).</extracomment>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the directory&apos;s attributes…</source>
        <translation>Attribute des Verzeichnisses werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n attribute(s) available in the directory.</source>
        <translation>
            <numerusform>%n Attribut im Verzeichnis verfügbar.</numerusform>
            <numerusform>%n Attribute im Verzeichnis verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Directory attribute for %1</source>
        <translation>Verzeichnisattribut für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;User mapping</source>
        <translation>&amp;Benutzerzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group mapping</source>
        <translation>&amp;Gruppenzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all, mapped or unmapped attributes</source>
        <translation>Alle, zugeordnete oder nicht zugeordnete Attribute anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud attribute (SCIM)</source>
        <translation>Cloud-Attribut (SCIM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory attribute</source>
        <translation>Verzeichnisattribut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute mapping</source>
        <translation>Attributzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Vorschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the suggested mapping for unmapped attributes</source>
        <translation>Vorgeschlagene Zuordnung für nicht zugeordnete Attribute eintragen</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../ui/settings/pages_owner.py" line="+50"/>
        <source>Change ownership</source>
        <translation>Besitzer ändern</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 now owns this agent; the previous owner was released.</source>
        <translation>%1 ist jetzt Besitzer dieses Agents; die Zuordnung zum bisherigen Besitzer wurde aufgehoben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This agent is owned by %1. Another admin of the tenant can take it over by signing in here.</source>
        <translation>Besitzer dieses Agents ist %1. Ein anderer Administrator des Mandanten kann ihn übernehmen, indem er sich hier anmeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in as the new owner…</source>
        <translation>Als neuer Besitzer &amp;anmelden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new owner&apos;s sign-in</source>
        <translation>Anmeldung des neuen Besitzers starten</translation>
    </message>
</context>
<context>
    <name>PasswordSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+437"/>
        <source>Password sync</source>
        <extracomment>Where Samba is on the DCs; the defaults fit Debian&apos;s and Ubuntu&apos;s packages (the command line has options for other layouts). Where each DC&apos;s SSH server answers, when not on its own name. Windows DCs: where SMB and WinRM answer, when not on the DC&apos;s own name; the kit copied to them (None: the default place, :func:`app.pwsync.admin.kit_dir`).</extracomment>
        <translation>Passwortsynchronisation</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</source>
        <translation>
            <numerusform>%n Passwortänderung wurde von der Cloud nicht angenommen. Sie wurde einmal abgelehnt und wird nicht erneut gesendet; die nächste Passwortänderung des Benutzers schon.</numerusform>
            <numerusform>%n Passwortänderungen wurden von der Cloud nicht angenommen. Jede wurde einmal abgelehnt und wird nicht erneut gesendet; die nächste Passwortänderung des Benutzers schon.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install initiated</source>
        <translation>Installation eingeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed, not connected yet</source>
        <translation>Installiert, noch nicht verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed; restart the DC</source>
        <translation>Installiert; DC neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed; restart Samba on the DC</source>
        <translation>Installiert; Samba auf dem DC neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall initiated</source>
        <translation>Deinstallation eingeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstalled</source>
        <translation>Deinstalliert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install failed: %1</source>
        <translation>Installation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking prerequisites…</source>
        <translation>Voraussetzungen werden geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the DC&apos;s key…</source>
        <translation>Schlüssel des DCs wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuring Samba…</source>
        <translation>Samba wird konfiguriert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the agent…</source>
        <translation>Agent wird kopiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the agent…</source>
        <translation>Agent wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation>Wird neu gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the agent…</source>
        <translation>Agent wird entfernt…</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Install account is a Domain Admin</source>
        <translation>Installationskonto ist Domänen-Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC answers on SSH</source>
        <translation>DC antwortet über SSH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DC answers on SMB</source>
        <translation>DC antwortet über SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC belongs to this domain</source>
        <translation>DC gehört zu dieser Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC runs a Windows the password filter supports</source>
        <translation>Auf dem DC läuft ein vom Passwortfilter unterstütztes Windows</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC can capture password changes</source>
        <translation>DC kann Passwortänderungen übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows DC kit is on this computer</source>
        <translation>Das Windows-DC-Kit ist auf diesem Computer vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account opens ADMIN$ over SMB</source>
        <translation>Installationskonto öffnet ADMIN$ über SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account runs PowerShell over WinRM</source>
        <translation>Installationskonto führt PowerShell über WinRM aus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 meets every prerequisite.</source>
        <translation>%1 erfüllt alle Voraussetzungen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restart %1 so Windows loads (or lets go of) the password filter.</source>
        <translation>Starten Sie %1 neu, damit Windows den Passwortfilter lädt (bzw. freigibt).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Samba on %1 (systemctl restart samba-ad-dc) so it keeps passwords for capture.</source>
        <translation>Starten Sie Samba auf %1 neu (systemctl restart samba-ad-dc), damit es Passwörter für die Übernahme aufbewahrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a user changes their password in the directory, the cloud account gets the same password within seconds. An agent on each chosen domain controller sends the change; the password exists only in memory on its way.</source>
        <translation>Wenn ein Benutzer sein Passwort im Verzeichnis ändert, erhält das Cloud-Konto innerhalb von Sekunden dasselbe Passwort. Ein Agent auf jedem ausgewählten Domänencontroller sendet die Änderung; das Passwort existiert unterwegs nur im Arbeitsspeicher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on password sync</source>
        <translation>Passwortsynchronisation &amp;einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on password sync</source>
        <translation>Passwortsynchronisation einschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Domäne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain (from the LDAP settings)</source>
        <translation>Domäne (aus den LDAP-Einstellungen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controller agents reach this agent at %1.</source>
        <translation>Die Agents auf den Domänencontrollern erreichen diesen Agent unter %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controllers</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers: tick the ones that run a password-sync agent</source>
        <translation>Domänencontroller: Markieren Sie die, auf denen ein Agent für Passwortsynchronisation läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the &amp;list again</source>
        <translation>Liste neu &amp;lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the domain controllers from the directory again</source>
        <translation>Domänencontroller erneut aus dem Verzeichnis lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install &amp;account (AD):</source>
        <translation>Installations&amp;konto (AD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user@domain, to check Domain Admins membership</source>
        <translation>benutzer@domäne, um die Mitgliedschaft bei den Domänen-Admins zu prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account to check for Domain Admins membership</source>
        <translation>Installationskonto, dessen Mitgliedschaft bei den Domänen-Admins geprüft wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check prerequisites</source>
        <translation>&amp;Voraussetzungen prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prerequisites of the selected domain controller</source>
        <translation>Voraussetzungen des ausgewählten Domänencontrollers prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install…</source>
        <translation>&amp;Installieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the password-sync agent on the selected domain controller</source>
        <translation>Agent für Passwortsynchronisation auf dem ausgewählten Domänencontroller installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uninstall…</source>
        <translation>Deins&amp;tallieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the password-sync agent from the selected domain controller</source>
        <translation>Agent für Passwortsynchronisation vom ausgewählten Domänencontroller entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisite</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found, or what to do</source>
        <translation>Befund oder Abhilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites of the selected domain controller</source>
        <translation>Voraussetzungen des ausgewählten Domänencontrollers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync message</source>
        <translation>Meldung der Passwortsynchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted by the cloud</source>
        <translation>Von der Cloud nicht angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept</source>
        <translation>Passwortänderungen, die die Cloud nicht angenommen hat</translation>
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
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant address</source>
        <translation>Mandantenadresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installation key</source>
        <translation>Installationsschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account</source>
        <translation>Bind-Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System trust store</source>
        <translation>Zertifikatspeicher des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/pages_review.py" line="+162"/>
        <location filename="../ui/wizard/pages_install.py" line="+11"/>
        <source>Review</source>
        <extracomment>Tabs: name, the object kind shown (None: users and groups), the categories shown.</extracomment>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A sync stopped because managed users are no longer visible to the bind account. Check its read rights; approve only if they were deleted (they are then disabled, never deleted).</source>
        <translation>Eine Synchronisation wurde angehalten, weil verwaltete Benutzer für das Bind-Konto nicht mehr sichtbar sind. Prüfen Sie seine Leserechte; genehmigen Sie nur, wenn die Benutzer gelöscht wurden (sie werden dann deaktiviert, nie gelöscht).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the plan…</source>
        <translation>Plan wird ermittelt…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing will be written.</source>
        <translation>Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the whole domain. No OU is selected, so every user and group the bind account can read is in scope. Go back and choose OUs in Sync scope to narrow it.</source>
        <translation>Bereich: die gesamte Domäne. Es ist keine OU ausgewählt, daher sind alle Benutzer und Gruppen im Bereich, die das Bind-Konto lesen kann. Gehen Sie zurück, und wählen Sie unter „Synchronisationsbereich“ OUs aus, um ihn einzugrenzen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the selected OUs.</source>
        <translation>Bereich: die ausgewählten OUs.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n user(s) will be created</source>
        <translation>
            <numerusform>%n Benutzer wird erstellt</numerusform>
            <numerusform>%n Benutzer werden erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be updated</source>
        <translation>
            <numerusform>%n Benutzer wird aktualisiert</numerusform>
            <numerusform>%n Benutzer werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be activated</source>
        <translation>
            <numerusform>%n Benutzer wird aktiviert</numerusform>
            <numerusform>%n Benutzer werden aktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be disabled</source>
        <translation>
            <numerusform>%n Benutzer wird deaktiviert</numerusform>
            <numerusform>%n Benutzer werden deaktiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be deleted</source>
        <translation>
            <numerusform>%n Benutzer wird gelöscht</numerusform>
            <numerusform>%n Benutzer werden gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be created</source>
        <translation>
            <numerusform>%n Gruppe wird erstellt</numerusform>
            <numerusform>%n Gruppen werden erstellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be updated</source>
        <translation>
            <numerusform>%n Gruppe wird aktualisiert</numerusform>
            <numerusform>%n Gruppen werden aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be deleted</source>
        <translation>
            <numerusform>%n Gruppe wird gelöscht</numerusform>
            <numerusform>%n Gruppen werden gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly the ones listed, no others.</source>
        <translation>
            <numerusform>%n Deaktivierung oder Löschung: mehr, als die Sicherheitsschwelle zulässt. „Abschließen“ genehmigt genau die aufgeführte, keine andere.</numerusform>
            <numerusform>%n Deaktivierungen und Löschungen: mehr, als die Sicherheitsschwelle zulässt. „Abschließen“ genehmigt genau die aufgeführten, keine anderen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n disable(s) and deletion(s): within the safety threshold.</source>
        <translation>
            <numerusform>%n Deaktivierung oder Löschung: innerhalb der Sicherheitsschwelle.</numerusform>
            <numerusform>%n Deaktivierungen und Löschungen: innerhalb der Sicherheitsschwelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applied. The run&apos;s results are in the status window.</source>
        <translation>Angewendet. Die Ergebnisse des Laufs finden Sie im Statusfenster.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Run approved and applied.</source>
        <translation>Lauf genehmigt und angewendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run rejected; nothing was changed.</source>
        <translation>Lauf abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New users</source>
        <translation>Neue Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users to update</source>
        <translation>Zu aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for activation / disable</source>
        <translation>Statusänderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer visible to the bind account (deleted, or its read rights changed)</source>
        <translation>Für das Bind-Konto nicht mehr sichtbar (gelöscht, oder seine Leserechte wurden geändert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in the selected OUs</source>
        <translation>Neu in den ausgewählten OUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the cloud, still in the directory</source>
        <translation>In der Cloud gelöscht, im Verzeichnis noch vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched an existing cloud user by user name</source>
        <translation>Über den Benutzernamen einem vorhandenen Cloud-Benutzer zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>Attribute geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members changed</source>
        <translation>Mitglieder geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled in the directory</source>
        <translation>Im Verzeichnis aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled in the directory</source>
        <translation>Im Verzeichnis deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the selected OUs or criteria</source>
        <translation>Ausgewählte OUs verlassen oder Kriterien nicht mehr erfüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the directory</source>
        <translation>Im Verzeichnis gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s owner is never disabled or deleted</source>
        <translation>Der Besitzer des Agents wird nie deaktiviert oder gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope (no longer managed)</source>
        <translation>Außerhalb des Bereichs (nicht mehr verwaltet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the sync criteria</source>
        <translation>Erfüllt die Synchronisationskriterien nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name in the directory</source>
        <translation>Kein Benutzername im Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name used by another user</source>
        <translation>Benutzername wird von einem anderen Benutzer verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud user belongs to another directory object</source>
        <translation>Der Cloud-Benutzer gehört zu einem anderen Verzeichnisobjekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync is “Do nothing”</source>
        <translation>Statussynchronisation steht auf „Nichts tun“</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work out the current plan</source>
        <translation>Aktuellen Plan ermitteln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name / attribute</source>
        <translation>Name / Attribut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change / old value</source>
        <translation>Änderung / alter Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / new value</source>
        <translation>Grund / neuer Wert</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>A sync stopped before disabling or deleting more users than the safety threshold allows.</source>
        <translation>Eine Synchronisation wurde angehalten, bevor sie mehr Benutzer deaktiviert oder gelöscht hätte, als die Sicherheitsschwelle zulässt.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>AD system object</source>
        <translation>AD-Systemobjekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See what a sync would do now and untick what must not be written, then Add and Continue.</source>
        <translation>Sehen Sie, was eine Synchronisation jetzt tun würde, und entfernen Sie die Häkchen bei allem, was nicht geschrieben werden darf; klicken Sie dann auf „Hinzufügen und weiter“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scope is the whole domain: no OU is selected, so every user and group the bind account can read is synced (AD system objects excepted). Choose OUs in Sync scope to narrow it.</source>
        <translation>Der Bereich ist die gesamte Domäne: Es ist keine OU ausgewählt, daher werden alle Benutzer und Gruppen synchronisiert, die das Bind-Konto lesen kann (ausgenommen AD-Systemobjekte). Wählen Sie unter „Synchronisationsbereich“ OUs aus, um ihn einzugrenzen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finish writes exactly this to the cloud directory:</source>
        <translation>„Abschließen“ schreibt genau dies in das Cloud-Verzeichnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of what will be written</source>
        <translation>Zusammenfassung dessen, was geschrieben wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and &amp;Continue</source>
        <translation>Hinzufügen und &amp;weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a summary of the ticked changes before writing</source>
        <translation>Vor dem Schreiben eine Zusammenfassung der markierten Änderungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of changes</source>
        <translation>Zurück zur Liste der Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the ticked changes to the cloud directory</source>
        <translation>Die markierten Änderungen in das Cloud-Verzeichnis schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appro&amp;ve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the stopped run</source>
        <translation>Angehaltenen Lauf genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the stopped run</source>
        <translation>Angehaltenen Lauf ablehnen</translation>
    </message>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+2"/>
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>Prüfen Sie die Einstellungen. Mit „Zurück“ können Sie alles ändern; „Installieren“ richtet den Agent ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the settings</source>
        <translation>Zusammenfassung der Einstellungen</translation>
    </message>
</context>
<context>
    <name>RunDetailsDialog</name>
    <message>
        <location filename="../ui/status/window.py" line="+140"/>
        <source>Export run as CSV</source>
        <extracomment>The tray icon / status badge for each state of the agent. How many of the changes the cloud did not accept are listed (the newest).</extracomment>
        <translation>Lauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n Objekt exportiert.</numerusform>
            <numerusform>%n Objekte exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Started %1 — %n object(s)</source>
        <translation>
            <numerusform>Gestartet: %1 — %n Objekt</numerusform>
            <numerusform>Gestartet: %1 — %n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this run&apos;s outcomes as CSV</source>
        <translation>Ergebnisse dieses Laufs als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-object outcomes</source>
        <translation>Ergebnisse je Objekt</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/pages_schedule.py" line="+61"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Run:</source>
        <translation>&amp;Ausführung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;weekday:</source>
        <translation>&amp;Wochentag:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;day of the month:</source>
        <translation>&amp;Tag im Monat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month</source>
        <translation>Tag im Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run:</source>
        <translation>Nächste Ausführung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are this computer&apos;s local time. A day after the end of a shorter month runs on its last day.</source>
        <translation>Alle Zeiten in der Ortszeit dieses Computers. Hat ein Monat weniger Tage als gewählt, wird am letzten Tag des Monats ausgeführt.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../ui/settings/pages_scope.py" line="+146"/>
        <source>Sync scope</source>
        <translation>Synchronisationsbereich</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the OU tree…</source>
        <translation>OU-Struktur wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n OU(s) directly below the base DN; open one to read what is below it.</source>
        <translation>
            <numerusform>%n OU direkt unter dem Basis-DN; öffnen Sie sie, um zu lesen, was darunter liegt.</numerusform>
            <numerusform>%n OUs direkt unter dem Basis-DN; öffnen Sie eine, um zu lesen, was darunter liegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+184"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 is no longer in the directory. Reload the tree to see the current OUs.</source>
        <translation>%1 ist nicht mehr im Verzeichnis. Laden Sie die Baumansicht neu, um die aktuellen OUs zu sehen.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No custom query: every user in the chosen OUs is in scope.</source>
        <translation>Keine eigene Abfrage: Alle Benutzer in den gewählten OUs sind im Bereich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid LDAP query.</source>
        <translation>Gültige LDAP-Abfrage.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the query first.</source>
        <translation>Korrigieren Sie zuerst die Abfrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s) in scope.</source>
        <translation>
            <numerusform>%n Benutzer im Bereich.</numerusform>
            <numerusform>%n Benutzer im Bereich.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisational units (tick the ones to sync, with everything below):</source>
        <translation>Organisationseinheiten (markieren Sie die zu synchronisierenden, jeweils mit allem darunter):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU tree</source>
        <translation>OU-Struktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the OU tree again</source>
        <translation>OU-Struktur neu einlesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs:</source>
        <translation>Gewählte OUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs</source>
        <translation>Gewählte OUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected OU from the scope</source>
        <translation>Ausgewählte OU aus dem Bereich entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types</source>
        <translation>Objekttypen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;groups</source>
        <translation>S&amp;icherheitsgruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AD system objects (left out unless chosen)</source>
        <translation>AD-Systemobjekte (nur wenn ausgewählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync AD&apos;s built-in &amp;accounts (Administrator, Guest, krbtgt, …)</source>
        <translation>Integrierte AD-&amp;Konten synchronisieren (Administrator, Gast, krbtgt, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync AD&apos;s built-in gr&amp;oups (Domain Admins, Administrators, Domain Users, …)</source>
        <translation>Integrierte AD-Gr&amp;uppen synchronisieren (Domänen-Admins, Administratoren, Domänen-Benutzer, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP &amp;query (optional, combined with the OUs):</source>
        <translation>Benutzerdefinierte LDAP-&amp;Abfrage (optional, mit den OUs kombiniert):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP query</source>
        <translation>Benutzerdefinierte LDAP-Abfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count users in scope</source>
        <translation>Benutzer im Bereich zä&amp;hlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the users in scope now</source>
        <translation>Benutzer im Bereich jetzt zählen</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings/window.py" line="+255"/>
        <source>Saved. The agent uses the new settings from now on.</source>
        <translation>Gespeichert. Der Agent verwendet ab sofort die neuen Einstellungen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Identity Connect — Settings</source>
        <translation>Identity Connect — Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page</source>
        <translation>Diese Seite speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this page&apos;s unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen dieser Seite verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+340"/>
        <source>Identity Connect setup</source>
        <extracomment>What the pages after the licence are made of, and through them the network stack (httpx, ldap3, keyring, cryptography, the pydantic models, qrcode): none of it is needed to paint the language page. How often the GUI thread looks whether the background imports have ended (they take a second or so).</extracomment>
        <translation>Identity Connect einrichten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>Ein Administrator Ihrer Organisation genehmigt diesen Agent, indem er sich anmeldet.</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39"/>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This administrator will own the agent.</source>
        <translation>Dieser Administrator wird Besitzer des Agents.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>Prüfen Sie, ob dies das gewünschte Konto ist, und fahren Sie dann mit der Verbindung zu Ihrem Verzeichnis fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="-758"/>
        <source>Choose the SSH private key</source>
        <translation>SSH-Privatschlüssel auswählen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH login for %1</source>
        <translation>SSH-Anmeldung für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this fingerprint of %1&apos;s SSH host key with the DC&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the DC). The login is used for this action only and is not stored.</source>
        <translation>Vergleichen Sie diesen Fingerabdruck des SSH-Hostschlüssels von %1 mit dem des DCs selbst (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub auf dem DC). Die Anmeldung wird nur für diese Aktion verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host key:</source>
        <translation>Hostschlüssel:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH host key fingerprint</source>
        <translation>Fingerabdruck des SSH-Hostschlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;fingerprint matches the DC&apos;s own</source>
        <translation>Der &amp;Fingerabdruck stimmt mit dem des DCs überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint matches the DC&apos;s own</source>
        <translation>Der Fingerabdruck stimmt mit dem des DCs überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (or give a password)</source>
        <translation>Privatschlüsseldatei (oder ein Passwort angeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH private key file</source>
        <translation>SSH-Privatschlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the SSH private key file</source>
        <translation>SSH-Privatschlüsseldatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Samba on the DC if the install needs it</source>
        <translation>Samba auf dem DC bei Bedarf &amp;neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Samba on the DC if the install needs it</source>
        <translation>Samba auf dem DC neu starten, wenn die Installation es erfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>Anmelden und fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/status/window.py" line="+335"/>
        <source>Not accepted by the cloud: %1</source>
        <translation>Von der Cloud nicht angenommene Passwortänderungen: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the directory and the tenant…</source>
        <translation>Verzeichnis und Mandant werden gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out the changes…</source>
        <translation>Änderungen werden ermittelt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes…</source>
        <translation>Änderungen werden angewendet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with errors</source>
        <translation>Mit Fehlern abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Waiting for review</source>
        <translation>Wartet auf Überprüfung</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Syncing…</source>
        <translation>Synchronisation läuft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync is healthy.</source>
        <translation>Die Synchronisation funktioniert einwandfrei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: the first sync is waiting for your review in Settings › Review.</source>
        <translation>Aktion erforderlich: Die erste Synchronisation wartet unter „Einstellungen › Überprüfen“ auf Ihre Prüfung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: managed users are no longer visible to the bind account, so the sync stopped before writing. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>Aktion erforderlich: Verwaltete Benutzer sind für das Bind-Konto nicht mehr sichtbar, daher wurde die Synchronisation vor dem Schreiben angehalten. Prüfen Sie die Leserechte des Bind-Kontos; unter „Einstellungen › Überprüfen“ werden die OUs genannt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention: a sync stopped before disabling or deleting more users than the safety threshold allows. Approve or reject it in Settings › Review.</source>
        <translation>Aktion erforderlich: Eine Synchronisation wurde angehalten, bevor sie mehr Benutzer deaktiviert oder gelöscht hätte, als die Sicherheitsschwelle zulässt. Genehmigen oder lehnen Sie sie unter „Einstellungen › Überprüfen“ ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent service is not running.</source>
        <translation>Der Agent-Dienst läuft nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation>Aktion erforderlich:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention.</source>
        <translation>Aktion erforderlich.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted users are found by a check every %n minute(s): the bind account may not read deleted objects (admin guide: “How deletions are found”).</source>
        <translation>
            <numerusform>Gelöschte Benutzer werden durch eine Prüfung im Abstand von %n Minute gefunden: Das Bind-Konto darf gelöschte Objekte nicht lesen (Administratorhandbuch: „Wie Löschungen gefunden werden“).</numerusform>
            <numerusform>Gelöschte Benutzer werden durch eine Prüfung im Abstand von %n Minuten gefunden: Das Bind-Konto darf gelöschte Objekte nicht lesen (Administratorhandbuch: „Wie Löschungen gefunden werden“).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 for changes regularly (it sends no change notifications).</source>
        <translation>%1 wird regelmäßig auf Änderungen geprüft (es sendet keine Änderungsbenachrichtigungen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching %1 for changes.</source>
        <translation>%1 wird auf Änderungen überwacht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not watching for changes (turned off): changes sync at the scheduled time.</source>
        <translation>Keine Überwachung auf Änderungen (ausgeschaltet): Änderungen werden zur geplanten Zeit synchronisiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain controller ended the change notifications; reconnecting.</source>
        <translation>Der Domänencontroller hat die Änderungsbenachrichtigungen beendet; Verbindung wird wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not watching for changes: %1 Reconnecting.</source>
        <translation>Keine Überwachung auf Änderungen: %1 Verbindung wird wiederhergestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Sekunde vor.</numerusform>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Sekunden vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Minute vor.</numerusform>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Minuten vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Sekunde nach.</numerusform>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Sekunden nach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Minute nach.</numerusform>
            <numerusform>Prüfen Sie Systemdatum und -uhrzeit: Die Uhr dieses Computers geht gegenüber der des Mandanten %n Minuten nach.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the system date and time (no clock difference detected so far).</source>
        <translation>Prüfen Sie Systemdatum und -uhrzeit (bisher keine Zeitabweichung festgestellt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the owner&apos;s sign-in (%1) is still valid; if not, use Change ownership.</source>
        <translation>Prüfen Sie, ob die Anmeldung des Besitzers (%1) noch gültig ist; falls nicht, verwenden Sie „Besitzer ändern“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the owner&apos;s sign-in is still valid; if not, use Change ownership.</source>
        <translation>Prüfen Sie, ob die Anmeldung des Besitzers noch gültig ist; falls nicht, verwenden Sie „Besitzer ändern“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the network, proxy and firewall between this computer and the tenant.</source>
        <translation>Prüfen Sie Netzwerk, Proxy und Firewall zwischen diesem Computer und dem Mandanten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the agent service is running (the tray icon, or identity-connect-agent status).</source>
        <translation>Prüfen Sie, ob der Agent-Dienst läuft (Symbol im Infobereich oder identity-connect-agent status).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not installed</source>
        <translation>Nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity Connect — Status</source>
        <translation>Identity Connect — Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name:</source>
        <translation>Gerätename:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version:</source>
        <translation>Agent-Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers:</source>
        <translation>Domänencontroller:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Besitzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>Letzte erfolgreiche Synchronisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled run:</source>
        <translation>Nächster geplanter Lauf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Troubleshooting</source>
        <translation>Fehlerbehebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Last runs</source>
        <translation>Letzte Läufe</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected run&apos;s per-object outcomes</source>
        <translation>Ergebnisse je Objekt für den ausgewählten Lauf öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected run as CSV</source>
        <translation>Ausgewählten Lauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents</source>
        <translation>Agents für Passwortsynchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last password delivered</source>
        <translation>Letzte Passwortzustellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents per domain controller</source>
        <translation>Agents für Passwortsynchronisation je Domänencontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password sync agent has been reported by the tenant.</source>
        <translation>Der Mandant hat keinen Agent für Passwortsynchronisation gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept, newest first</source>
        <translation>Passwortänderungen, die die Cloud nicht angenommen hat, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review now…</source>
        <translation>&amp;Jetzt überprüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the run that waits for you in Settings</source>
        <translation>Den Lauf überprüfen, der in den Einstellungen auf Sie wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>&amp;Protokolle anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View logs</source>
        <translation>Protokolle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent and quit</source>
        <translation>Agent anhalten und beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Synchronisationsfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent state</source>
        <translation>Agent-Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit Identity Connect</source>
        <translation>Identity Connect beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent? Sync stops until Identity Connect is started again.</source>
        <translation>Agent anhalten? Die Synchronisation ruht, bis Identity Connect wieder gestartet wird.</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../ui/tray/app.py" line="+234"/>
        <source>Created %1, updated %2, disabled %3, deleted %4.</source>
        <extracomment>Whether Quit ends the application itself (QCoreApplication.quit) after sig_finished. A caller that drives the loop with run_until_complete sets this False and ends on sig_finished instead.</extracomment>
        <translation>Erstellt: %1, aktualisiert: %2, deaktiviert: %3, gelöscht: %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n object(s) failed; see the run in the status window.</source>
        <translation>
            <numerusform>%n Objekt fehlgeschlagen; Details zum Lauf im Statusfenster.</numerusform>
            <numerusform>%n Objekte fehlgeschlagen; Details zum Lauf im Statusfenster.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Synchronisation abgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync waits for your review</source>
        <translation>Synchronisation wartet auf Ihre Überprüfung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync did not complete</source>
        <translation>Synchronisation nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was changed. Approve or reject it in Settings › Review.</source>
        <translation>Es wurde nichts geändert. Genehmigen oder lehnen Sie sie unter „Einstellungen › Überprüfen“ ab.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Sync waits for approval</source>
        <translation>Synchronisation wartet auf Genehmigung</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open Settings › Review, choose what to write, then Add and Continue and Finish.</source>
        <translation>Öffnen Sie „Einstellungen › Überprüfen“, wählen Sie aus, was geschrieben werden soll, und klicken Sie dann auf „Hinzufügen und weiter“ und „Abschließen“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Managed users are no longer visible to the bind account, and the directory shows no sign they were deleted. Nothing was changed. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>Verwaltete Benutzer sind für das Bind-Konto nicht mehr sichtbar, und das Verzeichnis zeigt keinen Hinweis darauf, dass sie gelöscht wurden. Es wurde nichts geändert. Prüfen Sie die Leserechte des Bind-Kontos; unter „Einstellungen › Überprüfen“ werden die OUs genannt.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The sync would disable %n user(s).</source>
        <translation>
            <numerusform>Die Synchronisation würde %n Benutzer deaktivieren.</numerusform>
            <numerusform>Die Synchronisation würde %n Benutzer deaktivieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It would delete %n user(s).</source>
        <translation>
            <numerusform>Sie würde %n Benutzer löschen.</numerusform>
            <numerusform>Sie würde %n Benutzer löschen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is more than the safety threshold allows.</source>
        <translation>Das ist mehr, als die Sicherheitsschwelle zulässt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected from the tenant</source>
        <translation>Verbindung zum Mandanten getrennt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>Synchronisation läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Aktion erforderlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status…</source>
        <translation>&amp;Status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;ownership…</source>
        <translation>Besitzer ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;LDAP settings…</source>
        <translation>&amp;LDAP-Einstellungen ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>&amp;Protokolle anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect menu</source>
        <translation>Identity-Connect-Menü</translation>
    </message>
</context>
<context>
    <name>TrustCaDialog</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+45"/>
        <source>Trust this certificate authority?</source>
        <translation>Dieser Zertifizierungsstelle vertrauen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent the certificate of the authority (CA) that issued its own certificate:</source>
        <translation>%1 hat das Zertifikat der Zertifizierungsstelle (CA) gesendet, die sein eigenes Zertifikat ausgestellt hat:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the SHA-256 fingerprint with the one your CA&apos;s administrator gives you (on the CA: certutil -ca.cert ca.cer, then certutil -hashfile ca.cer SHA256). Trust it only if they match: the agent will then accept every directory certificate this CA issues, for this agent only.</source>
        <translation>Vergleichen Sie den SHA-256-Fingerabdruck mit dem, den Ihnen der Administrator Ihrer CA nennt (auf der CA: certutil -ca.cert ca.cer, dann certutil -hashfile ca.cer SHA256). Vertrauen Sie ihr nur, wenn beide übereinstimmen: Der Agent akzeptiert dann jedes Verzeichniszertifikat, das diese CA ausstellt – nur für diesen Agent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust this CA</source>
        <translation>Dieser CA &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate authority for this agent</source>
        <translation>Dieser Zertifizierungsstelle für diesen Agent vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not trust this certificate authority</source>
        <translation>Dieser Zertifizierungsstelle nicht vertrauen</translation>
    </message>
</context>
<context>
    <name>UserSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_user_sync.py" line="+104"/>
        <source>User sync settings</source>
        <translation>Benutzersynchronisation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This tenant does not say that it sends these mails (it does not advertise the Identity-Connect-Provisioning header), so probably nobody receives them. Hand out passwords and welcome notes another way, or ask the tenant&apos;s vendor.</source>
        <translation>Dieser Mandant gibt nicht an, dass er diese E-Mails sendet (er kündigt den Header Identity-Connect-Provisioning nicht an), daher erhält sie vermutlich niemand. Geben Sie Passwörter und Willkommenshinweise auf anderem Weg weiter, oder fragen Sie den Anbieter des Mandanten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications are probably not sent</source>
        <translation>Benachrichtigungen werden vermutlich nicht gesendet</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password notification:</source>
        <translation>&amp;Passwortbenachrichtigung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the one-time password to the user</source>
        <translation>Einmalpasswort an den Benutzer senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to the admin</source>
        <translation>Einmalpasswort an den Administrator senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password notification</source>
        <translation>Passwortbenachrichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a welcome &amp;mail to new users</source>
        <translation>Neuen Benutzern eine &amp;Willkommens-E-Mail senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus sync:</source>
        <translation>S&amp;tatussynchronisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect (disabled in the directory → disabled in the cloud)</source>
        <translation>Spiegeln (im Verzeichnis deaktiviert → auch in der Cloud)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>Nichts tun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync</source>
        <translation>Statussynchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user &amp;leaves the selected OUs:</source>
        <translation>Beim &amp;Verlassen der ausgewählten OUs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (stop managing the user)</source>
        <translation>Nichts tun (Benutzer nicht mehr verwalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user leaves the selected OUs</source>
        <translation>Beim Verlassen der ausgewählten OUs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available while status sync is “Do nothing”: the agent does not change account status then.</source>
        <translation>Nicht verfügbar, solange die Statussynchronisation auf „Nichts tun“ steht: Der Agent ändert dann keinen Kontostatus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted in the directory</source>
        <translation>Im Verzeichnis gelöschte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete users in the cloud when they are deleted in the directory</source>
        <translation>Benutzer in der Cloud &amp;löschen, wenn sie im Verzeichnis gelöscht werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data loss: a deleted cloud user loses their mailbox, files and history for good. Without this option, users deleted in the directory are only disabled.</source>
        <translation>Datenverlust: Ein gelöschter Cloud-Benutzer verliert Postfach, Dateien und Verlauf endgültig. Ohne diese Option werden im Verzeichnis gelöschte Benutzer nur deaktiviert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;understand that deleted users&apos; cloud data cannot be recovered</source>
        <translation>Mir ist &amp;bewusst, dass gelöschte Cloud-Daten nicht wiederherstellbar sind</translation>
    </message>
</context>
<context>
    <name>WindowsLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+58"/>
        <source>Choose the CA certificate of the DC&apos;s WinRM listener</source>
        <translation>CA-Zertifikat des WinRM-Listeners des DCs auswählen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Install account for %1</source>
        <translation>Installationskonto für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Windows: the password filter and the DC agent are copied over SMB (ADMIN$) and set up over WinRM with a Domain Admin&apos;s account. The login is used for this action only and is not stored.</source>
        <translation>Auf %1 läuft Windows: Passwortfilter und DC-Agent werden mit dem Konto eines Domänen-Admins über SMB (ADMIN$) kopiert und über WinRM eingerichtet. Die Anmeldung wird nur für diese Aktion verwendet und nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WinRM &amp;CA file:</source>
        <translation>WinRM-&amp;CA-Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMÄNE\benutzer oder benutzer@domäne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account (a Domain Admin)</source>
        <translation>Installationskonto (ein Domänen-Admin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account&apos;s password</source>
        <translation>Passwort des Installationskontos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the CA of the DC&apos;s WinRM certificate</source>
        <translation>Optional: die CA des WinRM-Zertifikats des DCs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file of the DC&apos;s WinRM certificate</source>
        <translation>CA-Datei des WinRM-Zertifikats des DCs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file of the DC&apos;s WinRM certificate</source>
        <translation>CA-Datei des WinRM-Zertifikats des DCs auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over &amp;HTTP (port 5985) instead of HTTPS (5986)</source>
        <translation>WinRM über &amp;HTTP (Port 5985) statt HTTPS (5986)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over HTTP instead of HTTPS</source>
        <translation>WinRM über HTTP statt HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the domain controller if the install needs it</source>
        <translation>Domänencontroller bei Bedarf &amp;neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the domain controller if the install needs it</source>
        <translation>Domänencontroller neu starten, wenn die Installation es erfordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>Anmelden und fortfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
