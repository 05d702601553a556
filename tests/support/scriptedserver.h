#pragma once

#include "imap/engine/engine.h"
#include "imap/transport/connectionsettings.h"
#include "scriptedserverstate.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QThread>

namespace Quail::Test {

class ScriptedListener;

// A fake IMAP server that plays scripts, for what a real Dovecot will not do:
// STARTTLS stripping and injection, hostile or broken responses, stalls and
// drops, certificates that must be refused, extensions Dovecot lacks.
//
// It listens on 127.0.0.1 on a port the OS picks, and runs on its own thread,
// so it keeps serving while the test's thread blocks (QProcess::waitForFinished
// on quail-imap, say). Each accepted connection plays the next script added;
// a connection beyond the last script is a failure and is closed at once.
//
// Scripts are text, one step per line, like an RFC transcript. Leading
// blanks are ignored, as are empty lines and lines starting with #. After the
// colon of S:, S+:, C: and C{}: one space is syntax and the rest is verbatim.
//
//   S: <text>        send text and CRLF; <tag> (or <tagNAME>) is replaced by
//                    the tag captured by an earlier C: line
//   S+: <escaped>    send bytes exactly, no CRLF added, with escapes \r \n \t
//                    \0 \\ \xNN (so IMAP flags are written \\Seen here); <tag>
//                    is replaced as in S:
//   SEGMENT ... END  the S:, S+: and LITERAL lines between them go out in one
//                    write, so one TCP segment: e.g. STARTTLS's tagged OK with
//                    injected lines behind it
//   LITERAL n [b]    send n bytes of b (one byte or escape, default x); on its
//                    own line streamed as the client reads, so n may be huge;
//                    inside a SEGMENT at most 64 MiB
//   C: <pattern>     the client's next line (CRLF-terminated; a bare LF is a
//                    failure) must match; see ScriptPattern: * is any run of
//                    bytes, <tag> captures a tag, everything else is literal and
//                    case-sensitive. A line ending in {n}, {n+} or {n-}
//                    announces a literal: script the "+ ..." continuation with
//                    S: when it is synchronizing, then C{}: for its bytes, then
//                    C: for the rest of the command line.
//   C{}: <pattern>   the next n bytes, the literal the last C: line announced;
//                    here * is a wildcard and \r \n \0 \xNN ... are escapes
//   TLS              start server-side TLS now and wait for the handshake; the
//                    client must not have sent anything after the last C: line
//   WAIT ms          pause
//   CLOSE            close gracefully (buffered bytes first, then FIN)
//   RESET            close with an RST (bytes the client has not read yet may
//                    be lost, as with any reset)
//   STALL            say nothing more and keep the connection open until the
//                    client gives up (what it sends meanwhile is only recorded)
//   EXPECT_CLOSE     the client must now close the connection; sending
//                    anything instead is a failure
//
// CLOSE, RESET, STALL and EXPECT_CLOSE end a script. A script that just runs
// out closes the connection, and client data it did not consume is a failure.
// The client may close while the server is still talking (S:, SEGMENT,
// LITERAL, WAIT, TLS) if the next other step is EXPECT_CLOSE, STALL, CLOSE,
// RESET or the end of the script; a close anywhere else is a failure, and so
// is a failed TLS handshake there. A failure is recorded with the script line,
// what was expected and what the client did, and the connection is dropped.
//
// With setImplicitTls(true), each connection starts with the TLS handshake
// (993-style) before the script's first line; a script whose first step is
// TLS does the same for its connection alone. Set a certificate first, e.g.
// from TestCertificates. A client that refuses the certificate closes the
// connection: script that as EXPECT_CLOSE (after the greeting, if any).
//
// Everything here is called from the test's thread; the server never calls
// back into the test except through finished().
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    // Adds the script for the next connection. A script that does not parse
    // is not added: returns false and records the reason as a failure.
    bool addScript(const QString &script);

    void setImplicitTls(bool on);
    // The identity for TLS; chain holds any intermediates to send after the leaf.
    void setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                        const QList<QSslCertificate> &chain = {});
    // For full control (protocols, ciphers); must include a certificate and key.
    void setSslConfiguration(const QSslConfiguration &configuration);
    QSslConfiguration sslConfiguration() const;

    // Listens on 127.0.0.1 on a free port; false (see errorString()) if not.
    bool listen();
    quint16 port() const { return m_port; }
    // Settings that reach this server with `security`, trusting `caFile`.
    Imap::ConnectionSettings connectionSettings(Imap::ConnectionSettings::Security security,
                                                const QString &caFile = {}) const
    {
        Imap::ConnectionSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = m_port;
        settings.security = security;
        settings.caFile = caFile;
        return settings;
    }
    QString errorString() const { return m_errorString; }
    // An Engine logged in over plaintext as the scripts' usual user (LOGIN
    // alice S3NT1NEL), once ready; nullptr if it was not within `timeoutMs`.
    std::unique_ptr<Imap::Engine> openEngine(int timeoutMs = 10000) const;

    int connectionCount() const;
    // Everything received from clients: all connections in order, or one (1-based).
    QByteArray receivedBytes() const;
    QByteArray receivedBytes(int connection) const;
    // The complete lines received, split at LF without the CRLF; literal data
    // appears as it falls.
    QList<QByteArray> receivedLines() const;
    // One sentence per script mismatch, parse error or unexpected connection.
    QStringList failures() const;

    // Every script has had its connection and played to its end.
    bool isFinished() const;
    // Runs the calling thread's event loop until isFinished() or the timeout.
    bool waitForFinished(int msecs = 5000);
    // The failures, then where each unfinished script waits: for QVERIFY2.
    QString report() const;

Q_SIGNALS:
    // Every script added so far has played to its end (pass or fail).
    void finished();

private:
    void checkFinished();

    ScriptedServerState m_state; // outlives the thread, which writes to it
    QThread m_thread;
    ScriptedListener *m_listener = nullptr; // lives on m_thread
    quint16 m_port = 0;
    QString m_errorString;
    bool m_finishedReported = false;
};

} // namespace Quail::Test
