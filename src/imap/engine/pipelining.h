#pragma once

#include "imap/protocol/command.h"
#include "imap/protocol/response.h"

#include <QByteArrayView>
#include <QFlags>

namespace Quail::Imap {

// Which commands may be in flight together, and which of them an untagged
// response belongs to (RFC 9051 §5.5).
//
// A command is pipelined only when the untagged data it asks for can be told
// apart from every other in-flight command's: each response class has at
// most one owner at a time. STATUS is the exception, since every STATUS
// command gets exactly one STATUS response and servers answer pipelined
// commands in order, so several may run and take their answers in turn.
// UID FETCH and UID STORE are the other exception: their FETCH responses
// carry the UID (RFC 9051 §6.4.8), so several may run at once when their
// UID sets are disjoint, each taking the responses for its own UIDs.
// Everything that changes the session's state (SELECT, EXPUNGE, MOVE,
// IDLE, AUTHENTICATE…) or uses message sequence numbers, whose meaning an
// EXPUNGE in between would change, runs alone.
enum class ResponseClass {
    None = 0,
    Fetch = 1 << 0, // FETCH, VANISHED (EARLIER)
    Search = 1 << 1, // SEARCH, ESEARCH
    Sort = 1 << 2,
    Thread = 1 << 3,
    List = 1 << 4, // LIST, XLIST
    Lsub = 1 << 5,
    Status = 1 << 6,
    Namespace = 1 << 7,
    Quota = 1 << 8, // QUOTA, QUOTAROOT
    Acl = 1 << 9,
    ListRights = 1 << 10,
    MyRights = 1 << 11,
    Metadata = 1 << 12,
};
Q_DECLARE_FLAGS(ResponseClasses, ResponseClass)
Q_DECLARE_OPERATORS_FOR_FLAGS(ResponseClasses)

struct PipelineTraits {
    // May share the wire with other pipelinable commands.
    bool pipelinable = false;
    // The untagged data the command asks for.
    ResponseClasses classes;
    // For UID FETCH and UID STORE without "*": the UIDs whose FETCH
    // responses are this command's.
    std::optional<SequenceSet> uids;
};

// From the command's name as Command::name() has it ("UID FETCH", "STATUS").
PipelineTraits pipelineTraits(QByteArrayView commandName);
// The same, plus the UID set of a UID FETCH or UID STORE.
PipelineTraits pipelineTraits(const Command &command);

// The class of an untagged response; None for mailbox state (EXISTS,
// EXPUNGE, FLAGS…) and status responses, which go to the oldest command.
ResponseClass responseClass(const Response &response);

// The UID a FETCH-class response is about (a FETCH's UID item, the first UID
// of a VANISHED (EARLIER)), or 0.
quint32 responseUid(const Response &response);

// Whether a command with `next` traits may start while commands with
// `running` traits are in flight.
bool canPipeline(const PipelineTraits &next, const QList<PipelineTraits> &running);

} // namespace Quail::Imap
