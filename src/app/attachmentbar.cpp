#include "app/attachmentbar.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace Quail::App {

namespace {

QIcon iconFor(const QString &mimeType, const QStyle *style)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
    const QIcon fallback = style->standardIcon(QStyle::SP_FileIcon);
    if (!type.isValid())
        return fallback;
    return QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName(), fallback));
}

} // namespace

AttachmentBar::AttachmentBar(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_scroll(new QScrollArea(this))
{
    setObjectName(QStringLiteral("attachmentBar"));
    setFrameShape(QFrame::NoFrame);
    m_title->setObjectName(QStringLiteral("attachmentTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(line);
    auto *title = new QHBoxLayout;
    title->setContentsMargins(8, 0, 8, 0);
    auto *clip = new QLabel(this);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    clip->setPixmap(QIcon::fromTheme(QStringLiteral("mail-attachment"), style()->standardIcon(QStyle::SP_FileIcon))
                        .pixmap(small, small));
    title->addWidget(clip);
    title->addWidget(m_title, 1);
    layout->addLayout(title);
    layout->addWidget(m_scroll);
    setAttachments({});
}

void AttachmentBar::setAttachments(const QList<Attachment> &attachments)
{
    m_rows.clear();
    // Later: this may run while one of its buttons is still in its clicked().
    if (QWidget *old = m_scroll->takeWidget())
        old->deleteLater();
    m_rowsWidget = new QWidget;
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setContentsMargins(8, 0, 8, 4);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    const QLocale locale;
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    int row = 0;
    for (const Attachment &attachment : attachments) {
        auto *icon = new QLabel(m_rowsWidget);
        icon->setPixmap(iconFor(attachment.mimeType, style()).pixmap(small, small));
        // Plain text: a name from a mail is never markup.
        auto *name = new QLabel(attachment.fileName, m_rowsWidget);
        name->setObjectName(QStringLiteral("attachmentName"));
        name->setTextFormat(Qt::PlainText);
        name->setTextInteractionFlags(Qt::TextSelectableByMouse);
        name->setToolTip(attachment.fileName);
        name->setMinimumWidth(80);
        name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *type = new QLabel(attachment.mimeType, m_rowsWidget);
        type->setTextFormat(Qt::PlainText);
        type->setForegroundRole(QPalette::PlaceholderText);
        auto *size = new QLabel(locale.formattedDataSize(qint64(attachment.size)), m_rowsWidget);
        size->setObjectName(QStringLiteral("attachmentSize"));
        size->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        size->setForegroundRole(QPalette::PlaceholderText);
        size->setToolTip(tr("About %1 bytes").arg(locale.toString(qulonglong(attachment.size))));
        auto *status = new QLabel(m_rowsWidget);
        status->setObjectName(QStringLiteral("attachmentStatus"));
        auto *save = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), tr("Save…"), m_rowsWidget);
        save->setObjectName(QStringLiteral("saveAttachmentButton"));
        save->setProperty("part", attachment.part);
        save->setAccessibleName(tr("Save %1").arg(attachment.fileName));
        auto *open = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open"), m_rowsWidget);
        open->setObjectName(QStringLiteral("openAttachmentButton"));
        open->setProperty("part", attachment.part);
        open->setAccessibleName(tr("Open %1").arg(attachment.fileName));
        const int part = attachment.part;
        connect(save, &QPushButton::clicked, this, [this, part] { Q_EMIT saveRequested(part); });
        connect(open, &QPushButton::clicked, this, [this, part] { Q_EMIT openRequested(part); });

        m_grid->addWidget(icon, row, 0);
        m_grid->addWidget(name, row, 1);
        m_grid->addWidget(type, row, 2);
        m_grid->addWidget(size, row, 3);
        m_grid->addWidget(status, row, 4);
        m_grid->addWidget(save, row, 5);
        m_grid->addWidget(open, row, 6);
        m_rows.insert(part, {status, save, open});
        ++row;
    }
    m_scroll->setWidget(m_rowsWidget);
    m_title->setText(tr("Attachments (%1)").arg(QLocale().toString(attachments.size())));
    // Up to four rows show without scrolling; more scroll inside the bar,
    // so that a mail with fifty attachments leaves room for its text.
    const int rowHeight = m_rowsWidget->sizeHint().height() / qMax(1, row);
    m_scroll->setFixedHeight(qMin(row, 4) * rowHeight + (row > 4 ? rowHeight / 2 : 0) + 4);
    setVisible(!attachments.isEmpty());
}

void AttachmentBar::setBusy(int part, const QString &status)
{
    const auto row = m_rows.constFind(part);
    if (row == m_rows.constEnd())
        return;
    row->status->setText(status);
    row->save->setEnabled(false);
    row->open->setEnabled(false);
}

void AttachmentBar::setIdle(int part)
{
    const auto row = m_rows.constFind(part);
    if (row == m_rows.constEnd())
        return;
    row->status->clear();
    row->save->setEnabled(true);
    row->open->setEnabled(true);
}

} // namespace Quail::App
