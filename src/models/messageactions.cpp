#include "models/messageactions.h"

#include "models/messageactionmessages.h"
#include "models/messagelistmodel.h"

#include <QMetaObject>

namespace Quail::Models {

using Imap::CommandResult;
using Imap::SequenceSet;
using Imap::Commands::StoreMode;

namespace {

const QByteArray Deleted = QByteArrayLiteral("\\Deleted");

QString folderName(const Imap::MailboxName &mailbox)
{
    return mailbox.toDisplayString();
}

// The action as a phrase for failure sentences: "move 3 messages to “Archive”".
QString phrase(MessageActions::Action action, int count, const QString &folder = {})
{
    using Action = MessageActions::Action;
    switch (action) {
    case Action::MarkRead:
        return MessageActions::tr("mark %n message(s) as read", nullptr, count);
    case Action::MarkUnread:
        return MessageActions::tr("mark %n message(s) as unread", nullptr, count);
    case Action::Flag:
        return MessageActions::tr("flag %n message(s)", nullptr, count);
    case Action::Unflag:
        return MessageActions::tr("remove the flag from %n message(s)", nullptr, count);
    case Action::SetKeyword:
        return MessageActions::tr("tag %n message(s)", nullptr, count);
    case Action::ClearKeyword:
        return MessageActions::tr("remove a tag from %n message(s)", nullptr, count);
    case Action::Delete:
        return MessageActions::tr("delete %n message(s)", nullptr, count);
    case Action::Undelete:
        return MessageActions::tr("undelete %n message(s)", nullptr, count);
    case Action::Expunge:
    case Action::ExpungeFolder:
        return MessageActions::tr("remove %n deleted message(s)", nullptr, count);
    case Action::Archive:
        return MessageActions::tr("archive %n message(s)", nullptr, count);
    case Action::Copy:
        return MessageActions::tr("copy %n message(s) to “%1”", nullptr, count).arg(folder);
    case Action::Move:
        return MessageActions::tr("move %n message(s) to “%1”", nullptr, count).arg(folder);
    case Action::Undo:
        return MessageActions::tr("undo the last action");
    }
    return {};
}

} // namespace

MessageActions::MessageActions(MessageListModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    // A new folder or UIDVALIDITY (a reset) voids the UIDs the record holds.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_undo)
            setUndo(std::nullopt);
    });
}

void MessageActions::setFolderRoles(const Imap::MailboxName &trash, const Imap::MailboxName &archive)
{
    m_trash = trash;
    m_archive = archive;
}

bool MessageActions::hasCapability(const QByteArray &capability) const
{
    return m_model && m_model->engine() && m_model->engine()->info().capabilities.has(capability);
}

QString MessageActions::refusal(bool writes) const
{
    if (!m_model || !m_model->engine() || !m_model->engine()->isReady()
        || m_model->state() != MessageListModel::State::Ready)
        return tr("The account is not connected.");
    if (writes && m_model->isReadOnly())
        return tr("The folder is open read-only.");
    return {};
}

QString MessageActions::refusal(const QList<quint32> &uids, bool writes) const
{
    if (const QString reason = refusal(writes); !reason.isEmpty())
        return reason;
    return uids.isEmpty() ? tr("No message is selected.") : QString();
}

MessageActions::Start MessageActions::refuse(Action action, const QString &reason)
{
    Q_EMIT failed(action, reason);
    return Start::Refused;
}

void MessageActions::send(Imap::CommandReply *reply, std::function<void(const CommandResult &)> then)
{
    reply->setParent(this);
    connect(reply, &Imap::CommandReply::finished, this, [reply, then = std::move(then)] {
        const CommandResult result = reply->result();
        reply->setParent(nullptr);
        reply->deleteLater();
        then(result);
    });
}

void MessageActions::done(Action action, bool ok)
{
    --m_pending;
    Q_EMIT finished(action, ok);
}

void MessageActions::fail(Action action, const QString &message)
{
    Q_EMIT failed(action, message);
    done(action, false);
}

void MessageActions::setUndo(std::optional<UndoRecord> record)
{
    m_undo = std::move(record);
    Q_EMIT undoChanged();
}

// --- Flags -------------------------------------------------------------------------

MessageActions::Start MessageActions::setSeen(const QList<quint32> &uids, bool seen)
{
    return storeFlags(seen ? Action::MarkRead : Action::MarkUnread, uids, seen, {"\\Seen"});
}

bool MessageActions::opened(quint32 uid)
{
    if (!m_markReadOnOpen || !m_model)
        return false;
    const int row = m_model->rowOfUid(uid);
    if (row < 0 || m_model->message(row).flags.has(Imap::Flags::Seen))
        return false;
    return setSeen({uid}, true) == Start::Started;
}

MessageActions::Start MessageActions::setFlagged(const QList<quint32> &uids, bool flagged)
{
    return storeFlags(flagged ? Action::Flag : Action::Unflag, uids, flagged, {"\\Flagged"});
}

MessageActions::Start MessageActions::setKeyword(const QList<quint32> &uids, const QByteArray &keyword, bool set)
{
    const Action action = set ? Action::SetKeyword : Action::ClearKeyword;
    // A keyword is an atom (RFC 9051 §2.3.2); "\…" names system flags.
    if (!Imap::Flags::isValidFlag(keyword) || keyword.startsWith('\\'))
        return refuse(action, tr("“%1” cannot be used as a tag.").arg(QString::fromUtf8(keyword)));
    return storeFlags(action, uids, set, {keyword});
}

MessageActions::Start MessageActions::storeFlags(Action action, const QList<quint32> &uids, bool add,
                                                 const QList<QByteArray> &flags, std::optional<UndoRecord> undo)
{
    if (const QString reason = refusal(uids, true); !reason.isEmpty())
        return refuse(action, reason);
    const QHash<quint32, Imap::Flags> before = m_model->changeFlags(uids, add, flags);
    ++m_pending;
    // Not .SILENT: the server's FETCH FLAGS replace the optimistic guess
    // with what it really holds.
    send(m_model->engine()->execute(Imap::Commands::store(SequenceSet::fromNumbers(uids),
                                                          add ? StoreMode::Add : StoreMode::Remove, flags,
                                                          Imap::Commands::SetKind::Uid, false)),
         [this, action, before, flags, count = int(uids.size()), undo](const CommandResult &result) {
             if (!result.ok()) {
                 if (m_model)
                     m_model->revertFlags(before, flags);
                 fail(action, MessageActionMessages::failure(phrase(action, count), result));
                 return;
             }
             if (undo)
                 setUndo(undo);
             done(action, true);
         });
    return Start::Started;
}

// --- Delete and expunge -------------------------------------------------------------

bool MessageActions::deletesPermanently() const
{
    return m_model && !m_trash.isEmpty() && m_model->mailbox() == m_trash;
}

MessageActions::Start MessageActions::deleteMessages(const QList<quint32> &uids, Confirmation confirmation)
{
    if (const QString reason = refusal(uids, true); !reason.isEmpty())
        return refuse(Action::Delete, reason);
    if (deletesPermanently()) {
        if (confirmation != Confirmation::Confirmed)
            return Start::NeedsConfirmation;
        return permanentDelete(uids);
    }
    if (m_deleteMode == DeleteMode::MoveToTrash && !m_trash.isEmpty())
        return move(Action::Delete, uids, m_trash);
    UndoRecord record;
    record.kind = UndoRecord::Kind::MarkDeleted;
    record.source = m_model->mailbox();
    record.sourceUids = uids;
    return storeFlags(Action::Delete, uids, true, {Deleted}, record);
}

MessageActions::Start MessageActions::undelete(const QList<quint32> &uids)
{
    return storeFlags(Action::Undelete, uids, false, {Deleted});
}

MessageActions::Start MessageActions::permanentDelete(const QList<quint32> &uids)
{
    if (!hasCapability("UIDPLUS")) {
        // Only a plain EXPUNGE could remove them, and it would remove every
        // message marked deleted: mark them and say so.
        const Start started = storeFlags(Action::Delete, uids, true, {Deleted});
        if (started == Start::Started) {
            Q_EMIT notice(Action::Delete,
                          tr("The messages are marked as deleted; this server removes them only when the "
                             "whole folder is expunged."));
        }
        return started;
    }
    const SequenceSet set = SequenceSet::fromNumbers(uids);
    m_model->hideUids(uids);
    ++m_pending;
    send(m_model->engine()->execute(Imap::Commands::store(set, StoreMode::Add, {Deleted})),
         [this, uids, set](const CommandResult &stored) {
             if (!stored.ok()) {
                 if (m_model)
                     m_model->restoreHidden(uids);
                 fail(Action::Delete, MessageActionMessages::failure(phrase(Action::Delete, int(uids.size())), stored));
                 return;
             }
             if (!m_model || !m_model->engine()) {
                 fail(Action::Delete, tr("The account is not connected."));
                 return;
             }
             send(m_model->engine()->execute(Imap::Commands::uidExpunge(set)),
                  [this, uids](const CommandResult &expunged) {
                      if (!expunged.ok()) {
                          // They stay, marked deleted, as the server has them.
                          if (m_model) {
                              m_model->restoreHidden(uids);
                              m_model->changeFlags(uids, true, {Deleted});
                          }
                          fail(Action::Delete,
                               MessageActionMessages::failure(phrase(Action::Delete, int(uids.size())), expunged));
                          return;
                      }
                      if (m_model)
                          m_model->forgetHidden(uids);
                      done(Action::Delete, true);
                  });
         });
    return Start::Started;
}

MessageActions::Start MessageActions::expunge()
{
    const QList<quint32> uids = m_model ? m_model->uidsWithFlag(Imap::Flags::Deleted) : QList<quint32>();
    if (const QString reason = refusal(true); !reason.isEmpty())
        return refuse(Action::Expunge, reason);
    if (uids.isEmpty())
        return refuse(Action::Expunge, tr("No message in this folder is marked as deleted."));
    if (!hasCapability("UIDPLUS")) {
        return refuse(Action::Expunge,
                      tr("This server can only expunge the whole folder, which also removes messages other "
                         "programs marked as deleted; use “Expunge folder” for that."));
    }
    return expungeRows(Action::Expunge, uids, Imap::Commands::uidExpunge(SequenceSet::fromNumbers(uids)));
}

MessageActions::Start MessageActions::expungeFolder()
{
    if (const QString reason = refusal(true); !reason.isEmpty())
        return refuse(Action::ExpungeFolder, reason);
    return expungeRows(Action::ExpungeFolder, m_model->uidsWithFlag(Imap::Flags::Deleted), Imap::Commands::expunge());
}

MessageActions::Start MessageActions::expungeRows(Action action, const QList<quint32> &uids,
                                                  const Imap::Command &command)
{
    m_model->hideUids(uids);
    ++m_pending;
    send(m_model->engine()->execute(command), [this, action, uids](const CommandResult &result) {
        if (!result.ok()) {
            if (m_model)
                m_model->restoreHidden(uids);
            fail(action, MessageActionMessages::failure(phrase(action, int(uids.size())), result));
            return;
        }
        if (m_model)
            m_model->forgetHidden(uids);
        done(action, true);
    });
    return Start::Started;
}

// --- Moves ---------------------------------------------------------------------------

QString MessageActions::archiveUnavailableReason() const
{
    if (m_archive.isEmpty())
        return tr("This account has no Archive folder.");
    if (m_model && m_model->mailbox() == m_archive)
        return tr("These messages are already in the Archive folder.");
    return {};
}

MessageActions::Start MessageActions::archive(const QList<quint32> &uids)
{
    if (const QString reason = archiveUnavailableReason(); !reason.isEmpty())
        return refuse(Action::Archive, reason);
    return move(Action::Archive, uids, m_archive);
}

MessageActions::Start MessageActions::moveTo(const QList<quint32> &uids, const Imap::MailboxName &target)
{
    return move(Action::Move, uids, target);
}

MessageActions::Start MessageActions::copyTo(const QList<quint32> &uids, const Imap::MailboxName &target)
{
    if (const QString reason = refusal(uids, false); !reason.isEmpty())
        return refuse(Action::Copy, reason);
    ++m_pending;
    send(m_model->engine()->execute(Imap::Commands::copy(SequenceSet::fromNumbers(uids), target)),
         [this, target, count = int(uids.size())](const CommandResult &result) {
             if (!result.ok()) {
                 fail(Action::Copy,
                      MessageActionMessages::failure(phrase(Action::Copy, count, folderName(target)), result,
                                                     folderName(target)));
                 return;
             }
             done(Action::Copy, true);
         });
    return Start::Started;
}

MessageActions::Start MessageActions::move(Action action, const QList<quint32> &uids, const Imap::MailboxName &target)
{
    if (const QString reason = refusal(uids, true); !reason.isEmpty())
        return refuse(action, reason);
    if (target == m_model->mailbox())
        return refuse(action, tr("The messages are already in “%1”.").arg(folderName(target)));

    UndoRecord record;
    record.kind = UndoRecord::Kind::Move;
    record.source = m_model->mailbox();
    record.target = target;
    record.sourceUids = uids;
    record.messageIdsComplete = true;
    for (const quint32 uid : uids) {
        const MessageSummary *message = m_model->messageByUid(uid);
        if (message && message->detailsLoaded && !message->messageId.isEmpty())
            record.messageIds.append(message->messageId);
        else
            record.messageIdsComplete = false;
    }

    m_model->hideUids(uids);
    ++m_pending;
    send(m_model->engine()->move(SequenceSet::fromNumbers(uids), target),
         [this, action, uids, record](const CommandResult &result) mutable {
             const QString folder = folderName(record.target);
             if (!result.ok()) {
                 if (m_model)
                     m_model->restoreHidden(uids);
                 fail(action, MessageActionMessages::failure(phrase(action, int(uids.size()), folder), result, folder));
                 return;
             }
             if (result.code.type == Imap::ResponseCode::Type::CopyUid) {
                 record.targetUids = result.code.destinationUids;
                 record.targetUidValidity = quint32(result.code.number);
             }
             if (result.originalsAwaitExpunge) {
                 // Copied and marked \Deleted, not removed (no UIDPLUS): show
                 // them as the server has them.
                 record.originalsRemain = true;
                 if (m_model) {
                     m_model->restoreHidden(uids);
                     m_model->changeFlags(uids, true, {Deleted});
                 }
                 Q_EMIT notice(action,
                               tr("The messages were copied to “%1” and marked as deleted here; this "
                                  "server removes them only when the folder is expunged.")
                                   .arg(folder));
             } else if (m_model) {
                 m_model->forgetHidden(uids);
             }
             setUndo(record);
             done(action, true);
         });
    return Start::Started;
}

// --- Undo ------------------------------------------------------------------------------

QString MessageActions::undoUnavailableReason() const
{
    if (!m_undo)
        return tr("There is nothing to undo.");
    if (m_undo->kind == UndoRecord::Kind::MarkDeleted)
        return {};
    if (m_undo->originalsRemain) {
        return tr("The originals are still in “%1”, marked as deleted: undelete them to keep them there.")
            .arg(folderName(m_undo->source));
    }
    if (m_undo->targetUids.isEmpty() && !m_undo->messageIdsComplete) {
        return tr("The server did not say where the copies are (it lacks UIDPLUS), and not every message has a "
                  "Message-ID to find them by.");
    }
    if (!m_other)
        return tr("Undoing a move needs a second connection to the account.");
    return {};
}

MessageActions::Start MessageActions::undo()
{
    if (const QString reason = undoUnavailableReason(); !reason.isEmpty())
        return refuse(Action::Undo, reason);
    const UndoRecord record = *m_undo;
    if (record.kind == UndoRecord::Kind::MarkDeleted) {
        const Start started = storeFlags(Action::Undo, record.sourceUids, false, {Deleted});
        if (started == Start::Started)
            setUndo(std::nullopt);
        return started;
    }
    if (!m_other->isReady())
        return refuse(Action::Undo, tr("The account is not connected."));
    setUndo(std::nullopt);
    ++m_pending;
    undoMove(record);
    return Start::Started;
}

void MessageActions::undoMove(const UndoRecord &record)
{
    const QString target = folderName(record.target);
    const QString what = tr("move the messages back from “%1”").arg(target);
    send(m_other->select(record.target, false), [this, record, what, target](const CommandResult &selected) {
        if (!selected.ok()) {
            fail(Action::Undo, MessageActionMessages::failure(what, selected, target));
            return;
        }
        std::optional<quint32> validity;
        for (const Imap::Response &response : selected.responses) {
            const Imap::StatusResponse *status = response.status();
            if (status && status->code.type == Imap::ResponseCode::Type::UidValidity)
                validity = quint32(status->code.number);
        }
        if (!record.targetUids.isEmpty() && (!record.targetUidValidity || validity == record.targetUidValidity)) {
            moveCopiesBack(record, record.targetUids);
            return;
        }
        if (!record.messageIdsComplete || record.messageIds.isEmpty()) {
            fail(Action::Undo, tr("Could not undo: “%1” was recreated meanwhile.").arg(target));
            return;
        }
        // No COPYUID: find the copies by their Message-IDs.
        Imap::SearchKey key = Imap::SearchKey::header("Message-ID", QString::fromLatin1(record.messageIds.first()));
        for (qsizetype i = 1; i < record.messageIds.size(); ++i) {
            key = Imap::SearchKey::Or(
                key, Imap::SearchKey::header("Message-ID", QString::fromLatin1(record.messageIds.at(i))));
        }
        send(m_other->execute(Imap::Commands::search(key, Imap::Commands::SetKind::Uid)),
             [this, record, what, target](const CommandResult &searched) {
                 if (!searched.ok()) {
                     fail(Action::Undo, MessageActionMessages::failure(what, searched, target));
                     return;
                 }
                 QList<quint32> found;
                 for (const Imap::SearchData &data : searched.all<Imap::SearchData>())
                     found += data.numbers;
                 if (found.isEmpty()) {
                     fail(Action::Undo, tr("Could not undo: the moved messages are no longer in “%1”.").arg(target));
                     return;
                 }
                 moveCopiesBack(record, SequenceSet::fromNumbers(found));
             });
    });
}

void MessageActions::moveCopiesBack(const UndoRecord &record, const SequenceSet &uids)
{
    const QString target = folderName(record.target);
    send(m_other->move(uids, record.source), [this, record, target](const CommandResult &moved) {
        // Leave the target folder without expunging anything (never CLOSE).
        if (m_other && m_other->info().capabilities.has("UNSELECT"))
            send(m_other->execute(Imap::Commands::unselect()), [](const CommandResult &) {});
        if (!moved.ok()) {
            fail(Action::Undo,
                 MessageActionMessages::failure(tr("move the messages back from “%1”").arg(target), moved,
                                                folderName(record.source)));
            return;
        }
        if (moved.originalsAwaitExpunge) {
            Q_EMIT notice(Action::Undo,
                          tr("The messages are back; their copies in “%1” are marked as deleted "
                             "until that folder is expunged.")
                              .arg(target));
        }
        done(Action::Undo, true);
    });
}

} // namespace Quail::Models
