#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

namespace Quail::Accounts {

// The outcome of one keychain operation.
struct CredentialResult {
    enum class Status {
        Ok,
        NotFound, // nothing is stored under that key
        AccessDenied, // the user or the keychain refused
        KeychainUnavailable, // no Secret Service / keychain: offer a session-only password
        Failed, // any other keychain error
    };

    Status status = Status::Failed;
    QString secret; // the password, for a successful read only
    QString errorString; // a sentence for people; never contains the secret

    bool ok() const { return status == Status::Ok; }
};

// Passwords live in the operating system's keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) through QtKeychain, never in a file:
// the insecure plain-text fallback is always off. Each call runs
// asynchronously on the calling thread's event loop.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    explicit CredentialStore(const QString &service = QStringLiteral("Quail"), QObject *parent = nullptr);

    QString service() const { return m_service; }

    QFuture<CredentialResult> readPassword(const QString &key);
    QFuture<CredentialResult> writePassword(const QString &key, const QString &password);
    QFuture<CredentialResult> removePassword(const QString &key);

private:
    QString m_service;
};

} // namespace Quail::Accounts
