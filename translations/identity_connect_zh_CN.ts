<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlastRadiusDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/blast.py" line="+69"/>
        <source>%n user(s) left the selected OUs or no longer meet the criteria.</source>
        <translation>
            <numerusform>%n 个用户已离开所选 OU 或不再符合条件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) are disabled in the directory.</source>
        <translation>
            <numerusform>%n 个用户已在目录中被禁用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) were deleted in the directory.</source>
        <translation>
            <numerusform>%n 个用户已在目录中被删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) for another reason (%1).</source>
        <translation>
            <numerusform>%n 个用户出于其他原因（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Before you save</source>
        <translation>保存前确认</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The effect of this change could not be worked out. Save anyway? The next sync will apply it.</source>
        <translation>无法确定此更改的影响。仍要保存吗？下次同步时将应用此更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you save, the next sync will do this:</source>
        <translation>如果保存，下次同步将执行以下操作：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users created:</source>
        <translation>将创建的用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users changed:</source>
        <translation>将更改的用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users re-activated:</source>
        <translation>将重新启用的用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users disabled:</source>
        <translation>将禁用的用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users deleted:</source>
        <translation>将删除的用户：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups created or changed:</source>
        <translation>将创建或更改的组：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled users cannot sign in; deleted users and their data are gone from the cloud for good.</source>
        <translation>被禁用的用户无法登录；被删除的用户及其数据将从云端永久删除。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+48"/>
        <source>The certificate of the CA that issued it is not available on this computer.</source>
        <extracomment>OpenSSL verify codes that mean only &quot;issued by a CA this computer does not trust&quot; (see app.ldap.tls_probe).</extracomment>
        <translation>签发它的 CA 的证书在此计算机上不可用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its signature does not match: it may have been altered.</source>
        <translation>其签名不匹配：它可能已被篡改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not valid yet: check this computer&apos;s date and time.</source>
        <translation>它尚未生效：请检查此计算机的日期和时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has expired.</source>
        <translation>它已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>它是自签名证书：没有任何证书颁发机构为其担保。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is issued by a certificate authority that this computer does not trust (yet).</source>
        <translation>它由此计算机（尚）不信任的证书颁发机构签发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>It is issued by a certificate authority that this computer does not know.</source>
        <translation>它由此计算机不认识的证书颁发机构签发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has been revoked.</source>
        <translation>它已被吊销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not meant for a server.</source>
        <translation>它不是用于服务器的证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the name the agent connects to.</source>
        <translation>它不是颁发给代理所连接的名称的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the IP address the agent connects to.</source>
        <translation>它不是颁发给代理所连接的 IP 地址的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate check reported: %1.</source>
        <translation>证书检查报告：%1。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also valid for:</source>
        <translation>同样适用于：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted because:</source>
        <translation>不受信任的原因：</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The CA is now trusted for this agent (saved as %1). Checking the connection again…</source>
        <extracomment>OTHER_PROBLEM: the error code that trusting the CA would leave. OFFERED but the admin cancelled.</extracomment>
        <translation>此代理现已信任该 CA（已保存为 %1）。正在重新检查连接…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not send the certificate of the CA that issued its own, so it cannot be shown here. Ask your CA&apos;s administrator for the CA certificate (a .cer or .pem file) and choose it as the CA file.</source>
        <translation>%1 没有发送签发其证书的 CA 的证书，因此无法在此显示。请向您的 CA 管理员索取 CA 证书（.cer 或 .pem 文件），并将其选为 CA 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is trusted now. Checking the connection again…</source>
        <translation>%1 的证书现已受信任。正在重新检查连接…</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <location line="-136"/>
        <source>Certificate offered by the server</source>
        <translation>服务器提供的证书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this CA…</source>
        <translation>信任此 CA(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the certificate authority that issued this certificate</source>
        <translation>信任签发此证书的证书颁发机构</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if this is your organisation&apos;s CA: you will compare its fingerprint first.</source>
        <translation>仅当这是贵组织的 CA 时才使用：您将先核对其指纹。</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../ui/settings/pages_criteria.py" line="+132"/>
        <location line="+156"/>
        <source>Sync criteria</source>
        <translation>同步条件</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Field, row %1</source>
        <translation>字段，第 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship, row %1</source>
        <translation>比较方式，第 %1 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>不等于</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>开头是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>结尾是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a value</source>
        <translation>有值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of (group DN)</source>
        <translation>属于组（组 DN）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for users</source>
        <translation>用户的条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for groups</source>
        <translation>组的条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;all users in scope</source>
        <translation>导入范围内的所有用户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users &amp;based on criteria (every row must hold)</source>
        <translation>根据条件导入用户（必须满足每一行）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User criteria</source>
        <translation>用户条件列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all groups in scope</source>
        <translation>导入范围内的所有组(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import groups &amp;based on criteria (every row must hold)</source>
        <translation>按条件导入组（必须满足每一行）(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group criteria</source>
        <translation>组条件列表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected criteria rows</source>
        <translation>删除所选的条件行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users and groups have criteria of their own. Values are matched as text, ignoring case; &quot;is a member of&quot; takes a group DN and means direct membership. A group that does not meet its criteria is not synced, and its members are not added to other groups through it.</source>
        <translation>用户和组各有自己的条件。值按文本比较，不区分大小写；“是以下组的成员”需要填写组的 DN，表示直接成员关系。不满足条件的组不会同步，其成员也不会通过该组被添加到其他组中。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A&amp;dd row</source>
        <translation>添加行(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criteria row</source>
        <translation>添加一行条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>删除行(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../ui/i18n.py" line="+199"/>
        <source>in less than a minute</source>
        <extracomment>The language&apos;s name in itself (an endonym): never translated, so a lost user can find their own.</extracomment>
        <translation>1 分钟内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n 个月后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n 个月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n year(s)</source>
        <translation>
            <numerusform>%n 年后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n 年前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <comment>a date and time, then how far from now it is</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeviceSignInWidget</name>
    <message>
        <location filename="../ui/widgets/device_signin.py" line="+209"/>
        <source>The code expires in %1:%2.</source>
        <translation>代码将在 %1:%2 后过期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requesting a sign-in code…</source>
        <translation>正在请求登录代码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>正在等待您在浏览器中登录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t reach the service, retrying…</source>
        <translation>无法连接服务，正在重试…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code has expired. Get a new code to try again.</source>
        <translation>代码已过期。请获取新代码后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in.</source>
        <translation>已登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>请以贵组织管理员身份登录：在任意设备的浏览器中打开下面的地址，或扫描二维码，然后输入代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in address:</source>
        <translation>登录地址：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>复制地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in address</source>
        <translation>复制登录地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>在浏览器中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in page in the browser</source>
        <translation>在浏览器中打开登录页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a new code</source>
        <translation>获取新代码(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code</source>
        <translation>获取新代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>登录地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the sign-in address</source>
        <translation>登录地址的二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>用手机扫描即可打开已填好代码的登录页面。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>登录页面将请您允许“%1”连接。</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/widgets/stage_names.py" line="+15"/>
        <source>Server name is valid</source>
        <translation>服务器名称有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name resolves in DNS</source>
        <translation>服务器名称可在 DNS 中解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server accepts connections</source>
        <translation>服务器接受连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection (certificate trusted)</source>
        <translation>安全连接（证书受信任）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account signs in</source>
        <translation>绑定账户可以登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory information readable</source>
        <translation>可读取目录信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users are readable</source>
        <translation>可读取用户</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+154"/>
        <source>not yet checked</source>
        <extracomment>The owner can trust a CA (it has somewhere to save it): offer &quot;Trust this CA…&quot; when that is the fix.</extracomment>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <comment>a check, then its state</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate details</source>
        <translation>证书详细信息</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+285"/>
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Domain name:</source>
        <translation>域名(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. corp.example.com</source>
        <translation>例如 corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>域名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain &amp;controllers:</source>
        <translation>域控制器(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>完全限定名称，例如 dc1.corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller to add</source>
        <translation>要添加的域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers, in order of preference</source>
        <translation>域控制器（按优先顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add domain controller</source>
        <translation>添加域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected domain controller</source>
        <translation>移除所选域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in DNS</source>
        <translation>在 DNS 中查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find domain controllers in DNS</source>
        <translation>在 DNS 中查找域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind account:</source>
        <translation>绑定账户(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN（user@corp.example.com）或 DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account (UPN or DN)</source>
        <translation>绑定账户（UPN 或 DN）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind password</source>
        <translation>绑定密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Show password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:</source>
        <translation>安全性：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS（SSL，端口 636）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS (port 389)</source>
        <translation>StartTLS（端口 389）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP</source>
        <translation>不加密的 LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>我了解密码和目录数据将以未加密方式传输</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow unencrypted LDAP</source>
        <translation>允许不加密的 LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate (optional):</source>
        <translation>CA 证书（可选）(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your directory&apos;s certificate is from a private CA</source>
        <translation>仅当目录证书由私有 CA 签发时需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+113"/>
        <source>Not added (unconfirmed): DNS also names %1, outside %2. Add a server by hand only if you know it is one of your domain controllers.</source>
        <translation>未添加（未确认）：DNS 还列出了 %2 之外的 %1。只有在您确定某台服务器是您的域控制器之一时，才手动添加它。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connect to your directory</source>
        <translation>连接到您的目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect 使用此账户读取用户和组；普通域用户即可。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the directory check</source>
        <translation>重新检查目录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <comment>a domain controller, then one check made on it</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../ui/errors.py" line="+895"/>
        <source>Something went wrong</source>
        <translation>出现问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem occurred (%1).</source>
        <translation>发生了意外问题（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>请重试。如果问题持续出现，请将日志文件发送给您的支持人员。</translation>
    </message>
    <message>
        <location line="-760"/>
        <source>The problem is at line %1.</source>
        <translation>问题位于第 %1 行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer&apos;s clock differs from the service&apos;s.</source>
        <translation>此计算机的时钟与服务的时钟不一致。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer&apos;s clock differs from the service&apos;s by %n second(s).</source>
        <translation>
            <numerusform>此计算机的时钟与服务的时钟相差 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No installation key</source>
        <translation>没有安装密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the installation key from your tenant&apos;s admin console.</source>
        <translation>请粘贴租户管理控制台中的安装密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts with ICK1-.</source>
        <translation>密钥以 ICK1- 开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an installation key</source>
        <translation>不是安装密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is not an installation key.</source>
        <translation>此文本不是安装密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>请从管理控制台重新复制完整的密钥；密钥以 ICK1- 开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mistyped</source>
        <translation>密钥输入有误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s checksum does not match: a character is missing or mistyped.</source>
        <translation>密钥的校验和不匹配：有字符缺失或输入错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key again instead of typing it.</source>
        <translation>请重新粘贴密钥，不要手动输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newer key format</source>
        <translation>较新的密钥格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>此密钥是为较新版本的 Identity Connect 创建的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>请安装最新版本的 Identity Connect 后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key is damaged</source>
        <translation>密钥已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key does not contain a valid tenant address.</source>
        <translation>密钥中没有有效的租户地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console.</source>
        <translation>请在管理控制台中创建新的安装密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key not recognised</source>
        <translation>无法识别密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this installation key.</source>
        <translation>租户不认识此安装密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>请确认复制的是正确租户的密钥，或创建新密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key expired</source>
        <translation>密钥已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has expired.</source>
        <translation>此安装密钥已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>请在管理控制台中创建新的安装密钥并粘贴到此处。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key revoked</source>
        <translation>密钥已吊销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has revoked this installation key.</source>
        <translation>管理员已吊销此安装密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>请索取新的安装密钥，或在管理控制台中创建一个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key already used</source>
        <translation>密钥已被使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has already been used to install an agent.</source>
        <translation>此安装密钥已被用于安装代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>每个密钥只能使用一次。请在管理控制台中创建新的安装密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the service</source>
        <translation>无法连接服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service at %1 could not be reached.</source>
        <translation>无法连接位于 %1 的云服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your tenant</source>
        <translation>您的租户</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check this computer&apos;s internet connection and proxy settings, then retry.</source>
        <translation>请检查此计算机的互联网连接和代理设置，然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+219"/>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>%1 的证书不受信任（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>请检查系统日期和时间；检查 TLS 流量的代理需要其证书受信任。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>服务的响应方式 Identity Connect 无法理解。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>可能有代理或强制门户阻挡。请重试或检查网络。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted address</source>
        <translation>不受信任的地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service named an address that is not HTTPS on the service&apos;s own address. Nothing was sent there.</source>
        <translation>服务指定的地址不是服务自身地址上的 HTTPS 地址。未向该地址发送任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address. If it is right, ask the service&apos;s provider to correct it.</source>
        <translation>请检查租户地址。如果地址正确，请让服务提供商更正此问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted sign-in page</source>
        <translation>不受信任的登录页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page address the service sent is not HTTPS on the service&apos;s own address, so it is not shown.</source>
        <translation>服务发送的登录页面地址不是服务自身地址上的 HTTPS 地址，因此不予显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address, or get a new code later.</source>
        <translation>请检查租户地址，或稍后获取新代码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused in the browser.</source>
        <translation>登录请求在浏览器中被拒绝。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>请获取新代码并批准请求，或以其他管理员身份登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code expired</source>
        <translation>代码已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired before the sign-in was completed.</source>
        <translation>代码在登录完成前已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>请获取新代码，并在显示的时间内完成登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in no longer valid</source>
        <translation>登录已失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service no longer accepts this sign-in request.</source>
        <translation>服务不再接受此登录请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in again.</source>
        <translation>请获取新代码并重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator</source>
        <translation>不是管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>您登录所用的账户不是此租户的管理员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>请获取新代码并使用管理员账户登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in expired</source>
        <translation>登录已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored sign-in of the agent&apos;s owner no longer works.</source>
        <translation>代理所有者保存的登录已失效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>请重新登录，或将所有者更改为其他管理员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent not registered</source>
        <translation>代理未注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this agent any more.</source>
        <translation>租户已不再认识此代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again with a new installation key.</source>
        <translation>请使用新的安装密钥重新运行设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the owner</source>
        <translation>不是所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in administrator does not own this agent.</source>
        <translation>当前登录的管理员不是此代理的所有者。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the owner, or change the owner.</source>
        <translation>请以所有者身份登录，或更改所有者。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration failed</source>
        <translation>注册失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant refused to register the agent.</source>
        <translation>租户拒绝注册此代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>请重试。如果仍然失败，请创建新的安装密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clock is wrong</source>
        <translation>时钟不正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>请正确设置系统日期和时间（使用网络时间），然后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory service refused a change</source>
        <translation>目录服务拒绝了更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud directory refused a request.</source>
        <translation>云目录拒绝了一个请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the affected object.</source>
        <translation>请在同步日志中查看受影响的对象。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service asked Identity Connect to slow down.</source>
        <translation>服务要求 Identity Connect 放慢速度。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then retry.</source>
        <translation>请等待几分钟后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud objects not unique</source>
        <translation>云对象不唯一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one object in the cloud directory has the same user name or external ID.</source>
        <translation>云目录中有多个对象具有相同的用户名或外部 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or rename the duplicate in the cloud directory, then retry.</source>
        <translation>请在云目录中删除或重命名重复的对象，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object missing in the cloud</source>
        <translation>云端缺少对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object the agent manages no longer exists in the cloud directory.</source>
        <translation>代理管理的某个对象在云目录中已不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the object; the next run checks it again.</source>
        <translation>请在同步日志中查看该对象；下次运行时会再次检查它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run stopped: service unavailable</source>
        <translation>运行已停止：服务不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service has been unavailable since %1, so the run was stopped (%2).</source>
        <translation>云服务自 %1 起不可用，因此运行已停止（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was lost: what was not written yet is written by the next run. Check this computer&apos;s network and the service&apos;s status, then retry.</source>
        <translation>没有丢失任何内容：尚未写入的内容将在下次运行时写入。请检查此计算机的网络和服务的状态，然后重试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid host name</source>
        <translation>主机名无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>“%1”不是有效的主机名或 IP 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controller&apos;s DNS name, e.g. dc1.corp.example.com.</source>
        <translation>请输入域控制器的 DNS 名称，例如 dc1.corp.example.com。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fully qualified name needed</source>
        <translation>需要完全限定名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>使用 SSL 或 StartTLS 时，“%1”必须是证书所颁发给的完全限定名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>请使用完整名称，例如 %1.corp.example.com，或选择不加密的 LDAP。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not found</source>
        <translation>找不到名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>名称“%1”无法在 DNS 中解析。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling; this computer must use the domain&apos;s DNS servers.</source>
        <translation>请检查拼写；此计算机必须使用该域的 DNS 服务器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No domain controllers in DNS</source>
        <translation>DNS 中没有域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS has no domain controller records for this domain.</source>
        <translation>DNS 中没有此域的域控制器记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controllers&apos; names yourself.</source>
        <translation>请自行输入域控制器的名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server unreachable</source>
        <translation>服务器无法访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers on %1 port %2.</source>
        <translation>%1 的端口 %2 上没有任何响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>请确认域控制器正在运行，且防火墙允许 LDAP 端口，然后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server does not answer</source>
        <translation>服务器无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 接受了连接，但未及时响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>请确认这是一台域控制器且没有过载，然后重试。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued by a trusted certificate authority.</source>
        <translation>服务器的证书不是由受信任的证书颁发机构签发的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your organisation&apos;s CA certificate file, or install it in the system&apos;s trust store.</source>
        <translation>请选择贵组织的 CA 证书文件，或将其安装到系统信任存储中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-signed certificate</source>
        <translation>自签名证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server presents a self-signed certificate.</source>
        <translation>服务器提供的是自签名证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>请为服务器配置由您的 CA 签发的证书；如果您信任此证书，也可将其选为 CA 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate expired</source>
        <translation>证书已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>服务器的证书已过期或尚未生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the domain controller&apos;s certificate, and check this computer&apos;s date and time.</source>
        <translation>请续订域控制器的证书，并检查此计算机的日期和时间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not in certificate</source>
        <translation>证书中没有此名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued to “%1”.</source>
        <translation>服务器的证书不是颁发给“%1”的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the name shown in the certificate details below.</source>
        <translation>请使用下方证书详细信息中显示的名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with the server failed.</source>
        <translation>与服务器的 TLS 握手失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting (LDAPS or StartTLS) and the server&apos;s TLS configuration.</source>
        <translation>请检查安全设置（LDAPS 或 StartTLS）以及服务器的 TLS 配置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind account or its password.</source>
        <translation>目录拒绝了绑定账户或其密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>请检查账户（UPN 或 DN）和密码，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled</source>
        <translation>账户已禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is disabled.</source>
        <translation>绑定账户已被禁用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>请在 Active Directory 中启用该账户，或使用其他账户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account locked</source>
        <translation>账户已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is locked out.</source>
        <translation>绑定账户已被锁定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>请在 Active Directory 中解锁该账户，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password expired</source>
        <translation>密码已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account&apos;s password has expired or must be changed.</source>
        <translation>绑定账户的密码已过期或必须更改。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the account and enter it here.</source>
        <translation>请为该账户设置新密码并在此处输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in not permitted</source>
        <translation>不允许登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>绑定账户当前或从此计算机不允许登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s logon hours, workstation restrictions and expiry date.</source>
        <translation>请检查账户的登录时间、工作站限制和到期日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind failed</source>
        <translation>绑定失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind.</source>
        <translation>目录拒绝了绑定。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account and password, and the server&apos;s log.</source>
        <translation>请检查账户和密码，以及服务器日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough rights</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account cannot read the users and groups.</source>
        <translation>绑定账户无法读取用户和组。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>请授予该账户对目录的读取权限（普通域用户即可读取）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption required</source>
        <translation>需要加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to accept a password without encryption.</source>
        <translation>服务器拒绝接受未加密的密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose LDAPS or StartTLS.</source>
        <translation>请选择 LDAPS 或 StartTLS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain not found in the directory</source>
        <translation>目录中找不到该域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory has no entry for this domain&apos;s base.</source>
        <translation>目录中没有此域基准的条目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain name.</source>
        <translation>请检查域名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read incomplete</source>
        <translation>读取不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>目录在读取过程中停止了响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, check the server&apos;s limits.</source>
        <translation>请重试；如果问题持续出现，请检查服务器的限制。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Directory error</source>
        <translation>目录错误</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>The directory reported an error.</source>
        <translation>目录报告了一个错误。</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Retry; if it keeps happening, check the server&apos;s log.</source>
        <translation>请重试；如果问题持续出现，请检查服务器日志。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Invalid filter</source>
        <translation>筛选器无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LDAP filter is not valid.</source>
        <translation>LDAP 筛选器无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter.</source>
        <translation>请更正筛选器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid distinguished name</source>
        <translation>可分辨名称无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid distinguished name.</source>
        <translation>这不是有效的可分辨名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>请检查 DN，例如 CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full read needed</source>
        <translation>需要完整读取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s change history does not continue from the last read.</source>
        <translation>域控制器的更改历史记录无法从上次读取处接续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent reads the whole directory instead; nothing to do.</source>
        <translation>代理将改为读取整个目录；您无需执行任何操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid criteria field</source>
        <translation>条件字段无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row names a field that is not an LDAP attribute name.</source>
        <translation>某一条件行指定的字段不是 LDAP 属性名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the field from the list, or type an attribute name such as department.</source>
        <translation>请从列表中选择字段，或输入属性名，例如 department。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria value missing</source>
        <translation>缺少条件值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row compares a field but has no value to compare with.</source>
        <translation>某一条件行比较了字段，但没有用于比较的值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value in the row, or remove the row.</source>
        <translation>请在该行中输入值，或删除该行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value not used</source>
        <translation>值未被使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;has a value&apos; and &apos;has no value&apos; compare nothing, but the row has a value.</source>
        <translation>“有值”和“没有值”不需要比较值，但该行填写了值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the value, or choose another relationship.</source>
        <translation>请清除该值，或选择其他比较方式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria rows</source>
        <translation>没有条件行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import based on criteria is chosen, but there is no criteria row.</source>
        <translation>已选择按条件导入，但没有任何条件行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row, or choose to import all of them.</source>
        <translation>请添加一行，或选择全部导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No domain controller works</source>
        <translation>没有可用的域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the domain controllers could be used.</source>
        <translation>所有域控制器均无法使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See each domain controller&apos;s result below.</source>
        <translation>请查看下方每台域控制器的结果。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bind account not recognised</source>
        <translation>无法识别绑定账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>请以 UPN（user@corp.example.com）或可分辨名称的形式输入绑定账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example svc-sync@corp.example.com.</source>
        <translation>例如 svc-sync@corp.example.com。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unencrypted LDAP</source>
        <translation>确认使用不加密的 LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>不加密的 LDAP 会以明文发送密码和目录数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>请勾选确认框，或选择 LDAPS 或 StartTLS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA file not found</source>
        <translation>找不到 CA 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file does not exist.</source>
        <translation>CA 证书文件不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>请选择现有的 PEM 文件，或将此字段留空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step missing</source>
        <translation>缺少步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A previous setup step is not complete.</source>
        <translation>之前的设置步骤尚未完成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and complete the previous pages.</source>
        <translation>请返回并完成前面的页面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already set up</source>
        <translation>已经设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>此计算机已有 Identity Connect 配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>请改为打开设置，或先删除现有配置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent not running</source>
        <translation>代理未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service is not running.</source>
        <translation>代理服务未在运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>请重新启动；停止原因可在日志中查看。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent did not start</source>
        <translation>代理未启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service did not report that it started.</source>
        <translation>代理服务没有报告已启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>请重试；如果问题持续出现，请查看日志文件。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keyring not answering</source>
        <translation>密钥环无响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring did not answer in time.</source>
        <translation>密钥环未在规定时间内响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (answer its prompt if one is open) or restart the keyring service, then retry.</source>
        <translation>请解锁密钥环（如有打开的提示，请予以回应）或重新启动密钥环服务，然后重试。</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Windows DC kit missing</source>
        <translation>缺少 Windows DC 工具包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer lacks what is copied to a Windows domain controller: the password filter DLL and the DC agent&apos;s runtime (a Windows Python with cryptography).</source>
        <translation>此计算机缺少要复制到 Windows 域控制器的内容：密码筛选器 DLL 和 DC 代理的运行时（带有 cryptography 的 Windows 版 Python）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the Windows DC kit in the folder windows-dc-kit of the configuration folder, or name it with IDENTITY_CONNECT_WINDOWS_DC_KIT.</source>
        <translation>请将 Windows DC 工具包放入配置文件夹中的 windows-dc-kit 文件夹，或通过 IDENTITY_CONNECT_WINDOWS_DC_KIT 指定其位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not 64-bit Windows</source>
        <translation>不是 64 位 Windows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter is built for 64-bit Windows only.</source>
        <translation>密码筛选器仅适用于 64 位 Windows。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a domain controller that runs 64-bit Windows.</source>
        <translation>请选择运行 64 位 Windows 的域控制器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMB and WinRM can only be checked with the install account&apos;s login.</source>
        <translation>只有提供安装账户的登录信息才能检查 SMB 和 WinRM。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the Domain Admin&apos;s account and password.</source>
        <translation>请重新检查，并提供 Domain Admins 成员的账户和密码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that it is running and that File and Printer Sharing is allowed in its firewall from this computer.</source>
        <translation>请检查它是否正在运行，以及其防火墙是否允许来自此计算机的“文件和打印机共享”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows too old</source>
        <translation>Windows 版本过旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter and the DC agent need Windows Server 2016 or later on the domain controller.</source>
        <translation>密码筛选器和 DC 代理要求域控制器运行 Windows Server 2016 或更高版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the domain controller, or choose another one.</source>
        <translation>请升级该域控制器，或选择其他域控制器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong kind of login</source>
        <translation>登录类型错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login given is for another kind of domain controller: SSH for Samba, SMB and WinRM for Windows.</source>
        <translation>所提供的登录信息适用于另一类域控制器：Samba 使用 SSH，Windows 使用 SMB 和 WinRM。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s operating system in the list, then try again.</source>
        <translation>请在列表中检查域控制器的操作系统，然后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMB cannot be encrypted</source>
        <translation>无法加密 SMB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not offer SMB 3 encryption, which the install needs to copy the agent&apos;s key.</source>
        <translation>域控制器不提供 SMB 3 加密，而安装需要它来复制代理的密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on SMB 3 on the domain controller (Windows Server 2012 or later).</source>
        <translation>请在域控制器上启用 SMB 3（Windows Server 2012 或更高版本）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tenant&apos;s password policy refused it</source>
        <extracomment>Why a password change was not accepted (the reasons :func:`app.pwsync.admin.rejection_reason` gives; the terminal&apos;s words are :mod:`app.messages`&apos; ``problem`` texts). ``tenant_refused`` shows the tenant&apos;s own words.</extracomment>
        <translation>租户的密码策略拒绝了此更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC agent&apos;s change did not name its account consistently</source>
        <translation>DC 代理发送的更改中账户名称前后不一致</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sealed password could not be opened for this account</source>
        <translation>无法为此账户打开密封的密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change names another account than the directory does</source>
        <translation>更改中指定的账户与目录中的不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account could not be checked against the directory</source>
        <translation>无法根据目录核对该账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not valid text</source>
        <translation>密码不是有效的文本</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Agent already running</source>
        <translation>代理已在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>另一个 Identity Connect 代理已在使用此配置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other agent first.</source>
        <translation>请先关闭另一个代理。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secure storage</source>
        <translation>没有安全存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no usable keyring to store passwords in.</source>
        <translation>没有可用于存储密码的密钥环。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>在 Linux 上，请安装并解锁 Secret Service（GNOME Keyring 或 KWallet）；Identity Connect 从不以明文存储密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring refused</source>
        <translation>密钥环拒绝访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring refused to store or read a secret.</source>
        <translation>密钥环拒绝存储或读取机密。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring, then retry.</source>
        <translation>请解锁密钥环，然后重试。</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Configuration problem</source>
        <translation>配置问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration file %1 cannot be used.</source>
        <translation>无法使用配置文件 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>请重新运行设置，或从备份中恢复该文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State file damaged</source>
        <translation>同步状态文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state file %1 is damaged, so the agent does not sync.</source>
        <translation>代理的同步状态文件 %1 已损坏，因此代理不会同步。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a backup, or move it aside to start over with a first-run review; then start Identity Connect again.</source>
        <translation>请从备份中恢复该文件，或将其移到别处，以便从首次运行时的检查重新开始；然后重新启动 Identity Connect。</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>No run to approve</source>
        <translation>没有待批准的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run %1 is waiting for approval.</source>
        <translation>没有等待批准的运行 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the status window to see the run that waits, or start a new sync.</source>
        <translation>请打开状态窗口查看正在等待的运行，或开始新的同步。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown setting</source>
        <translation>未知设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting %1.</source>
        <translation>不存在设置 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the setting&apos;s name.</source>
        <translation>请检查设置的名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting cannot be changed here</source>
        <translation>无法在此处更改该设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed this way.</source>
        <translation>无法通过这种方式更改 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the directory connection with Change LDAP settings, and the owner with Change ownership.</source>
        <translation>请使用“更改 LDAP 设置”更改目录连接，使用“更改所有者”更改所有者。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings not valid</source>
        <translation>设置无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new settings are not valid, so nothing was saved.</source>
        <translation>新设置无效，因此未保存任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the values, then save again.</source>
        <translation>请更正这些值，然后重新保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State from a newer version</source>
        <translation>同步状态来自较新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state was written by a newer version of Identity Connect.</source>
        <translation>代理的同步状态是由较新版本的 Identity Connect 写入的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install that version or a later one.</source>
        <translation>请安装该版本或更高版本。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status file damaged</source>
        <translation>状态文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status file %1 is damaged.</source>
        <translation>状态文件 %1 已损坏。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it and start Identity Connect: it writes a new one.</source>
        <translation>请删除该文件并启动 Identity Connect：它会写入一个新文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration folder not private</source>
        <translation>配置文件夹不是私有的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 belongs to another user or other users may write to it, so Identity Connect refuses to use it.</source>
        <translation>文件夹 %1 属于其他用户，或其他用户可以写入该文件夹，因此 Identity Connect 拒绝使用它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the folder yours and private to you (chmod 700), then start Identity Connect again.</source>
        <translation>请将该文件夹设为归您所有且仅您可访问（chmod 700），然后重新启动 Identity Connect。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMB answer</source>
        <translation>SMB 无应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>The domain controller does not answer on SMB (port 445).</source>
        <translation>域控制器未通过 SMB（端口 445）应答。</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no firewall between blocks port 445.</source>
        <translation>请检查它是否正在运行、其防火墙是否允许“文件和打印机共享”，以及中间没有防火墙阻止端口 445。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB login refused</source>
        <translation>SMB 登录被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the install account&apos;s login (wrong password or unknown account).</source>
        <translation>域控制器拒绝了安装账户的登录（密码错误或账户未知）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the user name (DOMAIN\user or user@domain) and the password.</source>
        <translation>请检查用户名（DOMAIN\user 或 user@domain）和密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install account cannot log in</source>
        <translation>安装账户无法登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is disabled, locked out or expired, or its password must be changed first.</source>
        <translation>安装账户已禁用、已锁定或已过期，或者必须先更改其密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account in Active Directory Users and Computers, or use another one.</source>
        <translation>请在“Active Directory 用户和计算机”中修复该账户，或使用其他账户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NTLM is blocked</source>
        <translation>NTLM 已被阻止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refuses NTLM logins, which the install uses.</source>
        <translation>域控制器拒绝 NTLM 登录，而安装需要使用 NTLM。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install the agent on the domain controller by hand.</source>
        <translation>请将此计算机添加到“限制 NTLM”策略的服务器例外中以进行安装，或在域控制器上手动安装代理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB session cannot be signed</source>
        <translation>无法对 SMB 会话签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller let the account in only as a guest, or demands encryption this connection cannot give.</source>
        <translation>域控制器仅以来宾身份接受了该账户，或要求此连接无法提供的加密。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the install account and the domain controller&apos;s SMB settings.</source>
        <translation>请检查安装账户和域控制器的 SMB 设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Not an administrator of the domain controller</source>
        <translation>不是域控制器的管理员</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The install account logged in but may not open the ADMIN$ share.</source>
        <translation>安装账户已登录，但无权打开 ADMIN$ 共享。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Use a member of Domain Admins.</source>
        <translation>请使用 Domain Admins 的成员。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No ADMIN$ share</source>
        <translation>没有 ADMIN$ 共享</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares are turned off.</source>
        <translation>域控制器没有 ADMIN$ 共享：它不是 Windows 服务器，或者其管理共享已关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the administrative shares on (AutoShareServer) for the install.</source>
        <translation>请为安装打开管理共享（AutoShareServer）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected SMB answer</source>
        <translation>意外的 SMB 应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.</source>
        <translation>在域控制器端口 445 上应答的不是 SMB2/3 服务器，或者它发生了意外故障。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s name. The log file has the details.</source>
        <translation>请检查域控制器的名称。日志文件中有详细信息。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No WinRM answer</source>
        <translation>WinRM 无应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP).</source>
        <translation>域控制器未通过 WinRM（HTTPS 端口 5986，或 HTTP 端口 5985）应答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.</source>
        <translation>请使用 HTTPS 侦听器启用远程管理（winrm quickconfig），并在其防火墙中允许该端口。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WinRM certificate not trusted</source>
        <translation>WinRM 证书不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the domain controller&apos;s WinRM listener is not trusted or is not for this name.</source>
        <translation>域控制器 WinRM 侦听器的证书不受信任，或不是为此名称颁发的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the CA file of the certificate&apos;s issuer, or issue the listener a certificate for the domain controller&apos;s name.</source>
        <translation>请选择证书颁发者的 CA 文件，或为侦听器颁发一个使用域控制器名称的证书。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WinRM login refused</source>
        <translation>WinRM 登录被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s WinRM refused the install account&apos;s login.</source>
        <translation>域控制器的 WinRM 拒绝了安装账户的登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password, and that Negotiate authentication is on for WinRM.</source>
        <translation>请检查用户名和密码，并确认 WinRM 已启用 Negotiate 身份验证。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The install account logged in to WinRM but may not use it.</source>
        <translation>安装账户已登录 WinRM，但无权使用它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected WinRM answer</source>
        <translation>意外的 WinRM 应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.</source>
        <translation>在域控制器 WinRM 端口上应答的不是 WinRM，或者它发生了意外故障。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the port and the domain controller&apos;s name. The log file has the details.</source>
        <translation>请检查端口和域控制器的名称。日志文件中有详细信息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System error</source>
        <translation>系统错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system reported: %1.</source>
        <translation>操作系统报告：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check disk space and permissions, then retry.</source>
        <translation>请检查磁盘空间和权限，然后重试。</translation>
    </message>
    <message numerus="yes">
        <location line="-735"/>
        <source>%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). Nothing was changed.</source>
        <translation>
            <numerusform>%n 个受管理的用户或组对绑定账户不再可见（最后一次出现在 %1 中）。未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bind account can no longer read %1. Nothing was changed.</source>
        <translation>绑定账户无法再读取 %1。未做任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managed users or groups are no longer visible to the bind account, and the directory shows no sign that they were deleted. Nothing was changed. Settings › Review names the OUs.</source>
        <translation>受管理的用户或组对绑定账户不再可见，且目录中没有迹象表明它们已被删除。未做任何更改。“设置 › 检查”中列出了相关 OU。</translation>
    </message>
    <message>
        <location line="+735"/>
        <source>Objects no longer visible</source>
        <translation>对象不再可见</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the bind account&apos;s read rights on these OUs. Users are disabled or deleted only when the directory shows they were deleted.</source>
        <translation>请检查绑定账户对这些 OU 的读取权限。只有当目录显示用户已被删除时，才会禁用或删除这些用户。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent stopped</source>
        <translation>代理已停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service stopped because of an unexpected problem.</source>
        <translation>代理服务因意外问题而停止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Identity Connect again. If it keeps happening, send the log file to your support contact.</source>
        <translation>请重新启动 Identity Connect。如果问题持续出现，请将日志文件发送给您的支持人员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting users in the cloud loses their data for good.</source>
        <translation>在云端删除用户会永久丢失其数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation below the warning, then save again.</source>
        <translation>请勾选警告下方的确认框，然后重新保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings do not fit together</source>
        <translation>设置相互冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Disable” when a user leaves the selected OUs needs status sync set to Reflect.</source>
        <translation>要在用户离开所选 OU 时“禁用该用户”，必须将状态同步设为“反映”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs.</source>
        <translation>请将状态同步设为“反映”，或为离开 OU 的用户选择“不执行任何操作”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host key not confirmed</source>
        <translation>主机密钥未确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s SSH host key was not confirmed, so no login was sent.</source>
        <translation>域控制器的 SSH 主机密钥未经确认，因此未发送任何登录信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the DC&apos;s own and tick that it matches.</source>
        <translation>请将指纹与 DC 自身的指纹进行比较，并勾选两者一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites not met</source>
        <translation>不满足先决条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not meet every prerequisite, so nothing was installed.</source>
        <translation>域控制器不满足所有先决条件，因此未安装任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rows marked ✗, then try again.</source>
        <translation>请修复标有 ✗ 的行，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Domain Admin</source>
        <translation>不是 Domain Admins 成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is not a member of Domain Admins, directly or through a nested group.</source>
        <translation>安装账户既不是 Domain Admins 的直接成员，也不是通过嵌套组的成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a Domain Admin&apos;s account, or add this one to Domain Admins.</source>
        <translation>请使用 Domain Admins 成员的账户，或将此账户添加到 Domain Admins。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account not found</source>
        <translation>找不到账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account was not found in the directory.</source>
        <translation>在目录中找不到安装账户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it as user@domain or DOMAIN\user.</source>
        <translation>请以 user@domain 或 DOMAIN\user 的形式输入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Domain controller not reachable</source>
        <translation>无法访问域控制器</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The domain controller does not answer on SSH (port 22).</source>
        <translation>域控制器未通过 SSH（端口 22）应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running, that sshd listens and that no firewall blocks the port.</source>
        <translation>请检查它是否正在运行、sshd 是否在侦听，以及没有防火墙阻止该端口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a DC of this domain</source>
        <translation>不是此域的 DC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory lists no domain controller by this name.</source>
        <translation>目录中没有此名称的域控制器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name, or join the computer to the domain as a DC.</source>
        <translation>请检查名称，或将该计算机作为 DC 加入域。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+87"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Password capture can only be checked with an SSH login.</source>
        <translation>只有通过 SSH 登录才能检查密码捕获。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the DC&apos;s SSH login.</source>
        <translation>请重新检查并提供 DC 的 SSH 登录信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the domain controller does not answer.</source>
        <translation>未检查，因为域控制器没有应答。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it reachable first.</source>
        <translation>请先使其可访问。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator on the DC</source>
        <translation>不是 DC 上的管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH account is neither root nor allowed password-less sudo.</source>
        <translation>该 SSH 账户既不是 root，也不允许无密码使用 sudo。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as root, or give the account sudo without a password.</source>
        <translation>请以 root 身份登录，或允许该账户无密码使用 sudo。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samba cannot hand over passwords</source>
        <translation>Samba 无法提供密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba 4.7 or later with &apos;samba-tool user syncpasswords&apos; is needed.</source>
        <translation>需要带有“samba-tool user syncpasswords”的 Samba 4.7 或更高版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Samba on the domain controller.</source>
        <translation>请升级域控制器上的 Samba。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>python3-gpg missing</source>
        <translation>缺少 python3-gpg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba&apos;s Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps.</source>
        <translation>DC 上 Samba 所用的 Python 缺少 gpg 模块，因此无法解密其保存的密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install python3-gpg on the DC (apt install python3-gpg), then check again.</source>
        <translation>请在 DC 上安装 python3-gpg（apt install python3-gpg），然后重新检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>smb.conf not found</source>
        <translation>找不到 smb.conf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s smb.conf is not where Debian and Ubuntu keep it.</source>
        <translation>DC 的 smb.conf 不在 Debian 和 Ubuntu 存放它的位置。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install with the command line and give its path with --samba-conf.</source>
        <translation>请使用命令行安装，并通过 --samba-conf 指定其路径。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password capture</source>
        <translation>无法捕获密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s Samba cannot hand over passwords.</source>
        <translation>DC 上的 Samba 无法提供密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Samba 4.7 or later and python3-gpg on the DC.</source>
        <translation>请在 DC 上安装 Samba 4.7 或更高版本以及 python3-gpg。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH not reachable</source>
        <translation>无法访问 SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH server cannot be reached.</source>
        <translation>无法访问 DC 的 SSH 服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it runs and that the port is open from this computer.</source>
        <translation>请检查它是否正在运行，以及从此计算机能否访问该端口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Different host key</source>
        <translation>主机密钥不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH host key is not the one you confirmed, so no login was sent.</source>
        <translation>DC 的 SSH 主机密钥与您确认的不同，因此未发送任何登录信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the DC&apos;s own before you try again.</source>
        <translation>请在重试之前将指纹与 DC 自身的指纹进行比较。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the SSH login.</source>
        <translation>域控制器拒绝了 SSH 登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the key file or password.</source>
        <translation>请检查用户名以及密钥文件或密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install step failed</source>
        <translation>安装步骤失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the install failed on the domain controller.</source>
        <translation>安装的某个步骤在域控制器上失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the log for the step and the DC&apos;s answer, fix it there and install again.</source>
        <translation>请在日志中查看该步骤和 DC 的应答，在 DC 上修复后重新安装。</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+30"/>
        <source>Store passwords in the keyring</source>
        <translation>将密码保存到密钥环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the configuration</source>
        <translation>保存配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the agent with your tenant</source>
        <translation>向您的租户注册代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the agent service</source>
        <translation>启动代理服务</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>正在保存设置、注册代理并启动它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the installation</source>
        <translation>重试安装</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect 已安装并正在运行。请单击“完成”；代理将在后台继续运行，并在系统托盘或其状态窗口中显示状态。</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64"/>
        <location line="+60"/>
        <source>Key format is valid (tenant: %1).</source>
        <translation>密钥格式有效（租户：%1）。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Key accepted by %1.</source>
        <translation>%1 已接受密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Installation key</source>
        <translation>安装密钥</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Paste the installation key you created in your tenant&apos;s admin console (Directory &gt; Agents).</source>
        <translation>请粘贴您在租户管理控制台（目录 &gt; 代理）中创建的安装密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation &amp;key:</source>
        <translation>安装密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with your tenant…</source>
        <translation>正在向您的租户验证密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checking the key</source>
        <translation>重新验证密钥</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61"/>
        <source>This language&apos;s translation files are missing.</source>
        <translation>缺少此语言的翻译文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Identity Connect</source>
        <translation>欢迎使用 Identity Connect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>此向导将您的 Active Directory 连接到云目录。请选择语言。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LdapSettingsPage</name>
    <message>
        <location filename="../ui/settings/pages_directory.py" line="+55"/>
        <source>Change LDAP settings</source>
        <translation>更改 LDAP 设置</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: %2</source>
        <comment>a domain controller, then one check made on it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection check passed with the trusted CA. Save to store the change.</source>
        <translation>使用受信任的 CA 进行的连接检查已通过。请保存以存储此更改。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change how the agent reaches the directory. Leave the password empty to keep the stored one. Save checks the connection first and stores nothing unless every check passes; the running agent then reconnects without a restart.</source>
        <translation>更改代理访问目录的方式。将密码留空可保留已存储的密码。“保存”会先检查连接，只有所有检查都通过才会保存；之后正在运行的代理会重新连接，无需重启。</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+41"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect 是自由软件。请阅读并接受其许可证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence online:</source>
        <translation>在线许可证：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence address</source>
        <translation>许可证地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the licence address</source>
        <translation>复制许可证地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the licence terms</source>
        <translation>我接受许可证条款(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I accept the licence terms</source>
        <translation>我接受许可证条款</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/status/logs.py" line="+92"/>
        <source>The log is empty so far.</source>
        <translation>日志目前为空。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identity Connect — Log</source>
        <translation>Identity Connect — 日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent log (read-only)</source>
        <translation>代理日志（只读）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the log again</source>
        <translation>重新读取日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log &amp;folder</source>
        <translation>打开日志文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the log folder in the file manager</source>
        <translation>在文件管理器中打开日志文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/settings/pages_mapping.py" line="+113"/>
        <source>Mapping</source>
        <extracomment>SCIM attributes offered for mapping (each may be left unmapped, except userName / displayName).</extracomment>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the directory&apos;s attributes…</source>
        <translation>正在读取目录属性…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n attribute(s) available in the directory.</source>
        <translation>
            <numerusform>目录中有 %n 个可用属性。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Directory attribute for %1</source>
        <translation>%1 的目录属性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise: %1</source>
        <translation>Enterprise：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;User mapping</source>
        <translation>用户映射(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group mapping</source>
        <translation>组映射(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped</source>
        <translation>已映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmapped</source>
        <translation>未映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all, mapped or unmapped attributes</source>
        <translation>显示全部、已映射或未映射的属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud attribute (SCIM)</source>
        <translation>云属性（SCIM）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory attribute</source>
        <translation>目录属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute mapping</source>
        <translation>属性映射</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest</source>
        <translation>建议(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the suggested mapping for unmapped attributes</source>
        <translation>为未映射的属性填入建议的映射</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../ui/settings/pages_owner.py" line="+50"/>
        <source>Change ownership</source>
        <translation>更改所有者</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 now owns this agent; the previous owner was released.</source>
        <translation>%1 现在是此代理的所有者；原所有者的所有权已解除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This agent is owned by %1. Another admin of the tenant can take it over by signing in here.</source>
        <translation>此代理的所有者是 %1。租户的其他管理员可以在此登录来接管它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in as the new owner…</source>
        <translation>以新所有者身份登录(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new owner&apos;s sign-in</source>
        <translation>开始新所有者的登录</translation>
    </message>
</context>
<context>
    <name>PasswordSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+437"/>
        <source>Password sync</source>
        <extracomment>Where Samba is on the DCs; the defaults fit Debian&apos;s and Ubuntu&apos;s packages (the command line has options for other layouts). Where each DC&apos;s SSH server answers, when not on its own name. Windows DCs: where SMB and WinRM answer, when not on the DC&apos;s own name; the kit copied to them (None: the default place, :func:`app.pwsync.admin.kit_dir`).</extracomment>
        <translation>密码同步</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</source>
        <translation>
            <numerusform>%n 项密码更改未被云端接受。每项更改被拒绝一次后不会再次发送；用户下一次更改密码时会正常发送。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install initiated</source>
        <translation>已开始安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed, not connected yet</source>
        <translation>已安装，尚未连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed; restart the DC</source>
        <translation>已安装；请重新启动 DC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed; restart Samba on the DC</source>
        <translation>已安装；请重新启动 DC 上的 Samba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall initiated</source>
        <translation>已开始卸载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstalled</source>
        <translation>已卸载</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install failed: %1</source>
        <translation>安装失败：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking prerequisites…</source>
        <translation>正在检查先决条件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the DC&apos;s key…</source>
        <translation>正在创建 DC 的密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuring Samba…</source>
        <translation>正在配置 Samba…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the agent…</source>
        <translation>正在复制代理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the agent…</source>
        <translation>正在启动代理…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation>正在重新启动…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the agent…</source>
        <translation>正在删除代理…</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Install account is a Domain Admin</source>
        <translation>安装账户是 Domain Admins 成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC answers on SSH</source>
        <translation>DC 通过 SSH 应答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DC answers on SMB</source>
        <translation>DC 通过 SMB 应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC belongs to this domain</source>
        <translation>DC 属于此域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC runs a Windows the password filter supports</source>
        <translation>DC 运行的 Windows 版本受密码筛选器支持</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC can capture password changes</source>
        <translation>DC 可以捕获密码更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows DC kit is on this computer</source>
        <translation>此计算机上有 Windows DC 工具包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account opens ADMIN$ over SMB</source>
        <translation>安装账户可以通过 SMB 打开 ADMIN$</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account runs PowerShell over WinRM</source>
        <translation>安装账户可以通过 WinRM 运行 PowerShell</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 meets every prerequisite.</source>
        <translation>%1 满足所有先决条件。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restart %1 so Windows loads (or lets go of) the password filter.</source>
        <translation>请重新启动 %1，以便 Windows 加载（或释放）密码筛选器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Samba on %1 (systemctl restart samba-ad-dc) so it keeps passwords for capture.</source>
        <translation>请重新启动 %1 上的 Samba（systemctl restart samba-ad-dc），使其保存密码以供捕获。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a user changes their password in the directory, the cloud account gets the same password within seconds. An agent on each chosen domain controller sends the change; the password exists only in memory on its way.</source>
        <translation>当用户在目录中更改密码时，云账户会在几秒内获得相同的密码。每个所选域控制器上的代理负责发送更改；密码在传输途中仅存在于内存中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on password sync</source>
        <translation>启用密码同步(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on password sync</source>
        <translation>启用密码同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>域(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain (from the LDAP settings)</source>
        <translation>域（来自 LDAP 设置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controller agents reach this agent at %1.</source>
        <translation>域控制器上的代理通过 %1 访问此代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controllers</source>
        <translation>域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>域控制器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers: tick the ones that run a password-sync agent</source>
        <translation>域控制器：勾选运行密码同步代理的域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the &amp;list again</source>
        <translation>重新读取列表(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the domain controllers from the directory again</source>
        <translation>从目录中重新读取域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install &amp;account (AD):</source>
        <translation>安装账户 (AD)(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user@domain, to check Domain Admins membership</source>
        <translation>user@domain，用于检查 Domain Admins 成员身份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account to check for Domain Admins membership</source>
        <translation>用于检查 Domain Admins 成员身份的安装账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check prerequisites</source>
        <translation>检查先决条件(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prerequisites of the selected domain controller</source>
        <translation>检查所选域控制器的先决条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install…</source>
        <translation>安装(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the password-sync agent on the selected domain controller</source>
        <translation>在所选域控制器上安装密码同步代理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uninstall…</source>
        <translation>卸载(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the password-sync agent from the selected domain controller</source>
        <translation>从所选域控制器中删除密码同步代理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisite</source>
        <translation>先决条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found, or what to do</source>
        <translation>检查结果或处理方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites of the selected domain controller</source>
        <translation>所选域控制器的先决条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync message</source>
        <translation>密码同步消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted by the cloud</source>
        <translation>未被云端接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept</source>
        <translation>云端未接受的密码更改</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="-185"/>
        <source>LDAPS (SSL)</source>
        <translation>LDAPS（SSL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant address</source>
        <translation>租户地址</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installation key</source>
        <translation>安装密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers</source>
        <translation>域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account</source>
        <translation>绑定账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>安全性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System trust store</source>
        <translation>系统信任存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration folder</source>
        <translation>配置文件夹</translation>
    </message>
    <message>
        <location filename="../ui/settings/pages_review.py" line="+162"/>
        <location filename="../ui/wizard/pages_install.py" line="+11"/>
        <source>Review</source>
        <extracomment>Tabs: name, the object kind shown (None: users and groups), the categories shown.</extracomment>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A sync stopped because managed users are no longer visible to the bind account. Check its read rights; approve only if they were deleted (they are then disabled, never deleted).</source>
        <translation>同步已停止，因为受管理的用户对绑定账户不再可见。请检查其读取权限；仅当这些用户确实已被删除时才批准（届时它们将被禁用，绝不会被删除）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the plan…</source>
        <translation>正在生成计划…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing will be written.</source>
        <translation>不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the whole domain. No OU is selected, so every user and group the bind account can read is in scope. Go back and choose OUs in Sync scope to narrow it.</source>
        <translation>范围：整个域。未选择任何 OU，因此绑定账户可以读取的所有用户和组都在范围内。请返回并在“同步范围”中选择 OU 以缩小范围。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the selected OUs.</source>
        <translation>范围：所选 OU。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n user(s) will be created</source>
        <translation>
            <numerusform>将创建 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be updated</source>
        <translation>
            <numerusform>将更新 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be activated</source>
        <translation>
            <numerusform>将启用 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be disabled</source>
        <translation>
            <numerusform>将禁用 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be deleted</source>
        <translation>
            <numerusform>将删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be created</source>
        <translation>
            <numerusform>将创建 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be updated</source>
        <translation>
            <numerusform>将更新 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be deleted</source>
        <translation>
            <numerusform>将删除 %n 个组</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly the ones listed, no others.</source>
        <translation>
            <numerusform>%n 项禁用和删除：超过了安全阈值。“完成”只批准列出的这些项，不会批准其他项。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n disable(s) and deletion(s): within the safety threshold.</source>
        <translation>
            <numerusform>%n 项禁用和删除：在安全阈值之内。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applied. The run&apos;s results are in the status window.</source>
        <translation>已应用。运行结果可在状态窗口中查看。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Run approved and applied.</source>
        <translation>运行已批准并应用。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run rejected; nothing was changed.</source>
        <translation>运行已拒绝；未做任何更改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New users</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users to update</source>
        <translation>要更新的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for activation / disable</source>
        <translation>标记为启用 / 禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer visible to the bind account (deleted, or its read rights changed)</source>
        <translation>对绑定账户不再可见（已被删除，或其读取权限已更改）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in the selected OUs</source>
        <translation>所选 OU 中新增</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the cloud, still in the directory</source>
        <translation>已在云端删除，但仍在目录中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched an existing cloud user by user name</source>
        <translation>已按用户名匹配到现有云用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>属性已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members changed</source>
        <translation>成员已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled in the directory</source>
        <translation>已在目录中启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled in the directory</source>
        <translation>已在目录中禁用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the selected OUs or criteria</source>
        <translation>已离开所选 OU 或不再符合条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the directory</source>
        <translation>已在目录中删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s owner is never disabled or deleted</source>
        <translation>代理的所有者永远不会被禁用或删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope (no longer managed)</source>
        <translation>超出范围（不再管理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the sync criteria</source>
        <translation>不符合同步条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name in the directory</source>
        <translation>目录中没有用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name used by another user</source>
        <translation>用户名已被其他用户使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud user belongs to another directory object</source>
        <translation>该云用户属于另一个目录对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync is “Do nothing”</source>
        <translation>状态同步设为“不执行任何操作”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work out the current plan</source>
        <translation>生成当前计划</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name / attribute</source>
        <translation>名称 / 属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change / old value</source>
        <translation>更改 / 旧值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / new value</source>
        <translation>原因 / 新值</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>A sync stopped before disabling or deleting more users than the safety threshold allows.</source>
        <translation>同步已停止，因为它将禁用或删除的用户数超过了安全阈值。</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>AD system object</source>
        <translation>AD 系统对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See what a sync would do now and untick what must not be written, then Add and Continue.</source>
        <translation>查看现在同步将执行的操作，取消勾选不得写入的项，然后单击“添加并继续”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scope is the whole domain: no OU is selected, so every user and group the bind account can read is synced (AD system objects excepted). Choose OUs in Sync scope to narrow it.</source>
        <translation>范围是整个域：未选择任何 OU，因此将同步绑定账户可以读取的所有用户和组（AD 系统对象除外）。请在“同步范围”中选择 OU 以缩小范围。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finish writes exactly this to the cloud directory:</source>
        <translation>“完成”将把以下内容原样写入云目录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of what will be written</source>
        <translation>将写入内容的摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and &amp;Continue</source>
        <translation>添加并继续(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a summary of the ticked changes before writing</source>
        <translation>在写入前显示所勾选更改的摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of changes</source>
        <translation>返回更改列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the ticked changes to the cloud directory</source>
        <translation>将所勾选的更改写入云目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appro&amp;ve</source>
        <translation>批准(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the stopped run</source>
        <translation>批准已停止的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>拒绝(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the stopped run</source>
        <translation>拒绝已停止的运行</translation>
    </message>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+2"/>
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>请检查设置。使用“上一步”可更改任何内容；“安装”将设置代理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the settings</source>
        <translation>设置摘要</translation>
    </message>
</context>
<context>
    <name>RunDetailsDialog</name>
    <message>
        <location filename="../ui/status/window.py" line="+140"/>
        <source>Export run as CSV</source>
        <extracomment>The tray icon / status badge for each state of the agent. How many of the changes the cloud did not accept are listed (the newest).</extracomment>
        <translation>将运行导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>已导出 %n 个对象。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Started %1 — %n object(s)</source>
        <translation>
            <numerusform>开始时间：%1 — %n 个对象</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this run&apos;s outcomes as CSV</source>
        <translation>将此次运行的结果导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-object outcomes</source>
        <translation>每个对象的结果</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/pages_schedule.py" line="+61"/>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Run:</source>
        <translation>运行(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>时间(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;weekday:</source>
        <translation>星期(&amp;W)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;day of the month:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month</source>
        <translation>每月的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run:</source>
        <translation>下次运行：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are this computer&apos;s local time. A day after the end of a shorter month runs on its last day.</source>
        <translation>时间为此计算机的本地时间。如果所选日期超过较短月份的天数，则在该月最后一天运行。</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../ui/settings/pages_scope.py" line="+146"/>
        <source>Sync scope</source>
        <translation>同步范围</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the OU tree…</source>
        <translation>正在读取 OU 树…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n OU(s) directly below the base DN; open one to read what is below it.</source>
        <translation>
            <numerusform>基准 DN 下直接有 %n 个 OU；展开一个即可读取其下的内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+184"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 is no longer in the directory. Reload the tree to see the current OUs.</source>
        <translation>%1 已不在目录中。请重新加载目录树以查看当前的 OU。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No custom query: every user in the chosen OUs is in scope.</source>
        <translation>没有自定义查询：所选 OU 中的所有用户都在范围内。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid LDAP query.</source>
        <translation>LDAP 查询有效。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the query first.</source>
        <translation>请先修正查询。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s) in scope.</source>
        <translation>
            <numerusform>范围内有 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisational units (tick the ones to sync, with everything below):</source>
        <translation>组织单位（勾选要同步的 OU，其下所有内容都会包含在内）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU tree</source>
        <translation>OU 树</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the OU tree again</source>
        <translation>重新读取 OU 树</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs:</source>
        <translation>已选 OU：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs</source>
        <translation>已选 OU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected OU from the scope</source>
        <translation>从范围中移除所选 OU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types</source>
        <translation>对象类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>组(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;groups</source>
        <translation>安全组(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AD system objects (left out unless chosen)</source>
        <translation>AD 系统对象（除非选中，否则不包括）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync AD&apos;s built-in &amp;accounts (Administrator, Guest, krbtgt, …)</source>
        <translation>同步 AD 的内置账户（Administrator、Guest、krbtgt 等）(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync AD&apos;s built-in gr&amp;oups (Domain Admins, Administrators, Domain Users, …)</source>
        <translation>同步 AD 的内置组（Domain Admins、Administrators、Domain Users 等）(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP &amp;query (optional, combined with the OUs):</source>
        <translation>自定义 LDAP 查询（可选，与 OU 组合使用）(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP query</source>
        <translation>自定义 LDAP 查询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count users in scope</source>
        <translation>统计范围内的用户(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the users in scope now</source>
        <translation>立即统计范围内的用户</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings/window.py" line="+255"/>
        <source>Saved. The agent uses the new settings from now on.</source>
        <translation>已保存。代理从现在起使用新设置。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Identity Connect — Settings</source>
        <translation>Identity Connect — 设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings pages</source>
        <translation>设置页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page</source>
        <translation>保存此页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this page&apos;s unsaved changes</source>
        <translation>撤销此页面未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+340"/>
        <source>Identity Connect setup</source>
        <extracomment>What the pages after the licence are made of, and through them the network stack (httpx, ldap3, keyring, cryptography, the pydantic models, qrcode): none of it is needed to paint the language page. How often the GUI thread looks whether the background imports have ended (they take a second or so).</extracomment>
        <translation>Identity Connect 设置</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Install</source>
        <translation>安装(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>贵组织的管理员通过登录来批准此代理。</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39"/>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This administrator will own the agent.</source>
        <translation>此管理员将成为代理的所有者。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>请确认这是您要使用的账户，然后继续连接您的目录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>电子邮件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>组织：</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="-758"/>
        <source>Choose the SSH private key</source>
        <translation>选择 SSH 私钥</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH login for %1</source>
        <translation>%1 的 SSH 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this fingerprint of %1&apos;s SSH host key with the DC&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the DC). The login is used for this action only and is not stored.</source>
        <translation>请将 %1 的 SSH 主机密钥的此指纹与 DC 自身的指纹进行比较（在 DC 上运行 ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub）。登录信息仅用于此操作，不会被保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host key:</source>
        <translation>主机密钥：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>密钥文件(&amp;K)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH host key fingerprint</source>
        <translation>SSH 主机密钥指纹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;fingerprint matches the DC&apos;s own</source>
        <translation>指纹与 DC 自身的指纹一致(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint matches the DC&apos;s own</source>
        <translation>指纹与 DC 自身的指纹一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user</source>
        <translation>SSH 用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (or give a password)</source>
        <translation>私钥文件（或提供密码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH private key file</source>
        <translation>SSH 私钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the SSH private key file</source>
        <translation>选择 SSH 私钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH password</source>
        <translation>SSH 密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Samba on the DC if the install needs it</source>
        <translation>如果安装需要，重新启动 DC 上的 Samba(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Samba on the DC if the install needs it</source>
        <translation>如果安装需要，重新启动 DC 上的 Samba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>登录并继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/status/window.py" line="+335"/>
        <source>Not accepted by the cloud: %1</source>
        <translation>未被云端接受的密码更改：%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the directory and the tenant…</source>
        <translation>正在读取目录和租户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out the changes…</source>
        <translation>正在计算更改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes…</source>
        <translation>正在应用更改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with errors</source>
        <translation>已完成，有错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Waiting for review</source>
        <translation>等待检查</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync is healthy.</source>
        <translation>同步正常。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: the first sync is waiting for your review in Settings › Review.</source>
        <translation>需要处理：首次同步正在等待您在“设置 › 检查”中检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: managed users are no longer visible to the bind account, so the sync stopped before writing. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>需要处理：受管理的用户对绑定账户不再可见，因此同步在写入前已停止。请检查绑定账户的读取权限；“设置 › 检查”中列出了相关 OU。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention: a sync stopped before disabling or deleting more users than the safety threshold allows. Approve or reject it in Settings › Review.</source>
        <translation>需要处理：同步已停止，因为它将禁用或删除的用户数超过了安全阈值。请在“设置 › 检查”中批准或拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent service is not running.</source>
        <translation>代理服务未在运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation>需要处理：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention.</source>
        <translation>需要处理。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted users are found by a check every %n minute(s): the bind account may not read deleted objects (admin guide: “How deletions are found”).</source>
        <translation>
            <numerusform>已删除的用户通过每 %n 分钟一次的检查发现：绑定账户无权读取已删除的对象（管理员指南：“如何发现删除”）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 for changes regularly (it sends no change notifications).</source>
        <translation>正在定期检查 %1 的更改（它不发送更改通知）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching %1 for changes.</source>
        <translation>正在监视 %1 的更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not watching for changes (turned off): changes sync at the scheduled time.</source>
        <translation>未监视更改（已关闭）：更改将在计划时间同步。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain controller ended the change notifications; reconnecting.</source>
        <translation>域控制器结束了更改通知；正在重新连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not watching for changes: %1 Reconnecting.</source>
        <translation>未监视更改：%1 正在重新连接。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>请检查系统日期和时间：此计算机的时钟比租户的时钟快 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>请检查系统日期和时间：此计算机的时钟比租户的时钟快 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>请检查系统日期和时间：此计算机的时钟比租户的时钟慢 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>请检查系统日期和时间：此计算机的时钟比租户的时钟慢 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the system date and time (no clock difference detected so far).</source>
        <translation>请检查系统日期和时间（目前尚未检测到时钟偏差）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the owner&apos;s sign-in (%1) is still valid; if not, use Change ownership.</source>
        <translation>请检查所有者的登录（%1）是否仍然有效；如果无效，请使用“更改所有者”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the owner&apos;s sign-in is still valid; if not, use Change ownership.</source>
        <translation>请检查所有者的登录是否仍然有效；如果无效，请使用“更改所有者”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the network, proxy and firewall between this computer and the tenant.</source>
        <translation>请检查此计算机与租户之间的网络、代理服务器和防火墙。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the agent service is running (the tray icon, or identity-connect-agent status).</source>
        <translation>请检查代理服务是否正在运行（托盘图标，或 identity-connect-agent status）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not installed</source>
        <translation>未安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity Connect — Status</source>
        <translation>Identity Connect — 状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name:</source>
        <translation>设备名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version:</source>
        <translation>代理版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers:</source>
        <translation>域控制器：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>所有者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled run:</source>
        <translation>下次计划运行：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Troubleshooting</source>
        <translation>故障排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Last runs</source>
        <translation>最近的运行</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected run&apos;s per-object outcomes</source>
        <translation>打开所选运行的每个对象的结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected run as CSV</source>
        <translation>将所选运行导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents</source>
        <translation>密码同步代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>域控制器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last password delivered</source>
        <translation>最近一次密码送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents per domain controller</source>
        <translation>各域控制器上的密码同步代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password sync agent has been reported by the tenant.</source>
        <translation>租户未报告任何密码同步代理。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept, newest first</source>
        <translation>云端未接受的密码更改（最新的在前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review now…</source>
        <translation>立即检查(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the run that waits for you in Settings</source>
        <translation>检查在“设置”中等待您处理的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>查看日志(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View logs</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent and quit</source>
        <translation>停止代理并退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent state</source>
        <translation>代理状态</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit Identity Connect</source>
        <translation>退出 Identity Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent? Sync stops until Identity Connect is started again.</source>
        <translation>要停止代理吗？在重新启动 Identity Connect 之前，同步将一直停止。</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../ui/tray/app.py" line="+234"/>
        <source>Created %1, updated %2, disabled %3, deleted %4.</source>
        <extracomment>Whether Quit ends the application itself (QCoreApplication.quit) after sig_finished. A caller that drives the loop with run_until_complete sets this False and ends on sig_finished instead.</extracomment>
        <translation>已创建 %1，已更新 %2，已禁用 %3，已删除 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n object(s) failed; see the run in the status window.</source>
        <translation>
            <numerusform>%n 个对象失败；请在状态窗口中查看此次运行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>同步已完成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync waits for your review</source>
        <translation>同步正在等待您检查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync did not complete</source>
        <translation>同步未完成</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was changed. Approve or reject it in Settings › Review.</source>
        <translation>未做任何更改。请在“设置 › 检查”中批准或拒绝。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Sync waits for approval</source>
        <translation>同步正在等待批准</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open Settings › Review, choose what to write, then Add and Continue and Finish.</source>
        <translation>请打开“设置 › 检查”，选择要写入的内容，然后依次单击“添加并继续”和“完成”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Managed users are no longer visible to the bind account, and the directory shows no sign they were deleted. Nothing was changed. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>受管理的用户对绑定账户不再可见，且目录中没有迹象表明它们已被删除。未做任何更改。请检查绑定账户的读取权限；“设置 › 检查”中列出了相关 OU。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The sync would disable %n user(s).</source>
        <translation>
            <numerusform>此次同步将禁用 %n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It would delete %n user(s).</source>
        <translation>
            <numerusform>并将删除 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is more than the safety threshold allows.</source>
        <translation>这超过了安全阈值。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected from the tenant</source>
        <translation>已与租户断开连接</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>正在同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>已断开连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status…</source>
        <translation>状态(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;ownership…</source>
        <translation>更改所有者(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;LDAP settings…</source>
        <translation>更改 LDAP 设置(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>查看日志(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect menu</source>
        <translation>Identity Connect 菜单</translation>
    </message>
</context>
<context>
    <name>TrustCaDialog</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+45"/>
        <source>Trust this certificate authority?</source>
        <translation>信任此证书颁发机构吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent the certificate of the authority (CA) that issued its own certificate:</source>
        <translation>%1 发送了签发其自身证书的证书颁发机构（CA）的证书：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the SHA-256 fingerprint with the one your CA&apos;s administrator gives you (on the CA: certutil -ca.cert ca.cer, then certutil -hashfile ca.cer SHA256). Trust it only if they match: the agent will then accept every directory certificate this CA issues, for this agent only.</source>
        <translation>请将 SHA-256 指纹与您的 CA 管理员提供的指纹进行核对（在 CA 上运行 certutil -ca.cert ca.cer，然后运行 certutil -hashfile ca.cer SHA256）。只有两者一致时才信任它：之后代理将接受此 CA 签发的所有目录证书，仅限此代理。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust this CA</source>
        <translation>信任此 CA(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate authority for this agent</source>
        <translation>为此代理信任此证书颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not trust this certificate authority</source>
        <translation>不信任此证书颁发机构</translation>
    </message>
</context>
<context>
    <name>UserSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_user_sync.py" line="+104"/>
        <source>User sync settings</source>
        <translation>用户同步</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This tenant does not say that it sends these mails (it does not advertise the Identity-Connect-Provisioning header), so probably nobody receives them. Hand out passwords and welcome notes another way, or ask the tenant&apos;s vendor.</source>
        <translation>此租户未声明它会发送这些邮件（它没有公布 Identity-Connect-Provisioning 标头），因此可能没有人会收到。请通过其他方式分发密码和欢迎信息，或咨询租户的供应商。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications are probably not sent</source>
        <translation>通知可能不会发送</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password notification:</source>
        <translation>密码通知(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the one-time password to the user</source>
        <translation>将一次性密码发送给用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to the admin</source>
        <translation>将一次性密码发送给管理员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>不发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password notification</source>
        <translation>密码通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a welcome &amp;mail to new users</source>
        <translation>向新用户发送欢迎邮件(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account status</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus sync:</source>
        <translation>状态同步(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect (disabled in the directory → disabled in the cloud)</source>
        <translation>反映（目录中禁用 → 云端禁用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>不执行任何操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync</source>
        <translation>状态同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user &amp;leaves the selected OUs:</source>
        <translation>当用户离开所选 OU 时(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the user</source>
        <translation>禁用该用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (stop managing the user)</source>
        <translation>不执行任何操作（停止管理该用户）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user leaves the selected OUs</source>
        <translation>当用户离开所选 OU 时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available while status sync is “Do nothing”: the agent does not change account status then.</source>
        <translation>状态同步为“不执行任何操作”时不可用：此时代理不会更改账户状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted in the directory</source>
        <translation>在目录中删除的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete users in the cloud when they are deleted in the directory</source>
        <translation>用户在目录中被删除时，也在云端删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data loss: a deleted cloud user loses their mailbox, files and history for good. Without this option, users deleted in the directory are only disabled.</source>
        <translation>数据丢失：被删除的云用户将永久失去其邮箱、文件和历史记录。如果不启用此选项，在目录中删除的用户只会被禁用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;understand that deleted users&apos; cloud data cannot be recovered</source>
        <translation>我了解被删除用户的云端数据无法恢复(&amp;U)</translation>
    </message>
</context>
<context>
    <name>WindowsLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+58"/>
        <source>Choose the CA certificate of the DC&apos;s WinRM listener</source>
        <translation>选择 DC 的 WinRM 侦听器的 CA 证书</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Install account for %1</source>
        <translation>%1 的安装账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Windows: the password filter and the DC agent are copied over SMB (ADMIN$) and set up over WinRM with a Domain Admin&apos;s account. The login is used for this action only and is not stored.</source>
        <translation>%1 运行的是 Windows：密码筛选器和 DC 代理将使用 Domain Admins 成员的账户通过 SMB（ADMIN$）复制，并通过 WinRM 进行设置。登录信息仅用于此操作，不会被保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WinRM &amp;CA file:</source>
        <translation>WinRM CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMAIN\user 或 user@domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account (a Domain Admin)</source>
        <translation>安装账户（Domain Admins 成员）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account&apos;s password</source>
        <translation>安装账户的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the CA of the DC&apos;s WinRM certificate</source>
        <translation>可选：DC 的 WinRM 证书的 CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file of the DC&apos;s WinRM certificate</source>
        <translation>DC 的 WinRM 证书的 CA 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file of the DC&apos;s WinRM certificate</source>
        <translation>选择 DC 的 WinRM 证书的 CA 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over &amp;HTTP (port 5985) instead of HTTPS (5986)</source>
        <translation>通过 HTTP（端口 5985）而非 HTTPS（5986）使用 WinRM(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over HTTP instead of HTTPS</source>
        <translation>通过 HTTP 而非 HTTPS 使用 WinRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the domain controller if the install needs it</source>
        <translation>如果安装需要，重新启动域控制器(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the domain controller if the install needs it</source>
        <translation>如果安装需要，重新启动域控制器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>登录并继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
