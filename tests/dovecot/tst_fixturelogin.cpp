// Logs in to the fixture Dovecot over implicit TLS and over STARTTLS with a
// bare QSslSocket, and checks that the fixture offers what later tests need.
// The engine's own tests come with the engine; this one proves the fixture.

#include "testserver.h"

#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

using Quail::Test::TestServer;

namespace {

constexpr int Timeout = 10000;

// Reads lines until the one starting with `tag` (a tagged completion or "*"
// for the greeting); returns all lines read, or an empty list on timeout.
QList<QByteArray> readUntil(QSslSocket &socket, const QByteArray &tag)
{
    QList<QByteArray> lines;
    while (true) {
        while (!socket.canReadLine()) {
            if (!socket.waitForReadyRead(Timeout))
                return {};
        }
        const QByteArray line = socket.readLine();
        lines.append(line);
        if (line.startsWith(QByteArray(tag + ' ')))
            return lines;
    }
}

QList<QByteArray> command(QSslSocket &socket, const QByteArray &tag, const QByteArray &text)
{
    socket.write(tag + ' ' + text + "\r\n");
    return readUntil(socket, tag);
}

} // namespace

class TestFixtureLogin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void implicitTls_data();
    void implicitTls();
    void untrustedCertificateIsRefused();
    void startTls();
    void wrongPasswordFails();
    void serverOffersTheExtensionsTestsNeed();

private:
    QSslConfiguration trustingFixture() const;
    void loginOverImplicitTls(QSslSocket &socket);

    TestServer m_server;
};

void TestFixtureLogin::initTestCase()
{
    QString error;
    const auto server = TestServer::fromEnvironment(&error);
    QVERIFY2(server, qPrintable(error));
    m_server = *server;
}

QSslConfiguration TestFixtureLogin::trustingFixture() const
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.addCaCertificates(m_server.caCertificates());
    return config;
}

void TestFixtureLogin::implicitTls_data()
{
    QTest::addColumn<QString>("hostName");
    // The certificate names both; the host-name check must pass for each.
    QTest::newRow("IP address") << QStringLiteral("127.0.0.1");
    QTest::newRow("localhost") << QStringLiteral("localhost");
}

void TestFixtureLogin::implicitTls()
{
    QFETCH(QString, hostName);

    QSslSocket socket;
    socket.setSslConfiguration(trustingFixture());
    socket.connectToHostEncrypted(m_server.host, m_server.imapsPort, hostName);
    QVERIFY2(socket.waitForEncrypted(Timeout), qPrintable(socket.errorString()));
    QVERIFY(socket.sslHandshakeErrors().isEmpty());

    const auto greeting = readUntil(socket, "*");
    QVERIFY(!greeting.isEmpty());
    QVERIFY(greeting.first().startsWith("* OK"));

    const auto reply = command(socket, "a1", "LOGIN " + m_server.user.toUtf8() + ' ' + m_server.password.toUtf8());
    QVERIFY(!reply.isEmpty());
    QVERIFY2(reply.last().startsWith("a1 OK"), reply.last().constData());
    QVERIFY(command(socket, "a2", "LOGOUT").last().startsWith("a2 OK"));
}

void TestFixtureLogin::untrustedCertificateIsRefused()
{
    // Without the fixture's certificate among the CAs, verification fails:
    // proof that the other tests really verify the peer.
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    socket.setSslConfiguration(config);
    QList<QSslError> errors;
    connect(&socket, &QSslSocket::sslErrors, this, [&errors](const QList<QSslError> &e) { errors = e; });
    socket.connectToHostEncrypted(m_server.host, m_server.imapsPort, QStringLiteral("localhost"));
    QVERIFY(!socket.waitForEncrypted(Timeout));
    QVERIFY(!errors.isEmpty());
    QVERIFY(std::any_of(errors.cbegin(), errors.cend(),
                        [](const QSslError &e) { return e.error() == QSslError::SelfSignedCertificate; }));
}

void TestFixtureLogin::startTls()
{
    QSslSocket socket;
    socket.setSslConfiguration(trustingFixture());
    socket.setPeerVerifyName(QStringLiteral("localhost"));
    socket.connectToHost(m_server.host, m_server.imapPort);
    QVERIFY2(socket.waitForConnected(Timeout), qPrintable(socket.errorString()));

    const auto greeting = readUntil(socket, "*");
    QVERIFY(!greeting.isEmpty());
    QVERIFY2(greeting.first().contains("STARTTLS"), greeting.first().constData());

    const auto reply = command(socket, "a1", "STARTTLS");
    QVERIFY(!reply.isEmpty());
    QVERIFY2(reply.last().startsWith("a1 OK"), reply.last().constData());
    QCOMPARE(socket.bytesAvailable(), 0);
    socket.startClientEncryption();
    QVERIFY2(socket.waitForEncrypted(Timeout), qPrintable(socket.errorString()));

    const auto login = command(socket, "a2", "LOGIN " + m_server.user.toUtf8() + ' ' + m_server.password.toUtf8());
    QVERIFY(!login.isEmpty());
    QVERIFY2(login.last().startsWith("a2 OK"), login.last().constData());
}

void TestFixtureLogin::wrongPasswordFails()
{
    QSslSocket socket;
    socket.setSslConfiguration(trustingFixture());
    socket.connectToHostEncrypted(m_server.host, m_server.imapsPort, QStringLiteral("localhost"));
    QVERIFY(socket.waitForEncrypted(Timeout));
    QVERIFY(!readUntil(socket, "*").isEmpty());
    const auto reply = command(socket, "a1", "LOGIN " + m_server.user.toUtf8() + " wrong-password");
    QVERIFY(!reply.isEmpty());
    QVERIFY2(reply.last().startsWith("a1 NO [AUTHENTICATIONFAILED]"), reply.last().constData());
}

void TestFixtureLogin::loginOverImplicitTls(QSslSocket &socket)
{
    socket.setSslConfiguration(trustingFixture());
    socket.connectToHostEncrypted(m_server.host, m_server.imapsPort, QStringLiteral("localhost"));
    QVERIFY(socket.waitForEncrypted(Timeout));
    QVERIFY(!readUntil(socket, "*").isEmpty());
    const auto reply = command(socket, "a1", "LOGIN " + m_server.user.toUtf8() + ' ' + m_server.password.toUtf8());
    QVERIFY(!reply.isEmpty() && reply.last().startsWith("a1 OK"));
}

void TestFixtureLogin::serverOffersTheExtensionsTestsNeed()
{
    QSslSocket socket;
    loginOverImplicitTls(socket);
    if (QTest::currentTestFailed())
        return;

    const QByteArray capabilities = command(socket, "c1", "CAPABILITY").join();
    for (const char *capability :
         {"CONDSTORE", "QRESYNC", "SPECIAL-USE", "QUOTA", "ACL", "METADATA", "COMPRESS=DEFLATE", "NAMESPACE", "IDLE",
          "UIDPLUS", "MOVE", "ESEARCH", "SORT", "THREAD=REFERENCES", "LIST-STATUS", "LITERAL+", "ENABLE", "ID"}) {
        QVERIFY2(capabilities.contains(QByteArray(" " + QByteArray(capability))), capability);
    }

    const QByteArray namespaces = command(socket, "n1", "NAMESPACE").join();
    QVERIFY2(namespaces.contains("\"shared/\""), namespaces.constData());
    QVERIFY2(namespaces.contains("\"Public/\""), namespaces.constData());

    // Special-use folders exist, another user's shared folder and a public
    // folder are visible.
    const QByteArray list = command(socket, "l1", "LIST \"\" \"*\"").join();
    for (const char *expected : {"\\Sent", "\\Drafts", "\\Trash", "\\Junk", "\\Archive",
                                 "shared/quail2/Shared Projects", "Public/Announcements"}) {
        QVERIFY2(list.contains(expected),
                 qPrintable(QStringLiteral("%1 missing in\n%2").arg(QLatin1String(expected), QString::fromUtf8(list))));
    }

    const QByteArray quota = command(socket, "q1", "GETQUOTAROOT INBOX").join();
    QVERIFY2(quota.contains("* QUOTA "), quota.constData());
}

QTEST_GUILESS_MAIN(TestFixtureLogin)
#include "tst_fixturelogin.moc"
