#pragma once

#include "imap/engine/engine.h"
#include "models/undorecord.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace Quail::Models {

class MessageListModel;

// What people do to messages in the list: each action shows at once in the
// model (flags change, moved rows disappear) and is taken back, with a
// sentence saying why (failed()), when the server refuses or the connection
// fails. Several messages make one command with a UID set.
//
// Delete moves to the Trash, or only sets \Deleted (per the account's
// DeleteMode, and always when no Trash is known); inside the Trash it is
// permanent and happens only when confirmed. Moves use Engine::move(), which
// never sends a plain EXPUNGE. The last move or delete can be undone: with
// the COPYUID that UIDPLUS gives, the copies are moved back by UID; without
// it they are found by Message-ID. Undo works in the target folder through a
// second session of the account (setOtherEngine()), so the list's own
// session stays in its folder.
//
// The folder roles come from the caller (the app knows the folder tree), so
// the models stay independent.
class MessageActions : public QObject
{
    Q_OBJECT

public:
    enum class Action {
        MarkRead,
        MarkUnread,
        Flag,
        Unflag,
        SetKeyword,
        ClearKeyword,
        Delete,
        Undelete,
        Expunge,
        ExpungeFolder,
        Archive,
        Copy,
        Move,
        Undo,
    };
    Q_ENUM(Action)

    // The account's setting for delete outside the Trash.
    enum class DeleteMode { MoveToTrash, MarkDeleted };
    // Permanent deletion must be confirmed by the user first.
    enum class Confirmation { NotConfirmed, Confirmed };
    // What a call did at once.
    enum class Start {
        Started, // finished() follows
        NeedsConfirmation, // nothing done: ask the user, then call again with Confirmed
        Refused, // nothing done; failed() said why
    };
    Q_ENUM(Start)

    explicit MessageActions(MessageListModel *model, QObject *parent = nullptr);

    // The account's Trash and Archive folders; empty names when it has none.
    void setFolderRoles(const Imap::MailboxName &trash, const Imap::MailboxName &archive);
    void setDeleteMode(DeleteMode mode) { m_deleteMode = mode; }
    DeleteMode deleteMode() const { return m_deleteMode; }
    // Another session of the same account, for undo in the target folder.
    void setOtherEngine(Imap::Engine *engine) { m_other = engine; }

    Start setSeen(const QList<quint32> &uids, bool seen);

    // Opening a message in the viewer marks it read when the user wants
    // that (on by default): the same optimistic path as setSeen(). The
    // viewer fetches with BODY.PEEK, so nothing else sets \Seen.
    void setMarkReadOnOpen(bool enabled) { m_markReadOnOpen = enabled; }
    bool marksReadOnOpen() const { return m_markReadOnOpen; }
    // Whether it started marking `uid` read (false when the setting is off,
    // the message is read already, or not in the list).
    bool opened(quint32 uid);
    Start setFlagged(const QList<quint32> &uids, bool flagged);
    Start setKeyword(const QList<quint32> &uids, const QByteArray &keyword, bool set);
    // Whether delete in this folder is permanent (the Trash), so asks first.
    bool deletesPermanently() const;
    Start deleteMessages(const QList<quint32> &uids, Confirmation confirmation = Confirmation::NotConfirmed);
    Start undelete(const QList<quint32> &uids);
    // UID EXPUNGE of the rows marked \Deleted (needs UIDPLUS, RFC 4315).
    Start expunge();
    // A plain EXPUNGE: every \Deleted message of the folder, including ones
    // other programs marked; only on the user's explicit request.
    Start expungeFolder();
    bool canArchive() const { return archiveUnavailableReason().isEmpty(); }
    QString archiveUnavailableReason() const;
    Start archive(const QList<quint32> &uids);
    Start copyTo(const QList<quint32> &uids, const Imap::MailboxName &target);
    Start moveTo(const QList<quint32> &uids, const Imap::MailboxName &target);

    bool canUndo() const { return m_undo.has_value() && undoUnavailableReason().isEmpty(); }
    // Why the last action cannot be undone, or empty.
    QString undoUnavailableReason() const;
    Start undo();

    // Actions sent and not yet finished.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // The action failed and the model shows the messages as they were.
    void failed(Quail::Models::MessageActions::Action action, const QString &message);
    // Something the user should know about an action that succeeded.
    void notice(Quail::Models::MessageActions::Action action, const QString &message);
    // Every Started action ends with one finished().
    void finished(Quail::Models::MessageActions::Action action, bool ok);
    void undoChanged();

private:
    // Refusals common to all actions; empty when the action may start.
    QString refusal(bool writes) const;
    QString refusal(const QList<quint32> &uids, bool writes) const;
    Start refuse(Action action, const QString &reason);
    Start storeFlags(Action action, const QList<quint32> &uids, bool add, const QList<QByteArray> &flags,
                     std::optional<UndoRecord> undo = {});
    Start move(Action action, const QList<quint32> &uids, const Imap::MailboxName &target);
    Start permanentDelete(const QList<quint32> &uids);
    Start expungeRows(Action action, const QList<quint32> &uids, const Imap::Command &command);
    void undoMove(const UndoRecord &record);
    void moveCopiesBack(const UndoRecord &record, const Imap::SequenceSet &uids);
    void setUndo(std::optional<UndoRecord> record);
    void done(Action action, bool ok);
    void fail(Action action, const QString &message);
    bool hasCapability(const QByteArray &capability) const;
    // Sends a command on `engine` and calls `then` with the result (the
    // reply is freed whatever happens to this object).
    void send(Imap::CommandReply *reply, std::function<void(const Imap::CommandResult &)> then);

    QPointer<MessageListModel> m_model;
    QPointer<Imap::Engine> m_other;
    Imap::MailboxName m_trash;
    Imap::MailboxName m_archive;
    DeleteMode m_deleteMode = DeleteMode::MoveToTrash;
    bool m_markReadOnOpen = true;
    std::optional<UndoRecord> m_undo;
    int m_pending = 0;
};

} // namespace Quail::Models
