#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Quail::App {

// Asks for an account's password when the stored one cannot be used: the
// server refused it (its words are shown), none is stored, or there is no
// keychain. The password is for this session; "Remember" (offered only when
// a keychain is there) stores it once it has logged in. It is never written
// anywhere else, and the field is cleared when the dialog closes.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason {
        Rejected, // the server refused the password
        Missing, // the keychain has none for this account
        KeychainUnavailable, // no keychain: this session only, never stored
    };
    Q_ENUM(Reason)

    PasswordDialog(const QString &accountName, const QString &user, Reason reason, const QString &why,
                   QWidget *parent = nullptr);

    Reason reason() const { return m_reason; }
    QString password() const;
    bool remember() const;

    void done(int result) override;

Q_SIGNALS:
    // Accepted with a password (and whether to store it after it worked).
    void passwordEntered(const QString &password, bool remember);
    void cancelled();

private:
    Reason m_reason;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Quail::App
