#include "app/notificationbar.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quail::App {

namespace {

// KMessageWidget's colours (Breeze's negative, neutral and active text).
QColor tint(NotificationBar::Kind kind)
{
    switch (kind) {
    case NotificationBar::Kind::Error:
        return QColor(0xda, 0x44, 0x53);
    case NotificationBar::Kind::Warning:
        return QColor(0xf6, 0x74, 0x00);
    case NotificationBar::Kind::Information:
        break;
    }
    return QColor(0x3d, 0xae, 0xe9);
}

QIcon kindIcon(NotificationBar::Kind kind, const QStyle *style)
{
    switch (kind) {
    case NotificationBar::Kind::Error:
        return QIcon::fromTheme(QStringLiteral("dialog-error"), style->standardIcon(QStyle::SP_MessageBoxCritical));
    case NotificationBar::Kind::Warning:
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), style->standardIcon(QStyle::SP_MessageBoxWarning));
    case NotificationBar::Kind::Information:
        break;
    }
    return QIcon::fromTheme(QStringLiteral("dialog-information"),
                            style->standardIcon(QStyle::SP_MessageBoxInformation));
}

} // namespace

struct NotificationBar::Message {
    int id = 0;
    Kind kind = Kind::Information;
    QString text;
    QFrame *row = nullptr;
};

NotificationBar::NotificationBar(QWidget *parent)
    : QFrame(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("notificationBar"));
    // As tall as its messages, never more: the window's panes keep the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_layout->setContentsMargins(4, 4, 4, 0);
    m_layout->setSpacing(4);
    setVisible(false);
}

NotificationBar::~NotificationBar()
{
    qDeleteAll(m_messages);
}

int NotificationBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    // The same sentence again (two sessions of one account failing alike)
    // is one message, moved to the bottom as the newest.
    for (Message *existing : std::as_const(m_messages)) {
        if (existing->kind == kind && existing->text == text && actions.isEmpty()) {
            m_layout->removeWidget(existing->row);
            m_layout->addWidget(existing->row);
            m_messages.removeOne(existing);
            m_messages.append(existing);
            return existing->id;
        }
    }
    while (m_messages.size() >= MaxMessages)
        remove(m_messages.first());

    auto *message = new Message{m_nextId++, kind, text, new QFrame(this)};
    QFrame *row = message->row;
    row->setObjectName(QStringLiteral("notification"));
    row->setProperty("kind", int(kind));
    row->setFrameShape(QFrame::StyledPanel);
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    const QColor colour = tint(kind);
    QColor background = colour;
    background.setAlphaF(0.2f);
    row->setStyleSheet(QStringLiteral("QFrame#notification { background-color: %1; border: 1px solid %2; "
                                      "border-radius: 4px; }")
                           .arg(background.name(QColor::HexArgb), colour.name()));
    // Errors are announced by screen readers as alerts.
    row->setAccessibleName(kind == Kind::Error ? tr("Error") : kind == Kind::Warning ? tr("Warning") : tr("Notice"));
    row->setAccessibleDescription(text);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(6, 4, 4, 4);
    auto *icon = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(kindIcon(kind, style()).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    layout->addWidget(icon);
    auto *label = new QLabel(row);
    label->setObjectName(QStringLiteral("notificationText"));
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(label, 1);
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->icon(), action->text(), row);
        button->setObjectName(action->objectName());
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        const int id = message->id;
        connect(
            button, &QPushButton::clicked, this, [this, id] { dismiss(id); }, Qt::QueuedConnection);
        layout->addWidget(button, 0, Qt::AlignTop);
    }
    auto *close = new QToolButton(row);
    close->setObjectName(QStringLiteral("notificationClose"));
    close->setAutoRaise(true);
    close->setIcon(
        QIcon::fromTheme(QStringLiteral("dialog-close"), style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close message"));
    const int id = message->id;
    connect(close, &QToolButton::clicked, this, [this, id] { dismiss(id); });
    layout->addWidget(close, 0, Qt::AlignTop);

    m_layout->addWidget(row);
    m_messages.append(message);
    setVisible(true);
    Q_EMIT messageShown(message->id, text);
    return message->id;
}

void NotificationBar::dismiss(int id)
{
    for (Message *message : std::as_const(m_messages)) {
        if (message->id == id) {
            remove(message);
            return;
        }
    }
}

void NotificationBar::clear()
{
    while (!m_messages.isEmpty())
        remove(m_messages.first());
}

void NotificationBar::remove(Message *message)
{
    m_messages.removeOne(message);
    message->row->hide();
    message->row->deleteLater();
    delete message;
    if (m_messages.isEmpty())
        setVisible(false);
}

QSize NotificationBar::sizeHint() const
{
    ensurePolished();
    const QSize hint = QFrame::sizeHint();
    if (!layout()->hasHeightForWidth())
        return hint;
    // Before the first layout the width is a placeholder; a resize follows.
    return {hint.width(), heightForWidth(std::max(width(), hint.width()))};
}

QSize NotificationBar::minimumSizeHint() const
{
    return {QFrame::minimumSizeHint().width(), sizeHint().height()};
}

void NotificationBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

int NotificationBar::count() const
{
    return int(m_messages.size());
}

QStringList NotificationBar::texts() const
{
    QStringList result;
    for (const Message *message : m_messages)
        result.append(message->text);
    return result;
}

QList<NotificationBar::Kind> NotificationBar::kinds() const
{
    QList<Kind> result;
    for (const Message *message : m_messages)
        result.append(message->kind);
    return result;
}

} // namespace Quail::App
