#pragma once

#include "models/messagedrag.h"

#include <QTreeView>

#include <functional>
#include <optional>

namespace Quail::App {

// The message list: a flat tree view whose indicator columns act on a click
// (the star toggles \Flagged, the read dot \Seen) without touching the
// selection, as in Thunderbird, and which drags the selected messages as a
// Models::MessageDrag (move by default, copy with Ctrl).
//
// The view does not act on messages itself: it says which row was clicked
// (starClicked(), readClicked()) and asks the window for the drag's payload,
// so the window's MessageActions stay the one place that changes messages.
class MessageListView : public QTreeView
{
    Q_OBJECT

public:
    explicit MessageListView(QWidget *parent = nullptr);

    // The model's columns that act on a click; -1 for none.
    // They show a glyph in both states (★/☆, ●/·) from the model's
    // FlaggedRole and SeenRole.
    void setStarColumn(int column);
    int starColumn() const { return m_starColumn; }
    void setReadColumn(int column);
    int readColumn() const { return m_readColumn; }

    // What a drag of the current selection carries; nullopt refuses the drag.
    using DragSource = std::function<std::optional<Models::MessageDrag>()>;
    void setDragSource(DragSource source) { m_dragSource = std::move(source); }
    // The mime data a drag would carry now (the caller owns it), or nullptr:
    // what startDrag() hands to QDrag, separate so that it can be checked
    // without entering QDrag::exec().
    QMimeData *dragMimeData() const;

Q_SIGNALS:
    // A click on the star or the read dot of the row of `index`.
    void starClicked(const QModelIndex &index);
    void readClicked(const QModelIndex &index);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    // The indicator column under `event`, and its index, or an invalid one.
    QModelIndex indicatorAt(const QMouseEvent *event) const;

    int m_starColumn = -1;
    int m_readColumn = -1;
    DragSource m_dragSource;
    // The press was on an indicator: its release must not select either.
    bool m_indicatorPress = false;
};

} // namespace Quail::App
