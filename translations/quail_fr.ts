<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, dots, hyphens and underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail can be read by anyone on the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Quail, a fast and safe IMAP mail browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; (PNG) once the first account&apos;s Inbox is shown, then quit. Fails with the reason, instead of asking, when something needs the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels, e.g. 1280x800 (the default for --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--geometry wants WIDTHxHEIGHT, each from %1 to %2 pixels, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the open folder for new mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Toggle Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove St&amp;ar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle Sta&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpunge Deleted Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Page Through Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the message down a page, or go on to the next unread message at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Quail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageViewerPane</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Accounts::CredentialStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as gnome-keyring or KWallet running and unlocked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::AccountDialog</name>
    <message>
        <source>TLS (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: unencrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (PLAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge-response (CRAM-MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected and logged in, without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected over verified TLS and logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be secured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in is not possible this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke off the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it has changed since you chose to trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be saved: check the server and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password will be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::AccountSessions</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the new password is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the password could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (folder list): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate has changed since you chose to trust it; staying offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rejected the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays offline: you rejected the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the certificate could not be saved as trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now trusts the certificate with SHA-256 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays offline: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::AttachmentBar</name>
    <message>
        <source>About %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::CertificateDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 (%2) has changed. It is not the certificate you chose to trust. Someone may be intercepting the connection. Quail stays offline for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server&apos;s administrator confirms that the new fingerprint above is theirs, replace the pin deliberately with: quail-imap account trust %1 --sha256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 of the account %2 presented a certificate that could not be verified. Connect only if you know this certificate is the server&apos;s: compare its fingerprint with the one your administrator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Accept Once&quot; trusts it until Quail quits; &quot;Always Trust&quot; remembers this fingerprint for this server, and any other certificate will then be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always Trust This Certificate for This Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::ConnectionIndicator</name>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with TLS; the server&apos;s certificate is verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with TLS, with a certificate you accepted for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with TLS, with a certificate you chose to trust (pinned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: your password and your mail cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through a local command; protected as far as that command protects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to connect again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderChooserDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderItemDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A folder&apos;s name and how many unread messages it holds, &quot;Inbox (3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderView</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribed folders are the ones mail programs show by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the folder “%1” from the server?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the messages in it are lost. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::MainWindow</name>
    <message>
        <source>No account configured: File &gt; Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) configured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No account is configured. Add one in Quail (File &gt; Add Account…) or with quail-imap account add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of this folder is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Quail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These messages are no longer in the open folder; drag them again from their folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of these messages was replaced on the server since the drag began; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can only be moved or copied to a folder of the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot hold messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These messages are no longer in the open folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listing %Ln message(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln action(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n Message(s) To</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Message(s) To</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no unread messages in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding an account needs the user, and a screenshot run never waits for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server alert from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; from Quail? Its settings and its password in the keychain are deleted; the mail on the server is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed, but its password could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The About box needs the user, and a screenshot run never waits for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Quail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quail %1&lt;/h3&gt;&lt;p&gt;A fast, safe IMAP mail browser.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings dialog needs the user, and a screenshot run never waits for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1); open Quail to decide about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since it was trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password is needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageListView</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageSourceDialog</name>
    <message>
        <source>[%1 more not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageViewerPane</name>
    <message>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every header line of the message as it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the message&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message cannot be shown: the account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a message to this address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful: the link&apos;s text shows “%1”, but it leads to the address above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1” in Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A file named “%1” already exists in %2.&lt;/p&gt;&lt;p&gt;Replace it with the attachment?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment “%1” could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its copy could not be made read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” may be a program or a script.&lt;/p&gt;&lt;p&gt;Opening it may run it, with access to all your files. Open it only if you expected it from this sender.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application could open the attachment “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::NotificationBar</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::PasswordDialog</name>
    <message>
        <source>&amp;Remember this password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be reached, so the password of %1 cannot be read or stored. You can enter it for this session only; it will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::RemoteContentBar</name>
    <message>
        <source>Load Remote Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the images of this message from the web. The sender may learn that you read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote images in this message were blocked to protect your privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::Screenshot</name>
    <message numerus="yes">
        <source>The window was not ready within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not render the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::App::TrayIcon</name>
    <message numerus="yes">
        <source>Quail: %n unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s), %1 unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::ViewerHeader</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name shows the address %1, but the message was sent from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::AuthPlan</name>
    <message>
        <source>The connection is not encrypted, so Quail will not send your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers neither OAUTHBEARER nor XOAUTH2, so the token cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow logging in here (LOGINDISABLED) and offers no mechanism Quail can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login mechanism Quail can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an OAuth token, not a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password, not an OAuth token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow LOGIN here (LOGINDISABLED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer AUTHENTICATE %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::CompressionLayer</name>
    <message>
        <source>The compressed stream is unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data after ending its compressed stream.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s compressed data is corrupt (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Connection</name>
    <message>
        <source>Timed out after %1 s waiting for the server&apos;s greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the server to answer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command cannot be encoded for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 bytes after accepting STARTTLS and before the TLS handshake; this is how attackers inject responses, so the connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data right after agreeing to COMPRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error at byte %1 of response %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for more of a command that had nothing more to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Engine</name>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message to append.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::ProcessTransport</name>
    <message>
        <source>The command &quot;%1&quot; did not start in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; crashed%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; exited with status %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SelectedMailbox</name>
    <message>
        <source>The server sent FETCH data for message %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SequenceMap</name>
    <message>
        <source>The server&apos;s UIDs are not strictly ascending (RFC 9051 §2.3.1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported %1 messages after %2 without expunging any (RFC 9051 §7.4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server expunged message %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2, which has UID %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2, out of ascending order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Session</name>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent &quot;+&quot; twice during IDLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SessionSetup</name>
    <message>
        <source>The server closed the connection before the session was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH on a connection that must first switch to TLS; refusing to continue without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not OK, PREAUTH or BYE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; refusing to continue without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); refusing to continue without TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth token was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the login command: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SocketTransport</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was attempted on a connection that is not plaintext and open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS cannot follow COMPRESS (RFC 4978 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n byte(s) after accepting STARTTLS and before the TLS handshake; this is how attackers inject commands, so the connection was closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you accepted before. It may have been renewed, or someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you accepted before, and it cannot be verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found (DNS lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s in the TLS handshake with %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Transport</name>
    <message>
        <source>This connection cannot be upgraded to TLS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::AttachmentSaver</name>
    <message>
        <source>A save is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such part to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appeared meanwhile; it was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::FolderMessages</name>
    <message>
        <source>the account is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to list the folders (%1); it said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not subscribe to the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unsubscribe from the folder “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” does not exist (another program may have deleted or renamed it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to rename the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to move the folder “%1” there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to delete the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to change the subscription of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: the mailbox is over its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s limit on folders was reached; “%1” was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” is in use by another program; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot do that with “%1”; it said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to create the folder “%1”; it said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to rename the folder “%1” to “%2”; it said: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to move the folder “%1” to “%2”; it said: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to delete the folder “%1”; it said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to subscribe to the folder “%1”; it said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to unsubscribe from the folder “%1”; it said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot be moved into itself or one of its subfolders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders can only be moved within their own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” was deleted, but the server keeps it because it has subfolders: delete those first to remove it completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”: this server uses it to separate folder levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” cannot have subfolders on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder “%1” has subfolders; delete or move them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds other users&apos; or shared folders and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::FolderTreeModel</name>
    <message>
        <source>%1
%2 unread, %3 in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::LinkPolicy</name>
    <message>
        <source>The link is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points inside the message or to a relative address; it is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of the kind &quot;%1:&quot; are never opened from a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MailboxCatchUp</name>
    <message>
        <source>the account is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to open the folder again; it said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to list the folder&apos;s messages; it said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused to send the messages&apos; flags; it said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageActionMessages</name>
    <message>
        <source>Could not %1: %2. The messages are shown as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to do that in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox is over its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” is over its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program deleted some of the messages meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is in use by another program; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s limit was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to %1; it said: “%2”. The messages are shown as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2 The messages are shown as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageActions</name>
    <message numerus="yes">
        <source>mark %n message(s) as read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n message(s) as unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the flag from %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove a tag from %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undelete %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n deleted message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>archive %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copy %n message(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n message(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be used as a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages are marked as deleted; this server removes them only when the whole folder is expunged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message in this folder is marked as deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server can only expunge the whole folder, which also removes messages other programs marked as deleted; use “Expunge folder” for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no Archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These messages are already in the Archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages are already in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages were copied to “%1” and marked as deleted here; this server removes them only when the folder is expunged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The originals are still in “%1”, marked as deleted: undelete them to keep them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say where the copies are (it lacks UIDPLUS), and not every message has a Message-ID to find them by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing a move needs a second connection to the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the messages back from “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: “%1” was recreated meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo: the moved messages are no longer in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages are back; their copies in “%1” are marked as deleted until that folder is expunged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageDocument</name>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This part cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageListModel</name>
    <message>
        <source>The account is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder&apos;s messages could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessagePartModel</name>
    <message>
        <source>the account is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is no longer in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no such part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is too large to show; save it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part is too large to hold in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not send the part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageSortFilterModel</name>
    <message>
        <source>Not connected: cannot sort or search this folder now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sort the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not search the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageThreadModel</name>
    <message>
        <source>Could not thread the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not thread the folder: the server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which version of a message sent both as HTML and as plain text to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark messages as read when opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…&amp;after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a message must stay open before it counts as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remote images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images on the web tell the sender that and when you read the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for each message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves messages to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks messages as deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show new mail at &amp;once (IDLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a connection waiting for the server to announce new mail, instead of asking now and then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try quail --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
