#pragma once

#include "accounts/account.h"

#include <QDialog>

#include <memory>

namespace Ui {
class AccountDialog;
}

namespace Quail::Imap {
class Engine;
struct SessionError;
struct SessionInfo;
} // namespace Quail::Imap

namespace Quail::Accounts {
class AccountStore;
class CredentialStore;
} // namespace Quail::Accounts

namespace Quail::App {

// Adds or edits one account. "Test Connection" tries a real login and says
// exactly what failed; Save writes the account to the shared store and the
// password to the OS keychain — or, when there is no keychain, keeps it for
// this session only and says so. Nothing here ever waits on the network.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(Accounts::AccountStore &store, Accounts::CredentialStore &credentials, QWidget *parent = nullptr);
    ~AccountDialog() override;

    // Edit an existing account (its password is not shown; leave the field
    // empty to keep the stored one).
    void setAccount(const Accounts::Account &account);
    // The account as saved, after the dialog was accepted.
    const Accounts::Account &account() const { return m_account; }
    // Set when no keychain could take the password: use it for this session.
    const QString &sessionPassword() const { return m_sessionPassword; }

    void accept() override;

Q_SIGNALS:
    // A connection test ended; `ok` tells how (the label says the rest).
    void testFinished(bool ok);

private:
    Accounts::Account accountFromFields() const;
    void onSecurityChanged();
    void updateSaveButton();
    void testConnection();
    void onTestReady(const Imap::SessionInfo &info);
    void onTestFailed(const Imap::SessionError &error);
    void finishTest();
    void showResult(bool ok, const QString &text);
    void chooseCaFile();

    std::unique_ptr<Ui::AccountDialog> m_ui;
    Accounts::AccountStore &m_store;
    Accounts::CredentialStore &m_credentials;
    std::unique_ptr<Imap::Engine> m_tester;
    Accounts::Account m_account;
    QString m_sessionPassword;
    bool m_editing = false;
    bool m_saving = false;
};

} // namespace Quail::App
