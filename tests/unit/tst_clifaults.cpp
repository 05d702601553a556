// quail-imap against the scripted fake server (tests/support): the exact
// exit status and sentence for each failure the issue lists, and the
// command-injection cases of security-cases.md §8 (1, 2, 9, 12, 25–30): what
// the user types produces exactly one command on the wire, or a refusal
// before anything is sent.

#include "cliprocess.h"
#include "scriptedserver.h"
#include "testcertificates.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Quail::Test::ScriptedServer;
using Quail::Test::TestCertificates;

namespace {

constexpr int Timeout = 30000;
const QByteArray Sentinel = "S3NT1NEL";

// PREAUTH on plaintext (--security none): the session is ready at once, so
// a script can start with the verb's command.
const QString Preauth = QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 IDLE] welcome\n");
// How every run that got a session ends: LOGOUT, politely.
const QString Logout = QStringLiteral("C: <tag> LOGOUT\nS: * BYE bye\nS: <tag> OK done\nCLOSE\n");

using Run = Quail::Test::CliRun;

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startTlsNotOffered();
    void startTlsRefused();
    void certificateNotTrusted();
    void greetingTimeout();
    void commandTimeout();
    void connectionClosedDuringFetch();
    void protocolError();
    void preauthWhereStartTlsIsRequired();
    void unsolicitedResponsesAreKept();
    void injection_data();
    void injection();
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();

private:
    Run run(const QStringList &arguments) const;
    QStringList plaintext(quint16 port) const;

    QTemporaryDir m_dir;
    QString m_passwordFile;
    std::unique_ptr<TestCertificates> m_certificates;
};

void TestCliFaults::initTestCase()
{
    QVERIFY2(QFile::exists(Quail::Test::cliBinary()), "QUAIL_IMAP must name the quail-imap binary");
    QVERIFY(m_dir.isValid());
    m_passwordFile = m_dir.filePath(QStringLiteral("password"));
    QFile file(m_passwordFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Sentinel + '\n');
    file.close();
    QString error;
    m_certificates = TestCertificates::create(&error);
    QVERIFY2(m_certificates, qPrintable(error));
}

Run TestCliFaults::run(const QStringList &arguments) const
{
    return Quail::Test::runCli(arguments, {}, Timeout);
}

QStringList TestCliFaults::plaintext(quint16 port) const
{
    return {QStringLiteral("--host"), QStringLiteral("127.0.0.1"),  QStringLiteral("--port"),
            QString::number(port),    QStringLiteral("--security"), QStringLiteral("none"),
            QStringLiteral("--user"), QStringLiteral("anna"),       QStringLiteral("--password-file"),
            m_passwordFile,           QStringLiteral("--timeout"),  QStringLiteral("5")};
}

void TestCliFaults::startTlsNotOffered()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN LOGIN] ready\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    const Run r = run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("starttls"),
                       QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--password-file"),
                       m_passwordFile, QStringLiteral("-e"), QStringLiteral("noop")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err, QByteArray("quail-imap: server does not offer STARTTLS: refusing to continue without TLS\n"));
    QVERIFY(!server.receivedBytes().contains(Sentinel));
    QVERIFY(!server.receivedBytes().contains("LOGIN"));
    QVERIFY(!server.receivedBytes().contains("AUTHENTICATE"));
}

void TestCliFaults::startTlsRefused()
{
    for (const QString &reply : {QStringLiteral("S: <tag> NO not now"), QStringLiteral("S: <tag> BAD what")}) {
        ScriptedServer server;
        QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] ready\n"
                                                "C: <tag> STARTTLS\n")
                                 + reply + QStringLiteral("\nEXPECT_CLOSE\n")));
        QVERIFY(server.listen());
        const Run r = run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                           QString::number(server.port()), QStringLiteral("--security"), QStringLiteral("starttls"),
                           QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--password-file"),
                           m_passwordFile, QStringLiteral("-e"), QStringLiteral("noop")});
        QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
        QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith("quail-imap: refusing to continue without TLS: "), r.err.constData());
        QVERIFY(!server.receivedBytes().contains(Sentinel));
        QCOMPARE(server.connectionCount(), 1); // no retry without TLS
    }
}

void TestCliFaults::certificateNotTrusted()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->selfSigned().certificate, m_certificates->selfSigned().key);
    QVERIFY(server.addScript(QStringLiteral("EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    const Run r =
        run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(server.port()), QStringLiteral("--user"), QStringLiteral("anna"),
             QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("-e"), QStringLiteral("noop")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith("quail-imap: certificate not trusted: "), r.err.constData());
    QVERIFY2(r.err.contains("SHA-256"), r.err.constData());
    QVERIFY(server.receivedBytes().isEmpty()); // not one application byte

    // The same certificate's CA given with --ca-file is trusted.
    ScriptedServer trusted;
    trusted.setImplicitTls(true);
    trusted.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(trusted.addScript(Preauth + QStringLiteral("C: <tag> NOOP\nS: <tag> OK fine\n") + Logout));
    QVERIFY(trusted.listen());
    const Run ok =
        run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
             QString::number(trusted.port()), QStringLiteral("--ca-file"), m_certificates->ca().certificateFile,
             QStringLiteral("--user"), QStringLiteral("anna"), QStringLiteral("--password-file"), m_passwordFile,
             QStringLiteral("-e"), QStringLiteral("noop")});
    QVERIFY2(trusted.waitForFinished(Timeout), qPrintable(trusted.report()));
    QVERIFY2(trusted.failures().isEmpty(), qPrintable(trusted.report()));
    QVERIFY2(ok.exitCode == 0, ok.err.constData());
}

void TestCliFaults::greetingTimeout()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("STALL\n")));
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("--timeout") << QStringLiteral("1") << QStringLiteral("-e") << QStringLiteral("noop");
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.endsWith("quail-imap: timed out after 1 s waiting for the server's greeting\n"), r.err.constData());
    QVERIFY2(r.elapsed < 8000, QByteArray::number(r.elapsed).constData());
}

void TestCliFaults::commandTimeout()
{
    ScriptedServer server;
    QVERIFY(server.addScript(Preauth + QStringLiteral("C: <tag> SELECT INBOX\nS: * 3 EXISTS\nSTALL\n")));
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("--timeout") << QStringLiteral("2") << QStringLiteral("--json") << QStringLiteral("-e")
              << QStringLiteral("select INBOX");
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.endsWith("quail-imap: timed out after 2 s waiting for the server to answer SELECT\n"),
             r.err.constData());
    QVERIFY2(r.elapsed < 10000, QByteArray::number(r.elapsed).constData());
    const QJsonObject verb = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(verb.value(QStringLiteral("status")).toString(), QStringLiteral("ERROR"));
}

void TestCliFaults::connectionClosedDuringFetch()
{
    // Case 25/26: the connection drops halfway through a literal.
    ScriptedServer server;
    QVERIFY(server.addScript(Preauth
                             + QStringLiteral("C: <tag> FETCH 1 (BODY[])\n"
                                              "S+: * 1 FETCH (BODY[] {100000}\\r\\nFrom: a@example.org\\r\\n\n"
                                              "CLOSE\n")));
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("--json") << QStringLiteral("-e") << QStringLiteral("fetch 1 BODY[]")
              << QStringLiteral("-e") << QStringLiteral("noop");
    const Run r = run(arguments);
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.endsWith("quail-imap: connection closed by server during FETCH\n"), r.err.constData());
    // No partial body is shown as if it were complete.
    QVERIFY(!r.out.contains("From: a@example.org"));
    QCOMPARE(r.out.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(),
             QStringLiteral("ERROR"));
}

void TestCliFaults::protocolError()
{
    ScriptedServer server;
    QVERIFY(server.addScript(Preauth + QStringLiteral("C: <tag> NOOP\nS: * 1 FETCH (UID notanumber)\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("-e") << QStringLiteral("noop");
    const Run r = run(arguments);
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(r.exitCode, 3);
    // "* 1 FETCH (UID " is 15 bytes; the greeting was response 1.
    QVERIFY2(r.err.endsWith("quail-imap: protocol error at byte 15 of response: number expected "
                            "(response 2 of the session)\n"),
             r.err.constData());
}

void TestCliFaults::preauthWhereStartTlsIsRequired()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] hi\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    const Run r = run({QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                       QString::number(server.port()), QStringLiteral("--user"), QStringLiteral("anna"),
                       QStringLiteral("--password-file"), m_passwordFile, QStringLiteral("-e"),
                       QStringLiteral("starttls"), QStringLiteral("-e"), QStringLiteral("noop")});
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.err,
             QByteArray("quail-imap: server sent PREAUTH on a connection that must switch to TLS first: "
                        "refusing to continue without TLS\n"));
    QVERIFY(server.receivedBytes().isEmpty());
}

void TestCliFaults::unsolicitedResponsesAreKept()
{
    // Well-formed but unasked for: shown, never fatal.
    ScriptedServer server;
    QVERIFY(server.addScript(Preauth
                             + QStringLiteral("C: <tag> NOOP\nS: * VANISHED 5:7\nS: * XFOO bar baz\n"
                                              "S: <tag> OK done\n")
                             + Logout));
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("--json") << QStringLiteral("-e") << QStringLiteral("noop");
    const Run r = run(arguments);
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("\"type\":\"VANISHED\""), r.out.constData());
    QVERIFY2(r.out.contains("\"type\":\"XFOO\""), r.out.constData());
}

void TestCliFaults::injection_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("exchange"); // the script between the greeting and LOGOUT
    QTest::addColumn<int>("exitCode");

    const QString noMailbox = QStringLiteral("S: <tag> NO no such mailbox\n");
    QTest::newRow("mailbox with CR LF") << QStringLiteral("select \"a\r\nX1 DELETE INBOX\"")
                                        << QStringLiteral("C: <tag> SELECT \"a&AA0ACg-X1 DELETE INBOX\"\n") + noMailbox
                                        << 1;
    QTest::newRow("mailbox with quote and backslash")
        << QStringLiteral("create \"a\\\"b\\\\c\"") << QStringLiteral("C: <tag> CREATE \"a\\\"b\\\\c\"\nS: <tag> OK\n")
        << 0;
    QTest::newRow("mailbox like a literal")
        << QStringLiteral("create \"{5}\"") << QStringLiteral("C: <tag> CREATE \"{5}\"\nS: <tag> OK\n") << 0;
    QTest::newRow("mailbox 8-bit") << QStringLiteral("create Überweisungen")
                                   << QStringLiteral("C: <tag> CREATE &ANw-berweisungen\nS: <tag> OK\n") << 0;
    QTest::newRow("mailbox backquote") << QStringLiteral("delete \"a`b\"")
                                       << QStringLiteral("C: <tag> DELETE a`b\nS: <tag> OK\n") << 0;
    QTest::newRow("search with CR LF") << QStringLiteral("search SUBJECT \"x\r\nX1 LOGOUT\"")
                                       << QStringLiteral("C: <tag> SEARCH SUBJECT {12}\nS: + go on\n"
                                                         "C{}: x\\r\\nX1 LOGOUT\nC: \nS: * SEARCH\nS: <tag> OK\n")
                                       << 0;
    QTest::newRow("search 8-bit") << QStringLiteral("search SUBJECT \"café\"")
                                  << QStringLiteral("C: <tag> SEARCH CHARSET UTF-8 SUBJECT {5}\nS: + go on\n"
                                                    "C{}: caf\\xc3\\xa9\nC: \nS: * SEARCH 2\nS: <tag> OK\n")
                                  << 0;
    QTest::newRow("search quote and backslash")
        << QStringLiteral("search FROM \"a\\\\b\\\"c\"")
        << QStringLiteral("C: <tag> SEARCH FROM \"a\\\\b\\\"c\"\nS: * SEARCH\nS: <tag> OK\n") << 0;
    QTest::newRow("search like a literal")
        << QStringLiteral("search TEXT \"{5}\"")
        << QStringLiteral("C: <tag> SEARCH TEXT \"{5}\"\nS: * SEARCH\nS: <tag> OK\n") << 0;
    // Case 30: no LITERAL+, and the server refuses the literal: its bytes
    // must never follow (the next thing on the wire is LOGOUT).
    QTest::newRow("literal refused") << QStringLiteral("search SUBJECT \"x\r\nX1 LOGOUT\"")
                                     << QStringLiteral("C: <tag> SEARCH SUBJECT {12}\nS: <tag> BAD no thanks\n") << 1;
    QTest::newRow("keyword flag") << QStringLiteral("store 1 +FLAGS ($Junk \\Seen)")
                                  << QStringLiteral("C: <tag> STORE 1 +FLAGS ($Junk \\Seen)\nS: <tag> OK\n") << 0;
    QTest::newRow("raw") << QStringLiteral("raw XAPPLE \"a b\" (c)")
                         << QStringLiteral("C: <tag> XAPPLE \"a b\" (c)\nS: <tag> OK\n") << 0;
}

void TestCliFaults::injection()
{
    QFETCH(QString, verb);
    QFETCH(QString, exchange);
    QFETCH(int, exitCode);
    ScriptedServer server;
    QVERIFY(server.addScript(Preauth + exchange + Logout));
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("-e") << verb;
    const Run r = run(arguments);
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report() + QString::fromUtf8(r.err)));
    QCOMPARE(r.exitCode, exitCode);
    // The script matched every byte the client sent, whole lines and
    // literals alike, and a script that runs out with unread client data
    // fails: so the wire held exactly the verb's command (and its literal,
    // only after "+") and then LOGOUT, nothing else.
    QVERIFY(server.isFinished());
}

void TestCliFaults::refusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("verb");
    QTest::newRow("flag with CR") << QStringLiteral("store 1 +FLAGS (\"\\Seen\rX\")");
    QTest::newRow("flag with LF") << QStringLiteral("store 1 +FLAGS (\"a\nb\")");
    QTest::newRow("flag with space") << QStringLiteral("store 1 +FLAGS (\"a b\")");
    QTest::newRow("flag with quote") << QStringLiteral("store 1 FLAGS (\"a\\\"b\")");
    QTest::newRow("flag 8-bit") << QStringLiteral("store 1 FLAGS (Ü)");
    QTest::newRow("keyword with CR") << QStringLiteral("search KEYWORD \"a\rb\"");
    QTest::newRow("raw with CR LF") << QStringLiteral("raw NOOP\r\nX1 DELETE INBOX");
    QTest::newRow("raw with LF") << QStringLiteral("raw NOOP\nX1 DELETE INBOX");
    QTest::newRow("raw literal") << QStringLiteral("raw APPEND INBOX {5}");
    QTest::newRow("raw 8-bit") << QStringLiteral("raw SELECT Überweisungen");
    QTest::newRow("raw LOGIN") << QStringLiteral("raw LOGIN anna secret");
    QTest::newRow("fetch item with brace") << QStringLiteral("fetch 1 (BODY[HEADER.FIELDS {5}])");
    QTest::newRow("unknown search key") << QStringLiteral("search FLAGGED \"x\" BOGUS(");
    QTest::newRow("bad set") << QStringLiteral("fetch 1,,2 FLAGS");
}

void TestCliFaults::refusedBeforeConnecting()
{
    QFETCH(QString, verb);
    ScriptedServer server;
    QVERIFY(server.listen());
    QStringList arguments = plaintext(server.port());
    arguments << QStringLiteral("-e") << verb;
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("quail-imap: -e '"), r.err.constData());
    QTest::qWait(100);
    QCOMPARE(server.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_clifaults.moc"
