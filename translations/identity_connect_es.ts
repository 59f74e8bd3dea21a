<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BlastRadiusDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/blast.py" line="+69"/>
        <source>%n user(s) left the selected OUs or no longer meet the criteria.</source>
        <translation>
            <numerusform>%n usuario salió de las UO seleccionadas o ya no cumple los criterios.</numerusform>
            <numerusform>%n usuarios salieron de las UO seleccionadas o ya no cumplen los criterios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) are disabled in the directory.</source>
        <translation>
            <numerusform>%n usuario está deshabilitado en el directorio.</numerusform>
            <numerusform>%n usuarios están deshabilitados en el directorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) were deleted in the directory.</source>
        <translation>
            <numerusform>%n usuario se eliminó en el directorio.</numerusform>
            <numerusform>%n usuarios se eliminaron en el directorio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) for another reason (%1).</source>
        <translation>
            <numerusform>%n usuario por otro motivo (%1).</numerusform>
            <numerusform>%n usuarios por otro motivo (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Before you save</source>
        <translation>Antes de guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The effect of this change could not be worked out. Save anyway? The next sync will apply it.</source>
        <translation>No se ha podido determinar el efecto de este cambio. ¿Guardar de todos modos? La próxima sincronización lo aplicará.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you save, the next sync will do this:</source>
        <translation>Si guarda, la próxima sincronización hará lo siguiente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users created:</source>
        <translation>Usuarios creados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users changed:</source>
        <translation>Usuarios modificados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users re-activated:</source>
        <translation>Usuarios reactivados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users disabled:</source>
        <translation>Usuarios deshabilitados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users deleted:</source>
        <translation>Usuarios eliminados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups created or changed:</source>
        <translation>Grupos creados o modificados:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled users cannot sign in; deleted users and their data are gone from the cloud for good.</source>
        <translation>Los usuarios deshabilitados no pueden iniciar sesión; los usuarios eliminados y sus datos desaparecen de la nube para siempre.</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+48"/>
        <source>The certificate of the CA that issued it is not available on this computer.</source>
        <extracomment>OpenSSL verify codes that mean only &quot;issued by a CA this computer does not trust&quot; (see app.ldap.tls_probe).</extracomment>
        <translation>El certificado de la CA que lo emitió no está disponible en este equipo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its signature does not match: it may have been altered.</source>
        <translation>Su firma no coincide: puede haber sido alterado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not valid yet: check this computer&apos;s date and time.</source>
        <translation>Aún no es válido: compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has expired.</source>
        <translation>Ha caducado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>Es autofirmado: ninguna entidad de certificación lo respalda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is issued by a certificate authority that this computer does not trust (yet).</source>
        <translation>Lo emitió una entidad de certificación en la que este equipo (aún) no confía.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>It is issued by a certificate authority that this computer does not know.</source>
        <translation>Lo emitió una entidad de certificación que este equipo no conoce.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has been revoked.</source>
        <translation>Se ha revocado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not meant for a server.</source>
        <translation>No está destinado a un servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the name the agent connects to.</source>
        <translation>No está emitido para el nombre al que se conecta el agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the IP address the agent connects to.</source>
        <translation>No está emitido para la dirección IP a la que se conecta el agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate check reported: %1.</source>
        <translation>La comprobación del certificado informó: %1.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Issued to:</source>
        <translation>Emitido para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also valid for:</source>
        <translation>También válido para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>Emitido por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>Válido desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>Válido hasta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Huella digital SHA-256:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted because:</source>
        <translation>No es de confianza porque:</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The CA is now trusted for this agent (saved as %1). Checking the connection again…</source>
        <extracomment>OTHER_PROBLEM: the error code that trusting the CA would leave. OFFERED but the admin cancelled.</extracomment>
        <translation>Ahora se confía en la CA para este agente (guardada como %1). Volviendo a comprobar la conexión…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not send the certificate of the CA that issued its own, so it cannot be shown here. Ask your CA&apos;s administrator for the CA certificate (a .cer or .pem file) and choose it as the CA file.</source>
        <translation>%1 no envía el certificado de la CA que emitió el suyo, por lo que no se puede mostrar aquí. Pida al administrador de su CA el certificado de la CA (un archivo .cer o .pem) y elíjalo como archivo de CA.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is trusted now. Checking the connection again…</source>
        <translation>El certificado de %1 ya es de confianza. Volviendo a comprobar la conexión…</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <location line="-136"/>
        <source>Certificate offered by the server</source>
        <translation>Certificado presentado por el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this CA…</source>
        <translation>Con&amp;fiar en esta CA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the certificate authority that issued this certificate</source>
        <translation>Confiar en la entidad de certificación que emitió este certificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if this is your organisation&apos;s CA: you will compare its fingerprint first.</source>
        <translation>Solo si es la CA de su organización: antes comparará su huella digital.</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../ui/settings/pages_criteria.py" line="+132"/>
        <location line="+156"/>
        <source>Sync criteria</source>
        <translation>Criterios de sincronización</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Field, row %1</source>
        <translation>Campo, fila %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship, row %1</source>
        <translation>Condición, fila %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equals</source>
        <translation>es igual a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>no es igual a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>contiene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>empieza por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>termina en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a value</source>
        <translation>tiene un valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no value</source>
        <translation>no tiene valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of (group DN)</source>
        <translation>es miembro de (DN del grupo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for users</source>
        <translation>Criterios para usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>&amp;Grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for groups</source>
        <translation>Criterios para grupos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;all users in scope</source>
        <translation>Importar &amp;todos los usuarios del ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users &amp;based on criteria (every row must hold)</source>
        <translation>Importar usuarios &amp;según criterios (deben cumplirse todas las filas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User criteria</source>
        <translation>Criterios de usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all groups in scope</source>
        <translation>Importar &amp;todos los grupos del ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import groups &amp;based on criteria (every row must hold)</source>
        <translation>Importar grupos según &amp;criterios (deben cumplirse todas las filas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group criteria</source>
        <translation>Criterios de grupos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected criteria rows</source>
        <translation>Quitar las filas de criterios seleccionadas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users and groups have criteria of their own. Values are matched as text, ignoring case; &quot;is a member of&quot; takes a group DN and means direct membership. A group that does not meet its criteria is not synced, and its members are not added to other groups through it.</source>
        <translation>Los usuarios y los grupos tienen sus propios criterios. Los valores se comparan como texto, sin distinguir mayúsculas y minúsculas; «es miembro de» requiere el DN de un grupo e indica pertenencia directa. Un grupo que no cumple sus criterios no se sincroniza, y sus miembros no se añaden a otros grupos a través de él.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A&amp;dd row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criteria row</source>
        <translation>Añadir una fila de criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>&amp;Quitar fila</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../ui/i18n.py" line="+199"/>
        <source>in less than a minute</source>
        <extracomment>The language&apos;s name in itself (an endonym): never translated, so a lost user can find their own.</extracomment>
        <translation>en menos de un minuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n h</source>
        <translation>
            <numerusform>en %n h</numerusform>
            <numerusform>en %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>en %n mes</numerusform>
            <numerusform>en %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>hace %n mes</numerusform>
            <numerusform>hace %n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n year(s)</source>
        <translation>
            <numerusform>en %n año</numerusform>
            <numerusform>en %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>hace %n año</numerusform>
            <numerusform>hace %n años</numerusform>
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
        <translation>El código caduca en %1:%2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requesting a sign-in code…</source>
        <translation>Solicitando un código de inicio de sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>Esperando a que inicie sesión en el navegador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t reach the service, retrying…</source>
        <translation>No se puede contactar con el servicio; reintentando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code has expired. Get a new code to try again.</source>
        <translation>El código ha caducado. Obtenga un código nuevo para volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>Inicie sesión como administrador de su organización: abra la dirección de abajo en un navegador de cualquier dispositivo, o escanee el código QR, e introduzca el código.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in address:</source>
        <translation>Dirección de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in address</source>
        <translation>Copiar la dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in page in the browser</source>
        <translation>Abrir la página de inicio de sesión en el navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a new code</source>
        <translation>&amp;Obtener un código nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code</source>
        <translation>Obtener un código nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>Dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the sign-in address</source>
        <translation>Código QR de la dirección de inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>Escanéelo con un teléfono para abrir la página de inicio de sesión con el código ya introducido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>La página de inicio de sesión le pedirá que permita conectarse a «%1».</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/widgets/stage_names.py" line="+15"/>
        <source>Server name is valid</source>
        <translation>El nombre del servidor es válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name resolves in DNS</source>
        <translation>El nombre del servidor se resuelve en DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server accepts connections</source>
        <translation>El servidor acepta conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection (certificate trusted)</source>
        <translation>Conexión segura (certificado de confianza)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account signs in</source>
        <translation>La cuenta de enlace inicia sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory information readable</source>
        <translation>Información del directorio legible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users are readable</source>
        <translation>Los usuarios son legibles</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+154"/>
        <source>not yet checked</source>
        <extracomment>The owner can trust a CA (it has somewhere to save it): offer &quot;Trust this CA…&quot; when that is the fix.</extracomment>
        <translation>aún no comprobado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>comprobando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>omitido</translation>
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
        <translation>Detalles del certificado</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+285"/>
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>Elegir el certificado de la CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Domain name:</source>
        <translation>Nombre de &amp;dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. corp.example.com</source>
        <translation>p. ej. corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>Nombre de dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain &amp;controllers:</source>
        <translation>&amp;Controladores de dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>Nombre completo, p. ej. dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller to add</source>
        <translation>Controlador de dominio que añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers, in order of preference</source>
        <translation>Controladores de dominio, por orden de preferencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add domain controller</source>
        <translation>Añadir controlador de dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected domain controller</source>
        <translation>Quitar el controlador de dominio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in DNS</source>
        <translation>Buscar en DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find domain controllers in DNS</source>
        <translation>Buscar controladores de dominio en DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind account:</source>
        <translation>Cuenta de &amp;enlace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (usuario@corp.example.com) o DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account (UPN or DN)</source>
        <translation>Cuenta de enlace (UPN o DN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind password</source>
        <translation>Contraseña de enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL, puerto 636)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (puerto 389)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP</source>
        <translation>LDAP sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>Entiendo que las contraseñas y los datos del directorio viajan sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow unencrypted LDAP</source>
        <translation>Permitir LDAP sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate (optional):</source>
        <translation>Certificado de la C&amp;A (opcional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your directory&apos;s certificate is from a private CA</source>
        <translation>Solo si el certificado de su directorio procede de una CA privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>Archivo del certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>Elegir el archivo del certificado de la CA</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+113"/>
        <source>Not added (unconfirmed): DNS also names %1, outside %2. Add a server by hand only if you know it is one of your domain controllers.</source>
        <translation>No añadido (sin confirmar): el DNS también indica %1, fuera de %2. Añada un servidor a mano solo si sabe que es uno de sus controladores de dominio.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connect to your directory</source>
        <translation>Conectar con su directorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect lee usuarios y grupos con esta cuenta; basta con un usuario normal del dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the directory check</source>
        <translation>Repetir la comprobación del directorio</translation>
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
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem occurred (%1).</source>
        <translation>Se ha producido un problema inesperado (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Vuelva a intentarlo. Si sigue ocurriendo, envíe el archivo de registro a su soporte.</translation>
    </message>
    <message>
        <location line="-760"/>
        <source>The problem is at line %1.</source>
        <translation>El problema está en la línea %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer&apos;s clock differs from the service&apos;s.</source>
        <translation>El reloj de este equipo no coincide con el del servicio.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer&apos;s clock differs from the service&apos;s by %n second(s).</source>
        <translation>
            <numerusform>El reloj de este equipo difiere del del servicio en %n segundo.</numerusform>
            <numerusform>El reloj de este equipo difiere del del servicio en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No installation key</source>
        <translation>Sin clave de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the installation key from your tenant&apos;s admin console.</source>
        <translation>Pegue la clave de instalación de la consola de administración de su inquilino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts with ICK1-.</source>
        <translation>Empieza por ICK1-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an installation key</source>
        <translation>No es una clave de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is not an installation key.</source>
        <translation>Este texto no es una clave de instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>Vuelva a copiar la clave completa desde la consola de administración; empieza por ICK1-.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mistyped</source>
        <translation>Clave mal escrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s checksum does not match: a character is missing or mistyped.</source>
        <translation>La suma de comprobación de la clave no coincide: falta un carácter o es incorrecto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key again instead of typing it.</source>
        <translation>Pegue la clave de nuevo en lugar de escribirla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newer key format</source>
        <translation>Formato de clave más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>Esta clave se creó para una versión más reciente de Identity Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>Instale la última versión de Identity Connect y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key is damaged</source>
        <translation>Clave dañada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key does not contain a valid tenant address.</source>
        <translation>La clave no contiene una dirección de inquilino válida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console.</source>
        <translation>Cree una clave de instalación nueva en la consola de administración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key not recognised</source>
        <translation>Clave no reconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this installation key.</source>
        <translation>El inquilino no conoce esta clave de instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>Compruebe que ha copiado la clave del inquilino correcto, o cree una nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key expired</source>
        <translation>Clave caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has expired.</source>
        <translation>Esta clave de instalación ha caducado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>Cree una clave de instalación nueva en la consola de administración y péguela aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key revoked</source>
        <translation>Clave revocada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has revoked this installation key.</source>
        <translation>Un administrador ha revocado esta clave de instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>Pida una clave de instalación nueva o cree una en la consola de administración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key already used</source>
        <translation>Clave ya utilizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has already been used to install an agent.</source>
        <translation>Esta clave de instalación ya se ha usado para instalar un agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>Cada clave sirve una sola vez. Cree una clave de instalación nueva en la consola de administración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the service</source>
        <translation>No se puede contactar con el servicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service at %1 could not be reached.</source>
        <translation>No se ha podido contactar con el servicio en la nube en %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your tenant</source>
        <translation>su inquilino</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check this computer&apos;s internet connection and proxy settings, then retry.</source>
        <translation>Compruebe la conexión a Internet y la configuración del proxy de este equipo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+219"/>
        <source>Secure connection failed</source>
        <translation>Error en la conexión segura</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>El certificado de %1 no es de confianza (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>Compruebe la fecha y la hora del sistema; un proxy que inspecciona TLS necesita un certificado de confianza.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>El servicio ha respondido de una forma que Identity Connect no entiende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>Puede que un proxy o un portal cautivo esté en medio. Reintente o revise la red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted address</source>
        <translation>Dirección no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service named an address that is not HTTPS on the service&apos;s own address. Nothing was sent there.</source>
        <translation>El servicio indicó una dirección que no es HTTPS en la propia dirección del servicio. No se ha enviado nada allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address. If it is right, ask the service&apos;s provider to correct it.</source>
        <translation>Compruebe la dirección del inquilino. Si es correcta, pida al proveedor del servicio que lo corrija.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted sign-in page</source>
        <translation>Página de inicio de sesión no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page address the service sent is not HTTPS on the service&apos;s own address, so it is not shown.</source>
        <translation>La dirección de la página de inicio de sesión que envió el servicio no es HTTPS en la propia dirección del servicio, por lo que no se muestra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address, or get a new code later.</source>
        <translation>Compruebe la dirección del inquilino u obtenga un código nuevo más tarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused in the browser.</source>
        <translation>El inicio de sesión se rechazó en el navegador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>Obtenga un código nuevo y apruebe la solicitud, o inicie sesión como otro administrador.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code expired</source>
        <translation>Código caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired before the sign-in was completed.</source>
        <translation>El código caducó antes de completar el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>Obtenga un código nuevo y complete el inicio de sesión en el tiempo indicado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in no longer valid</source>
        <translation>Inicio de sesión ya no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service no longer accepts this sign-in request.</source>
        <translation>El servicio ya no acepta esta solicitud de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in again.</source>
        <translation>Obtenga un código nuevo y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator</source>
        <translation>No es administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>La cuenta con la que ha iniciado sesión no es administradora de este inquilino.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>Obtenga un código nuevo e inicie sesión con una cuenta de administrador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in expired</source>
        <translation>Sesión caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored sign-in of the agent&apos;s owner no longer works.</source>
        <translation>El inicio de sesión guardado del propietario del agente ya no funciona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>Vuelva a iniciar sesión o cambie el propietario a otro administrador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent not registered</source>
        <translation>Agente no registrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this agent any more.</source>
        <translation>El inquilino ya no conoce este agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again with a new installation key.</source>
        <translation>Vuelva a ejecutar la configuración con una clave de instalación nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the owner</source>
        <translation>No es el propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in administrator does not own this agent.</source>
        <translation>El administrador que ha iniciado sesión no es el propietario de este agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the owner, or change the owner.</source>
        <translation>Inicie sesión como propietario o cambie el propietario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration failed</source>
        <translation>Error en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant refused to register the agent.</source>
        <translation>El inquilino se ha negado a registrar el agente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>Reintente. Si sigue fallando, cree una clave de instalación nueva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clock is wrong</source>
        <translation>Reloj incorrecto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>Ajuste correctamente la fecha y la hora del sistema (use la hora de red) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory service refused a change</source>
        <translation>El servicio de directorio rechazó un cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud directory refused a request.</source>
        <translation>El directorio en la nube rechazó una solicitud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the affected object.</source>
        <translation>Consulte el registro de sincronización para ver el objeto afectado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service asked Identity Connect to slow down.</source>
        <translation>El servicio ha pedido a Identity Connect que vaya más despacio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then retry.</source>
        <translation>Espere unos minutos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud objects not unique</source>
        <translation>Objetos duplicados en la nube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one object in the cloud directory has the same user name or external ID.</source>
        <translation>Más de un objeto del directorio en la nube tiene el mismo nombre de usuario o el mismo ID externo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or rename the duplicate in the cloud directory, then retry.</source>
        <translation>Elimine el duplicado del directorio en la nube o cambie su nombre, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object missing in the cloud</source>
        <translation>Falta el objeto en la nube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object the agent manages no longer exists in the cloud directory.</source>
        <translation>Un objeto que gestiona el agente ya no existe en el directorio en la nube.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the object; the next run checks it again.</source>
        <translation>Consulte el registro de sincronización para ver el objeto; la próxima ejecución lo volverá a comprobar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run stopped: service unavailable</source>
        <translation>Ejecución detenida: servicio no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service has been unavailable since %1, so the run was stopped (%2).</source>
        <translation>El servicio en la nube no está disponible desde %1, por lo que la ejecución se detuvo (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was lost: what was not written yet is written by the next run. Check this computer&apos;s network and the service&apos;s status, then retry.</source>
        <translation>No se ha perdido nada: lo que aún no se ha escrito lo escribirá la próxima ejecución. Compruebe la red de este equipo y el estado del servicio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid host name</source>
        <translation>Nombre de host no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>«%1» no es un nombre de host ni una dirección IP válidos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controller&apos;s DNS name, e.g. dc1.corp.example.com.</source>
        <translation>Escriba el nombre DNS del controlador de dominio, p. ej. dc1.corp.example.com.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fully qualified name needed</source>
        <translation>Se necesita el nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>Con SSL o StartTLS, «%1» debe ser el nombre completo para el que se emitió el certificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>Use el nombre completo, p. ej. %1.corp.example.com, o elija LDAP sin cifrar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not found</source>
        <translation>Nombre no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>El nombre «%1» no se resuelve en DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling; this computer must use the domain&apos;s DNS servers.</source>
        <translation>Compruebe la ortografía; este equipo debe usar los servidores DNS del dominio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No domain controllers in DNS</source>
        <translation>No hay controladores de dominio en DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS has no domain controller records for this domain.</source>
        <translation>El DNS no tiene registros de controladores de dominio para este dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controllers&apos; names yourself.</source>
        <translation>Escriba usted mismo los nombres de los controladores de dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers on %1 port %2.</source>
        <translation>Nada responde en %1, puerto %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>Compruebe que el controlador de dominio está en marcha y que un cortafuegos permite el puerto LDAP, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server does not answer</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 aceptó la conexión pero no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>Compruebe que es un controlador de dominio y que no está sobrecargado, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate not trusted</source>
        <translation>Certificado no de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued by a trusted certificate authority.</source>
        <translation>El certificado del servidor no lo emitió una entidad de certificación de confianza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your organisation&apos;s CA certificate file, or install it in the system&apos;s trust store.</source>
        <translation>Elija el archivo del certificado de la CA de su organización o instálelo en el almacén de confianza del sistema.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-signed certificate</source>
        <translation>Certificado autofirmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server presents a self-signed certificate.</source>
        <translation>El servidor presenta un certificado autofirmado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>Dé al servidor un certificado de su CA, o elija este certificado como archivo de CA si confía en él.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate expired</source>
        <translation>Certificado caducado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>El certificado del servidor ha caducado o aún no es válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the domain controller&apos;s certificate, and check this computer&apos;s date and time.</source>
        <translation>Renueve el certificado del controlador de dominio y compruebe la fecha y la hora de este equipo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not in certificate</source>
        <translation>Nombre ausente del certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued to “%1”.</source>
        <translation>El certificado del servidor no está emitido para «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the name shown in the certificate details below.</source>
        <translation>Use el nombre que aparece en los detalles del certificado más abajo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with the server failed.</source>
        <translation>Ha fallado la negociación TLS con el servidor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting (LDAPS or StartTLS) and the server&apos;s TLS configuration.</source>
        <translation>Compruebe el ajuste de seguridad (LDAPS o StartTLS) y la configuración TLS del servidor.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong user name or password</source>
        <translation>Usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind account or its password.</source>
        <translation>El directorio rechazó la cuenta de enlace o su contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>Compruebe la cuenta (UPN o DN) y la contraseña y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled</source>
        <translation>Cuenta deshabilitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is disabled.</source>
        <translation>La cuenta de enlace está deshabilitada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Habilite la cuenta en Active Directory o use otra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account locked</source>
        <translation>Cuenta bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is locked out.</source>
        <translation>La cuenta de enlace está bloqueada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Desbloquee la cuenta en Active Directory y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password expired</source>
        <translation>Contraseña caducada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account&apos;s password has expired or must be changed.</source>
        <translation>La contraseña de la cuenta de enlace ha caducado o debe cambiarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the account and enter it here.</source>
        <translation>Establezca una contraseña nueva para la cuenta e introdúzcala aquí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in not permitted</source>
        <translation>Inicio de sesión no permitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>La cuenta de enlace no puede iniciar sesión ahora o desde este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s logon hours, workstation restrictions and expiry date.</source>
        <translation>Compruebe el horario de inicio de sesión, las restricciones de equipo y la fecha de caducidad de la cuenta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind failed</source>
        <translation>Error de enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind.</source>
        <translation>El directorio rechazó el enlace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account and password, and the server&apos;s log.</source>
        <translation>Compruebe la cuenta y la contraseña, y el registro del servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough rights</source>
        <translation>Permisos insuficientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account cannot read the users and groups.</source>
        <translation>La cuenta de enlace no puede leer los usuarios y los grupos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>Conceda a la cuenta acceso de lectura al directorio (un usuario normal del dominio puede leerlo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption required</source>
        <translation>Se requiere cifrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to accept a password without encryption.</source>
        <translation>El servidor no acepta una contraseña sin cifrado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose LDAPS or StartTLS.</source>
        <translation>Elija LDAPS o StartTLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain not found in the directory</source>
        <translation>Dominio no encontrado en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory has no entry for this domain&apos;s base.</source>
        <translation>El directorio no tiene ninguna entrada para la base de este dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain name.</source>
        <translation>Compruebe el nombre de dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read incomplete</source>
        <translation>Lectura incompleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>El directorio dejó de responder en mitad de una lectura.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, check the server&apos;s limits.</source>
        <translation>Reintente; si sigue ocurriendo, revise los límites del servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Directory error</source>
        <translation>Error de directorio</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>The directory reported an error.</source>
        <translation>El directorio ha notificado un error.</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Retry; if it keeps happening, check the server&apos;s log.</source>
        <translation>Reintente; si sigue ocurriendo, revise el registro del servidor.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Invalid filter</source>
        <translation>Filtro no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LDAP filter is not valid.</source>
        <translation>El filtro LDAP no es válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter.</source>
        <translation>Corrija el filtro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid distinguished name</source>
        <translation>Nombre distintivo no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid distinguished name.</source>
        <translation>Esto no es un nombre distintivo válido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>Compruebe el DN, p. ej. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full read needed</source>
        <translation>Se necesita una lectura completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s change history does not continue from the last read.</source>
        <translation>El historial de cambios del controlador de dominio no continúa desde la última lectura.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent reads the whole directory instead; nothing to do.</source>
        <translation>El agente lee en su lugar todo el directorio; no tiene que hacer nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid criteria field</source>
        <translation>Campo de criterio no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row names a field that is not an LDAP attribute name.</source>
        <translation>Una fila de criterios indica un campo que no es un nombre de atributo LDAP.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the field from the list, or type an attribute name such as department.</source>
        <translation>Elija el campo de la lista o escriba un nombre de atributo, como department.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria value missing</source>
        <translation>Falta el valor del criterio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row compares a field but has no value to compare with.</source>
        <translation>Una fila de criterios compara un campo pero no tiene ningún valor con el que comparar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value in the row, or remove the row.</source>
        <translation>Escriba un valor en la fila o quite la fila.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value not used</source>
        <translation>Valor no utilizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;has a value&apos; and &apos;has no value&apos; compare nothing, but the row has a value.</source>
        <translation>«tiene un valor» y «no tiene valor» no comparan nada, pero la fila tiene un valor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the value, or choose another relationship.</source>
        <translation>Borre el valor o elija otra condición.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria rows</source>
        <translation>No hay filas de criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import based on criteria is chosen, but there is no criteria row.</source>
        <translation>Se ha elegido importar según criterios, pero no hay ninguna fila de criterios.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row, or choose to import all of them.</source>
        <translation>Añada una fila o elija importar todos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No domain controller works</source>
        <translation>Ningún controlador de dominio funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the domain controllers could be used.</source>
        <translation>No se ha podido usar ninguno de los controladores de dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See each domain controller&apos;s result below.</source>
        <translation>Vea más abajo el resultado de cada controlador de dominio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bind account not recognised</source>
        <translation>Cuenta de enlace no reconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>Introduzca la cuenta de enlace como UPN (usuario@corp.example.com) o como nombre distintivo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example svc-sync@corp.example.com.</source>
        <translation>Por ejemplo svc-sync@corp.example.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unencrypted LDAP</source>
        <translation>Confirmar LDAP sin cifrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>El LDAP sin cifrar envía la contraseña y los datos del directorio en texto claro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>Marque la casilla de confirmación, o elija LDAPS o StartTLS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA file not found</source>
        <translation>Archivo de CA no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file does not exist.</source>
        <translation>El archivo del certificado de la CA no existe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>Elija un archivo PEM existente o deje el campo vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step missing</source>
        <translation>Falta un paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A previous setup step is not complete.</source>
        <translation>Un paso anterior de la configuración no está completo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and complete the previous pages.</source>
        <translation>Vuelva atrás y complete las páginas anteriores.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already set up</source>
        <translation>Ya configurado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>Este equipo ya tiene una configuración de Identity Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>Abra la configuración en su lugar, o elimine antes la configuración.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent not running</source>
        <translation>El agente no se está ejecutando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service is not running.</source>
        <translation>El servicio del agente no se está ejecutando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>Vuelva a iniciarlo; el registro indica por qué se detuvo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent did not start</source>
        <translation>El agente no se inició</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service did not report that it started.</source>
        <translation>El servicio del agente no informó de que se hubiera iniciado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>Reintente; si sigue ocurriendo, consulte el archivo de registro.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keyring not answering</source>
        <translation>El llavero no responde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring did not answer in time.</source>
        <translation>El llavero no respondió a tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (answer its prompt if one is open) or restart the keyring service, then retry.</source>
        <translation>Desbloquee el llavero (responda a su solicitud si hay una abierta) o reinicie el servicio del llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Windows DC kit missing</source>
        <translation>Falta el kit de DC de Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer lacks what is copied to a Windows domain controller: the password filter DLL and the DC agent&apos;s runtime (a Windows Python with cryptography).</source>
        <translation>A este equipo le falta lo que se copia a un controlador de dominio Windows: la DLL del filtro de contraseñas y el entorno de ejecución del agente del DC (un Python para Windows con cryptography).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the Windows DC kit in the folder windows-dc-kit of the configuration folder, or name it with IDENTITY_CONNECT_WINDOWS_DC_KIT.</source>
        <translation>Coloque el kit de DC de Windows en la carpeta windows-dc-kit de la carpeta de configuración, o indique su ubicación con IDENTITY_CONNECT_WINDOWS_DC_KIT.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not 64-bit Windows</source>
        <translation>Windows no es de 64 bits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter is built for 64-bit Windows only.</source>
        <translation>El filtro de contraseñas solo está compilado para Windows de 64 bits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a domain controller that runs 64-bit Windows.</source>
        <translation>Elija un controlador de dominio que ejecute Windows de 64 bits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMB and WinRM can only be checked with the install account&apos;s login.</source>
        <translation>SMB y WinRM solo se pueden comprobar con el inicio de sesión de la cuenta de instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the Domain Admin&apos;s account and password.</source>
        <translation>Vuelva a comprobar e indique la cuenta y la contraseña del Admin. del dominio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that it is running and that File and Printer Sharing is allowed in its firewall from this computer.</source>
        <translation>Compruebe que está en marcha y que Compartir archivos e impresoras está permitido en su cortafuegos desde este equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows too old</source>
        <translation>Windows demasiado antiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter and the DC agent need Windows Server 2016 or later on the domain controller.</source>
        <translation>El filtro de contraseñas y el agente del DC necesitan Windows Server 2016 o posterior en el controlador de dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the domain controller, or choose another one.</source>
        <translation>Actualice el controlador de dominio o elija otro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong kind of login</source>
        <translation>Tipo de inicio de sesión incorrecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login given is for another kind of domain controller: SSH for Samba, SMB and WinRM for Windows.</source>
        <translation>El inicio de sesión indicado es para otro tipo de controlador de dominio: SSH para Samba, SMB y WinRM para Windows.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s operating system in the list, then try again.</source>
        <translation>Compruebe el sistema operativo del controlador de dominio en la lista y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMB cannot be encrypted</source>
        <translation>No se puede cifrar SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not offer SMB 3 encryption, which the install needs to copy the agent&apos;s key.</source>
        <translation>El controlador de dominio no ofrece cifrado SMB 3, que la instalación necesita para copiar la clave del agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on SMB 3 on the domain controller (Windows Server 2012 or later).</source>
        <translation>Active SMB 3 en el controlador de dominio (Windows Server 2012 o posterior).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tenant&apos;s password policy refused it</source>
        <extracomment>Why a password change was not accepted (the reasons :func:`app.pwsync.admin.rejection_reason` gives; the terminal&apos;s words are :mod:`app.messages`&apos; ``problem`` texts). ``tenant_refused`` shows the tenant&apos;s own words.</extracomment>
        <translation>La directiva de contraseñas del inquilino lo rechazó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC agent&apos;s change did not name its account consistently</source>
        <translation>El cambio del agente del DC no indicaba su cuenta de forma coherente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sealed password could not be opened for this account</source>
        <translation>No se pudo abrir la contraseña sellada para esta cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change names another account than the directory does</source>
        <translation>El cambio indica una cuenta distinta de la del directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account could not be checked against the directory</source>
        <translation>No se pudo comprobar la cuenta en el directorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not valid text</source>
        <translation>La contraseña no es un texto válido</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Agent already running</source>
        <translation>El agente ya se está ejecutando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>Otro agente de Identity Connect ya usa esta configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other agent first.</source>
        <translation>Cierre primero el otro agente.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secure storage</source>
        <translation>Sin almacenamiento seguro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no usable keyring to store passwords in.</source>
        <translation>No hay ningún llavero utilizable para guardar las contraseñas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>En Linux, instale y desbloquee un Secret Service (GNOME Keyring o KWallet); Identity Connect nunca guarda contraseñas en texto claro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring refused</source>
        <translation>Llavero rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring refused to store or read a secret.</source>
        <translation>El llavero se negó a guardar o leer un secreto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring, then retry.</source>
        <translation>Desbloquee el llavero y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Configuration problem</source>
        <translation>Problema de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration file %1 cannot be used.</source>
        <translation>No se puede usar el archivo de configuración %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>Vuelva a ejecutar la configuración o restaure el archivo desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State file damaged</source>
        <translation>Archivo de estado de sincronización dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state file %1 is damaged, so the agent does not sync.</source>
        <translation>El archivo de estado de sincronización %1 del agente está dañado, por lo que el agente no sincroniza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a backup, or move it aside to start over with a first-run review; then start Identity Connect again.</source>
        <translation>Restaure el archivo desde una copia de seguridad o muévalo a otro lugar para empezar de nuevo con una revisión como la de la primera ejecución; después, vuelva a iniciar Identity Connect.</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>No run to approve</source>
        <translation>No hay ninguna ejecución que aprobar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run %1 is waiting for approval.</source>
        <translation>No hay ninguna ejecución %1 esperando aprobación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the status window to see the run that waits, or start a new sync.</source>
        <translation>Abra la ventana de estado para ver la ejecución en espera, o inicie una nueva sincronización.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown setting</source>
        <translation>Ajuste desconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting %1.</source>
        <translation>No existe el ajuste %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the setting&apos;s name.</source>
        <translation>Compruebe el nombre del ajuste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting cannot be changed here</source>
        <translation>El ajuste no se puede cambiar aquí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 no se puede cambiar de esta forma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the directory connection with Change LDAP settings, and the owner with Change ownership.</source>
        <translation>Cambie la conexión al directorio con Cambiar la configuración LDAP, y el propietario con Cambiar propietario.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings not valid</source>
        <translation>Configuración no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new settings are not valid, so nothing was saved.</source>
        <translation>La nueva configuración no es válida, así que no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the values, then save again.</source>
        <translation>Corrija los valores y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State from a newer version</source>
        <translation>Estado de sincronización de una versión más reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state was written by a newer version of Identity Connect.</source>
        <translation>El estado de sincronización del agente lo escribió una versión más reciente de Identity Connect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install that version or a later one.</source>
        <translation>Instale esa versión o una posterior.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status file damaged</source>
        <translation>Archivo de estado dañado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status file %1 is damaged.</source>
        <translation>El archivo de estado %1 está dañado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it and start Identity Connect: it writes a new one.</source>
        <translation>Elimínelo e inicie Identity Connect: escribirá uno nuevo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration folder not private</source>
        <translation>Carpeta de configuración no privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 belongs to another user or other users may write to it, so Identity Connect refuses to use it.</source>
        <translation>La carpeta %1 pertenece a otro usuario u otros usuarios pueden escribir en ella, por lo que Identity Connect se niega a usarla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the folder yours and private to you (chmod 700), then start Identity Connect again.</source>
        <translation>Haga que la carpeta sea suya y solo accesible para usted (chmod 700) y vuelva a iniciar Identity Connect.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMB answer</source>
        <translation>Sin respuesta SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>The domain controller does not answer on SMB (port 445).</source>
        <translation>El controlador de dominio no responde por SMB (puerto 445).</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no firewall between blocks port 445.</source>
        <translation>Compruebe que está en marcha, que Compartir archivos e impresoras está permitido en su cortafuegos y que ningún cortafuegos intermedio bloquea el puerto 445.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB login refused</source>
        <translation>Inicio de sesión SMB rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the install account&apos;s login (wrong password or unknown account).</source>
        <translation>El controlador de dominio rechazó el inicio de sesión de la cuenta de instalación (contraseña incorrecta o cuenta desconocida).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the user name (DOMAIN\user or user@domain) and the password.</source>
        <translation>Compruebe el nombre de usuario (DOMINIO\usuario o usuario@dominio) y la contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install account cannot log in</source>
        <translation>La cuenta de instalación no puede iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is disabled, locked out or expired, or its password must be changed first.</source>
        <translation>La cuenta de instalación está deshabilitada, bloqueada o caducada, o primero debe cambiarse su contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account in Active Directory Users and Computers, or use another one.</source>
        <translation>Corrija la cuenta en Usuarios y equipos de Active Directory o utilice otra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NTLM is blocked</source>
        <translation>NTLM está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refuses NTLM logins, which the install uses.</source>
        <translation>El controlador de dominio rechaza los inicios de sesión NTLM, que la instalación utiliza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install the agent on the domain controller by hand.</source>
        <translation>Añada este equipo a las excepciones de servidor de la directiva Restringir NTLM para la instalación, o instale el agente manualmente en el controlador de dominio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB session cannot be signed</source>
        <translation>No se puede firmar la sesión SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller let the account in only as a guest, or demands encryption this connection cannot give.</source>
        <translation>El controlador de dominio solo admitió la cuenta como invitado, o exige un cifrado que esta conexión no puede ofrecer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the install account and the domain controller&apos;s SMB settings.</source>
        <translation>Compruebe la cuenta de instalación y la configuración SMB del controlador de dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Not an administrator of the domain controller</source>
        <translation>No es administrador del controlador de dominio</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The install account logged in but may not open the ADMIN$ share.</source>
        <translation>La cuenta de instalación inició sesión, pero no puede abrir el recurso compartido ADMIN$.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Use a member of Domain Admins.</source>
        <translation>Utilice un miembro de Admins. del dominio.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No ADMIN$ share</source>
        <translation>Sin recurso compartido ADMIN$</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares are turned off.</source>
        <translation>El controlador de dominio no tiene recurso compartido ADMIN$: no es un servidor Windows o sus recursos compartidos administrativos están desactivados.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the administrative shares on (AutoShareServer) for the install.</source>
        <translation>Active los recursos compartidos administrativos (AutoShareServer) para la instalación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected SMB answer</source>
        <translation>Respuesta SMB inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.</source>
        <translation>Lo que responde en el puerto 445 del controlador de dominio no es un servidor SMB2/3, o ha fallado de forma inesperada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s name. The log file has the details.</source>
        <translation>Compruebe el nombre del controlador de dominio. El archivo de registro contiene los detalles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No WinRM answer</source>
        <translation>Sin respuesta WinRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP).</source>
        <translation>El controlador de dominio no responde por WinRM (puerto HTTPS 5986, o 5985 por HTTP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.</source>
        <translation>Active la administración remota con un agente de escucha HTTPS (winrm quickconfig) y permita el puerto en su cortafuegos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WinRM certificate not trusted</source>
        <translation>Certificado WinRM no fiable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the domain controller&apos;s WinRM listener is not trusted or is not for this name.</source>
        <translation>El certificado del agente de escucha WinRM del controlador de dominio no es de confianza o no es para este nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the CA file of the certificate&apos;s issuer, or issue the listener a certificate for the domain controller&apos;s name.</source>
        <translation>Elija el archivo de la CA emisora del certificado, o emita para el agente de escucha un certificado con el nombre del controlador de dominio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WinRM login refused</source>
        <translation>Inicio de sesión WinRM rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s WinRM refused the install account&apos;s login.</source>
        <translation>WinRM del controlador de dominio rechazó el inicio de sesión de la cuenta de instalación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password, and that Negotiate authentication is on for WinRM.</source>
        <translation>Compruebe el nombre de usuario y la contraseña, y que la autenticación Negotiate está activada para WinRM.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The install account logged in to WinRM but may not use it.</source>
        <translation>La cuenta de instalación inició sesión en WinRM, pero no tiene permiso para usarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected WinRM answer</source>
        <translation>Respuesta WinRM inesperada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.</source>
        <translation>Lo que responde en el puerto WinRM del controlador de dominio no es WinRM, o ha fallado de forma inesperada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the port and the domain controller&apos;s name. The log file has the details.</source>
        <translation>Compruebe el puerto y el nombre del controlador de dominio. El archivo de registro contiene los detalles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System error</source>
        <translation>Error del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system reported: %1.</source>
        <translation>El sistema operativo informó: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check disk space and permissions, then retry.</source>
        <translation>Compruebe el espacio en disco y los permisos y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <location line="-735"/>
        <source>%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). Nothing was changed.</source>
        <translation>
            <numerusform>%n usuario o grupo gestionado ya no es visible para la cuenta de enlace (visto por última vez en %1). No se ha cambiado nada.</numerusform>
            <numerusform>%n usuarios o grupos gestionados ya no son visibles para la cuenta de enlace (vistos por última vez en %1). No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bind account can no longer read %1. Nothing was changed.</source>
        <translation>La cuenta de enlace ya no puede leer %1. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managed users or groups are no longer visible to the bind account, and the directory shows no sign that they were deleted. Nothing was changed. Settings › Review names the OUs.</source>
        <translation>Hay usuarios o grupos gestionados que ya no son visibles para la cuenta de enlace, y el directorio no muestra indicios de que se hayan eliminado. No se ha cambiado nada. Configuración › Revisión indica las UO.</translation>
    </message>
    <message>
        <location line="+735"/>
        <source>Objects no longer visible</source>
        <translation>Objetos que ya no son visibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the bind account&apos;s read rights on these OUs. Users are disabled or deleted only when the directory shows they were deleted.</source>
        <translation>Compruebe los permisos de lectura de la cuenta de enlace en estas UO. Los usuarios solo se deshabilitan o eliminan cuando el directorio muestra que se eliminaron.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent stopped</source>
        <translation>El agente se ha detenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service stopped because of an unexpected problem.</source>
        <translation>El servicio del agente se ha detenido por un problema inesperado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Identity Connect again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Vuelva a iniciar Identity Connect. Si sigue ocurriendo, envíe el archivo de registro a su soporte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please confirm</source>
        <translation>Confirme, por favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting users in the cloud loses their data for good.</source>
        <translation>Al eliminar usuarios en la nube, sus datos se pierden para siempre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation below the warning, then save again.</source>
        <translation>Marque la confirmación que hay bajo la advertencia y vuelva a guardar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings do not fit together</source>
        <translation>La configuración no es coherente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Disable” when a user leaves the selected OUs needs status sync set to Reflect.</source>
        <translation>«Deshabilitar al usuario» cuando un usuario sale de las UO seleccionadas requiere que la sincronización del estado esté en «Reflejar».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs.</source>
        <translation>Ponga la sincronización del estado en «Reflejar» o elija «No hacer nada» para los usuarios que salen de las UO.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host key not confirmed</source>
        <translation>Clave de host no confirmada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s SSH host key was not confirmed, so no login was sent.</source>
        <translation>La clave de host SSH del controlador de dominio no se confirmó, así que no se envió ninguna credencial.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the DC&apos;s own and tick that it matches.</source>
        <translation>Compare la huella digital con la del propio DC y marque que coincide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites not met</source>
        <translation>Requisitos no cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not meet every prerequisite, so nothing was installed.</source>
        <translation>El controlador de dominio no cumple todos los requisitos, así que no se instaló nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rows marked ✗, then try again.</source>
        <translation>Corrija las filas marcadas con ✗ y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Domain Admin</source>
        <translation>No es Admin. del dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is not a member of Domain Admins, directly or through a nested group.</source>
        <translation>La cuenta de instalación no es miembro de Admins. del dominio, ni directamente ni a través de un grupo anidado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a Domain Admin&apos;s account, or add this one to Domain Admins.</source>
        <translation>Utilice la cuenta de un Admin. del dominio o añada esta a Admins. del dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account not found</source>
        <translation>Cuenta no encontrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account was not found in the directory.</source>
        <translation>No se encontró la cuenta de instalación en el directorio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it as user@domain or DOMAIN\user.</source>
        <translation>Indíquela como usuario@dominio o DOMINIO\usuario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Domain controller not reachable</source>
        <translation>Controlador de dominio inaccesible</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The domain controller does not answer on SSH (port 22).</source>
        <translation>El controlador de dominio no responde por SSH (puerto 22).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running, that sshd listens and that no firewall blocks the port.</source>
        <translation>Compruebe que está en marcha, que sshd escucha y que ningún cortafuegos bloquea el puerto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a DC of this domain</source>
        <translation>No es un DC de este dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory lists no domain controller by this name.</source>
        <translation>El directorio no contiene ningún controlador de dominio con este nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name, or join the computer to the domain as a DC.</source>
        <translation>Compruebe el nombre o una el equipo al dominio como DC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+87"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Password capture can only be checked with an SSH login.</source>
        <translation>La captura de contraseñas solo se puede comprobar con un inicio de sesión SSH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the DC&apos;s SSH login.</source>
        <translation>Vuelva a comprobar e indique el inicio de sesión SSH del DC.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the domain controller does not answer.</source>
        <translation>Sin comprobar, porque el controlador de dominio no responde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it reachable first.</source>
        <translation>Primero haga que sea accesible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator on the DC</source>
        <translation>No es administrador en el DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH account is neither root nor allowed password-less sudo.</source>
        <translation>La cuenta SSH no es root ni tiene permitido sudo sin contraseña.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as root, or give the account sudo without a password.</source>
        <translation>Inicie sesión como root o permita a la cuenta usar sudo sin contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samba cannot hand over passwords</source>
        <translation>Samba no puede entregar las contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba 4.7 or later with &apos;samba-tool user syncpasswords&apos; is needed.</source>
        <translation>Se necesita Samba 4.7 o posterior con «samba-tool user syncpasswords».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Samba on the domain controller.</source>
        <translation>Actualice Samba en el controlador de dominio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>python3-gpg missing</source>
        <translation>Falta python3-gpg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba&apos;s Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps.</source>
        <translation>Al Python de Samba en el DC le falta el módulo gpg, por lo que no puede descifrar las contraseñas que guarda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install python3-gpg on the DC (apt install python3-gpg), then check again.</source>
        <translation>Instale python3-gpg en el DC (apt install python3-gpg) y vuelva a comprobar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>smb.conf not found</source>
        <translation>No se encontró smb.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s smb.conf is not where Debian and Ubuntu keep it.</source>
        <translation>El smb.conf del DC no está donde lo guardan Debian y Ubuntu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install with the command line and give its path with --samba-conf.</source>
        <translation>Instale con la línea de comandos e indique su ruta con --samba-conf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password capture</source>
        <translation>Sin captura de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s Samba cannot hand over passwords.</source>
        <translation>El Samba del DC no puede entregar las contraseñas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Samba 4.7 or later and python3-gpg on the DC.</source>
        <translation>Instale Samba 4.7 o posterior y python3-gpg en el DC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH not reachable</source>
        <translation>SSH inaccesible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH server cannot be reached.</source>
        <translation>No se puede acceder al servidor SSH del DC.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it runs and that the port is open from this computer.</source>
        <translation>Compruebe que está en marcha y que el puerto está abierto desde este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Different host key</source>
        <translation>Clave de host distinta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH host key is not the one you confirmed, so no login was sent.</source>
        <translation>La clave de host SSH del DC no es la que usted confirmó, así que no se envió ninguna credencial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the DC&apos;s own before you try again.</source>
        <translation>Compare la huella digital con la del propio DC antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login refused</source>
        <translation>Inicio de sesión rechazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the SSH login.</source>
        <translation>El controlador de dominio rechazó el inicio de sesión SSH.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the key file or password.</source>
        <translation>Compruebe el nombre de usuario y el archivo de clave o la contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install step failed</source>
        <translation>Falló un paso de la instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the install failed on the domain controller.</source>
        <translation>Un paso de la instalación falló en el controlador de dominio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the log for the step and the DC&apos;s answer, fix it there and install again.</source>
        <translation>Consulte en el registro el paso y la respuesta del DC, corríjalo allí y vuelva a instalar.</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+30"/>
        <source>Store passwords in the keyring</source>
        <translation>Guardar las contraseñas en el llavero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the configuration</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the agent with your tenant</source>
        <translation>Registrar el agente en su inquilino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the agent service</source>
        <translation>Iniciar el servicio del agente</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>Guardando la configuración, registrando el agente e iniciándolo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the installation</source>
        <translation>Repetir la instalación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect está instalado y en marcha. Haga clic en Finalizar; el agente sigue funcionando en segundo plano y muestra su estado en la bandeja del sistema o en su ventana de estado.</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64"/>
        <location line="+60"/>
        <source>Key format is valid (tenant: %1).</source>
        <translation>El formato de la clave es válido (inquilino: %1).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Key accepted by %1.</source>
        <translation>Clave aceptada por %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Installation key</source>
        <translation>Clave de instalación</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Paste the installation key you created in your tenant&apos;s admin console (Directory &gt; Agents).</source>
        <translation>Pegue la clave de instalación que creó en la consola de administración de su inquilino (Directorio &gt; Agentes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation &amp;key:</source>
        <translation>&amp;Clave de instalación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with your tenant…</source>
        <translation>Comprobando la clave con su inquilino…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checking the key</source>
        <translation>Repetir la comprobación de la clave</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61"/>
        <source>This language&apos;s translation files are missing.</source>
        <translation>Faltan los archivos de traducción de este idioma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Identity Connect</source>
        <translation>Bienvenido a Identity Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>Este asistente conecta su Active Directory con su directorio en la nube. Elija su idioma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>LdapSettingsPage</name>
    <message>
        <location filename="../ui/settings/pages_directory.py" line="+55"/>
        <source>Change LDAP settings</source>
        <translation>Cambiar la configuración LDAP</translation>
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
        <translation>La comprobación de la conexión ha sido correcta con la CA de confianza. Guarde para conservar el cambio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change how the agent reaches the directory. Leave the password empty to keep the stored one. Save checks the connection first and stores nothing unless every check passes; the running agent then reconnects without a restart.</source>
        <translation>Cambie cómo accede el agente al directorio. Deje la contraseña vacía para conservar la guardada. Guardar comprueba primero la conexión y no guarda nada a menos que se superen todas las comprobaciones; después, el agente en ejecución se vuelve a conectar sin reiniciarse.</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+41"/>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect es software libre. Lea y acepte su licencia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence online:</source>
        <translation>Licencia en línea:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence address</source>
        <translation>Dirección de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the licence address</source>
        <translation>Copiar la dirección de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the licence terms</source>
        <translation>&amp;Acepto los términos de la licencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I accept the licence terms</source>
        <translation>Acepto los términos de la licencia</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/status/logs.py" line="+92"/>
        <source>The log is empty so far.</source>
        <translation>El registro aún está vacío.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identity Connect — Log</source>
        <translation>Identity Connect — Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>Archivo de registro: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent log (read-only)</source>
        <translation>Registro del agente (solo lectura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the log again</source>
        <translation>Volver a leer el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log &amp;folder</source>
        <translation>Abrir la &amp;carpeta de registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the log folder in the file manager</source>
        <translation>Abrir la carpeta de registros en el explorador de archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/settings/pages_mapping.py" line="+113"/>
        <source>Mapping</source>
        <extracomment>SCIM attributes offered for mapping (each may be left unmapped, except userName / displayName).</extracomment>
        <translation>Asignación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the directory&apos;s attributes…</source>
        <translation>Leyendo los atributos del directorio…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n attribute(s) available in the directory.</source>
        <translation>
            <numerusform>%n atributo disponible en el directorio.</numerusform>
            <numerusform>%n atributos disponibles en el directorio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Directory attribute for %1</source>
        <translation>Atributo del directorio para %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;User mapping</source>
        <translation>Asignación de &amp;usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group mapping</source>
        <translation>Asignación de gru&amp;pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped</source>
        <translation>Asignados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all, mapped or unmapped attributes</source>
        <translation>Mostrar todos los atributos, los asignados o los sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud attribute (SCIM)</source>
        <translation>Atributo en la nube (SCIM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory attribute</source>
        <translation>Atributo del directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute mapping</source>
        <translation>Asignación de atributos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest</source>
        <translation>&amp;Sugerir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the suggested mapping for unmapped attributes</source>
        <translation>Rellenar la asignación sugerida para los atributos sin asignar</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../ui/settings/pages_owner.py" line="+50"/>
        <source>Change ownership</source>
        <translation>Cambiar propietario</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 now owns this agent; the previous owner was released.</source>
        <translation>%1 es ahora el propietario de este agente; el propietario anterior ha dejado de serlo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This agent is owned by %1. Another admin of the tenant can take it over by signing in here.</source>
        <translation>El propietario de este agente es %1. Otro administrador del inquilino puede hacerse cargo de él iniciando sesión aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in as the new owner…</source>
        <translation>&amp;Iniciar sesión como nuevo propietario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new owner&apos;s sign-in</source>
        <translation>Iniciar la sesión del nuevo propietario</translation>
    </message>
</context>
<context>
    <name>PasswordSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+437"/>
        <source>Password sync</source>
        <extracomment>Where Samba is on the DCs; the defaults fit Debian&apos;s and Ubuntu&apos;s packages (the command line has options for other layouts). Where each DC&apos;s SSH server answers, when not on its own name. Windows DCs: where SMB and WinRM answer, when not on the DC&apos;s own name; the kit copied to them (None: the default place, :func:`app.pwsync.admin.kit_dir`).</extracomment>
        <translation>Sincronización de contraseñas</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</source>
        <translation>
            <numerusform>%n cambio de contraseña no aceptado por la nube. Se rechazó una vez y no se vuelve a enviar; el próximo cambio de contraseña del usuario sí se enviará.</numerusform>
            <numerusform>%n cambios de contraseña no aceptados por la nube. Cada uno se rechazó una vez y no se vuelve a enviar; el próximo cambio de contraseña del usuario sí se enviará.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install initiated</source>
        <translation>Instalación iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed, not connected yet</source>
        <translation>Instalado, aún no conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed; restart the DC</source>
        <translation>Instalado; reinicie el DC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed; restart Samba on the DC</source>
        <translation>Instalado; reinicie Samba en el DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall initiated</source>
        <translation>Desinstalación iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstalled</source>
        <translation>Desinstalado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install failed: %1</source>
        <translation>Error de instalación: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking prerequisites…</source>
        <translation>Comprobando requisitos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the DC&apos;s key…</source>
        <translation>Creando la clave del DC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuring Samba…</source>
        <translation>Configurando Samba…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the agent…</source>
        <translation>Copiando el agente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the agent…</source>
        <translation>Iniciando el agente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation>Reiniciando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the agent…</source>
        <translation>Quitando el agente…</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Install account is a Domain Admin</source>
        <translation>La cuenta de instalación es Admin. del dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC answers on SSH</source>
        <translation>El DC responde por SSH</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DC answers on SMB</source>
        <translation>El DC responde por SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC belongs to this domain</source>
        <translation>El DC pertenece a este dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC runs a Windows the password filter supports</source>
        <translation>El DC ejecuta una versión de Windows compatible con el filtro de contraseñas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC can capture password changes</source>
        <translation>El DC puede capturar los cambios de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows DC kit is on this computer</source>
        <translation>El kit de DC de Windows está en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account opens ADMIN$ over SMB</source>
        <translation>La cuenta de instalación abre ADMIN$ por SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account runs PowerShell over WinRM</source>
        <translation>La cuenta de instalación ejecuta PowerShell por WinRM</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 meets every prerequisite.</source>
        <translation>%1 cumple todos los requisitos.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restart %1 so Windows loads (or lets go of) the password filter.</source>
        <translation>Reinicie %1 para que Windows cargue (o libere) el filtro de contraseñas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Samba on %1 (systemctl restart samba-ad-dc) so it keeps passwords for capture.</source>
        <translation>Reinicie Samba en %1 (systemctl restart samba-ad-dc) para que guarde las contraseñas para su captura.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a user changes their password in the directory, the cloud account gets the same password within seconds. An agent on each chosen domain controller sends the change; the password exists only in memory on its way.</source>
        <translation>Cuando un usuario cambia su contraseña en el directorio, la cuenta en la nube recibe la misma contraseña en pocos segundos. Un agente en cada controlador de dominio elegido envía el cambio; la contraseña solo existe en memoria durante el trayecto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on password sync</source>
        <translation>&amp;Activar la sincronización de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on password sync</source>
        <translation>Activar la sincronización de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain (from the LDAP settings)</source>
        <translation>Dominio (de la configuración LDAP)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controller agents reach this agent at %1.</source>
        <translation>Los agentes de los controladores de dominio acceden a este agente en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controllers</source>
        <translation>Controladores de dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>Controlador de dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers: tick the ones that run a password-sync agent</source>
        <translation>Controladores de dominio: marque los que ejecutan un agente de sincronización de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the &amp;list again</source>
        <translation>&amp;Volver a leer la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the domain controllers from the directory again</source>
        <translation>Volver a leer los controladores de dominio del directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install &amp;account (AD):</source>
        <translation>&amp;Cuenta de instalación (AD):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user@domain, to check Domain Admins membership</source>
        <translation>usuario@dominio, para comprobar la pertenencia a Admins. del dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account to check for Domain Admins membership</source>
        <translation>Cuenta de instalación cuya pertenencia a Admins. del dominio se comprueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check prerequisites</source>
        <translation>Com&amp;probar requisitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prerequisites of the selected domain controller</source>
        <translation>Comprobar los requisitos del controlador de dominio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install…</source>
        <translation>&amp;Instalar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the password-sync agent on the selected domain controller</source>
        <translation>Instalar el agente de sincronización de contraseñas en el controlador de dominio seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uninstall…</source>
        <translation>Desins&amp;talar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the password-sync agent from the selected domain controller</source>
        <translation>Quitar el agente de sincronización de contraseñas del controlador de dominio seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisite</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found, or what to do</source>
        <translation>Resultado o qué hacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites of the selected domain controller</source>
        <translation>Requisitos del controlador de dominio seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync message</source>
        <translation>Mensaje de la sincronización de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted by the cloud</source>
        <translation>No aceptados por la nube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept</source>
        <translation>Cambios de contraseña que la nube no aceptó</translation>
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
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant address</source>
        <translation>Dirección del inquilino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installation key</source>
        <translation>Clave de instalación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device name</source>
        <translation>Nombre del dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers</source>
        <translation>Controladores de dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account</source>
        <translation>Cuenta de enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System trust store</source>
        <translation>Almacén de confianza del sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration folder</source>
        <translation>Carpeta de configuración</translation>
    </message>
    <message>
        <location filename="../ui/settings/pages_review.py" line="+162"/>
        <location filename="../ui/wizard/pages_install.py" line="+11"/>
        <source>Review</source>
        <extracomment>Tabs: name, the object kind shown (None: users and groups), the categories shown.</extracomment>
        <translation>Revisión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A sync stopped because managed users are no longer visible to the bind account. Check its read rights; approve only if they were deleted (they are then disabled, never deleted).</source>
        <translation>Una sincronización se detuvo porque los usuarios gestionados ya no son visibles para la cuenta de enlace. Compruebe sus permisos de lectura; apruebe solo si se eliminaron (entonces se deshabilitan, nunca se eliminan).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the plan…</source>
        <translation>Calculando el plan…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing will be written.</source>
        <translation>No se escribirá nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the whole domain. No OU is selected, so every user and group the bind account can read is in scope. Go back and choose OUs in Sync scope to narrow it.</source>
        <translation>Ámbito: todo el dominio. No hay ninguna UO seleccionada, así que todos los usuarios y grupos que la cuenta de enlace puede leer están en el ámbito. Vuelva atrás y elija UO en Ámbito de sincronización para acotarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the selected OUs.</source>
        <translation>Ámbito: las UO seleccionadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n user(s) will be created</source>
        <translation>
            <numerusform>Se creará %n usuario</numerusform>
            <numerusform>Se crearán %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be updated</source>
        <translation>
            <numerusform>Se actualizará %n usuario</numerusform>
            <numerusform>Se actualizarán %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be activated</source>
        <translation>
            <numerusform>Se activará %n usuario</numerusform>
            <numerusform>Se activarán %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be disabled</source>
        <translation>
            <numerusform>Se deshabilitará %n usuario</numerusform>
            <numerusform>Se deshabilitarán %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be deleted</source>
        <translation>
            <numerusform>Se eliminará %n usuario</numerusform>
            <numerusform>Se eliminarán %n usuarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be created</source>
        <translation>
            <numerusform>Se creará %n grupo</numerusform>
            <numerusform>Se crearán %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be updated</source>
        <translation>
            <numerusform>Se actualizará %n grupo</numerusform>
            <numerusform>Se actualizarán %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be deleted</source>
        <translation>
            <numerusform>Se eliminará %n grupo</numerusform>
            <numerusform>Se eliminarán %n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly the ones listed, no others.</source>
        <translation>
            <numerusform>%n deshabilitación o eliminación: más de lo que permite el umbral de seguridad. Finalizar aprueba exactamente la indicada, ninguna otra.</numerusform>
            <numerusform>%n deshabilitaciones y eliminaciones: más de lo que permite el umbral de seguridad. Finalizar aprueba exactamente las indicadas, ninguna otra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n disable(s) and deletion(s): within the safety threshold.</source>
        <translation>
            <numerusform>%n deshabilitación o eliminación: dentro del umbral de seguridad.</numerusform>
            <numerusform>%n deshabilitaciones y eliminaciones: dentro del umbral de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applied. The run&apos;s results are in the status window.</source>
        <translation>Aplicado. Los resultados de la ejecución están en la ventana de estado.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Run approved and applied.</source>
        <translation>Ejecución aprobada y aplicada.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run rejected; nothing was changed.</source>
        <translation>Ejecución rechazada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New users</source>
        <translation>Usuarios nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users to update</source>
        <translation>Por actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for activation / disable</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignorados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer visible to the bind account (deleted, or its read rights changed)</source>
        <translation>Ya no es visible para la cuenta de enlace (se eliminó o cambiaron sus permisos de lectura)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in the selected OUs</source>
        <translation>Nuevo en las UO seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the cloud, still in the directory</source>
        <translation>Eliminado en la nube, aún en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched an existing cloud user by user name</source>
        <translation>Asociado por nombre de usuario a un usuario existente en la nube</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>Atributos modificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members changed</source>
        <translation>Miembros modificados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled in the directory</source>
        <translation>Habilitado en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled in the directory</source>
        <translation>Deshabilitado en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the selected OUs or criteria</source>
        <translation>Salió de las UO seleccionadas o ya no cumple los criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the directory</source>
        <translation>Eliminado en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s owner is never disabled or deleted</source>
        <translation>El propietario del agente nunca se deshabilita ni se elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope (no longer managed)</source>
        <translation>Fuera del ámbito (ya no se gestiona)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the sync criteria</source>
        <translation>No cumple los criterios de sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name in the directory</source>
        <translation>Sin nombre de usuario en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name used by another user</source>
        <translation>Nombre de usuario en uso por otro usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud user belongs to another directory object</source>
        <translation>El usuario en la nube pertenece a otro objeto del directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync is “Do nothing”</source>
        <translation>La sincronización del estado está en «No hacer nada»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work out the current plan</source>
        <translation>Calcular el plan actual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name / attribute</source>
        <translation>Nombre / atributo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change / old value</source>
        <translation>Cambio / valor previo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / new value</source>
        <translation>Motivo / valor nuevo</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>A sync stopped before disabling or deleting more users than the safety threshold allows.</source>
        <translation>Una sincronización se detuvo antes de deshabilitar o eliminar más usuarios de los que permite el umbral de seguridad.</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>AD system object</source>
        <translation>Objeto del sistema de AD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See what a sync would do now and untick what must not be written, then Add and Continue.</source>
        <translation>Vea lo que haría ahora una sincronización y desmarque lo que no deba escribirse; después, haga clic en Añadir y continuar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scope is the whole domain: no OU is selected, so every user and group the bind account can read is synced (AD system objects excepted). Choose OUs in Sync scope to narrow it.</source>
        <translation>El ámbito es todo el dominio: no hay ninguna UO seleccionada, así que se sincronizan todos los usuarios y grupos que la cuenta de enlace puede leer (salvo los objetos del sistema de AD). Elija UO en Ámbito de sincronización para acotarlo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finish writes exactly this to the cloud directory:</source>
        <translation>Finalizar escribe exactamente esto en el directorio en la nube:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of what will be written</source>
        <translation>Resumen de lo que se escribirá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and &amp;Continue</source>
        <translation>Añadir y &amp;continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a summary of the ticked changes before writing</source>
        <translation>Mostrar un resumen de los cambios marcados antes de escribirlos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of changes</source>
        <translation>Volver a la lista de cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the ticked changes to the cloud directory</source>
        <translation>Escribir los cambios marcados en el directorio en la nube</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appro&amp;ve</source>
        <translation>Apr&amp;obar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the stopped run</source>
        <translation>Aprobar la ejecución detenida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the stopped run</source>
        <translation>Rechazar la ejecución detenida</translation>
    </message>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+2"/>
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>Revise la configuración. Use Atrás para cambiar cualquier cosa; Instalar configura el agente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the settings</source>
        <translation>Resumen de la configuración</translation>
    </message>
</context>
<context>
    <name>RunDetailsDialog</name>
    <message>
        <location filename="../ui/status/window.py" line="+140"/>
        <source>Export run as CSV</source>
        <extracomment>The tray icon / status badge for each state of the agent. How many of the changes the cloud did not accept are listed (the newest).</extracomment>
        <translation>Exportar la ejecución como CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n objeto exportado.</numerusform>
            <numerusform>%n objetos exportados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1</source>
        <translation>Ejecución %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Started %1 — %n object(s)</source>
        <translation>
            <numerusform>Inicio: %1 — %n objeto</numerusform>
            <numerusform>Inicio: %1 — %n objetos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this run&apos;s outcomes as CSV</source>
        <translation>Exportar como CSV los resultados de esta ejecución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-object outcomes</source>
        <translation>Resultados por objeto</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/pages_schedule.py" line="+61"/>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Run:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>&amp;A las:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;weekday:</source>
        <translation>Día de la &amp;semana:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday</source>
        <translation>Día de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;day of the month:</source>
        <translation>&amp;Día del mes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run:</source>
        <translation>Próxima ejecución:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are this computer&apos;s local time. A day after the end of a shorter month runs on its last day.</source>
        <translation>Las horas son la hora local de este equipo. Si el día elegido no existe en un mes más corto, se ejecuta el último día de ese mes.</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../ui/settings/pages_scope.py" line="+146"/>
        <source>Sync scope</source>
        <translation>Ámbito de sincronización</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the OU tree…</source>
        <translation>Leyendo el árbol de UO…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n OU(s) directly below the base DN; open one to read what is below it.</source>
        <translation>
            <numerusform>%n OU directamente bajo el DN base; ábrala para leer lo que contiene.</numerusform>
            <numerusform>%n OU directamente bajo el DN base; abra una para leer lo que contiene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+184"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 is no longer in the directory. Reload the tree to see the current OUs.</source>
        <translation>%1 ya no está en el directorio. Vuelva a cargar el árbol para ver las OU actuales.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No custom query: every user in the chosen OUs is in scope.</source>
        <translation>Sin consulta personalizada: todos los usuarios de las UO elegidas están en el ámbito.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid LDAP query.</source>
        <translation>Consulta LDAP válida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the query first.</source>
        <translation>Corrija primero la consulta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s) in scope.</source>
        <translation>
            <numerusform>%n usuario en el ámbito.</numerusform>
            <numerusform>%n usuarios en el ámbito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisational units (tick the ones to sync, with everything below):</source>
        <translation>Unidades organizativas (marque las que desea sincronizar, con todo lo que contienen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU tree</source>
        <translation>Árbol de UO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the OU tree again</source>
        <translation>Volver a leer el árbol de UO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs:</source>
        <translation>UO elegidas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs</source>
        <translation>UO elegidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected OU from the scope</source>
        <translation>Quitar del ámbito la UO seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types</source>
        <translation>Tipos de objeto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>Gru&amp;pos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;groups</source>
        <translation>Grupos de &amp;seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AD system objects (left out unless chosen)</source>
        <translation>Objetos del sistema de AD (excluidos salvo que los elija)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync AD&apos;s built-in &amp;accounts (Administrator, Guest, krbtgt, …)</source>
        <translation>Sincronizar las cuen&amp;tas integradas de AD (Administrador, Invitado, krbtgt, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync AD&apos;s built-in gr&amp;oups (Domain Admins, Administrators, Domain Users, …)</source>
        <translation>Sincronizar los grupos &amp;integrados de AD (Admins. del dominio, Administradores, Usuarios del dominio, …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP &amp;query (optional, combined with the OUs):</source>
        <translation>C&amp;onsulta LDAP personalizada (opcional, combinada con las UO):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP query</source>
        <translation>Consulta LDAP personalizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count users in scope</source>
        <translation>Co&amp;ntar usuarios del ámbito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the users in scope now</source>
        <translation>Contar ahora los usuarios del ámbito</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings/window.py" line="+255"/>
        <source>Saved. The agent uses the new settings from now on.</source>
        <translation>Guardado. El agente usa la nueva configuración a partir de ahora.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved.</source>
        <translation>No guardado.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Identity Connect — Settings</source>
        <translation>Identity Connect — Configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page</source>
        <translation>Guardar esta página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this page&apos;s unsaved changes</source>
        <translation>Deshacer los cambios no guardados de esta página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+340"/>
        <source>Identity Connect setup</source>
        <extracomment>What the pages after the licence are made of, and through them the network stack (httpx, ldap3, keyring, cryptography, the pydantic models, qrcode): none of it is needed to paint the language page. How often the GUI thread looks whether the background imports have ended (they take a second or so).</extracomment>
        <translation>Configuración de Identity Connect</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>Un administrador de su organización aprueba este agente iniciando sesión.</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39"/>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This administrator will own the agent.</source>
        <translation>Este administrador será el propietario del agente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>Compruebe que es la cuenta que quería usar y continúe para conectar su directorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="-758"/>
        <source>Choose the SSH private key</source>
        <translation>Elegir la clave privada SSH</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH login for %1</source>
        <translation>Inicio de sesión SSH en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this fingerprint of %1&apos;s SSH host key with the DC&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the DC). The login is used for this action only and is not stored.</source>
        <translation>Compare esta huella digital de la clave de host SSH de %1 con la del propio DC (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub en el DC). El inicio de sesión solo se usa para esta acción y no se guarda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host key:</source>
        <translation>Clave de host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>Archivo de &amp;clave:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH host key fingerprint</source>
        <translation>Huella digital de la clave de host SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;fingerprint matches the DC&apos;s own</source>
        <translation>La &amp;huella digital coincide con la del DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint matches the DC&apos;s own</source>
        <translation>La huella digital coincide con la del DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user</source>
        <translation>Usuario SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (or give a password)</source>
        <translation>Archivo de clave privada (o indique una contraseña)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH private key file</source>
        <translation>Archivo de clave privada SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the SSH private key file</source>
        <translation>Elegir el archivo de clave privada SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH password</source>
        <translation>Contraseña SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Samba on the DC if the install needs it</source>
        <translation>&amp;Reiniciar Samba en el DC si la instalación lo requiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Samba on the DC if the install needs it</source>
        <translation>Reiniciar Samba en el DC si la instalación lo requiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>Iniciar sesión y continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/status/window.py" line="+335"/>
        <source>Not accepted by the cloud: %1</source>
        <translation>Cambios de contraseña no aceptados por la nube: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the directory and the tenant…</source>
        <translation>Leyendo el directorio y el inquilino…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out the changes…</source>
        <translation>Calculando los cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes…</source>
        <translation>Aplicando los cambios…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with errors</source>
        <translation>Completada con errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Waiting for approval</source>
        <translation>Esperando aprobación</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Aborted</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Waiting for review</source>
        <translation>Esperando revisión</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync is healthy.</source>
        <translation>La sincronización funciona correctamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: the first sync is waiting for your review in Settings › Review.</source>
        <translation>Requiere atención: la primera sincronización espera su revisión en Configuración › Revisión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: managed users are no longer visible to the bind account, so the sync stopped before writing. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>Requiere atención: los usuarios gestionados ya no son visibles para la cuenta de enlace, así que la sincronización se detuvo antes de escribir. Compruebe los permisos de lectura de la cuenta de enlace; Configuración › Revisión indica las UO.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention: a sync stopped before disabling or deleting more users than the safety threshold allows. Approve or reject it in Settings › Review.</source>
        <translation>Requiere atención: una sincronización se detuvo antes de deshabilitar o eliminar más usuarios de los que permite el umbral de seguridad. Apruébela o recházela en Configuración › Revisión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent service is not running.</source>
        <translation>El servicio del agente no se está ejecutando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation>Requiere atención:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention.</source>
        <translation>Requiere atención.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted users are found by a check every %n minute(s): the bind account may not read deleted objects (admin guide: “How deletions are found”).</source>
        <translation>
            <numerusform>Los usuarios eliminados se detectan con una comprobación cada %n minuto: la cuenta de enlace no puede leer objetos eliminados (guía de administración: «Cómo se detectan las eliminaciones»).</numerusform>
            <numerusform>Los usuarios eliminados se detectan con una comprobación cada %n minutos: la cuenta de enlace no puede leer objetos eliminados (guía de administración: «Cómo se detectan las eliminaciones»).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 for changes regularly (it sends no change notifications).</source>
        <translation>Comprobando %1 regularmente en busca de cambios (no envía notificaciones de cambios).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching %1 for changes.</source>
        <translation>Vigilando los cambios en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not watching for changes (turned off): changes sync at the scheduled time.</source>
        <translation>Sin vigilancia de cambios (desactivada): los cambios se sincronizan a la hora programada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain controller ended the change notifications; reconnecting.</source>
        <translation>El controlador de dominio terminó las notificaciones de cambios; reconectando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not watching for changes: %1 Reconnecting.</source>
        <translation>Sin vigilancia de cambios: %1 Reconectando.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n segundo adelantado respecto al del inquilino.</numerusform>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n segundos adelantado respecto al del inquilino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n minuto adelantado respecto al del inquilino.</numerusform>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n minutos adelantado respecto al del inquilino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n segundo atrasado respecto al del inquilino.</numerusform>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n segundos atrasado respecto al del inquilino.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n minuto atrasado respecto al del inquilino.</numerusform>
            <numerusform>Compruebe la fecha y la hora del sistema: el reloj de este equipo va %n minutos atrasado respecto al del inquilino.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the system date and time (no clock difference detected so far).</source>
        <translation>Compruebe la fecha y la hora del sistema (hasta ahora no se ha detectado ninguna diferencia de reloj).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the owner&apos;s sign-in (%1) is still valid; if not, use Change ownership.</source>
        <translation>Compruebe que el inicio de sesión del propietario (%1) sigue siendo válido; si no, use Cambiar propietario.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the owner&apos;s sign-in is still valid; if not, use Change ownership.</source>
        <translation>Compruebe que el inicio de sesión del propietario sigue siendo válido; si no, use Cambiar propietario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the network, proxy and firewall between this computer and the tenant.</source>
        <translation>Compruebe la red, el proxy y el cortafuegos entre este equipo y el inquilino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the agent service is running (the tray icon, or identity-connect-agent status).</source>
        <translation>Compruebe que el servicio del agente se está ejecutando (el icono de la bandeja del sistema o identity-connect-agent status).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not installed</source>
        <translation>No instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity Connect — Status</source>
        <translation>Identity Connect — Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name:</source>
        <translation>Nombre del dispositivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version:</source>
        <translation>Versión del agente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers:</source>
        <translation>Controladores de dominio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>Propietario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>Última sincronización correcta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled run:</source>
        <translation>Próxima ejecución programada:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Troubleshooting</source>
        <translation>Solución de problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Last runs</source>
        <translation>Últimas ejecuciones</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>Deshabilitados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Eliminados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Con error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open run…</source>
        <translation>Abrir ejecución…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected run&apos;s per-object outcomes</source>
        <translation>Abrir los resultados por objeto de la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected run as CSV</source>
        <translation>Exportar como CSV la ejecución seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents</source>
        <translation>Agentes de sincronización de contraseñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>Controlador de dominio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last password delivered</source>
        <translation>Última contraseña entregada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents per domain controller</source>
        <translation>Agentes de sincronización de contraseñas por controlador de dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password sync agent has been reported by the tenant.</source>
        <translation>El inquilino no ha notificado ningún agente de sincronización de contraseñas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept, newest first</source>
        <translation>Cambios de contraseña que la nube no aceptó, los más recientes primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review now…</source>
        <translation>Re&amp;visar ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the run that waits for you in Settings</source>
        <translation>Revisar la ejecución que le espera en Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>Ver &amp;registros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View logs</source>
        <translation>Ver registros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent and quit</source>
        <translation>Detener el agente y salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent state</source>
        <translation>Estado del agente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit Identity Connect</source>
        <translation>Salir de Identity Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent? Sync stops until Identity Connect is started again.</source>
        <translation>¿Detener el agente? La sincronización se detiene hasta que Identity Connect se vuelva a iniciar.</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../ui/tray/app.py" line="+234"/>
        <source>Created %1, updated %2, disabled %3, deleted %4.</source>
        <extracomment>Whether Quit ends the application itself (QCoreApplication.quit) after sig_finished. A caller that drives the loop with run_until_complete sets this False and ends on sig_finished instead.</extracomment>
        <translation>Creados: %1, actualizados: %2, deshabilitados: %3, eliminados: %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n object(s) failed; see the run in the status window.</source>
        <translation>
            <numerusform>%n objeto con error; consulte la ejecución en la ventana de estado.</numerusform>
            <numerusform>%n objetos con error; consulte la ejecución en la ventana de estado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>Sincronización finalizada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync waits for your review</source>
        <translation>La sincronización espera su revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync did not complete</source>
        <translation>La sincronización no se completó</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was changed. Approve or reject it in Settings › Review.</source>
        <translation>No se ha cambiado nada. Apruébela o recházela en Configuración › Revisión.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Sync waits for approval</source>
        <translation>La sincronización espera aprobación</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open Settings › Review, choose what to write, then Add and Continue and Finish.</source>
        <translation>Abra Configuración › Revisión, elija qué escribir y, después, haga clic en Añadir y continuar y en Finalizar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Managed users are no longer visible to the bind account, and the directory shows no sign they were deleted. Nothing was changed. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>Los usuarios gestionados ya no son visibles para la cuenta de enlace, y el directorio no muestra indicios de que se hayan eliminado. No se ha cambiado nada. Compruebe los permisos de lectura de la cuenta de enlace; Configuración › Revisión indica las UO.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The sync would disable %n user(s).</source>
        <translation>
            <numerusform>La sincronización deshabilitaría %n usuario.</numerusform>
            <numerusform>La sincronización deshabilitaría %n usuarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It would delete %n user(s).</source>
        <translation>
            <numerusform>Eliminaría %n usuario.</numerusform>
            <numerusform>Eliminaría %n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is more than the safety threshold allows.</source>
        <translation>Eso es más de lo que permite el umbral de seguridad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected from the tenant</source>
        <translation>Desconectado del inquilino</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>Sincronizando</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status…</source>
        <translation>&amp;Estado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;ownership…</source>
        <translation>Cambiar &amp;propietario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;LDAP settings…</source>
        <translation>Cambiar la configuración &amp;LDAP…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>Ver &amp;registros…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Sal&amp;ir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect menu</source>
        <translation>Menú de Identity Connect</translation>
    </message>
</context>
<context>
    <name>TrustCaDialog</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+45"/>
        <source>Trust this certificate authority?</source>
        <translation>¿Confiar en esta entidad de certificación?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent the certificate of the authority (CA) that issued its own certificate:</source>
        <translation>%1 ha enviado el certificado de la entidad de certificación (CA) que emitió su propio certificado:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the SHA-256 fingerprint with the one your CA&apos;s administrator gives you (on the CA: certutil -ca.cert ca.cer, then certutil -hashfile ca.cer SHA256). Trust it only if they match: the agent will then accept every directory certificate this CA issues, for this agent only.</source>
        <translation>Compare la huella digital SHA-256 con la que le facilite el administrador de su CA (en la CA: certutil -ca.cert ca.cer y, después, certutil -hashfile ca.cer SHA256). Confíe en ella solo si coinciden: el agente aceptará entonces todos los certificados de directorio que emita esta CA, solo para este agente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust this CA</source>
        <translation>&amp;Confiar en esta CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate authority for this agent</source>
        <translation>Confiar en esta entidad de certificación para este agente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not trust this certificate authority</source>
        <translation>No confiar en esta entidad de certificación</translation>
    </message>
</context>
<context>
    <name>UserSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_user_sync.py" line="+104"/>
        <source>User sync settings</source>
        <translation>Sincronización de usuarios</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This tenant does not say that it sends these mails (it does not advertise the Identity-Connect-Provisioning header), so probably nobody receives them. Hand out passwords and welcome notes another way, or ask the tenant&apos;s vendor.</source>
        <translation>Este inquilino no indica que envíe estos correos (no anuncia el encabezado Identity-Connect-Provisioning), así que probablemente nadie los reciba. Entregue las contraseñas y los mensajes de bienvenida de otra forma, o consulte al proveedor del inquilino.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications are probably not sent</source>
        <translation>Probablemente no se envíen notificaciones</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password notification:</source>
        <translation>Notificación de &amp;contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the one-time password to the user</source>
        <translation>Enviar la contraseña de un solo uso al usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to the admin</source>
        <translation>Enviar la contraseña de un solo uso al administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password notification</source>
        <translation>Notificación de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a welcome &amp;mail to new users</source>
        <translation>Enviar un correo de &amp;bienvenida a los usuarios nuevos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account status</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus sync:</source>
        <translation>Sincronización del &amp;estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect (disabled in the directory → disabled in the cloud)</source>
        <translation>Reflejar (deshabilitado en el directorio → también en la nube)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>No hacer nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync</source>
        <translation>Sincronización del estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user &amp;leaves the selected OUs:</source>
        <translation>Al &amp;salir de las UO seleccionadas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the user</source>
        <translation>Deshabilitar al usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (stop managing the user)</source>
        <translation>No hacer nada (dejar de gestionar al usuario)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user leaves the selected OUs</source>
        <translation>Al salir de las UO seleccionadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available while status sync is “Do nothing”: the agent does not change account status then.</source>
        <translation>No disponible mientras la sincronización del estado esté en «No hacer nada»: en ese caso el agente no cambia el estado de las cuentas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted in the directory</source>
        <translation>Usuarios eliminados en el directorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete users in the cloud when they are deleted in the directory</source>
        <translation>E&amp;liminar usuarios en la nube cuando se eliminan en el directorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data loss: a deleted cloud user loses their mailbox, files and history for good. Without this option, users deleted in the directory are only disabled.</source>
        <translation>Pérdida de datos: un usuario eliminado en la nube pierde para siempre su buzón, sus archivos y su historial. Sin esta opción, los usuarios eliminados en el directorio solo se deshabilitan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;understand that deleted users&apos; cloud data cannot be recovered</source>
        <translation>Entien&amp;do que los datos en la nube de los usuarios eliminados no se pueden recuperar</translation>
    </message>
</context>
<context>
    <name>WindowsLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+58"/>
        <source>Choose the CA certificate of the DC&apos;s WinRM listener</source>
        <translation>Elegir el certificado de la CA del agente de escucha WinRM del DC</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Install account for %1</source>
        <translation>Cuenta de instalación para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Windows: the password filter and the DC agent are copied over SMB (ADMIN$) and set up over WinRM with a Domain Admin&apos;s account. The login is used for this action only and is not stored.</source>
        <translation>%1 ejecuta Windows: el filtro de contraseñas y el agente del DC se copian por SMB (ADMIN$) y se configuran por WinRM con la cuenta de un Admin. del dominio. El inicio de sesión solo se usa para esta acción y no se guarda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WinRM &amp;CA file:</source>
        <translation>&amp;Archivo de CA de WinRM:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMINIO\usuario o usuario@dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account (a Domain Admin)</source>
        <translation>Cuenta de instalación (un Admin. del dominio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account&apos;s password</source>
        <translation>Contraseña de la cuenta de instalación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the CA of the DC&apos;s WinRM certificate</source>
        <translation>Opcional: la CA del certificado WinRM del DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file of the DC&apos;s WinRM certificate</source>
        <translation>Archivo de la CA del certificado WinRM del DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file of the DC&apos;s WinRM certificate</source>
        <translation>Elegir el archivo de la CA del certificado WinRM del DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over &amp;HTTP (port 5985) instead of HTTPS (5986)</source>
        <translation>WinRM por &amp;HTTP (puerto 5985) en lugar de HTTPS (5986)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over HTTP instead of HTTPS</source>
        <translation>WinRM por HTTP en lugar de HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the domain controller if the install needs it</source>
        <translation>&amp;Reiniciar el controlador de dominio si la instalación lo requiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the domain controller if the install needs it</source>
        <translation>Reiniciar el controlador de dominio si la instalación lo requiere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>Iniciar sesión y continuar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
