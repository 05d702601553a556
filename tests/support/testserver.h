#pragma once

#include "imap/transport/connectionsettings.h"

#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>
#include <optional>

namespace Quail::Imap {
class Engine;
}

namespace Quail::Test {

// The private Dovecot that tests/server/dovecot-fixture started, as described
// by the env file it wrote (its path is in $QUAIL_TEST_SERVER_ENV).
struct TestServer {
    QString host;
    quint16 imapPort = 0; // plaintext, offers STARTTLS
    quint16 imapsPort = 0; // implicit TLS
    QString caFile; // the self-signed certificate, to trust explicitly
    QString user;
    QString password;
    QString user2;
    QString password2;
    QString directory; // the fixture's temp dir (logs, mail, config)
    QString manifestFile; // quail-mailgen's JSON summary of the first user's mail
    QString streamCommand; // runs Dovecot's imap binary as the first user, over stdin/stdout (PREAUTH)

    QList<QSslCertificate> caCertificates() const;
    // quail-mailgen's manifest: every folder by its decoded name ("INBOX",
    // "Work/Projects"…) with total, unseen and its messages; empty when the
    // fixture ran without sample mail.
    QJsonObject manifestFolders() const;
    QJsonObject manifestFolder(const QString &name) const { return manifestFolders().value(name).toObject(); }
    // Settings that reach this server with `security`, trusting its certificate.
    Imap::ConnectionSettings connectionSettings(
        Imap::ConnectionSettings::Security security = Imap::ConnectionSettings::Security::ImplicitTls) const;

    // A logged-in engine for the first user over implicit TLS, or nullptr
    // when it is not ready within `timeoutMs` (it failed, or the server is
    // silent). Runs the caller's event loop meanwhile.
    std::unique_ptr<Imap::Engine> openEngine(int timeoutMs = 15000) const;

    // Loads the env file; on failure returns nullopt and sets *error to a
    // sentence saying why (no fixture running, unreadable file, missing key).
    static std::optional<TestServer> fromEnvironment(QString *error);
};

} // namespace Quail::Test
