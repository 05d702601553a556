// Session set-up against a scripted hostile or broken server: the STARTTLS
// and greeting cases of shared/reference/security-cases.md §8 (numbers in
// the comments). The sentinel password must never reach the wire where
// TLS was required, and every failure must say why.

#include "imap/engine/sasl.h"
#include "scriptedserver.h"
#include "setupprobe.h"
#include "testcertificates.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;
using Quail::Test::SetupProbe;
using Quail::Test::TestCertificates;
using Kind = SessionError::Kind;
using Security = ConnectionSettings::Security;

Q_DECLARE_METATYPE(Quail::Imap::SessionError::Kind)
Q_DECLARE_METATYPE(Quail::Imap::AuthMethod)

namespace {

const QString Sentinel = QStringLiteral("S3NT1NEL");

const QString StartTlsGreeting = QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] ready\n");

} // namespace

class TestSessionSetupFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void startTlsNotAdvertised();
    void startTlsRefused_data();
    void startTlsRefused();
    void preauthOnStartTlsAccount();
    void preauthOnImplicitTls();
    void injectionInTheOkSegment_data();
    void injectionInTheOkSegment();
    void preTlsTamperingIsIgnored();
    void loginDisabledBeforeTlsOnly();
    void taggedReplyForUnknownTag();
    void badGreetings_data();
    void badGreetings();
    void silentServerTimesOut();
    void timeoutCountsSilenceNotLength_data();
    void timeoutCountsSilenceNotLength();
    void referralIsNeverFollowed();
    void wrongPasswordIsAuthenticationFailed();
    void unavailableIsNotAWrongPassword();
    void passwordNeverInTheTrace_data();
    void passwordNeverInTheTrace();

private:
    ConnectionSettings settings(const ScriptedServer &server, Security security) const;
    static Credentials credentials(AuthMethod method = AuthMethod::Auto);
    void expectNoCredentials(const ScriptedServer &server, const SetupProbe &probe);

    std::unique_ptr<TestCertificates> m_certificates;
};

void TestSessionSetupFaults::initTestCase()
{
    QString error;
    m_certificates = TestCertificates::create(&error);
    QVERIFY2(m_certificates, qPrintable(error));
}

ConnectionSettings TestSessionSetupFaults::settings(const ScriptedServer &server, Security security) const
{
    return server.connectionSettings(security, m_certificates->ca().certificateFile);
}

Credentials TestSessionSetupFaults::credentials(AuthMethod method)
{
    return Credentials{QStringLiteral("alice"), Sentinel, false, method, {}};
}

void TestSessionSetupFaults::expectNoCredentials(const ScriptedServer &server, const SetupProbe &probe)
{
    const QByteArray wire = server.receivedBytes();
    QVERIFY2(!wire.contains(Sentinel.toUtf8()), wire.constData());
    QVERIFY2(!wire.contains("LOGIN "), wire.constData());
    QVERIFY2(!wire.contains("AUTHENTICATE"), wire.constData());
    QVERIFY(!probe.trace.contains(Sentinel.toUtf8()));
    QVERIFY(probe.alerts.isEmpty());
}

// §8.1
void TestSessionSetupFaults::startTlsNotAdvertised()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::Insecure);
    QCOMPARE(probe.error->insecure, SessionError::InsecureReason::StartTlsNotOffered);
    QVERIFY2(probe.error->message.contains(QStringLiteral("does not offer STARTTLS")),
             qPrintable(probe.error->message));
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    expectNoCredentials(server, probe);
}

// §8.2 (EAST O_1–O_4)
void TestSessionSetupFaults::startTlsRefused_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("NO") << QStringLiteral("S: <tag> NO not now") << Kind::Insecure;
    QTest::newRow("BAD") << QStringLiteral("S: <tag> BAD unknown command") << Kind::Insecure;
    QTest::newRow("continuation") << QStringLiteral("S: + go ahead") << Kind::Protocol;
    QTest::newRow("garbage") << QStringLiteral("S: <tag> \x01\x02 what") << Kind::Protocol;
    QTest::newRow("untagged only, then close") << QStringLiteral("S: * OK fine\nCLOSE") << Kind::ServerClosed;
}

void TestSessionSetupFaults::startTlsRefused()
{
    QFETCH(QString, reply);
    QFETCH(Kind, kind);
    ScriptedServer server;
    QVERIFY(
        server.addScript(StartTlsGreeting + QStringLiteral("C: <tag> STARTTLS\n") + reply
                         + (reply.endsWith(QStringLiteral("CLOSE")) ? QString() : QStringLiteral("\nEXPECT_CLOSE\n"))));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, kind);
    QCOMPARE(probe.error->insecure,
             kind == Kind::Insecure ? SessionError::InsecureReason::StartTlsRefused
                                    : SessionError::InsecureReason::None);
    QVERIFY(!probe.error->message.isEmpty());
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    expectNoCredentials(server, probe);
}

// §8.3
void TestSessionSetupFaults::preauthOnStartTlsAccount()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1 STARTTLS] logged in\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::Insecure);
    QCOMPARE(probe.error->insecure, SessionError::InsecureReason::PreauthBeforeTls);
    QVERIFY2(probe.error->message.contains(QStringLiteral("PREAUTH")), qPrintable(probe.error->message));
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QVERIFY(server.receivedBytes().isEmpty()); // not even a SELECT or LIST
}

void TestSessionSetupFaults::preauthOnImplicitTls()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * PREAUTH [CAPABILITY IMAP4rev1] welcome back\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::ImplicitTls), credentials());
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "");
    QVERIFY(probe.info->preauthenticated);
    probe.connection->close();
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY(!server.receivedBytes().contains(Sentinel.toUtf8()));
}

// §8.4 and §8.5 (EAST B_1–B_3)
void TestSessionSetupFaults::injectionInTheOkSegment_data()
{
    QTest::addColumn<QString>("injected");
    QTest::newRow("capability and tagged OK")
        << QStringLiteral("S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\nS: A2 OK injected\n");
    QTest::newRow("alert") << QStringLiteral("S: * OK [ALERT] Your account is suspended, call +1 555 0100\n");
    QTest::newRow("bye") << QStringLiteral("S: * BYE\n");
    QTest::newRow("partial line") << QStringLiteral("S+: * 1 EXI\n");
}

void TestSessionSetupFaults::injectionInTheOkSegment()
{
    QFETCH(QString, injected);
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(StartTlsGreeting + QStringLiteral("C: <tag> STARTTLS\nSEGMENT\nS: <tag> OK begin TLS\n")
                             + injected + QStringLiteral("END\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::Insecure);
    QVERIFY2(probe.error->message.contains(QStringLiteral("STARTTLS")), qPrintable(probe.error->message));
    // Bytes the engine had read are its own finding; bytes still in the
    // socket are the transport's (PlaintextInjection).
    QCOMPARE(probe.error->insecure, SessionError::InsecureReason::DataAfterStartTls);
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    expectNoCredentials(server, probe);
}

// §8.6, §8.7
void TestSessionSetupFaults::preTlsTamperingIsIgnored()
{
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [ALERT] Enter your password at http://evil.example\n"
                                            "C: <tag> CAPABILITY\n"
                                            "S: * CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\n"
                                            "S: * LIST () \"/\" Phantom\n"
                                            "S: * 3 EXISTS\n"
                                            "S: * OK [ALERT] pre-TLS alert\n"
                                            "S: <tag> OK done\n"
                                            "C: <tag> STARTTLS\n"
                                            "S: <tag> OK begin TLS\n"
                                            "TLS\n"
                                            "C: <tag> CAPABILITY\n"
                                            "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR\n"
                                            "S: <tag> OK done\n"
                                            "C: <tag> AUTHENTICATE PLAIN *\n"
                                            "S: <tag> OK [CAPABILITY IMAP4rev1 ENABLE MOVE] logged in\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "");
    QVERIFY2(probe.alerts.isEmpty(), qPrintable(probe.alerts.join(u'\n')));
    // Capabilities from after TLS and login only.
    QVERIFY(probe.info->capabilities.has("MOVE"));
    QVERIFY(!probe.info->capabilities.has("STARTTLS"));
    QVERIFY(!probe.info->capabilities.has("LOGINDISABLED"));
    probe.connection->close();
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

// §8.11
void TestSessionSetupFaults::loginDisabledBeforeTlsOnly()
{
    // LOGINDISABLED before TLS, LOGIN allowed after: the post-TLS list wins
    // and LOGIN goes out only encrypted.
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(StartTlsGreeting
                             + QStringLiteral("C: <tag> STARTTLS\n"
                                              "S: <tag> OK begin TLS\n"
                                              "TLS\n"
                                              "C: <tag> CAPABILITY\n"
                                              "S: * CAPABILITY IMAP4rev1\n"
                                              "S: <tag> OK done\n"
                                              "C: <tag> LOGIN alice S3NT1NEL\n"
                                              "S: <tag> OK logged in\n"
                                              "C: <tag> CAPABILITY\n"
                                              "S: * CAPABILITY IMAP4rev1 IDLE\n"
                                              "S: <tag> OK done\n"
                                              "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "");
    QVERIFY(probe.info->capabilities.has("IDLE"));
    probe.connection->close();
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

// §8.9
void TestSessionSetupFaults::taggedReplyForUnknownTag()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                                            "S: A1 OK STARTTLS done, honest\n"
                                            "STALL\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::StartTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::Protocol);
    QVERIFY2(probe.error->message.contains(QStringLiteral("never sent")), qPrintable(probe.error->message));
    expectNoCredentials(server, probe);
}

// §8.10, §8.20
void TestSessionSetupFaults::badGreetings_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("BYE") << QStringLiteral("S: * BYE too many connections") << Kind::ServerClosed
                         << QStringLiteral("too many connections");
    QTest::newRow("NO") << QStringLiteral("S: * NO go away") << Kind::Protocol << QStringLiteral("greeting");
    QTest::newRow("tagged") << QStringLiteral("S: A1 OK hello") << Kind::Protocol << QStringLiteral("never sent");
    QTest::newRow("capability instead") << QStringLiteral("S: * CAPABILITY IMAP4rev1") << Kind::Protocol
                                        << QStringLiteral("greeting");
    QTest::newRow("garbage") << QStringLiteral("S: HTTP/1.1 400 Bad Request") << Kind::Protocol
                             << QStringLiteral("Protocol error");
    QTest::newRow("empty line") << QStringLiteral("S: ") << Kind::Protocol << QStringLiteral("Protocol error");
    QTest::newRow("closed at once") << QStringLiteral("CLOSE") << Kind::ServerClosed << QStringLiteral("closed");
}

void TestSessionSetupFaults::badGreetings()
{
    QFETCH(QString, greeting);
    QFETCH(Kind, kind);
    QFETCH(QString, says);
    ScriptedServer server;
    QVERIFY(
        server.addScript(greeting + (greeting == QLatin1String("CLOSE") ? QString() : QStringLiteral("\nSTALL\n"))));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::None), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, kind);
    QVERIFY2(probe.error->message.contains(says), qPrintable(probe.error->message));
    // A response that does not parse says where, as fields too.
    QCOMPARE(bool(probe.error->parse), says == QLatin1String("Protocol error"));
    if (probe.error->parse)
        QCOMPARE(probe.error->parse->response, quint64(1));
    expectNoCredentials(server, probe);
}

// §8.27: a server that accepts and never greets.
void TestSessionSetupFaults::silentServerTimesOut()
{
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("STALL\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::None), credentials());
    probe.connection->setCommandTimeout(std::chrono::milliseconds(300));
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::Timeout);
    QVERIFY2(probe.error->message.contains(QStringLiteral("greeting")), qPrintable(probe.error->message));
}

// The watchdog measures the server's silence, not a command's length: an
// answer that keeps coming is waited for however long it takes, and the
// timeout runs from the last byte, not from the command.
void TestSessionSetupFaults::timeoutCountsSilenceNotLength_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("timesOut");
    QTest::addColumn<int>("atLeastMs");
    const QString working = QStringLiteral("WAIT 100\nS: * OK still working\n");
    // 800 ms in all, never silent for 600 ms.
    QTest::newRow("answer that keeps coming")
        << working.repeated(8) + QStringLiteral("S: <tag> OK [CAPABILITY IMAP4rev1] logged in\nSTALL\n") << false
        << 790;
    // 100 ms of work, then 600 ms of silence.
    QTest::newRow("silence after a first piece") << working + QStringLiteral("STALL\n") << true << 690;
}

void TestSessionSetupFaults::timeoutCountsSilenceNotLength()
{
    QFETCH(QString, answer);
    QFETCH(bool, timesOut);
    QFETCH(int, atLeastMs);
    ScriptedServer server;
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\n"
                                            "C: <tag> LOGIN alice S3NT1NEL\n")
                             + answer));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::None), credentials(AuthMethod::Login));
    probe.connection->setCommandTimeout(std::chrono::milliseconds(600));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(probe.run());
    QCOMPARE(bool(probe.error), timesOut);
    if (timesOut) {
        QCOMPARE(probe.error->kind, Kind::Timeout);
        QVERIFY2(probe.error->message.contains(QStringLiteral("LOGIN")), qPrintable(probe.error->message));
    } else {
        QVERIFY(probe.info);
    }
    QVERIFY2(clock.elapsed() >= atLeastMs, qPrintable(QString::number(clock.elapsed())));
}

// §8.8
void TestSessionSetupFaults::referralIsNeverFollowed()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [REFERRAL imap://;AUTH=*@evil.example:243/] moved\n"
                                            "C: <tag> CAPABILITY\n"
                                            "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                            "S: <tag> OK done\n"
                                            "C: <tag> AUTHENTICATE PLAIN\n"
                                            "S: + \n"
                                            "C: *\n"
                                            "S: <tag> NO [REFERRAL imap://alice@evil.example/] go there\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::ImplicitTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::AuthenticationFailed);
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), 1);
}

void TestSessionSetupFaults::wrongPasswordIsAuthenticationFailed()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n"
                                            "C: <tag> AUTHENTICATE PLAIN *\n"
                                            "S: <tag> NO [AUTHENTICATIONFAILED] Invalid credentials\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::ImplicitTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::AuthenticationFailed);
    QVERIFY2(probe.error->message.contains(QStringLiteral("Invalid credentials")), qPrintable(probe.error->message));
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QCOMPARE(server.connectionCount(), 1); // no retry loop
}

// RFC 5530 §3: [UNAVAILABLE] is a temporary failure of the server's, which
// must not make the user retype a correct password.
void TestSessionSetupFaults::unavailableIsNotAWrongPassword()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n"
                                            "C: <tag> AUTHENTICATE PLAIN *\n"
                                            "S: <tag> NO [UNAVAILABLE] User database down, try later\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    SetupProbe probe(settings(server, Security::ImplicitTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, Kind::LoginUnavailable);
    QVERIFY2(probe.error->message.contains(QStringLiteral("User database down")), qPrintable(probe.error->message));
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
}

// §8.38: the password, quoted, as a literal and in SASL, never in the trace.
void TestSessionSetupFaults::passwordNeverInTheTrace_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QString>("exchange");
    QTest::newRow("LOGIN, quoted") << QStringLiteral("S3NT1NEL with space") << AuthMethod::Login
                                   << QStringLiteral("C: <tag> LOGIN alice \"S3NT1NEL with space\"\n");
    QTest::newRow("LOGIN, literal") << QStringLiteral("S3NT1NEL\u00e9") << AuthMethod::Login
                                    << QStringLiteral(
                                           "C: <tag> LOGIN alice {10}\nS: + go\nC{}: S3NT1NEL\\xc3\\xa9\nC: \n");
    QTest::newRow("PLAIN, initial response")
        << Sentinel << AuthMethod::Plain << QStringLiteral("C: <tag> AUTHENTICATE PLAIN AGFsaWNlAFMzTlQxTkVM\n");
}

void TestSessionSetupFaults::passwordNeverInTheTrace()
{
    QFETCH(QString, password);
    QFETCH(AuthMethod, method);
    QFETCH(QString, exchange);
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\n") + exchange
                             + QStringLiteral("S: <tag> OK [CAPABILITY IMAP4rev1] in\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());
    Credentials c = credentials(method);
    c.secret = password;
    SetupProbe probe(settings(server, Security::ImplicitTls), c);
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message + QString::fromUtf8(probe.trace)) : "");
    probe.connection->close();
    QVERIFY2(server.waitForFinished(), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
    QVERIFY2(!probe.trace.contains("S3NT1NEL"), probe.trace.constData());
    QVERIFY(!probe.trace.contains(Sasl::plain(QStringLiteral("alice"), password).toBase64()));
    QVERIFY(!probe.trace.contains("AGFsaWNl"));
}

QTEST_GUILESS_MAIN(TestSessionSetupFaults)
#include "tst_sessionsetupfaults.moc"
