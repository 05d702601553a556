#pragma once

#include "imap/protocol/sequenceset.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <set>

namespace Quail::Imap {

// The selected mailbox's message sequence numbers and their UIDs, kept right
// across EXISTS, EXPUNGE and VANISHED (RFC 9051 §7.4, RFC 7162 §3.2.10).
// Sequence numbers are 1-based. A UID is 0 until the engine has fetched it;
// since new messages always arrive at the end with higher UIDs (RFC 9051
// §2.3.1.1), unknown UIDs only ever form a tail, and the known prefix is
// strictly ascending, so lookups by UID are binary searches. UIDs learned
// beyond the prefix (pipelined FETCHes' responses interleave) are checked
// against their nearest learned neighbours, found in logarithmic time.
//
// Every update that a correct server could not send is refused with a
// sentence saying why, so that the engine can treat it as a protocol error
// and resynchronise rather than corrupt the view.
class SequenceMap
{
    Q_DECLARE_TR_FUNCTIONS(Quail::Imap::SequenceMap)

public:
    // After SELECT: `count` messages, UIDs unknown.
    void reset(quint32 count);
    // UIDs of all messages in sequence order (UID SEARCH ALL, or UID FETCH 1:*).
    bool setUids(const QList<quint32> &uids, QString *error);

    quint32 count() const { return quint32(m_uids.size()); }
    // 0 when not yet known, or when sequence is out of range.
    quint32 uidAt(quint32 sequence) const;
    std::optional<quint32> sequenceOf(quint32 uid) const;
    // Whether every message's UID is known.
    bool isComplete() const { return m_knownCount == m_uids.size(); }
    QList<quint32> uids() const { return m_uids; }

    // "* n EXISTS": the mailbox never shrinks except through EXPUNGE/VANISHED.
    bool exists(quint32 count, QString *error);
    // "* n EXPUNGE".
    bool expunge(quint32 sequence, QString *error);
    // "* n FETCH (UID u …)": learns or confirms a UID.
    bool learnUid(quint32 sequence, quint32 uid, QString *error);

    struct Vanished {
        QList<quint32> sequences; // the removed messages' old sequence numbers, descending
        bool needsResync = false; // the server named UIDs this map cannot place
    };
    // "* VANISHED uids" (without EARLIER): removes the messages with these
    // UIDs. UIDs of messages already gone are ignored (RFC 7162 §3.2.10.2
    // allows a server to repeat them); UIDs that may belong to the unknown
    // tail cannot be placed and set needsResync.
    Vanished vanish(const SequenceSet &uids);

private:
    qsizetype knownEnd() const { return m_knownCount; }
    // Moves the known prefix's end over the tail's learned UIDs that now join it.
    void extendKnownPrefix();
    // Moves the learned tail's indexes above `above` down by `by`, after
    // that many messages below them were removed.
    void shiftLearnedTail(qsizetype above, qsizetype by);

    QList<quint32> m_uids;
    qsizetype m_knownCount = 0; // length of the known, ascending prefix
    // Indexes beyond the prefix whose UIDs are known. A FETCH 1:* answers
    // in order and leaves this empty; two pipelined UID FETCHes whose
    // responses interleave fill it until the first one's range is complete.
    std::set<qsizetype> m_learnedTail;
};

} // namespace Quail::Imap
