<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Mail Account</source>
        <translation>Compte de messagerie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>Letters, digits, dots, hyphens and underscores</source>
        <translation>Lettres, chiffres, points, traits d&apos;union et tirets bas</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adresse électronique&#x202f;:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#x202f;:</translation>
    </message>
    <message>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#x202f;:</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>Sé&amp;curité&#x202f;:</translation>
    </message>
    <message>
        <source>Without encryption, your password and your mail can be read by anyone on the network.</source>
        <translation>Sans chiffrement, votre mot de passe et votre courrier peuvent être lus par n&apos;importe qui sur le réseau.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d&apos;&amp;utilisateur&#x202f;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>Aut&amp;hentification&#x202f;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>&amp;Fichier d&apos;AC supplémentaire&#x202f;:</translation>
    </message>
    <message>
        <source>Only for a self-hosted server with its own certificate authority</source>
        <translation>Uniquement pour un serveur auto-hébergé disposant de sa propre autorité de certification</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier d&apos;AC</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Server Certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Sujet&#x202f;:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur&#x202f;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Validité&#x202f;:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#x202f;:</translation>
    </message>
    <message>
        <source>Trusted until now:</source>
        <translation>Approuvé jusqu&apos;à présent&#x202f;:</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes&#x202f;:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Quail, a fast and safe IMAP mail browser.</source>
        <translation>Quail, un navigateur de courrier IMAP rapide et sûr.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; (PNG) once the first account&apos;s Inbox is shown, then quit. Fails with the reason, instead of asking, when something needs the user.</source>
        <translation>Enregistre une image de la fenêtre principale dans &lt;fichier&gt; (PNG) dès que la Boîte de réception du premier compte est affichée, puis quitte. Échoue en indiquant la raison, au lieu de poser une question, lorsqu&apos;une intervention de l&apos;utilisateur est nécessaire.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The window&apos;s size in pixels, e.g. 1280x800 (the default for --screenshot).</source>
        <translation>La taille de la fenêtre en pixels, par exemple 1280x800 (la valeur par défaut pour --screenshot).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#x202f;: %1</translation>
    </message>
    <message>
        <source>--geometry wants WIDTHxHEIGHT, each from %1 to %2 pixels, not &quot;%3&quot;.</source>
        <translation>--geometry attend LARGEURxHAUTEUR, chacune de %1 à %2 pixels, et non «&#x202f;%3&#x202f;».</translation>
    </message>
    <message>
        <source>--screenshot needs a file name.</source>
        <translation>--screenshot nécessite un nom de fichier.</translation>
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
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>F&amp;older</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Get Mail</source>
        <translation>Rele&amp;ver le courrier</translation>
    </message>
    <message>
        <source>Check the open folder for new mail</source>
        <translation>Vérifier la présence de nouveaux messages dans le dossier ouvert</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>&amp;Toggle Read</source>
        <translation>&amp;Basculer lu/non lu</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Star</source>
        <translation>&amp;Mettre une étoile</translation>
    </message>
    <message>
        <source>Remove St&amp;ar</source>
        <translation>&amp;Retirer l&apos;étoile</translation>
    </message>
    <message>
        <source>Toggle Sta&amp;r</source>
        <translation>Basculer l&apos;é&amp;toile</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Copy to…</source>
        <translation>&amp;Copier vers…</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Mark as &amp;Junk</source>
        <translation>Marquer comme &amp;indésirable</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>E&amp;xpunge Deleted Messages</source>
        <translation>&amp;Purger les messages supprimés</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Search Messages</source>
        <translation>Rec&amp;hercher dans les messages</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Next Unread Message</source>
        <translation>Message non lu s&amp;uivant</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>&amp;Page Through Message</source>
        <translation>&amp;Faire défiler le message</translation>
    </message>
    <message>
        <source>Scroll the message down a page, or go on to the next unread message at its end</source>
        <translation>Faire défiler le message d&apos;une page, ou passer au message non lu suivant une fois arrivé à la fin</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>A&amp;jouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Quail</source>
        <translation>À &amp;propos de Quail</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Threads</source>
        <translation>&amp;Conversations</translation>
    </message>
    <message>
        <source>Show the messages as conversations, replies under what they answer</source>
        <translation>Afficher les messages en conversations, chaque réponse sous le message auquel elle répond</translation>
    </message>
</context>
<context>
    <name>MessageViewerPane</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Quail::Accounts::CredentialStore</name>
    <message>
        <source>No password is stored for this account.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l&apos;accès&#x202f;: %1</translation>
    </message>
    <message>
        <source>No keychain is available (is a Secret Service such as gnome-keyring or KWallet running and unlocked?): %1</source>
        <translation>Aucun trousseau n&apos;est disponible (un Secret Service tel que gnome-keyring ou KWallet est-il lancé et déverrouillé&#x202f;?)&#x202f;: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Le trousseau a échoué&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Quail::App::AccountDialog</name>
    <message>
        <source>TLS (recommended)</source>
        <translation>TLS (recommandé)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None: unencrypted</source>
        <translation>Aucune&#x202f;: connexion non chiffrée</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Password (LOGIN)</source>
        <translation>Mot de passe (LOGIN)</translation>
    </message>
    <message>
        <source>Password (PLAIN)</source>
        <translation>Mot de passe (PLAIN)</translation>
    </message>
    <message>
        <source>Challenge-response (CRAM-MD5)</source>
        <translation>Défi-réponse (CRAM-MD5)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected and logged in, without encryption.</source>
        <translation>Connexion établie et identification réussie, sans chiffrement.</translation>
    </message>
    <message>
        <source>Connected over verified TLS and logged in.</source>
        <translation>Connexion TLS vérifiée établie et identification réussie.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>Le serveur ne propose pas STARTTLS.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS.</source>
        <translation>Le serveur a refusé STARTTLS.</translation>
    </message>
    <message>
        <source>The connection could not be secured.</source>
        <translation>La connexion n&apos;a pas pu être sécurisée.</translation>
    </message>
    <message>
        <source>Logging in is not possible this way.</source>
        <translation>Impossible de s&apos;identifier de cette manière.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The server broke off the conversation.</source>
        <translation>Le serveur a interrompu l&apos;échange.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Serveur introuvable.</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Le serveur a refusé la connexion.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it has changed since you chose to trust it.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#x202f;: il a changé depuis que vous avez choisi de lui faire confiance.</translation>
    </message>
    <message>
        <source>The TLS handshake failed.</source>
        <translation>La négociation TLS a échoué.</translation>
    </message>
    <message>
        <source>The connection failed.</source>
        <translation>La connexion a échoué.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>Empreinte SHA-256&#x202f;: %1</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The name may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;.</source>
        <translation>Le nom ne peut contenir que des lettres, des chiffres, «&#x202f;.&#x202f;», «&#x202f;-&#x202f;» et «&#x202f;_&#x202f;».</translation>
    </message>
    <message>
        <source>There is already an account named &quot;%1&quot;.</source>
        <translation>Il existe déjà un compte nommé «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The account could not be saved: check the server and port.</source>
        <translation>Le compte n&apos;a pas pu être enregistré&#x202f;: vérifiez le serveur et le port.</translation>
    </message>
    <message>
        <source>The password will be kept for this session only.</source>
        <translation>Le mot de passe ne sera conservé que pour cette session.</translation>
    </message>
    <message>
        <source>The server cannot log anyone in right now.</source>
        <translation>Le serveur ne peut connecter personne pour le moment.</translation>
    </message>
</context>
<context>
    <name>Quail::App::AccountSessions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: the new password is stored in the keychain.</source>
        <translation>%1&#x202f;: le nouveau mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>%1: the password could not be stored: %2</source>
        <translation>%1&#x202f;: le mot de passe n&apos;a pas pu être enregistré&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 (folder list): %2</source>
        <translation>%1 (liste des dossiers)&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1: the server&apos;s certificate has changed since you chose to trust it; staying offline.</source>
        <translation>%1&#x202f;: le certificat du serveur a changé depuis que vous avez choisi de lui faire confiance&#x202f;; le compte reste hors ligne.</translation>
    </message>
    <message>
        <source>You rejected the server&apos;s certificate.</source>
        <translation>Vous avez rejeté le certificat du serveur.</translation>
    </message>
    <message>
        <source>%1 stays offline: you rejected the server&apos;s certificate.</source>
        <translation>%1 reste hors ligne&#x202f;: vous avez rejeté le certificat du serveur.</translation>
    </message>
    <message>
        <source>%1: the certificate could not be saved as trusted.</source>
        <translation>%1&#x202f;: le certificat n&apos;a pas pu être enregistré comme approuvé.</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate with SHA-256 %2.</source>
        <translation>%1 fait désormais confiance au certificat dont l&apos;empreinte SHA-256 est %2.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>%1 stays offline: no password was given.</source>
        <translation>%1 reste hors ligne&#x202f;: aucun mot de passe n&apos;a été fourni.</translation>
    </message>
</context>
<context>
    <name>Quail::App::AttachmentBar</name>
    <message>
        <source>About %1 bytes</source>
        <translation>Environ %1 octets</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
</context>
<context>
    <name>Quail::App::CertificateDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>None reported</source>
        <translation>Aucun signalé</translation>
    </message>
    <message>
        <source>Certificate Changed: %1</source>
        <translation>Certificat modifié&#x202f;: %1</translation>
    </message>
    <message>
        <source>Warning: the certificate of %1 (%2) has changed. It is not the certificate you chose to trust. Someone may be intercepting the connection. Quail stays offline for this account.</source>
        <translation>Attention&#x202f;: le certificat de %1 (%2) a changé. Ce n&apos;est pas le certificat auquel vous avez choisi de faire confiance. Quelqu&apos;un intercepte peut-être la connexion. Quail reste hors ligne pour ce compte.</translation>
    </message>
    <message>
        <source>If the server&apos;s administrator confirms that the new fingerprint above is theirs, replace the pin deliberately with: quail-imap account trust %1 --sha256 %2</source>
        <translation>Si l&apos;administrateur du serveur confirme que la nouvelle empreinte ci-dessus est bien la sienne, remplacez sciemment l&apos;empreinte épinglée avec la commande&#x202f;: quail-imap account trust %1 --sha256 %2</translation>
    </message>
    <message>
        <source>Stay Offline</source>
        <translation>Rester hors ligne</translation>
    </message>
    <message>
        <source>Untrusted Certificate: %1</source>
        <translation>Certificat non approuvé&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server %1 of the account %2 presented a certificate that could not be verified. Connect only if you know this certificate is the server&apos;s: compare its fingerprint with the one your administrator gave you.</source>
        <translation>Le serveur %1 du compte %2 a présenté un certificat qui n&apos;a pas pu être vérifié. Ne vous connectez que si vous savez que ce certificat est bien celui du serveur&#x202f;: comparez son empreinte avec celle que votre administrateur vous a communiquée.</translation>
    </message>
    <message>
        <source>&quot;Accept Once&quot; trusts it until Quail quits; &quot;Always Trust&quot; remembers this fingerprint for this server, and any other certificate will then be refused.</source>
        <translation>«&#x202f;Accepter une fois&#x202f;» lui fait confiance jusqu&apos;à la fermeture de Quail&#x202f;; «&#x202f;Toujours faire confiance&#x202f;» mémorise cette empreinte pour ce serveur, et tout autre certificat sera alors refusé.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Accept &amp;Once</source>
        <translation>Accepter &amp;une fois</translation>
    </message>
    <message>
        <source>&amp;Always Trust This Certificate for This Server</source>
        <translation>&amp;Toujours faire confiance à ce certificat pour ce serveur</translation>
    </message>
</context>
<context>
    <name>Quail::App::ConnectionIndicator</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connexion en cours…</translation>
    </message>
    <message numerus="yes">
        <source>reconnecting in %n s</source>
        <translation>
            <numerusform>reconnexion dans %n s</numerusform>
            <numerusform>reconnexion dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Attempt %1.</source>
        <translation>Tentative %1.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>Encrypted with TLS; the server&apos;s certificate is verified.</source>
        <translation>Chiffré avec TLS&#x202f;; le certificat du serveur est vérifié.</translation>
    </message>
    <message>
        <source>Encrypted with TLS, with a certificate you accepted for this session only.</source>
        <translation>Chiffré avec TLS, avec un certificat que vous avez accepté pour cette session seulement.</translation>
    </message>
    <message>
        <source>Encrypted with TLS, with a certificate you chose to trust (pinned).</source>
        <translation>Chiffré avec TLS, avec un certificat auquel vous avez choisi de faire confiance (épinglé).</translation>
    </message>
    <message>
        <source>Not encrypted: your password and your mail cross the network in clear.</source>
        <translation>Non chiffré&#x202f;: votre mot de passe et votre courrier circulent en clair sur le réseau.</translation>
    </message>
    <message>
        <source>Through a local command; protected as far as that command protects it.</source>
        <translation>Via une commande locale&#x202f;; la protection est celle qu&apos;assure cette commande.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Click to connect again.</source>
        <translation>Cliquez pour vous reconnecter.</translation>
    </message>
    <message>
        <source>%1, cipher %2 with a %3-bit key.</source>
        <comment>protocol version, cipher suite, key size</comment>
        <translation>%1, chiffrement %2 avec une clé de %3 bits.</translation>
    </message>
</context>
<context>
    <name>Quail::App::FolderChooserDialog</name>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#x202f;:</translation>
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
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <source>&amp;Subscribed</source>
        <translation>&amp;Abonné</translation>
    </message>
    <message>
        <source>Subscribed folders are the ones mail programs show by default</source>
        <translation>Les dossiers auxquels vous êtes abonné sont ceux que les logiciels de messagerie affichent par défaut</translation>
    </message>
    <message>
        <source>Re&amp;fresh Folders</source>
        <translation>Ac&amp;tualiser les dossiers</translation>
    </message>
    <message>
        <source>Name of the new folder in %1:</source>
        <translation>Nom du nouveau dossier dans %1&#x202f;:</translation>
    </message>
    <message>
        <source>Name of the new folder in “%1”:</source>
        <translation>Nom du nouveau dossier dans «&#x202f;%1&#x202f;»&#x202f;:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Rename Folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#x202f;%1&#x202f;»&#x202f;:</translation>
    </message>
    <message>
        <source>Delete Folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <source>Delete the folder “%1” from the server?</source>
        <translation>Supprimer le dossier «&#x202f;%1&#x202f;» du serveur&#x202f;?</translation>
    </message>
    <message>
        <source>All the messages in it are lost. This cannot be undone.</source>
        <translation>Tous les messages qu&apos;il contient seront perdus. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete Folder</source>
        <translation>&amp;Supprimer le dossier</translation>
    </message>
</context>
<context>
    <name>Quail::App::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>Quail::App::MainWindow</name>
    <message>
        <source>No account configured: File &gt; Add Account…</source>
        <translation>Aucun compte configuré&#x202f;: Fichier &gt; Ajouter un compte…</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) configured</source>
        <translation>
            <numerusform>%n compte configuré</numerusform>
            <numerusform>%n comptes configurés</numerusform>
        </translation>
    </message>
    <message>
        <source>No account is configured. Add one in Quail (File &gt; Add Account…) or with quail-imap account add.</source>
        <translation>Aucun compte n&apos;est configuré. Ajoutez-en un dans Quail (Fichier &gt; Ajouter un compte…) ou avec quail-imap account add.</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Rechercher des messages (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Clear Search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>The account of this folder is not connected.</source>
        <translation>Le compte de ce dossier n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>%1 - Quail</source>
        <translation>%1 - Quail</translation>
    </message>
    <message numerus="yes">
        <source>Listing %Ln message(s)…</source>
        <translation>
            <numerusform>Listage de %Ln message…</numerusform>
            <numerusform>Listage de %Ln messages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Tri en cours…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln action(s) done</source>
        <translation>
            <numerusform>%1 sur %Ln action effectuée</numerusform>
            <numerusform>%1 sur %Ln actions effectuées</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for new mail…</source>
        <translation>Vérification des nouveaux messages…</translation>
    </message>
    <message>
        <source>There are no unread messages in this folder.</source>
        <translation>Il n&apos;y a aucun message non lu dans ce dossier.</translation>
    </message>
    <message>
        <source>Adding an account needs the user, and a screenshot run never waits for one.</source>
        <translation>L&apos;ajout d&apos;un compte requiert une intervention de l&apos;utilisateur, qu&apos;une capture d&apos;écran n&apos;attend jamais.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; added</source>
        <translation>Compte «&#x202f;%1&#x202f;» ajouté</translation>
    </message>
    <message>
        <source>Server alert from %1: %2</source>
        <translation>Alerte du serveur de %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>&amp;Remove Account</source>
        <translation>&amp;Supprimer le compte</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove the account &quot;%1&quot; from Quail? Its settings and its password in the keychain are deleted; the mail on the server is not touched.</source>
        <translation>Supprimer le compte «&#x202f;%1&#x202f;» de Quail&#x202f;? Ses paramètres et son mot de passe dans le trousseau seront supprimés&#x202f;; le courrier sur le serveur n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed.</source>
        <translation>Compte «&#x202f;%1&#x202f;» supprimé.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; removed, but its password could not be deleted from the keychain: %2</source>
        <translation>Compte «&#x202f;%1&#x202f;» supprimé, mais son mot de passe n&apos;a pas pu être supprimé du trousseau&#x202f;: %2</translation>
    </message>
    <message>
        <source>The About box needs the user, and a screenshot run never waits for one.</source>
        <translation>La fenêtre À propos requiert une intervention de l&apos;utilisateur, qu&apos;une capture d&apos;écran n&apos;attend jamais.</translation>
    </message>
    <message>
        <source>About Quail</source>
        <translation>À propos de Quail</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quail %1&lt;/h3&gt;&lt;p&gt;A fast, safe IMAP mail browser.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quail %1&lt;/h3&gt;&lt;p&gt;Un navigateur de courrier IMAP rapide et sûr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The settings dialog needs the user, and a screenshot run never waits for one.</source>
        <translation>La fenêtre des paramètres requiert une intervention de l&apos;utilisateur, qu&apos;une capture d&apos;écran n&apos;attend jamais.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (SHA-256 %1); open Quail to decide about it.</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé (SHA-256 %1)&#x202f;; ouvrez Quail pour décider à son sujet.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since it was trusted.</source>
        <translation>Le certificat du serveur a changé depuis qu&apos;il a été approuvé.</translation>
    </message>
    <message>
        <source>The account&apos;s password is needed.</source>
        <translation>Le mot de passe du compte est nécessaire.</translation>
    </message>
    <message>
        <source>The account&apos;s password is needed: %1</source>
        <translation>Le mot de passe du compte est nécessaire&#x202f;: %1</translation>
    </message>
    <message>
        <source>Threading…</source>
        <translation>Regroupement en conversations…</translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageCommands</name>
    <message>
        <source>These messages are no longer in the open folder; drag them again from their folder.</source>
        <translation>Ces messages ne sont plus dans le dossier ouvert&#x202f;; faites-les de nouveau glisser depuis leur dossier.</translation>
    </message>
    <message>
        <source>The folder of these messages was replaced on the server since the drag began; nothing was moved.</source>
        <translation>Le dossier de ces messages a été remplacé sur le serveur depuis le début du glisser-déposer&#x202f;; rien n&apos;a été déplacé.</translation>
    </message>
    <message>
        <source>Messages can only be moved or copied to a folder of the same account.</source>
        <translation>Les messages ne peuvent être déplacés ou copiés que vers un dossier du même compte.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot hold messages.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» ne peut pas contenir de messages.</translation>
    </message>
    <message>
        <source>These messages are no longer in the open folder.</source>
        <translation>Ces messages ne sont plus dans le dossier ouvert.</translation>
    </message>
    <message>
        <source>Delete Permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message&#x202f;? Cette opération est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n messages&#x202f;? Cette opération est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>Move %n Message(s) To</source>
        <translation>
            <numerusform>Déplacer %n message vers</numerusform>
            <numerusform>Déplacer %n messages vers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Message(s) To</source>
        <translation>
            <numerusform>Copier %n message vers</numerusform>
            <numerusform>Copier %n messages vers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageListView</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageSourceDialog</name>
    <message>
        <source>[%1 more not shown]</source>
        <translation>[%1 de plus non affichés]</translation>
    </message>
    <message>
        <source>Message Source</source>
        <translation>Source du message</translation>
    </message>
    <message>
        <source>Source of “%1”</source>
        <translation>Source de «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>Quail::App::MessageViewerPane</name>
    <message>
        <source>No message selected.</source>
        <translation>Aucun message sélectionné.</translation>
    </message>
    <message>
        <source>All &amp;Headers</source>
        <translation>Tous les &amp;en-têtes</translation>
    </message>
    <message>
        <source>Show every header line of the message as it was sent</source>
        <translation>Afficher toutes les lignes d&apos;en-tête du message telles qu&apos;elles ont été envoyées</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>S&amp;ource</translation>
    </message>
    <message>
        <source>Show the message&apos;s source</source>
        <translation>Afficher la source du message</translation>
    </message>
    <message>
        <source>The message cannot be shown: the account is not connected.</source>
        <translation>Le message ne peut pas être affiché&#x202f;: le compte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Loading the message…</source>
        <translation>Chargement du message…</translation>
    </message>
    <message>
        <source>Link Not Opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>Write a message to this address?</source>
        <translation>Écrire un message à cette adresse&#x202f;?</translation>
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation>Ouvrir cette adresse dans votre navigateur web&#x202f;?</translation>
    </message>
    <message>
        <source>Careful: the link&apos;s text shows “%1”, but it leads to the address above.</source>
        <translation>Attention&#x202f;: le texte du lien affiche «&#x202f;%1&#x202f;», mais il mène à l&apos;adresse ci-dessus.</translation>
    </message>
    <message>
        <source>Open Link?</source>
        <translation>Ouvrir le lien&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Write Message</source>
        <translation>É&amp;crire un message</translation>
    </message>
    <message>
        <source>&amp;Open Link</source>
        <translation>&amp;Ouvrir le lien</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation>En attente…</translation>
    </message>
    <message>
        <source>Save “%1” in Folder</source>
        <translation>Enregistrer «&#x202f;%1&#x202f;» dans le dossier</translation>
    </message>
    <message>
        <source>The attachment “%1” could not be saved: %2</source>
        <translation>La pièce jointe «&#x202f;%1&#x202f;» n&apos;a pas pu être enregistrée&#x202f;: %2</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Remplacer le fichier&#x202f;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;A file named “%1” already exists in %2.&lt;/p&gt;&lt;p&gt;Replace it with the attachment?&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un fichier nommé «&#x202f;%1&#x202f;» existe déjà dans %2.&lt;/p&gt;&lt;p&gt;Le remplacer par la pièce jointe&#x202f;?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The attachment “%1” could not be opened: %2</source>
        <translation>La pièce jointe «&#x202f;%1&#x202f;» n&apos;a pas pu être ouverte&#x202f;: %2</translation>
    </message>
    <message>
        <source>its copy could not be made read-only.</source>
        <translation>sa copie n&apos;a pas pu être mise en lecture seule.</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>Ouvrir un programme&#x202f;?</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” may be a program or a script.&lt;/p&gt;&lt;p&gt;Opening it may run it, with access to all your files. Open it only if you expected it from this sender.&lt;/p&gt;</source>
        <translation>&lt;p&gt;«&#x202f;%1&#x202f;» est peut-être un programme ou un script.&lt;/p&gt;&lt;p&gt;L&apos;ouvrir risque de l&apos;exécuter, avec accès à tous vos fichiers. Ne l&apos;ouvrez que si vous l&apos;attendiez de cet expéditeur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Ouvrir &amp;quand même</translation>
    </message>
    <message>
        <source>No application could open the attachment “%1”.</source>
        <translation>Aucune application n&apos;a pu ouvrir la pièce jointe «&#x202f;%1&#x202f;».</translation>
    </message>
</context>
<context>
    <name>Quail::App::NotificationBar</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer la notification</translation>
    </message>
</context>
<context>
    <name>Quail::App::PasswordDialog</name>
    <message>
        <source>&amp;Remember this password in the keychain</source>
        <translation>Mémo&amp;riser ce mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe pour %1</translation>
    </message>
    <message>
        <source>The server refused the password of %1 for the account %2.</source>
        <translation>Le serveur a refusé le mot de passe de %1 pour le compte %2.</translation>
    </message>
    <message>
        <source>No password is stored for the account %1.</source>
        <translation>Aucun mot de passe n&apos;est enregistré pour le compte %1.</translation>
    </message>
    <message>
        <source>The keychain cannot be reached, so the password of %1 cannot be read or stored. You can enter it for this session only; it will not be saved.</source>
        <translation>Le trousseau est inaccessible&#x202f;: le mot de passe de %1 ne peut donc être ni lu ni enregistré. Vous pouvez le saisir pour cette session seulement&#x202f;; il ne sera pas enregistré.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
</context>
<context>
    <name>Quail::App::RemoteContentBar</name>
    <message>
        <source>Load Remote Content</source>
        <translation>Charger le contenu distant</translation>
    </message>
    <message>
        <source>Load the images of this message from the web. The sender may learn that you read it.</source>
        <translation>Charger depuis le web les images de ce message. L&apos;expéditeur peut alors savoir que vous l&apos;avez lu.</translation>
    </message>
    <message>
        <source>Remote images in this message were blocked to protect your privacy.</source>
        <translation>Les images distantes de ce message ont été bloquées pour protéger votre vie privée.</translation>
    </message>
    <message>
        <source>Blocked servers: %1</source>
        <translation>Serveurs bloqués&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Quail::App::Screenshot</name>
    <message numerus="yes">
        <source>The window was not ready within %n second(s).</source>
        <translation>
            <numerusform>La fenêtre n&apos;était pas prête au bout de %n seconde.</numerusform>
            <numerusform>La fenêtre n&apos;était pas prête au bout de %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not render the window.</source>
        <translation>Impossible d&apos;effectuer le rendu de la fenêtre.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran dans %1.</translation>
    </message>
</context>
<context>
    <name>Quail::App::TrayIcon</name>
    <message numerus="yes">
        <source>Quail: %n unread message(s)</source>
        <translation>
            <numerusform>Quail&#x202f;: %n message non lu</numerusform>
            <numerusform>Quail&#x202f;: %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s), %1 unread</source>
        <translation>
            <numerusform>%n nouveau message, %1 non lu</numerusform>
            <numerusform>%n nouveaux messages, %1 non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Quail::App::ViewerHeader</name>
    <message>
        <source>From:</source>
        <translation>De&#x202f;:</translation>
    </message>
    <message>
        <source>Reply to:</source>
        <translation>Répondre à&#x202f;:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À&#x202f;:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc&#x202f;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#x202f;:</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>The sender&apos;s name shows the address %1, but the message was sent from %2.</source>
        <translation>Le nom de l&apos;expéditeur affiche l&apos;adresse %1, mais le message a été envoyé depuis %2.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::AuthPlan</name>
    <message>
        <source>The connection is not encrypted, so Quail will not send your credentials.</source>
        <translation>La connexion n&apos;est pas chiffrée&#x202f;: Quail n&apos;enverra donc pas vos identifiants.</translation>
    </message>
    <message>
        <source>The server offers neither OAUTHBEARER nor XOAUTH2, so the token cannot be used.</source>
        <translation>Le serveur ne propose ni OAUTHBEARER ni XOAUTH2&#x202f;: le jeton ne peut donc pas être utilisé.</translation>
    </message>
    <message>
        <source>The server does not allow logging in here (LOGINDISABLED) and offers no mechanism Quail can use.</source>
        <translation>Le serveur n&apos;autorise pas l&apos;identification ici (LOGINDISABLED) et ne propose aucun mécanisme utilisable par Quail.</translation>
    </message>
    <message>
        <source>The server offers no login mechanism Quail can use.</source>
        <translation>Le serveur ne propose aucun mécanisme d&apos;identification utilisable par Quail.</translation>
    </message>
    <message>
        <source>%1 needs an OAuth token, not a password.</source>
        <translation>%1 nécessite un jeton OAuth, et non un mot de passe.</translation>
    </message>
    <message>
        <source>%1 needs a password, not an OAuth token.</source>
        <translation>%1 nécessite un mot de passe, et non un jeton OAuth.</translation>
    </message>
    <message>
        <source>The server does not allow LOGIN here (LOGINDISABLED).</source>
        <translation>Le serveur n&apos;autorise pas LOGIN ici (LOGINDISABLED).</translation>
    </message>
    <message>
        <source>The server does not offer AUTHENTICATE %1.</source>
        <translation>Le serveur ne propose pas AUTHENTICATE %1.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::CompressionLayer</name>
    <message>
        <source>The compressed stream is unusable.</source>
        <translation>Le flux compressé est inutilisable.</translation>
    </message>
    <message>
        <source>The server sent data after ending its compressed stream.</source>
        <translation>Le serveur a envoyé des données après la fin de son flux compressé.</translation>
    </message>
    <message>
        <source>The server&apos;s compressed data is corrupt (%1).</source>
        <translation>Les données compressées du serveur sont corrompues (%1).</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Connection</name>
    <message>
        <source>Timed out after %1 s waiting for the server&apos;s greeting.</source>
        <translation>Délai de %1 s dépassé en attendant l&apos;accueil du serveur.</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the server to answer %2.</source>
        <translation>Délai de %1 s dépassé en attendant la réponse du serveur à %2.</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>La connexion est fermée.</translation>
    </message>
    <message>
        <source>The command cannot be encoded for this server.</source>
        <translation>La commande ne peut pas être encodée pour ce serveur.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes after accepting STARTTLS and before the TLS handshake; this is how attackers inject responses, so the connection was closed.</source>
        <translation>Le serveur a envoyé %1 octets après avoir accepté STARTTLS et avant la négociation TLS&#x202f;; c&apos;est ainsi que des attaquants injectent des réponses, la connexion a donc été fermée.</translation>
    </message>
    <message>
        <source>The server sent data right after agreeing to COMPRESS.</source>
        <translation>Le serveur a envoyé des données juste après avoir accepté COMPRESS.</translation>
    </message>
    <message>
        <source>Protocol error at byte %1 of response %2: %3</source>
        <translation>Erreur de protocole à l&apos;octet %1 de la réponse %2&#x202f;: %3</translation>
    </message>
    <message>
        <source>The server answered a command that was never sent (tag %1).</source>
        <translation>Le serveur a répondu à une commande qui n&apos;a jamais été envoyée (étiquette %1).</translation>
    </message>
    <message>
        <source>The server asked for more of a command that had nothing more to send.</source>
        <translation>Le serveur a demandé la suite d&apos;une commande qui n&apos;avait plus rien à envoyer.</translation>
    </message>
    <message>
        <source>The server closed the connection during %1.</source>
        <translation>Le serveur a fermé la connexion pendant %1.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Engine</name>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>There is no message to append.</source>
        <translation>Il n&apos;y a aucun message à ajouter.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::ProcessTransport</name>
    <message>
        <source>The command &quot;%1&quot; did not start in time.</source>
        <translation>La commande «&#x202f;%1&#x202f;» n&apos;a pas démarré à temps.</translation>
    </message>
    <message>
        <source>The stream command is empty.</source>
        <translation>La commande de flux est vide.</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; crashed%2</source>
        <translation>La commande «&#x202f;%1&#x202f;» s&apos;est arrêtée brutalement%2</translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; exited with status %2%3</source>
        <translation>La commande «&#x202f;%1&#x202f;» s&apos;est terminée avec le code %2%3</translation>
    </message>
    <message>
        <source>Cannot run &quot;%1&quot;: %2</source>
        <translation>Impossible d&apos;exécuter «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SelectedMailbox</name>
    <message>
        <source>The server sent FETCH data for message %1 of %2.</source>
        <translation>Le serveur a envoyé des données FETCH pour le message %1 sur %2.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SequenceMap</name>
    <message>
        <source>The server&apos;s UIDs are not strictly ascending (RFC 9051 §2.3.1.1).</source>
        <translation>Les UID du serveur ne sont pas strictement croissants (RFC 9051 §2.3.1.1).</translation>
    </message>
    <message>
        <source>The server reported %1 messages after %2 without expunging any (RFC 9051 §7.4.1).</source>
        <translation>Le serveur a annoncé %1 messages après %2 sans en avoir purgé aucun (RFC 9051 §7.4.1).</translation>
    </message>
    <message>
        <source>The server expunged message %1 of %2.</source>
        <translation>Le serveur a purgé le message %1 sur %2.</translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2 of %3.</source>
        <translation>Le serveur a envoyé l&apos;UID %1 pour le message %2 sur %3.</translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2, which has UID %3.</source>
        <translation>Le serveur a envoyé l&apos;UID %1 pour le message %2, dont l&apos;UID est %3.</translation>
    </message>
    <message>
        <source>The server sent UID %1 for message %2, out of ascending order.</source>
        <translation>Le serveur a envoyé l&apos;UID %1 pour le message %2, hors de l&apos;ordre croissant.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Session</name>
    <message>
        <source>Not connected.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The server sent &quot;+&quot; twice during IDLE.</source>
        <translation>Le serveur a envoyé «&#x202f;+&#x202f;» deux fois pendant IDLE.</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Le serveur a fermé la connexion&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SessionSetup</name>
    <message>
        <source>The server closed the connection before the session was ready.</source>
        <translation>Le serveur a fermé la connexion avant que la session soit prête.</translation>
    </message>
    <message>
        <source>The server did not start with a greeting.</source>
        <translation>Le serveur n&apos;a pas commencé par un message d&apos;accueil.</translation>
    </message>
    <message>
        <source>The server closed the session: %1</source>
        <translation>Le serveur a fermé la session&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH on a connection that must first switch to TLS; refusing to continue without TLS.</source>
        <translation>Le serveur a envoyé un accueil PREAUTH sur une connexion qui doit d&apos;abord passer en TLS&#x202f;; refus de continuer sans TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s greeting is not OK, PREAUTH or BYE.</source>
        <translation>L&apos;accueil du serveur n&apos;est ni OK, ni PREAUTH, ni BYE.</translation>
    </message>
    <message>
        <source>The server refused CAPABILITY: %1</source>
        <translation>Le serveur a refusé CAPABILITY&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS; refusing to continue without TLS.</source>
        <translation>Le serveur ne propose pas STARTTLS&#x202f;; refus de continuer sans TLS.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1); refusing to continue without TLS.</source>
        <translation>Le serveur a refusé STARTTLS (%1)&#x202f;; refus de continuer sans TLS.</translation>
    </message>
    <message>
        <source>No OAuth token was given.</source>
        <translation>Aucun jeton OAuth n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été fourni.</translation>
    </message>
    <message>
        <source>The server refused the login: %1</source>
        <translation>Le serveur a refusé l&apos;identification&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server rejected the login command: %1</source>
        <translation>Le serveur a rejeté la commande d&apos;identification&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server cannot log you in right now; try again later: %1</source>
        <translation>Le serveur ne peut pas vous connecter pour le moment ; réessayez plus tard : %1</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::SocketTransport</name>
    <message>
        <source>The CA file %1 cannot be read or holds no PEM certificate.</source>
        <translation>Le fichier d&apos;AC %1 est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>STARTTLS was attempted on a connection that is not plaintext and open.</source>
        <translation>Tentative de STARTTLS sur une connexion qui n&apos;est pas à la fois en clair et ouverte.</translation>
    </message>
    <message>
        <source>STARTTLS cannot follow COMPRESS (RFC 4978 §4).</source>
        <translation>STARTTLS ne peut pas suivre COMPRESS (RFC 4978 §4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %n byte(s) after accepting STARTTLS and before the TLS handshake; this is how attackers inject commands, so the connection was closed.</source>
        <translation>
            <numerusform>%1 a envoyé %n octet après avoir accepté STARTTLS et avant la négociation TLS&#x202f;; c&apos;est ainsi que des attaquants injectent des commandes, la connexion a donc été fermée.</numerusform>
            <numerusform>%1 a envoyé %n octets après avoir accepté STARTTLS et avant la négociation TLS&#x202f;; c&apos;est ainsi que des attaquants injectent des commandes, la connexion a donc été fermée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you accepted before. It may have been renewed, or someone may be intercepting the connection.</source>
        <translation>Le certificat de %1 n&apos;est pas celui que vous avez accepté auparavant. Il a peut-être été renouvelé, ou quelqu&apos;un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not the one you accepted before, and it cannot be verified: %2</source>
        <translation>Le certificat de %1 n&apos;est pas celui que vous avez accepté auparavant, et il ne peut pas être vérifié&#x202f;: %2</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2</source>
        <translation>Le certificat de %1 n&apos;est pas approuvé&#x202f;: %2</translation>
    </message>
    <message>
        <source>The server %1 was not found (DNS lookup failed).</source>
        <translation>Le serveur %1 est introuvable (échec de la résolution DNS).</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 a refusé la connexion.</translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake.</source>
        <translation>%1 a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: %2</source>
        <translation>La négociation TLS avec %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2</source>
        <translation>La connexion à %1 a échoué&#x202f;: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before it was ready.</source>
        <translation>%1 a fermé la connexion avant qu&apos;elle soit prête.</translation>
    </message>
    <message>
        <source>Timed out after %1 s connecting to %2.</source>
        <translation>Délai de %1 s dépassé lors de la connexion à %2.</translation>
    </message>
    <message>
        <source>Timed out after %1 s in the TLS handshake with %2.</source>
        <translation>Délai de %1 s dépassé lors de la négociation TLS avec %2.</translation>
    </message>
</context>
<context>
    <name>Quail::Imap::Transport</name>
    <message>
        <source>This connection cannot be upgraded to TLS.</source>
        <translation>Cette connexion ne peut pas passer en TLS.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::AttachmentSaver</name>
    <message>
        <source>A save is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>There is no such part to save.</source>
        <translation>La partie à enregistrer n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d&apos;écrire dans %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>The part could not be read: %1</source>
        <translation>La partie n&apos;a pas pu être lue&#x202f;: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>L&apos;enregistrement a été annulé.</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>Impossible de remplacer %1.</translation>
    </message>
    <message>
        <source>%1 appeared meanwhile; it was not replaced.</source>
        <translation>%1 est apparu entre-temps&#x202f;; il n&apos;a pas été remplacé.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::FolderMessages</name>
    <message>
        <source>the account is not connected</source>
        <translation>le compte n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Could not list the folders: %1</source>
        <translation>Impossible de lister les dossiers&#x202f;: %1</translation>
    </message>
    <message>
        <source>The server refused to list the folders (%1); it said: “%2”</source>
        <translation>Le serveur a refusé de lister les dossiers (%1)&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”: %2</source>
        <translation>Impossible de créer le dossier «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Could not rename the folder “%1”: %2</source>
        <translation>Impossible de renommer le dossier «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Could not move the folder “%1”: %2</source>
        <translation>Impossible de déplacer le dossier «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Could not delete the folder “%1”: %2</source>
        <translation>Impossible de supprimer le dossier «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Could not subscribe to the folder “%1”: %2</source>
        <translation>Impossible de s&apos;abonner au dossier «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>Could not unsubscribe from the folder “%1”: %2</source>
        <translation>Impossible de se désabonner du dossier «&#x202f;%1&#x202f;»&#x202f;: %2</translation>
    </message>
    <message>
        <source>A folder named “%1” already exists.</source>
        <translation>Un dossier nommé «&#x202f;%1&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist (another program may have deleted or renamed it).</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n&apos;existe pas (un autre programme l&apos;a peut-être supprimé ou renommé).</translation>
    </message>
    <message>
        <source>You do not have permission to create the folder “%1”.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de créer le dossier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>You do not have permission to rename the folder “%1”.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de renommer le dossier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>You do not have permission to move the folder “%1” there.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de déplacer le dossier «&#x202f;%1&#x202f;» à cet endroit.</translation>
    </message>
    <message>
        <source>You do not have permission to delete the folder “%1”.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de supprimer le dossier «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>You do not have permission to change the subscription of “%1”.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de modifier l&apos;abonnement de «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The folder “%1” could not be created: the mailbox is over its quota.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» n&apos;a pas pu être créé&#x202f;: la boîte aux lettres a dépassé son quota.</translation>
    </message>
    <message>
        <source>The server&apos;s limit on folders was reached; “%1” was not changed.</source>
        <translation>La limite de dossiers du serveur a été atteinte&#x202f;; «&#x202f;%1&#x202f;» n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The folder “%1” is in use by another program; try again later.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» est utilisé par un autre programme&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server cannot do that with “%1”; it said: “%2”</source>
        <translation>Le serveur ne peut pas effectuer cette opération avec «&#x202f;%1&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>The server refused to create the folder “%1”; it said: “%2”</source>
        <translation>Le serveur a refusé de créer le dossier «&#x202f;%1&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>The server refused to rename the folder “%1” to “%2”; it said: “%3”</source>
        <translation>Le serveur a refusé de renommer le dossier «&#x202f;%1&#x202f;» en «&#x202f;%2&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>The server refused to move the folder “%1” to “%2”; it said: “%3”</source>
        <translation>Le serveur a refusé de déplacer le dossier «&#x202f;%1&#x202f;» vers «&#x202f;%2&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%3&#x202f;»</translation>
    </message>
    <message>
        <source>The server refused to delete the folder “%1”; it said: “%2”</source>
        <translation>Le serveur a refusé de supprimer le dossier «&#x202f;%1&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>The server refused to subscribe to the folder “%1”; it said: “%2”</source>
        <translation>Le serveur a refusé l&apos;abonnement au dossier «&#x202f;%1&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>The server refused to unsubscribe from the folder “%1”; it said: “%2”</source>
        <translation>Le serveur a refusé le désabonnement du dossier «&#x202f;%1&#x202f;»&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;»</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be moved into itself or one of its subfolders.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» ne peut pas être déplacé dans lui-même ni dans l&apos;un de ses sous-dossiers.</translation>
    </message>
    <message>
        <source>Folders can only be moved within their own account.</source>
        <translation>Les dossiers ne peuvent être déplacés qu&apos;à l&apos;intérieur de leur propre compte.</translation>
    </message>
    <message>
        <source>The folder “%1” was deleted, but the server keeps it because it has subfolders: delete those first to remove it completely.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» a été supprimé, mais le serveur le conserve parce qu&apos;il contient des sous-dossiers&#x202f;: supprimez-les d&apos;abord pour le retirer complètement.</translation>
    </message>
    <message>
        <source>A folder needs a name.</source>
        <translation>Un dossier doit avoir un nom.</translation>
    </message>
    <message>
        <source>A folder name cannot contain “%1”: this server uses it to separate folder levels.</source>
        <translation>Un nom de dossier ne peut pas contenir «&#x202f;%1&#x202f;»&#x202f;: ce serveur l&apos;utilise pour séparer les niveaux de dossiers.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot have subfolders on this server.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» ne peut pas avoir de sous-dossiers sur ce serveur.</translation>
    </message>
    <message>
        <source>No folder is selected.</source>
        <translation>Aucun dossier n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>The account “%1” is not connected.</source>
        <translation>Le compte «&#x202f;%1&#x202f;» n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The Inbox cannot be renamed or deleted.</source>
        <translation>La Boîte de réception ne peut être ni renommée ni supprimée.</translation>
    </message>
    <message>
        <source>The folder “%1” has subfolders; delete or move them first.</source>
        <translation>Le dossier «&#x202f;%1&#x202f;» contient des sous-dossiers&#x202f;; supprimez-les ou déplacez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>“%1” holds other users&apos; or shared folders and cannot be changed.</source>
        <translation>«&#x202f;%1&#x202f;» contient des dossiers d&apos;autres utilisateurs ou partagés et ne peut pas être modifié.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::FolderTreeModel</name>
    <message>
        <source>%1
%2 unread, %3 in all</source>
        <translation>%1
Non lus&#x202f;: %2, total&#x202f;: %3</translation>
    </message>
</context>
<context>
    <name>Quail::Models::LinkPolicy</name>
    <message>
        <source>The link is malformed.</source>
        <translation>Le lien est mal formé.</translation>
    </message>
    <message>
        <source>The link has no host.</source>
        <translation>Le lien n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>The link points inside the message or to a relative address; it is not followed.</source>
        <translation>Le lien pointe à l&apos;intérieur du message ou vers une adresse relative&#x202f;; il n&apos;est pas suivi.</translation>
    </message>
    <message>
        <source>Links of the kind &quot;%1:&quot; are never opened from a message.</source>
        <translation>Les liens de type «&#x202f;%1:&#x202f;» ne sont jamais ouverts depuis un message.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MailboxCatchUp</name>
    <message>
        <source>the account is not connected</source>
        <translation>le compte n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the server refused to open the folder again; it said: “%1”</source>
        <translation>le serveur a refusé de rouvrir le dossier&#x202f;; il a répondu&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>the server refused to list the folder&apos;s messages; it said: “%1”</source>
        <translation>le serveur a refusé de lister les messages du dossier&#x202f;; il a répondu&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>the server refused to send the messages&apos; flags; it said: “%1”</source>
        <translation>le serveur a refusé d&apos;envoyer les indicateurs des messages&#x202f;; il a répondu&#x202f;: «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageActionMessages</name>
    <message>
        <source>Could not %1: %2. The messages are shown as they were.</source>
        <translation>Impossible de %1&#x202f;: %2. Les messages sont affichés tels qu&apos;ils étaient.</translation>
    </message>
    <message>
        <source>you do not have permission to do that in this folder.</source>
        <translation>vous n&apos;avez pas l&apos;autorisation de faire cela dans ce dossier.</translation>
    </message>
    <message>
        <source>the folder does not exist.</source>
        <translation>le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>le dossier «&#x202f;%1&#x202f;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>the mailbox is over its quota.</source>
        <translation>la boîte aux lettres a dépassé son quota.</translation>
    </message>
    <message>
        <source>the folder “%1” is over its quota.</source>
        <translation>le dossier «&#x202f;%1&#x202f;» a dépassé son quota.</translation>
    </message>
    <message>
        <source>another program deleted some of the messages meanwhile.</source>
        <translation>un autre programme a supprimé entre-temps certains des messages.</translation>
    </message>
    <message>
        <source>the folder is read-only.</source>
        <translation>le dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>the folder is in use by another program; try again later.</source>
        <translation>le dossier est utilisé par un autre programme&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>the server&apos;s limit was reached.</source>
        <translation>la limite du serveur a été atteinte.</translation>
    </message>
    <message>
        <source>The server refused to %1; it said: “%2”. The messages are shown as they were.</source>
        <translation>Le serveur a refusé de %1&#x202f;; il a répondu&#x202f;: «&#x202f;%2&#x202f;». Les messages sont affichés tels qu&apos;ils étaient.</translation>
    </message>
    <message>
        <source>Could not %1: %2 The messages are shown as they were.</source>
        <translation>Impossible de %1&#x202f;: %2 Les messages sont affichés tels qu&apos;ils étaient.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageActions</name>
    <message numerus="yes">
        <source>mark %n message(s) as read</source>
        <translation>
            <numerusform>marquer %n message comme lu</numerusform>
            <numerusform>marquer %n messages comme lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n message(s) as unread</source>
        <translation>
            <numerusform>marquer %n message comme non lu</numerusform>
            <numerusform>marquer %n messages comme non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag %n message(s)</source>
        <translation>
            <numerusform>mettre une étoile à %n message</numerusform>
            <numerusform>mettre une étoile à %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the flag from %n message(s)</source>
        <translation>
            <numerusform>retirer l&apos;étoile de %n message</numerusform>
            <numerusform>retirer l&apos;étoile de %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tag %n message(s)</source>
        <translation>
            <numerusform>poser une étiquette sur %n message</numerusform>
            <numerusform>poser une étiquette sur %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove a tag from %n message(s)</source>
        <translation>
            <numerusform>retirer une étiquette de %n message</numerusform>
            <numerusform>retirer une étiquette de %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n message(s)</source>
        <translation>
            <numerusform>supprimer %n message</numerusform>
            <numerusform>supprimer %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undelete %n message(s)</source>
        <translation>
            <numerusform>restaurer %n message supprimé</numerusform>
            <numerusform>restaurer %n messages supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n deleted message(s)</source>
        <translation>
            <numerusform>purger %n message supprimé</numerusform>
            <numerusform>purger %n messages supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>archive %n message(s)</source>
        <translation>
            <numerusform>déplacer %n message vers les Archives</numerusform>
            <numerusform>déplacer %n messages vers les Archives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>copy %n message(s) to “%1”</source>
        <translation>
            <numerusform>copier %n message vers «&#x202f;%1&#x202f;»</numerusform>
            <numerusform>copier %n messages vers «&#x202f;%1&#x202f;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>move %n message(s) to “%1”</source>
        <translation>
            <numerusform>déplacer %n message vers «&#x202f;%1&#x202f;»</numerusform>
            <numerusform>déplacer %n messages vers «&#x202f;%1&#x202f;»</numerusform>
        </translation>
    </message>
    <message>
        <source>undo the last action</source>
        <translation>revenir sur la dernière action</translation>
    </message>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The folder is open read-only.</source>
        <translation>Le dossier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>No message is selected.</source>
        <translation>Aucun message n&apos;est sélectionné.</translation>
    </message>
    <message>
        <source>“%1” cannot be used as a tag.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être utilisé comme étiquette.</translation>
    </message>
    <message>
        <source>The messages are marked as deleted; this server removes them only when the whole folder is expunged.</source>
        <translation>Les messages sont marqués comme supprimés&#x202f;; ce serveur ne les efface que lorsque tout le dossier est purgé.</translation>
    </message>
    <message>
        <source>No message in this folder is marked as deleted.</source>
        <translation>Aucun message de ce dossier n&apos;est marqué comme supprimé.</translation>
    </message>
    <message>
        <source>This server can only expunge the whole folder, which also removes messages other programs marked as deleted; use “Expunge folder” for that.</source>
        <translation>Ce serveur ne peut purger que le dossier entier, ce qui efface aussi les messages que d&apos;autres programmes ont marqués comme supprimés&#x202f;; utilisez «&#x202f;Purger le dossier&#x202f;» pour cela.</translation>
    </message>
    <message>
        <source>This account has no Archive folder.</source>
        <translation>Ce compte n&apos;a pas de dossier Archives.</translation>
    </message>
    <message>
        <source>These messages are already in the Archive folder.</source>
        <translation>Ces messages sont déjà dans le dossier Archives.</translation>
    </message>
    <message>
        <source>The messages are already in “%1”.</source>
        <translation>Les messages sont déjà dans «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The messages were copied to “%1” and marked as deleted here; this server removes them only when the folder is expunged.</source>
        <translation>Les messages ont été copiés vers «&#x202f;%1&#x202f;» et marqués comme supprimés ici&#x202f;; ce serveur ne les efface que lorsque le dossier est purgé.</translation>
    </message>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>The originals are still in “%1”, marked as deleted: undelete them to keep them there.</source>
        <translation>Les originaux sont toujours dans «&#x202f;%1&#x202f;», marqués comme supprimés&#x202f;: restaurez-les pour les y conserver.</translation>
    </message>
    <message>
        <source>The server did not say where the copies are (it lacks UIDPLUS), and not every message has a Message-ID to find them by.</source>
        <translation>Le serveur n&apos;a pas indiqué où se trouvent les copies (il ne prend pas en charge UIDPLUS), et tous les messages n&apos;ont pas de Message-ID permettant de les retrouver.</translation>
    </message>
    <message>
        <source>Undoing a move needs a second connection to the account.</source>
        <translation>L&apos;annulation d&apos;un déplacement nécessite une seconde connexion au compte.</translation>
    </message>
    <message>
        <source>move the messages back from “%1”</source>
        <translation>ramener les messages depuis «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Could not undo: “%1” was recreated meanwhile.</source>
        <translation>Impossible d&apos;annuler&#x202f;: «&#x202f;%1&#x202f;» a été recréé entre-temps.</translation>
    </message>
    <message>
        <source>Could not undo: the moved messages are no longer in “%1”.</source>
        <translation>Impossible d&apos;annuler&#x202f;: les messages déplacés ne sont plus dans «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The messages are back; their copies in “%1” are marked as deleted until that folder is expunged.</source>
        <translation>Les messages sont revenus&#x202f;; leurs copies dans «&#x202f;%1&#x202f;» sont marquées comme supprimées jusqu&apos;à ce que ce dossier soit purgé.</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageDocument</name>
    <message>
        <source>From:</source>
        <translation>De&#x202f;:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet&#x202f;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#x202f;:</translation>
    </message>
    <message>
        <source>This part cannot be shown: %1</source>
        <translation>Cette partie ne peut pas être affichée&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageListModel</name>
    <message>
        <source>The account is not connected.</source>
        <translation>Le compte n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Le dossier n&apos;a pas pu être ouvert&#x202f;: %1</translation>
    </message>
    <message>
        <source>The folder&apos;s messages could not be listed: %1</source>
        <translation>Les messages du dossier n&apos;ont pas pu être listés&#x202f;: %1</translation>
    </message>
    <message>
        <source>The folder could not be brought up to date: %1</source>
        <translation>Le dossier n&apos;a pas pu être mis à jour&#x202f;: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Étoile</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
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
        <translation>le compte n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>The folder could not be opened: %1</source>
        <translation>Le dossier n&apos;a pas pu être ouvert&#x202f;: %1</translation>
    </message>
    <message>
        <source>The message could not be read: %1</source>
        <translation>Le message n&apos;a pas pu être lu&#x202f;: %1</translation>
    </message>
    <message>
        <source>The message is no longer in this folder.</source>
        <translation>Le message n&apos;est plus dans ce dossier.</translation>
    </message>
    <message>
        <source>The message has no such part.</source>
        <translation>Le message ne contient pas cette partie.</translation>
    </message>
    <message>
        <source>The part is too large to show; save it instead.</source>
        <translation>La partie est trop volumineuse pour être affichée&#x202f;; enregistrez-la plutôt.</translation>
    </message>
    <message>
        <source>The part could not be read: %1</source>
        <translation>La partie n&apos;a pas pu être lue&#x202f;: %1</translation>
    </message>
    <message>
        <source>The part is too large to hold in memory.</source>
        <translation>La partie est trop volumineuse pour être conservée en mémoire.</translation>
    </message>
    <message>
        <source>The server did not send the part.</source>
        <translation>Le serveur n&apos;a pas envoyé la partie.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageSortFilterModel</name>
    <message>
        <source>Not connected: cannot sort or search this folder now.</source>
        <translation>Non connecté&#x202f;: impossible de trier ou de rechercher dans ce dossier pour le moment.</translation>
    </message>
    <message>
        <source>the server said: %1</source>
        <translation>le serveur a répondu&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not sort the folder: %1</source>
        <translation>Impossible de trier le dossier&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not search the folder: %1</source>
        <translation>Impossible de rechercher dans le dossier&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>Quail::Models::MessageThreadModel</name>
    <message>
        <source>Could not thread the folder: %1</source>
        <translation>Impossible d&apos;organiser le dossier en fils de discussion&#x202f;: %1</translation>
    </message>
    <message>
        <source>Could not thread the folder: the server said: %1</source>
        <translation>Impossible d&apos;organiser le dossier en fils de discussion&#x202f;: le serveur a répondu&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>&amp;Show first:</source>
        <translation>&amp;Afficher en premier&#x202f;:</translation>
    </message>
    <message>
        <source>Which version of a message sent both as HTML and as plain text to show</source>
        <translation>Version à afficher pour un message envoyé à la fois en HTML et en texte brut</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>&amp;Mark messages as read when opened</source>
        <translation>&amp;Marquer les messages comme lus à leur ouverture</translation>
    </message>
    <message>
        <source>…&amp;after:</source>
        <translation>…a&amp;près&#x202f;:</translation>
    </message>
    <message>
        <source>How long a message must stay open before it counts as read</source>
        <translation>Durée pendant laquelle un message doit rester ouvert avant d&apos;être considéré comme lu</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Remote images:</source>
        <translation>&amp;Images distantes&#x202f;:</translation>
    </message>
    <message>
        <source>Images on the web tell the sender that and when you read the message</source>
        <translation>Les images hébergées sur le web indiquent à l&apos;expéditeur que vous avez lu le message, et quand</translation>
    </message>
    <message>
        <source>Never load</source>
        <translation>Ne jamais charger</translation>
    </message>
    <message>
        <source>Ask for each message</source>
        <translation>Demander pour chaque message</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>&amp;Delete:</source>
        <translation>&amp;Supprimer&#x202f;:</translation>
    </message>
    <message>
        <source>Moves messages to the Trash</source>
        <translation>Déplace les messages dans la Corbeille</translation>
    </message>
    <message>
        <source>Marks messages as deleted</source>
        <translation>Marque les messages comme supprimés</translation>
    </message>
    <message>
        <source>New mail</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message>
        <source>Show new mail at &amp;once (IDLE)</source>
        <translation>Afficher les &amp;nouveaux messages immédiatement (IDLE)</translation>
    </message>
    <message>
        <source>Keep a connection waiting for the server to announce new mail, instead of asking now and then</source>
        <translation>Garder une connexion en attente que le serveur annonce les nouveaux messages, au lieu de l&apos;interroger régulièrement</translation>
    </message>
    <message>
        <source>Show the unread count in the system &amp;tray</source>
        <translation>Afficher le nombre de messages non lus dans la zone de no&amp;tification</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try quail --help.</source>
        <translation>Essayez quail --help.</translation>
    </message>
</context>
</TS>
