#include "app/certificatedialog.h"

#include "ui_certificatedialog.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace Quail::App {

CertificateDialog::CertificateDialog(const QString &accountName, const QString &server,
                                     const Imap::CertificateDetails &details, const QByteArray &pinnedSha256,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CertificateDialog>())
    , m_changed(!pinnedSha256.isEmpty())
{
    m_ui->setupUi(this);
    if (const Imap::CertificateSummary *leaf = details.leaf())
        m_leaf = *leaf;

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->subjectValue->setText(m_leaf.subject);
    m_ui->issuerValue->setText(m_leaf.issuer);
    const QLocale locale;
    m_ui->validityValue->setText(tr("%1 to %2")
                                     .arg(locale.toString(m_leaf.notBefore.toLocalTime(), QLocale::ShortFormat),
                                          locale.toString(m_leaf.notAfter.toLocalTime(), QLocale::ShortFormat)));
    m_ui->fingerprintValue->setText(m_leaf.sha256Hex());
    m_ui->fingerprintValue->setFont(fixed);
    QStringList problems = details.errorStrings;
    problems.removeDuplicates();
    m_ui->errorsValue->setText(problems.isEmpty() ? tr("None reported") : u"• " + problems.join(u"\n• "));

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize);
    if (m_changed) {
        // Loud on purpose: this is what an interception looks like.
        setWindowTitle(tr("Certificate Changed: %1").arg(accountName));
        Imap::CertificateSummary pinned;
        pinned.sha256 = pinnedSha256;
        m_ui->pinnedValue->setText(pinned.sha256Hex());
        m_ui->pinnedValue->setFont(fixed);
        m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(iconSize, iconSize));
        m_ui->headlineLabel->setText(
            tr("Warning: the certificate of %1 (%2) has changed. It is not the certificate you chose to trust. "
               "Someone may be intercepting the connection. Quail stays offline for this account.")
                .arg(server, accountName));
        m_ui->headlineLabel->setStyleSheet(QStringLiteral("color: #da4453; font-weight: bold;"));
        setStyleSheet(QStringLiteral("QDialog { border: 3px solid #da4453; }"));
        m_ui->adviceLabel->setText(
            tr("If the server's administrator confirms that the new fingerprint above is theirs, replace the pin "
               "deliberately with: quail-imap account trust %1 --sha256 %2")
                .arg(accountName, m_leaf.sha256Hex()));
        QPushButton *close = m_ui->buttonBox->addButton(tr("Stay Offline"), QDialogButtonBox::RejectRole);
        close->setObjectName(QStringLiteral("rejectButton"));
        close->setDefault(true);
    } else {
        setWindowTitle(tr("Untrusted Certificate: %1").arg(accountName));
        m_ui->pinnedLabel->hide();
        m_ui->pinnedValue->hide();
        m_ui->iconLabel->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
        m_ui->headlineLabel->setText(
            tr("The server %1 of the account %2 presented a certificate that could not be verified. Connect only if "
               "you know this certificate is the server's: compare its fingerprint with the one your administrator "
               "gave you.")
                .arg(server, accountName));
        m_ui->adviceLabel->setText(tr("\"Accept Once\" trusts it until Quail quits; \"Always Trust\" remembers this "
                                      "fingerprint for this server, and any other certificate will then be refused."));
        QPushButton *reject = m_ui->buttonBox->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
        reject->setObjectName(QStringLiteral("rejectButton"));
        reject->setDefault(true); // the safe answer is the easy one
        QPushButton *once = m_ui->buttonBox->addButton(tr("Accept &Once"), QDialogButtonBox::AcceptRole);
        once->setObjectName(QStringLiteral("acceptOnceButton"));
        QPushButton *always = m_ui->buttonBox->addButton(tr("&Always Trust This Certificate for This Server"),
                                                         QDialogButtonBox::AcceptRole);
        always->setObjectName(QStringLiteral("alwaysTrustButton"));
        connect(once, &QPushButton::clicked, this, [this] { decide(Decision::AcceptOnce); });
        connect(always, &QPushButton::clicked, this, [this] { decide(Decision::AlwaysTrust); });
        // A certificate without a leaf cannot be pinned.
        once->setEnabled(!m_leaf.sha256.isEmpty());
        always->setEnabled(!m_leaf.sha256.isEmpty());
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, [this] { decide(Decision::Reject); });
    connect(this, &QDialog::rejected, this, [this] { decide(Decision::Reject); });
}

CertificateDialog::~CertificateDialog() = default;

void CertificateDialog::decide(Decision decision)
{
    if (m_decided)
        return;
    m_decided = true;
    Q_EMIT decided(decision);
    if (decision == Decision::Reject)
        reject();
    else
        accept();
}

} // namespace Quail::App
