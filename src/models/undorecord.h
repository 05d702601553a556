#pragma once

#include "imap/protocol/mailboxname.h"
#include "imap/protocol/sequenceset.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace Quail::Models {

// What undoing the last move or delete needs to know, kept by
// MessageActions once the server has confirmed the action.
struct UndoRecord {
    enum class Kind {
        Move, // a move, an archive or a delete to the Trash: move the copies back
        MarkDeleted, // a delete that only set \Deleted: clear it again
    };

    Kind kind = Kind::Move;
    Imap::MailboxName source;
    Imap::MailboxName target; // Move only
    QList<quint32> sourceUids;
    // From COPYUID (RFC 4315 §3): where the copies are, so that undo moves
    // exactly them back. Empty without UIDPLUS.
    Imap::SequenceSet targetUids;
    std::optional<quint32> targetUidValidity;
    // The moved messages' Message-IDs, to find the copies without COPYUID;
    // complete only if every moved message had one and it was loaded.
    QList<QByteArray> messageIds;
    bool messageIdsComplete = false;
    // COPY + \Deleted without UIDPLUS: the originals are still in the source.
    bool originalsRemain = false;
};

} // namespace Quail::Models
