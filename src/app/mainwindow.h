#pragma once

#include <QMainWindow>

#include <memory>

namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
} // namespace Quail::Accounts

namespace Ui {
class MainWindow;
}

namespace Quail::App {

// The three-pane window: folder tree | message list | message viewer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
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
};

} // namespace Quail::App
