#pragma once

#include "app/folderdrag.h"
#include "models/messagedrag.h"

#include <QPersistentModelIndex>
#include <QTreeView>

class QAction;

namespace Quail::Models {
class FolderTreeModel;
}

namespace Quail::App {

// The folder pane: every account's folders from a Models::FolderTreeModel,
// unread ones bold with their count (FolderItemDelegate), special-use icons
// from the theme or bundled. The folder operations (new, rename, delete,
// subscribe, refresh) are in its context menu and, as folderActions(), for
// the window's Folder menu; they ask through dialogs that never block the
// event loop, run in the model, and their outcome comes back as
// errorOccurred() and noticeOccurred() sentences.
//
// It is also where messages dragged from the message list are dropped
// (Models::MessageDrag): only on a folder of the same account that can
// hold messages and is not their own; a move, or a copy with Ctrl held.
// The view only says where; messagesDropped() asks the window to do it.
// A folder dragged onto another folder of its account (or onto the
// account, for the top level) is moved there (FolderTreeModel::moveFolder).
class FolderView : public QTreeView
{
    Q_OBJECT

public:
    explicit FolderView(QWidget *parent = nullptr);
    ~FolderView() override;

    // The operations need a Models::FolderTreeModel; with any other model
    // the view only shows it.
    void setModel(QAbstractItemModel *model) override;
    Models::FolderTreeModel *folderModel() const { return m_folders; }

    // New Folder…, Rename Folder…, Delete Folder…, Subscribed, Refresh (and
    // separators), acting on the current folder, or on the one whose context
    // menu is open. Owned by the view.
    QList<QAction *> folderActions() const;

    // Whether the messages of `drag` may be dropped on `folder`: a folder of
    // the same account that holds messages and is not theirs.
    bool acceptsDrop(const Models::MessageDrag &drag, const QModelIndex &folder) const;
    // Whether the folder of `drag` may move under `parent` (a folder, or the
    // account's row for the top level).
    bool acceptsDrop(const FolderDrag &drag, const QModelIndex &parent) const;
    // The folder highlighted as the drop target while a drag hovers, for tests.
    QModelIndex dropTarget() const { return m_dropTarget; }

Q_SIGNALS:
    // Sentences for people, from the folder operations.
    void errorOccurred(const QString &message);
    void noticeOccurred(const QString &message);
    // Messages were dropped on `folder` (a FolderTreeModel index) to be
    // moved or copied (`action`) there.
    void messagesDropped(const Quail::Models::MessageDrag &drag, const QModelIndex &folder, Qt::DropAction action);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createActions();
    void setActionTarget(const QModelIndex &index);
    void updateActions();
    void newFolder();
    void renameFolder();
    void deleteFolder();
    void setSubscribed(bool subscribed);
    void refresh();
    // What a drop at the event's position would do: IgnoreAction when
    // nothing may be dropped there.
    Qt::DropAction dropActionAt(const QDropEvent *event, QModelIndex *target) const;
    void setDropTarget(const QModelIndex &index);
    void startFolderDrag(const QModelIndex &folder);

    // Reset when the model is destroyed: the window may destroy it before
    // its child widgets.
    Models::FolderTreeModel *m_folders = nullptr;
    QList<QMetaObject::Connection> m_modelConnections;
    // The folder the actions act on.
    QPersistentModelIndex m_target;
    QPersistentModelIndex m_dropTarget;
    // A folder pressed with the left button, which moving the mouse drags.
    QPersistentModelIndex m_pressedFolder;
    QPoint m_pressPosition;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_subscribed = nullptr;
    QAction *m_refresh = nullptr;
    QList<QAction *> m_actions;
};

} // namespace Quail::App
