#include "models/messagestore.h"

#include <algorithm>

namespace Quail::Models {

void MessageStore::clear(std::optional<quint32> uidValidity)
{
    m_uidValidity = uidValidity;
    m_highestModSeq.reset();
    m_messages.clear();
    m_messages.shrink_to_fit();
}

int MessageStore::placeOf(quint32 uid) const
{
    const auto it = std::lower_bound(m_messages.begin(), m_messages.end(), uid,
                                     [](const MessageSummary &message, quint32 value) { return message.uid < value; });
    return int(it - m_messages.begin());
}

int MessageStore::rowOf(quint32 uid) const
{
    const int row = placeOf(uid);
    return row < count() && uidAt(row) == uid ? row : -1;
}

void MessageStore::setMessages(QList<MessageSummary> messages)
{
    const auto byUid = [](const MessageSummary &a, const MessageSummary &b) { return a.uid < b.uid; };
    // Servers list in UID order; sorting is for the ones that do not.
    if (!std::is_sorted(messages.cbegin(), messages.cend(), byUid))
        std::sort(messages.begin(), messages.end(), byUid);
    const auto sameUid = [](const MessageSummary &a, const MessageSummary &b) { return a.uid == b.uid; };
    messages.erase(std::unique(messages.begin(), messages.end(), sameUid), messages.end());
    m_messages.assign(std::make_move_iterator(messages.begin()), std::make_move_iterator(messages.end()));
}

void MessageStore::append(const QList<MessageSummary> &messages)
{
    m_messages.insert(m_messages.end(), messages.begin(), messages.end());
}

void MessageStore::insert(const MessageSummary &message)
{
    m_messages.insert(m_messages.begin() + placeOf(message.uid), message);
}

void MessageStore::remove(int first, int last)
{
    m_messages.erase(m_messages.begin() + first, m_messages.begin() + last + 1);
}

bool MessageStore::setFlags(int row, const Imap::Flags &flags)
{
    MessageSummary &message = m_messages[size_t(row)];
    if (message.flags == flags)
        return false;
    message.flags = flags;
    return true;
}

void MessageStore::setDetails(int row, const Imap::FetchData &data)
{
    applyDetails(m_messages[size_t(row)], data);
}

void MessageStore::takeDetails(int row, MessageSummary &&details)
{
    Models::takeDetails(m_messages[size_t(row)], std::move(details));
}

} // namespace Quail::Models
