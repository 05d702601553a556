#include "app/viewerheader.h"

#include "imap/protocol/envelope.h"
#include "mime/encodedwords.h"
#include "models/sendercheck.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quail::App {

namespace {

QString addressSpec(const Imap::Address &address)
{
    return Models::displayAddress(QString::fromUtf8(address.addrSpec()));
}

// "Name <address>" for each address, groups by their name; the address is
// always there, so a display name can never stand in for it.
QString addressList(const Imap::Envelope::AddressList &addresses)
{
    QStringList parts;
    for (const Imap::Address address : addresses) {
        if (address.isGroupEnd())
            continue;
        if (address.isGroupStart()) {
            parts.append(Mime::decodeHeader(address.mailbox) + u':');
            continue;
        }
        const QString name = Mime::decodeHeader(address.name).simplified();
        const QString spec = addressSpec(address);
        parts.append(name.isEmpty() || name == spec ? spec : name + QStringLiteral(" <") + spec + u'>');
    }
    return parts.join(QStringLiteral(", "));
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

} // namespace

ViewerHeader::ViewerHeader(QWidget *parent)
    : QFrame(parent)
    , m_subject(valueLabel(this))
    , m_form(new QFormLayout)
    , m_from(nullptr)
    , m_senderWarning(new QLabel(this))
    , m_allHeadersButton(new QToolButton(this))
    , m_sourceButton(new QToolButton(this))
    , m_allHeaders(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("viewerHeader"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);

    m_subject->setObjectName(QStringLiteral("subjectLabel"));
    QFont subjectFont = m_subject->font();
    subjectFont.setBold(true);
    subjectFont.setPointSizeF(subjectFont.pointSizeF() * 1.25);
    m_subject->setFont(subjectFont);

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(10);
    m_form->setVerticalSpacing(2);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_from = addRow(tr("From:"), "fromLabel");
    QFont bold = m_from->font();
    bold.setBold(true);
    m_from->setFont(bold);

    // Red on the window colour, with the warning icon: the one line of the
    // header that is about the sender's honesty.
    m_senderWarning->setObjectName(QStringLiteral("senderWarning"));
    m_senderWarning->setTextFormat(Qt::PlainText);
    m_senderWarning->setWordWrap(true);
    m_senderWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_senderWarning->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_senderWarning->setPalette(warning);
    QFont warningFont = m_senderWarning->font();
    warningFont.setBold(true);
    m_senderWarning->setFont(warningFont);
    // The icon stands in the label column, under "From:".
    auto *warningIcon = new QLabel(this);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    warningIcon->setPixmap(
        QIcon::fromTheme(QStringLiteral("dialog-warning"), style()->standardIcon(QStyle::SP_MessageBoxWarning))
            .pixmap(small, small));
    warningIcon->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->addRow(warningIcon, m_senderWarning);

    m_replyTo = addRow(tr("Reply to:"), "replyToLabel");
    m_to = addRow(tr("To:"), "toLabel");
    m_cc = addRow(tr("Cc:"), "ccLabel");
    m_date = addRow(tr("Date:"), "dateLabel");

    for (QToolButton *button : {m_allHeadersButton, m_sourceButton}) {
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
    }
    m_allHeadersButton->setObjectName(QStringLiteral("allHeadersButton"));
    m_sourceButton->setObjectName(QStringLiteral("viewSourceButton"));

    m_allHeaders->setObjectName(QStringLiteral("allHeaders"));
    m_allHeaders->setReadOnly(true);
    m_allHeaders->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_allHeaders->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_allHeaders->setMaximumHeight(m_allHeaders->fontMetrics().lineSpacing() * 12);
    m_allHeaders->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_subject, 1);
    top->addWidget(m_allHeadersButton, 0, Qt::AlignTop);
    top->addWidget(m_sourceButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(m_form);
    layout->addWidget(m_allHeaders);
    clear();
}

QLabel *ViewerHeader::addRow(const QString &label, const char *name)
{
    QLabel *value = valueLabel(this);
    value->setObjectName(QLatin1StringView(name));
    auto *title = new QLabel(label, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    title->setBuddy(value);
    m_form->addRow(title, value);
    return value;
}

void ViewerHeader::setRow(QLabel *value, const QString &text)
{
    value->setText(text);
    m_form->setRowVisible(value, !text.isEmpty());
}

void ViewerHeader::setActions(QAction *allHeaders, QAction *viewSource)
{
    m_allHeadersButton->setDefaultAction(allHeaders);
    m_sourceButton->setDefaultAction(viewSource);
}

void ViewerHeader::clear()
{
    m_subject->clear();
    for (QLabel *row : {m_from, m_replyTo, m_to, m_cc, m_date})
        setRow(row, {});
    m_senderWarning->clear();
    m_form->setRowVisible(m_senderWarning, false);
    setAllHeaders({});
}

void ViewerHeader::setEnvelope(const Imap::Envelope &envelope)
{
    const QString subject = Mime::decodeHeader(envelope.subject()).simplified();
    m_subject->setText(subject.isEmpty() ? tr("(no subject)") : subject);
    setRow(m_from, addressList(envelope.from()));

    QStringList warnings;
    for (const Imap::Address address : envelope.from()) {
        if (address.isGroupStart() || address.isGroupEnd())
            continue;
        const QString spec = QString::fromUtf8(address.addrSpec());
        const Models::SenderCheck check = Models::checkSender(Mime::decodeHeader(address.name), spec);
        if (check.suspicious) {
            warnings.append(tr("The sender's name shows the address %1, but the message was sent from %2.")
                                .arg(check.claimedAddress, Models::displayAddress(spec)));
        }
    }
    m_senderWarning->setText(warnings.join(u'\n'));
    m_form->setRowVisible(m_senderWarning, !warnings.isEmpty());

    // Reply-To only when it leads elsewhere than From, where replies would go.
    const QString replyTo = addressList(envelope.replyTo());
    setRow(m_replyTo, replyTo == addressList(envelope.from()) ? QString() : replyTo);
    setRow(m_to, addressList(envelope.to()));
    setRow(m_cc, addressList(envelope.cc()));

    const QString rawDate = QString::fromLatin1(envelope.date()).simplified();
    QDateTime date = QDateTime::fromString(rawDate, Qt::RFC2822Date);
    if (!date.isValid()) {
        // Qt refuses a date whose day name is wrong, a common mailer bug;
        // the day name is optional and redundant (RFC 5322 §3.3).
        static const QRegularExpression dayName(QStringLiteral("^[A-Za-z]{3},\\s*"));
        date = QDateTime::fromString(QString(rawDate).remove(dayName), Qt::RFC2822Date);
    }
    setRow(m_date, date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::LongFormat) : rawDate);
}

void ViewerHeader::setAllHeaders(const QString &text)
{
    m_allHeaders->setPlainText(text);
    m_allHeaders->setVisible(!text.isEmpty());
}

bool ViewerHeader::senderFlagged() const
{
    return !m_senderWarning->text().isEmpty();
}

} // namespace Quail::App
