#include "app/passworddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Quail::App {

PasswordDialog::PasswordDialog(const QString &accountName, const QString &user, Reason reason, const QString &why,
                               QWidget *parent)
    : QDialog(parent)
    , m_reason(reason)
    , m_explanation(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember this password in the keychain"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Password for %1").arg(accountName));
    QString text;
    switch (reason) {
    case Reason::Rejected:
        // Quail's words, then the server's, quoted as such.
        text = tr("The server refused the password of %1 for the account %2.").arg(user, accountName);
        break;
    case Reason::Missing:
        text = tr("No password is stored for the account %1.").arg(accountName);
        break;
    case Reason::KeychainUnavailable:
        text = tr("The keychain cannot be reached, so the password of %1 cannot be read or stored. You can enter "
                  "it for this session only; it will not be saved.")
                   .arg(accountName);
        break;
    }
    if (!why.isEmpty())
        text += u"\n\n" + why;
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setText(text);

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setChecked(reason != Reason::KeychainUnavailable);
    m_remember->setVisible(reason != Reason::KeychainUnavailable);

    QPushButton *connectButton = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("connectButton"));
    connectButton->setDefault(true);
    connectButton->setEnabled(false);
    connect(m_password, &QLineEdit::textChanged, connectButton,
            [connectButton](const QString &typed) { connectButton->setEnabled(!typed.isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_buttons);
    m_password->setFocus();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_reason != Reason::KeychainUnavailable && m_remember->isChecked();
}

void PasswordDialog::done(int result)
{
    const QString entered = m_password->text();
    // The secret does not outlive the dialog in a widget.
    m_password->clear();
    QDialog::done(result);
    if (result == QDialog::Accepted && !entered.isEmpty())
        Q_EMIT passwordEntered(entered, remember());
    else
        Q_EMIT cancelled();
}

} // namespace Quail::App
