// Setting up sessions with the real Dovecot: every transport and login
// mechanism it offers, what the session learns, and the refusals a user
// must see (wrong password, plaintext without consent).

#include "imap/engine/sasl.h"
#include "imap/protocol/commands.h"
#include "setupprobe.h"
#include "testserver.h"

#include <QTest>

using namespace Quail::Imap;
using Quail::Test::SetupProbe;
using Quail::Test::TestServer;
using Security = ConnectionSettings::Security;

Q_DECLARE_METATYPE(Quail::Imap::AuthMethod)
Q_DECLARE_METATYPE(Quail::Imap::ConnectionSettings::Security)

class TestSessionSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logsIn_data();
    void logsIn();
    void wrongPassword();
    void plaintextByChoiceHidesThePassword();
    void plaintextWhenChosen();
    void preauthOverProcess();
    void enablesExtensions();
    void compression();
    void traceNeverShowsSecrets();

private:
    ConnectionSettings settings(Security security) const;
    Credentials credentials(AuthMethod method = AuthMethod::Auto) const;
    TestServer m_server;
};

void TestSessionSetup::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

ConnectionSettings TestSessionSetup::settings(Security security) const
{
    return m_server.connectionSettings(security);
}

Credentials TestSessionSetup::credentials(AuthMethod method) const
{
    return Credentials{m_server.user, m_server.password, false, method, {}};
}

void TestSessionSetup::logsIn_data()
{
    QTest::addColumn<Security>("security");
    QTest::addColumn<AuthMethod>("method");
    QTest::addColumn<QByteArray>("expectedCommand");
    QTest::newRow("TLS, auto (PLAIN with SASL-IR)")
        << Security::ImplicitTls << AuthMethod::Auto << QByteArray("AUTHENTICATE <redacted>");
    QTest::newRow("TLS, LOGIN") << Security::ImplicitTls << AuthMethod::Login << QByteArray("LOGIN <redacted>");
    QTest::newRow("TLS, CRAM-MD5") << Security::ImplicitTls << AuthMethod::CramMd5
                                   << QByteArray("AUTHENTICATE <redacted>");
    QTest::newRow("STARTTLS, auto") << Security::StartTls << AuthMethod::Auto << QByteArray("AUTHENTICATE <redacted>");
    QTest::newRow("STARTTLS, LOGIN") << Security::StartTls << AuthMethod::Login << QByteArray("LOGIN <redacted>");
}

void TestSessionSetup::logsIn()
{
    QFETCH(Security, security);
    QFETCH(AuthMethod, method);
    QFETCH(QByteArray, expectedCommand);

    SetupProbe probe(settings(security), credentials(method));
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "no result");
    QCOMPARE(probe.connection->security(), Transport::ChannelSecurity::Tls);
    // What the handshake settled on, for the window to show: the fixture
    // allows TLS 1.2 and later.
    QVERIFY(probe.info->tls);
    QVERIFY2(probe.info->tls->protocol == QLatin1String("TLS 1.3")
                 || probe.info->tls->protocol == QLatin1String("TLS 1.2"),
             qPrintable(probe.info->tls->protocol));
    QVERIFY(!probe.info->tls->cipher.isEmpty());
    QVERIFY2(probe.info->tls->keyBits >= 128, qPrintable(QString::number(probe.info->tls->keyBits)));
    QVERIFY(!probe.info->preauthenticated);
    QVERIFY(probe.info->greeting.contains(QStringLiteral("Dovecot")));
    QCOMPARE(probe.info->quirks.family, ServerQuirks::Family::Dovecot);
    // After login Dovecot lists its extensions; before it, it does not.
    QVERIFY(probe.info->capabilities.has("QRESYNC"));
    QVERIFY(probe.info->capabilities.has("MOVE"));
    QVERIFY2(probe.trace.contains(expectedCommand), probe.trace.constData());
    if (security == Security::StartTls) {
        // STARTTLS went first, and a fresh CAPABILITY followed it.
        const qsizetype startTls = probe.trace.indexOf(" STARTTLS\n");
        QVERIFY(startTls > 0);
        QVERIFY(probe.trace.indexOf(" CAPABILITY\n", startTls) > startTls);
    }
}

void TestSessionSetup::wrongPassword()
{
    Credentials wrong = credentials();
    wrong.secret = QStringLiteral("S3NT1NEL-wrong");
    SetupProbe probe(settings(Security::ImplicitTls), wrong);
    QVERIFY(probe.run());
    QVERIFY(probe.error);
    QCOMPARE(probe.error->kind, SessionError::Kind::AuthenticationFailed);
    QVERIFY2(probe.error->message.contains(QStringLiteral("Authentication failed")), qPrintable(probe.error->message));
    QVERIFY(!probe.error->message.contains(QStringLiteral("S3NT1NEL")));
}

void TestSessionSetup::plaintextByChoiceHidesThePassword()
{
    ConnectionSettings plain = settings(Security::None);
    SetupProbe probe(plain, credentials());
    QVERIFY(probe.run());
    // The user chose plaintext explicitly: that is consent, so login works.
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "no result");
    QCOMPARE(probe.connection->security(), Transport::ChannelSecurity::Plaintext);
    // Without TLS, auto prefers a mechanism that does not reveal the password.
    QVERIFY2(probe.trace.contains("AUTHENTICATE <redacted>"), probe.trace.constData());
}

void TestSessionSetup::plaintextWhenChosen()
{
    // LOGIN explicitly, in clear, by choice: still works, and the trace
    // still hides the password.
    SetupProbe probe(settings(Security::None), credentials(AuthMethod::Login));
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "no result");
    QVERIFY(!probe.info->tls);
    QVERIFY(!probe.trace.contains(m_server.password.toUtf8()));
}

void TestSessionSetup::preauthOverProcess()
{
    ConnectionSettings s;
    s.processCommand = m_server.streamCommand;
    SetupProbe probe(s, Credentials{});
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "no result");
    QVERIFY(probe.info->preauthenticated);
    QCOMPARE(probe.connection->security(), Transport::ChannelSecurity::LocalProcess);
    QVERIFY2(!probe.sent().contains("LOGIN"), probe.trace.constData());
    QVERIFY(!probe.sent().contains("AUTHENTICATE"));
}

void TestSessionSetup::enablesExtensions()
{
    SetupProbe probe(settings(Security::ImplicitTls), credentials());
    QVERIFY(probe.run());
    QVERIFY(probe.info);
    QVERIFY2(probe.info->enabled.contains("CONDSTORE") && probe.info->enabled.contains("QRESYNC"),
             probe.trace.constData());
    QVERIFY(probe.connection->encoderOptions().literalPlus);

    SessionOptions without;
    without.enableExtensions = false;
    SetupProbe plain(settings(Security::ImplicitTls), credentials(), without);
    QVERIFY(plain.run());
    QVERIFY(plain.info);
    QVERIFY(plain.info->enabled.isEmpty());
    QVERIFY(!plain.sent().contains("ENABLE"));
}

void TestSessionSetup::compression()
{
    SessionOptions options;
    options.compress = true;
    SetupProbe probe(settings(Security::ImplicitTls), credentials(), options);
    QVERIFY(probe.run());
    QVERIFY2(probe.info, probe.error ? qPrintable(probe.error->message) : "no result");
    QVERIFY(probe.info->compressed);
    QVERIFY(probe.connection->isCompressed());

    // The compressed channel carries commands.
    std::optional<StatusResponse> noop;
    probe.connection->send(Commands::noop(), [&](const StatusResponse &s) { noop = s; });
    QVERIFY(QTest::qWaitFor([&] { return noop.has_value(); }, 10000));
    QCOMPARE(noop->status, StatusResponse::Status::Ok);
}

void TestSessionSetup::traceNeverShowsSecrets()
{
    for (const AuthMethod method : {AuthMethod::Login, AuthMethod::Plain, AuthMethod::CramMd5}) {
        SetupProbe probe(settings(Security::ImplicitTls), credentials(method));
        QVERIFY(probe.run());
        QVERIFY(probe.info);
        const QByteArray password = m_server.password.toUtf8();
        QVERIFY2(!probe.trace.contains(password), probe.trace.constData());
        QVERIFY(!probe.trace.contains(Sasl::plain(m_server.user, m_server.password).toBase64()));
    }
}

QTEST_GUILESS_MAIN(TestSessionSetup)
#include "tst_sessionsetup.moc"
