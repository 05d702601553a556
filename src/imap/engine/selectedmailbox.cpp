#include "imap/engine/selectedmailbox.h"

#include <QCoreApplication>

namespace Quail::Imap {

void SelectedMailbox::applyCode(const ResponseCode &code, QList<MailboxEvent> *events)
{
    switch (code.type) {
    case ResponseCode::Type::UidValidity: {
        const auto validity = quint32(code.number);
        // A change while selected voids every UID the client holds.
        if (m_uidValidity && *m_uidValidity != validity)
            events->append({m_name, MailboxEvent::UidValidityChanged{validity}});
        m_uidValidity = validity;
        break;
    }
    case ResponseCode::Type::UidNext:
        m_uidNext = quint32(code.number);
        break;
    case ResponseCode::Type::HighestModSeq:
        m_highestModSeq = code.number;
        break;
    case ResponseCode::Type::PermanentFlags:
        m_permanentFlags = code.flags;
        break;
    case ResponseCode::Type::ReadOnly:
        m_readOnly = true;
        break;
    case ResponseCode::Type::ReadWrite:
        m_readOnly = false;
        break;
    default:
        break;
    }
}

bool SelectedMailbox::resyncUids(const QList<quint32> &uids, QString *error)
{
    if (!m_uids.setUids(uids, error))
        return false;
    m_stale = false;
    return true;
}

bool SelectedMailbox::apply(const Response &response, QList<MailboxEvent> *events, QString *error)
{
    // While stale, a mismatch is our ignorance, not the server's fault.
    QString ignored;
    if (m_stale)
        error = &ignored;
    if (const StatusResponse *status = response.status()) {
        applyCode(status->code, events);
        return true;
    }
    if (const auto *exists = response.get<ExistsData>()) {
        if (m_stale && exists->count < m_uids.count())
            m_uids.reset(exists->count);
        else if (!m_uids.exists(exists->count, error))
            return false;
        events->append({m_name, MailboxEvent::Exists{exists->count}});
        return true;
    }
    if (const auto *expunge = response.get<ExpungeData>()) {
        const quint32 uid = m_uids.uidAt(expunge->sequenceNumber);
        if (!m_uids.expunge(expunge->sequenceNumber, error))
            return m_stale;
        events->append({m_name, MailboxEvent::Expunged{expunge->sequenceNumber, uid}});
        return true;
    }
    if (const auto *vanished = response.get<VanishedData>()) {
        if (vanished->earlier) {
            // Messages gone before this session: nothing to renumber.
            events->append({m_name, MailboxEvent::Vanished{vanished->uids, {}, true}});
            return true;
        }
        const SequenceMap::Vanished removed = m_uids.vanish(vanished->uids);
        // UIDs of messages whose UIDs were never fetched cannot be placed:
        // the count is uncertain until the full UID list is read again.
        if (removed.needsResync)
            m_stale = true;
        events->append({m_name, MailboxEvent::Vanished{vanished->uids, removed.sequences, false}});
        return true;
    }
    if (const auto *fetch = response.get<FetchData>()) {
        if (fetch->uid && !m_uids.learnUid(fetch->sequenceNumber, *fetch->uid, error) && !m_stale)
            return false;
        if (fetch->sequenceNumber == 0 || fetch->sequenceNumber > m_uids.count()) {
            if (m_stale)
                return true;
            *error = QCoreApplication::translate("Quail::Imap::SelectedMailbox",
                                                 "The server sent FETCH data for message %1 of %2.")
                         .arg(fetch->sequenceNumber)
                         .arg(m_uids.count());
            return false;
        }
        if (fetch->modSeq && (!m_highestModSeq || *fetch->modSeq > *m_highestModSeq))
            m_highestModSeq = fetch->modSeq;
        if (fetch->flags) {
            events->append({m_name,
                            MailboxEvent::FlagsChanged{fetch->sequenceNumber, m_uids.uidAt(fetch->sequenceNumber),
                                                       *fetch->flags, fetch->modSeq}});
        }
        return true;
    }
    if (const auto *flags = response.get<FlagsData>()) {
        m_flags = flags->flags;
        return true;
    }
    if (const auto *recent = response.get<RecentData>()) {
        m_recent = recent->count;
        return true;
    }
    return true;
}

} // namespace Quail::Imap
