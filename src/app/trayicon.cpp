#include "app/trayicon.h"

#include "models/foldertreemodel.h"
#include "models/specialuse.h"

#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Quail::App {

using Models::FolderTreeModel;

TrayIcon::TrayIcon(FolderTreeModel &folders, QObject *parent)
    : QObject(parent)
    , m_folders(folders)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &TrayIcon::recount);
    const auto schedule = [this] { m_recount.start(); };
    connect(&m_folders, &QAbstractItemModel::dataChanged, this, schedule);
    connect(&m_folders, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(&m_folders, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(&m_folders, &QAbstractItemModel::rowsMoved, this, schedule);
    connect(&m_folders, &QAbstractItemModel::modelReset, this, schedule);
    connect(&m_folders, &FolderTreeModel::accountRefreshed, this, schedule);
    recount();
    setEnabled(true);
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!m_enabled || !QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon.reset();
        return;
    }
    if (m_icon)
        return;
    m_icon = std::make_unique<QSystemTrayIcon>();
    connect(m_icon.get(), &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT activated();
    });
    connect(m_icon.get(), &QSystemTrayIcon::messageClicked, this, &TrayIcon::activated);
    updateIcon();
    m_icon->show();
}

bool TrayIcon::isShown() const
{
    return m_icon && m_icon->isVisible();
}

QString TrayIcon::toolTip() const
{
    if (m_known.empty())
        return QApplication::applicationDisplayName();
    return tr("Quail: %n unread message(s)", nullptr, m_unread);
}

void TrayIcon::recount()
{
    std::map<QString, int> counts;
    for (const QString &id : m_folders.accountIds()) {
        const QModelIndex inbox = m_folders.specialFolder(id, Models::SpecialUse::Inbox);
        const QVariant unseen = inbox.data(FolderTreeModel::UnseenRole);
        if (unseen.isValid())
            counts[id] = unseen.toInt();
    }
    int added = 0;
    int total = 0;
    for (const auto &[id, count] : counts) {
        total += count;
        const auto before = m_known.find(id);
        if (before != m_known.end() && count > before->second)
            added += count - before->second;
    }
    m_known = std::move(counts);
    if (total != m_unread) {
        m_unread = total;
        updateIcon();
        Q_EMIT unreadChanged(m_unread);
    } else if (m_icon) {
        m_icon->setToolTip(toolTip()); // the first count may be zero
    }
    if (added > 0) {
        if (m_icon && QSystemTrayIcon::supportsMessages())
            m_icon->showMessage(tr("New mail"), tr("%n new message(s), %1 unread", nullptr, added).arg(m_unread),
                                iconWithCount(m_unread));
        Q_EMIT newMail(m_unread, added);
    }
}

void TrayIcon::updateIcon()
{
    if (!m_icon)
        return;
    m_icon->setIcon(iconWithCount(m_unread));
    m_icon->setToolTip(toolTip());
}

QIcon TrayIcon::iconWithCount(int unread)
{
    const QIcon base(QStringLiteral(":/icons/quail.svg"));
    if (unread <= 0)
        return base;
    // Drawn at one generous size; the tray scales it to its own.
    constexpr int Size = 64;
    QPixmap pixmap = base.pixmap(Size, Size);
    if (pixmap.isNull()) {
        pixmap = QPixmap(Size, Size);
        pixmap.fill(Qt::transparent);
    }
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(text.size() > 2 ? 20 : 26);
    painter.setFont(font);
    const QRectF badge(Size * 0.4, Size * 0.4, Size * 0.6, Size * 0.6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xd0, 0x21, 0x2a));
    painter.drawEllipse(badge);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, text);
    painter.end();
    return QIcon(pixmap);
}

} // namespace Quail::App
