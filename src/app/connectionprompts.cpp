#include "app/connectionprompts.h"

#include "app/certificatedialog.h"
#include "app/passworddialog.h"

namespace Quail::App {

ConnectionPrompts::ConnectionPrompts(AccountSessions &sessions, QWidget *window)
    : QObject(window)
    , m_sessions(sessions)
    , m_window(window)
{
    connect(&sessions, &AccountSessions::certificateUntrusted, this,
            [this](const QString &id, const Imap::CertificateDetails &details) { askCertificate(id, details, {}); });
    connect(&sessions, &AccountSessions::certificateChanged, this, &ConnectionPrompts::askCertificate);
    connect(&sessions, &AccountSessions::passwordNeeded, this, &ConnectionPrompts::askPassword);
    connect(&sessions, &AccountSessions::stopped, this, [this](const QString &id) {
        if (QPointer<QDialog> dialog = m_open.take(id))
            dialog->deleteLater();
    });
}

bool ConnectionPrompts::alreadyAsking(const QString &accountId)
{
    const QPointer<QDialog> open = m_open.value(accountId);
    // A dialog just answered may linger until its deferred delete.
    if (!open || !open->isVisible())
        return false;
    open->raise();
    return true;
}

void ConnectionPrompts::askCertificate(const QString &accountId, const Imap::CertificateDetails &details,
                                       const QByteArray &pinnedSha256)
{
    if (alreadyAsking(accountId))
        return;
    const Accounts::Account account = m_sessions.account(accountId);
    const QString server = QStringLiteral("%1:%2").arg(account.connection.host).arg(account.connection.port);
    auto *dialog = new CertificateDialog(account.name, server, details, pinnedSha256, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(accountId, dialog);
    connect(dialog, &CertificateDialog::decided, this, [this, dialog, accountId](CertificateDialog::Decision d) {
        switch (d) {
        case CertificateDialog::Decision::Reject:
            // After a changed certificate the account is offline already.
            if (!dialog->isChangedWarning())
                m_sessions.rejectCertificate(accountId);
            return;
        case CertificateDialog::Decision::AcceptOnce:
            m_sessions.acceptCertificateOnce(accountId, dialog->certificate());
            return;
        case CertificateDialog::Decision::AlwaysTrust:
            m_sessions.trustCertificate(accountId, dialog->certificate());
            return;
        }
    });
    dialog->open();
}

void ConnectionPrompts::askPassword(const QString &accountId, AccountSessions::PasswordReason reason,
                                    const QString &why)
{
    if (alreadyAsking(accountId))
        return;
    const Accounts::Account account = m_sessions.account(accountId);
    PasswordDialog::Reason dialogReason = PasswordDialog::Reason::Rejected;
    switch (reason) {
    case AccountSessions::PasswordReason::Rejected:
        break;
    case AccountSessions::PasswordReason::Missing:
        dialogReason = PasswordDialog::Reason::Missing;
        break;
    case AccountSessions::PasswordReason::KeychainUnavailable:
        dialogReason = PasswordDialog::Reason::KeychainUnavailable;
        break;
    }
    auto *dialog = new PasswordDialog(account.name, account.user, dialogReason, why, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(accountId, dialog);
    connect(dialog, &PasswordDialog::passwordEntered, this, [this, accountId](const QString &password, bool remember) {
        m_sessions.usePassword(accountId, password, remember);
    });
    connect(dialog, &PasswordDialog::cancelled, this, [this, accountId] { m_sessions.stayOffline(accountId); });
    dialog->open();
}

} // namespace Quail::App
