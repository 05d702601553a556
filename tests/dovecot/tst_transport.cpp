// The transports against the real Dovecot fixture: implicit TLS, STARTTLS,
// certificate verification and pinning, the process transport, and the
// errors a user sees when something is wrong.

#include "imap/transport/transport.h"
#include "testserver.h"
#include "transportprobe.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Quail::Imap;
using Quail::Test::TestServer;
using Quail::Test::TransportProbe;
using Security = ConnectionSettings::Security;
using Kind = TransportError::Kind;

namespace {

constexpr int Timeout = 10000;

QByteArray fixtureCertificateDigest(const TestServer &server)
{
    const auto certificates = server.caCertificates();
    return certificates.isEmpty() ? QByteArray() : certificates.first().digest(QCryptographicHash::Sha256);
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void implicitTlsVerified();
    void untrustedCertificateCarriesTheChain();
    void pinnedCertificateIsAccepted();
    void otherCertificateOnPinnedHostFails();
    void validChainWithWrongPinFails();
    void startTlsUpgrades();
    void plaintextWhenChosen();
    void compressDeflate();
    void unreadableCaFileIsAnError();
    void refusedConnection();
    void handshakeTimeout();
    void processTransportSpeaksImap();
    void processThatCannotStart();
    void processThatFails();

private:
    ConnectionSettings settings(Security security) const;
    TestServer m_server;
};

void TestTransport::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

ConnectionSettings TestTransport::settings(Security security) const
{
    return m_server.connectionSettings(security);
}

void TestTransport::implicitTlsVerified()
{
    auto transport = Transport::create(settings(Security::ImplicitTls));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForLine("* OK"));
    QVERIFY(probe.opened);
    QCOMPARE(transport->security(), Transport::ChannelSecurity::Tls);
    const auto certificate = transport->peerCertificate();
    QVERIFY(certificate && certificate->leaf());
    QCOMPARE(certificate->leaf()->sha256, fixtureCertificateDigest(m_server));
}

void TestTransport::untrustedCertificateCarriesTheChain()
{
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.caFile.clear();
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QVERIFY(!probe.opened);
    QVERIFY(probe.received.isEmpty());
    const TransportError &error = probe.errors.first();
    QCOMPARE(error.kind, Kind::CertificateUntrusted);
    QVERIFY2(error.message.contains(QStringLiteral("127.0.0.1:%1").arg(m_server.imapsPort)), qPrintable(error.message));
    QVERIFY(error.certificate.has_value());
    const CertificateSummary *leaf = error.certificate->leaf();
    QVERIFY(leaf);
    QCOMPARE(leaf->sha256, fixtureCertificateDigest(m_server));
    QCOMPARE(leaf->subject, QStringLiteral("localhost"));
    QVERIFY(leaf->subjectAlternativeNames.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(leaf->notBefore < leaf->notAfter);
    QCOMPARE(leaf->sha256Hex().size(), 32 * 3 - 1);
    QVERIFY(error.certificate->errors.contains(QSslError::SelfSignedCertificate));
    QCOMPARE(probe.errors.size(), 1);
}

void TestTransport::pinnedCertificateIsAccepted()
{
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.caFile.clear();
    s.pinnedSha256 = fixtureCertificateDigest(m_server);
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForLine("* OK"));
    QCOMPARE(transport->security(), Transport::ChannelSecurity::PinnedTls);
}

void TestTransport::otherCertificateOnPinnedHostFails()
{
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.caFile.clear();
    s.pinnedSha256 = QCryptographicHash::hash("some other certificate", QCryptographicHash::Sha256);
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::CertificateChanged);
    QVERIFY(probe.errors.first().certificate.has_value());
    QVERIFY(!probe.opened);
}

void TestTransport::validChainWithWrongPinFails()
{
    // The chain verifies (the CA file trusts it), but the host is pinned to
    // another certificate: the pin wins.
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.pinnedSha256 = QCryptographicHash::hash("some other certificate", QCryptographicHash::Sha256);
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::CertificateChanged);
    QVERIFY(!probe.opened);
}

void TestTransport::startTlsUpgrades()
{
    auto transport = Transport::create(settings(Security::StartTls));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForLine("* OK"));
    QCOMPARE(transport->security(), Transport::ChannelSecurity::Plaintext);
    QVERIFY(probe.received.contains("STARTTLS"));

    probe.received.clear();
    transport->write("s1 STARTTLS\r\n");
    QVERIFY(probe.waitForLine("s1 OK"));
    transport->startTls();
    QVERIFY(QTest::qWaitFor([&] { return probe.upgraded || !probe.errors.isEmpty(); }, Timeout));
    QVERIFY(probe.errors.isEmpty());
    QCOMPARE(transport->security(), Transport::ChannelSecurity::Tls);

    probe.received.clear();
    transport->write("s2 CAPABILITY\r\n");
    QVERIFY(probe.waitForLine("s2 OK"));
    QVERIFY(!probe.received.contains("STARTTLS"));
}

void TestTransport::plaintextWhenChosen()
{
    auto transport = Transport::create(settings(Security::None));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForLine("* OK"));
    QCOMPARE(transport->security(), Transport::ChannelSecurity::Plaintext);
    transport->write("p1 LOGOUT\r\n");
    QVERIFY(QTest::qWaitFor([&] { return probe.closed; }, Timeout));
    QVERIFY(probe.errors.isEmpty());
}

void TestTransport::compressDeflate()
{
    auto transport = Transport::create(settings(Security::ImplicitTls));
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForLine("* OK"));
    transport->write("c1 LOGIN " + m_server.user.toUtf8() + ' ' + m_server.password.toUtf8() + "\r\n");
    QVERIFY(probe.waitForLine("c1 OK"));
    probe.received.clear();
    transport->write("c2 COMPRESS DEFLATE\r\n");
    QVERIFY(probe.waitForLine("c2 OK"));
    // Nothing followed the OK here, so nothing is pending.
    QCOMPARE(transport->enableCompression({}), QByteArray());
    QVERIFY(transport->isCompressed());

    probe.received.clear();
    transport->write("c3 SELECT INBOX\r\n");
    QVERIFY(probe.waitForLine("c3 OK"));
    QVERIFY2(probe.received.contains(" EXISTS\r\n"), probe.received.constData());
    transport->write("c4 LOGOUT\r\n");
    QVERIFY(probe.waitForLine("c4 OK"));
}

void TestTransport::unreadableCaFileIsAnError()
{
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.caFile = QStringLiteral("/nonexistent/quail-ca.pem");
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QVERIFY2(probe.errors.first().message.contains(s.caFile), qPrintable(probe.errors.first().message));
}

void TestTransport::refusedConnection()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.port = server.serverPort();
    server.close(); // nothing listens there now

    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::ConnectionRefused);
    QVERIFY2(probe.errors.first().message.contains(QString::number(s.port)), qPrintable(probe.errors.first().message));
}

void TestTransport::handshakeTimeout()
{
    // A server that accepts and then says nothing: the TLS handshake stalls.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ConnectionSettings s = settings(Security::ImplicitTls);
    s.port = server.serverPort();
    s.handshakeTimeout = std::chrono::milliseconds(300);

    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::Timeout);
    QVERIFY2(probe.errors.first().message.contains(QStringLiteral("TLS handshake")),
             qPrintable(probe.errors.first().message));
}

void TestTransport::processTransportSpeaksImap()
{
    ConnectionSettings s;
    s.processCommand = m_server.streamCommand;
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForLine("* PREAUTH"));
    QCOMPARE(transport->security(), Transport::ChannelSecurity::LocalProcess);
    transport->write("x1 SELECT INBOX\r\n");
    QVERIFY(probe.waitForLine("x1 OK"));
    transport->write("x2 LOGOUT\r\n");
    QVERIFY(QTest::qWaitFor([&] { return probe.closed || !probe.errors.isEmpty(); }, Timeout));
    QVERIFY(probe.errors.isEmpty());
}

void TestTransport::processThatCannotStart()
{
    ConnectionSettings s;
    s.processCommand = QStringLiteral("/nonexistent/quail-imapd --stdio");
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::ProcessFailed);
    QVERIFY2(probe.errors.first().message.contains(QStringLiteral("/nonexistent/quail-imapd")),
             qPrintable(probe.errors.first().message));
}

void TestTransport::processThatFails()
{
    ConnectionSettings s;
    s.processCommand =
        QStringLiteral("sh -c \"echo 'ssh: connect to host mail.example.com port 22: No route' >&2; exit 255\"");
    auto transport = Transport::create(s);
    TransportProbe probe(*transport);
    transport->open();
    QVERIFY(probe.waitForFailure());
    QCOMPARE(probe.errors.first().kind, Kind::ProcessFailed);
    const QString message = probe.errors.first().message;
    QVERIFY2(message.contains(QStringLiteral("255")) && message.contains(QStringLiteral("No route")),
             qPrintable(message));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
