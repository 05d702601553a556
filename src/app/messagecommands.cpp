#include "app/messagecommands.h"

#include "app/folderchooserdialog.h"
#include "app/messagelistview.h"
#include "models/foldertreemodel.h"
#include "models/messageactions.h"
#include "models/messagelistmodel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSet>

#include <algorithm>

namespace Quail::App {

using Models::FolderTreeModel;
using Models::MessageActions;
using Models::MessageListModel;

MessageCommands::MessageCommands(MessageListView &view, Models::MessageListModel &list, ShownIndex shownIndex,
                                 Models::FolderTreeModel &folders, QWidget &dialogParent)
    : QObject(&dialogParent)
    , m_view(view)
    , m_list(list)
    , m_shownIndex(std::move(shownIndex))
    , m_folders(folders)
    , m_dialogParent(dialogParent)
{
}

void MessageCommands::setFolder(Models::MessageActions *actions, const QString &accountId)
{
    m_actions = actions;
    m_accountId = accountId;
}

Imap::MailboxName MessageCommands::specialFolder(Models::SpecialUse use) const
{
    const QModelIndex index = m_folders.specialFolder(m_accountId, use);
    if (!index.isValid())
        return {};
    return Imap::MailboxName::fromWire(index.data(FolderTreeModel::WireNameRole).toByteArray());
}

QList<quint32> MessageCommands::selectedUids() const
{
    QModelIndexList rows = m_view.selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<quint32> uids;
    uids.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        uids.append(row.data(MessageListModel::UidRole).toUInt());
    return uids;
}

std::optional<Models::MessageDrag> MessageCommands::selectedMessagesDrag() const
{
    const std::optional<quint32> uidValidity = m_list.uidValidity();
    if (m_accountId.isEmpty() || !uidValidity || m_list.state() == MessageListModel::State::Loading)
        return std::nullopt;
    Models::MessageDrag drag;
    drag.accountId = m_accountId;
    drag.mailbox = m_list.mailbox();
    drag.uidValidity = *uidValidity;
    drag.uids = selectedUids();
    if (drag.uids.isEmpty())
        return std::nullopt;
    return drag;
}

void MessageCommands::dropMessages(const Models::MessageDrag &drag, const QModelIndex &folder, Qt::DropAction action)
{
    if (!m_actions || drag.accountId != m_accountId || drag.mailbox != m_list.mailbox()) {
        Q_EMIT errorOccurred(tr("These messages are no longer in the open folder; drag them again from their folder."));
        return;
    }
    if (drag.uidValidity != m_list.uidValidity().value_or(0)) {
        Q_EMIT errorOccurred(
            tr("The folder of these messages was replaced on the server since the drag began; nothing was "
               "moved."));
        return;
    }
    if (!folder.isValid() || folder.data(FolderTreeModel::IsAccountRole).toBool()
        || folder.data(FolderTreeModel::AccountIdRole).toString() != drag.accountId) {
        Q_EMIT errorOccurred(tr("Messages can only be moved or copied to a folder of the same account."));
        return;
    }
    if (!folder.data(FolderTreeModel::SelectableRole).toBool()) {
        Q_EMIT errorOccurred(
            tr("The folder \"%1\" cannot hold messages.").arg(folder.data(FolderTreeModel::PathRole).toString()));
        return;
    }
    const auto target = Imap::MailboxName::fromWire(folder.data(FolderTreeModel::WireNameRole).toByteArray());
    if (target == drag.mailbox)
        return; // dropped where they are: nothing to do
    // Only the messages still listed: others were moved or expunged since.
    QList<quint32> uids;
    for (const quint32 uid : drag.uids) {
        if (m_list.rowOfUid(uid) >= 0)
            uids.append(uid);
    }
    if (uids.isEmpty()) {
        Q_EMIT errorOccurred(tr("These messages are no longer in the open folder."));
        return;
    }
    if (action == Qt::CopyAction)
        m_actions->copyTo(uids, target);
    else if (action == Qt::MoveAction)
        m_actions->moveTo(uids, target);
    else
        return;
    Q_EMIT started();
}

void MessageCommands::setSeen(bool seen)
{
    const QList<quint32> uids = selectedUids();
    if (m_actions && !uids.isEmpty())
        m_actions->setSeen(uids, seen);
    Q_EMIT started();
}

QModelIndex MessageCommands::decidingMessage() const
{
    // As Thunderbird: the current message decides for the whole selection.
    const QModelIndex current = m_view.currentIndex();
    if (current.isValid() && m_view.selectionModel()->isRowSelected(current.row()))
        return current;
    const QModelIndexList rows = m_view.selectionModel()->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

void MessageCommands::toggleSeen()
{
    const QModelIndex decides = decidingMessage();
    if (decides.isValid())
        setSeen(!decides.data(MessageListModel::SeenRole).toBool());
}

void MessageCommands::setFlagged(bool flagged)
{
    const QList<quint32> uids = selectedUids();
    if (m_actions && !uids.isEmpty())
        m_actions->setFlagged(uids, flagged);
    Q_EMIT started();
}

void MessageCommands::toggleFlagged()
{
    const QModelIndex decides = decidingMessage();
    if (decides.isValid())
        setFlagged(!decides.data(MessageListModel::FlaggedRole).toBool());
}

quint32 MessageCommands::successorOf(const QList<quint32> &uids) const
{
    const QSet<quint32> leaving(uids.cbegin(), uids.cend());
    // The topmost selected row as shown (rows of a collapsed conversation
    // have no place on screen and do not count).
    QModelIndex top;
    int topY = 0;
    for (const QModelIndex &row : m_view.selectionModel()->selectedRows()) {
        // (Column 0 may be hidden, and hidden columns have no rectangle.)
        const QRect rect = m_view.visualRect(row.siblingAtColumn(MessageListModel::SubjectColumn));
        if (rect.isValid() && (!top.isValid() || rect.top() < topY)) {
            top = row;
            topY = rect.top();
        }
    }
    if (!top.isValid())
        return 0;
    const auto staying = [&](const QModelIndex &index) {
        const quint32 uid = index.data(MessageListModel::UidRole).toUInt();
        return uid != 0 && !leaving.contains(uid) ? uid : 0;
    };
    for (QModelIndex index = m_view.indexBelow(top); index.isValid(); index = m_view.indexBelow(index)) {
        if (const quint32 uid = staying(index))
            return uid;
    }
    for (QModelIndex index = m_view.indexAbove(top); index.isValid(); index = m_view.indexAbove(index)) {
        if (const quint32 uid = staying(index))
            return uid;
    }
    return 0;
}

void MessageCommands::selectMessage(quint32 uid)
{
    const QModelIndex index = m_shownIndex(uid);
    if (!index.isValid())
        return;
    m_view.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view.scrollTo(index);
}

void MessageCommands::toggleFlaggedOf(const QModelIndex &row)
{
    if (m_actions)
        m_actions->setFlagged({row.data(MessageListModel::UidRole).toUInt()},
                              !row.data(MessageListModel::FlaggedRole).toBool());
    Q_EMIT started();
}

void MessageCommands::toggleSeenOf(const QModelIndex &row)
{
    if (m_actions)
        m_actions->setSeen({row.data(MessageListModel::UidRole).toUInt()},
                           !row.data(MessageListModel::SeenRole).toBool());
    Q_EMIT started();
}

void MessageCommands::deleteSelected()
{
    const QList<quint32> uids = selectedUids();
    if (!m_actions || uids.isEmpty())
        return;
    const quint32 next = successorOf(uids);
    const auto removed = [this, next, uids] {
        // Moved rows leave the list at once; the next message takes their place.
        if (m_list.rowOfUid(uids.first()) < 0)
            selectMessage(next);
        Q_EMIT started();
    };
    if (m_actions->deleteMessages(uids) != MessageActions::Start::NeedsConfirmation) {
        removed();
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Delete Permanently"),
                        tr("Delete %n message(s) permanently? This cannot be undone.", nullptr, int(uids.size())),
                        QMessageBox::Cancel, &m_dialogParent);
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MessageActions> actions = m_actions;
    connect(box, &QMessageBox::finished, this, [box, confirm, actions, uids, removed] {
        if (box->clickedButton() != confirm || !actions)
            return;
        actions->deleteMessages(uids, MessageActions::Confirmation::Confirmed);
        removed();
    });
    box->open();
}

void MessageCommands::chooseFolderFor(bool move)
{
    const QList<quint32> uids = selectedUids();
    if (!m_actions || uids.isEmpty())
        return;
    auto *dialog = new FolderChooserDialog(m_folders, m_accountId,
                                           move ? tr("Move %n Message(s) To", nullptr, int(uids.size()))
                                                : tr("Copy %n Message(s) To", nullptr, int(uids.size())),
                                           &m_dialogParent);
    dialog->setObjectName(QStringLiteral("folderChooserDialog"));
    dialog->setExcluded(m_list.mailbox());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MessageActions> actions = m_actions;
    connect(dialog, &QDialog::accepted, this, [this, dialog, actions, uids, move] {
        // The folder may have changed while the dialog was open: these UIDs
        // belong to the actions they were chosen under.
        if (!actions || actions != m_actions)
            return;
        const Imap::MailboxName target = dialog->folder();
        if (target.isEmpty() || target == m_list.mailbox())
            return;
        if (move)
            actions->moveTo(uids, target);
        else
            actions->copyTo(uids, target);
        Q_EMIT started();
    });
    dialog->open();
}

void MessageCommands::archiveSelected()
{
    const QList<quint32> uids = selectedUids();
    if (!m_actions || uids.isEmpty())
        return;
    const quint32 next = successorOf(uids);
    if (m_actions->archive(uids) == MessageActions::Start::Started)
        selectMessage(next);
    Q_EMIT started();
}

void MessageCommands::markJunk()
{
    const QList<quint32> uids = selectedUids();
    if (!m_actions || uids.isEmpty())
        return;
    // The keyword teaches server-side filters; the move takes the messages
    // out of the way, when the account has a Junk folder.
    if (m_actions->setKeyword(uids, "$Junk", true) != MessageActions::Start::Started)
        return;
    const Imap::MailboxName junk = specialFolder(Models::SpecialUse::Junk);
    if (!junk.isEmpty() && junk != m_list.mailbox()) {
        const quint32 next = successorOf(uids);
        if (m_actions->moveTo(uids, junk) == MessageActions::Start::Started)
            selectMessage(next);
    }
    Q_EMIT started();
}

void MessageCommands::expunge()
{
    if (m_actions)
        m_actions->expunge();
    Q_EMIT started();
}

void MessageCommands::undo()
{
    if (m_actions && m_actions->canUndo())
        m_actions->undo();
    Q_EMIT started();
}

} // namespace Quail::App
