#pragma once

#include <QHash>
#include <QMainWindow>

#include <memory>

namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
} // namespace Quail::Accounts
namespace Quail::Models {
class FolderTreeModel;
}

namespace Ui {
class MainWindow;
}

namespace Quail::App {

class AccountSessions;
class NotificationBar;
class ConnectionIndicator;
struct ConnectionStatus;

// The three-pane window: folder tree | message list | message viewer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // With the accounts of `store` (tests use one in a temp dir).
    explicit MainWindow(std::unique_ptr<Accounts::AccountStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Non-modal messages at the top of the window: an error with its
    // precise reason, or a notice.
    void showError(const QString &text);
    void showNotice(const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void addAccount();
    // Accounts, credentials, certificates and connection status: the
    // notification bar, the status bar's indicators, the dialogs.
    void setupConnectionUi();
    void updateIndicator(const QString &accountId, const QString &accountName, const ConnectionStatus &status);
    void fillRemoveAccountMenu();
    void removeAccount(const QString &accountId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Accounts::CredentialStore> m_credentials;
    std::unique_ptr<Models::FolderTreeModel> m_folders;
    std::unique_ptr<AccountSessions> m_sessions;
    NotificationBar *m_notifications = nullptr;
    QHash<QString, ConnectionIndicator *> m_indicators; // by account id
};

} // namespace Quail::App
