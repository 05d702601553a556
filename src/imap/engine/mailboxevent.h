#pragma once

#include "imap/protocol/flags.h"
#include "imap/protocol/mailboxname.h"
#include "imap/protocol/sequenceset.h"

#include <QList>

#include <optional>
#include <variant>

namespace Quail::Imap {

// The kinds of change in the selected mailbox (at namespace scope so that
// MailboxEvent's variant can default-construct them).
namespace MailboxChange {

// "* n EXISTS": the mailbox now holds `count` messages; new ones are at the end.
struct Exists {
    quint32 count = 0;
};
// One message left (EXPUNGE). `uid` is 0 if its UID was never learned.
struct Expunged {
    quint32 sequence = 0;
    quint32 uid = 0;
};
// Messages left (VANISHED, RFC 7162): their UIDs, and their old sequence
// numbers in descending order (so removing rows in that order keeps the
// others valid).
struct Vanished {
    SequenceSet uids;
    QList<quint32> sequences;
    bool earlier = false; // VANISHED (EARLIER): reported on resync, not a live change
};
// A message's flags changed (an unsolicited or solicited FETCH FLAGS).
struct FlagsChanged {
    quint32 sequence = 0;
    quint32 uid = 0;
    Flags flags;
    std::optional<quint64> modSeq;
};
// UIDVALIDITY is not what it was: every cached UID is void (RFC 9051 §2.3.1.1).
struct UidValidityChanged {
    quint32 uidValidity = 0;
};

} // namespace MailboxChange

// What changed in the selected mailbox, in the terms a message list needs:
// UIDs, not sequence numbers, wherever the session knows them.
struct MailboxEvent {
    using Exists = MailboxChange::Exists;
    using Expunged = MailboxChange::Expunged;
    using Vanished = MailboxChange::Vanished;
    using FlagsChanged = MailboxChange::FlagsChanged;
    using UidValidityChanged = MailboxChange::UidValidityChanged;

    MailboxName mailbox;
    std::variant<Exists, Expunged, Vanished, FlagsChanged, UidValidityChanged> change;
};

} // namespace Quail::Imap
