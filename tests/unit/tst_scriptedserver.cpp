#include "scriptedserver.h"
#include "scriptpattern.h"
#include "serverscript.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace Quail::Test;

namespace {

constexpr int Timeout = 5000;

// A plain QSslSocket client driven from the test's thread. It never blocks
// (no waitFor*): it spins the event loop until what it waits for happens.
class Client
{
public:
    QSslSocket socket;

    bool connectPlain(quint16 port)
    {
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, Timeout);
    }

    void trust(const QSslCertificate &ca)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setCaCertificates({ca});
        configuration.setProtocol(QSsl::TlsV1_2OrLater);
        socket.setSslConfiguration(configuration);
    }

    // The next line, CRLF included; empty if none came.
    QByteArray readLine()
    {
        (void)QTest::qWaitFor(
            [&] { return socket.canReadLine() || socket.state() == QAbstractSocket::UnconnectedState; }, Timeout);
        return socket.canReadLine() ? socket.readLine() : QByteArray();
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    bool waitForClosed()
    {
        return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, Timeout);
    }

    // Everything until the server closes the connection.
    QByteArray readUntilClosed()
    {
        QByteArray all;
        (void)QTest::qWaitFor(
            [&] {
                all += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            Timeout);
        return all + socket.readAll();
    }
};

} // namespace

class TestScriptedServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void rejectsBadScripts_data();
    void rejectsBadScripts();
    void patterns_data();
    void patterns();

    void greetingAndTaggedReplies();
    void clientLinesInPiecesOrTogether();
    void mismatchIsRecorded();
    void clientCloseWhereNotExpectedIsRecorded();
    void unconsumedClientDataIsRecorded();
    void clientLiterals();
    void refusedLiteralIsNotRead();
    void oddClientInput_data();
    void oddClientInput();

    void startTls();
    void startTlsInjectionArrivesBeforeHandshake();
    void clientBytesBeforeHandshakeAreRecorded();
    void implicitTls();
    void refusedCertificates_data();
    void refusedCertificates();

    void rawBytes();
    void waitPauses();
    void closeMidLiteral();
    void resetMidLiteral();
    void hugeLiteralAnnouncement();
    void deepNesting();
    void stall();
    void expectClose_data();
    void expectClose();
    void connectionSequence();
    void servesWhileTestThreadBlocks();

private:
    std::unique_ptr<TestCertificates> m_certificates;
};

void TestScriptedServer::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QString error;
    m_certificates = TestCertificates::create(&error);
    QVERIFY2(m_certificates, qPrintable(error));
}

void TestScriptedServer::rejectsBadScripts_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("reason");

    QTest::newRow("unknown step") << QStringLiteral("S: * OK\nFROB 3") << QStringLiteral("line 2: unknown step");
    QTest::newRow("unknown escape") << QStringLiteral("S+: a\\qb") << QStringLiteral("unknown escape \\q");
    QTest::newRow("short hex escape") << QStringLiteral("S+: \\x4") << QStringLiteral("two hex digits");
    QTest::newRow("tag before capture") << QStringLiteral("S: <tag> OK") << QStringLiteral("<tag> is used before");
    QTest::newRow("other tag before capture")
        << QStringLiteral("C: <tag> NOOP\nS: <tag2> OK") << QStringLiteral("<tag2> is used before");
    QTest::newRow("step after STALL") << QStringLiteral("STALL\nS: * OK") << QStringLiteral("nothing can follow");
    QTest::newRow("step after EXPECT_CLOSE")
        << QStringLiteral("EXPECT_CLOSE\nCLOSE") << QStringLiteral("nothing can follow the step at line 1");
    QTest::newRow("literal before any line") << QStringLiteral("C{}: x") << QStringLiteral("earlier C: line");
    QTest::newRow("segment without end") << QStringLiteral("SEGMENT\nS: * OK") << QStringLiteral("without END");
    QTest::newRow("end without segment") << QStringLiteral("END") << QStringLiteral("END without SEGMENT");
    QTest::newRow("empty segment") << QStringLiteral("SEGMENT\nEND") << QStringLiteral("empty SEGMENT");
    QTest::newRow("expectation in segment")
        << QStringLiteral("SEGMENT\nC: x\nEND") << QStringLiteral("only S:, S+: and LITERAL");
    QTest::newRow("wait without number") << QStringLiteral("WAIT soon") << QStringLiteral("milliseconds");
    QTest::newRow("negative literal") << QStringLiteral("LITERAL -1") << QStringLiteral("byte count");
    QTest::newRow("two-byte fill") << QStringLiteral("LITERAL 3 ab") << QStringLiteral("one byte");
    QTest::newRow("huge literal in segment")
        << QStringLiteral("SEGMENT\nLITERAL 4294967296\nEND") << QStringLiteral("built in memory");
    QTest::newRow("arguments to TLS") << QStringLiteral("TLS now") << QStringLiteral("TLS takes no arguments");
}

void TestScriptedServer::rejectsBadScripts()
{
    QFETCH(QString, script);
    QFETCH(QString, reason);

    QString error;
    QVERIFY(!ServerScript::parse(script, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));

    // The server records it too, so a test that ignores addScript()'s result still fails.
    ScriptedServer server;
    QVERIFY(!server.addScript(script));
    QCOMPARE(server.failures().size(), 1);
    QVERIFY2(server.failures().first().contains(reason), qPrintable(server.failures().first()));
}

void TestScriptedServer::patterns_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<bool>("literal");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QByteArray>("tag");

    QTest::newRow("exact") << QByteArray("a1 NOOP") << false << QByteArray("a1 NOOP") << true << QByteArray();
    QTest::newRow("whole line only") << QByteArray("a1 NOOP") << false << QByteArray("a1 NOOPX") << false
                                     << QByteArray();
    QTest::newRow("case-sensitive") << QByteArray("a1 NOOP") << false << QByteArray("a1 noop") << false << QByteArray();
    QTest::newRow("tag captured") << QByteArray("<tag> LOGIN * *") << false << QByteArray("A0001 LOGIN alice secret")
                                  << true << QByteArray("A0001");
    QTest::newRow("tag with bracket") << QByteArray("<tag> NOOP") << false << QByteArray("a]1 NOOP") << true
                                      << QByteArray("a]1");
    QTest::newRow("no star tag") << QByteArray("<tag> NOOP") << false << QByteArray("* NOOP") << false << QByteArray();
    QTest::newRow("no plus tag") << QByteArray("<tag> NOOP") << false << QByteArray("a+1 NOOP") << false
                                 << QByteArray();
    QTest::newRow("empty tag") << QByteArray("<tag> NOOP") << false << QByteArray(" NOOP") << false << QByteArray();
    QTest::newRow("star in the middle") << QByteArray("<tag> SELECT * (CONDSTORE)") << false
                                        << QByteArray("x SELECT \"Sent Items\" (CONDSTORE)") << true << QByteArray("x");
    QTest::newRow("star matches nothing")
        << QByteArray("<tag> LIST \"\" *") << false << QByteArray("t LIST \"\" ") << true << QByteArray("t");
    QTest::newRow("escaped star is a star") << QByteArray("<tag> FETCH 1:\\* (FLAGS)") << false
                                            << QByteArray("t FETCH 1:* (FLAGS)") << true << QByteArray("t");
    QTest::newRow("escaped star is not a wildcard") << QByteArray("<tag> FETCH 1:\\* (FLAGS)") << false
                                                    << QByteArray("t FETCH 1:9 (FLAGS)") << false << QByteArray();
    QTest::newRow("backslash is itself in a line")
        << QByteArray("<tag> STORE 1 +FLAGS (\\Seen)") << false << QByteArray("t STORE 1 +FLAGS (\\Seen)") << true
        << QByteArray("t");
    QTest::newRow("other angle brackets are text") << QByteArray("<tag> FETCH 1 BODY[]<0.64>") << false
                                                   << QByteArray("t FETCH 1 BODY[]<0.64>") << true << QByteArray("t");
    QTest::newRow("literal escapes") << QByteArray("a\\r\\n\\x00b") << true << QByteArray("a\r\n\0b", 5) << true
                                     << QByteArray();
    QTest::newRow("literal wildcard") << QByteArray("From: *\\r\\n\\r\\n*") << true
                                      << QByteArray("From: a@b\r\n\r\nbody") << true << QByteArray();
    QTest::newRow("literal no tag capture")
        << QByteArray("<tag>") << true << QByteArray("<tag>") << true << QByteArray();
}

void TestScriptedServer::patterns()
{
    QFETCH(QByteArray, pattern);
    QFETCH(bool, literal);
    QFETCH(QByteArray, input);
    QFETCH(bool, matches);
    QFETCH(QByteArray, tag);

    QString error;
    const auto parsed =
        ScriptPattern::parse(pattern, literal ? ScriptPattern::Syntax::Literal : ScriptPattern::Syntax::Line, &error);
    QVERIFY2(parsed, qPrintable(error));
    QHash<QByteArray, QByteArray> captures;
    QCOMPARE(parsed->matches(input, &captures), matches);
    QCOMPARE(captures.value("tag"), tag);
}

void TestScriptedServer::greetingAndTaggedReplies()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        # a comment, and indentation, are fine
        S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready
        C: <tag> CAPABILITY
        S: * CAPABILITY IMAP4rev1 STARTTLS
        S: <tag> OK CAPABILITY completed
        C: <tagOut> LOGOUT
        S: * BYE logging out
        S: <tagOut> OK LOGOUT completed (<tag> came first)
    )")));
    QVERIFY2(server.listen(), qPrintable(server.errorString()));
    QVERIFY(server.port() > 0);

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS] ready\r\n"));
    client.send("a1 CAPABILITY\r\n");
    QCOMPARE(client.readLine(), QByteArray("* CAPABILITY IMAP4rev1 STARTTLS\r\n"));
    QCOMPARE(client.readLine(), QByteArray("a1 OK CAPABILITY completed\r\n"));
    client.send("b.2 LOGOUT\r\n");
    QCOMPARE(client.readLine(), QByteArray("* BYE logging out\r\n"));
    QCOMPARE(client.readLine(), QByteArray("b.2 OK LOGOUT completed (a1 came first)\r\n"));
    // The script has run out: the server closes the connection.
    QVERIFY(client.waitForClosed());

    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.receivedBytes(), QByteArray("a1 CAPABILITY\r\nb.2 LOGOUT\r\n"));
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"a1 CAPABILITY", "b.2 LOGOUT"}));
}

void TestScriptedServer::clientLinesInPiecesOrTogether()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK ready
        C: <tag> NOOP
        S: <tag> OK NOOP completed
        C: <tag> CHECK
        C: <tag2> NOOP
        S: <tag> OK CHECK completed
        S: <tag2> OK NOOP completed
    )")));
    QVERIFY(server.listen());
    QSignalSpy finished(&server, &ScriptedServer::finished);

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("* OK ready\r\n"));
    // One byte per write, with the event loop running in between.
    for (const char c : QByteArray("a1 NOOP\r\n")) {
        client.send(QByteArray(1, c));
        QTest::qWait(2);
    }
    QCOMPARE(client.readLine(), QByteArray("a1 OK NOOP completed\r\n"));
    // Two pipelined commands in one write.
    client.send("a2 CHECK\r\na3 NOOP\r\n");
    QCOMPARE(client.readLine(), QByteArray("a2 OK CHECK completed\r\n"));
    QCOMPARE(client.readLine(), QByteArray("a3 OK NOOP completed\r\n"));

    QVERIFY(server.waitForFinished(Timeout));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::mismatchIsRecorded()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK ready
        C: <tag> LOGIN alice secret
        S: <tag> OK LOGIN completed
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("* OK ready\r\n"));
    client.send("a1 LOGIN bob wrong\r\n");
    // No OK: the server drops the connection at the mismatch.
    QCOMPARE(client.readUntilClosed(), QByteArray());

    QVERIFY(server.waitForFinished(Timeout));
    QCOMPARE(server.failures().size(), 1);
    const QString failure = server.failures().first();
    QVERIFY2(failure.contains(QStringLiteral("script line 3")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("C: <tag> LOGIN alice secret")), qPrintable(failure));
    QVERIFY2(failure.contains(QStringLiteral("does not match: a1 LOGIN bob wrong")), qPrintable(failure));
    QVERIFY2(server.report().contains(failure), qPrintable(server.report()));
}

void TestScriptedServer::clientCloseWhereNotExpectedIsRecorded()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nC: <tag> LOGIN * *\nS: <tag> OK")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("* OK ready\r\n"));
    client.send("a1 LOG"); // half a line, then gone
    QTest::qWait(20);
    client.socket.disconnectFromHost();

    QVERIFY(server.waitForFinished(Timeout));
    QCOMPARE(server.failures().size(), 1);
    QVERIFY2(
        server.failures().first().contains(QStringLiteral("closed the connection after an unfinished line: a1 LOG")),
        qPrintable(server.report()));
}

void TestScriptedServer::unconsumedClientDataIsRecorded()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nC: <tag> NOOP\nS: <tag> OK\nWAIT 50")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("* OK ready\r\n"));
    client.send("a1 NOOP\r\na2 DELETE INBOX\r\n");

    QVERIFY(server.waitForFinished(Timeout));
    QCOMPARE(server.failures().size(), 1);
    QVERIFY2(server.failures().first().contains(QStringLiteral("the script has ended, but the client sent a2 DELETE")),
             qPrintable(server.report()));
}

void TestScriptedServer::clientLiterals()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK [CAPABILITY IMAP4rev1 LITERAL+] ready
        C: <tag> LOGIN {5}
        S: + go ahead
        C{}: alice
        C:  {7+}
        C{}: se\x00c*
        C:
        S: <tag> OK LOGIN completed
        C: <tag> APPEND INBOX (\Seen) {*}
        S: + ready
        C{}: From: *\r\n\r\nHello\r\n
        C:
        S: <tag> OK APPEND completed
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 LOGIN {5}\r\n");
    QCOMPARE(client.readLine(), QByteArray("+ go ahead\r\n"));
    client.send(QByteArray("alice {7+}\r\nse\0cret\r\n", 21));
    QCOMPARE(client.readLine(), QByteArray("a1 OK LOGIN completed\r\n"));

    const QByteArray message = "From: a@example.org\r\n\r\nHello\r\n";
    client.send("a2 APPEND INBOX (\\Seen) {" + QByteArray::number(message.size()) + "}\r\n");
    QCOMPARE(client.readLine(), QByteArray("+ ready\r\n"));
    // The literal in pieces, the CRLF that ends the command with its last piece.
    client.send(message.left(10));
    QTest::qWait(5);
    client.send(message.mid(10) + "\r\n");
    QCOMPARE(client.readLine(), QByteArray("a2 OK APPEND completed\r\n"));

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::refusedLiteralIsNotRead()
{
    // A server that answers a synchronizing literal with BAD instead of "+":
    // the client must not send the literal, and the next line is a new command.
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK ready
        C: <tag> SELECT {6}
        S: <tag> BAD no literals here
        C: <tag> NOOP
        S: <tag> OK
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 SELECT {6}\r\n");
    QCOMPARE(client.readLine(), QByteArray("a1 BAD no literals here\r\n"));
    client.send("a2 NOOP\r\n");
    QCOMPARE(client.readLine(), QByteArray("a2 OK\r\n"));
    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::oddClientInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("failure");

    QRandomGenerator random(4711);
    QByteArray noise(65536, Qt::Uninitialized);
    for (char &c : noise)
        c = static_cast<char>(random.bounded(256));
    noise.replace('\n', 'n'); // one long line, closed below

    QTest::newRow("binary noise") << noise + "\r\n" << QStringLiteral("line does not match");
    QTest::newRow("bare LF") << QByteArray("a1 LOGIN alice secret\n") << QStringLiteral("bare LF");
    QTest::newRow("NUL in a line") << QByteArray("a1 LOGIN al\0ce secret\r\n", 23)
                                   << QStringLiteral("does not match: a1 LOGIN al\\x00ce");
    QTest::newRow("no line end, then gone") << QByteArray(100000, 'A') << QStringLiteral("unfinished line: AAA");
}

void TestScriptedServer::oddClientInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, failure);

    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nC: <tag> LOGIN alice secret\nS: <tag> OK")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send(input);
    if (!input.endsWith('\n')) {
        QVERIFY(QTest::qWaitFor([&] { return server.receivedBytes().size() == input.size(); }, Timeout));
        client.socket.disconnectFromHost();
    }
    QVERIFY(client.waitForClosed());

    QVERIFY(server.waitForFinished(Timeout));
    QCOMPARE(server.failures().size(), 1);
    QVERIFY2(server.failures().first().contains(failure), qPrintable(server.report()));
    QCOMPARE(server.receivedBytes(), input);
}

void TestScriptedServer::startTls()
{
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready
        C: <tag> STARTTLS
        S: <tag> OK Begin TLS negotiation now
        TLS
        C: <tag> CAPABILITY
        S: * CAPABILITY IMAP4rev1 AUTH=PLAIN
        S: <tag> OK CAPABILITY completed
    )")));
    QVERIFY(server.listen());

    Client client;
    client.trust(m_certificates->ca().certificate);
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 STARTTLS\r\n");
    QCOMPARE(client.readLine(), QByteArray("a1 OK Begin TLS negotiation now\r\n"));
    QCOMPARE(client.socket.bytesAvailable(), 0); // nothing smuggled in behind the OK

    client.socket.startClientEncryption();
    QVERIFY(QTest::qWaitFor([&] { return client.socket.isEncrypted(); }, Timeout));
    QCOMPARE(client.socket.peerCertificate(), m_certificates->server().certificate);
    client.send("a2 CAPABILITY\r\n");
    QCOMPARE(client.readLine(), QByteArray("* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n"));
    QCOMPARE(client.readLine(), QByteArray("a2 OK CAPABILITY completed\r\n"));

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    // The record holds what the client meant, decrypted.
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"a1 STARTTLS", "a2 CAPABILITY"}));
}

void TestScriptedServer::startTlsInjectionArrivesBeforeHandshake()
{
    // The tagged OK and forged lines in one segment (the "NO STARTTLS"
    // buffering attack): a client must find them buffered and abort.
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready
        C: <tag> STARTTLS
        SEGMENT
        S: <tag> OK Begin TLS negotiation now
        S: * CAPABILITY IMAP4rev1 AUTH=PLAIN INJECTED
        S+: A2 OK injected\r\n
        END
        EXPECT_CLOSE
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 STARTTLS\r\n");
    QCOMPARE(client.readLine(), QByteArray("a1 OK Begin TLS negotiation now\r\n"));
    // Right after the OK line, before any handshake: the injected bytes are already here.
    QVERIFY(client.socket.bytesAvailable() > 0);
    QCOMPARE(client.socket.readAll(), QByteArray("* CAPABILITY IMAP4rev1 AUTH=PLAIN INJECTED\r\nA2 OK injected\r\n"));
    client.socket.abort(); // what the engine must do

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(server.receivedBytes(), QByteArray("a1 STARTTLS\r\n"));
}

void TestScriptedServer::clientBytesBeforeHandshakeAreRecorded()
{
    // A client that pipelines past STARTTLS sends those bytes in plaintext.
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK\nC: <tag> STARTTLS\nWAIT 50\nS: <tag> OK go\nTLS\nC: *")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 STARTTLS\r\na2 LOGIN alice secret\r\n");

    QVERIFY(server.waitForFinished(Timeout));
    QCOMPARE(server.failures().size(), 1);
    QVERIFY2(server.failures().first().contains(QStringLiteral("before the TLS handshake: a2 LOGIN")),
             qPrintable(server.report()));
}

void TestScriptedServer::implicitTls()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready
        C: <tag> LOGOUT
        S: * BYE
        S: <tag> OK LOGOUT completed
    )")));
    QVERIFY(server.listen());

    Client client;
    client.trust(m_certificates->ca().certificate);
    client.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QCOMPARE(client.readLine(), QByteArray("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n"));
    QVERIFY(client.socket.isEncrypted());
    QVERIFY(client.socket.sslHandshakeErrors().isEmpty());
    client.send("z LOGOUT\r\n");
    QCOMPARE(client.readLine(), QByteArray("* BYE\r\n"));
    QCOMPARE(client.readLine(), QByteArray("z OK LOGOUT completed\r\n"));
    QVERIFY(client.waitForClosed());

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::refusedCertificates_data()
{
    QTest::addColumn<QString>("presented");
    QTest::addColumn<QSslError::SslError>("expected");

    QTest::newRow("self-signed") << QStringLiteral("selfSigned") << QSslError::SelfSignedCertificate;
    QTest::newRow("changed pinned") << QStringLiteral("changed") << QSslError::SelfSignedCertificate;
    QTest::newRow("expired") << QStringLiteral("expired") << QSslError::CertificateExpired;
    QTest::newRow("wrong host") << QStringLiteral("wrongHost") << QSslError::HostNameMismatch;
}

void TestScriptedServer::refusedCertificates()
{
    QFETCH(QString, presented);
    QFETCH(QSslError::SslError, expected);

    const QHash<QString, TestCertificates::Identity> identities{
        {QStringLiteral("selfSigned"), m_certificates->selfSigned()},
        {QStringLiteral("changed"), m_certificates->changed()},
        {QStringLiteral("expired"), m_certificates->expired()},
        {QStringLiteral("wrongHost"), m_certificates->wrongHost()},
    };
    const TestCertificates::Identity identity = identities.value(presented);

    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(identity.certificate, identity.key);
    // A client that refuses the certificate hangs up without a word.
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nEXPECT_CLOSE")));
    QVERIFY(server.listen());

    Client client;
    client.trust(m_certificates->ca().certificate); // but not the presented certificate's issuer
    QSignalSpy sslErrors(&client.socket, &QSslSocket::sslErrors);
    client.socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
    QVERIFY(client.waitForClosed());
    QCOMPARE(sslErrors.size(), 1);

    QList<QSslError::SslError> kinds;
    for (const QSslError &error : sslErrors.first().first().value<QList<QSslError>>())
        kinds.append(error.error());
    QVERIFY2(kinds.contains(expected), qPrintable(client.socket.errorString()));
    QCOMPARE(client.socket.peerCertificate(), identity.certificate);
    if (presented == u"changed") {
        // The pinning case: same names as selfSigned(), different fingerprint.
        QCOMPARE(identity.certificate.subjectAlternativeNames(),
                 m_certificates->selfSigned().certificate.subjectAlternativeNames());
        QVERIFY(identity.certificate.digest(QCryptographicHash::Sha256)
                != m_certificates->selfSigned().certificate.digest(QCryptographicHash::Sha256));
    }

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(server.receivedBytes(), QByteArray()); // not one application byte
}

void TestScriptedServer::rawBytes()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S+: * OK \x00nul and \\Seen\r\n
        S: * FLAGS (\Seen \Answered)
        S+: no line end yet
        WAIT 20
        S+: \r\n
        S+: bare LF\n
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    const QByteArray expected = QByteArray("* OK ") + '\0'
        + QByteArray("nul and \\Seen\r\n* FLAGS (\\Seen \\Answered)\r\nno line end yet\r\nbare LF\n");
    QCOMPARE(client.readUntilClosed(), expected);
    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::waitPauses()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK one\nWAIT 150\nS: * OK two")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QCOMPARE(client.readLine(), QByteArray("* OK one\r\n"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client.readLine(), QByteArray("* OK two\r\n"));
    QVERIFY2(timer.elapsed() >= 120, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(server.waitForFinished(Timeout));
}

void TestScriptedServer::closeMidLiteral()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK ready
        C: <tag> FETCH 1 BODY[]
        S: * 1 FETCH (BODY[] {100000}
        LITERAL 50000 a
        CLOSE
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 FETCH 1 BODY[]\r\n");
    QCOMPARE(client.readUntilClosed(), "* 1 FETCH (BODY[] {100000}\r\n" + QByteArray(50000, 'a'));
    QCOMPARE(client.socket.error(), QAbstractSocket::RemoteHostClosedError);
    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::resetMidLiteral()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK ready
        C: <tag> FETCH 1 BODY[]
        S: * 1 FETCH (BODY[] {100000}
        LITERAL 500 b
        WAIT 50
        RESET
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 FETCH 1 BODY[]\r\n");
    const QByteArray expected = "* 1 FETCH (BODY[] {100000}\r\n" + QByteArray(500, 'b');
    // An RST may cost the client bytes it had not read yet; never more than were sent.
    QVERIFY(expected.startsWith(client.readUntilClosed()));
    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::hugeLiteralAnnouncement()
{
    // Announce 4 GiB and start streaming it; the client gives up part-way,
    // which the script allows because EXPECT_CLOSE comes next.
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral(R"(
        S: * OK ready
        C: <tag> FETCH 1 BODY[]
        S: * 1 FETCH (BODY[] {4294967296}
        LITERAL 4294967296
        EXPECT_CLOSE
    )")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 FETCH 1 BODY[]\r\n");
    QCOMPARE(client.readLine(), QByteArray("* 1 FETCH (BODY[] {4294967296}\r\n"));
    qint64 received = 0;
    QVERIFY(QTest::qWaitFor(
        [&] {
            received += client.socket.readAll().count('x');
            return received >= 1000000;
        },
        Timeout));
    client.socket.abort();

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::deepNesting()
{
    // Scripts are text, so hostile shapes are built in the test.
    const int depth = 10000;
    const QString body = QStringLiteral("(").repeated(depth) + QStringLiteral("\"TEXT\" \"PLAIN\"")
        + QStringLiteral(")").repeated(depth);
    ScriptedServer server;
    QVERIFY(
        server.addScript(QStringLiteral("S: * OK ready\nC: <tag> FETCH 1 BODYSTRUCTURE\nS: * 1 FETCH (BODYSTRUCTURE ")
                         + body + QStringLiteral(")\nS: <tag> OK done")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 FETCH 1 BODYSTRUCTURE\r\n");
    const QByteArray line = client.readLine();
    QCOMPARE(line.count('('), depth + 1);
    QVERIFY(line.endsWith(")\r\n"));
    QCOMPARE(client.readLine(), QByteArray("a1 OK done\r\n"));
    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestScriptedServer::stall()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nC: <tag> NOOP\nSTALL")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    client.send("a1 NOOP\r\n");
    // Nothing comes back, and the connection stays open: the client's timeout has to act.
    QTest::qWait(200);
    QCOMPARE(client.socket.bytesAvailable(), 0);
    QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    QVERIFY(!server.isFinished());
    QVERIFY2(server.report().contains(QStringLiteral("waiting at script line 3 (STALL)")), qPrintable(server.report()));
    client.send("a2 NOOP\r\n"); // ignored, but recorded
    QTest::qWait(20);
    client.socket.disconnectFromHost(); // the client gives up

    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(server.receivedLines(), (QList<QByteArray>{"a1 NOOP", "a2 NOOP"}));
}

void TestScriptedServer::expectClose_data()
{
    QTest::addColumn<QByteArray>("clientSends");
    QTest::addColumn<QString>("failure");

    QTest::newRow("client closes") << QByteArray() << QString();
    QTest::newRow("client logs in anyway")
        << QByteArray("a1 LOGIN alice S3NT1NEL\r\n")
        << QStringLiteral("the client sent a1 LOGIN alice S3NT1NEL\\r\\n instead of closing");
}

void TestScriptedServer::expectClose()
{
    QFETCH(QByteArray, clientSends);
    QFETCH(QString, failure);

    // STARTTLS is required but not offered: the client must refuse to go on.
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 LOGINDISABLED] ready\nEXPECT_CLOSE")));
    QVERIFY(server.listen());

    Client client;
    QVERIFY(client.connectPlain(server.port()));
    QVERIFY(client.readLine().startsWith("* OK"));
    if (clientSends.isEmpty()) {
        client.socket.disconnectFromHost();
    } else {
        client.send(clientSends);
        QVERIFY(client.waitForClosed()); // the failing server hangs up
    }

    QVERIFY(server.waitForFinished(Timeout));
    if (failure.isEmpty()) {
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    } else {
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(failure), qPrintable(server.report()));
    }
    QCOMPARE(server.receivedBytes().contains("S3NT1NEL"), !failure.isEmpty());
}

void TestScriptedServer::connectionSequence()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK first\nC: <tag> LOGOUT\nS: <tag> OK")));
    QVERIFY(server.addScript(QStringLiteral("S: * OK second\nEXPECT_CLOSE")));
    QVERIFY(server.listen());

    Client first;
    QVERIFY(first.connectPlain(server.port()));
    QCOMPARE(first.readLine(), QByteArray("* OK first\r\n"));
    first.send("a1 LOGOUT\r\n");
    QCOMPARE(first.readLine(), QByteArray("a1 OK\r\n"));
    QVERIFY(first.waitForClosed());
    QVERIFY(!server.isFinished());

    Client second;
    QVERIFY(second.connectPlain(server.port()));
    QCOMPARE(second.readLine(), QByteArray("* OK second\r\n"));
    second.socket.disconnectFromHost();
    QVERIFY(server.waitForFinished(Timeout));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(server.receivedBytes(1), QByteArray("a1 LOGOUT\r\n"));
    QCOMPARE(server.receivedBytes(2), QByteArray());

    // A third connection has no script: refused, and a failure.
    Client third;
    third.socket.connectToHost(QHostAddress(QHostAddress::LocalHost), server.port());
    QVERIFY(QTest::qWaitFor([&] { return !server.failures().isEmpty(); }, Timeout));
    QVERIFY(third.waitForClosed());
    QVERIFY2(server.failures().first().contains(QStringLiteral("connection 3 was not expected")),
             qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), 3);
}

void TestScriptedServer::servesWhileTestThreadBlocks()
{
    // The server has its own thread, so blocking calls here (like a test's
    // QProcess::waitForFinished on quail-imap) do not starve it.
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("TLS\nS: * OK ready\nC: <tag> LOGOUT\nS: <tag> OK")));
    QVERIFY(server.listen());

    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_certificates->ca().certificate});
    socket.setSslConfiguration(configuration);
    socket.connectToHostEncrypted(QStringLiteral("localhost"), server.port());
    QVERIFY2(socket.waitForEncrypted(Timeout), qPrintable(socket.errorString()));
    QVERIFY(socket.canReadLine() || socket.waitForReadyRead(Timeout));
    QCOMPARE(socket.readLine(), QByteArray("* OK ready\r\n"));
    socket.write("a1 LOGOUT\r\n");
    QVERIFY(socket.waitForBytesWritten(Timeout));
    QVERIFY(socket.canReadLine() || socket.waitForReadyRead(Timeout));
    QCOMPARE(socket.readLine(), QByteArray("a1 OK\r\n"));
    QVERIFY(socket.state() == QAbstractSocket::UnconnectedState || socket.waitForDisconnected(Timeout));
    QVERIFY(server.isFinished());
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

QTEST_GUILESS_MAIN(TestScriptedServer)

#include "tst_scriptedserver.moc"
