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
</context>
<context>
    <name>Quail::App::AccountSessions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Message from the server of %1: %2</source>
        <translation>Nachricht vom Server von %1: %2</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Quail, a fast and safe IMAP mail browser.</source>
        <translation>Quail, ein schneller und sicherer IMAP-Mail-Browser.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters in &lt;Datei&gt; speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>
