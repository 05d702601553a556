#include "app/folderview.h"

#include "app/folderitemdelegate.h"
#include "models/foldertreemodel.h"
#include "models/messagedrag.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTimer>

namespace Quail::App {

using Models::FolderOperation;
using Models::FolderTreeModel;
using Models::MessageDrag;

namespace {

bool isAccount(const QModelIndex &index)
{
    return index.data(FolderTreeModel::IsAccountRole).toBool();
}

bool isFolder(const QModelIndex &index)
{
    return index.isValid() && !isAccount(index);
}

// A folder people may rename or delete: not the Inbox (RFC 9051 gives it a
// fixed name), not a namespace root ("shared"), nor a level only implied by
// its subfolders.
bool isOwnFolder(const QModelIndex &index)
{
    return isFolder(index) && index.data(FolderTreeModel::ExistsRole).toBool()
        && !index.data(FolderTreeModel::NamespaceRootRole).toBool()
        && Models::SpecialUse(index.data(FolderTreeModel::SpecialUseRole).toInt()) != Models::SpecialUse::Inbox;
}

// A name-asking dialog that does not spin an event loop of its own (open(),
// not exec()): the tree keeps updating behind it, and it deletes itself.
QInputDialog *nameDialog(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(text);
    return dialog;
}

} // namespace

FolderView::FolderView(QWidget *parent)
    : QTreeView(parent)
{
    setHeaderHidden(true);
    setItemDelegate(new FolderItemDelegate(this));
    // Messages are dropped on folders, never between them; a folder hovered
    // for a moment opens, so that a subfolder can be reached.
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDragDropMode(QAbstractItemView::DropOnly);
    setDropIndicatorShown(false);
    setAutoExpandDelay(700);
    createActions();
}

FolderView::~FolderView() = default;

void FolderView::createActions()
{
    auto make = [this](const QString &text, const char *name) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1StringView(name));
        m_actions.append(action);
        return action;
    };
    auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        m_actions.append(action);
    };
    m_newFolder = make(tr("&New Folder…"), "actionNewFolder");
    m_newFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-new")));
    m_rename = make(tr("&Rename Folder…"), "actionRenameFolder");
    m_rename->setIcon(QIcon::fromTheme(QStringLiteral("edit-rename")));
    // F2 renames, as in file managers, while the tree has the focus (the
    // message list may give the same key another meaning).
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_rename->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_rename);
    m_delete = make(tr("&Delete Folder…"), "actionDeleteFolder");
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    separator();
    m_subscribed = make(tr("&Subscribed"), "actionSubscribeFolder");
    m_subscribed->setCheckable(true);
    m_subscribed->setToolTip(tr("Subscribed folders are the ones mail programs show by default"));
    separator();
    m_refresh = make(tr("Re&fresh Folders"), "actionRefreshFolders");
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));

    connect(m_newFolder, &QAction::triggered, this, &FolderView::newFolder);
    connect(m_rename, &QAction::triggered, this, &FolderView::renameFolder);
    connect(m_delete, &QAction::triggered, this, &FolderView::deleteFolder);
    connect(m_subscribed, &QAction::triggered, this, &FolderView::setSubscribed);
    connect(m_refresh, &QAction::triggered, this, &FolderView::refresh);
    updateActions();
}

QList<QAction *> FolderView::folderActions() const
{
    return m_actions;
}

void FolderView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    QTreeView::setModel(model);
    m_folders = qobject_cast<FolderTreeModel *>(model);
    m_target = QModelIndex();
    m_dropTarget = QModelIndex();
    if (m_folders) {
        m_modelConnections = {
            connect(m_folders, &FolderTreeModel::operationFailed, this,
                    [this](FolderOperation, const QString &, const QString &, const QString &message) {
                        Q_EMIT errorOccurred(message);
                    }),
            connect(m_folders, &FolderTreeModel::operationNotice, this,
                    [this](FolderOperation, const QString &, const QString &, const QString &message) {
                        Q_EMIT noticeOccurred(message);
                    }),
            // A new or renamed folder may land under a collapsed parent or
            // out of sight: show where it went.
            connect(m_folders, &FolderTreeModel::operationFinished, this,
                    [this](FolderOperation operation, const QString &accountId, const QString &path) {
                        if (operation == FolderOperation::Create || operation == FolderOperation::Rename
                            || operation == FolderOperation::Move)
                            scrollTo(m_folders->folderIndexByPath(accountId, path));
                    }),
            // Subscribed, \Noselect… may change under the actions' folder.
            connect(m_folders, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                        if (m_target.isValid() && m_target.parent() == topLeft.parent()
                            && m_target.row() >= topLeft.row() && m_target.row() <= bottomRight.row())
                            updateActions();
                    }),
            connect(m_folders, &QAbstractItemModel::rowsRemoved, this, &FolderView::updateActions),
            connect(m_folders, &QObject::destroyed, this,
                    [this] {
                        m_folders = nullptr;
                        updateActions();
                    }),
        };
    }
    updateActions();
}

void FolderView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    setActionTarget(current);
}

void FolderView::setActionTarget(const QModelIndex &index)
{
    m_target = index;
    updateActions();
}

void FolderView::updateActions()
{
    const QModelIndex target = m_folders ? QModelIndex(m_target) : QModelIndex();
    // Under a folder, or at the account's top level from the account's row;
    // the model explains a parent that takes no subfolders.
    m_newFolder->setEnabled(target.isValid());
    m_rename->setEnabled(isOwnFolder(target));
    m_delete->setEnabled(isOwnFolder(target));
    const bool subscribable = isFolder(target) && !target.data(FolderTreeModel::NamespaceRootRole).toBool();
    m_subscribed->setEnabled(subscribable);
    m_subscribed->setChecked(subscribable && target.data(FolderTreeModel::SubscribedRole).toBool());
    m_refresh->setEnabled(m_folders != nullptr);
}

void FolderView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!m_folders || !index.isValid())
        return;
    // The menu acts on the folder clicked, without selecting it (which would
    // open it in the message list); afterwards the actions follow the
    // current folder again. Each action reads its folder before it asks
    // anything, so this reset cannot change the folder of an open dialog.
    setActionTarget(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions(m_actions);
    connect(menu, &QMenu::aboutToHide, this,
            [this] { QTimer::singleShot(0, this, [this] { setActionTarget(currentIndex()); }); });
    menu->popup(event->globalPos());
    event->accept();
}

void FolderView::newFolder()
{
    const QPersistentModelIndex parent = m_target;
    if (!m_folders || !parent.isValid())
        return;
    const QString label = isAccount(parent)
        ? tr("Name of the new folder in %1:").arg(parent.data(FolderTreeModel::DisplayNameRole).toString())
        : tr("Name of the new folder in “%1”:").arg(parent.data(FolderTreeModel::PathRole).toString());
    QInputDialog *dialog = nameDialog(this, tr("New Folder"), label, {});
    dialog->setObjectName(QStringLiteral("newFolderDialog"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, parent](const QString &name) {
        if (m_folders && parent.isValid())
            m_folders->createFolder(parent, name.trimmed());
    });
    dialog->open();
}

void FolderView::renameFolder()
{
    const QPersistentModelIndex folder = m_target;
    if (!m_folders || !isOwnFolder(folder))
        return;
    const QString oldName = folder.data(FolderTreeModel::DisplayNameRole).toString();
    QInputDialog *dialog =
        nameDialog(this, tr("Rename Folder"),
                   tr("New name for “%1”:").arg(folder.data(FolderTreeModel::PathRole).toString()), oldName);
    dialog->setObjectName(QStringLiteral("renameFolderDialog"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, folder, oldName](const QString &name) {
        const QString newName = name.trimmed();
        if (m_folders && folder.isValid() && newName != oldName)
            m_folders->renameFolder(folder, newName);
    });
    dialog->open();
}

void FolderView::deleteFolder()
{
    const QPersistentModelIndex folder = m_target;
    if (!m_folders || !isOwnFolder(folder))
        return;
    const QString path = folder.data(FolderTreeModel::PathRole).toString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Folder"),
                                tr("Delete the folder “%1” from the server?").arg(path), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteFolderConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(tr("All the messages in it are lost. This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("&Delete Folder"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDelete"));
    // Enter must not delete by accident.
    box->setDefaultButton(QMessageBox::Cancel);
    connect(confirm, &QPushButton::clicked, this, [this, folder] {
        if (m_folders && folder.isValid())
            m_folders->deleteFolder(folder);
    });
    box->open();
}

void FolderView::setSubscribed(bool subscribed)
{
    if (m_folders && isFolder(m_target))
        m_folders->setSubscribed(m_target, subscribed);
}

void FolderView::refresh()
{
    if (!m_folders)
        return;
    if (m_target.isValid())
        m_folders->refresh(m_target.data(FolderTreeModel::AccountIdRole).toString());
    else
        m_folders->refreshAll();
}

bool FolderView::acceptsDrop(const MessageDrag &drag, const QModelIndex &folder) const
{
    if (!m_folders || !isFolder(folder) || folder.model() != m_folders)
        return false;
    return folder.data(FolderTreeModel::AccountIdRole).toString() == drag.accountId
        && folder.data(FolderTreeModel::SelectableRole).toBool() && folder.data(FolderTreeModel::ExistsRole).toBool()
        && Imap::MailboxName::fromWire(folder.data(FolderTreeModel::WireNameRole).toByteArray()) != drag.mailbox;
}

bool FolderView::acceptsDrop(const FolderDrag &drag, const QModelIndex &parent) const
{
    if (!m_folders || !parent.isValid() || parent.model() != m_folders
        || parent.data(FolderTreeModel::AccountIdRole).toString() != drag.accountId)
        return false;
    const QModelIndex folder = m_folders->folderIndex(drag.accountId, drag.mailbox);
    if (!isOwnFolder(folder) || folder.parent() == parent)
        return false;
    if (isAccount(parent))
        return true;
    // Into a folder of one's own namespace that exists, and never into
    // itself or below itself.
    if (!parent.data(FolderTreeModel::ExistsRole).toBool()
        || parent.data(FolderTreeModel::NamespaceRole).toInt() != int(Models::NamespaceKind::Personal))
        return false;
    for (QModelIndex above = parent; above.isValid(); above = above.parent()) {
        if (above == folder)
            return false;
    }
    return true;
}

Qt::DropAction FolderView::dropActionAt(const QDropEvent *event, QModelIndex *target) const
{
    *target = indexAt(event->position().toPoint());
    if (const std::optional<FolderDrag> folder = FolderDrag::fromMimeData(event->mimeData())) {
        // A folder is only ever moved: there is no copying one on IMAP.
        return acceptsDrop(*folder, *target) && (event->possibleActions() & Qt::MoveAction) ? Qt::MoveAction
                                                                                            : Qt::IgnoreAction;
    }
    const std::optional<MessageDrag> drag = MessageDrag::fromMimeData(event->mimeData());
    if (!drag || !acceptsDrop(*drag, *target))
        return Qt::IgnoreAction;
    // Ctrl asks for a copy, as in file managers; a source that cannot
    // give up its messages is copied from without asking.
    const Qt::DropActions possible = event->possibleActions();
    if (event->modifiers() & Qt::ControlModifier)
        return possible & Qt::CopyAction ? Qt::CopyAction : Qt::IgnoreAction;
    if (possible & Qt::MoveAction)
        return Qt::MoveAction;
    return possible & Qt::CopyAction ? Qt::CopyAction : Qt::IgnoreAction;
}

void FolderView::dragEnterEvent(QDragEnterEvent *event)
{
    // Entering decides only whether the payload is ours; where it may land
    // is decided as it moves.
    if (!m_folders || (!MessageDrag::fromMimeData(event->mimeData()) && !FolderDrag::fromMimeData(event->mimeData()))) {
        event->ignore();
        return;
    }
    setState(DraggingState);
    event->accept();
    QModelIndex target;
    const Qt::DropAction action = dropActionAt(event, &target);
    setDropTarget(action == Qt::IgnoreAction ? QModelIndex() : target);
    if (action != Qt::IgnoreAction)
        event->setDropAction(action);
}

void FolderView::dragMoveEvent(QDragMoveEvent *event)
{
    // The tree's own handling scrolls near the edges and opens a hovered
    // folder; its verdict is replaced (the model takes no drops itself).
    QTreeView::dragMoveEvent(event);
    QModelIndex target;
    const Qt::DropAction action = dropActionAt(event, &target);
    if (action == Qt::IgnoreAction) {
        setDropTarget({});
        event->ignore();
        return;
    }
    setDropTarget(target);
    event->setDropAction(action);
    event->accept();
}

void FolderView::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropTarget({});
    QTreeView::dragLeaveEvent(event);
}

void FolderView::dropEvent(QDropEvent *event)
{
    stopAutoScroll();
    setState(NoState);
    setDropTarget({});
    QModelIndex target;
    const Qt::DropAction action = dropActionAt(event, &target);
    if (action == Qt::IgnoreAction) {
        event->ignore();
        return;
    }
    event->setDropAction(action);
    event->accept();
    if (const std::optional<FolderDrag> folder = FolderDrag::fromMimeData(event->mimeData())) {
        m_folders->moveFolder(m_folders->folderIndex(folder->accountId, folder->mailbox), target);
        return;
    }
    Q_EMIT messagesDropped(*MessageDrag::fromMimeData(event->mimeData()), target, action);
}

void FolderView::mousePressEvent(QMouseEvent *event)
{
    QTreeView::mousePressEvent(event);
    // The tree drags only what the model marks draggable (nothing): folder
    // drags are started here instead.
    const QModelIndex index = indexAt(event->position().toPoint());
    m_pressedFolder = event->button() == Qt::LeftButton && isOwnFolder(index) ? index : QModelIndex();
    m_pressPosition = event->position().toPoint();
}

void FolderView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressedFolder.isValid() && (event->buttons() & Qt::LeftButton)
        && (event->position().toPoint() - m_pressPosition).manhattanLength() >= QApplication::startDragDistance()) {
        const QPersistentModelIndex folder = m_pressedFolder;
        m_pressedFolder = QModelIndex();
        if (folder.isValid())
            startFolderDrag(folder);
        return;
    }
    QTreeView::mouseMoveEvent(event);
}

void FolderView::mouseReleaseEvent(QMouseEvent *event)
{
    m_pressedFolder = QModelIndex();
    QTreeView::mouseReleaseEvent(event);
}

void FolderView::startFolderDrag(const QModelIndex &folder)
{
    const FolderDrag payload{folder.data(FolderTreeModel::AccountIdRole).toString(),
                             Imap::MailboxName::fromWire(folder.data(FolderTreeModel::WireNameRole).toByteArray())};
    auto *drag = new QDrag(this);
    drag->setMimeData(payload.toMimeData());
    const QIcon icon = folder.data(Qt::DecorationRole).value<QIcon>();
    if (!icon.isNull())
        drag->setPixmap(icon.pixmap(iconSize().isValid() ? iconSize() : QSize(16, 16)));
    // The drop (on this view) asks the model; the drag itself changes nothing.
    drag->exec(Qt::MoveAction);
}

void FolderView::setDropTarget(const QModelIndex &index)
{
    if (index == m_dropTarget)
        return;
    if (m_dropTarget.isValid())
        viewport()->update();
    m_dropTarget = index;
    if (m_dropTarget.isValid())
        viewport()->update();
}

void FolderView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!m_dropTarget.isValid())
        return;
    // A light wash of the selection colour with the style's own drop
    // indicator around it, on the one folder that would take the drop.
    QPainter painter(viewport());
    QStyleOption option;
    option.initFrom(this);
    option.rect = visualRect(m_dropTarget);
    QColor wash = palette().color(QPalette::Highlight);
    wash.setAlpha(60);
    painter.fillRect(option.rect, wash);
    style()->drawPrimitive(QStyle::PE_IndicatorItemViewItemDrop, &option, &painter, this);
}

} // namespace Quail::App
