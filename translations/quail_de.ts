<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail Account</source>
        <translation>E-Mail-Konto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>work</source>
        <translation>arbeit</translation>
    </message>
    <message>
        <source>Letters, digits, dots, hyphens and underscores</source>
        <translation>Buchstaben, Ziffern, Punkte, Binde- und Unterstriche</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail can be read by anyone on the network.</source>
        <translation>Ohne Verschlüsselung können alle im Netz Ihr Passwort und Ihre E-Mails mitlesen.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own certificate authority</source>
        <translation>Nur für einen eigenen Server mit eigener Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA-Datei wählen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server Certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Bisher vertraut:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Quail, a fast and safe IMAP mail browser.</source>
        <translation>Quail, ein schneller und sicherer IMAP-Mail-Browser.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; (PNG) once the first account&apos;s Inbox is shown, then quit. Fails with the reason, instead of asking, when something needs the user.</source>
        <translation>Speichert ein Bild des Hauptfensters als &lt;Datei&gt; (PNG), sobald der Posteingang des ersten Kontos angezeigt wird, und beendet sich dann. Bricht mit Angabe des Grundes ab, statt nachzufragen, wenn etwas eine Benutzereingabe erfordert.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels, e.g. 1280x800 (the default for --screenshot).</source>
        <translation>Die Fenstergröße in Pixeln, z. B. 1280x800 (der Standard für --screenshot).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--geometry wants WIDTHxHEIGHT, each from %1 to %2 pixels, not &quot;%3&quot;.</source>
        <translation>--geometry erwartet BREITExHÖHE, jeweils von %1 bis %2 Pixel, nicht &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot benötigt einen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Quail</source>
        <translation>Quail</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Quail</source>
        <translation>&amp;Über Quail</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <source>Check the open folder for new mail</source>
        <translation>Den geöffneten Ordner auf neue Nachrichten prüfen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Toggle Read</source>
        <translation>Gelesen-Status &amp;wechseln</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>Remove St&amp;ar</source>
        <translation>Markierung &amp;entfernen</translation>
    </message>
    <message>
        <source>Toggle Sta&amp;r</source>
        <translation>Markierung wech&amp;seln</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Verschieben nach…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation>K&amp;opieren nach…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <translation>Als &amp;Junk markieren</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>E&amp;xpunge Deleted Messages</source>
        <translation>Gelöschte Nachrichten &amp;bereinigen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation>Nachrichten &amp;suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>&amp;Nächste ungelesene Nachricht</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&amp;Page Through Message</source>
        <translation>Nachricht &amp;durchblättern</translation>
    </message>
    <message>
        <source>Scroll the message down a page, or go on to the next unread message at its end</source>
        <translation>Die Nachricht eine Seite weiterblättern oder an ihrem Ende zur nächsten ungelesenen Nachricht wechseln</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Unterhaltungen</translation>
    </message>
    <message>
        <source>Show the messages as conversations, replies under what they answer</source>
        <translation>Nachrichten als Unterhaltungen zeigen, Antworten unter dem, worauf sie antworten</translation>
    </message>
</context>
<context>
    <name>MessageViewerPane</name>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>Quail::Accounts::CredentialStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Für dieses Konto ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as gnome-keyring or KWallet running and unlocked?): %1</source>
        <translation>Kein Schlüsselbund verfügbar (läuft ein entsperrter Secret Service wie gnome-keyring oder KWallet?): %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Quail::App::AccountDialog</name>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (empfohlen)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None: unencrypted</source>
        <translation>Keine: unverschlüsselt</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Password (LOGIN)</source>
        <translation>Passwort (LOGIN)</translation>
    </message>
    <message>
        <source>Password (PLAIN)</source>
        <translation>Passwort (PLAIN)</translation>
    </message>
    <message>
        <source>Challenge-response (CRAM-MD5)</source>
        <translation>Challenge-Response (CRAM-MD5)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Connected and logged in, without encryption.</source>
        <translation>Verbunden und angemeldet, ohne Verschlüsselung.</translation>
    </message>
    <message>
        <source>Connected over verified TLS and logged in.</source>
        <translation>Über geprüftes TLS verbunden und angemeldet.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>The connection could not be secured.</source>
        <translation>Die Verbindung konnte nicht gesichert werden.</translation>
    </message>
    <message>
        <source>Logging in is not possible this way.</source>
        <translation>Eine Anmeldung ist auf diese Weise nicht möglich.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server broke off the conversation.</source>
        <translation>Der Server hat die Verbindung abgebrochen.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Server nicht gefunden.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, &quot;.&quot;, &quot;-&quot; und &quot;_&quot; enthalten.</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Es gibt bereits ein Konto namens &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account could not be saved: check the server and port.</source>
        <translation>Das Konto konnte nicht gespeichert werden: Bitte Server und Port prüfen.</translation>
    </message>
    <message>
        <source>The password will be kept for this session only.</source>
        <translation>Das Passwort wird nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Der Server bietet STARTTLS nicht an.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS.</source>
        <translation>Der Server hat STARTTLS abgelehnt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it has changed since you chose to trust it.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: Es hat sich geändert, seit Sie entschieden haben, ihm zu vertrauen.</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server cannot log anyone in right now.</source>
        <translation>Der Server kann im Moment niemanden anmelden.</translation>
    </message>
</context>
<context>
    <name>Quail::App::AccountSessions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the new password is stored in the keychain.</source>
        <translation>%1: Das neue Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>%1: the password could not be stored: %2</source>
        <translation>%1: Das Passwort konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 (folder list): %2</source>
        <translation>%1 (Ordnerliste): %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate has changed since you chose to trust it; staying offline.</source>
        <translation>%1: Das Zertifikat des Servers hat sich geändert, seit Sie entschieden haben, ihm zu vertrauen; das Konto bleibt offline.</translation>
    </message>
    <message>
        <source>You rejected the server&apos;s certificate.</source>
        <translation>Sie haben das Zertifikat des Servers abgelehnt.</translation>
    </message>
    <message>
        <source>%1 stays offline: you rejected the server&apos;s certificate.</source>
        <translation>%1 bleibt offline: Sie haben das Zertifikat des Servers abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the certificate could not be saved as trusted.</source>
        <translation>%1: Das Zertifikat konnte nicht als vertrauenswürdig gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate with SHA-256 %2.</source>
        <translation>%1 vertraut jetzt dem Zertifikat mit SHA-256 %2.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>%1 stays offline: no password was given.</source>
        <translation>%1 bleibt offline: Es wurde kein Passwort angegeben.</translation>
    </message>
</context>
<context>
    <name>Quail::App::AttachmentBar</name>
    <message>
        <source>About %1 bytes</source>
        <translation>Etwa %1 Bytes</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
</context>
<context>
    <name>Quail::App::CertificateDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Keine gemeldet</translation>
    </message>
    <message>
        <source>Certificate Changed: %1</source>
        <translation>Zertifikat geändert: %1</translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 (%2) has changed. It is not the certificate you chose to trust. Someone may be intercepting the connection. Quail stays offline for this account.</source>
        <translation>Warnung: Das Zertifikat von %1 (%2) hat sich geändert. Es ist nicht das Zertifikat, dem Sie zu vertrauen entschieden haben. Möglicherweise fängt jemand die Verbindung ab. Quail bleibt für dieses Konto offline.</translation>
    </message>
    <message>
        <source>If the server&apos;s administrator confirms that the new fingerprint above is theirs, replace the pin deliberately with: quail-imap account trust %1 --sha256 %2</source>
        <translation>Wenn der Administrator des Servers bestätigt, dass der neue Fingerabdruck oben zu seinem Server gehört, ersetzen Sie den gespeicherten Fingerabdruck bewusst mit: quail-imap account trust %1 --sha256 %2</translation>
    </message>
    <message>
        <source>Stay Offline</source>
        <translation>Offline bleiben</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Nicht vertrauenswürdiges Zertifikat: %1</translation>
    </message>
    <message>
        <source>The server %1 of the account %2 presented a certificate that could not be verified. Connect only if you know this certificate is the server&apos;s: compare its fingerprint with the one your administrator gave you.</source>
        <translation>Der Server %1 des Kontos %2 hat ein Zertifikat vorgelegt, das nicht überprüft werden konnte. Verbinden Sie sich nur, wenn Sie wissen, dass dieses Zertifikat zum Server gehört: Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen Ihr Administrator genannt hat.</translation>
    </message>
    <message>
        <source>&quot;Accept Once&quot; trusts it until Quail quits; &quot;Always Trust&quot; remembers this fingerprint for this server, and any other certificate will then be refused.</source>
        <translation>&quot;Einmal akzeptieren&quot; vertraut ihm, bis Quail beendet wird; &quot;Immer vertrauen&quot; merkt sich diesen Fingerabdruck für diesen Server, und jedes andere Zertifikat wird dann abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Always Trust This Certificate for This Server</source>
        <translation>Diesem Zertifikat für diesen Server &amp;immer vertrauen</translation>
    </message>
</context>
<context>
    <name>Quail::App::ConnectionIndicator</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>wird verbunden…</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s</source>
        <translation>
            <numerusform>neuer Verbindungsversuch in %n s</numerusform>
            <numerusform>neuer Verbindungsversuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1.</source>
        <translation>Versuch %1.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Encrypted with TLS; the server&apos;s certificate is verified.</source>
        <translation>Mit TLS verschlüsselt; das Zertifikat des Servers ist geprüft.</translation>
    </message>
    <message>
        <source>Encrypted with TLS, with a certificate you accepted for this session only.</source>
        <translation>Mit TLS verschlüsselt, mit einem Zertifikat, das Sie nur für diese Sitzung akzeptiert haben.</translation>
    </message>
    <message>
        <source>Encrypted with TLS, with a certificate you chose to trust (pinned).</source>
        <translation>Mit TLS verschlüsselt, mit einem Zertifikat, dem Sie zu vertrauen entschieden haben (gepinnt).</translation>
    </message>
    <message>
        <source>Not encrypted: your password and your mail cross the network in clear.</source>
        <translation>Nicht verschlüsselt: Ihr Passwort und Ihre E-Mails gehen im Klartext über das Netz.</translation>
    </message>
    <message>
        <source>Through a local command; protected as far as that command protects it.</source>
        <translation>Über einen lokalen Befehl; so weit geschützt, wie dieser Befehl die Verbindung schützt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click to connect again.</source>
        <translation>Klicken, um erneut zu verbinden.</translation>
    </message>
    <message>
        <source>%1, cipher %2 with a %3-bit key.</source>
        <comment>protocol version, cipher suite, key size</comment>
        <translation>%1, Verschlüsselung %2 mit einem %3-Bit-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderChooserDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderItemDelegate</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A folder&apos;s name and how many unread messages it holds, &quot;Inbox (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderView</name>
    <message>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation>&amp;Abonniert</translation>
    </message>
    <message>
        <source>Subscribed folders are the ones mail programs show by default</source>
        <translation>Abonnierte Ordner sind die, die E-Mail-Programme standardmäßig anzeigen</translation>
    </message>
    <message>
        <source>Re&amp;fresh Folders</source>
        <translation>Ordner a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Name des neuen Ordners in %1:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Name des neuen Ordners in „%1“:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <source>Delete the folder “%1” from the server?</source>
        <translation>Den Ordner „%1“ vom Server löschen?</translation>
    </message>
    <message>
        <source>All the messages in it are lost. This cannot be undone.</source>
        <translation>Alle Nachrichten darin gehen verloren. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>Ordner &amp;löschen</translation>
    </message>
</context>
<context>
    <name>Quail::App::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Quail::App::MainWindow</name>
    <message>
        <source>About Quail</source>
        <translation>Über Quail</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quail %1&lt;/h3&gt;&lt;p&gt;A fast, safe IMAP mail browser.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quail %1&lt;/h3&gt;&lt;p&gt;Ein schneller, sicherer IMAP-Mail-Browser.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No account configured: File &gt; Add Account…</source>
        <translation>Kein Konto eingerichtet: Datei &gt; Konto hinzufügen…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) configured</source>
        <translation>
            <numerusform>%n Konto eingerichtet</numerusform>
            <numerusform>%n Konten eingerichtet</numerusform>
        </translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added</source>
        <translation>Konto &quot;%1&quot; hinzugefügt</translation>
    </message>
    <message>
        <source>No account is configured. Add one in Quail (File &gt; Add Account…) or with quail-imap account add.</source>
        <translation>Es ist kein Konto eingerichtet. Fügen Sie eines in Quail hinzu (Datei &gt; Konto hinzufügen…) oder mit quail-imap account add.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Nachrichten suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Nachrichten suchen</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Suche zurücksetzen</translation>
    </message>
    <message>
        <source>The account of this folder is not connected.</source>
        <translation>Das Konto dieses Ordners ist nicht verbunden.</translation>
    </message>
    <message>
        <source>%1 - Quail</source>
        <translation>%1 - Quail</translation>
    </message>
    <message numerus="yes">
        <source>Listing %Ln message(s)…</source>
        <translation>
            <numerusform>%Ln Nachricht wird aufgelistet…</numerusform>
            <numerusform>%Ln Nachrichten werden aufgelistet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Wird sortiert…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln action(s) done</source>
        <translation>
            <numerusform>%1 von %Ln Aktion erledigt</numerusform>
            <numerusform>%1 von %Ln Aktionen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Suche nach neuen Nachrichten…</translation>
    </message>
    <message>
        <source>There are no unread messages in this folder.</source>
        <translation>In diesem Ordner gibt es keine ungelesenen Nachrichten.</translation>
    </message>
    <message>
        <source>Adding an account needs the user, and a screenshot run never waits for one.</source>
        <translation>Das Hinzufügen eines Kontos erfordert eine Benutzereingabe, und ein Screenshot-Lauf wartet nie darauf.</translation>
    </message>
    <message>
        <source>Server alert from %1: %2</source>
        <translation>Serverwarnung von %1: %2</translation>
    </message>
    <message>
        <source>&amp;Remove Account</source>
        <translation>Konto ent&amp;fernen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; from Quail? Its settings and its password in the keychain are deleted; the mail on the server is not touched.</source>
        <translation>Das Konto &quot;%1&quot; aus Quail entfernen? Seine Einstellungen und sein Passwort im Schlüsselbund werden gelöscht; die E-Mails auf dem Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Konto &quot;%1&quot; entfernt.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed, but its password could not be deleted from the keychain: %2</source>
        <translation>Konto &quot;%1&quot; entfernt, aber sein Passwort konnte nicht aus dem Schlüsselbund gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The About box needs the user, and a screenshot run never waits for one.</source>
        <translation>Das Fenster „Über Quail“ erfordert eine Benutzereingabe, und ein Screenshot-Lauf wartet nie darauf.</translation>
    </message>
    <message>
        <source>The settings dialog needs the user, and a screenshot run never waits for one.</source>
        <translation>Der Einstellungsdialog erfordert eine Benutzereingabe, und ein Screenshot-Lauf wartet nie darauf.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1); open Quail to decide about it.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (SHA-256 %1); öffnen Sie Quail, um darüber zu entscheiden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since it was trusted.</source>
        <translation>Das Zertifikat des Servers hat sich geändert, seit ihm vertraut wurde.</translation>
    </message>
    <message>
        <source>The account&apos;s password is needed.</source>
        <translation>Das Passwort des Kontos wird benötigt.</translation>
    </message>
    <message>
        <source>The account&apos;s password is needed: %1</source>
        <translation>Das Passwort des Kontos wird benötigt: %1</translation>
    </message>
    <message>
        <source>Threading…</source>
        <translation>Unterhaltungen werden gebildet…</translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageCommands</name>
    <message>
        <source>These messages are no longer in the open folder; drag them again from their folder.</source>
        <translation>Diese Nachrichten sind nicht mehr im geöffneten Ordner; ziehen Sie sie erneut aus ihrem Ordner.</translation>
    </message>
    <message>
        <source>The folder of these messages was replaced on the server since the drag began; nothing was moved.</source>
        <translation>Der Ordner dieser Nachrichten wurde auf dem Server ersetzt, nachdem das Ziehen begonnen hatte; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>Messages can only be moved or copied to a folder of the same account.</source>
        <translation>Nachrichten können nur in einen Ordner desselben Kontos verschoben oder kopiert werden.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot hold messages.</source>
        <translation>Der Ordner &quot;%1&quot; kann keine Nachrichten enthalten.</translation>
    </message>
    <message>
        <source>These messages are no longer in the open folder.</source>
        <translation>Diese Nachrichten sind nicht mehr im geöffneten Ordner.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Die Nachricht endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Message(s) To</source>
        <translation>
            <numerusform>%n Nachricht verschieben nach</numerusform>
            <numerusform>%n Nachrichten verschieben nach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Message(s) To</source>
        <translation>
            <numerusform>%n Nachricht kopieren nach</numerusform>
            <numerusform>%n Nachrichten kopieren nach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageListView</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageSourceDialog</name>
    <message>
        <source>[%1 more not shown]</source>
        <translation>[%1 weitere nicht angezeigt]</translation>
    </message>
    <message>
        <source>Message Source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation>Quelltext von „%1“</translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageViewerPane</name>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>All &amp;Headers</source>
        <translation>Alle &amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>Show every header line of the message as it was sent</source>
        <translation>Alle Kopfzeilen der Nachricht so anzeigen, wie sie gesendet wurde</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelltext</translation>
    </message>
    <message>
        <source>Show the message&apos;s source</source>
        <translation>Den Quelltext der Nachricht anzeigen</translation>
    </message>
    <message>
        <source>The message cannot be shown: the account is not connected.</source>
        <translation>Die Nachricht kann nicht angezeigt werden: Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Die Nachricht wird geladen…</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
    <message>
        <source>Write a message to this address?</source>
        <translation>Eine Nachricht an diese Adresse schreiben?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Diese Adresse in Ihrem Webbrowser öffnen?</translation>
    </message>
    <message>
        <source>Careful: the link&apos;s text shows “%1”, but it leads to the address above.</source>
        <translation>Vorsicht: Der Text des Links zeigt „%1“, aber er führt zur obigen Adresse.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Link öffnen?</translation>
    </message>
    <message>
        <source>&amp;Write Message</source>
        <translation>Nachricht &amp;schreiben</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Link öffnen</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>Warten…</translation>
    </message>
    <message>
        <source>Save “%1” in Folder</source>
        <translation>„%1“ in Ordner speichern</translation>
    </message>
    <message>
        <source>The attachment “%1” could not be saved: %2</source>
        <translation>Der Anhang „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;A file named “%1” already exists in %2.&lt;/p&gt;&lt;p&gt;Replace it with the attachment?&lt;/p&gt;</source>
        <translation>&lt;p&gt;In %2 gibt es bereits eine Datei namens „%1“.&lt;/p&gt;&lt;p&gt;Soll sie durch den Anhang ersetzt werden?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The attachment “%1” could not be opened: %2</source>
        <translation>Der Anhang „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>its copy could not be made read-only.</source>
        <translation>seine Kopie konnte nicht mit einem Schreibschutz versehen werden.</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>Ein Programm öffnen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” may be a program or a script.&lt;/p&gt;&lt;p&gt;Opening it may run it, with access to all your files. Open it only if you expected it from this sender.&lt;/p&gt;</source>
        <translation>&lt;p&gt;„%1“ ist möglicherweise ein Programm oder ein Skript.&lt;/p&gt;&lt;p&gt;Beim Öffnen wird es möglicherweise ausgeführt, mit Zugriff auf alle Ihre Dateien. Öffnen Sie es nur, wenn Sie es von diesem Absender erwartet haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
    <message>
        <source>No application could open the attachment “%1”.</source>
        <translation>Keine Anwendung konnte den Anhang „%1“ öffnen.</translation>
    </message>
</context>
<context>
    <name>Quail::App::NotificationBar</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Quail::App::PasswordDialog</name>
    <message>
        <source>&amp;Remember this password in the keychain</source>
        <translation>Dieses Passwort im Schlüsselbund &amp;speichern</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the account %2.</source>
        <translation>Der Server hat das Passwort von %1 für das Konto %2 abgelehnt.</translation>
    </message>
    <message>
        <source>No password is stored for the account %1.</source>
        <translation>Für das Konto %1 ist kein Passwort gespeichert.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached, so the password of %1 cannot be read or stored. You can enter it for this session only; it will not be saved.</source>
        <translation>Der Schlüsselbund ist nicht erreichbar, daher kann das Passwort von %1 weder gelesen noch gespeichert werden. Sie können es nur für diese Sitzung eingeben; es wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
</context>
<context>
    <name>Quail::App::RemoteContentBar</name>
    <message>
        <source>Load Remote Content</source>
        <translation>Externe Inhalte laden</translation>
    </message>
    <message>
        <source>Load the images of this message from the web. The sender may learn that you read it.</source>
        <translation>Die Bilder dieser Nachricht aus dem Internet laden. Der Absender kann dadurch erfahren, dass Sie sie gelesen haben.</translation>
    </message>
    <message>
        <source>Remote images in this message were blocked to protect your privacy.</source>
        <translation>Externe Bilder in dieser Nachricht wurden zum Schutz Ihrer Privatsphäre blockiert.</translation>
    </message>
    <message>
        <source>Blocked servers: %1</source>
        <translation>Blockierte Server: %1</translation>
    </message>
</context>
<context>
    <name>Quail::App::Screenshot</name>
    <message numerus="yes">
        <source>The window was not ready within %n second(s).</source>
        <translation>
            <numerusform>Das Fenster war nicht innerhalb einer Sekunde bereit.</numerusform>
            <numerusform>Das Fenster war nicht innerhalb von %n Sekunden bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not render the window.</source>
        <translation>Das Fenster konnte nicht gerendert werden.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Der Screenshot kann nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Quail::App::TrayIcon</name>
    <message numerus="yes">
        <source>Quail: %n unread message(s)</source>
        <translation>
            <numerusform>Quail: %n ungelesene Nachricht</numerusform>
            <numerusform>Quail: %n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s), %1 unread</source>
        <translation>
            <numerusform>%n neue Nachricht, %1 ungelesen</numerusform>
            <numerusform>%n neue Nachrichten, %1 ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::ViewerHeader</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Antwort an:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>The sender&apos;s name shows the address %1, but the message was sent from %2.</source>
        <translation>Der Name des Absenders zeigt die Adresse %1, aber die Nachricht wurde von %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::AuthPlan</name>
    <message>
        <source>The connection is not encrypted, so Quail will not send your credentials.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher sendet Quail Ihre Zugangsdaten nicht.</translation>
    </message>
    <message>
        <source>The server offers neither OAUTHBEARER nor XOAUTH2, so the token cannot be used.</source>
        <translation>Der Server bietet weder OAUTHBEARER noch XOAUTH2 an, daher kann das Token nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The server does not allow logging in here (LOGINDISABLED) and offers no mechanism Quail can use.</source>
        <translation>Der Server erlaubt hier keine Anmeldung (LOGINDISABLED) und bietet kein Anmeldeverfahren an, das Quail verwenden kann.</translation>
    </message>
    <message>
        <source>The server offers no login mechanism Quail can use.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an, das Quail verwenden kann.</translation>
    </message>
    <message>
        <source>%1 needs an OAuth token, not a password.</source>
        <translation>%1 benötigt ein OAuth-Token, kein Passwort.</translation>
    </message>
    <message>
        <source>%1 needs a password, not an OAuth token.</source>
        <translation>%1 benötigt ein Passwort, kein OAuth-Token.</translation>
    </message>
    <message>
        <source>The server does not allow LOGIN here (LOGINDISABLED).</source>
        <translation>Der Server erlaubt hier kein LOGIN (LOGINDISABLED).</translation>
    </message>
    <message>
        <source>The server does not offer AUTHENTICATE %1.</source>
        <translation>Der Server bietet AUTHENTICATE %1 nicht an.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::CompressionLayer</name>
    <message>
        <source>The compressed stream is unusable.</source>
        <translation>Der komprimierte Datenstrom ist unbrauchbar.</translation>
    </message>
    <message>
        <source>The server sent data after ending its compressed stream.</source>
        <translation>Der Server hat nach dem Ende seines komprimierten Datenstroms weitere Daten gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s compressed data is corrupt (%1).</source>
        <translation>Die komprimierten Daten des Servers sind beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Connection</name>
    <message>
        <source>Timed out after %1 s waiting for the server&apos;s greeting.</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Begrüßung des Servers.</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the server to answer %2.</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Antwort des Servers auf %2.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>The command cannot be encoded for this server.</source>
        <translation>Der Befehl lässt sich für diesen Server nicht kodieren.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes after accepting STARTTLS and before the TLS handshake; this is how attackers inject responses, so the connection was closed.</source>
        <translation>Der Server hat nach der Annahme von STARTTLS und vor dem TLS-Handshake %1 Bytes gesendet; auf diese Weise schleusen Angreifer Antworten ein, daher wurde die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server sent data right after agreeing to COMPRESS.</source>
        <translation>Der Server hat direkt nach der Zustimmung zu COMPRESS Daten gesendet.</translation>
    </message>
    <message>
        <source>Protocol error at byte %1 of response %2: %3</source>
        <translation>Protokollfehler bei Byte %1 der Antwort %2: %3</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>Der Server hat auf einen Befehl geantwortet, der nie gesendet wurde (Tag %1).</translation>
    </message>
    <message>
        <source>The server asked for more of a command that had nothing more to send.</source>
        <translation>Der Server hat weitere Daten zu einem Befehl angefordert, der nichts mehr zu senden hatte.</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>Der Server hat die Verbindung während %1 geschlossen.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Engine</name>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>There is no message to append.</source>
        <translation>Es gibt keine Nachricht zum Anhängen.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::ProcessTransport</name>
    <message>
        <source>The command &quot;%1&quot; did not start in time.</source>
        <translation>Der Befehl &quot;%1&quot; ist nicht rechtzeitig gestartet.</translation>
    </message>
    <message>
        <source>The stream command is empty.</source>
        <translation>Der Stream-Befehl ist leer.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; crashed%2</source>
        <translation>Der Befehl &quot;%1&quot; ist abgestürzt%2</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; exited with status %2%3</source>
        <translation>Der Befehl &quot;%1&quot; wurde mit Status %2 beendet%3</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht ausgeführt werden: %2</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SelectedMailbox</name>
    <message>
        <source>The server sent FETCH data for message %1 of %2.</source>
        <translation>Der Server hat FETCH-Daten für Nachricht %1 von %2 gesendet.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SequenceMap</name>
    <message>
        <source>The server&apos;s UIDs are not strictly ascending (RFC 9051 §2.3.1.1).</source>
        <translation>Die UIDs des Servers sind nicht streng aufsteigend (RFC 9051 §2.3.1.1).</translation>
    </message>
    <message>
        <source>The server reported %1 messages after %2 without expunging any (RFC 9051 §7.4.1).</source>
        <translation>Der Server hat %1 Nachrichten gemeldet, nachdem es %2 waren, ohne dass eine entfernt wurde (RFC 9051 §7.4.1).</translation>
    </message>
    <message>
        <source>The server expunged message %1 of %2.</source>
        <translation>Der Server hat Nachricht %1 von %2 entfernt.</translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2 of %3.</source>
        <translation>Der Server hat UID %1 für Nachricht %2 von %3 gesendet.</translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2, which has UID %3.</source>
        <translation>Der Server hat UID %1 für Nachricht %2 gesendet, die UID %3 hat.</translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2, out of ascending order.</source>
        <translation>Der Server hat UID %1 für Nachricht %2 außerhalb der aufsteigenden Reihenfolge gesendet.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Session</name>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The server sent &quot;+&quot; twice during IDLE.</source>
        <translation>Der Server hat während IDLE zweimal &quot;+&quot; gesendet.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SessionSetup</name>
    <message>
        <source>The server closed the connection before the session was ready.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Sitzung bereit war.</translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation>Der Server hat nicht mit einer Begrüßung begonnen.</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH on a connection that must first switch to TLS; refusing to continue without TLS.</source>
        <translation>Die Begrüßung des Servers war PREAUTH, obwohl die Verbindung erst zu TLS wechseln muss; ohne TLS geht es nicht weiter.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not OK, PREAUTH or BYE.</source>
        <translation>Die Begrüßung des Servers ist weder OK noch PREAUTH noch BYE.</translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Der Server hat CAPABILITY abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; refusing to continue without TLS.</source>
        <translation>Der Server bietet STARTTLS nicht an; ohne TLS geht es nicht weiter.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); refusing to continue without TLS.</source>
        <translation>Der Server hat STARTTLS abgelehnt (%1); ohne TLS geht es nicht weiter.</translation>
    </message>
    <message>
        <source>No OAuth token was given.</source>
        <translation>Es wurde kein OAuth-Token angegeben.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Es wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Der Server hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server rejected the login command: %1</source>
        <translation>Der Server hat den Anmeldebefehl zurückgewiesen: %1</translation>
    </message>
    <message>
        <source>The server cannot log you in right now; try again later: %1</source>
        <translation>Der Server kann Sie gerade nicht anmelden; versuchen Sie es später erneut: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SocketTransport</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 ist nicht lesbar oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>STARTTLS was attempted on a connection that is not plaintext and open.</source>
        <translation>STARTTLS wurde auf einer Verbindung versucht, die nicht offen und unverschlüsselt ist.</translation>
    </message>
    <message>
        <source>STARTTLS cannot follow COMPRESS (RFC 4978 §4).</source>
        <translation>STARTTLS kann nicht auf COMPRESS folgen (RFC 4978 §4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n byte(s) after accepting STARTTLS and before the TLS handshake; this is how attackers inject commands, so the connection was closed.</source>
        <translation>
            <numerusform>%1 hat nach der Annahme von STARTTLS und vor dem TLS-Handshake %n Byte gesendet; auf diese Weise schleusen Angreifer Befehle ein, daher wurde die Verbindung geschlossen.</numerusform>
            <numerusform>%1 hat nach der Annahme von STARTTLS und vor dem TLS-Handshake %n Bytes gesendet; auf diese Weise schleusen Angreifer Befehle ein, daher wurde die Verbindung geschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you accepted before. It may have been renewed, or someone may be intercepting the connection.</source>
        <translation>Das Zertifikat von %1 ist nicht das, das Sie zuvor akzeptiert haben. Es wurde vielleicht erneuert, oder jemand fängt die Verbindung ab.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you accepted before, and it cannot be verified: %2</source>
        <translation>Das Zertifikat von %1 ist nicht das, das Sie zuvor akzeptiert haben, und es lässt sich nicht prüfen: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The server %1 was not found (DNS lookup failed).</source>
        <translation>Der Server %1 wurde nicht gefunden (DNS-Abfrage fehlgeschlagen).</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was ready.</source>
        <translation>%1 hat die Verbindung geschlossen, bevor sie bereit war.</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2.</source>
        <translation>Zeitüberschreitung nach %1 s beim Verbinden mit %2.</translation>
    </message>
    <message>
        <source>Timed out after %1 s in the TLS handshake with %2.</source>
        <translation>Zeitüberschreitung nach %1 s beim TLS-Handshake mit %2.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Transport</name>
    <message>
        <source>This connection cannot be upgraded to TLS.</source>
        <translation>Diese Verbindung kann nicht auf TLS umgestellt werden.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::AttachmentSaver</name>
    <message>
        <source>A save is already running.</source>
        <translation>Es läuft bereits ein Speichervorgang.</translation>
    </message>
    <message>
        <source>There is no such part to save.</source>
        <translation>Der zu speichernde Teil existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The part could not be read: %1</source>
        <translation>Der Teil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>Das Speichern wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 appeared meanwhile; it was not replaced.</source>
        <translation>%1 existiert inzwischen; die Datei wurde nicht ersetzt.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::FolderMessages</name>
    <message>
        <source>the account is not connected</source>
        <translation>das Konto ist nicht verbunden</translation>
    </message>
    <message>
        <source>Could not list the folders: %1</source>
        <translation>Die Ordner konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The server refused to list the folders (%1); it said: “%2”</source>
        <translation>Der Server hat das Auflisten der Ordner abgelehnt (%1); er meldete: „%2“</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not rename the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Could not move the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht verschoben werden: %2</translation>
    </message>
    <message>
        <source>Could not delete the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not subscribe to the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht abonniert werden: %2</translation>
    </message>
    <message>
        <source>Could not unsubscribe from the folder “%1”: %2</source>
        <translation>Der Ordner „%1“ konnte nicht abbestellt werden: %2</translation>
    </message>
    <message>
        <source>A folder named “%1” already exists.</source>
        <translation>Es gibt bereits einen Ordner namens „%1“.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist (another program may have deleted or renamed it).</source>
        <translation>Der Ordner „%1“ existiert nicht (möglicherweise hat ein anderes Programm ihn gelöscht oder umbenannt).</translation>
    </message>
    <message>
        <source>You do not have permission to create the folder “%1”.</source>
        <translation>Sie haben keine Berechtigung, den Ordner „%1“ anzulegen.</translation>
    </message>
    <message>
        <source>You do not have permission to rename the folder “%1”.</source>
        <translation>Sie haben keine Berechtigung, den Ordner „%1“ umzubenennen.</translation>
    </message>
    <message>
        <source>You do not have permission to move the folder “%1” there.</source>
        <translation>Sie haben keine Berechtigung, den Ordner „%1“ dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>You do not have permission to delete the folder “%1”.</source>
        <translation>Sie haben keine Berechtigung, den Ordner „%1“ zu löschen.</translation>
    </message>
    <message>
        <source>You do not have permission to change the subscription of “%1”.</source>
        <translation>Sie haben keine Berechtigung, das Abonnement von „%1“ zu ändern.</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: the mailbox is over its quota.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden: Das Postfach hat sein Speicherkontingent überschritten.</translation>
    </message>
    <message>
        <source>The server&apos;s limit on folders was reached; “%1” was not changed.</source>
        <translation>Die Höchstzahl an Ordnern auf dem Server ist erreicht; „%1“ wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The folder “%1” is in use by another program; try again later.</source>
        <translation>Der Ordner „%1“ wird von einem anderen Programm verwendet; bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server cannot do that with “%1”; it said: “%2”</source>
        <translation>Der Server kann dies mit „%1“ nicht ausführen; er meldete: „%2“</translation>
    </message>
    <message>
        <source>The server refused to create the folder “%1”; it said: “%2”</source>
        <translation>Der Server hat das Anlegen des Ordners „%1“ abgelehnt; er meldete: „%2“</translation>
    </message>
    <message>
        <source>The server refused to rename the folder “%1” to “%2”; it said: “%3”</source>
        <translation>Der Server hat das Umbenennen des Ordners „%1“ in „%2“ abgelehnt; er meldete: „%3“</translation>
    </message>
    <message>
        <source>The server refused to move the folder “%1” to “%2”; it said: “%3”</source>
        <translation>Der Server hat das Verschieben des Ordners „%1“ nach „%2“ abgelehnt; er meldete: „%3“</translation>
    </message>
    <message>
        <source>The server refused to delete the folder “%1”; it said: “%2”</source>
        <translation>Der Server hat das Löschen des Ordners „%1“ abgelehnt; er meldete: „%2“</translation>
    </message>
    <message>
        <source>The server refused to subscribe to the folder “%1”; it said: “%2”</source>
        <translation>Der Server hat das Abonnieren des Ordners „%1“ abgelehnt; er meldete: „%2“</translation>
    </message>
    <message>
        <source>The server refused to unsubscribe from the folder “%1”; it said: “%2”</source>
        <translation>Der Server hat das Abbestellen des Ordners „%1“ abgelehnt; er meldete: „%2“</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be moved into itself or one of its subfolders.</source>
        <translation>Der Ordner „%1“ kann nicht in sich selbst oder einen seiner Unterordner verschoben werden.</translation>
    </message>
    <message>
        <source>Folders can only be moved within their own account.</source>
        <translation>Ordner können nur innerhalb ihres eigenen Kontos verschoben werden.</translation>
    </message>
    <message>
        <source>The folder “%1” was deleted, but the server keeps it because it has subfolders: delete those first to remove it completely.</source>
        <translation>Der Ordner „%1“ wurde gelöscht, aber der Server behält ihn, weil er Unterordner hat: Löschen Sie zuerst diese, um ihn vollständig zu entfernen.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”: this server uses it to separate folder levels.</source>
        <translation>Ein Ordnername darf „%1“ nicht enthalten: Dieser Server trennt damit die Ordnerebenen.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot have subfolders on this server.</source>
        <translation>Der Ordner „%1“ kann auf diesem Server keine Unterordner haben.</translation>
    </message>
    <message>
        <source>No folder is selected.</source>
        <translation>Es ist kein Ordner ausgewählt.</translation>
    </message>
    <message>
        <source>The account “%1” is not connected.</source>
        <translation>Das Konto „%1“ ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed or deleted.</source>
        <translation>Der Posteingang kann nicht umbenannt oder gelöscht werden.</translation>
    </message>
    <message>
        <source>The folder “%1” has subfolders; delete or move them first.</source>
        <translation>Der Ordner „%1“ hat Unterordner; löschen oder verschieben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>“%1” holds other users&apos; or shared folders and cannot be changed.</source>
        <translation>„%1“ enthält Ordner anderer Benutzer oder gemeinsame Ordner und kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::FolderTreeModel</name>
    <message>
        <source>%1
%2 unread, %3 in all</source>
        <translation>%1
%2 ungelesen, %3 insgesamt</translation>
    </message>
</context>
<context>
    <name>Quail::Models::LinkPolicy</name>
    <message>
        <source>The link is malformed.</source>
        <translation>Der Link ist fehlerhaft.</translation>
    </message>
    <message>
        <source>The link has no host.</source>
        <translation>Der Link enthält keinen Host.</translation>
    </message>
    <message>
        <source>The link points inside the message or to a relative address; it is not followed.</source>
        <translation>Der Link verweist in die Nachricht selbst oder auf eine relative Adresse; er wird nicht geöffnet.</translation>
    </message>
    <message>
        <source>Links of the kind &quot;%1:&quot; are never opened from a message.</source>
        <translation>Links der Art &quot;%1:&quot; werden aus einer Nachricht heraus nie geöffnet.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MailboxCatchUp</name>
    <message>
        <source>the account is not connected</source>
        <translation>das Konto ist nicht verbunden</translation>
    </message>
    <message>
        <source>the server refused to open the folder again; it said: “%1”</source>
        <translation>der Server hat das erneute Öffnen des Ordners abgelehnt; er meldete: „%1“</translation>
    </message>
    <message>
        <source>the server refused to list the folder&apos;s messages; it said: “%1”</source>
        <translation>der Server hat das Auflisten der Nachrichten des Ordners abgelehnt; er meldete: „%1“</translation>
    </message>
    <message>
        <source>the server refused to send the messages&apos; flags; it said: “%1”</source>
        <translation>der Server hat das Senden der Markierungen der Nachrichten abgelehnt; er meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageActionMessages</name>
    <message>
        <source>Could not %1: %2. The messages are shown as they were.</source>
        <translation>Es war nicht möglich, %1: %2. Die Nachrichten werden wieder wie vorher angezeigt.</translation>
    </message>
    <message>
        <source>you do not have permission to do that in this folder.</source>
        <translation>Sie haben dazu in diesem Ordner keine Berechtigung.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>der Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>the mailbox is over its quota.</source>
        <translation>das Postfach hat sein Speicherkontingent überschritten.</translation>
    </message>
    <message>
        <source>the folder “%1” is over its quota.</source>
        <translation>der Ordner „%1“ hat sein Speicherkontingent überschritten.</translation>
    </message>
    <message>
        <source>another program deleted some of the messages meanwhile.</source>
        <translation>ein anderes Programm hat inzwischen einige der Nachrichten gelöscht.</translation>
    </message>
    <message>
        <source>the folder is read-only.</source>
        <translation>der Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>the folder is in use by another program; try again later.</source>
        <translation>der Ordner wird von einem anderen Programm verwendet; bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the server&apos;s limit was reached.</source>
        <translation>eine Grenze des Servers wurde erreicht.</translation>
    </message>
    <message>
        <source>The server refused to %1; it said: “%2”. The messages are shown as they were.</source>
        <translation>Der Server hat es abgelehnt, %1; er meldete: „%2“. Die Nachrichten werden wieder wie vorher angezeigt.</translation>
    </message>
    <message>
        <source>Could not %1: %2 The messages are shown as they were.</source>
        <translation>Es war nicht möglich, %1: %2 Die Nachrichten werden wieder wie vorher angezeigt.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageActions</name>
    <message numerus="yes">
        <source>mark %n message(s) as read</source>
        <translation>
            <numerusform>%n Nachricht als gelesen zu markieren</numerusform>
            <numerusform>%n Nachrichten als gelesen zu markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n message(s) as unread</source>
        <translation>
            <numerusform>%n Nachricht als ungelesen zu markieren</numerusform>
            <numerusform>%n Nachrichten als ungelesen zu markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht zu markieren</numerusform>
            <numerusform>%n Nachrichten zu markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the flag from %n message(s)</source>
        <translation>
            <numerusform>die Markierung von %n Nachricht zu entfernen</numerusform>
            <numerusform>die Markierung von %n Nachrichten zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht ein Schlagwort zuzuweisen</numerusform>
            <numerusform>%n Nachrichten ein Schlagwort zuzuweisen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove a tag from %n message(s)</source>
        <translation>
            <numerusform>ein Schlagwort von %n Nachricht zu entfernen</numerusform>
            <numerusform>ein Schlagwort von %n Nachrichten zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht zu löschen</numerusform>
            <numerusform>%n Nachrichten zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undelete %n message(s)</source>
        <translation>
            <numerusform>%n gelöschte Nachricht wiederherzustellen</numerusform>
            <numerusform>%n gelöschte Nachrichten wiederherzustellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n deleted message(s)</source>
        <translation>
            <numerusform>%n gelöschte Nachricht endgültig zu entfernen</numerusform>
            <numerusform>%n gelöschte Nachrichten endgültig zu entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>archive %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht zu archivieren</numerusform>
            <numerusform>%n Nachrichten zu archivieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copy %n message(s) to “%1”</source>
        <translation>
            <numerusform>%n Nachricht nach „%1“ zu kopieren</numerusform>
            <numerusform>%n Nachrichten nach „%1“ zu kopieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n message(s) to “%1”</source>
        <translation>
            <numerusform>%n Nachricht nach „%1“ zu verschieben</numerusform>
            <numerusform>%n Nachrichten nach „%1“ zu verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>die letzte Aktion rückgängig zu machen</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The folder is open read-only.</source>
        <translation>Der Ordner ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>No message is selected.</source>
        <translation>Es ist keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a tag.</source>
        <translation>„%1“ kann nicht als Schlagwort verwendet werden.</translation>
    </message>
    <message>
        <source>The messages are marked as deleted; this server removes them only when the whole folder is expunged.</source>
        <translation>Die Nachrichten sind als gelöscht markiert; dieser Server entfernt sie erst, wenn der ganze Ordner bereinigt wird.</translation>
    </message>
    <message>
        <source>No message in this folder is marked as deleted.</source>
        <translation>In diesem Ordner ist keine Nachricht als gelöscht markiert.</translation>
    </message>
    <message>
        <source>This server can only expunge the whole folder, which also removes messages other programs marked as deleted; use “Expunge folder” for that.</source>
        <translation>Dieser Server kann nur den ganzen Ordner bereinigen, wobei auch Nachrichten entfernt werden, die andere Programme als gelöscht markiert haben; verwenden Sie dafür „Ordner bereinigen“.</translation>
    </message>
    <message>
        <source>This account has no Archive folder.</source>
        <translation>Dieses Konto hat keinen Archiv-Ordner.</translation>
    </message>
    <message>
        <source>These messages are already in the Archive folder.</source>
        <translation>Diese Nachrichten sind bereits im Archiv-Ordner.</translation>
    </message>
    <message>
        <source>The messages are already in “%1”.</source>
        <translation>Die Nachrichten sind bereits in „%1“.</translation>
    </message>
    <message>
        <source>The messages were copied to “%1” and marked as deleted here; this server removes them only when the folder is expunged.</source>
        <translation>Die Nachrichten wurden nach „%1“ kopiert und hier als gelöscht markiert; dieser Server entfernt sie erst, wenn der Ordner bereinigt wird.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The originals are still in “%1”, marked as deleted: undelete them to keep them there.</source>
        <translation>Die Originale liegen noch als gelöscht markiert in „%1“: Stellen Sie sie wieder her, um sie dort zu behalten.</translation>
    </message>
    <message>
        <source>The server did not say where the copies are (it lacks UIDPLUS), and not every message has a Message-ID to find them by.</source>
        <translation>Der Server hat nicht mitgeteilt, wo die Kopien liegen (ihm fehlt UIDPLUS), und nicht jede Nachricht hat eine Message-ID, über die sie sich finden ließe.</translation>
    </message>
    <message>
        <source>Undoing a move needs a second connection to the account.</source>
        <translation>Um das Verschieben rückgängig zu machen, ist eine zweite Verbindung zum Konto nötig.</translation>
    </message>
    <message>
        <source>move the messages back from “%1”</source>
        <translation>die Nachrichten aus „%1“ zurückzuverschieben</translation>
    </message>
    <message>
        <source>Could not undo: “%1” was recreated meanwhile.</source>
        <translation>Rückgängig machen nicht möglich: „%1“ wurde inzwischen neu angelegt.</translation>
    </message>
    <message>
        <source>Could not undo: the moved messages are no longer in “%1”.</source>
        <translation>Rückgängig machen nicht möglich: Die verschobenen Nachrichten sind nicht mehr in „%1“.</translation>
    </message>
    <message>
        <source>The messages are back; their copies in “%1” are marked as deleted until that folder is expunged.</source>
        <translation>Die Nachrichten sind zurück; ihre Kopien in „%1“ sind als gelöscht markiert, bis dieser Ordner bereinigt wird.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageDocument</name>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>This part cannot be shown: %1</source>
        <translation>Dieser Teil kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageListModel</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Das Konto ist nicht verbunden.</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The folder&apos;s messages could not be listed: %1</source>
        <translation>Die Nachrichten des Ordners konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The folder could not be brought up to date: %1</source>
        <translation>Der Ordner konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessagePartModel</name>
    <message>
        <source>the account is not connected</source>
        <translation>das Konto ist nicht verbunden</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Der Ordner konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Die Nachricht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The message is no longer in this folder.</source>
        <translation>Die Nachricht ist nicht mehr in diesem Ordner.</translation>
    </message>
    <message>
        <source>The message has no such part.</source>
        <translation>Die Nachricht enthält keinen solchen Teil.</translation>
    </message>
    <message>
        <source>The part is too large to show; save it instead.</source>
        <translation>Der Teil ist zu groß für die Anzeige; speichern Sie ihn stattdessen.</translation>
    </message>
    <message>
        <source>The part could not be read: %1</source>
        <translation>Der Teil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The part is too large to hold in memory.</source>
        <translation>Der Teil ist zu groß für den Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The server did not send the part.</source>
        <translation>Der Server hat den Teil nicht gesendet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageSortFilterModel</name>
    <message>
        <source>Not connected: cannot sort or search this folder now.</source>
        <translation>Nicht verbunden: Dieser Ordner kann jetzt nicht sortiert oder durchsucht werden.</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>der Server meldete: %1</translation>
    </message>
    <message>
        <source>Could not sort the folder: %1</source>
        <translation>Der Ordner konnte nicht sortiert werden: %1</translation>
    </message>
    <message>
        <source>Could not search the folder: %1</source>
        <translation>Der Ordner konnte nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageThreadModel</name>
    <message>
        <source>Could not thread the folder: %1</source>
        <translation>Der Ordner konnte nicht nach Gesprächsfäden gruppiert werden: %1</translation>
    </message>
    <message>
        <source>Could not thread the folder: the server said: %1</source>
        <translation>Der Ordner konnte nicht nach Gesprächsfäden gruppiert werden: Der Server meldete: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>&amp;Show first:</source>
        <translation>&amp;Bevorzugt anzeigen:</translation>
    </message>
    <message>
        <source>Which version of a message sent both as HTML and as plain text to show</source>
        <translation>Welche Fassung einer Nachricht angezeigt wird, die sowohl als HTML als auch als reiner Text gesendet wurde</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>&amp;Mark messages as read when opened</source>
        <translation>Nachrichten beim Öffnen als gelesen &amp;markieren</translation>
    </message>
    <message>
        <source>…&amp;after:</source>
        <translation>…&amp;nach:</translation>
    </message>
    <message>
        <source>How long a message must stay open before it counts as read</source>
        <translation>Wie lange eine Nachricht geöffnet bleiben muss, bevor sie als gelesen gilt</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remote images:</source>
        <translation>&amp;Externe Bilder:</translation>
    </message>
    <message>
        <source>Images on the web tell the sender that and when you read the message</source>
        <translation>Bilder aus dem Internet verraten dem Absender, dass und wann Sie die Nachricht gelesen haben</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>Nie laden</translation>
    </message>
    <message>
        <source>Ask for each message</source>
        <translation>Bei jeder Nachricht fragen</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Delete:</source>
        <translation>&amp;Löschen:</translation>
    </message>
    <message>
        <source>Moves messages to the Trash</source>
        <translation>Verschiebt Nachrichten in den Papierkorb</translation>
    </message>
    <message>
        <source>Marks messages as deleted</source>
        <translation>Markiert Nachrichten als gelöscht</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Neue Nachrichten</translation>
    </message>
    <message>
        <source>Show new mail at &amp;once (IDLE)</source>
        <translation>Neue Nachrichten &amp;sofort anzeigen (IDLE)</translation>
    </message>
    <message>
        <source>Keep a connection waiting for the server to announce new mail, instead of asking now and then</source>
        <translation>Eine Verbindung offen halten, über die der Server neue Nachrichten meldet, statt ab und zu nachzufragen</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>Anzahl ungelesener Nachrichten im &amp;Infobereich anzeigen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try quail --help.</source>
        <translation>Versuchen Sie quail --help.</translation>
    </message>
</context>
</TS>
