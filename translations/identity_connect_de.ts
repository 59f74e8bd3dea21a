<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DeviceSignInWidget</name>
    <message>
        <location filename="../ui/widgets/device_signin.py" line="+208" />
        <source>The code expires in %1:%2.</source>
        <translation>Der Code läuft in %1:%2 ab.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Requesting a sign-in code…</source>
        <translation>Anmeldecode wird angefordert…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Warten auf Ihre Anmeldung im Browser…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't reach the service, retrying…</source>
        <translation>Dienst nicht erreichbar, neuer Versuch…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The code has expired. Get a new code to try again.</source>
        <translation>Der Code ist abgelaufen. Fordern Sie einen neuen Code an, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>Melden Sie sich als Administrator Ihrer Organisation an: Öffnen Sie die Adresse unten in einem Browser auf einem beliebigen Gerät oder scannen Sie den QR-Code, und geben Sie den Code ein.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign-in address:</source>
        <translation>Anmeldeadresse:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the sign-in address</source>
        <translation>Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open in browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the sign-in page in the browser</source>
        <translation>Anmeldeseite im Browser öffnen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Get a new code</source>
        <translation>Neuen Code an&amp;fordern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code</source>
        <translation>Neuen Code anfordern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-in address</source>
        <translation>Anmeldeadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code of the sign-in address</source>
        <translation>QR-Code der Anmeldeadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>Mit einem Smartphone scannen, um die Anmeldeseite mit bereits eingetragenem Code zu öffnen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>Die Anmeldeseite wird Sie bitten, „%1“ die Verbindung zu erlauben.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+22" />
        <source>Server name is valid</source>
        <translation>Servername ist gültig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server name resolves in DNS</source>
        <translation>Servername wird im DNS aufgelöst</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server accepts connections</source>
        <translation>Server nimmt Verbindungen an</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secure connection (certificate trusted)</source>
        <translation>Sichere Verbindung (Zertifikat vertrauenswürdig)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account signs in</source>
        <translation>Bind-Konto meldet sich an</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory information readable</source>
        <translation>Verzeichnisinformationen lesbar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Users are readable</source>
        <translation>Benutzer sind lesbar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+127" />
        <source>not yet checked</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+1" />
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Certificate offered by the server:</source>
        <translation>Vom Server vorgelegtes Zertifikat:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+288" />
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Domain name:</source>
        <translation>&amp;Domänenname:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. corp.example.com</source>
        <translation>z. B. corp.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain &amp;controllers:</source>
        <translation>Domänen&amp;controller:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>Vollqualifizierter Name, z. B. dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controller to add</source>
        <translation>Hinzuzufügender Domänencontroller</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controllers, in order of preference</source>
        <translation>Domänencontroller in bevorzugter Reihenfolge</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add domain controller</source>
        <translation>Domänencontroller hinzufügen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected domain controller</source>
        <translation>Ausgewählten Domänencontroller entfernen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find in DNS</source>
        <translation>Im DNS suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find domain controllers in DNS</source>
        <translation>Domänencontroller im DNS suchen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind account:</source>
        <translation>&amp;Bind-Konto:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (benutzer@corp.example.com) oder DN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account (UPN or DN)</source>
        <translation>Bind-Konto (UPN oder DN)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind password</source>
        <translation>Bind-Passwort</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Security:</source>
        <translation>Sicherheit:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL, Port 636)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (Port 389)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted</source>
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted LDAP</source>
        <translation>Unverschlüsseltes LDAP</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>Mir ist bewusst, dass Passwörter und Verzeichnisdaten unverschlüsselt übertragen werden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow unencrypted LDAP</source>
        <translation>Unverschlüsseltes LDAP erlauben</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;A certificate (optional):</source>
        <translation>C&amp;A-Zertifikat (optional):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only if your directory's certificate is from a private CA</source>
        <translation>Nur wenn das Zertifikat Ihres Verzeichnisses von einer privaten CA stammt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA certificate file</source>
        <translation>CA-Zertifikatdatei</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the CA certificate file</source>
        <translation>CA-Zertifikatdatei auswählen</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+143" />
        <source>Connect to your directory</source>
        <translation>Mit Ihrem Verzeichnis verbinden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect liest Benutzer und Gruppen mit diesem Konto; ein normaler Domänenbenutzer genügt.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry the directory check</source>
        <translation>Verzeichnisprüfung wiederholen</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errors.py" line="+81" />
        <location line="+604" />
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="-603" />
        <location line="+605" />
        <source>An unexpected problem occurred (%1).</source>
        <translation>Ein unerwartetes Problem ist aufgetreten (%1).</translation>
    </message>
    <message>
        <location line="-604" />
        <location line="+607" />
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Versuchen Sie es erneut. Wenn es wieder auftritt, senden Sie die Protokolldatei an Ihren Support.</translation>
    </message>
    <message>
        <location line="-574" />
        <source>No installation key</source>
        <translation>Kein Installationsschlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the installation key from your tenant's admin console.</source>
        <translation>Fügen Sie den Installationsschlüssel aus der Verwaltungskonsole Ihres Mandanten ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It starts with ICK1-.</source>
        <translation>Er beginnt mit ICK1-.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not an installation key</source>
        <translation>Kein Installationsschlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This text is not an installation key.</source>
        <translation>Dieser Text ist kein Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>Kopieren Sie den vollständigen Schlüssel erneut aus der Verwaltungskonsole; er beginnt mit ICK1-.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key mistyped</source>
        <translation>Schlüssel vertippt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The key's checksum does not match: a character is missing or mistyped.</source>
        <translation>Die Prüfsumme des Schlüssels stimmt nicht: Ein Zeichen fehlt oder ist falsch.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the key again instead of typing it.</source>
        <translation>Fügen Sie den Schlüssel erneut ein, statt ihn abzutippen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Newer key format</source>
        <translation>Neueres Schlüsselformat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>Dieser Schlüssel wurde für eine neuere Version von Identity Connect erstellt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>Installieren Sie die neueste Version von Identity Connect und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key is damaged</source>
        <translation>Schlüssel beschädigt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The key does not contain a valid tenant address.</source>
        <translation>Der Schlüssel enthält keine gültige Mandantenadresse.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new installation key in the admin console.</source>
        <translation>Erstellen Sie in der Verwaltungskonsole einen neuen Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Key not recognised</source>
        <translation>Schlüssel nicht erkannt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant does not know this installation key.</source>
        <translation>Der Mandant kennt diesen Installationsschlüssel nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>Prüfen Sie, ob Sie den Schlüssel des richtigen Mandanten kopiert haben, oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This installation key has expired.</source>
        <translation>Dieser Installationsschlüssel ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>Erstellen Sie in der Verwaltungskonsole einen neuen Installationsschlüssel und fügen Sie ihn hier ein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key revoked</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator has revoked this installation key.</source>
        <translation>Ein Administrator hat diesen Installationsschlüssel widerrufen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>Fordern Sie einen neuen Installationsschlüssel an oder erstellen Sie einen in der Verwaltungskonsole.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key already used</source>
        <translation>Schlüssel bereits verwendet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This installation key has already been used to install an agent.</source>
        <translation>Mit diesem Installationsschlüssel wurde bereits ein Agent installiert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>Jeder Schlüssel funktioniert nur einmal. Erstellen Sie in der Verwaltungskonsole einen neuen Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Can't reach the service</source>
        <translation>Dienst nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cloud service at %1 could not be reached.</source>
        <translation>Der Cloud-Dienst unter %1 war nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your tenant</source>
        <translation>Ihr Mandant</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check this computer's internet connection and proxy settings, then retry.</source>
        <translation>Prüfen Sie die Internetverbindung und die Proxy-Einstellungen dieses Computers und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+256" />
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-254" />
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>Prüfen Sie Systemdatum und -uhrzeit; ein Proxy, der TLS untersucht, braucht ein vertrauenswürdiges Zertifikat.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>Der Dienst hat auf eine Weise geantwortet, die Identity Connect nicht versteht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>Möglicherweise ist ein Proxy oder ein Captive Portal im Weg. Wiederholen Sie den Vorgang oder prüfen Sie das Netzwerk.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sign-in was refused in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgelehnt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>Fordern Sie einen neuen Code an und bestätigen Sie die Anfrage, oder melden Sie sich als anderer Administrator an.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code expired</source>
        <translation>Code abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The code expired before the sign-in was completed.</source>
        <translation>Der Code ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>Fordern Sie einen neuen Code an und schließen Sie die Anmeldung innerhalb der angezeigten Zeit ab.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in no longer valid</source>
        <translation>Anmeldung nicht mehr gültig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service no longer accepts this sign-in request.</source>
        <translation>Der Dienst akzeptiert diese Anmeldeanfrage nicht mehr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and sign in again.</source>
        <translation>Fordern Sie einen neuen Code an und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not an administrator</source>
        <translation>Kein Administrator</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>Das Konto, mit dem Sie sich angemeldet haben, ist kein Administrator dieses Mandanten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>Fordern Sie einen neuen Code an und melden Sie sich mit einem Administratorkonto an.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in expired</source>
        <translation>Anmeldung abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The stored sign-in of the agent's owner no longer works.</source>
        <translation>Die gespeicherte Anmeldung des Agent-Besitzers funktioniert nicht mehr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>Melden Sie sich erneut an oder übertragen Sie den Besitz an einen anderen Administrator.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agent not registered</source>
        <translation>Agent nicht registriert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant does not know this agent any more.</source>
        <translation>Der Mandant kennt diesen Agent nicht mehr.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the setup again with a new installation key.</source>
        <translation>Führen Sie die Einrichtung mit einem neuen Installationsschlüssel erneut aus.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not the owner</source>
        <translation>Nicht der Besitzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The signed-in administrator does not own this agent.</source>
        <translation>Der angemeldete Administrator ist nicht Besitzer dieses Agents.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in as the owner, or change the owner.</source>
        <translation>Melden Sie sich als Besitzer an oder ändern Sie den Besitzer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registration failed</source>
        <translation>Registrierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant refused to register the agent.</source>
        <translation>Der Mandant hat die Registrierung des Agents abgelehnt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>Wiederholen Sie den Vorgang. Schlägt er weiter fehl, erstellen Sie einen neuen Installationsschlüssel.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clock is wrong</source>
        <translation>Uhrzeit falsch</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer's clock differs from the service's by %1 seconds.</source>
        <translation>Die Uhr dieses Computers weicht um %1 Sekunden von der des Dienstes ab.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>Stellen Sie Systemdatum und -uhrzeit richtig ein (Netzwerkzeit verwenden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The directory service refused a change</source>
        <translation>Der Verzeichnisdienst hat eine Änderung abgelehnt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cloud directory refused a request.</source>
        <translation>Das Cloud-Verzeichnis hat eine Anfrage abgelehnt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the sync log for the affected object.</source>
        <translation>Das betroffene Objekt finden Sie im Synchronisationsprotokoll.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service asked Identity Connect to slow down.</source>
        <translation>Der Dienst hat Identity Connect gebeten, langsamer zu werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait a few minutes, then retry.</source>
        <translation>Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid host name</source>
        <translation>Ungültiger Hostname</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>„%1“ ist kein gültiger Hostname und keine gültige IP-Adresse.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the domain controller's DNS name, e.g. dc1.corp.example.com.</source>
        <translation>Geben Sie den DNS-Namen des Domänencontrollers ein, z. B. dc1.corp.example.com.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Fully qualified name needed</source>
        <translation>Vollqualifizierter Name erforderlich</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>Mit SSL oder StartTLS muss „%1“ der vollqualifizierte Name sein, auf den das Zertifikat ausgestellt ist.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>Verwenden Sie den vollständigen Namen, z. B. %1.corp.example.com, oder wählen Sie unverschlüsseltes LDAP.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Name not found</source>
        <translation>Name nicht gefunden</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>Der Name „%1“ lässt sich im DNS nicht auflösen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the spelling; this computer must use the domain's DNS servers.</source>
        <translation>Prüfen Sie die Schreibweise; dieser Computer muss die DNS-Server der Domäne verwenden.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No domain controllers in DNS</source>
        <translation>Keine Domänencontroller im DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DNS has no domain controller records for this domain.</source>
        <translation>Das DNS enthält keine Domänencontroller-Einträge für diese Domäne.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the domain controllers' names yourself.</source>
        <translation>Geben Sie die Namen der Domänencontroller selbst ein.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing answers on %1 port %2.</source>
        <translation>Auf %1, Port %2 antwortet nichts.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>Prüfen Sie, ob der Domänencontroller läuft und eine Firewall den LDAP-Port zulässt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Server does not answer</source>
        <translation>Server antwortet nicht</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 hat die Verbindung angenommen, aber nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>Prüfen Sie, ob dies ein Domänencontroller ist und ob er überlastet ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificate not trusted</source>
        <translation>Zertifikat nicht vertrauenswürdig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's certificate is not issued by a trusted certificate authority.</source>
        <translation>Das Zertifikat des Servers stammt nicht von einer vertrauenswürdigen Zertifizierungsstelle.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose your organisation's CA certificate file, or install it in the system's trust store.</source>
        <translation>Wählen Sie die CA-Zertifikatdatei Ihrer Organisation oder installieren Sie sie im Zertifikatspeicher des Systems.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server presents a self-signed certificate.</source>
        <translation>Der Server legt ein selbstsigniertes Zertifikat vor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>Geben Sie dem Server ein Zertifikat Ihrer CA, oder wählen Sie dieses Zertifikat als CA-Datei, wenn Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate expired</source>
        <translation>Zertifikat abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's certificate has expired or is not yet valid.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen oder noch nicht gültig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew the domain controller's certificate, and check this computer's date and time.</source>
        <translation>Erneuern Sie das Zertifikat des Domänencontrollers und prüfen Sie Datum und Uhrzeit dieses Computers.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name not in certificate</source>
        <translation>Name nicht im Zertifikat</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's certificate is not issued to “%1”.</source>
        <translation>Das Zertifikat des Servers ist nicht auf „%1“ ausgestellt.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Use the name shown in the certificate details below.</source>
        <translation>Verwenden Sie den Namen, der unten in den Zertifikatdetails steht.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TLS handshake with the server failed.</source>
        <translation>Der TLS-Handshake mit dem Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the security setting (LDAPS or StartTLS) and the server's TLS configuration.</source>
        <translation>Prüfen Sie die Sicherheitseinstellung (LDAPS oder StartTLS) und die TLS-Konfiguration des Servers.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Wrong user name or password</source>
        <translation>Falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory refused the bind account or its password.</source>
        <translation>Das Verzeichnis hat das Bind-Konto oder sein Passwort abgelehnt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>Prüfen Sie das Konto (UPN oder DN) und das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account is disabled.</source>
        <translation>Das Bind-Konto ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Aktivieren Sie das Konto im Active Directory oder verwenden Sie ein anderes.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account locked</source>
        <translation>Konto gesperrt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account is locked out.</source>
        <translation>Das Bind-Konto ist gesperrt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Entsperren Sie das Konto im Active Directory und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Password expired</source>
        <translation>Passwort abgelaufen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account's password has expired or must be changed.</source>
        <translation>Das Passwort des Bind-Kontos ist abgelaufen oder muss geändert werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a new password for the account and enter it here.</source>
        <translation>Legen Sie ein neues Passwort für das Konto fest und geben Sie es hier ein.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in not permitted</source>
        <translation>Anmeldung nicht erlaubt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>Das Bind-Konto darf sich jetzt oder von diesem Computer aus nicht anmelden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account's logon hours, workstation restrictions and expiry date.</source>
        <translation>Prüfen Sie Anmeldezeiten, Arbeitsstationsbeschränkungen und Ablaufdatum des Kontos.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bind failed</source>
        <translation>Bind fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory refused the bind.</source>
        <translation>Das Verzeichnis hat den Bind abgelehnt.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account and password, and the server's log.</source>
        <translation>Prüfen Sie Konto und Passwort sowie das Protokoll des Servers.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not enough rights</source>
        <translation>Unzureichende Rechte</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account cannot read the users and groups.</source>
        <translation>Das Bind-Konto kann Benutzer und Gruppen nicht lesen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>Geben Sie dem Konto Lesezugriff auf das Verzeichnis (ein normaler Domänenbenutzer kann es lesen).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Encryption required</source>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server refuses to accept a password without encryption.</source>
        <translation>Der Server nimmt kein Passwort ohne Verschlüsselung an.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose LDAPS or StartTLS.</source>
        <translation>Wählen Sie LDAPS oder StartTLS.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Domain not found in the directory</source>
        <translation>Domäne im Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory has no entry for this domain's base.</source>
        <translation>Das Verzeichnis hat keinen Eintrag für die Basis dieser Domäne.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the domain name.</source>
        <translation>Prüfen Sie den Domänennamen.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read incomplete</source>
        <translation>Lesen unvollständig</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>Das Verzeichnis hat mitten in einem Lesevorgang aufgehört zu antworten.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry; if it keeps happening, check the server's limits.</source>
        <translation>Wiederholen Sie den Vorgang; tritt es erneut auf, prüfen Sie die Limits des Servers.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+28" />
        <source>Directory error</source>
        <translation>Verzeichnisfehler</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>The directory reported an error.</source>
        <translation>Das Verzeichnis hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>Retry; if it keeps happening, check the server's log.</source>
        <translation>Wiederholen Sie den Vorgang; tritt es erneut auf, prüfen Sie das Protokoll des Servers.</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Invalid filter</source>
        <translation>Ungültiger Filter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The LDAP filter is not valid.</source>
        <translation>Der LDAP-Filter ist ungültig.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the filter.</source>
        <translation>Korrigieren Sie den Filter.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invalid distinguished name</source>
        <translation>Ungültiger Distinguished Name</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid distinguished name.</source>
        <translation>Dies ist kein gültiger Distinguished Name.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>Prüfen Sie den DN, z. B. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No domain controller works</source>
        <translation>Kein Domänencontroller funktioniert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None of the domain controllers could be used.</source>
        <translation>Keiner der Domänencontroller konnte verwendet werden.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See each domain controller's result below.</source>
        <translation>Das Ergebnis für jeden Domänencontroller steht unten.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Bind account not recognised</source>
        <translation>Bind-Konto nicht erkannt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>Geben Sie das Bind-Konto als UPN (benutzer@corp.example.com) oder als Distinguished Name ein.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example svc-sync@corp.example.com.</source>
        <translation>Zum Beispiel svc-sync@corp.example.com.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Confirm unencrypted LDAP</source>
        <translation>Unverschlüsseltes LDAP bestätigen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>Unverschlüsseltes LDAP überträgt Passwort und Verzeichnisdaten im Klartext.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>Setzen Sie das Bestätigungshäkchen oder wählen Sie LDAPS oder StartTLS.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CA file not found</source>
        <translation>CA-Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The CA certificate file does not exist.</source>
        <translation>Die CA-Zertifikatdatei existiert nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>Wählen Sie eine vorhandene PEM-Datei oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step missing</source>
        <translation>Schritt fehlt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A previous setup step is not complete.</source>
        <translation>Ein vorheriger Einrichtungsschritt ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back and complete the previous pages.</source>
        <translation>Gehen Sie zurück und schließen Sie die vorherigen Seiten ab.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Already set up</source>
        <translation>Bereits eingerichtet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>Dieser Computer hat bereits eine Identity-Connect-Konfiguration.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>Öffnen Sie stattdessen die Einstellungen oder entfernen Sie zuerst die Konfiguration.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent not running</source>
        <translation>Agent läuft nicht</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent service is not running.</source>
        <translation>Der Agent-Dienst läuft nicht.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>Starten Sie ihn erneut; den Grund für das Anhalten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent did not start</source>
        <translation>Agent nicht gestartet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent service did not report that it started.</source>
        <translation>Der Agent-Dienst hat seinen Start nicht gemeldet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>Wiederholen Sie den Vorgang; tritt es erneut auf, sehen Sie in die Protokolldatei.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync engine missing</source>
        <translation>Synchronisationsmodul fehlt</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This build of Identity Connect lacks the sync engine.</source>
        <translation>Diesem Build von Identity Connect fehlt das Synchronisationsmodul.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install a complete build.</source>
        <translation>Installieren Sie einen vollständigen Build.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent already running</source>
        <translation>Agent läuft bereits</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>Ein anderer Identity-Connect-Agent verwendet bereits diese Konfiguration.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the other agent first.</source>
        <translation>Schließen Sie zuerst den anderen Agent.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No secure storage</source>
        <translation>Kein sicherer Speicher</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no usable keyring to store passwords in.</source>
        <translation>Es gibt keinen nutzbaren Schlüsselbund zum Speichern von Passwörtern.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>Installieren und entsperren Sie unter Linux einen Secret Service (GNOME Keyring oder KWallet); Identity Connect speichert Passwörter nie im Klartext.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Keyring refused</source>
        <translation>Schlüsselbund verweigert</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The keyring refused to store or read a secret.</source>
        <translation>Der Schlüsselbund hat das Speichern oder Lesen eines Geheimnisses verweigert.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the keyring, then retry.</source>
        <translation>Entsperren Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Configuration problem</source>
        <translation>Konfigurationsproblem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The configuration file %1 cannot be used.</source>
        <translation>Die Konfigurationsdatei %1 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>Führen Sie die Einrichtung erneut aus oder stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>System error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The operating system reported: %1.</source>
        <translation>Das Betriebssystem meldete: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check disk space and permissions, then retry.</source>
        <translation>Prüfen Sie Speicherplatz und Berechtigungen und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+31" />
        <source>Store passwords in the keyring</source>
        <translation>Passwörter im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register the agent with your tenant</source>
        <translation>Agent bei Ihrem Mandanten registrieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the agent service</source>
        <translation>Agent-Dienst starten</translation>
    </message>
    <message>
        <location line="+193" />
        <source>Install</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>Einstellungen werden gespeichert, der Agent wird registriert und gestartet.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry the installation</source>
        <translation>Installation wiederholen</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect ist installiert und läuft. Klicken Sie auf „Abschließen“; der Agent läuft im Hintergrund weiter und zeigt seinen Status im Infobereich oder in seinem Statusfenster.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64" />
        <location line="+60" />
        <source>Key format is valid (tenant: %1).</source>
        <translation>Schlüsselformat ist gültig (Mandant: %1).</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Key accepted by %1.</source>
        <translation>Schlüssel von %1 akzeptiert.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>Installation key</source>
        <translation>Installationsschlüssel</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Paste the installation key you created in your tenant's admin console (Directory &gt; Agents).</source>
        <translation>Fügen Sie den Installationsschlüssel ein, den Sie in der Verwaltungskonsole Ihres Mandanten erstellt haben (Verzeichnis &gt; Agents).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Installation &amp;key:</source>
        <translation>Installations&amp;schlüssel:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the key with your tenant…</source>
        <translation>Schlüssel wird beim Mandanten geprüft…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry checking the key</source>
        <translation>Schlüsselprüfung wiederholen</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61" />
        <source>This language's translation files are missing.</source>
        <translation>Die Übersetzungsdateien dieser Sprache fehlen.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Welcome to Identity Connect</source>
        <translation>Willkommen bei Identity Connect</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>Dieser Assistent verbindet Ihr Active Directory mit Ihrem Cloud-Verzeichnis. Wählen Sie Ihre Sprache.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location line="+41" />
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect ist freie Software. Bitte lesen und akzeptieren Sie die Lizenz.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence online:</source>
        <translation>Lizenz online:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence address</source>
        <translation>Lizenzadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the licence address</source>
        <translation>Lizenzadresse kopieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I &amp;accept the licence terms</source>
        <translation>Ich &amp;akzeptiere die Lizenzbedingungen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I accept the licence terms</source>
        <translation>Ich akzeptiere die Lizenzbedingungen</translation>
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
        <translation>Unverschlüsselt</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenant address</source>
        <translation>Mandantenadresse</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installation key</source>
        <translation>Installationsschlüssel</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device name</source>
        <translation>Gerätename</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain</source>
        <translation>Domäne</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controllers</source>
        <translation>Domänencontroller</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account</source>
        <translation>Bind-Konto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+0" />
        <source>System trust store</source>
        <translation>Zertifikatspeicher des Systems</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration folder</source>
        <translation>Konfigurationsordner</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>Prüfen Sie die Einstellungen. Mit „Zurück“ können Sie alles ändern; „Installieren“ richtet den Agent ein.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary of the settings</source>
        <translation>Zusammenfassung der Einstellungen</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+134" />
        <source>Identity Connect setup</source>
        <translation>Identity Connect einrichten</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Install</source>
        <translation>&amp;Installieren</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98" />
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>Ein Administrator Ihrer Organisation genehmigt diesen Agent, indem er sich anmeldet.</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39" />
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This administrator will own the agent.</source>
        <translation>Dieser Administrator wird Besitzer des Agents.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>Prüfen Sie, ob dies das gewünschte Konto ist, und fahren Sie dann mit der Verbindung zu Ihrem Verzeichnis fort.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
</context>
</TS>