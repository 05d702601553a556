#pragma once

#include "app/accountsessions.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace Quail::App {

// Turns AccountSessions' questions into window-modal dialogs over `window`
// and their answers back into calls: the certificate dialog, the password
// dialog. Each is opened with open(), never exec(), since the questions come
// from engine signals and a nested event loop there would stall the window's
// own; one dialog per account at a time.
class ConnectionPrompts : public QObject
{
    Q_OBJECT

public:
    ConnectionPrompts(AccountSessions &sessions, QWidget *window);

private:
    void askCertificate(const QString &accountId, const Imap::CertificateDetails &details,
                        const QByteArray &pinnedSha256);
    void askPassword(const QString &accountId, AccountSessions::PasswordReason reason, const QString &why);
    bool alreadyAsking(const QString &accountId);

    AccountSessions &m_sessions;
    QWidget *m_window;
    QHash<QString, QPointer<QDialog>> m_open; // by account id
};

} // namespace Quail::App
