#pragma once

#include "imap/protocol/mailboxname.h"
#include "models/messagedrag.h"
#include "models/specialuse.h"

#include <QModelIndex>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWidget;

namespace Quail::Models {
class FolderTreeModel;
class MessageActions;
class MessageListModel;
} // namespace Quail::Models

namespace Quail::App {

class MessageListView;

// What the message menus, the toolbar, the keys and drops do to the open
// folder's messages: the selection turned into UIDs in the list's order,
// the action started on the folder's MessageActions, the questions asked
// first (delete permanently? to which folder?), and the next message
// selected when rows leave the list, in the order the view shows them
// (sorted or as conversations).
class MessageCommands : public QObject
{
    Q_OBJECT

public:
    // Where the view shows a message now, by UID (invalid when it does not).
    using ShownIndex = std::function<QModelIndex(quint32 uid)>;

    MessageCommands(MessageListView &view, Models::MessageListModel &list, ShownIndex shownIndex,
                    Models::FolderTreeModel &folders, QWidget &dialogParent);

    // The open folder's actions and its account; nullptr and empty while no
    // folder is open.
    void setFolder(Models::MessageActions *actions, const QString &accountId);

    // The selected messages' UIDs, in the list's order.
    QList<quint32> selectedUids() const;
    // What a drag of the selected messages carries; nullopt with no
    // selection or while the folder is not listed.
    std::optional<Models::MessageDrag> selectedMessagesDrag() const;
    // The open account's first folder with `use`, as the server spells it.
    Imap::MailboxName specialFolder(Models::SpecialUse use) const;

    void setSeen(bool seen);
    void toggleSeen();
    void setFlagged(bool flagged);
    void toggleFlagged();
    // One row's star or read dot clicked: that message alone, the selection
    // left as it is.
    void toggleFlaggedOf(const QModelIndex &row);
    void toggleSeenOf(const QModelIndex &row);
    void deleteSelected();
    void chooseFolderFor(bool move);
    void archiveSelected();
    void markJunk();
    void expunge();
    void undo();
    // The messages of a drag dropped on `folder` (an index of the folder
    // tree, or of a proxy over it): moved or copied. A drag that is not of
    // the open folder, as it is now, is refused with a sentence.
    void dropMessages(const Models::MessageDrag &drag, const QModelIndex &folder, Qt::DropAction action);

Q_SIGNALS:
    void errorOccurred(const QString &text);
    // An action started (or was answered): for the progress and the menus.
    void started();

private:
    // The message whose state a toggle flips for the whole selection.
    QModelIndex decidingMessage() const;
    // The message to select once `uids` leave the list: the first other
    // one shown below the topmost of them, else the nearest above; 0 for none.
    quint32 successorOf(const QList<quint32> &uids) const;
    void selectMessage(quint32 uid);

    MessageListView &m_view;
    Models::MessageListModel &m_list;
    ShownIndex m_shownIndex;
    Models::FolderTreeModel &m_folders;
    QWidget &m_dialogParent;
    QPointer<Models::MessageActions> m_actions;
    QString m_accountId;
};

} // namespace Quail::App
