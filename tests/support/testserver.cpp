#include "testserver.h"

#include "awaitreply.h"
#include "imap/engine/engine.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>

namespace Quail::Test {

QList<QSslCertificate> TestServer::caCertificates() const
{
    return QSslCertificate::fromPath(caFile, QSsl::Pem);
}

QJsonObject TestServer::manifestFolders() const
{
    QFile file(manifestFile);
    if (manifestFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("folders")).toObject();
}

Imap::ConnectionSettings TestServer::connectionSettings(Imap::ConnectionSettings::Security security) const
{
    Imap::ConnectionSettings settings;
    settings.host = host;
    settings.security = security;
    settings.port = security == Imap::ConnectionSettings::Security::ImplicitTls ? imapsPort : imapPort;
    settings.caFile = caFile;
    return settings;
}

std::unique_ptr<Imap::Engine> TestServer::openEngine(int timeoutMs) const
{
    return openReadyEngine(connectionSettings(), Imap::Credentials{user, password, false, Imap::AuthMethod::Auto, {}},
                           timeoutMs);
}

std::optional<TestServer> TestServer::fromEnvironment(QString *error)
{
    const QString path = qEnvironmentVariable("QUAIL_TEST_SERVER_ENV");
    if (path.isEmpty()) {
        *error = QStringLiteral("QUAIL_TEST_SERVER_ENV is not set: run this test through ctest, which starts the "
                                "Dovecot fixture");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read the fixture's env file %1 (%2): did dovecot.start fail?")
                     .arg(path, file.errorString());
        return std::nullopt;
    }

    // KEY=value lines, as written by dovecot-fixture (and sourceable by sh).
    QHash<QString, QString> values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (line.startsWith(u'#') || equals <= 0)
            continue;
        QString value = line.mid(equals + 1);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.endsWith(u'\''))
            value = value.mid(1, value.size() - 2);
        values.insert(line.left(equals), value);
    }

    const auto take = [&](const char *key, QString *out) {
        *out = values.value(QString::fromLatin1(key));
        if (out->isEmpty() && error->isEmpty())
            *error = QStringLiteral("%1 lacks %2").arg(path, QString::fromLatin1(key));
    };
    TestServer server;
    QString imapPort;
    QString imapsPort;
    error->clear();
    take("QUAIL_TEST_HOST", &server.host);
    take("QUAIL_TEST_IMAP_PORT", &imapPort);
    take("QUAIL_TEST_IMAPS_PORT", &imapsPort);
    take("QUAIL_TEST_CA_FILE", &server.caFile);
    take("QUAIL_TEST_USER", &server.user);
    take("QUAIL_TEST_PASSWORD", &server.password);
    take("QUAIL_TEST_USER2", &server.user2);
    take("QUAIL_TEST_PASSWORD2", &server.password2);
    take("QUAIL_TEST_DIR", &server.directory);
    take("QUAIL_TEST_IMAP_STREAM", &server.streamCommand);
    server.manifestFile = values.value(QStringLiteral("QUAIL_TEST_MANIFEST")); // only with sample mail
    if (!error->isEmpty())
        return std::nullopt;
    server.imapPort = imapPort.toUShort();
    server.imapsPort = imapsPort.toUShort();
    return server;
}

} // namespace Quail::Test
