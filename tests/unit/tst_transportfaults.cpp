// The socket transport against a scripted server, for what Dovecot won't do:
// plaintext injected after STARTTLS, and certificates that are expired, for
// another host, or not the pinned one.

#include "imap/transport/transport.h"
#include "scriptedserver.h"
#include "testcertificates.h"
#include "transportprobe.h"

#include <QTest>

using namespace Quail::Imap;
using Quail::Test::ScriptedServer;
using Quail::Test::TestCertificates;
using Quail::Test::TransportProbe;
using Kind = TransportError::Kind;
using Security = ConnectionSettings::Security;

namespace {

constexpr int Timeout = 10000;

} // namespace

class TestTransportFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void injectionAfterStartTlsIsRefused();
    void cleanStartTlsUpgrades();
    void refusedCertificates_data();
    void refusedCertificates();
    void pinnedSelfSignedIsAccepted();
    void changedCertificateOnPinnedHost();

private:
    ConnectionSettings settingsFor(const ScriptedServer &server, Security security) const;

    std::unique_ptr<TestCertificates> m_certificates;
};

void TestTransportFaults::initTestCase()
{
    QString error;
    m_certificates = TestCertificates::create(&error);
    QVERIFY2(m_certificates, qPrintable(error));
}

ConnectionSettings TestTransportFaults::settingsFor(const ScriptedServer &server, Security security) const
{
    return server.connectionSettings(security, m_certificates->ca().certificateFile);
}

void TestTransportFaults::injectionAfterStartTlsIsRefused()
{
    // A forged response arrives after the OK and before any TLS: the
    // buffering attack (security-cases §1). Bytes that came with the OK are
    // the engine's to catch; these came later and sit in the transport,
    // which must refuse to start TLS over them.
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                                            "C: <tag> STARTTLS\n"
                                            "S: <tag> OK Begin TLS negotiation now\n"
                                            "WAIT 50\n"
                                            "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN INJECTED\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());

    auto transport = Transport::create(settingsFor(server, Security::StartTls));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitFor("ready\r\n"));
    transport->write("s1 STARTTLS\r\n");
    QVERIFY(probe.waitFor("s1 OK Begin TLS negotiation now\r\n"));
    QVERIFY(!probe.received.contains("INJECTED"));
    // The engine is busy for a moment; the forged line lands meanwhile.
    probe.autoRead = false;
    QTest::qWait(500);
    transport->startTls();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::PlaintextInjection);
    QVERIFY2(probe.errors.first().message.contains(QStringLiteral("STARTTLS")),
             qPrintable(probe.errors.first().message));
    QVERIFY(!probe.upgraded);
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestTransportFaults::cleanStartTlsUpgrades()
{
    ScriptedServer server;
    server.setCertificate(m_certificates->server().certificate, m_certificates->server().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK [CAPABILITY IMAP4rev1 STARTTLS] ready\n"
                                            "C: <tag> STARTTLS\n"
                                            "S: <tag> OK Begin TLS negotiation now\n"
                                            "TLS\n"
                                            "C: <tag> CAPABILITY\n"
                                            "S: * CAPABILITY IMAP4rev1 AUTH=PLAIN\n"
                                            "S: <tag> OK done\n"
                                            "EXPECT_CLOSE\n")));
    QVERIFY(server.listen());

    auto transport = Transport::create(settingsFor(server, Security::StartTls));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitFor("ready\r\n"));
    transport->write("s1 STARTTLS\r\n");
    QVERIFY(probe.waitFor("s1 OK"));
    transport->startTls();
    QVERIFY(QTest::qWaitFor([&] { return probe.upgraded || !probe.errors.isEmpty(); }, Timeout));
    QVERIFY(probe.errors.isEmpty());
    QCOMPARE(transport->security(), Transport::ChannelSecurity::Tls);
    transport->write("s2 CAPABILITY\r\n");
    QVERIFY(probe.waitFor("s2 OK done"));
    transport->close();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY2(server.failures().isEmpty(), qPrintable(server.report()));
}

void TestTransportFaults::refusedCertificates_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QSslError::SslError>("expected");
    QTest::newRow("expired") << QStringLiteral("expired") << QSslError::CertificateExpired;
    QTest::newRow("other host") << QStringLiteral("wrongHost") << QSslError::HostNameMismatch;
    QTest::newRow("self-signed") << QStringLiteral("selfSigned") << QSslError::SelfSignedCertificate;
}

void TestTransportFaults::refusedCertificates()
{
    QFETCH(QString, which);
    QFETCH(QSslError::SslError, expected);
    const TestCertificates::Identity &identity = which == QLatin1String("expired") ? m_certificates->expired()
        : which == QLatin1String("wrongHost")                                      ? m_certificates->wrongHost()
                                                                                   : m_certificates->selfSigned();
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(identity.certificate, identity.key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());

    auto transport = Transport::create(settingsFor(server, Security::ImplicitTls));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    const TransportError &error = probe.errors.first();
    QCOMPARE(error.kind, Kind::CertificateUntrusted);
    QVERIFY(error.certificate.has_value());
    QVERIFY2(error.certificate->errors.contains(expected), qPrintable(error.message));
    QCOMPARE(error.certificate->leaf()->sha256, identity.certificate.digest(QCryptographicHash::Sha256));
    QVERIFY(!probe.opened);
    QVERIFY(probe.received.isEmpty());
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY(server.receivedBytes().isEmpty()); // not one application byte was sent
}

void TestTransportFaults::pinnedSelfSignedIsAccepted()
{
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->selfSigned().certificate, m_certificates->selfSigned().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());

    ConnectionSettings s = settingsFor(server, Security::ImplicitTls);
    s.pinnedSha256 = m_certificates->selfSigned().certificate.digest(QCryptographicHash::Sha256);
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitFor("* OK ready\r\n"));
    QCOMPARE(transport->security(), Transport::ChannelSecurity::PinnedTls);
    transport->close();
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
}

void TestTransportFaults::changedCertificateOnPinnedHost()
{
    // Same host names, another key: what an interceptor presents.
    ScriptedServer server;
    server.setImplicitTls(true);
    server.setCertificate(m_certificates->changed().certificate, m_certificates->changed().key);
    QVERIFY(server.addScript(QStringLiteral("S: * OK ready\nEXPECT_CLOSE\n")));
    QVERIFY(server.listen());

    ConnectionSettings s = settingsFor(server, Security::ImplicitTls);
    s.pinnedSha256 = m_certificates->selfSigned().certificate.digest(QCryptographicHash::Sha256);
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::CertificateChanged);
    QCOMPARE(probe.errors.first().certificate->leaf()->sha256,
             m_certificates->changed().certificate.digest(QCryptographicHash::Sha256));
    QVERIFY(probe.received.isEmpty());
    QVERIFY2(server.waitForFinished(Timeout), qPrintable(server.report()));
    QVERIFY(server.receivedBytes().isEmpty());
}

QTEST_GUILESS_MAIN(TestTransportFaults)
#include "tst_transportfaults.moc"
