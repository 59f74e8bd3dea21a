<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>BlastRadiusDialog</name>
    <message numerus="yes">
        <location filename="../ui/settings/blast.py" line="+69"/>
        <source>%n user(s) left the selected OUs or no longer meet the criteria.</source>
        <translation>
            <numerusform>%n 人のユーザーが選択した OU から外れたか、条件を満たさなくなりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) are disabled in the directory.</source>
        <translation>
            <numerusform>%n 人のユーザーがディレクトリで無効化されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n user(s) were deleted in the directory.</source>
        <translation>
            <numerusform>%n 人のユーザーがディレクトリで削除されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) for another reason (%1).</source>
        <translation>
            <numerusform>%n 人のユーザー: その他の理由 (%1)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Before you save</source>
        <translation>保存する前に</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The effect of this change could not be worked out. Save anyway? The next sync will apply it.</source>
        <translation>この変更の影響を算出できませんでした。このまま保存しますか? 変更は次回の同期で適用されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If you save, the next sync will do this:</source>
        <translation>保存すると、次回の同期で次の処理が行われます:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users created:</source>
        <translation>作成されるユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users changed:</source>
        <translation>変更されるユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users re-activated:</source>
        <translation>再有効化されるユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users disabled:</source>
        <translation>無効化されるユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users deleted:</source>
        <translation>削除されるユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups created or changed:</source>
        <translation>作成または変更されるグループ:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Why:</source>
        <translation>理由:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disabled users cannot sign in; deleted users and their data are gone from the cloud for good.</source>
        <translation>無効化されたユーザーはサインインできなくなります。削除されたユーザーとそのデータはクラウドから完全に失われます。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+48"/>
        <source>The certificate of the CA that issued it is not available on this computer.</source>
        <extracomment>OpenSSL verify codes that mean only &quot;issued by a CA this computer does not trust&quot; (see app.ldap.tls_probe).</extracomment>
        <translation>発行元の CA の証明書がこのコンピューターにありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its signature does not match: it may have been altered.</source>
        <translation>署名が一致しません。改ざんされている可能性があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not valid yet: check this computer&apos;s date and time.</source>
        <translation>まだ有効になっていません。このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It has expired.</source>
        <translation>有効期限が切れています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is self-signed: no certificate authority vouches for it.</source>
        <translation>自己署名されています。この証明書を保証する証明機関はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is issued by a certificate authority that this computer does not trust (yet).</source>
        <translation>このコンピューターが (まだ) 信頼していない証明機関によって発行されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>It is issued by a certificate authority that this computer does not know.</source>
        <translation>このコンピューターが認識していない証明機関によって発行されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It has been revoked.</source>
        <translation>失効しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not meant for a server.</source>
        <translation>サーバー用の証明書ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the name the agent connects to.</source>
        <translation>エージェントの接続先の名前に対して発行されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not issued to the IP address the agent connects to.</source>
        <translation>エージェントの接続先の IP アドレスに対して発行されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The certificate check reported: %1.</source>
        <translation>証明書の確認結果: %1。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Issued to:</source>
        <translation>発行先:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also valid for:</source>
        <translation>ほかに有効な名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from:</source>
        <translation>有効期間の開始:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until:</source>
        <translation>有効期間の終了:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 フィンガープリント:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not trusted because:</source>
        <translation>信頼されていない理由:</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>The CA is now trusted for this agent (saved as %1). Checking the connection again…</source>
        <extracomment>OTHER_PROBLEM: the error code that trusting the CA would leave. OFFERED but the admin cancelled.</extracomment>
        <translation>このエージェントで CA が信頼されるようになりました (%1 として保存)。接続をもう一度確認しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not send the certificate of the CA that issued its own, so it cannot be shown here. Ask your CA&apos;s administrator for the CA certificate (a .cer or .pem file) and choose it as the CA file.</source>
        <translation>%1 は自身の証明書を発行した CA の証明書を送信しないため、ここには表示できません。CA の管理者に CA 証明書 (.cer または .pem ファイル) を依頼し、CA ファイルとして選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate of %1 is trusted now. Checking the connection again…</source>
        <translation>%1 の証明書が信頼されるようになりました。接続をもう一度確認しています…</translation>
    </message>
</context>
<context>
    <name>CertificateDetails</name>
    <message>
        <location line="-136"/>
        <source>Certificate offered by the server</source>
        <translation>サーバーが提示した証明書</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust this CA…</source>
        <translation>この CA を信頼(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust the certificate authority that issued this certificate</source>
        <translation>この証明書を発行した証明機関を信頼する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only if this is your organisation&apos;s CA: you will compare its fingerprint first.</source>
        <translation>組織の CA である場合にのみ使用してください。先にフィンガープリントを照合します。</translation>
    </message>
</context>
<context>
    <name>CriteriaPage</name>
    <message>
        <location filename="../ui/settings/pages_criteria.py" line="+132"/>
        <location line="+156"/>
        <source>Sync criteria</source>
        <translation>同期条件</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Field, row %1</source>
        <translation>フィールド、%1 行目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relationship, row %1</source>
        <translation>比較方法、%1 行目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>equals</source>
        <translation>等しい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not equal</source>
        <translation>等しくない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contains</source>
        <translation>含む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starts with</source>
        <translation>で始まる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ends with</source>
        <translation>で終わる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has a value</source>
        <translation>値がある</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>has no value</source>
        <translation>値がない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is a member of (group DN)</source>
        <translation>メンバーである (グループの DN)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for users</source>
        <translation>ユーザーの条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria for groups</source>
        <translation>グループの条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;all users in scope</source>
        <translation>範囲内のすべてのユーザーをインポート(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import users &amp;based on criteria (every row must hold)</source>
        <translation>条件に基づいてユーザーをインポート (すべての行を満たす必要あり)(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User criteria</source>
        <translation>ユーザーの条件一覧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;all groups in scope</source>
        <translation>範囲内のすべてのグループをインポート(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import groups &amp;based on criteria (every row must hold)</source>
        <translation>条件に基づいてグループをインポート (すべての行を満たす必要あり)(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group criteria</source>
        <translation>グループの条件一覧</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>比較方法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected criteria rows</source>
        <translation>選択した条件の行を削除します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Users and groups have criteria of their own. Values are matched as text, ignoring case; &quot;is a member of&quot; takes a group DN and means direct membership. A group that does not meet its criteria is not synced, and its members are not added to other groups through it.</source>
        <translation>ユーザーとグループにはそれぞれ独自の条件があります。値は大文字と小文字を区別せずにテキストとして比較されます。「メンバーである」にはグループの DN を指定し、直接のメンバーシップを意味します。条件を満たさないグループは同期されず、そのメンバーがこのグループを通じてほかのグループに追加されることもありません。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A&amp;dd row</source>
        <translation>行を追加(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a criteria row</source>
        <translation>条件の行を追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove row</source>
        <translation>行を削除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../ui/i18n.py" line="+199"/>
        <source>in less than a minute</source>
        <extracomment>The language&apos;s name in itself (an endonym): never translated, so a lost user can find their own.</extracomment>
        <translation>1 分以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n min</source>
        <translation>
            <numerusform>%n 分後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n h</source>
        <translation>
            <numerusform>%n 時間後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 日後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n month(s)</source>
        <translation>
            <numerusform>%n か月後</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n か月前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n year(s)</source>
        <translation>
            <numerusform>%n 年後</numerusform>
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
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DeviceSignInWidget</name>
    <message>
        <location filename="../ui/widgets/device_signin.py" line="+209"/>
        <source>The code expires in %1:%2.</source>
        <translation>コードの有効期限まで %1:%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Requesting a sign-in code…</source>
        <translation>サインイン コードを要求しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for you to sign in in the browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t reach the service, retrying…</source>
        <translation>サービスに接続できません。再試行しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code has expired. Get a new code to try again.</source>
        <translation>コードの有効期限が切れました。新しいコードを取得してやり直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in.</source>
        <translation>サインインしました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in as an administrator of your organisation: open the address below in a browser on any device, or scan the QR code, and enter the code.</source>
        <translation>組織の管理者としてサインインしてください。任意のデバイスのブラウザーで下のアドレスを開くか QR コードをスキャンし、コードを入力します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in address:</source>
        <translation>サインイン アドレス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code:</source>
        <translation>コード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy address</source>
        <translation>アドレスをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the sign-in address</source>
        <translation>サインイン アドレスをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in browser</source>
        <translation>ブラウザーで開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the sign-in page in the browser</source>
        <translation>ブラウザーでサインイン ページを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Get a new code</source>
        <translation>新しいコードを取得(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code</source>
        <translation>新しいコードを取得</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in address</source>
        <translation>サインイン アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR code of the sign-in address</source>
        <translation>サインイン アドレスの QR コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with a phone to open the sign-in page with the code filled in.</source>
        <translation>スマートフォンでスキャンすると、コードが入力済みのサインイン ページが開きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in page will ask you to allow “%1” to connect.</source>
        <translation>サインイン ページで「%1」の接続を許可するよう求められます。</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <location filename="../ui/widgets/stage_names.py" line="+15"/>
        <source>Server name is valid</source>
        <translation>サーバー名が有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server name resolves in DNS</source>
        <translation>サーバー名を DNS で解決できる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server accepts connections</source>
        <translation>サーバーが接続を受け付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure connection (certificate trusted)</source>
        <translation>安全な接続 (証明書が信頼されている)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account signs in</source>
        <translation>バインド アカウントでサインインできる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory information readable</source>
        <translation>ディレクトリ情報を読み取れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users are readable</source>
        <translation>ユーザーを読み取れる</translation>
    </message>
</context>
<context>
    <name>DiagnosticsChecklist</name>
    <message>
        <location filename="../ui/widgets/diagnostics.py" line="+154"/>
        <source>not yet checked</source>
        <extracomment>The owner can trust a CA (it has somewhere to save it): offer &quot;Trust this CA…&quot; when that is the fix.</extracomment>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>スキップ</translation>
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
        <translation>証明書の詳細</translation>
    </message>
</context>
<context>
    <name>DirectoryConnectionForm</name>
    <message>
        <location filename="../ui/widgets/directory_form.py" line="+285"/>
        <source>Choose the CA certificate</source>
        <extracomment>Given the values, return the problems (translated). Called on every edit, so it must be fast and offline.</extracomment>
        <translation>CA 証明書を選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Domain name:</source>
        <translation>ドメイン名(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. corp.example.com</source>
        <translation>例: corp.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain &amp;controllers:</source>
        <translation>ドメイン コントローラー(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully qualified name, e.g. dc1.corp.example.com</source>
        <translation>完全修飾名 (例: dc1.corp.example.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller to add</source>
        <translation>追加するドメイン コントローラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers, in order of preference</source>
        <translation>ドメイン コントローラー (優先順)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add domain controller</source>
        <translation>ドメイン コントローラーを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected domain controller</source>
        <translation>選択したドメイン コントローラーを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in DNS</source>
        <translation>DNS で検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find domain controllers in DNS</source>
        <translation>DNS でドメイン コントローラーを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind account:</source>
        <translation>バインド アカウント(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UPN (user@corp.example.com) or DN</source>
        <translation>UPN (user@corp.example.com) または DN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account (UPN or DN)</source>
        <translation>バインド アカウント (UPN または DN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind password</source>
        <translation>バインド パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Show password</source>
        <translation>パスワードを表示</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security:</source>
        <translation>セキュリティ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS (SSL, port 636)</source>
        <translation>LDAPS (SSL、ポート 636)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LDAPS</source>
        <translation>LDAPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS (port 389)</source>
        <translation>StartTLS (ポート 389)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP</source>
        <translation>暗号化なしの LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I understand that passwords and directory data travel unencrypted</source>
        <translation>パスワードとディレクトリ データが暗号化されずに送信されることを理解しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow unencrypted LDAP</source>
        <translation>暗号化なしの LDAP を許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;A certificate (optional):</source>
        <translation>CA 証明書 (任意)(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only if your directory&apos;s certificate is from a private CA</source>
        <translation>ディレクトリの証明書がプライベート CA 発行の場合のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA certificate file</source>
        <translation>CA 証明書ファイルを選択</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <location filename="../ui/wizard/pages_directory.py" line="+113"/>
        <source>Not added (unconfirmed): DNS also names %1, outside %2. Add a server by hand only if you know it is one of your domain controllers.</source>
        <translation>追加していません (未確認): DNS は %2 の外にある %1 も示しています。自社のドメイン コントローラーであることがわかっている場合にのみ、サーバーを手動で追加してください。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Connect to your directory</source>
        <translation>ディレクトリに接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity Connect reads users and groups with this account; a normal domain user is enough.</source>
        <translation>Identity Connect はこのアカウントでユーザーとグループを読み取ります。通常のドメイン ユーザーで十分です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the directory check</source>
        <translation>ディレクトリの確認を再試行</translation>
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
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An unexpected problem occurred (%1).</source>
        <translation>予期しない問題が発生しました (%1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again. If it keeps happening, send the log file to your support contact.</source>
        <translation>もう一度お試しください。繰り返し発生する場合は、ログ ファイルをサポート担当者に送ってください。</translation>
    </message>
    <message>
        <location line="-760"/>
        <source>The problem is at line %1.</source>
        <translation>問題は %1 行目にあります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer&apos;s clock differs from the service&apos;s.</source>
        <translation>このコンピューターの時刻がサービスの時刻とずれています。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This computer&apos;s clock differs from the service&apos;s by %n second(s).</source>
        <translation>
            <numerusform>このコンピューターの時刻がサービスの時刻と %n 秒ずれています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No installation key</source>
        <translation>インストール キーがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the installation key from your tenant&apos;s admin console.</source>
        <translation>テナントの管理コンソールからインストール キーを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It starts with ICK1-.</source>
        <translation>キーは ICK1- で始まります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an installation key</source>
        <translation>インストール キーではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This text is not an installation key.</source>
        <translation>このテキストはインストール キーではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the whole key again from the admin console; it starts with ICK1-.</source>
        <translation>管理コンソールからキー全体をもう一度コピーしてください。キーは ICK1- で始まります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mistyped</source>
        <translation>キーの入力ミス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key&apos;s checksum does not match: a character is missing or mistyped.</source>
        <translation>キーのチェックサムが一致しません。文字が欠けているか間違っています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the key again instead of typing it.</source>
        <translation>キーを手入力せず、もう一度貼り付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newer key format</source>
        <translation>新しい形式のキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This key was made for a newer version of Identity Connect.</source>
        <translation>このキーは新しいバージョンの Identity Connect 用に作成されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the latest version of Identity Connect and try again.</source>
        <translation>最新バージョンの Identity Connect をインストールしてやり直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key is damaged</source>
        <translation>キーが破損しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key does not contain a valid tenant address.</source>
        <translation>キーに有効なテナント アドレスが含まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console.</source>
        <translation>管理コンソールで新しいインストール キーを作成してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key not recognised</source>
        <translation>キーが認識されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this installation key.</source>
        <translation>テナントはこのインストール キーを認識していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that you copied the key of the right tenant, or create a new one.</source>
        <translation>正しいテナントのキーをコピーしたか確認するか、新しいキーを作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key expired</source>
        <translation>キーの有効期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has expired.</source>
        <translation>このインストール キーは有効期限が切れています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new installation key in the admin console and paste it here.</source>
        <translation>管理コンソールで新しいインストール キーを作成し、ここに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key revoked</source>
        <translation>キーが失効しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has revoked this installation key.</source>
        <translation>管理者がこのインストール キーを失効させました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a new installation key, or create one in the admin console.</source>
        <translation>新しいインストール キーを依頼するか、管理コンソールで作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key already used</source>
        <translation>キーは使用済みです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation key has already been used to install an agent.</source>
        <translation>このインストール キーは既にエージェントのインストールに使用されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each key works once. Create a new installation key in the admin console.</source>
        <translation>キーは 1 回しか使えません。管理コンソールで新しいインストール キーを作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can&apos;t reach the service</source>
        <translation>サービスに接続できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service at %1 could not be reached.</source>
        <translation>%1 のクラウド サービスに接続できませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your tenant</source>
        <translation>お使いのテナント</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check this computer&apos;s internet connection and proxy settings, then retry.</source>
        <translation>このコンピューターのインターネット接続とプロキシ設定を確認してから再試行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+219"/>
        <source>Secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>%1 の証明書は信頼されていません (%2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the system date and time; a proxy that inspects TLS needs its certificate trusted.</source>
        <translation>システムの日付と時刻を確認してください。TLS を検査するプロキシでは、その証明書を信頼する必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected answer</source>
        <translation>予期しない応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service answered in a way Identity Connect does not understand.</source>
        <translation>サービスが Identity Connect の理解できない形式で応答しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy or captive portal may be in the way. Retry, or check the network.</source>
        <translation>プロキシまたはキャプティブ ポータルが妨げている可能性があります。再試行するか、ネットワークを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrusted address</source>
        <translation>信頼できないアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service named an address that is not HTTPS on the service&apos;s own address. Nothing was sent there.</source>
        <translation>サービスが、サービス自身のアドレス上の HTTPS ではないアドレスを指定しました。そのアドレスには何も送信していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address. If it is right, ask the service&apos;s provider to correct it.</source>
        <translation>テナントのアドレスを確認してください。正しい場合は、サービスのプロバイダーに修正を依頼してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untrusted sign-in page</source>
        <translation>信頼できないサインイン ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in page address the service sent is not HTTPS on the service&apos;s own address, so it is not shown.</source>
        <translation>サービスから送られたサインイン ページのアドレスがサービス自身のアドレス上の HTTPS ではないため、表示しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the tenant address, or get a new code later.</source>
        <translation>テナントのアドレスを確認するか、後で新しいコードを取得してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in refused</source>
        <translation>サインインが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused in the browser.</source>
        <translation>ブラウザーでサインインが拒否されました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and approve the request, or sign in as another administrator.</source>
        <translation>新しいコードを取得して要求を承認するか、別の管理者としてサインインしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code expired</source>
        <translation>コードの有効期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code expired before the sign-in was completed.</source>
        <translation>サインインが完了する前にコードの有効期限が切れました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and complete the sign-in within the time shown.</source>
        <translation>新しいコードを取得し、表示された時間内にサインインを完了してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in no longer valid</source>
        <translation>サインインが無効になりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service no longer accepts this sign-in request.</source>
        <translation>サービスはこのサインイン要求をもう受け付けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in again.</source>
        <translation>新しいコードを取得して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator</source>
        <translation>管理者ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account you signed in with is not an administrator of this tenant.</source>
        <translation>サインインしたアカウントはこのテナントの管理者ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new code and sign in with an administrator account.</source>
        <translation>新しいコードを取得し、管理者アカウントでサインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in expired</source>
        <translation>サインインの有効期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored sign-in of the agent&apos;s owner no longer works.</source>
        <translation>保存されているエージェント所有者のサインインが使えなくなりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again, or change the owner to another administrator.</source>
        <translation>もう一度サインインするか、所有者を別の管理者に変更してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agent not registered</source>
        <translation>エージェントが登録されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant does not know this agent any more.</source>
        <translation>テナントはこのエージェントをもう認識していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again with a new installation key.</source>
        <translation>新しいインストール キーでセットアップをやり直してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not the owner</source>
        <translation>所有者ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signed-in administrator does not own this agent.</source>
        <translation>サインインしている管理者はこのエージェントの所有者ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as the owner, or change the owner.</source>
        <translation>所有者としてサインインするか、所有者を変更してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registration failed</source>
        <translation>登録に失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tenant refused to register the agent.</source>
        <translation>テナントがエージェントの登録を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it keeps failing, create a new installation key.</source>
        <translation>再試行してください。失敗が続く場合は、新しいインストール キーを作成してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clock is wrong</source>
        <translation>時刻が正しくありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the system date and time correctly (use network time), then retry.</source>
        <translation>システムの日付と時刻を正しく設定 (ネットワーク時刻を使用) してから再試行してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory service refused a change</source>
        <translation>ディレクトリ サービスが変更を拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud directory refused a request.</source>
        <translation>クラウド ディレクトリが要求を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the affected object.</source>
        <translation>該当するオブジェクトは同期ログで確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>要求が多すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service asked Identity Connect to slow down.</source>
        <translation>サービスから Identity Connect に速度を落とすよう要求がありました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes, then retry.</source>
        <translation>数分待ってから再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud objects not unique</source>
        <translation>クラウド オブジェクトが一意ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than one object in the cloud directory has the same user name or external ID.</source>
        <translation>クラウド ディレクトリ内の複数のオブジェクトが、同じユーザー名または外部 ID を持っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove or rename the duplicate in the cloud directory, then retry.</source>
        <translation>クラウド ディレクトリで重複しているオブジェクトを削除するか名前を変更してから再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Object missing in the cloud</source>
        <translation>クラウドにオブジェクトがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An object the agent manages no longer exists in the cloud directory.</source>
        <translation>エージェントが管理しているオブジェクトが、クラウド ディレクトリに存在しなくなりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the sync log for the object; the next run checks it again.</source>
        <translation>該当するオブジェクトは同期ログで確認してください。次回の実行で再度確認されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run stopped: service unavailable</source>
        <translation>実行を停止しました: サービスを利用できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud service has been unavailable since %1, so the run was stopped (%2).</source>
        <translation>クラウド サービスが %1 から利用できないため、実行を停止しました (%2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was lost: what was not written yet is written by the next run. Check this computer&apos;s network and the service&apos;s status, then retry.</source>
        <translation>失われたものはありません。まだ書き込まれていない内容は次回の実行で書き込まれます。このコンピューターのネットワークとサービスの状態を確認してから再試行してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invalid host name</source>
        <translation>無効なホスト名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid host name or IP address.</source>
        <translation>「%1」は有効なホスト名でも IP アドレスでもありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controller&apos;s DNS name, e.g. dc1.corp.example.com.</source>
        <translation>ドメイン コントローラーの DNS 名を入力してください (例: dc1.corp.example.com)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fully qualified name needed</source>
        <translation>完全修飾名が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With SSL or StartTLS, “%1” must be the fully qualified name the certificate is issued to.</source>
        <translation>SSL または StartTLS では、「%1」は証明書の発行先の完全修飾名である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the full name, e.g. %1.corp.example.com, or choose unencrypted LDAP.</source>
        <translation>完全な名前 (例: %1.corp.example.com) を使うか、暗号化なしの LDAP を選択してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not found</source>
        <translation>名前が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name “%1” does not resolve in DNS.</source>
        <translation>名前「%1」を DNS で解決できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling; this computer must use the domain&apos;s DNS servers.</source>
        <translation>綴りを確認してください。このコンピューターはドメインの DNS サーバーを使う必要があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No domain controllers in DNS</source>
        <translation>DNS にドメイン コントローラーがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS has no domain controller records for this domain.</source>
        <translation>DNS にこのドメインのドメイン コントローラー レコードがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the domain controllers&apos; names yourself.</source>
        <translation>ドメイン コントローラーの名前を手動で入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server unreachable</source>
        <translation>サーバーに到達できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing answers on %1 port %2.</source>
        <translation>%1 のポート %2 で応答がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the domain controller is running and that a firewall allows the LDAP port, then retry.</source>
        <translation>ドメイン コントローラーが稼働していて、ファイアウォールが LDAP ポートを許可していることを確認してから再試行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server does not answer</source>
        <translation>サーバーが応答しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 accepted the connection but did not answer in time.</source>
        <translation>%1 は接続を受け付けましたが、時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that this is a domain controller and that it is not overloaded, then retry.</source>
        <translation>ドメイン コントローラーであること、過負荷でないことを確認してから再試行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued by a trusted certificate authority.</source>
        <translation>サーバーの証明書は信頼された証明機関によって発行されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose your organisation&apos;s CA certificate file, or install it in the system&apos;s trust store.</source>
        <translation>組織の CA 証明書ファイルを選択するか、システムの信頼ストアにインストールしてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Self-signed certificate</source>
        <translation>自己署名証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server presents a self-signed certificate.</source>
        <translation>サーバーが自己署名証明書を提示しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the server a certificate from your CA, or choose this certificate as the CA file if you trust it.</source>
        <translation>サーバーに CA 発行の証明書を設定するか、信頼できる場合はこの証明書を CA ファイルとして選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Certificate expired</source>
        <translation>証明書の有効期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate has expired or is not yet valid.</source>
        <translation>サーバーの証明書は有効期限が切れているか、まだ有効になっていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew the domain controller&apos;s certificate, and check this computer&apos;s date and time.</source>
        <translation>ドメイン コントローラーの証明書を更新し、このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name not in certificate</source>
        <translation>証明書に名前がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate is not issued to “%1”.</source>
        <translation>サーバーの証明書は「%1」に対して発行されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the name shown in the certificate details below.</source>
        <translation>下の証明書の詳細に表示されている名前を使ってください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The TLS handshake with the server failed.</source>
        <translation>サーバーとの TLS ハンドシェイクに失敗しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the security setting (LDAPS or StartTLS) and the server&apos;s TLS configuration.</source>
        <translation>セキュリティ設定 (LDAPS または StartTLS) とサーバーの TLS 構成を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong user name or password</source>
        <translation>ユーザー名またはパスワードが違います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind account or its password.</source>
        <translation>ディレクトリがバインド アカウントまたはそのパスワードを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account (UPN or DN) and the password, then try again.</source>
        <translation>アカウント (UPN または DN) とパスワードを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account disabled</source>
        <translation>アカウントが無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is disabled.</source>
        <translation>バインド アカウントは無効になっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable the account in Active Directory or use another one.</source>
        <translation>Active Directory でアカウントを有効にするか、別のアカウントを使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account locked</source>
        <translation>アカウントがロックされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account is locked out.</source>
        <translation>バインド アカウントはロックアウトされています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the account in Active Directory, then retry.</source>
        <translation>Active Directory でアカウントのロックを解除してから再試行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password expired</source>
        <translation>パスワードの有効期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account&apos;s password has expired or must be changed.</source>
        <translation>バインド アカウントのパスワードは有効期限が切れているか、変更が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a new password for the account and enter it here.</source>
        <translation>アカウントに新しいパスワードを設定し、ここに入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign-in not permitted</source>
        <translation>サインインが許可されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account may not sign in now or from this computer.</source>
        <translation>バインド アカウントは現在、またはこのコンピューターからはサインインできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s logon hours, workstation restrictions and expiry date.</source>
        <translation>アカウントのログオン時間、ワークステーション制限、有効期限を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bind failed</source>
        <translation>バインドに失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory refused the bind.</source>
        <translation>ディレクトリがバインドを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account and password, and the server&apos;s log.</source>
        <translation>アカウントとパスワード、およびサーバーのログを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enough rights</source>
        <translation>権限が不足しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bind account cannot read the users and groups.</source>
        <translation>バインド アカウントはユーザーとグループを読み取れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account read access to the directory (a normal domain user can read it).</source>
        <translation>アカウントにディレクトリの読み取りアクセスを付与してください (通常のドメイン ユーザーは読み取れます)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption required</source>
        <translation>暗号化が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refuses to accept a password without encryption.</source>
        <translation>サーバーは暗号化なしのパスワードを受け付けません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose LDAPS or StartTLS.</source>
        <translation>LDAPS または StartTLS を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain not found in the directory</source>
        <translation>ディレクトリにドメインが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory has no entry for this domain&apos;s base.</source>
        <translation>ディレクトリにこのドメインのベースのエントリがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the domain name.</source>
        <translation>ドメイン名を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read incomplete</source>
        <translation>読み取りが不完全です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory stopped answering in the middle of a read.</source>
        <translation>読み取りの途中でディレクトリが応答しなくなりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, check the server&apos;s limits.</source>
        <translation>再試行してください。繰り返し発生する場合は、サーバーの制限を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>Directory error</source>
        <translation>ディレクトリ エラー</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>The directory reported an error.</source>
        <translation>ディレクトリがエラーを報告しました。</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Retry; if it keeps happening, check the server&apos;s log.</source>
        <translation>再試行してください。繰り返し発生する場合は、サーバーのログを確認してください。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Invalid filter</source>
        <translation>無効なフィルター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LDAP filter is not valid.</source>
        <translation>LDAP フィルターが無効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the filter.</source>
        <translation>フィルターを修正してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid distinguished name</source>
        <translation>無効な識別名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid distinguished name.</source>
        <translation>有効な識別名ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the DN, e.g. CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com.</source>
        <translation>DN を確認してください (例: CN=svc-sync,OU=Service,DC=corp,DC=example,DC=com)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full read needed</source>
        <translation>完全な読み取りが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s change history does not continue from the last read.</source>
        <translation>ドメイン コントローラーの変更履歴が、前回の読み取りから続いていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent reads the whole directory instead; nothing to do.</source>
        <translation>エージェントは代わりにディレクトリ全体を読み取ります。操作は不要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invalid criteria field</source>
        <translation>条件のフィールドが無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row names a field that is not an LDAP attribute name.</source>
        <translation>条件の行に、LDAP 属性名ではないフィールドが指定されています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the field from the list, or type an attribute name such as department.</source>
        <translation>一覧からフィールドを選ぶか、department のような属性名を入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Criteria value missing</source>
        <translation>条件の値がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A criteria row compares a field but has no value to compare with.</source>
        <translation>条件の行でフィールドを比較していますが、比較する値がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a value in the row, or remove the row.</source>
        <translation>行に値を入力するか、行を削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value not used</source>
        <translation>値は使用されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;has a value&apos; and &apos;has no value&apos; compare nothing, but the row has a value.</source>
        <translation>「値がある」と「値がない」は何も比較しませんが、行に値が入力されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the value, or choose another relationship.</source>
        <translation>値を消去するか、別の比較方法を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No criteria rows</source>
        <translation>条件の行がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import based on criteria is chosen, but there is no criteria row.</source>
        <translation>条件に基づくインポートが選ばれていますが、条件の行がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a row, or choose to import all of them.</source>
        <translation>行を追加するか、すべてをインポートする設定を選んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No domain controller works</source>
        <translation>使えるドメイン コントローラーがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the domain controllers could be used.</source>
        <translation>どのドメイン コントローラーも使用できませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See each domain controller&apos;s result below.</source>
        <translation>各ドメイン コントローラーの結果は下に表示されています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bind account not recognised</source>
        <translation>バインド アカウントが認識されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the bind account as a UPN (user@corp.example.com) or a distinguished name.</source>
        <translation>バインド アカウントを UPN (user@corp.example.com) または識別名で入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For example svc-sync@corp.example.com.</source>
        <translation>例: svc-sync@corp.example.com。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm unencrypted LDAP</source>
        <translation>暗号化なしの LDAP を確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unencrypted LDAP sends the password and directory data in clear text.</source>
        <translation>暗号化なしの LDAP では、パスワードとディレクトリ データが平文で送信されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation box, or choose LDAPS or StartTLS.</source>
        <translation>確認のチェック ボックスをオンにするか、LDAPS または StartTLS を選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA file not found</source>
        <translation>CA ファイルが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CA certificate file does not exist.</source>
        <translation>CA 証明書ファイルが存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an existing PEM file, or leave the field empty.</source>
        <translation>既存の PEM ファイルを選択するか、欄を空のままにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step missing</source>
        <translation>手順が不足しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A previous setup step is not complete.</source>
        <translation>前のセットアップ手順が完了していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back and complete the previous pages.</source>
        <translation>前に戻って、前のページを完了してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already set up</source>
        <translation>既にセットアップ済みです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer already has an Identity Connect configuration.</source>
        <translation>このコンピューターには既に Identity Connect の構成があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the settings instead, or remove the configuration first.</source>
        <translation>代わりに設定を開くか、先に構成を削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent not running</source>
        <translation>エージェントが実行されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service is not running.</source>
        <translation>エージェント サービスが実行されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start it again; see the log for the reason it stopped.</source>
        <translation>もう一度起動してください。停止した理由はログで確認できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agent did not start</source>
        <translation>エージェントが起動しませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service did not report that it started.</source>
        <translation>エージェント サービスから起動の報告がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry; if it keeps happening, see the log file.</source>
        <translation>再試行してください。繰り返し発生する場合は、ログ ファイルを確認してください。</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Keyring not answering</source>
        <translation>キーリングが応答しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring did not answer in time.</source>
        <translation>キーリングが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (answer its prompt if one is open) or restart the keyring service, then retry.</source>
        <translation>キーリングのロックを解除する（確認画面が開いていれば応答する）か、キーリング サービスを再起動してから再試行してください。</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>Windows DC kit missing</source>
        <translation>Windows DC キットがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer lacks what is copied to a Windows domain controller: the password filter DLL and the DC agent&apos;s runtime (a Windows Python with cryptography).</source>
        <translation>このコンピューターには、Windows ドメイン コントローラーにコピーするものがありません: パスワード フィルターの DLL と DC エージェントのランタイム (cryptography を含む Windows 版 Python) です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the Windows DC kit in the folder windows-dc-kit of the configuration folder, or name it with IDENTITY_CONNECT_WINDOWS_DC_KIT.</source>
        <translation>Windows DC キットを構成フォルダー内の windows-dc-kit フォルダーに置くか、IDENTITY_CONNECT_WINDOWS_DC_KIT でその場所を指定してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not 64-bit Windows</source>
        <translation>64 ビット版 Windows ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter is built for 64-bit Windows only.</source>
        <translation>パスワード フィルターは 64 ビット版 Windows 専用です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a domain controller that runs 64-bit Windows.</source>
        <translation>64 ビット版 Windows を実行しているドメイン コントローラーを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SMB and WinRM can only be checked with the install account&apos;s login.</source>
        <translation>SMB と WinRM は、インストール用アカウントのログイン情報がないと確認できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the Domain Admin&apos;s account and password.</source>
        <translation>もう一度確認し、Domain Admins のアカウントとパスワードを指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that it is running and that File and Printer Sharing is allowed in its firewall from this computer.</source>
        <translation>ドメイン コントローラーが稼働していること、そのファイアウォールでこのコンピューターからの「ファイルとプリンターの共有」が許可されていることを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Windows too old</source>
        <translation>Windows が古すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password filter and the DC agent need Windows Server 2016 or later on the domain controller.</source>
        <translation>パスワード フィルターと DC エージェントには、ドメイン コントローラー上に Windows Server 2016 以降が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade the domain controller, or choose another one.</source>
        <translation>ドメイン コントローラーをアップグレードするか、別のドメイン コントローラーを選択してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong kind of login</source>
        <translation>ログインの種類が違います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The login given is for another kind of domain controller: SSH for Samba, SMB and WinRM for Windows.</source>
        <translation>指定されたログイン情報は別の種類のドメイン コントローラー用です (Samba には SSH、Windows には SMB と WinRM)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s operating system in the list, then try again.</source>
        <translation>一覧でドメイン コントローラーのオペレーティング システムを確認してから再試行してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SMB cannot be encrypted</source>
        <translation>SMB を暗号化できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not offer SMB 3 encryption, which the install needs to copy the agent&apos;s key.</source>
        <translation>ドメイン コントローラーが SMB 3 の暗号化を提供していません。インストールでは、エージェントのキーをコピーするためにこれが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn on SMB 3 on the domain controller (Windows Server 2012 or later).</source>
        <translation>ドメイン コントローラーで SMB 3 を有効にしてください (Windows Server 2012 以降)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tenant&apos;s password policy refused it</source>
        <extracomment>Why a password change was not accepted (the reasons :func:`app.pwsync.admin.rejection_reason` gives; the terminal&apos;s words are :mod:`app.messages`&apos; ``problem`` texts). ``tenant_refused`` shows the tenant&apos;s own words.</extracomment>
        <translation>テナントのパスワード ポリシーにより拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC agent&apos;s change did not name its account consistently</source>
        <translation>DC エージェントからの変更で、アカウントの指定に一貫性がありませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sealed password could not be opened for this account</source>
        <translation>封印されたパスワードをこのアカウント用に開けませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The change names another account than the directory does</source>
        <translation>変更で指定されたアカウントがディレクトリのものと異なります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account could not be checked against the directory</source>
        <translation>アカウントをディレクトリと照合できませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is not valid text</source>
        <translation>パスワードが有効なテキストではありません</translation>
    </message>
    <message>
        <location line="-473"/>
        <source>Agent already running</source>
        <translation>エージェントは既に実行中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Identity Connect agent already uses this configuration.</source>
        <translation>別の Identity Connect エージェントが既にこの構成を使用しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the other agent first.</source>
        <translation>先にもう一方のエージェントを終了してください。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No secure storage</source>
        <translation>安全な保存先がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no usable keyring to store passwords in.</source>
        <translation>パスワードを保存できるキーリングがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux, install and unlock a Secret Service (GNOME Keyring or KWallet); Identity Connect never stores passwords in plain text.</source>
        <translation>Linux では Secret Service (GNOME Keyring または KWallet) をインストールしてロックを解除してください。Identity Connect はパスワードを平文で保存しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keyring refused</source>
        <translation>キーリングが拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keyring refused to store or read a secret.</source>
        <translation>キーリングがシークレットの保存または読み取りを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring, then retry.</source>
        <translation>キーリングのロックを解除してから再試行してください。</translation>
    </message>
    <message>
        <location line="-543"/>
        <source>Configuration problem</source>
        <translation>構成の問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration file %1 cannot be used.</source>
        <translation>構成ファイル %1 を使用できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the setup again, or restore the file from a backup.</source>
        <translation>セットアップをやり直すか、バックアップからファイルを復元してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>State file damaged</source>
        <translation>同期状態ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state file %1 is damaged, so the agent does not sync.</source>
        <translation>エージェントの同期状態ファイル %1 が破損しているため、エージェントは同期しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the file from a backup, or move it aside to start over with a first-run review; then start Identity Connect again.</source>
        <translation>バックアップからファイルを復元するか、ファイルを別の場所に移動して初回実行時の確認からやり直してください。その後、Identity Connect をもう一度起動してください。</translation>
    </message>
    <message>
        <location line="+483"/>
        <source>No run to approve</source>
        <translation>承認する実行がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No run %1 is waiting for approval.</source>
        <translation>承認待ちの実行 %1 はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the status window to see the run that waits, or start a new sync.</source>
        <translation>状態ウィンドウを開いて承認待ちの実行を確認するか、新しい同期を開始してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown setting</source>
        <translation>不明な設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting %1.</source>
        <translation>設定 %1 はありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the setting&apos;s name.</source>
        <translation>設定の名前を確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Setting cannot be changed here</source>
        <translation>この設定はここでは変更できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be changed this way.</source>
        <translation>%1 はこの方法では変更できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the directory connection with Change LDAP settings, and the owner with Change ownership.</source>
        <translation>ディレクトリ接続は [LDAP 設定の変更] で、所有者は [所有者の変更] で変更してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings not valid</source>
        <translation>設定が無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new settings are not valid, so nothing was saved.</source>
        <translation>新しい設定が無効なため、何も保存されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the values, then save again.</source>
        <translation>値を修正してから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State from a newer version</source>
        <translation>新しいバージョンの同期状態です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s state was written by a newer version of Identity Connect.</source>
        <translation>エージェントの同期状態は、新しいバージョンの Identity Connect によって書き込まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install that version or a later one.</source>
        <translation>そのバージョン以降をインストールしてください。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Status file damaged</source>
        <translation>状態ファイルが破損しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status file %1 is damaged.</source>
        <translation>状態ファイル %1 が破損しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete it and start Identity Connect: it writes a new one.</source>
        <translation>ファイルを削除して Identity Connect を起動してください。新しいファイルが書き込まれます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Configuration folder not private</source>
        <translation>構成フォルダーが非公開ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 belongs to another user or other users may write to it, so Identity Connect refuses to use it.</source>
        <translation>フォルダー %1 はほかのユーザーが所有しているか、ほかのユーザーが書き込めるため、Identity Connect は使用を拒否しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Make the folder yours and private to you (chmod 700), then start Identity Connect again.</source>
        <translation>フォルダーを自分の所有にし、自分だけがアクセスできるようにしてから (chmod 700)、Identity Connect をもう一度起動してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No SMB answer</source>
        <translation>SMB の応答がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>The domain controller does not answer on SMB (port 445).</source>
        <translation>ドメイン コントローラーが SMB (ポート 445) で応答しません。</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Check that it is running, that File and Printer Sharing is allowed in its firewall, and that no firewall between blocks port 445.</source>
        <translation>ドメイン コントローラーが稼働していること、そのファイアウォールで「ファイルとプリンターの共有」が許可されていること、途中のファイアウォールがポート 445 をブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB login refused</source>
        <translation>SMB ログインが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the install account&apos;s login (wrong password or unknown account).</source>
        <translation>ドメイン コントローラーがインストール用アカウントのログインを拒否しました (パスワードが違うか、アカウントが不明です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the user name (DOMAIN\user or user@domain) and the password.</source>
        <translation>ユーザー名 (DOMAIN\user または user@domain) とパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install account cannot log in</source>
        <translation>インストール用アカウントでログインできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is disabled, locked out or expired, or its password must be changed first.</source>
        <translation>インストール用アカウントが無効、ロックアウト、または期限切れであるか、先にパスワードを変更する必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fix the account in Active Directory Users and Computers, or use another one.</source>
        <translation>[Active Directory ユーザーとコンピューター] でアカウントを修正するか、別のアカウントを使用してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NTLM is blocked</source>
        <translation>NTLM がブロックされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refuses NTLM logins, which the install uses.</source>
        <translation>ドメイン コントローラーが、インストールで使用する NTLM ログインを拒否しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this computer to the server exceptions of the Restrict NTLM policy for the install, or install the agent on the domain controller by hand.</source>
        <translation>インストールのために、このコンピューターを「NTLM の制限」ポリシーのサーバー例外に追加するか、ドメイン コントローラーにエージェントを手動でインストールしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SMB session cannot be signed</source>
        <translation>SMB セッションに署名できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller let the account in only as a guest, or demands encryption this connection cannot give.</source>
        <translation>ドメイン コントローラーがアカウントをゲストとしてのみ受け入れたか、この接続では提供できない暗号化を要求しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the install account and the domain controller&apos;s SMB settings.</source>
        <translation>インストール用アカウントとドメイン コントローラーの SMB 設定を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+57"/>
        <source>Not an administrator of the domain controller</source>
        <translation>ドメイン コントローラーの管理者ではありません</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The install account logged in but may not open the ADMIN$ share.</source>
        <translation>インストール用アカウントはログインしましたが、ADMIN$ 共有を開く権限がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Use a member of Domain Admins.</source>
        <translation>Domain Admins のメンバーを使用してください。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>No ADMIN$ share</source>
        <translation>ADMIN$ 共有がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller has no ADMIN$ share: it is not a Windows server, or its administrative shares are turned off.</source>
        <translation>ドメイン コントローラーに ADMIN$ 共有がありません。Windows サーバーではないか、管理共有が無効になっています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Turn the administrative shares on (AutoShareServer) for the install.</source>
        <translation>インストールのために管理共有 (AutoShareServer) を有効にしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unexpected SMB answer</source>
        <translation>予期しない SMB 応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on port 445 of the domain controller is not an SMB2/3 server, or it failed unexpectedly.</source>
        <translation>ドメイン コントローラーのポート 445 で応答しているのが SMB2/3 サーバーではないか、予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the domain controller&apos;s name. The log file has the details.</source>
        <translation>ドメイン コントローラーの名前を確認してください。詳細はログ ファイルにあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No WinRM answer</source>
        <translation>WinRM の応答がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not answer on WinRM (HTTPS port 5986, or 5985 over HTTP).</source>
        <translation>ドメイン コントローラーが WinRM (HTTPS ポート 5986、または HTTP の 5985) で応答しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn on remote management with an HTTPS listener (winrm quickconfig) and allow the port in its firewall.</source>
        <translation>HTTPS リスナーでリモート管理を有効にし (winrm quickconfig)、そのファイアウォールでポートを許可してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>WinRM certificate not trusted</source>
        <translation>WinRM 証明書が信頼されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the domain controller&apos;s WinRM listener is not trusted or is not for this name.</source>
        <translation>ドメイン コントローラーの WinRM リスナーの証明書が信頼されていないか、この名前用ではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the CA file of the certificate&apos;s issuer, or issue the listener a certificate for the domain controller&apos;s name.</source>
        <translation>証明書の発行元の CA ファイルを選択するか、ドメイン コントローラーの名前でリスナーに証明書を発行してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>WinRM login refused</source>
        <translation>WinRM ログインが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s WinRM refused the install account&apos;s login.</source>
        <translation>ドメイン コントローラーの WinRM がインストール用アカウントのログインを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the password, and that Negotiate authentication is on for WinRM.</source>
        <translation>ユーザー名とパスワード、および WinRM で Negotiate 認証が有効になっていることを確認してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The install account logged in to WinRM but may not use it.</source>
        <translation>インストール用アカウントは WinRM にログインしましたが、使用する権限がありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected WinRM answer</source>
        <translation>予期しない WinRM 応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What answers on the WinRM port of the domain controller is not WinRM, or it failed unexpectedly.</source>
        <translation>ドメイン コントローラーの WinRM ポートで応答しているのが WinRM ではないか、予期しないエラーが発生しました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check the port and the domain controller&apos;s name. The log file has the details.</source>
        <translation>ポートとドメイン コントローラーの名前を確認してください。詳細はログ ファイルにあります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System error</source>
        <translation>システム エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operating system reported: %1.</source>
        <translation>オペレーティング システムからの報告: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check disk space and permissions, then retry.</source>
        <translation>ディスクの空き容量とアクセス許可を確認してから再試行してください。</translation>
    </message>
    <message numerus="yes">
        <location line="-735"/>
        <source>%n managed user(s) or group(s) are no longer visible to the bind account (last seen in %1). Nothing was changed.</source>
        <translation>
            <numerusform>管理対象の %n 個のユーザーまたはグループがバインド アカウントから見えなくなりました (最後に確認された場所: %1)。何も変更されていません。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bind account can no longer read %1. Nothing was changed.</source>
        <translation>バインド アカウントが %1 を読み取れなくなりました。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managed users or groups are no longer visible to the bind account, and the directory shows no sign that they were deleted. Nothing was changed. Settings › Review names the OUs.</source>
        <translation>管理対象のユーザーまたはグループがバインド アカウントから見えなくなりましたが、ディレクトリには削除された形跡がありません。何も変更されていません。該当する OU は [設定] › [確認] に表示されます。</translation>
    </message>
    <message>
        <location line="+735"/>
        <source>Objects no longer visible</source>
        <translation>オブジェクトが見えなくなりました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the bind account&apos;s read rights on these OUs. Users are disabled or deleted only when the directory shows they were deleted.</source>
        <translation>これらの OU に対するバインド アカウントの読み取り権限を確認してください。ユーザーが無効化または削除されるのは、ディレクトリで削除されたことが確認できた場合だけです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent stopped</source>
        <translation>エージェントが停止しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent service stopped because of an unexpected problem.</source>
        <translation>予期しない問題のため、エージェント サービスが停止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Identity Connect again. If it keeps happening, send the log file to your support contact.</source>
        <translation>Identity Connect をもう一度起動してください。繰り返し発生する場合は、ログ ファイルをサポート担当者に送ってください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please confirm</source>
        <translation>確認してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting users in the cloud loses their data for good.</source>
        <translation>クラウドでユーザーを削除すると、そのデータは完全に失われます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the confirmation below the warning, then save again.</source>
        <translation>警告の下にある確認のチェック ボックスをオンにしてから、もう一度保存してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings do not fit together</source>
        <translation>設定の組み合わせが正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“Disable” when a user leaves the selected OUs needs status sync set to Reflect.</source>
        <translation>ユーザーが選択した OU から外れたときに「ユーザーを無効化」するには、状態の同期を「反映」に設定する必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set status sync to Reflect, or choose “Do nothing” for users who leave the OUs.</source>
        <translation>状態の同期を「反映」に設定するか、OU から外れたユーザーに対して「何もしない」を選択してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host key not confirmed</source>
        <translation>ホスト キーが確認されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller&apos;s SSH host key was not confirmed, so no login was sent.</source>
        <translation>ドメイン コントローラーの SSH ホスト キーが確認されていないため、ログイン情報は送信されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the fingerprint with the DC&apos;s own and tick that it matches.</source>
        <translation>フィンガープリントを DC 自身のものと比較し、一致することをチェックしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prerequisites not met</source>
        <translation>前提条件を満たしていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller does not meet every prerequisite, so nothing was installed.</source>
        <translation>ドメイン コントローラーがすべての前提条件を満たしていないため、何もインストールされませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rows marked ✗, then try again.</source>
        <translation>✗ の付いた行を修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a Domain Admin</source>
        <translation>Domain Admins ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account is not a member of Domain Admins, directly or through a nested group.</source>
        <translation>インストール用アカウントは、直接にも入れ子のグループ経由でも Domain Admins のメンバーではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use a Domain Admin&apos;s account, or add this one to Domain Admins.</source>
        <translation>Domain Admins のアカウントを使用するか、このアカウントを Domain Admins に追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account not found</source>
        <translation>アカウントが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The install account was not found in the directory.</source>
        <translation>インストール用アカウントがディレクトリに見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give it as user@domain or DOMAIN\user.</source>
        <translation>user@domain または DOMAIN\user の形式で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+113"/>
        <source>Domain controller not reachable</source>
        <translation>ドメイン コントローラーに接続できません</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The domain controller does not answer on SSH (port 22).</source>
        <translation>ドメイン コントローラーが SSH (ポート 22) で応答しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it is running, that sshd listens and that no firewall blocks the port.</source>
        <translation>稼働していること、sshd が待ち受けていること、ファイアウォールがポートをブロックしていないことを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a DC of this domain</source>
        <translation>このドメインの DC ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The directory lists no domain controller by this name.</source>
        <translation>ディレクトリにこの名前のドメイン コントローラーはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name, or join the computer to the domain as a DC.</source>
        <translation>名前を確認するか、コンピューターを DC としてドメインに参加させてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <location line="+87"/>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Password capture can only be checked with an SSH login.</source>
        <translation>パスワードの取得は SSH ログインでのみ確認できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check again and give the DC&apos;s SSH login.</source>
        <translation>もう一度確認し、DC の SSH ログイン情報を指定してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not checked, because the domain controller does not answer.</source>
        <translation>ドメイン コントローラーが応答しないため、確認していません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it reachable first.</source>
        <translation>先に接続できるようにしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not an administrator on the DC</source>
        <translation>DC の管理者ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SSH account is neither root nor allowed password-less sudo.</source>
        <translation>SSH アカウントは root でも、パスワードなしの sudo を許可されたアカウントでもありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in as root, or give the account sudo without a password.</source>
        <translation>root でログインするか、アカウントにパスワードなしの sudo を許可してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samba cannot hand over passwords</source>
        <translation>Samba がパスワードを受け渡せません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba 4.7 or later with &apos;samba-tool user syncpasswords&apos; is needed.</source>
        <translation>「samba-tool user syncpasswords」を備えた Samba 4.7 以降が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade Samba on the domain controller.</source>
        <translation>ドメイン コントローラーの Samba をアップグレードしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>python3-gpg missing</source>
        <translation>python3-gpg がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samba&apos;s Python on the DC lacks the gpg module, so it cannot decrypt the passwords it keeps.</source>
        <translation>DC 上の Samba の Python に gpg モジュールがないため、保持しているパスワードを復号できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install python3-gpg on the DC (apt install python3-gpg), then check again.</source>
        <translation>DC に python3-gpg をインストールしてから (apt install python3-gpg)、もう一度確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>smb.conf not found</source>
        <translation>smb.conf が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s smb.conf is not where Debian and Ubuntu keep it.</source>
        <translation>DC の smb.conf が、Debian や Ubuntu が置く場所にありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install with the command line and give its path with --samba-conf.</source>
        <translation>コマンド ラインでインストールし、--samba-conf でそのパスを指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No password capture</source>
        <translation>パスワードを取得できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s Samba cannot hand over passwords.</source>
        <translation>DC の Samba がパスワードを受け渡せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Samba 4.7 or later and python3-gpg on the DC.</source>
        <translation>DC に Samba 4.7 以降と python3-gpg をインストールしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH not reachable</source>
        <translation>SSH に接続できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH server cannot be reached.</source>
        <translation>DC の SSH サーバーに接続できません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that it runs and that the port is open from this computer.</source>
        <translation>稼働していること、およびこのコンピューターからポートが開いていることを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Different host key</source>
        <translation>ホスト キーが異なります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DC&apos;s SSH host key is not the one you confirmed, so no login was sent.</source>
        <translation>DC の SSH ホスト キーが確認済みのものと異なるため、ログイン情報は送信されませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the fingerprint with the DC&apos;s own before you try again.</source>
        <translation>もう一度試す前に、フィンガープリントを DC 自身のものと比較してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login refused</source>
        <translation>ログインが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The domain controller refused the SSH login.</source>
        <translation>ドメイン コントローラーが SSH ログインを拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the user name and the key file or password.</source>
        <translation>ユーザー名と、キー ファイルまたはパスワードを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install step failed</source>
        <translation>インストール手順が失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A step of the install failed on the domain controller.</source>
        <translation>ドメイン コントローラーでインストールの手順が失敗しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the log for the step and the DC&apos;s answer, fix it there and install again.</source>
        <translation>ログで失敗した手順と DC の応答を確認し、DC 側で修正してから再度インストールしてください。</translation>
    </message>
</context>
<context>
    <name>InstallPage</name>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+30"/>
        <source>Store passwords in the keyring</source>
        <translation>パスワードをキーリングに保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the configuration</source>
        <translation>構成を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register the agent with your tenant</source>
        <translation>テナントにエージェントを登録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the agent service</source>
        <translation>エージェント サービスを開始</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the settings, registering the agent and starting it.</source>
        <translation>設定を保存し、エージェントを登録して開始しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry the installation</source>
        <translation>インストールを再試行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity Connect is installed and running. Click Finish; the agent keeps running in the background and shows its status in the system tray or its status window.</source>
        <translation>Identity Connect がインストールされ、実行中です。[完了] をクリックしてください。エージェントはバックグラウンドで動作し続け、システム トレイまたは状態ウィンドウに状態を表示します。</translation>
    </message>
</context>
<context>
    <name>KeyPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+64"/>
        <location line="+60"/>
        <source>Key format is valid (tenant: %1).</source>
        <translation>キーの形式は有効です (テナント: %1)。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Key accepted by %1.</source>
        <translation>%1 がキーを受け付けました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Installation key</source>
        <translation>インストール キー</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Paste the installation key you created in your tenant&apos;s admin console (Directory &gt; Agents).</source>
        <translation>テナントの管理コンソール ([ディレクトリ] &gt; [エージェント]) で作成したインストール キーを貼り付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation &amp;key:</source>
        <translation>インストール キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the key with your tenant…</source>
        <translation>テナントでキーを確認しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry checking the key</source>
        <translation>キーの確認を再試行</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+61"/>
        <source>This language&apos;s translation files are missing.</source>
        <translation>この言語の翻訳ファイルがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome to Identity Connect</source>
        <translation>Identity Connect へようこそ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This wizard connects your Active Directory to your cloud directory. Choose your language.</source>
        <translation>このウィザードは Active Directory をクラウド ディレクトリに接続します。言語を選択してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>LdapSettingsPage</name>
    <message>
        <location filename="../ui/settings/pages_directory.py" line="+55"/>
        <source>Change LDAP settings</source>
        <translation>LDAP 設定の変更</translation>
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
        <translation>信頼した CA で接続の確認に成功しました。変更を保存するには [保存] をクリックしてください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change how the agent reaches the directory. Leave the password empty to keep the stored one. Save checks the connection first and stores nothing unless every check passes; the running agent then reconnects without a restart.</source>
        <translation>エージェントがディレクトリに接続する方法を変更します。保存済みのパスワードをそのまま使う場合は、パスワードを空欄のままにしてください。[保存] は最初に接続を確認し、すべての確認に成功した場合にのみ保存します。実行中のエージェントは再起動せずに再接続します。</translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <location filename="../ui/wizard/pages_intro.py" line="+41"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect is free software. Please read and accept its licence.</source>
        <translation>Identity Connect はフリー ソフトウェアです。ライセンスを読んで同意してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence text</source>
        <translation>ライセンス本文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence online:</source>
        <translation>オンラインのライセンス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence address</source>
        <translation>ライセンスのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the licence address</source>
        <translation>ライセンスのアドレスをコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I &amp;accept the licence terms</source>
        <translation>ライセンス条項に同意する(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I accept the licence terms</source>
        <translation>ライセンス条項に同意する</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../ui/status/logs.py" line="+92"/>
        <source>The log is empty so far.</source>
        <translation>ログはまだ空です。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Identity Connect — Log</source>
        <translation>Identity Connect — ログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log file: %1</source>
        <translation>ログ ファイル: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent log (read-only)</source>
        <translation>エージェントのログ (読み取り専用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the log again</source>
        <translation>ログを読み込み直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open log &amp;folder</source>
        <translation>ログ フォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the log folder in the file manager</source>
        <translation>ファイル マネージャーでログ フォルダーを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../ui/settings/pages_mapping.py" line="+113"/>
        <source>Mapping</source>
        <extracomment>SCIM attributes offered for mapping (each may be left unmapped, except userName / displayName).</extracomment>
        <translation>マッピング</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the directory&apos;s attributes…</source>
        <translation>ディレクトリの属性を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n attribute(s) available in the directory.</source>
        <translation>
            <numerusform>ディレクトリで %n 個の属性を使用できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Directory attribute for %1</source>
        <translation>%1 のディレクトリ属性</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enterprise: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;User mapping</source>
        <translation>ユーザーのマッピング(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Group mapping</source>
        <translation>グループのマッピング(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mapped</source>
        <translation>マッピング済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmapped</source>
        <translation>未マッピング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all, mapped or unmapped attributes</source>
        <translation>すべての属性、マッピング済みの属性、未マッピングの属性を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud attribute (SCIM)</source>
        <translation>クラウド属性 (SCIM)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directory attribute</source>
        <translation>ディレクトリ属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attribute mapping</source>
        <translation>属性のマッピング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Suggest</source>
        <translation>候補を入力(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the suggested mapping for unmapped attributes</source>
        <translation>未マッピングの属性に推奨されるマッピングを入力</translation>
    </message>
</context>
<context>
    <name>OwnershipPage</name>
    <message>
        <location filename="../ui/settings/pages_owner.py" line="+50"/>
        <source>Change ownership</source>
        <translation>所有者の変更</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 now owns this agent; the previous owner was released.</source>
        <translation>%1 がこのエージェントの所有者になりました。以前の所有者は解除されました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This agent is owned by %1. Another admin of the tenant can take it over by signing in here.</source>
        <translation>このエージェントの所有者は %1 です。テナントの別の管理者がここでサインインすると、所有者を引き継げます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody yet</source>
        <translation>まだいません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in as the new owner…</source>
        <translation>新しい所有者としてサインイン(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the new owner&apos;s sign-in</source>
        <translation>新しい所有者のサインインを開始</translation>
    </message>
</context>
<context>
    <name>PasswordSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+437"/>
        <source>Password sync</source>
        <extracomment>Where Samba is on the DCs; the defaults fit Debian&apos;s and Ubuntu&apos;s packages (the command line has options for other layouts). Where each DC&apos;s SSH server answers, when not on its own name. Windows DCs: where SMB and WinRM answer, when not on the DC&apos;s own name; the kit copied to them (None: the default place, :func:`app.pwsync.admin.kit_dir`).</extracomment>
        <translation>パスワード同期</translation>
    </message>
    <message numerus="yes">
        <location line="+136"/>
        <source>%n password change(s) not accepted by the cloud. Each was refused once and is not sent again; the user&apos;s next password change is.</source>
        <translation>
            <numerusform>クラウドに受け入れられなかったパスワード変更が %n 件あります。拒否された変更は再送信されませんが、ユーザーが次にパスワードを変更したときは送信されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install initiated</source>
        <translation>インストール開始済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed, not connected yet</source>
        <translation>インストール済み、未接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed; restart the DC</source>
        <translation>インストール済み。DC を再起動してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed; restart Samba on the DC</source>
        <translation>インストール済み。DC の Samba を再起動してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstall initiated</source>
        <translation>アンインストール開始済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uninstalled</source>
        <translation>アンインストール済み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install failed: %1</source>
        <translation>インストールに失敗しました: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking prerequisites…</source>
        <translation>前提条件を確認しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the DC&apos;s key…</source>
        <translation>DC のキーを作成しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuring Samba…</source>
        <translation>Samba を構成しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying the agent…</source>
        <translation>エージェントをコピーしています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the agent…</source>
        <translation>エージェントを起動しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restarting…</source>
        <translation>再起動しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removing the agent…</source>
        <translation>エージェントを削除しています…</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>Install account is a Domain Admin</source>
        <translation>インストール用アカウントが Domain Admins のメンバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC answers on SSH</source>
        <translation>DC が SSH で応答する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DC answers on SMB</source>
        <translation>DC が SMB で応答する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC belongs to this domain</source>
        <translation>DC がこのドメインに属している</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DC runs a Windows the password filter supports</source>
        <translation>DC でパスワード フィルターが対応する Windows が動作している</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DC can capture password changes</source>
        <translation>DC がパスワード変更を取得できる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Windows DC kit is on this computer</source>
        <translation>Windows DC キットがこのコンピューターにある</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account opens ADMIN$ over SMB</source>
        <translation>インストール用アカウントで SMB 経由で ADMIN$ を開ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account runs PowerShell over WinRM</source>
        <translation>インストール用アカウントで WinRM 経由で PowerShell を実行できる</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 meets every prerequisite.</source>
        <translation>%1 はすべての前提条件を満たしています。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Restart %1 so Windows loads (or lets go of) the password filter.</source>
        <translation>Windows がパスワード フィルターを読み込む (または解放する) よう、%1 を再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart Samba on %1 (systemctl restart samba-ad-dc) so it keeps passwords for capture.</source>
        <translation>パスワードを取得用に保持するよう、%1 の Samba を再起動してください (systemctl restart samba-ad-dc)。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>When a user changes their password in the directory, the cloud account gets the same password within seconds. An agent on each chosen domain controller sends the change; the password exists only in memory on its way.</source>
        <translation>ユーザーがディレクトリでパスワードを変更すると、数秒以内にクラウド アカウントに同じパスワードが設定されます。選択した各ドメイン コントローラー上のエージェントが変更を送信します。パスワードは転送中もメモリ上にしか存在しません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Turn on password sync</source>
        <translation>パスワード同期を有効にする(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn on password sync</source>
        <translation>パスワード同期を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain (from the LDAP settings)</source>
        <translation>ドメイン (LDAP 設定から)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controller agents reach this agent at %1.</source>
        <translation>ドメイン コントローラーのエージェントは %1 でこのエージェントに接続します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain controllers</source>
        <translation>ドメイン コントローラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>ドメイン コントローラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers: tick the ones that run a password-sync agent</source>
        <translation>ドメイン コントローラー: パスワード同期エージェントを実行するものにチェックを付けてください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the &amp;list again</source>
        <translation>一覧を再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the domain controllers from the directory again</source>
        <translation>ディレクトリからドメイン コントローラーを再度読み込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install &amp;account (AD):</source>
        <translation>インストール用アカウント (AD)(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user@domain, to check Domain Admins membership</source>
        <translation>user@domain (Domain Admins のメンバーシップの確認用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account to check for Domain Admins membership</source>
        <translation>Domain Admins のメンバーシップを確認するインストール用アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check prerequisites</source>
        <translation>前提条件を確認(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the prerequisites of the selected domain controller</source>
        <translation>選択したドメイン コントローラーの前提条件を確認する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Install…</source>
        <translation>インストール(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the password-sync agent on the selected domain controller</source>
        <translation>選択したドメイン コントローラーにパスワード同期エージェントをインストールする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Uninstall…</source>
        <translation>アンインストール(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the password-sync agent from the selected domain controller</source>
        <translation>選択したドメイン コントローラーからパスワード同期エージェントを削除する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prerequisite</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found, or what to do</source>
        <translation>結果または対処方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prerequisites of the selected domain controller</source>
        <translation>選択したドメイン コントローラーの前提条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync message</source>
        <translation>パスワード同期のメッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted by the cloud</source>
        <translation>クラウドで受け入れられなかった変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept</source>
        <translation>クラウドが受け入れなかったパスワード変更</translation>
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
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant address</source>
        <translation>テナントのアドレス</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installation key</source>
        <translation>インストール キー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device name</source>
        <translation>デバイス名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers</source>
        <translation>ドメイン コントローラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind account</source>
        <translation>バインド アカウント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System trust store</source>
        <translation>システムの信頼ストア</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration folder</source>
        <translation>構成フォルダー</translation>
    </message>
    <message>
        <location filename="../ui/settings/pages_review.py" line="+162"/>
        <location filename="../ui/wizard/pages_install.py" line="+11"/>
        <source>Review</source>
        <extracomment>Tabs: name, the object kind shown (None: users and groups), the categories shown.</extracomment>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A sync stopped because managed users are no longer visible to the bind account. Check its read rights; approve only if they were deleted (they are then disabled, never deleted).</source>
        <translation>管理対象のユーザーがバインド アカウントから見えなくなったため、同期が停止しました。読み取り権限を確認してください。承認するのは、ユーザーが削除された場合だけにしてください (その場合、ユーザーは無効化され、削除はされません)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Working out the plan…</source>
        <translation>計画を作成しています…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Nothing will be written.</source>
        <translation>何も書き込まれません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the whole domain. No OU is selected, so every user and group the bind account can read is in scope. Go back and choose OUs in Sync scope to narrow it.</source>
        <translation>範囲: ドメイン全体。OU が選択されていないため、バインド アカウントが読み取れるすべてのユーザーとグループが範囲に含まれます。範囲を絞り込むには、前に戻って [同期範囲] で OU を選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scope: the selected OUs.</source>
        <translation>範囲: 選択した OU。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n user(s) will be created</source>
        <translation>
            <numerusform>%n 人のユーザーが作成されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be updated</source>
        <translation>
            <numerusform>%n 人のユーザーが更新されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be activated</source>
        <translation>
            <numerusform>%n 人のユーザーが有効化されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be disabled</source>
        <translation>
            <numerusform>%n 人のユーザーが無効化されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n user(s) will be deleted</source>
        <translation>
            <numerusform>%n 人のユーザーが削除されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be created</source>
        <translation>
            <numerusform>%n 個のグループが作成されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be updated</source>
        <translation>
            <numerusform>%n 個のグループが更新されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n group(s) will be deleted</source>
        <translation>
            <numerusform>%n 個のグループが削除されます</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n disable(s) and deletion(s): more than the safety threshold allows. Finish approves exactly the ones listed, no others.</source>
        <translation>
            <numerusform>無効化と削除 %n 件: 安全しきい値を超えています。[完了] は一覧に表示されたものだけを承認し、それ以外は承認しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n disable(s) and deletion(s): within the safety threshold.</source>
        <translation>
            <numerusform>無効化と削除 %n 件: 安全しきい値の範囲内です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Applied. The run&apos;s results are in the status window.</source>
        <translation>適用しました。実行結果は状態ウィンドウで確認できます。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Run approved and applied.</source>
        <translation>実行を承認し、適用しました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run rejected; nothing was changed.</source>
        <translation>実行を却下しました。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New users</source>
        <translation>新しいユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users to update</source>
        <translation>更新するユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for activation / disable</source>
        <translation>有効化 / 無効化の対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate</source>
        <translation>有効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No longer visible to the bind account (deleted, or its read rights changed)</source>
        <translation>バインド アカウントから見えなくなった (削除されたか、読み取り権限が変更された)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New in the selected OUs</source>
        <translation>選択した OU に新規追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the cloud, still in the directory</source>
        <translation>クラウドでは削除済み、ディレクトリには存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched an existing cloud user by user name</source>
        <translation>ユーザー名で既存のクラウド ユーザーと照合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes changed</source>
        <translation>属性が変更された</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members changed</source>
        <translation>メンバーが変更された</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled in the directory</source>
        <translation>ディレクトリで有効化された</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled in the directory</source>
        <translation>ディレクトリで無効化された</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the selected OUs or criteria</source>
        <translation>選択した OU または条件から外れた</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted in the directory</source>
        <translation>ディレクトリで削除された</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent&apos;s owner is never disabled or deleted</source>
        <translation>エージェントの所有者は無効化も削除もされません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of scope (no longer managed)</source>
        <translation>範囲外 (管理対象外になりました)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not meet the sync criteria</source>
        <translation>同期条件を満たしていない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user name in the directory</source>
        <translation>ディレクトリにユーザー名がない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name used by another user</source>
        <translation>ユーザー名が別のユーザーで使用されている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cloud user belongs to another directory object</source>
        <translation>クラウド ユーザーは別のディレクトリ オブジェクトに属している</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync is “Do nothing”</source>
        <translation>状態の同期が「何もしない」に設定されている</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work out the current plan</source>
        <translation>現在の計画を作成</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name / attribute</source>
        <translation>名前 / 属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change / old value</source>
        <translation>変更 / 旧値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason / new value</source>
        <translation>理由 / 新値</translation>
    </message>
    <message>
        <location line="-251"/>
        <source>A sync stopped before disabling or deleting more users than the safety threshold allows.</source>
        <translation>安全しきい値を超える数のユーザーを無効化または削除する前に、同期が停止しました。</translation>
    </message>
    <message>
        <location line="+233"/>
        <source>AD system object</source>
        <translation>AD システム オブジェクト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See what a sync would do now and untick what must not be written, then Add and Continue.</source>
        <translation>同期を今実行した場合の処理を確認し、書き込んではいけないもののチェックを外してから、[追加して続行] をクリックしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The scope is the whole domain: no OU is selected, so every user and group the bind account can read is synced (AD system objects excepted). Choose OUs in Sync scope to narrow it.</source>
        <translation>範囲はドメイン全体です。OU が選択されていないため、バインド アカウントが読み取れるすべてのユーザーとグループが同期されます (AD システム オブジェクトを除く)。範囲を絞り込むには、[同期範囲] で OU を選択してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finish writes exactly this to the cloud directory:</source>
        <translation>[完了] をクリックすると、クラウド ディレクトリに書き込まれるのは次の内容だけです:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary of what will be written</source>
        <translation>書き込まれる内容の概要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add and &amp;Continue</source>
        <translation>追加して続行(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a summary of the ticked changes before writing</source>
        <translation>書き込む前に、チェックした変更の概要を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the list of changes</source>
        <translation>変更の一覧に戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完了(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the ticked changes to the cloud directory</source>
        <translation>チェックした変更をクラウド ディレクトリに書き込む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appro&amp;ve</source>
        <translation>承認(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the stopped run</source>
        <translation>停止した実行を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>却下(&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject the stopped run</source>
        <translation>停止した実行を却下</translation>
    </message>
    <message>
        <location filename="../ui/wizard/pages_install.py" line="+2"/>
        <source>Check the settings. Use Back to change anything; Install sets the agent up.</source>
        <translation>設定を確認してください。変更するには [戻る]、エージェントを設定するには [インストール] を使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary of the settings</source>
        <translation>設定の概要</translation>
    </message>
</context>
<context>
    <name>RunDetailsDialog</name>
    <message>
        <location filename="../ui/status/window.py" line="+140"/>
        <source>Export run as CSV</source>
        <extracomment>The tray icon / status badge for each state of the agent. How many of the changes the cloud did not accept are listed (the newest).</extracomment>
        <translation>実行結果を CSV としてエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n object(s) exported.</source>
        <translation>
            <numerusform>%n 個のオブジェクトをエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Started %1 — %n object(s)</source>
        <translation>
            <numerusform>開始: %1 — %n 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this run&apos;s outcomes as CSV</source>
        <translation>この実行の結果を CSV としてエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-object outcomes</source>
        <translation>オブジェクトごとの結果</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../ui/settings/pages_schedule.py" line="+61"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Run:</source>
        <translation>実行(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;At:</source>
        <translation>時刻(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of day</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On &amp;weekday:</source>
        <translation>曜日(&amp;W):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekday</source>
        <translation>曜日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;day of the month:</source>
        <translation>実行日(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the month</source>
        <translation>実行日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run:</source>
        <translation>次回の実行:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times are this computer&apos;s local time. A day after the end of a shorter month runs on its last day.</source>
        <translation>時刻はこのコンピューターのローカル時刻です。指定した日がない短い月は、その月の最終日に実行されます。</translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../ui/settings/pages_scope.py" line="+146"/>
        <source>Sync scope</source>
        <translation>同期範囲</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading the OU tree…</source>
        <translation>OU ツリーを読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n OU(s) directly below the base DN; open one to read what is below it.</source>
        <translation>
            <numerusform>ベース DN の直下に %n 個の OU があります。開くとその下を読み込みます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+184"/>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>%1 is no longer in the directory. Reload the tree to see the current OUs.</source>
        <translation>%1 はディレクトリにもう存在しません。ツリーを再読み込みして現在の OU を表示してください。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No custom query: every user in the chosen OUs is in scope.</source>
        <translation>カスタム クエリなし: 選択した OU のすべてのユーザーが範囲内です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Valid LDAP query.</source>
        <translation>有効な LDAP クエリです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fix the query first.</source>
        <translation>先にクエリを修正してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Counting…</source>
        <translation>カウントしています…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n user(s) in scope.</source>
        <translation>
            <numerusform>範囲内のユーザー: %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Organisational units (tick the ones to sync, with everything below):</source>
        <translation>組織単位 (同期する OU をチェックすると、その下位もすべて含まれます):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OU tree</source>
        <translation>OU ツリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the OU tree again</source>
        <translation>OU ツリーを読み込み直す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs:</source>
        <translation>選択した OU:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen OUs</source>
        <translation>選択した OU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected OU from the scope</source>
        <translation>選択した OU を範囲から削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object types</source>
        <translation>オブジェクトの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Users</source>
        <translation>ユーザー(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groups</source>
        <translation>グループ(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security &amp;groups</source>
        <translation>セキュリティ グループ(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AD system objects (left out unless chosen)</source>
        <translation>AD システム オブジェクト (選択しない限り除外)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync AD&apos;s built-in &amp;accounts (Administrator, Guest, krbtgt, …)</source>
        <translation>AD の組み込みアカウントを同期 (Administrator、Guest、krbtgt など)(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync AD&apos;s built-in gr&amp;oups (Domain Admins, Administrators, Domain Users, …)</source>
        <translation>AD の組み込みグループを同期 (Domain Admins、Administrators、Domain Users など)(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP &amp;query (optional, combined with the OUs):</source>
        <translation>カスタム LDAP クエリ (任意、OU と組み合わせて使用)(&amp;Q):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom LDAP query</source>
        <translation>カスタム LDAP クエリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Count users in scope</source>
        <translation>範囲内のユーザーを数える(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count the users in scope now</source>
        <translation>範囲内のユーザーを今すぐ数える</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <location filename="../ui/settings/window.py" line="+255"/>
        <source>Saved. The agent uses the new settings from now on.</source>
        <translation>保存しました。エージェントは今後、新しい設定を使用します。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Identity Connect — Settings</source>
        <translation>Identity Connect — 設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings pages</source>
        <translation>設定ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this page</source>
        <translation>このページを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>元に戻す(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo this page&apos;s unsaved changes</source>
        <translation>このページの未保存の変更を元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../ui/wizard/wizard.py" line="+340"/>
        <source>Identity Connect setup</source>
        <extracomment>What the pages after the licence are made of, and through them the network stack (httpx, ldap3, keyring, cryptography, the pydantic models, qrcode): none of it is needed to paint the language page. How often the GUI thread looks whether the background imports have ended (they take a second or so).</extracomment>
        <translation>Identity Connect のセットアップ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/wizard/pages_cloud.py" line="+98"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator of your organisation approves this agent by signing in.</source>
        <translation>組織の管理者がサインインしてこのエージェントを承認します。</translation>
    </message>
</context>
<context>
    <name>SignedInPage</name>
    <message>
        <location line="+39"/>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This administrator will own the agent.</source>
        <translation>この管理者がエージェントの所有者になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that this is the account you meant to use, then continue to connect your directory.</source>
        <translation>使用するつもりのアカウントであることを確認してから、ディレクトリの接続に進んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation:</source>
        <translation>組織:</translation>
    </message>
</context>
<context>
    <name>SshLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="-758"/>
        <source>Choose the SSH private key</source>
        <translation>SSH 秘密キーを選択</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SSH login for %1</source>
        <translation>%1 への SSH ログイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare this fingerprint of %1&apos;s SSH host key with the DC&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the DC). The login is used for this action only and is not stored.</source>
        <translation>%1 の SSH ホスト キーのこのフィンガープリントを、DC 自身のもの (DC 上で ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) と比較してください。ログイン情報はこの操作にのみ使用され、保存されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host key:</source>
        <translation>ホスト キー:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Key file:</source>
        <translation>キー ファイル(&amp;K):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH host key fingerprint</source>
        <translation>SSH ホスト キーのフィンガープリント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;fingerprint matches the DC&apos;s own</source>
        <translation>フィンガープリントが DC 自身のものと一致する(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fingerprint matches the DC&apos;s own</source>
        <translation>フィンガープリントが DC 自身のものと一致する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH user</source>
        <translation>SSH ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (or give a password)</source>
        <translation>秘密キー ファイル (またはパスワードを指定)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH private key file</source>
        <translation>SSH 秘密キー ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the SSH private key file</source>
        <translation>SSH 秘密キー ファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart Samba on the DC if the install needs it</source>
        <translation>インストールに必要な場合は DC の Samba を再起動する(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart Samba on the DC if the install needs it</source>
        <translation>インストールに必要な場合は DC の Samba を再起動する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>ログインして続行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/status/window.py" line="+335"/>
        <source>Not accepted by the cloud: %1</source>
        <translation>クラウドで受け入れられなかったパスワード変更: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reading the directory and the tenant…</source>
        <translation>ディレクトリとテナントを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working out the changes…</source>
        <translation>変更内容を算出しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applying changes…</source>
        <translation>変更を適用しています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working…</source>
        <translation>処理しています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed with errors</source>
        <translation>完了 (エラーあり)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>Waiting for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Aborted</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+121"/>
        <source>Waiting for review</source>
        <translation>確認待ち</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Syncing…</source>
        <translation>同期しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync is healthy.</source>
        <translation>同期は正常です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: the first sync is waiting for your review in Settings › Review.</source>
        <translation>対応が必要です: 最初の同期が [設定] › [確認] での確認を待っています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention: managed users are no longer visible to the bind account, so the sync stopped before writing. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>対応が必要です: 管理対象のユーザーがバインド アカウントから見えなくなったため、書き込む前に同期が停止しました。バインド アカウントの読み取り権限を確認してください。該当する OU は [設定] › [確認] に表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Needs attention: a sync stopped before disabling or deleting more users than the safety threshold allows. Approve or reject it in Settings › Review.</source>
        <translation>対応が必要です: 安全しきい値を超える数のユーザーを無効化または削除する前に、同期が停止しました。[設定] › [確認] で承認または却下してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agent service is not running.</source>
        <translation>エージェント サービスが実行されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs attention:</source>
        <translation>対応が必要です:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs attention.</source>
        <translation>対応が必要です。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Deleted users are found by a check every %n minute(s): the bind account may not read deleted objects (admin guide: “How deletions are found”).</source>
        <translation>
            <numerusform>削除されたユーザーは %n 分ごとの確認で検出されます。バインド アカウントは削除済みオブジェクトを読み取れません (管理者ガイド:「削除の検出方法」)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1 for changes regularly (it sends no change notifications).</source>
        <translation>%1 の変更を定期的に確認しています (変更通知を送信しないため)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watching %1 for changes.</source>
        <translation>%1 の変更を監視しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not watching for changes (turned off): changes sync at the scheduled time.</source>
        <translation>変更を監視していません (無効): 変更はスケジュールされた時刻に同期されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain controller ended the change notifications; reconnecting.</source>
        <translation>ドメイン コントローラーが変更通知を終了しました。再接続しています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not watching for changes: %1 Reconnecting.</source>
        <translation>変更を監視していません: %1 再接続しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>システムの日付と時刻を確認してください。このコンピューターの時計はテナントより %n 秒進んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) ahead of the tenant&apos;s.</source>
        <translation>
            <numerusform>システムの日付と時刻を確認してください。このコンピューターの時計はテナントより %n 分進んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n second(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>システムの日付と時刻を確認してください。このコンピューターの時計はテナントより %n 秒遅れています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Check the system date and time: this computer&apos;s clock is %n minute(s) behind the tenant&apos;s.</source>
        <translation>
            <numerusform>システムの日付と時刻を確認してください。このコンピューターの時計はテナントより %n 分遅れています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the system date and time (no clock difference detected so far).</source>
        <translation>システムの日付と時刻を確認してください (これまでに時刻のずれは検出されていません)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the owner&apos;s sign-in (%1) is still valid; if not, use Change ownership.</source>
        <translation>所有者のサインイン (%1) がまだ有効か確認してください。無効な場合は [所有者の変更] を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the owner&apos;s sign-in is still valid; if not, use Change ownership.</source>
        <translation>所有者のサインインがまだ有効か確認してください。無効な場合は [所有者の変更] を使ってください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the network, proxy and firewall between this computer and the tenant.</source>
        <translation>このコンピューターとテナントの間のネットワーク、プロキシ、ファイアウォールを確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the agent service is running (the tray icon, or identity-connect-agent status).</source>
        <translation>エージェント サービスが実行中か確認してください (トレイ アイコン、または identity-connect-agent status)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Starting…</source>
        <translation>起動しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+32"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+20"/>
        <source>Never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity Connect — Status</source>
        <translation>Identity Connect — 状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device name:</source>
        <translation>デバイス名:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent version:</source>
        <translation>エージェントのバージョン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controllers:</source>
        <translation>ドメイン コントローラー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner:</source>
        <translation>所有者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync:</source>
        <translation>最後に成功した同期:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next scheduled run:</source>
        <translation>次回のスケジュール実行:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Troubleshooting</source>
        <translation>トラブルシューティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Last runs</source>
        <translation>最近の実行</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open run…</source>
        <translation>実行を開く…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected run&apos;s per-object outcomes</source>
        <translation>選択した実行のオブジェクトごとの結果を開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected run as CSV</source>
        <translation>選択した実行を CSV としてエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents</source>
        <translation>パスワード同期エージェント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain controller</source>
        <translation>ドメイン コントローラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation</source>
        <translation>インストール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last password delivered</source>
        <translation>最後のパスワード配信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password sync agents per domain controller</source>
        <translation>ドメイン コントローラーごとのパスワード同期エージェント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No password sync agent has been reported by the tenant.</source>
        <translation>テナントから報告されたパスワード同期エージェントはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password changes the cloud did not accept, newest first</source>
        <translation>クラウドが受け入れなかったパスワード変更 (新しい順)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync now</source>
        <translation>今すぐ同期(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Review now…</source>
        <translation>今すぐ確認(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the run that waits for you in Settings</source>
        <translation>[設定] で待機中の実行を確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>ログを表示(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View logs</source>
        <translation>ログを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent and quit</source>
        <translation>エージェントを停止して終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync progress</source>
        <translation>同期の進行状況</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent state</source>
        <translation>エージェントの状態</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quit Identity Connect</source>
        <translation>Identity Connect の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the agent? Sync stops until Identity Connect is started again.</source>
        <translation>エージェントを停止しますか? Identity Connect をもう一度起動するまで同期は停止します。</translation>
    </message>
</context>
<context>
    <name>TrayApp</name>
    <message>
        <location filename="../ui/tray/app.py" line="+234"/>
        <source>Created %1, updated %2, disabled %3, deleted %4.</source>
        <extracomment>Whether Quit ends the application itself (QCoreApplication.quit) after sig_finished. A caller that drives the loop with run_until_complete sets this False and ends on sig_finished instead.</extracomment>
        <translation>作成 %1、更新 %2、無効化 %3、削除 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n object(s) failed; see the run in the status window.</source>
        <translation>
            <numerusform>%n 個のオブジェクトが失敗しました。状態ウィンドウで実行を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync finished</source>
        <translation>同期が完了しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync waits for your review</source>
        <translation>同期は確認を待っています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sync did not complete</source>
        <translation>同期が完了しませんでした</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was changed. Approve or reject it in Settings › Review.</source>
        <translation>何も変更されていません。[設定] › [確認] で承認または却下してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Sync waits for approval</source>
        <translation>同期は承認を待っています</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Open Settings › Review, choose what to write, then Add and Continue and Finish.</source>
        <translation>[設定] › [確認] を開き、書き込む内容を選択してから、[追加して続行]、[完了] の順にクリックしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Managed users are no longer visible to the bind account, and the directory shows no sign they were deleted. Nothing was changed. Check the bind account&apos;s read rights; Settings › Review names the OUs.</source>
        <translation>管理対象のユーザーがバインド アカウントから見えなくなりましたが、ディレクトリには削除された形跡がありません。何も変更されていません。バインド アカウントの読み取り権限を確認してください。該当する OU は [設定] › [確認] に表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The sync would disable %n user(s).</source>
        <translation>
            <numerusform>この同期では %n 人のユーザーが無効化されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>It would delete %n user(s).</source>
        <translation>
            <numerusform>また、%n 人のユーザーが削除されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is more than the safety threshold allows.</source>
        <translation>これは安全しきい値を超えています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnected from the tenant</source>
        <translation>テナントから切断されました</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Needs attention</source>
        <translation>対応が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting</source>
        <translation>起動中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status…</source>
        <translation>状態(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>設定(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;ownership…</source>
        <translation>所有者の変更(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;LDAP settings…</source>
        <translation>LDAP 設定の変更(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View &amp;logs…</source>
        <translation>ログを表示(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity Connect menu</source>
        <translation>Identity Connect メニュー</translation>
    </message>
</context>
<context>
    <name>TrustCaDialog</name>
    <message>
        <location filename="../ui/widgets/certificate.py" line="+45"/>
        <source>Trust this certificate authority?</source>
        <translation>この証明機関を信頼しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent the certificate of the authority (CA) that issued its own certificate:</source>
        <translation>%1 から、その証明書を発行した証明機関 (CA) の証明書が送られてきました:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare the SHA-256 fingerprint with the one your CA&apos;s administrator gives you (on the CA: certutil -ca.cert ca.cer, then certutil -hashfile ca.cer SHA256). Trust it only if they match: the agent will then accept every directory certificate this CA issues, for this agent only.</source>
        <translation>SHA-256 フィンガープリントを、CA の管理者から伝えられたものと照合してください (CA 上で certutil -ca.cert ca.cer を実行してから certutil -hashfile ca.cer SHA256 を実行)。一致する場合にのみ信頼してください。信頼すると、エージェントはこの CA が発行するすべてのディレクトリ証明書を受け入れます (このエージェントのみ)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Trust this CA</source>
        <translation>この CA を信頼(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trust this certificate authority for this agent</source>
        <translation>このエージェントでこの証明機関を信頼する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not trust this certificate authority</source>
        <translation>この証明機関を信頼しない</translation>
    </message>
</context>
<context>
    <name>UserSyncPage</name>
    <message>
        <location filename="../ui/settings/pages_user_sync.py" line="+104"/>
        <source>User sync settings</source>
        <translation>ユーザー同期</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This tenant does not say that it sends these mails (it does not advertise the Identity-Connect-Provisioning header), so probably nobody receives them. Hand out passwords and welcome notes another way, or ask the tenant&apos;s vendor.</source>
        <translation>このテナントは、これらのメールを送信することを示していません (Identity-Connect-Provisioning ヘッダーを通知していません)。そのため、おそらく誰も受信しません。パスワードやウェルカム メッセージは別の方法で伝えるか、テナントのベンダーに問い合わせてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notifications are probably not sent</source>
        <translation>通知はおそらく送信されません</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password notification:</source>
        <translation>パスワード通知(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the one-time password to the user</source>
        <translation>ワンタイム パスワードをユーザーに送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the one-time password to the admin</source>
        <translation>ワンタイム パスワードを管理者に送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not send</source>
        <translation>送信しない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password notification</source>
        <translation>パスワード通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a welcome &amp;mail to new users</source>
        <translation>新しいユーザーにウェルカム メールを送信(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account status</source>
        <translation>アカウントの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatus sync:</source>
        <translation>状態の同期(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflect (disabled in the directory → disabled in the cloud)</source>
        <translation>反映 (ディレクトリで無効 → クラウドで無効)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing</source>
        <translation>何もしない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status sync</source>
        <translation>状態の同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user &amp;leaves the selected OUs:</source>
        <translation>ユーザーが選択した OU から外れたとき(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable the user</source>
        <translation>ユーザーを無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do nothing (stop managing the user)</source>
        <translation>何もしない (ユーザーの管理を停止)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a user leaves the selected OUs</source>
        <translation>ユーザーが選択した OU から外れたとき</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available while status sync is “Do nothing”: the agent does not change account status then.</source>
        <translation>状態の同期が「何もしない」の間は使用できません。その場合、エージェントはアカウントの状態を変更しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted in the directory</source>
        <translation>ディレクトリで削除されたユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete users in the cloud when they are deleted in the directory</source>
        <translation>ディレクトリで削除されたユーザーをクラウドでも削除する(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data loss: a deleted cloud user loses their mailbox, files and history for good. Without this option, users deleted in the directory are only disabled.</source>
        <translation>データの損失: 削除されたクラウド ユーザーのメールボックス、ファイル、履歴は完全に失われます。このオプションを使わない場合、ディレクトリで削除されたユーザーは無効化されるだけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I &amp;understand that deleted users&apos; cloud data cannot be recovered</source>
        <translation>削除されたユーザーのクラウド データを復元できないことを理解しました(&amp;U)</translation>
    </message>
</context>
<context>
    <name>WindowsLoginDialog</name>
    <message>
        <location filename="../ui/settings/pages_password_sync.py" line="+58"/>
        <source>Choose the CA certificate of the DC&apos;s WinRM listener</source>
        <translation>DC の WinRM リスナーの CA 証明書を選択</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Install account for %1</source>
        <translation>%1 のインストール用アカウント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Windows: the password filter and the DC agent are copied over SMB (ADMIN$) and set up over WinRM with a Domain Admin&apos;s account. The login is used for this action only and is not stored.</source>
        <translation>%1 では Windows が動作しています。パスワード フィルターと DC エージェントは、Domain Admins のアカウントを使って SMB (ADMIN$) でコピーされ、WinRM で設定されます。ログイン情報はこの操作にのみ使用され、保存されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WinRM &amp;CA file:</source>
        <translation>WinRM の CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOMAIN\user or user@domain</source>
        <translation>DOMAIN\user または user@domain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account (a Domain Admin)</source>
        <translation>インストール用アカウント (Domain Admins のメンバー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install account&apos;s password</source>
        <translation>インストール用アカウントのパスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the CA of the DC&apos;s WinRM certificate</source>
        <translation>任意: DC の WinRM 証明書の CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA file of the DC&apos;s WinRM certificate</source>
        <translation>DC の WinRM 証明書の CA ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the CA file of the DC&apos;s WinRM certificate</source>
        <translation>DC の WinRM 証明書の CA ファイルを選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over &amp;HTTP (port 5985) instead of HTTPS (5986)</source>
        <translation>HTTPS (5986) ではなく HTTP (ポート 5985) で WinRM を使用する(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WinRM over HTTP instead of HTTPS</source>
        <translation>HTTPS ではなく HTTP で WinRM を使用する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the domain controller if the install needs it</source>
        <translation>インストールに必要な場合はドメイン コントローラーを再起動する(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart the domain controller if the install needs it</source>
        <translation>インストールに必要な場合はドメイン コントローラーを再起動する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in and continue</source>
        <translation>ログインして続行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
</TS>
