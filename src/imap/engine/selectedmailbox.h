#pragma once

#include "imap/engine/mailboxevent.h"
#include "imap/engine/sequencemap.h"
#include "imap/protocol/response.h"

#include <QString>

#include <optional>

namespace Quail::Imap {

// The state of the selected mailbox (RFC 9051 §6.3.1, RFC 7162 §3.1),
// updated from every untagged response while it is selected, turning them
// into MailboxEvents. Impossible updates (see SequenceMap) are errors.
class SelectedMailbox
{
public:
    SelectedMailbox() = default;
    SelectedMailbox(const MailboxName &name, bool readOnly)
        : m_name(name)
        , m_readOnly(readOnly)
    {
    }

    const MailboxName &name() const { return m_name; }
    bool isReadOnly() const { return m_readOnly; }
    quint32 exists() const { return m_uids.count(); }
    std::optional<quint32> uidValidity() const { return m_uidValidity; }
    std::optional<quint32> uidNext() const { return m_uidNext; }
    std::optional<quint64> highestModSeq() const { return m_highestModSeq; }
    const Flags &flags() const { return m_flags; }
    const Flags &permanentFlags() const { return m_permanentFlags; }
    quint32 recent() const { return m_recent; }
    const SequenceMap &uids() const { return m_uids; }

    // True after a VANISHED named UIDs this state had not learned: sequence
    // numbers are uncertain until resyncUids() gets the full list (the
    // session asks the server for it at once). Meanwhile updates are applied
    // as well as they can be, without treating mismatches as errors.
    bool needsUidResync() const { return m_stale; }
    bool resyncUids(const QList<quint32> &uids, QString *error);

    // Takes one untagged response (or the tagged completion's code, for
    // READ-ONLY/READ-WRITE). Appends the resulting events; returns false
    // with *error set on a response a correct server could not send.
    bool apply(const Response &response, QList<MailboxEvent> *events, QString *error);
    void applyCode(const ResponseCode &code, QList<MailboxEvent> *events);

private:
    MailboxName m_name;
    bool m_readOnly = false;
    std::optional<quint32> m_uidValidity;
    std::optional<quint32> m_uidNext;
    std::optional<quint64> m_highestModSeq;
    Flags m_flags;
    Flags m_permanentFlags;
    quint32 m_recent = 0;
    SequenceMap m_uids;
    bool m_stale = false;
};

} // namespace Quail::Imap
