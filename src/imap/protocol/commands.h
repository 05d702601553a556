#pragma once

#include "imap/protocol/command.h"
#include "imap/protocol/searchkey.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

namespace Quail::Imap::Commands {

// Builders for every command the engine sends (RFC 9051 §6 and the
// extensions of imap-landscape.md). Each returns a Command that encodes
// itself safely; the caller picks the tag and the EncoderOptions.

Command capability();
Command noop();
Command logout();
Command startTls();
Command login(QByteArrayView user, QByteArrayView password);
// AUTHENTICATE with an optional SASL-IR initial response (RFC 4959), already
// base64-encoded; an empty initial response is sent as "=".
Command authenticate(QByteArrayView mechanism, const std::optional<QByteArray> &initialResponse = {});
Command enable(const QList<QByteArray> &capabilities);
Command id(const QList<std::pair<QByteArray, QByteArray>> &fields); // RFC 2971; empty list sends "ID NIL"
Command namespaces();
Command compress(); // COMPRESS DEFLATE, RFC 4978

// SELECT/EXAMINE with CONDSTORE, or QRESYNC when uidValidity is given
// (RFC 7162 §3.2.5).
struct SelectOptions {
    bool condStore = false;
    std::optional<quint32> uidValidity;
    quint64 modSeq = 0;
    SequenceSet knownUids;
};
Command select(const MailboxName &mailbox, const SelectOptions &options = {});
Command examine(const MailboxName &mailbox, const SelectOptions &options = {});
Command create(const MailboxName &mailbox, const QList<QByteArray> &specialUse = {}); // RFC 6154 USE
Command deleteMailbox(const MailboxName &mailbox);
Command rename(const MailboxName &from, const MailboxName &to);
Command subscribe(const MailboxName &mailbox);
Command unsubscribe(const MailboxName &mailbox);
// LIST with LIST-EXTENDED selection and return options (RFC 5258, 5819,
// 6154): e.g. selection {"SUBSCRIBED"}, return {"CHILDREN", "SPECIAL-USE",
// "STATUS (MESSAGES UNSEEN)"}.
Command list(QByteArrayView reference, QByteArrayView pattern, const QList<QByteArray> &selection = {},
             const QList<QByteArray> &returnOptions = {});
Command lsub(QByteArrayView reference, QByteArrayView pattern);
Command status(const MailboxName &mailbox, const QList<QByteArray> &items);
Command append(const MailboxName &mailbox, const QList<QByteArray> &flags, const std::optional<InternalDate> &date,
               QByteArrayView message, bool binary = false);
// One message of a MULTIAPPEND: its flags, date and data (`binary` sends
// it as a literal8, RFC 3516).
struct AppendMessage {
    QList<QByteArray> flags;
    std::optional<InternalDate> date;
    QByteArray data;
    bool binary = false;
};
// APPEND of several messages in one command (MULTIAPPEND, RFC 3502 §6.3.11):
// the server stores all of them or none.
Command multiAppend(const MailboxName &mailbox, const QList<AppendMessage> &messages);
Command close();
Command unselect();
Command expunge();
Command uidExpunge(const SequenceSet &uids); // RFC 4315
Command idle();
// The line that ends IDLE; it has no tag.
QByteArray idleDone();

enum class SetKind { Sequence, Uid };
// SEARCH with optional RETURN options (RFC 4731) and CHARSET when needed.
Command search(const SearchKey &key, SetKind kind = SetKind::Uid, const QList<QByteArray> &returnOptions = {},
               bool utf8Accept = false);
Command sort(const QList<QByteArray> &criteria, const SearchKey &key, SetKind kind = SetKind::Uid,
             bool utf8Accept = false);
Command thread(QByteArrayView algorithm, const SearchKey &key, SetKind kind = SetKind::Uid, bool utf8Accept = false);
// FETCH; items are fetch attributes ("UID", "FLAGS", "BODY.PEEK[HEADER]"…),
// checked to be printable ASCII. changedSince adds CHANGEDSINCE, vanished
// VANISHED (RFC 7162 §3.1.4, §3.2.6).
Command fetch(const SequenceSet &set, const QList<QByteArray> &items, SetKind kind = SetKind::Uid,
              std::optional<quint64> changedSince = {}, bool vanished = false);

enum class StoreMode { Replace, Add, Remove };
Command store(const SequenceSet &set, StoreMode mode, const QList<QByteArray> &flags, SetKind kind = SetKind::Uid,
              bool silent = true, std::optional<quint64> unchangedSince = {});
Command copy(const SequenceSet &set, const MailboxName &mailbox, SetKind kind = SetKind::Uid);
Command move(const SequenceSet &set, const MailboxName &mailbox, SetKind kind = SetKind::Uid); // RFC 6851

// One command per part of the set, so that no line exceeds maxLineLength
// (Yahoo: 1000 octets; Gmail about 16k; RFC 2683 §3.2.1.5 suggests 8000).
// `build` makes the command for one part.
template<typename Build>
QList<Command> splitBySet(const SequenceSet &set, qsizetype maxLineLength, Build build)
{
    // Room for the tag, the command and its other arguments.
    constexpr qsizetype Overhead = 200;
    QList<Command> commands;
    for (const SequenceSet &part : set.split(std::max<qsizetype>(maxLineLength - Overhead, 32)))
        commands.append(build(part));
    return commands;
}

Command getQuotaRoot(const MailboxName &mailbox); // RFC 9208
Command getQuota(QByteArrayView root);
Command getAcl(const MailboxName &mailbox); // RFC 4314
Command myRights(const MailboxName &mailbox);
Command listRights(const MailboxName &mailbox, QByteArrayView identifier);
Command getMetadata(const MailboxName &mailbox, const QList<QByteArray> &entries); // RFC 5464
Command setMetadata(const MailboxName &mailbox, const QList<std::pair<QByteArray, QByteArray>> &entries);

} // namespace Quail::Imap::Commands
