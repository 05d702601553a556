#pragma once

#include "accounts/account.h"
#include "app/connectionstatus.h"
#include "imap/transport/certificatedetails.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace Quail::Imap {
class Engine;
struct SessionError;
struct SessionInfo;
} // namespace Quail::Imap
namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
} // namespace Quail::Accounts
namespace Quail::Models {
class FolderTreeModel;
}

namespace Quail::App {

// The running sessions of the configured accounts: for each one, its
// password from the keychain, then two engines (the account's session, and
// a background one for folder listing and counts, see FolderTreeModel) that
// reconnect by themselves, registered with the folder tree. Nothing here
// waits: the keychain and the engines answer later.
//
// What only the user can decide comes out as a signal and goes back in
// through the matching answer: an untrusted certificate (reject, accept
// once, always trust), a password the server refused or the keychain could
// not give. Until the answer the account waits offline; the engines never
// retry those by themselves (ReconnectPolicy), so a wrong password is tried
// once, not in a loop.
class AccountSessions : public QObject
{
    Q_OBJECT

public:
    enum class PasswordReason {
        Rejected, // the server refused it; `why` has its words
        Missing, // the keychain has none for this account
        KeychainUnavailable, // for this session only: never stored
    };
    Q_ENUM(PasswordReason)

    AccountSessions(Accounts::AccountStore &store, Accounts::CredentialStore &credentials,
                    Models::FolderTreeModel &folders, QObject *parent = nullptr);
    ~AccountSessions() override;

    // Starts every account in the store that is not running yet.
    void startAll();
    // Push (IDLE) for the selected folders, or polling: the user's choice,
    // for running sessions and those started later.
    void setUseIdle(bool useIdle);
    // A non-empty `sessionPassword` is used instead of the keychain's, for
    // this run only.
    void start(const Accounts::Account &account, const QString &sessionPassword = {});
    // Tries again an account that is offline or failed: with the password
    // it had, or the keychain's; the questions come again if they must.
    void reconnect(const QString &accountId);
    // Ends the account's sessions and forgets it (for its removal).
    void stop(const QString &accountId);

    bool isKnown(const QString &accountId) const { return m_entries.count(accountId) != 0; }
    ConnectionStatus status(const QString &accountId) const;
    // The account as its sessions use it (with a pin accepted for this run).
    Accounts::Account account(const QString &accountId) const;

    // The answers to certificateUntrusted():
    void rejectCertificate(const QString &accountId);
    // Trust `certificate` until Quail quits, through the engine's pin.
    void acceptCertificateOnce(const QString &accountId, const Imap::CertificateSummary &certificate);
    // Pin it in the account store, as `quail-imap account trust --sha256` does.
    void trustCertificate(const QString &accountId, const Imap::CertificateSummary &certificate);
    // The answers to passwordNeeded(): log in with `password`, storing it in
    // the keychain once it worked when `remember`; or stay offline.
    void usePassword(const QString &accountId, const QString &password, bool remember);
    void stayOffline(const QString &accountId);

    // The account's session (the one its message list selects folders on)
    // and its background session (folder listing; undo in other folders),
    // or nullptr while the account is not running.
    Imap::Engine *session(const QString &accountId) const;
    Imap::Engine *background(const QString &accountId) const;

Q_SIGNALS:
    // Sentences for the notification bar: news, and failures with their
    // precise reason. Quail's words only.
    void message(const QString &text);
    void error(const QString &text);
    // A server's [ALERT] (RFC 9051 §7.1): its words, which the user must see.
    void serverAlert(const QString &accountName, const QString &text);
    void statusChanged(const QString &accountId, const QString &accountName,
                       const Quail::App::ConnectionStatus &status);
    void stopped(const QString &accountId);

    // Questions. Each comes once per failure; the account waits offline
    // for the answer.
    void certificateUntrusted(const QString &accountId, const Imap::CertificateDetails &details);
    // The pinned certificate was replaced: not a question, a warning.
    void certificateChanged(const QString &accountId, const Imap::CertificateDetails &details,
                            const QByteArray &pinnedSha256);
    void passwordNeeded(const QString &accountId, Quail::App::AccountSessions::PasswordReason reason,
                        const QString &why);

private:
    struct Entry;
    Entry *entry(const QString &accountId);
    void readPassword(const QString &accountId);
    void open(const QString &accountId, const QString &password);
    void openBackground(Entry &e);
    void tearDown(Entry &e);
    void applyKeepAlive(Imap::Engine &session) const;
    void onReady(const QString &accountId);
    void onFailed(const QString &accountId, bool background, const Imap::SessionError &error);
    void setState(Entry &e, ConnectionStatus::State state, const QString &detail = {});

    Accounts::AccountStore &m_store;
    Accounts::CredentialStore &m_credentials;
    Models::FolderTreeModel &m_folders;
    std::map<QString, std::unique_ptr<Entry>> m_entries; // by account id
    bool m_useIdle = true;
};

} // namespace Quail::App
