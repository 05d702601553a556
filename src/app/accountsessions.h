#pragma once

#include <QObject>
#include <QString>

#include <map>
#include <memory>

namespace Quail::Imap {
class Engine;
}
namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
struct Account;
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
class AccountSessions : public QObject
{
    Q_OBJECT

public:
    AccountSessions(Accounts::AccountStore &store, Accounts::CredentialStore &credentials,
                    Models::FolderTreeModel &folders, QObject *parent = nullptr);
    ~AccountSessions() override;

    // Starts every account in the store that is not running yet.
    void startAll();
    void start(const Accounts::Account &account, const QString &sessionPassword = {});

Q_SIGNALS:
    // A sentence for the status bar or the notification bar.
    void message(const QString &text);
    // The same sentence, when it says an account cannot be used as it is
    // (no password, no keychain, a certificate, login or connection
    // failure), as opposed to a server's alert. `quail --screenshot` stops
    // on it instead of waiting.
    void failed(const QString &text);

private:
    struct Running {
        std::unique_ptr<Imap::Engine> session;
        std::unique_ptr<Imap::Engine> background;
    };

    void open(const Accounts::Account &account, const QString &password);

    Accounts::AccountStore &m_store;
    Accounts::CredentialStore &m_credentials;
    Models::FolderTreeModel &m_folders;
    std::map<QString, Running> m_running; // by account id
};

} // namespace Quail::App
