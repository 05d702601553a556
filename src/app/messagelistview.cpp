#include "app/messagelistview.h"

#include "models/messagelistmodel.h"

#include <QDrag>
#include <QHeaderView>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QStyledItemDelegate>

#include <utility>

namespace Quail::App {

namespace {

// Draws an indicator column as a glyph in both states, so that people see
// where to click: a hollow star for "not flagged", a faint dot for "read".
class IndicatorDelegate : public QStyledItemDelegate
{
public:
    enum class Kind { Star, Read };

    IndicatorDelegate(Kind kind, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_kind(kind)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->displayAlignment = Qt::AlignCenter;
        option->font.setBold(false);
        const QPalette::ColorGroup group =
            option->state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor faint = option->palette.color(group, QPalette::PlaceholderText);
        QColor color;
        if (m_kind == Kind::Star) {
            const bool flagged = index.data(Models::MessageListModel::FlaggedRole).toBool();
            option->text = flagged ? QStringLiteral("\u2605") : QStringLiteral("\u2606");
            color = flagged ? QColor(0xe0, 0x9b, 0x00) : faint;
        } else {
            const bool seen = index.data(Models::MessageListModel::SeenRole).toBool();
            option->text = seen ? QStringLiteral("\u00B7") : QStringLiteral("\u25CF");
            color = seen ? faint : QColor(0x2e, 0x8b, 0x57);
        }
        // Selected rows keep their highlight colours readable.
        if (!(option->state & QStyle::State_Selected))
            option->palette.setColor(QPalette::Text, color);
    }

private:
    Kind m_kind;
};

} // namespace

MessageListView::MessageListView(QWidget *parent)
    : QTreeView(parent)
{
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Messages leave the list by drag; nothing is dropped on it.
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::MoveAction);
}

void MessageListView::setStarColumn(int column)
{
    if (m_starColumn >= 0)
        setItemDelegateForColumn(m_starColumn, nullptr);
    m_starColumn = column;
    if (column >= 0)
        setItemDelegateForColumn(column, new IndicatorDelegate(IndicatorDelegate::Kind::Star, this));
}

void MessageListView::setReadColumn(int column)
{
    if (m_readColumn >= 0)
        setItemDelegateForColumn(m_readColumn, nullptr);
    m_readColumn = column;
    if (column >= 0)
        setItemDelegateForColumn(column, new IndicatorDelegate(IndicatorDelegate::Kind::Read, this));
}

QModelIndex MessageListView::indicatorAt(const QMouseEvent *event) const
{
    if (event->button() != Qt::LeftButton || event->modifiers() != Qt::NoModifier)
        return {};
    const QModelIndex index = indexAt(event->position().toPoint());
    if (!index.isValid())
        return {};
    if ((m_starColumn >= 0 && index.column() == m_starColumn) || (m_readColumn >= 0 && index.column() == m_readColumn))
        return index;
    return {};
}

void MessageListView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indicatorAt(event);
    if (!index.isValid()) {
        m_indicatorPress = false;
        QTreeView::mousePressEvent(event);
        return;
    }
    // A plain click on an indicator changes that message only: the
    // selection (and so the message shown) stays as it is.
    m_indicatorPress = true;
    event->accept();
    if (index.column() == m_starColumn)
        Q_EMIT starClicked(index);
    else
        Q_EMIT readClicked(index);
}

void MessageListView::mouseReleaseEvent(QMouseEvent *event)
{
    if (std::exchange(m_indicatorPress, false) && event->button() == Qt::LeftButton) {
        event->accept();
        return;
    }
    QTreeView::mouseReleaseEvent(event);
}

void MessageListView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // The second click of a fast double click on an indicator is a second
    // toggle, not an "open": people click stars quickly.
    if (indicatorAt(event).isValid()) {
        mousePressEvent(event);
        return;
    }
    QTreeView::mouseDoubleClickEvent(event);
}

QMimeData *MessageListView::dragMimeData() const
{
    if (!m_dragSource)
        return nullptr;
    const std::optional<Models::MessageDrag> drag = m_dragSource();
    return drag ? drag->toMimeData() : nullptr;
}

void MessageListView::startDrag(Qt::DropActions supportedActions)
{
    QMimeData *payload = dragMimeData();
    if (!payload)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(payload);
    const int count = int(selectionModel()->selectedRows().size());
    // A small label instead of a picture of the rows: readable over any
    // folder tree.
    const QString label = tr("%n message(s)", nullptr, count);
    const QFontMetrics metrics(font());
    QPixmap pixmap(metrics.horizontalAdvance(label) + 16, metrics.height() + 8);
    pixmap.fill(palette().color(QPalette::Highlight));
    {
        QPainter painter(&pixmap);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(pixmap.rect(), Qt::AlignCenter, label);
    }
    drag->setPixmap(pixmap);
    // Move by default; the platform turns it into a copy while Ctrl is held.
    drag->exec(supportedActions & (Qt::MoveAction | Qt::CopyAction), Qt::MoveAction);
}

} // namespace Quail::App
