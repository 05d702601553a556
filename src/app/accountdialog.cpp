#include "app/accountdialog.h"

#include "accounts/accountstore.h"
#include "accounts/credentialstore.h"
#include "imap/engine/engine.h"
#include "ui_accountdialog.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QPushButton>

namespace Quail::App {

using Accounts::Account;
using Imap::AuthMethod;
using Imap::ConnectionSettings;
using Security = ConnectionSettings::Security;

namespace {

constexpr auto TestTimeout = std::chrono::seconds(20);

} // namespace

AccountDialog::AccountDialog(Accounts::AccountStore &store, Accounts::CredentialStore &credentials, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_store(store)
    , m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->securityCombo->addItem(tr("TLS (recommended)"), int(Security::ImplicitTls));
    m_ui->securityCombo->addItem(tr("STARTTLS"), int(Security::StartTls));
    m_ui->securityCombo->addItem(tr("None: unencrypted"), int(Security::None));
    m_ui->authCombo->addItem(tr("Automatic"), int(AuthMethod::Auto));
    m_ui->authCombo->addItem(tr("Password (LOGIN)"), int(AuthMethod::Login));
    m_ui->authCombo->addItem(tr("Password (PLAIN)"), int(AuthMethod::Plain));
    m_ui->authCombo->addItem(tr("Challenge-response (CRAM-MD5)"), int(AuthMethod::CramMd5));
    m_ui->plaintextWarning->setVisible(false);

    connect(m_ui->securityCombo, &QComboBox::currentIndexChanged, this, &AccountDialog::onSecurityChanged);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_ui->caFileBrowse, &QToolButton::clicked, this, &AccountDialog::chooseCaFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->hostEdit, m_ui->userEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateSaveButton);
    updateSaveButton();
}

AccountDialog::~AccountDialog() = default;

void AccountDialog::setAccount(const Account &account)
{
    m_editing = true;
    m_account = account;
    m_ui->nameEdit->setText(account.name);
    m_ui->nameEdit->setReadOnly(true); // the name is how quail-imap finds it
    m_ui->emailEdit->setText(account.email);
    m_ui->hostEdit->setText(account.connection.host);
    m_ui->securityCombo->setCurrentIndex(m_ui->securityCombo->findData(int(account.connection.security)));
    m_ui->portSpin->setValue(account.connection.port);
    m_ui->userEdit->setText(account.user);
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(account.authMethod)));
    m_ui->caFileEdit->setText(account.connection.caFile);
    m_ui->passwordEdit->setPlaceholderText(tr("Unchanged"));
    updateSaveButton();
}

Account AccountDialog::accountFromFields() const
{
    Account account = m_account;
    account.name = m_ui->nameEdit->text().trimmed();
    account.email = m_ui->emailEdit->text().trimmed();
    account.user = m_ui->userEdit->text();
    account.authMethod = AuthMethod(m_ui->authCombo->currentData().toInt());
    account.connection.host = m_ui->hostEdit->text().trimmed();
    account.connection.port = quint16(m_ui->portSpin->value());
    account.connection.security = Security(m_ui->securityCombo->currentData().toInt());
    account.connection.caFile = m_ui->caFileEdit->text().trimmed();
    return account;
}

void AccountDialog::onSecurityChanged()
{
    const auto security = Security(m_ui->securityCombo->currentData().toInt());
    m_ui->plaintextWarning->setVisible(security == Security::None);
    // Follow the security's usual port unless the user chose another one.
    const quint16 port = quint16(m_ui->portSpin->value());
    if (port == 993 || port == 143)
        m_ui->portSpin->setValue(ConnectionSettings::defaultPort(security));
}

void AccountDialog::updateSaveButton()
{
    const bool complete = Account::isValidName(m_ui->nameEdit->text().trimmed())
        && !m_ui->hostEdit->text().trimmed().isEmpty() && !m_ui->userEdit->text().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(complete && !m_saving);
    m_ui->testButton->setEnabled(!m_ui->hostEdit->text().trimmed().isEmpty() && !m_tester);
}

void AccountDialog::showResult(bool ok, const QString &text)
{
    m_ui->testResult->setText((ok ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + text);
    m_ui->testResult->setProperty("ok", ok);
}

void AccountDialog::testConnection()
{
    const Account account = accountFromFields();
    m_tester = std::make_unique<Imap::Engine>();
    m_tester->setCommandTimeout(TestTimeout);
    ConnectionSettings settings = account.connection;
    settings.connectTimeout = TestTimeout;
    settings.handshakeTimeout = TestTimeout;
    connect(m_tester.get(), &Imap::Engine::ready, this, &AccountDialog::onTestReady);
    connect(m_tester.get(), &Imap::Engine::failed, this, &AccountDialog::onTestFailed);
    Imap::SessionOptions options;
    options.enableExtensions = false;
    m_tester->open(settings, Imap::Credentials{account.user, m_ui->passwordEdit->text(), false, account.authMethod, {}},
                   options);
    m_ui->testResult->setText(tr("Testing…"));
    updateSaveButton();
}

void AccountDialog::onTestReady(const Imap::SessionInfo &info)
{
    Q_UNUSED(info);
    const auto security = Security(m_ui->securityCombo->currentData().toInt());
    showResult(true,
               security == Security::None ? tr("Connected and logged in, without encryption.")
                                          : tr("Connected over verified TLS and logged in."));
    m_tester->logout();
    finishTest();
    Q_EMIT testFinished(true);
}

void AccountDialog::onTestFailed(const Imap::SessionError &error)
{
    using Kind = Imap::SessionError::Kind;
    using TransportKind = Imap::TransportError::Kind;
    // A headline a person recognises, then the precise reason.
    QString headline;
    switch (error.kind) {
    case Kind::AuthenticationFailed:
        headline = tr("Wrong user name or password.");
        break;
    case Kind::LoginUnavailable:
        headline = tr("The server cannot log anyone in right now.");
        break;
    case Kind::Insecure:
        switch (error.insecure) {
        case Imap::SessionError::InsecureReason::StartTlsNotOffered:
            headline = tr("The server does not offer STARTTLS.");
            break;
        case Imap::SessionError::InsecureReason::StartTlsRefused:
            headline = tr("The server refused STARTTLS.");
            break;
        case Imap::SessionError::InsecureReason::PreauthBeforeTls:
        case Imap::SessionError::InsecureReason::DataAfterStartTls:
        case Imap::SessionError::InsecureReason::None:
            headline = tr("The connection could not be secured.");
            break;
        }
        break;
    case Kind::LoginRefused:
        headline = tr("Logging in is not possible this way.");
        break;
    case Kind::Timeout:
        headline = tr("The server did not answer in time.");
        break;
    case Kind::ServerClosed:
    case Kind::Protocol:
        headline = tr("The server broke off the conversation.");
        break;
    case Kind::Transport:
        switch (error.transport ? error.transport->kind : TransportKind::Network) {
        case TransportKind::HostNotFound:
            headline = tr("Server not found.");
            break;
        case TransportKind::ConnectionRefused:
            headline = tr("The server refused the connection.");
            break;
        case TransportKind::CertificateUntrusted:
            headline = tr("The server's certificate is not trusted.");
            break;
        case TransportKind::CertificateChanged:
            headline = tr("The server's certificate is not trusted: it has changed since you chose to trust it.");
            break;
        case TransportKind::TlsHandshakeFailed:
            headline = tr("The TLS handshake failed.");
            break;
        case TransportKind::Timeout:
            headline = tr("The server did not answer in time.");
            break;
        default:
            headline = tr("The connection failed.");
            break;
        }
        break;
    }
    QString text = headline + u' ' + error.message;
    if (error.transport && error.transport->certificate && error.transport->certificate->leaf())
        text += u'\n' + tr("SHA-256 fingerprint: %1").arg(error.transport->certificate->leaf()->sha256Hex());
    showResult(false, text);
    finishTest();
    Q_EMIT testFinished(false);
}

void AccountDialog::finishTest()
{
    // The engine may still be delivering this very signal: let it go later.
    m_tester.release()->deleteLater();
    updateSaveButton();
}

void AccountDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Certificate Authority"), QString(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ui->caFileEdit->setText(file);
}

void AccountDialog::accept()
{
    if (m_saving)
        return;
    Account saved;
    const auto result = m_store.save(accountFromFields(), m_editing, &saved);
    switch (result) {
    case Accounts::AccountStore::SaveResult::Saved:
        break;
    case Accounts::AccountStore::SaveResult::InvalidName:
        showResult(false, tr("The name may contain only letters, digits, \".\", \"-\" and \"_\"."));
        return;
    case Accounts::AccountStore::SaveResult::NameTaken:
        showResult(false, tr("There is already an account named \"%1\".").arg(m_ui->nameEdit->text().trimmed()));
        return;
    case Accounts::AccountStore::SaveResult::Invalid:
        showResult(false, tr("The account could not be saved: check the server and port."));
        return;
    }
    m_account = saved;
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty()) {
        QDialog::accept(); // keep the stored password
        return;
    }
    m_saving = true;
    updateSaveButton();
    auto *watcher = new QFutureWatcher<Accounts::CredentialResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, password] {
        watcher->deleteLater();
        m_saving = false;
        const Accounts::CredentialResult stored = watcher->result();
        if (stored.ok()) {
            QDialog::accept();
            return;
        }
        if (stored.status == Accounts::CredentialResult::Status::KeychainUnavailable) {
            // Never a file: the password lives in memory for this session.
            m_sessionPassword = password;
            showResult(false, stored.errorString + u' ' + tr("The password will be kept for this session only."));
            QDialog::accept();
            return;
        }
        showResult(false, stored.errorString);
        updateSaveButton();
    });
    watcher->setFuture(m_credentials.writePassword(m_account.id, password));
}

} // namespace Quail::App
