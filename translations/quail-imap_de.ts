<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Kein Schlüsselbund verfügbar (läuft ein Secret Service wie gnome-keyring oder KWallet, und ist er entsperrt?): %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::AccountCommands</name>
    <message>
        <source>%1 %2 (stream: %3)</source>
        <translation>%1 %2 (Stream: %3)</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server to log in</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Anmeldung am Server</translation>
    </message>
    <message>
        <source>The IMAP server.</source>
        <translation>Der IMAP-Server.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>The port (default 993 for tls, else 143).</source>
        <translation>Der Port (Vorgabe 993 für tls, sonst 143).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>tls (default), starttls or none.</source>
        <translation>tls (Vorgabe), starttls oder none.</translation>
    </message>
    <message>
        <source>The login name.</source>
        <translation>Der Anmeldename.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The login mechanism.</source>
        <translation>Das Anmeldeverfahren.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>VERFAHREN</translation>
    </message>
    <message>
        <source>Also trust the CAs in PEM.</source>
        <translation>Auch den Zertifizierungsstellen in PEM vertrauen.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the password from F.</source>
        <translation>Das Passwort aus F lesen.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Replace an account of the same name.</source>
        <translation>Ein Konto gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <source>Store without logging in first.</source>
        <translation>Speichern, ohne vorher die Anmeldung zu prüfen.</translation>
    </message>
    <message>
        <source>Bound each wait (default 30).</source>
        <translation>Jedes Warten begrenzen (Vorgabe 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>usage: quail-imap account add NAME --host H --user U (--password-stdin | --password-file F) [options]</source>
        <translation>Aufruf: quail-imap account add NAME --host H --user U (--password-stdin | --password-file F) [Optionen]</translation>
    </message>
    <message>
        <source>invalid account name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;</source>
        <translation>ungültiger Kontoname &apos;%1&apos;: erlaubt sind Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <source>an account named &apos;%1&apos; already exists (use --replace)</source>
        <translation>ein Konto namens &apos;%1&apos; gibt es schon (--replace ersetzt es)</translation>
    </message>
    <message>
        <source>account add needs --host and --user</source>
        <translation>account add braucht --host und --user</translation>
    </message>
    <message>
        <source>unknown security &apos;%1&apos; (tls, starttls or none)</source>
        <translation>unbekannte Sicherheit &apos;%1&apos; (tls, starttls oder none)</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;</source>
        <translation>ungültiger Port &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown login mechanism &apos;%1&apos;</source>
        <translation>unbekanntes Anmeldeverfahren &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid timeout &apos;%1&apos;</source>
        <translation>ungültige Zeitgrenze &apos;%1&apos;</translation>
    </message>
    <message>
        <source>give the password with exactly one of --password-stdin and --password-file</source>
        <translation>das Passwort mit genau einer der Optionen --password-stdin und --password-file angeben</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the account could not be saved to the settings file</source>
        <translation>das Konto konnte nicht in der Einstellungsdatei gespeichert werden</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>usage: quail-imap account list</source>
        <translation>Aufruf: quail-imap account list</translation>
    </message>
    <message>
        <source>usage: quail-imap account remove NAME</source>
        <translation>Aufruf: quail-imap account remove NAME</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos;</source>
        <translation>kein Konto namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>not removed: %1</source>
        <translation>nicht entfernt: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf den Server</translation>
    </message>
    <message>
        <source>Pin the certificate with this SHA-256 fingerprint.</source>
        <translation>Das Zertifikat mit diesem SHA-256-Fingerabdruck festlegen.</translation>
    </message>
    <message>
        <source>usage: quail-imap account trust NAME [--sha256 HEX]</source>
        <translation>Aufruf: quail-imap account trust NAME [--sha256 HEX]</translation>
    </message>
    <message>
        <source>the account &apos;%1&apos; does not use TLS: there is no certificate to trust</source>
        <translation>das Konto &apos;%1&apos; verwendet kein TLS: es gibt kein Zertifikat, dem vertraut werden könnte</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is trusted already (its chain verifies)</source>
        <translation>dem Zertifikat des Servers wird bereits vertraut (seine Kette ist gültig)</translation>
    </message>
    <message>
        <source>the server presents the pinned certificate; nothing to do</source>
        <translation>der Server zeigt das festgelegte Zertifikat; nichts zu tun</translation>
    </message>
    <message>
        <source>the server presents: subject %1, issuer %2, valid %3 to %4</source>
        <translation>der Server zeigt: Inhaber %1, Aussteller %2, gültig von %3 bis %4</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>not trusted: %1</source>
        <translation>nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>pinned until now: SHA-256 %1 (the server no longer presents it)</source>
        <translation>bisher festgelegt: SHA-256 %1 (der Server zeigt es nicht mehr)</translation>
    </message>
    <message>
        <source>to trust this certificate for &apos;%1&apos;, check its fingerprint with the server&apos;s administrator, then run: quail-imap account trust %1 --sha256 %2</source>
        <translation>um diesem Zertifikat für &apos;%1&apos; zu vertrauen, den Fingerabdruck mit der Administration des Servers abgleichen und dann ausführen: quail-imap account trust %1 --sha256 %2</translation>
    </message>
    <message>
        <source>the server presents SHA-256 %1, not the one given: nothing changed</source>
        <translation>der Server zeigt SHA-256 %1, nicht den angegebenen: nichts geändert</translation>
    </message>
    <message>
        <source>could not save the account &apos;%1&apos;</source>
        <translation>das Konto &apos;%1&apos; konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>pinned: &apos;%1&apos; now trusts the certificate with SHA-256 %2 at %3:%4</source>
        <translation>festgelegt: &apos;%1&apos; vertraut jetzt dem Zertifikat mit SHA-256 %2 auf %3:%4</translation>
    </message>
    <message>
        <source>usage: quail-imap account add|list|remove|trust …</source>
        <translation>Aufruf: quail-imap account add|list|remove|trust …</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::ArgumentSplitter</name>
    <message>
        <source>unterminated quoted string</source>
        <translation>Zeichenkette in Anführungszeichen nicht abgeschlossen</translation>
    </message>
    <message>
        <source>unbalanced parentheses</source>
        <translation>Klammern nicht ausgeglichen</translation>
    </message>
    <message>
        <source>a parenthesized group must be followed by a space: %1</source>
        <translation>auf eine Gruppe in Klammern muss ein Leerzeichen folgen: %1</translation>
    </message>
    <message>
        <source>unbalanced brackets</source>
        <translation>eckige Klammern nicht ausgeglichen</translation>
    </message>
    <message>
        <source>a parenthesis inside a word: %1</source>
        <translation>eine Klammer mitten in einem Wort: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::CommandLine</name>
    <message>
        <source>Verbs (each -e &apos;VERB ARGS…&apos; runs one, in order, on one session):</source>
        <translation>Verben (jedes -e &apos;VERB ARGUMENTE…&apos; führt eines aus, der Reihe nach, in einer Sitzung):</translation>
    </message>
    <message>
        <source>Arguments are split at spaces; &quot;double quotes&quot; group a word (\&quot; and \\ escape inside them),
a (parenthesized group) is one argument kept as typed. Mailbox names are encoded to modified
UTF-7; strings are sent as atom, quoted string or literal as needed.
</source>
        <translation>Argumente werden an Leerzeichen getrennt; &quot;doppelte Anführungszeichen&quot; fassen ein Wort zusammen
(darin maskieren \&quot; und \\), eine (Gruppe in Klammern) ist ein Argument, so wie getippt.
Postfachnamen werden in modifiziertes UTF-7 kodiert; Zeichenketten gehen je nach Bedarf als
Atom, in Anführungszeichen oder als Literal.
</translation>
    </message>
    <message>
        <source>Accounts:
  account add NAME --host H [--port P] [--security tls|starttls|none] --user U [--email ADDRESS]
      [--auth METHOD] [--ca-file PEM] (--password-stdin | --password-file F) [--replace] [--no-verify]
  account list
  account remove NAME
  account trust NAME [--sha256 HEX]   show the server&apos;s certificate; pin it by its fingerprint
</source>
        <translation>Konten:
  account add NAME --host H [--port P] [--security tls|starttls|none] --user U [--email ADRESSE]
      [--auth VERFAHREN] [--ca-file PEM] (--password-stdin | --password-file F) [--replace] [--no-verify]
  account list
  account remove NAME
  account trust NAME [--sha256 HEX]   Zertifikat des Servers zeigen; über seinen Fingerabdruck festlegen
</translation>
    </message>
    <message>
        <source>quail-imap, a command-line IMAP client with the verbs of Python&apos;s imaplib.

  quail-imap [connection options] [--json] [--debug] -e &apos;VERB ARGS…&apos; [-e …]
  quail-imap account add|list|remove …</source>
        <translation>quail-imap, ein IMAP-Client für die Kommandozeile mit den Verben von Pythons imaplib.

  quail-imap [Verbindungsoptionen] [--json] [--debug] -e &apos;VERB ARGUMENTE…&apos; [-e …]
  quail-imap account add|list|remove …</translation>
    </message>
    <message>
        <source>Use the stored account NAME.</source>
        <translation>Das gespeicherte Konto NAME verwenden.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The IMAP server.</source>
        <translation>Der IMAP-Server.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>The port (default 993 for tls, else 143).</source>
        <translation>Der Port (Vorgabe 993 für tls, sonst 143).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>tls (default), starttls, or none (plaintext, explicitly).</source>
        <translation>tls (Vorgabe), starttls oder none (unverschlüsselt, ausdrücklich).</translation>
    </message>
    <message>
        <source>The login name.</source>
        <translation>Der Anmeldename.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>The login mechanism (default auto).</source>
        <translation>Das Anmeldeverfahren (Vorgabe auto).</translation>
    </message>
    <message>
        <source>Read the password from file F (trailing newline stripped).</source>
        <translation>Das Passwort aus Datei F lesen (ohne abschließenden Zeilenumbruch).</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Read the password from stdin.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read an OAuth token for XOAUTH2/OAUTHBEARER from file F.</source>
        <translation>Ein OAuth-Token für XOAUTH2/OAUTHBEARER aus Datei F lesen.</translation>
    </message>
    <message>
        <source>Speak IMAP over the stdin/stdout of command CMD (imaplib&apos;s IMAP4_stream).</source>
        <translation>IMAP über Standardein- und -ausgabe von BEFEHL sprechen (IMAP4_stream von imaplib).</translation>
    </message>
    <message>
        <source>CMD</source>
        <translation>BEFEHL</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in PEM.</source>
        <translation>Auch den CA-Zertifikaten in PEM vertrauen.</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Bound every wait for the server (default 30), except idle&apos;s chosen length.</source>
        <translation>Jedes Warten auf den Server begrenzen (Vorgabe 30), außer der gewählten Dauer von idle.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>Run the remaining verbs after one fails.</source>
        <translation>Nach einem Fehlschlag die übrigen Verben trotzdem ausführen.</translation>
    </message>
    <message>
        <source>Print JSON Lines, one object per verb.</source>
        <translation>JSON Lines ausgeben, ein Objekt je Verb.</translation>
    </message>
    <message>
        <source>Print the protocol trace to stderr, secrets redacted.</source>
        <translation>Das Protokoll auf stderr ausgeben, Geheimnisse geschwärzt.</translation>
    </message>
    <message>
        <source>Run one verb; repeat for more.</source>
        <translation>Ein Verb ausführen; für mehr wiederholen.</translation>
    </message>
    <message>
        <source>VERB ARGS</source>
        <translation>VERB ARGUMENTE</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see quail-imap --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe quail-imap --help)</translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;</source>
        <translation>ungültiger Port &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid timeout &apos;%1&apos; (whole seconds, 1 to 86400)</source>
        <translation>ungültige Zeitgrenze &apos;%1&apos; (ganze Sekunden, 1 bis 86400)</translation>
    </message>
    <message>
        <source>give at most one of --password-file, --password-stdin and --oauth-token-file</source>
        <translation>höchstens eine der Optionen --password-file, --password-stdin und --oauth-token-file angeben</translation>
    </message>
    <message>
        <source>--stream and --account cannot be combined</source>
        <translation>--stream und --account lassen sich nicht kombinieren</translation>
    </message>
    <message>
        <source>say where to connect: --account NAME, --host H or --stream CMD</source>
        <translation>Ziel angeben: --account NAME, --host H oder --stream BEFEHL</translation>
    </message>
    <message>
        <source>nothing to do: give at least one -e &apos;VERB ARGS&apos;</source>
        <translation>nichts zu tun: mindestens ein -e &apos;VERB ARGUMENTE&apos; angeben</translation>
    </message>
    <message>
        <source>starttls, the login verbs and compress are carried out while the session is set up, so they
come before all other verbs, starttls first; starttls asks for --security starttls.
</source>
        <translation>starttls, die Anmeldeverben und compress werden beim Aufbau der Sitzung ausgeführt; sie stehen
daher vor allen anderen Verben, starttls als erstes; starttls verlangt --security starttls.
</translation>
    </message>
    <message>
        <source>Exit status: 0 every verb ended OK; 1 a verb ended NO or BAD or its arguments were refused;
2 usage error, or a verb this server cannot do at all; 3 connection, TLS, login, protocol,
timeout or keychain error.
</source>
        <translation>Rückgabewert: 0 jedes Verb endete mit OK; 1 ein Verb endete mit NO oder BAD, oder seine Argumente
wurden abgelehnt; 2 Aufruffehler oder ein Verb, das dieser Server gar nicht kann; 3 Fehler bei
Verbindung, TLS, Anmeldung, Protokoll, Zeitgrenze oder Schlüsselbund.
</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::Runner</name>
    <message>
        <source>-e &apos;%1&apos;: %2</source>
        <translation>-e &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>-e &apos;%1&apos;: starttls must be the first verb: TLS starts before anything else is sent</source>
        <translation>-e &apos;%1&apos;: starttls muss das erste Verb sein: TLS beginnt, bevor irgendetwas anderes gesendet wird</translation>
    </message>
    <message>
        <source>-e &apos;%1&apos;: %2 must be the first verb (after starttls): the session logs in when it connects</source>
        <translation>-e &apos;%1&apos;: %2 muss das erste Verb sein (nach starttls): die Sitzung meldet sich beim Verbinden an</translation>
    </message>
    <message>
        <source>-e &apos;%1&apos;: %2 must come before the other verbs: it is done when the session is set up</source>
        <translation>-e &apos;%1&apos;: %2 muss vor den anderen Verben stehen: es geschieht beim Aufbau der Sitzung</translation>
    </message>
    <message>
        <source>no account named &apos;%1&apos; (see quail-imap account list)</source>
        <translation>kein Konto namens &apos;%1&apos; (siehe quail-imap account list)</translation>
    </message>
    <message>
        <source>unknown security &apos;%1&apos; (tls, starttls or none)</source>
        <translation>unbekannte Sicherheit &apos;%1&apos; (tls, starttls oder none)</translation>
    </message>
    <message>
        <source>-e &apos;starttls&apos;: STARTTLS does not apply to --stream, which talks to a local command</source>
        <translation>-e &apos;starttls&apos;: STARTTLS passt nicht zu --stream, das mit einem lokalen Befehl spricht</translation>
    </message>
    <message>
        <source>-e &apos;starttls&apos;: the connection uses implicit TLS (--security tls); STARTTLS needs --security starttls or none</source>
        <translation>-e &apos;starttls&apos;: die Verbindung nutzt implizites TLS (--security tls); STARTTLS braucht --security starttls oder none</translation>
    </message>
    <message>
        <source>unknown login mechanism &apos;%1&apos;</source>
        <translation>unbekanntes Anmeldeverfahren &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the account has no host; give --host H</source>
        <translation>das Konto hat keinen Server; --host H angeben</translation>
    </message>
    <message>
        <source>say who logs in: --user U</source>
        <translation>angeben, wer sich anmeldet: --user U</translation>
    </message>
    <message>
        <source>cannot read the password of account &apos;%1&apos;: %2</source>
        <translation>das Passwort des Kontos &apos;%1&apos; ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>warning: --security none: the password and all mail cross the network unencrypted</source>
        <translation>Warnung: --security none: das Passwort und alle Mails gehen unverschlüsselt durchs Netz</translation>
    </message>
    <message>
        <source>server alert: %1</source>
        <translation>Warnung des Servers: %1</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server&apos;s greeting</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server to answer %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Antwort des Servers auf %2</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server to end IDLE</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten darauf, dass der Server IDLE beendet</translation>
    </message>
    <message>
        <source>connection closed by server during %1</source>
        <translation>Verbindung vom Server während %1 geschlossen</translation>
    </message>
    <message>
        <source>%1: the session is closed (by LOGOUT or the server)</source>
        <translation>%1: die Sitzung ist geschlossen (durch LOGOUT oder den Server)</translation>
    </message>
    <message>
        <source>the server pre-authenticated the session (PREAUTH); no login was sent</source>
        <translation>der Server hat die Sitzung vorab angemeldet (PREAUTH); keine Anmeldung gesendet</translation>
    </message>
    <message>
        <source>logged in as %1 with %2</source>
        <translation>angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <source>COMPRESS=DEFLATE is active (set up when connecting)</source>
        <translation>COMPRESS=DEFLATE ist aktiv (beim Verbinden eingerichtet)</translation>
    </message>
    <message>
        <source>the server does not offer COMPRESS=DEFLATE</source>
        <translation>der Server bietet COMPRESS=DEFLATE nicht an</translation>
    </message>
    <message>
        <source>TLS was negotiated with STARTTLS when connecting</source>
        <translation>TLS wurde beim Verbinden mit STARTTLS ausgehandelt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no such messages; nothing was moved</source>
        <translation>keine solchen Nachrichten; nichts verschoben</translation>
    </message>
    <message>
        <source>the server does not offer IDLE</source>
        <translation>der Server bietet IDLE nicht an</translation>
    </message>
    <message numerus="yes">
        <source>message %1 of %2 (%3) was refused: %4 (%n message(s) before it were appended, none after it)</source>
        <translation>
            <numerusform>Nachricht %1 von %2 (%3) wurde abgelehnt: %4 (%n Nachricht davor wurde angehängt, keine danach)</numerusform>
            <numerusform>Nachricht %1 von %2 (%3) wurde abgelehnt: %4 (%n Nachrichten davor wurden angehängt, keine danach)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>no %1 response so far</source>
        <translation>bisher keine Antwort %1</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::SearchCriteria</name>
    <message>
        <source>search criteria are missing</source>
        <translation>Suchkriterien fehlen</translation>
    </message>
    <message>
        <source>%1 needs an argument</source>
        <translation>%1 braucht ein Argument</translation>
    </message>
    <message>
        <source>search criteria nested too deeply</source>
        <translation>Suchkriterien zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a search key was expected, not the string &quot;%1&quot;</source>
        <translation>ein Suchschlüssel wurde erwartet, nicht die Zeichenkette &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown search key &apos;%1&apos;</source>
        <translation>unbekannter Suchschlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a string, not a group</source>
        <translation>%1 braucht eine Zeichenkette, keine Gruppe</translation>
    </message>
    <message>
        <source>%1 needs a date such as 1-Feb-2024, not &apos;%2&apos;</source>
        <translation>%1 braucht ein Datum wie 1-Feb-2024, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs a number, not &apos;%2&apos;</source>
        <translation>%1 braucht eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs a set such as 1:5,7, not &apos;%2&apos;</source>
        <translation>%1 braucht eine Menge wie 1:5,7, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>NOT needs a search key</source>
        <translation>NOT braucht einen Suchschlüssel</translation>
    </message>
    <message>
        <source>OR needs two search keys</source>
        <translation>OR braucht zwei Suchschlüssel</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::Secrets</name>
    <message>
        <source>the password from %1 is empty</source>
        <translation>das Passwort aus %1 ist leer</translation>
    </message>
    <message>
        <source>the password from %1 spans several lines</source>
        <translation>das Passwort aus %1 erstreckt sich über mehrere Zeilen</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>die Passwortdatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>cannot read the password from stdin</source>
        <translation>das Passwort ist nicht von der Standardeingabe lesbar</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>Standardeingabe</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::SessionErrors</name>
    <message>
        <source> (subject %1, issuer %2, valid %3 to %4, SHA-256 %5)</source>
        <translation> (Inhaber %1, Aussteller %2, gültig %3 bis %4, SHA-256 %5)</translation>
    </message>
    <message>
        <source>certificate not trusted: %1</source>
        <translation>Zertifikat nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <source>certificate changed: %1</source>
        <translation>Zertifikat geändert: %1</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for %2 to connect (TCP or TLS handshake)</source>
        <translation>Zeitüberschreitung nach %1 s beim Verbinden mit %2 (TCP oder TLS-Handshake)</translation>
    </message>
    <message>
        <source>refusing to continue without TLS: %1</source>
        <translation>ohne TLS geht es nicht weiter: %1</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>protocol error at byte %1 of response: %3 (response %2 of the session)</source>
        <translation>Protokollfehler bei Byte %1 der Antwort: %3 (Antwort %2 der Sitzung)</translation>
    </message>
    <message>
        <source>protocol error: %1</source>
        <translation>Protokollfehler: %1</translation>
    </message>
    <message>
        <source>server sent PREAUTH on a connection that must switch to TLS first: refusing to continue without TLS</source>
        <translation>der Server sandte PREAUTH auf einer Verbindung, die erst zu TLS wechseln muss: ohne TLS geht es nicht weiter</translation>
    </message>
    <message>
        <source>server does not offer STARTTLS: refusing to continue without TLS</source>
        <translation>der Server bietet STARTTLS nicht an: ohne TLS geht es nicht weiter</translation>
    </message>
    <message>
        <source>login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot log in: %1</source>
        <translation>Anmeldung nicht möglich: %1</translation>
    </message>
    <message>
        <source>connection closed by server during %1</source>
        <translation>Verbindung vom Server während %1 geschlossen</translation>
    </message>
    <message>
        <source>connection closed by server before its greeting</source>
        <translation>Verbindung vom Server vor seiner Begrüßung geschlossen</translation>
    </message>
    <message>
        <source>connection closed by server: %1</source>
        <translation>Verbindung vom Server geschlossen: %1</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server&apos;s greeting</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Begrüßung des Servers</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf den Server</translation>
    </message>
    <message>
        <source>timed out after %1 s waiting for the server to answer %2</source>
        <translation>Zeitüberschreitung nach %1 s beim Warten auf die Antwort des Servers auf %2</translation>
    </message>
    <message>
        <source>login temporarily unavailable: %1</source>
        <translation>Anmeldung vorübergehend nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::TextOutput</name>
    <message>
        <source>%1: the originals are flagged \Deleted and stay until the mailbox is expunged (the server has neither MOVE nor UIDPLUS)
</source>
        <translation>%1: die Originale sind mit \Deleted markiert und bleiben, bis das Postfach bereinigt wird (der Server hat weder MOVE noch UIDPLUS)
</translation>
    </message>
</context>
<context>
    <name>Quail::Cli::Verbs</name>
    <message>
        <source>refused before sending: %1</source>
        <translation>vor dem Senden abgelehnt: %1</translation>
    </message>
    <message>
        <source>a mailbox name was expected, not the group %1</source>
        <translation>ein Postfachname wurde erwartet, nicht die Gruppe %1</translation>
    </message>
    <message>
        <source>not a message set (such as 1:5,7 or 3:*): &apos;%1&apos;</source>
        <translation>keine Nachrichtenmenge (wie 1:5,7 oder 3:*): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unexpected group %1</source>
        <translation>unerwartete Gruppe %1</translation>
    </message>
    <message>
        <source>internal error: no builder for %1</source>
        <translation>interner Fehler: kein Befehl für %1</translation>
    </message>
    <message>
        <source>a reference or pattern was expected, not the group %1</source>
        <translation>eine Referenz oder ein Muster wurde erwartet, nicht die Gruppe %1</translation>
    </message>
    <message>
        <source>not a fetch item: %1</source>
        <translation>kein FETCH-Element: %1</translation>
    </message>
    <message>
        <source>partial needs a body section such as BODY[] or BODY[TEXT], not &apos;%1&apos;</source>
        <translation>partial braucht einen Body-Abschnitt wie BODY[] oder BODY[TEXT], nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>partial needs a start and a non-zero length in octets</source>
        <translation>partial braucht einen Anfang und eine Länge größer null in Oktetten</translation>
    </message>
    <message>
        <source>store needs FLAGS, +FLAGS or -FLAGS (optionally .SILENT), not &apos;%1&apos;</source>
        <translation>store braucht FLAGS, +FLAGS oder -FLAGS (wahlweise .SILENT), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>id takes (FIELD VALUE …) or NIL</source>
        <translation>id nimmt (FELD WERT …) oder NIL</translation>
    </message>
    <message>
        <source>id needs field and value pairs</source>
        <translation>id braucht Paare aus Feld und Wert</translation>
    </message>
    <message>
        <source>setquota needs resource and limit pairs, such as (STORAGE 512)</source>
        <translation>setquota braucht Paare aus Ressource und Grenze, wie (STORAGE 512)</translation>
    </message>
    <message>
        <source>not a quota limit: &apos;%1&apos;</source>
        <translation>keine Quotengrenze: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>setannotation needs entry and value pairs</source>
        <translation>setannotation braucht Paare aus Eintrag und Wert</translation>
    </message>
    <message>
        <source>not supported: the server has no METADATA (RFC 5464), and quail-imap does not speak the older ANNOTATEMORE draft</source>
        <translation>nicht unterstützt: der Server hat kein METADATA (RFC 5464), und quail-imap spricht den älteren Entwurf ANNOTATEMORE nicht</translation>
    </message>
    <message>
        <source>not a command name: &apos;%1&apos;</source>
        <translation>kein Befehlsname: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a group for xatom may not hold quotes, backslashes or braces: %1</source>
        <translation>eine Gruppe für xatom darf keine Anführungszeichen, Backslashes oder geschweiften Klammern enthalten: %1</translation>
    </message>
    <message>
        <source>raw cannot send %1; use the verb of that name</source>
        <translation>raw kann %1 nicht senden; dafür gibt es das gleichnamige Verb</translation>
    </message>
    <message>
        <source>refused before sending: &apos;%1&apos; is not a command name</source>
        <translation>vor dem Senden abgelehnt: &apos;%1&apos; ist kein Befehlsname</translation>
    </message>
    <message>
        <source>refused before sending: raw cannot send literals</source>
        <translation>vor dem Senden abgelehnt: raw kann keine Literale senden</translation>
    </message>
    <message>
        <source>internal error: %1 is not a command</source>
        <translation>interner Fehler: %1 ist kein Befehl</translation>
    </message>
    <message>
        <source>append messages from files (@- for stdin); several in one MULTIAPPEND when offered</source>
        <translation>Nachrichten aus Dateien anhängen (@- für stdin); mehrere in einem MULTIAPPEND, wenn angeboten</translation>
    </message>
    <message>
        <source>log in with PLAIN, CRAM-MD5, XOAUTH2 or OAUTHBEARER</source>
        <translation>mit PLAIN, CRAM-MD5, XOAUTH2 oder OAUTHBEARER anmelden</translation>
    </message>
    <message>
        <source>list the server&apos;s capabilities</source>
        <translation>die Fähigkeiten des Servers auflisten</translation>
    </message>
    <message>
        <source>checkpoint the selected mailbox</source>
        <translation>Prüfpunkt für das gewählte Postfach</translation>
    </message>
    <message>
        <source>expunge and close the selected mailbox</source>
        <translation>das gewählte Postfach bereinigen und schließen</translation>
    </message>
    <message>
        <source>compress the session (RFC 4978), from login on; before other verbs</source>
        <translation>die Sitzung komprimieren (RFC 4978), ab der Anmeldung; vor anderen Verben</translation>
    </message>
    <message>
        <source>copy messages</source>
        <translation>Nachrichten kopieren</translation>
    </message>
    <message>
        <source>create a mailbox</source>
        <translation>ein Postfach anlegen</translation>
    </message>
    <message>
        <source>delete a mailbox</source>
        <translation>ein Postfach löschen</translation>
    </message>
    <message>
        <source>remove WHO&apos;s rights</source>
        <translation>die Rechte von WER entfernen</translation>
    </message>
    <message>
        <source>enable extensions (RFC 5161)</source>
        <translation>Erweiterungen einschalten (RFC 5161)</translation>
    </message>
    <message>
        <source>select read-only (default INBOX)</source>
        <translation>nur lesend auswählen (Vorgabe INBOX)</translation>
    </message>
    <message>
        <source>remove messages flagged \Deleted</source>
        <translation>mit \Deleted markierte Nachrichten entfernen</translation>
    </message>
    <message>
        <source>fetch (UID FLAGS ENVELOPE BODY.PEEK[]…)</source>
        <translation>abrufen (UID FLAGS ENVELOPE BODY.PEEK[]…)</translation>
    </message>
    <message>
        <source>show the access control list</source>
        <translation>die Zugriffsliste zeigen</translation>
    </message>
    <message>
        <source>GETMETADATA (or ANNOTATEMORE)</source>
        <translation>GETMETADATA (oder ANNOTATEMORE)</translation>
    </message>
    <message>
        <source>show a quota root&apos;s usage and limits</source>
        <translation>Verbrauch und Grenzen einer Quotenwurzel zeigen</translation>
    </message>
    <message>
        <source>show a mailbox&apos;s quota roots</source>
        <translation>die Quotenwurzeln eines Postfachs zeigen</translation>
    </message>
    <message>
        <source>exchange client and server identities (RFC 2971)</source>
        <translation>Identität von Client und Server austauschen (RFC 2971)</translation>
    </message>
    <message>
        <source>print news as it arrives until SECONDS pass or Ctrl+C</source>
        <translation>Neuigkeiten ausgeben, sobald sie eintreffen, bis SEKUNDEN vergangen sind oder Strg+C</translation>
    </message>
    <message>
        <source>list mailboxes (default &quot;&quot; *)</source>
        <translation>Postfächer auflisten (Vorgabe &quot;&quot; *)</translation>
    </message>
    <message>
        <source>log in with LOGIN (password from the options)</source>
        <translation>mit LOGIN anmelden (Passwort aus den Optionen)</translation>
    </message>
    <message>
        <source>log in with CRAM-MD5</source>
        <translation>mit CRAM-MD5 anmelden</translation>
    </message>
    <message>
        <source>end the session</source>
        <translation>die Sitzung beenden</translation>
    </message>
    <message>
        <source>list subscribed mailboxes</source>
        <translation>abonnierte Postfächer auflisten</translation>
    </message>
    <message>
        <source>move messages (MOVE, or COPY + STORE + UID EXPUNGE)</source>
        <translation>Nachrichten verschieben (MOVE, oder COPY + STORE + UID EXPUNGE)</translation>
    </message>
    <message>
        <source>show your rights on a mailbox</source>
        <translation>die eigenen Rechte an einem Postfach zeigen</translation>
    </message>
    <message>
        <source>show the personal, other users&apos; and shared namespaces</source>
        <translation>die persönlichen, fremden und gemeinsamen Namensräume zeigen</translation>
    </message>
    <message>
        <source>do nothing; collect news</source>
        <translation>nichts tun; Neuigkeiten abholen</translation>
    </message>
    <message>
        <source>fetch part of a body, as BODY[]&lt;START.LENGTH&gt;</source>
        <translation>einen Teil eines Bodys abrufen, als BODY[]&lt;START.LÄNGE&gt;</translation>
    </message>
    <message>
        <source>act as USER (PROXYAUTH, after logging in)</source>
        <translation>als USER handeln (PROXYAUTH, nach der Anmeldung)</translation>
    </message>
    <message>
        <source>send LINE as a command, as is (after checking it)</source>
        <translation>ZEILE unverändert als Befehl senden (nach Prüfung)</translation>
    </message>
    <message>
        <source>NOOP, showing RECENT</source>
        <translation>NOOP, mit Anzeige von RECENT</translation>
    </message>
    <message>
        <source>rename a mailbox</source>
        <translation>ein Postfach umbenennen</translation>
    </message>
    <message>
        <source>show what the server said with CODE (EXISTS, UIDNEXT…)</source>
        <translation>zeigen, was der Server mit CODE gesagt hat (EXISTS, UIDNEXT…)</translation>
    </message>
    <message>
        <source>search the selected mailbox</source>
        <translation>im gewählten Postfach suchen</translation>
    </message>
    <message>
        <source>select a mailbox (default INBOX)</source>
        <translation>ein Postfach auswählen (Vorgabe INBOX)</translation>
    </message>
    <message>
        <source>set WHO&apos;s rights</source>
        <translation>die Rechte von WER setzen</translation>
    </message>
    <message>
        <source>SETMETADATA</source>
        <translation>SETMETADATA</translation>
    </message>
    <message>
        <source>set quota limits</source>
        <translation>Quotengrenzen setzen</translation>
    </message>
    <message>
        <source>sorted search (RFC 5256)</source>
        <translation>sortierte Suche (RFC 5256)</translation>
    </message>
    <message>
        <source>upgrade to TLS before login, as --security starttls; the first verb</source>
        <translation>vor der Anmeldung zu TLS wechseln, wie --security starttls; das erste Verb</translation>
    </message>
    <message>
        <source>mailbox status (MESSAGES UNSEEN UIDNEXT…)</source>
        <translation>Postfachstatus (MESSAGES UNSEEN UIDNEXT…)</translation>
    </message>
    <message>
        <source>change flags</source>
        <translation>Markierungen ändern</translation>
    </message>
    <message>
        <source>subscribe to a mailbox</source>
        <translation>ein Postfach abonnieren</translation>
    </message>
    <message>
        <source>threaded search (RFC 5256)</source>
        <translation>Suche nach Gesprächsfäden (RFC 5256)</translation>
    </message>
    <message>
        <source>fetch, search, store, copy, move, expunge, sort or thread by UID</source>
        <translation>fetch, search, store, copy, move, expunge, sort oder thread nach UID</translation>
    </message>
    <message>
        <source>close the mailbox without expunging</source>
        <translation>das Postfach schließen, ohne zu bereinigen</translation>
    </message>
    <message>
        <source>unsubscribe from a mailbox</source>
        <translation>ein Postfach abbestellen</translation>
    </message>
    <message>
        <source>send an extension command</source>
        <translation>einen Erweiterungsbefehl senden</translation>
    </message>
    <message>
        <source>append @- and --password-stdin cannot both read stdin</source>
        <translation>append @- und --password-stdin können nicht beide von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>cannot read the message from stdin</source>
        <translation>die Nachricht ist nicht von der Standardeingabe lesbar</translation>
    </message>
    <message>
        <source>cannot read the message from %1: %2</source>
        <translation>die Nachricht aus %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>append: the flags come before the date, once per message: %1</source>
        <translation>append: die Markierungen stehen vor dem Datum, einmal je Nachricht: %1</translation>
    </message>
    <message>
        <source>append: only one message can come from stdin (@-)</source>
        <translation>append: nur eine Nachricht kann von der Standardeingabe kommen (@-)</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>append: one date per message, then @FILE: %1</source>
        <translation>append: ein Datum je Nachricht, dann @DATEI: %1</translation>
    </message>
    <message>
        <source>not a date (&quot;17-Jul-1996 02:44:25 -0700&quot; or ISO 8601): &apos;%1&apos;</source>
        <translation>kein Datum (&quot;17-Jul-1996 02:44:25 -0700&quot; oder ISO 8601): &apos;%1&apos;</translation>
    </message>
    <message>
        <source>append needs each message as @FILE (or @- for stdin), after its flags and date</source>
        <translation>append braucht jede Nachricht als @DATEI (oder @- für stdin), nach ihren Markierungen und ihrem Datum</translation>
    </message>
    <message>
        <source>refused before sending: raw lines may not contain CR, LF or NUL</source>
        <translation>vor dem Senden abgelehnt: raw-Zeilen dürfen kein CR, LF oder NUL enthalten</translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: raw LINE</source>
        <translation>falsche Anzahl Argumente; Aufruf: raw ZEILE</translation>
    </message>
    <message>
        <source>empty verb</source>
        <translation>leeres Verb</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos; (see quail-imap --help)</source>
        <translation>unbekanntes Verb &apos;%1&apos; (siehe quail-imap --help)</translation>
    </message>
    <message>
        <source>wrong number of arguments; usage: %1</source>
        <translation>falsche Anzahl Argumente; Aufruf: %1</translation>
    </message>
    <message>
        <source>uid takes fetch, search, store, copy, move, expunge, sort or thread, not &apos;%1&apos;</source>
        <translation>uid nimmt fetch, search, store, copy, move, expunge, sort oder thread, nicht &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>uid %1 needs at least %n argument(s)</source>
        <translation>
            <numerusform>uid %1 braucht mindestens %n Argument</numerusform>
            <numerusform>uid %1 braucht mindestens %n Argumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>uid %1 takes %n argument(s)</source>
        <translation>
            <numerusform>uid %1 nimmt %n Argument</numerusform>
            <numerusform>uid %1 nimmt %n Argumente</numerusform>
        </translation>
    </message>
    <message>
        <source>idle takes a positive number of seconds</source>
        <translation>idle nimmt eine positive Zahl von Sekunden</translation>
    </message>
    <message>
        <source>authenticate takes PLAIN, CRAM-MD5, XOAUTH2 or OAUTHBEARER, not &apos;%1&apos;</source>
        <translation>authenticate nimmt PLAIN, CRAM-MD5, XOAUTH2 oder OAUTHBEARER, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>compress knows only DEFLATE (RFC 4978), not &apos;%1&apos;</source>
        <translation>compress kennt nur DEFLATE (RFC 4978), nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>refused before sending: the command cannot be encoded</source>
        <translation>vor dem Senden abgelehnt: der Befehl lässt sich nicht kodieren</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;</source>
        <translation>unbekanntes Verb &apos;%1&apos;</translation>
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
</TS>
