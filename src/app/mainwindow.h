#pragma once

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

// The three-pane window: folder tree | message list | message viewer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    // With the accounts of `store` (tests use one in a temp dir).
    explicit MainWindow(std::unique_ptr<Accounts::AccountStore> store, QWidget *parent = nullptr);
    ~MainWindow() override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreLayout();
    void saveLayout() const;
    void showAbout();
    void addAccount();

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Accounts::AccountStore> m_accounts;
    std::unique_ptr<Accounts::CredentialStore> m_credentials;
    std::unique_ptr<Models::FolderTreeModel> m_folders;
    std::unique_ptr<AccountSessions> m_sessions;
};

} // namespace Quail::App
