<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DeviceSignInWidget</name>
    <message>
        <location filename="../ui/widgets/device_signin.py" line="+208" />
        <source>The code expires in %1:%2.</source>
        <translation>El código caduca en %1:%2.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Requesting a sign-in code…</source>
        <translation>Solicitando un código de inicio de sesión…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Esperando a que inicie sesión en el navegador…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Can't reach the service, retrying…</source>
        <translation>No se puede contactar con el servicio; reintentando…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The code has expired. Get a new code to try again.</source>
        <translation>El código ha caducado. Obtenga un código nuevo para volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>Inicie sesión como administrador de su organización: abra la dirección de abajo en un navegador de cualquier dispositivo, o escanee el código QR, e introduzca el código.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Sign-in address:</source>
        <translation>Dirección de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the sign-in page in the browser</source>
        <translation>Abrir la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Get a new code</source>
        <translation>&amp;Obtener un código nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code</source>
        <translation>Obtener un código nuevo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1" />
        <source>QR code of the sign-in address</source>
        <translation>Código QR de la dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>Escanéelo con un teléfono para abrir la página de inicio de sesión con el código ya introducido.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>La página de inicio de sesión le pedirá que permita conectarse a «%1».</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+22" />
        <source>Server name is valid</source>
        <translation>El nombre del servidor es válido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server name resolves in DNS</source>
        <translation>El nombre del servidor se resuelve en DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server accepts connections</source>
        <translation>El servidor acepta conexiones</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Secure connection (certificate trusted)</source>
        <translation>Conexión segura (certificado de confianza)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account signs in</source>
        <translation>La cuenta de enlace inicia sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Directory information readable</source>
        <translation>Información del directorio legible</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Users are readable</source>
        <translation>Los usuarios son legibles</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+127" />
        <source>not yet checked</source>
        <translation>aún no comprobado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1" />
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1" />
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Certificate offered by the server:</source>
        <translation>Certificado presentado por el servidor:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+288" />
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>Elegir el certificado de la CA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Domain name:</source>
        <translation>Nombre de &amp;dominio:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>e.g. corp.example.com</source>
        <translation>p. ej. corp.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain &amp;controllers:</source>
        <translation>&amp;Controladores de dominio:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>Nombre completo, p. ej. dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controller to add</source>
        <translation>Controlador de dominio que añadir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controllers, in order of preference</source>
        <translation>Controladores de dominio, por orden de preferencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add domain controller</source>
        <translation>Añadir controlador de dominio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected domain controller</source>
        <translation>Quitar el controlador de dominio seleccionado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find in DNS</source>
        <translation>Buscar en DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find domain controllers in DNS</source>
        <translation>Buscar controladores de dominio en DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind account:</source>
        <translation>Cuenta de &amp;enlace:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (usuario@corp.example.com) o DN</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account (UPN or DN)</source>
        <translation>Cuenta de enlace (UPN o DN)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind password</source>
        <translation>Contraseña de enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+2" />
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL, puerto 636)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (puerto 389)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted LDAP</source>
        <translation>LDAP sin cifrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>Entiendo que las contraseñas y los datos del directorio viajan sin cifrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Allow unencrypted LDAP</source>
        <translation>Permitir LDAP sin cifrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>C&amp;A certificate (optional):</source>
        <translation>Certificado de la C&amp;A (opcional):</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only if your directory's certificate is from a private CA</source>
        <translation>Solo si el certificado de su directorio procede de una CA privada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado de la CA</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+143" />
        <source>Connect to your directory</source>
        <translation>Conectar con su directorio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect lee usuarios y grupos con esta cuenta; basta con un usuario normal del dominio.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry the directory check</source>
        <translation>Repetir la comprobación del directorio</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errors.py" line="+81" />
        <location line="+604" />
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location line="-603" />
        <location line="+605" />
        <source>An unexpected problem occurred (%1).</source>
        <translation>Se ha producido un problema inesperado (%1).</translation>
    </message>
    <message>
        <location line="-604" />
        <location line="+607" />
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, envíe el archivo de registro a su soporte.</translation>
    </message>
    <message>
        <location line="-574" />
        <source>No installation key</source>
        <translation>Sin clave de instalación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the installation key from your tenant's admin console.</source>
        <translation>Pegue la clave de instalación de la consola de administración de su inquilino.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>It starts with ICK1-.</source>
        <translation>Empieza por ICK1-.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not an installation key</source>
        <translation>No es una clave de instalación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This text is not an installation key.</source>
        <translation>Este texto no es una clave de instalación.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>Vuelva a copiar la clave completa desde la consola de administración; empieza por ICK1-.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key mistyped</source>
        <translation>Clave mal escrita</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The key's checksum does not match: a character is missing or mistyped.</source>
        <translation>La suma de comprobación de la clave no coincide: falta un carácter o es incorrecto.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Paste the key again instead of typing it.</source>
        <translation>Pegue la clave de nuevo en lugar de escribirla.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Newer key format</source>
        <translation>Formato de clave más reciente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>Esta clave se creó para una versión más reciente de Identity Connect.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>Instale la última versión de Identity Connect y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key is damaged</source>
        <translation>Clave dañada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The key does not contain a valid tenant address.</source>
        <translation>La clave no contiene una dirección de inquilino válida.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new installation key in the admin console.</source>
        <translation>Cree una clave de instalación nueva en la consola de administración.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Key not recognised</source>
        <translation>Clave no reconocida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant does not know this installation key.</source>
        <translation>El inquilino no conoce esta clave de instalación.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>Compruebe que ha copiado la clave del inquilino correcto, o cree una nueva.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key expired</source>
        <translation>Clave caducada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This installation key has expired.</source>
        <translation>Esta clave de instalación ha caducado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>Cree una clave de instalación nueva en la consola de administración y péguela aquí.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key revoked</source>
        <translation>Clave revocada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator has revoked this installation key.</source>
        <translation>Un administrador ha revocado esta clave de instalación.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>Pida una clave de instalación nueva o cree una en la consola de administración.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Key already used</source>
        <translation>Clave ya utilizada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This installation key has already been used to install an agent.</source>
        <translation>Esta clave de instalación ya se ha usado para instalar un agente.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>Cada clave sirve una sola vez. Cree una clave de instalación nueva en la consola de administración.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Can't reach the service</source>
        <translation>No se puede contactar con el servicio</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The cloud service at %1 could not be reached.</source>
        <translation>No se ha podido contactar con el servicio en la nube en %1.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>your tenant</source>
        <translation>su inquilino</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check this computer's internet connection and proxy settings, then retry.</source>
        <translation>Compruebe la conexión a Internet y la configuración del proxy de este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+256" />
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <location line="-254" />
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>El certificado de %1 no es de confianza (%2).</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>Compruebe la fecha y la hora del sistema; un proxy que inspecciona TLS necesita un certificado de confianza.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>El servicio ha respondido de una forma que Identity Connect no entiende.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>Puede que un proxy o un portal cautivo esté en medio. Reintente o revise la red.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The sign-in was refused in the browser.</source>
        <translation>El inicio de sesión se rechazó en el navegador.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>Obtenga un código nuevo y apruebe la solicitud, o inicie sesión como otro administrador.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Code expired</source>
        <translation>Código caducado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The code expired before the sign-in was completed.</source>
        <translation>El código caducó antes de completar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>Obtenga un código nuevo y complete el inicio de sesión en el tiempo indicado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in no longer valid</source>
        <translation>Inicio de sesión ya no válido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service no longer accepts this sign-in request.</source>
        <translation>El servicio ya no acepta esta solicitud de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and sign in again.</source>
        <translation>Obtenga un código nuevo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not an administrator</source>
        <translation>No es administrador</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>La cuenta con la que ha iniciado sesión no es administradora de este inquilino.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>Obtenga un código nuevo e inicie sesión con una cuenta de administrador.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in expired</source>
        <translation>Sesión caducada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The stored sign-in of the agent's owner no longer works.</source>
        <translation>El inicio de sesión guardado del propietario del agente ya no funciona.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>Vuelva a iniciar sesión o cambie el propietario a otro administrador.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Agent not registered</source>
        <translation>Agente no registrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant does not know this agent any more.</source>
        <translation>El inquilino ya no conoce este agente.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the setup again with a new installation key.</source>
        <translation>Vuelva a ejecutar la configuración con una clave de instalación nueva.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not the owner</source>
        <translation>No es el propietario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The signed-in administrator does not own this agent.</source>
        <translation>El administrador que ha iniciado sesión no es el propietario de este agente.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Sign in as the owner, or change the owner.</source>
        <translation>Inicie sesión como propietario o cambie el propietario.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Registration failed</source>
        <translation>Error en el registro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The tenant refused to register the agent.</source>
        <translation>El inquilino se ha negado a registrar el agente.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>Reintente. Si sigue fallando, cree una clave de instalación nueva.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Clock is wrong</source>
        <translation>Reloj incorrecto</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This computer's clock differs from the service's by %1 seconds.</source>
        <translation>El reloj de este equipo difiere del del servicio en %1 segundos.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>Ajuste correctamente la fecha y la hora del sistema (use la hora de red) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The directory service refused a change</source>
        <translation>El servicio de directorio rechazó un cambio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The cloud directory refused a request.</source>
        <translation>El directorio en la nube rechazó una solicitud.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the sync log for the affected object.</source>
        <translation>Consulte el registro de sincronización para ver el objeto afectado.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The service asked Identity Connect to slow down.</source>
        <translation>El servicio ha pedido a Identity Connect que vaya más despacio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait a few minutes, then retry.</source>
        <translation>Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Invalid host name</source>
        <translation>Nombre de host no válido</translation>
    </message>
    <message>
        <location line="+2" />
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>«%1» no es un nombre de host ni una dirección IP válidos.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Type the domain controller's DNS name, e.g. dc1.corp.example.com.</source>
        <translation>Escriba el nombre DNS del controlador de dominio, p. ej. dc1.corp.example.com.</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Fully qualified name needed</source>
        <translation>Se necesita el nombre completo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>Con SSL o StartTLS, «%1» debe ser el nombre completo para el que se emitió el certificado.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>Use el nombre completo, p. ej. %1.corp.example.com, o elija LDAP sin cifrar.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Name not found</source>
        <translation>Nombre no encontrado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>El nombre «%1» no se resuelve en DNS.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check the spelling; this computer must use the domain's DNS servers.</source>
        <translation>Compruebe la ortografía; este equipo debe usar los servidores DNS del dominio.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No domain controllers in DNS</source>
        <translation>No hay controladores de dominio en DNS</translation>
    </message>
    <message>
        <location line="+1" />
        <source>DNS has no domain controller records for this domain.</source>
        <translation>El DNS no tiene registros de controladores de dominio para este dominio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Type the domain controllers' names yourself.</source>
        <translation>Escriba usted mismo los nombres de los controladores de dominio.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing answers on %1 port %2.</source>
        <translation>Nada responde en %1, puerto %2.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>Compruebe que el controlador de dominio está en marcha y que un cortafuegos permite el puerto LDAP, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Server does not answer</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 aceptó la conexión pero no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>Compruebe que es un controlador de dominio y que no está sobrecargado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificate not trusted</source>
        <translation>Certificado no de confianza</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's certificate is not issued by a trusted certificate authority.</source>
        <translation>El certificado del servidor no lo emitió una entidad de certificación de confianza.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Choose your organisation's CA certificate file, or install it in the system's trust store.</source>
        <translation>Elija el archivo del certificado de la CA de su organización o instálelo en el almacén de confianza del sistema.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Self-signed certificate</source>
        <translation>Certificado autofirmado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server presents a self-signed certificate.</source>
        <translation>El servidor presenta un certificado autofirmado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>Dé al servidor un certificado de su CA, o elija este certificado como archivo de CA si confía en él.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate expired</source>
        <translation>Certificado caducado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server's certificate has expired or is not yet valid.</source>
        <translation>El certificado del servidor ha caducado o aún no es válido.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew the domain controller's certificate, and check this computer's date and time.</source>
        <translation>Renueve el certificado del controlador de dominio y compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Name not in certificate</source>
        <translation>Nombre ausente del certificado</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's certificate is not issued to “%1”.</source>
        <translation>El certificado del servidor no está emitido para «%1».</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Use the name shown in the certificate details below.</source>
        <translation>Use el nombre que aparece en los detalles del certificado más abajo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The TLS handshake with the server failed.</source>
        <translation>Ha fallado la negociación TLS con el servidor.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the security setting (LDAPS or StartTLS) and the server's TLS configuration.</source>
        <translation>Compruebe el ajuste de seguridad (LDAPS o StartTLS) y la configuración TLS del servidor.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Wrong user name or password</source>
        <translation>Usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory refused the bind account or its password.</source>
        <translation>El directorio rechazó la cuenta de enlace o su contraseña.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>Compruebe la cuenta (UPN o DN) y la contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account disabled</source>
        <translation>Cuenta deshabilitada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account is disabled.</source>
        <translation>La cuenta de enlace está deshabilitada.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Habilite la cuenta en Active Directory o use otra.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account is locked out.</source>
        <translation>La cuenta de enlace está bloqueada.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Desbloquee la cuenta en Active Directory y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Password expired</source>
        <translation>Contraseña caducada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account's password has expired or must be changed.</source>
        <translation>La contraseña de la cuenta de enlace ha caducado o debe cambiarse.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Set a new password for the account and enter it here.</source>
        <translation>Establezca una contraseña nueva para la cuenta e introdúzcala aquí.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sign-in not permitted</source>
        <translation>Inicio de sesión no permitido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>La cuenta de enlace no puede iniciar sesión ahora o desde este equipo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account's logon hours, workstation restrictions and expiry date.</source>
        <translation>Compruebe el horario de inicio de sesión, las restricciones de equipo y la fecha de caducidad de la cuenta.</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Bind failed</source>
        <translation>Error de enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory refused the bind.</source>
        <translation>El directorio rechazó el enlace.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the account and password, and the server's log.</source>
        <translation>Compruebe la cuenta y la contraseña, y el registro del servidor.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not enough rights</source>
        <translation>Permisos insuficientes</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The bind account cannot read the users and groups.</source>
        <translation>La cuenta de enlace no puede leer los usuarios y los grupos.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>Conceda a la cuenta acceso de lectura al directorio (un usuario normal del dominio puede leerlo).</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Encryption required</source>
        <translation>Se requiere cifrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server refuses to accept a password without encryption.</source>
        <translation>El servidor no acepta una contraseña sin cifrado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose LDAPS or StartTLS.</source>
        <translation>Elija LDAPS o StartTLS.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Domain not found in the directory</source>
        <translation>Dominio no encontrado en el directorio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory has no entry for this domain's base.</source>
        <translation>El directorio no tiene ninguna entrada para la base de este dominio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the domain name.</source>
        <translation>Compruebe el nombre de dominio.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Read incomplete</source>
        <translation>Lectura incompleta</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>El directorio dejó de responder en mitad de una lectura.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry; if it keeps happening, check the server's limits.</source>
        <translation>Reintente; si sigue ocurriendo, revise los límites del servidor.</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+28" />
        <source>Directory error</source>
        <translation>Error de directorio</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>The directory reported an error.</source>
        <translation>El directorio ha notificado un error.</translation>
    </message>
    <message>
        <location line="-27" />
        <location line="+28" />
        <source>Retry; if it keeps happening, check the server's log.</source>
        <translation>Reintente; si sigue ocurriendo, revise el registro del servidor.</translation>
    </message>
    <message>
        <location line="-23" />
        <source>Invalid filter</source>
        <translation>Filtro no válido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The LDAP filter is not valid.</source>
        <translation>El filtro LDAP no es válido.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Correct the filter.</source>
        <translation>Corrija el filtro.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Invalid distinguished name</source>
        <translation>Nombre distintivo no válido</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This is not a valid distinguished name.</source>
        <translation>Esto no es un nombre distintivo válido.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>Compruebe el DN, p. ej. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No domain controller works</source>
        <translation>Ningún controlador de dominio funciona</translation>
    </message>
    <message>
        <location line="+1" />
        <source>None of the domain controllers could be used.</source>
        <translation>No se ha podido usar ninguno de los controladores de dominio.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See each domain controller's result below.</source>
        <translation>Vea más abajo el resultado de cada controlador de dominio.</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Bind account not recognised</source>
        <translation>Cuenta de enlace no reconocida</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>Introduzca la cuenta de enlace como UPN (usuario@corp.example.com) o como nombre distintivo.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For example svc-sync@corp.example.com.</source>
        <translation>Por ejemplo svc-sync@corp.example.com.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Confirm unencrypted LDAP</source>
        <translation>Confirmar LDAP sin cifrar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>El LDAP sin cifrar envía la contraseña y los datos del directorio en texto claro.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>Marque la casilla de confirmación, o elija LDAPS o StartTLS.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>CA file not found</source>
        <translation>Archivo de CA no encontrado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The CA certificate file does not exist.</source>
        <translation>El archivo del certificado de la CA no existe.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>Elija un archivo PEM existente o deje el campo vacío.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Step missing</source>
        <translation>Falta un paso</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A previous setup step is not complete.</source>
        <translation>Un paso anterior de la configuración no está completo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Go back and complete the previous pages.</source>
        <translation>Vuelva atrás y complete las páginas anteriores.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Already set up</source>
        <translation>Ya configurado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>Este equipo ya tiene una configuración de Identity Connect.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>Abra la configuración en su lugar, o elimine antes la configuración.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent not running</source>
        <translation>El agente no se está ejecutando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent service is not running.</source>
        <translation>El servicio del agente no se está ejecutando.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>Vuelva a iniciarlo; el registro indica por qué se detuvo.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent did not start</source>
        <translation>El agente no se inició</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agent service did not report that it started.</source>
        <translation>El servicio del agente no informó de que se hubiera iniciado.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>Reintente; si sigue ocurriendo, consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Sync engine missing</source>
        <translation>Falta el motor de sincronización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This build of Identity Connect lacks the sync engine.</source>
        <translation>Esta compilación de Identity Connect no incluye el motor de sincronización.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install a complete build.</source>
        <translation>Instale una compilación completa.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Agent already running</source>
        <translation>El agente ya se está ejecutando</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>Otro agente de Identity Connect ya usa esta configuración.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close the other agent first.</source>
        <translation>Cierre primero el otro agente.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>No secure storage</source>
        <translation>Sin almacenamiento seguro</translation>
    </message>
    <message>
        <location line="+1" />
        <source>There is no usable keyring to store passwords in.</source>
        <translation>No hay ningún llavero utilizable para guardar las contraseñas.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>En Linux, instale y desbloquee un Secret Service (GNOME Keyring o KWallet); Identity Connect nunca guarda contraseñas en texto claro.</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Keyring refused</source>
        <translation>Llavero rechazado</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The keyring refused to store or read a secret.</source>
        <translation>El llavero se negó a guardar o leer un secreto.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Unlock the keyring, then retry.</source>
        <translation>Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Configuration problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The configuration file %1 cannot be used.</source>
        <translation>No se puede usar el archivo de configuración %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>Vuelva a ejecutar la configuración o restaure el archivo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+8" />
        <source>System error</source>
        <translation>Error del sistema</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The operating system reported: %1.</source>
        <translation>El sistema operativo informó: %1.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check disk space and permissions, then retry.</source>
        <translation>Compruebe el espacio en disco y los permisos y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+31" />
        <source>Store passwords in the keyring</source>
        <translation>Guardar las contraseñas en el llavero</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save the configuration</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Register the agent with your tenant</source>
        <translation>Registrar el agente en su inquilino</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Start the agent service</source>
        <translation>Iniciar el servicio del agente</translation>
    </message>
    <message>
        <location line="+193" />
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>Guardando la configuración, registrando el agente e iniciándolo.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry the installation</source>
        <translation>Repetir la instalación</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect está instalado y en marcha. Haga clic en Finalizar; el agente sigue funcionando en segundo plano y muestra su estado en la bandeja del sistema o en su ventana de estado.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64" />
        <location line="+60" />
        <source>Key format is valid (tenant: %1).</source>
        <translation>El formato de la clave es válido (inquilino: %1).</translation>
    </message>
    <message>
        <location line="-22" />
        <source>Key accepted by %1.</source>
        <translation>Clave aceptada por %1.</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+6" />
        <source>Installation key</source>
        <translation>Clave de instalación</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Paste the installation key you created in your tenant's admin console (Directory &gt; Agents).</source>
        <translation>Pegue la clave de instalación que creó en la consola de administración de su inquilino (Directorio &gt; Agentes).</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Installation &amp;key:</source>
        <translation>&amp;Clave de instalación:</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking the key with your tenant…</source>
        <translation>Comprobando la clave con su inquilino…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retry checking the key</source>
        <translation>Repetir la comprobación de la clave</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61" />
        <source>This language's translation files are missing.</source>
        <translation>Faltan los archivos de traducción de este idioma.</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Welcome to Identity Connect</source>
        <translation>Bienvenido a Identity Connect</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>Este asistente conecta su Active Directory con su directorio en la nube. Elija su idioma.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location line="+41" />
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect es software libre. Lea y acepte su licencia.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence online:</source>
        <translation>Licencia en línea:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Licence address</source>
        <translation>Dirección de la licencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the licence address</source>
        <translation>Copiar la dirección de la licencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I &amp;accept the licence terms</source>
        <translation>&amp;Acepto los términos de la licencia</translation>
    </message>
    <message>
        <location line="+1" />
        <source>I accept the licence terms</source>
        <translation>Acepto los términos de la licencia</translation>
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
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tenant address</source>
        <translation>Dirección del inquilino</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Installation key</source>
        <translation>Clave de instalación</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Domain controllers</source>
        <translation>Controladores de dominio</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind account</source>
        <translation>Cuenta de enlace</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>System trust store</source>
        <translation>Almacén de confianza del sistema</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Configuration folder</source>
        <translation>Carpeta de configuración</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>Revise la configuración. Use Atrás para cambiar cualquier cosa; Instalar configura el agente.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Summary of the settings</source>
        <translation>Resumen de la configuración</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+134" />
        <source>Identity Connect setup</source>
        <translation>Configuración de Identity Connect</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98" />
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1" />
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>Un administrador de su organización aprueba este agente iniciando sesión.</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39" />
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1" />
        <source>This administrator will own the agent.</source>
        <translation>Este administrador será el propietario del agente.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>Compruebe que es la cuenta que quería usar y continúe para conectar su directorio.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
</context>
</TS>