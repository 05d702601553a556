#pragma once

#include "models/messagesummary.h"

#include <QList>

#include <optional>
#include <vector>

namespace Quail::Models {

// The messages of one folder as the message list knows them, in UID order
// (which is the server's order of sequence numbers). A component of its own,
// with no signals and no IMAP traffic: the model decides what to fetch and
// tells the store what arrived, so a persistent cache can later stand behind
// the same interface without reshaping the model.
//
// Rows are positions in UID order; UID lookups are binary searches, so a
// hundred thousand rows stay cheap.
class MessageStore
{
public:
    // Forgets everything: a new folder, or a changed UIDVALIDITY.
    void clear(std::optional<quint32> uidValidity = {});
    std::optional<quint32> uidValidity() const { return m_uidValidity; }
    // The HIGHESTMODSEQ (RFC 7162) up to which the store holds every change:
    // the one the last SELECT reported; a catch-up asks for changes since.
    std::optional<quint64> highestModSeq() const { return m_highestModSeq; }
    void setHighestModSeq(std::optional<quint64> modSeq) { m_highestModSeq = modSeq; }

    int count() const { return int(m_messages.size()); }
    bool isEmpty() const { return m_messages.empty(); }
    const MessageSummary &at(int row) const { return m_messages[size_t(row)]; }
    quint32 uidAt(int row) const { return m_messages[size_t(row)].uid; }
    // The highest UID held, or 0 when empty.
    quint32 lastUid() const { return m_messages.empty() ? 0 : m_messages.back().uid; }
    // The row of `uid`, or -1.
    int rowOf(quint32 uid) const;
    // The row `uid` has, or would have if it were inserted.
    int placeOf(quint32 uid) const;

    // Replaces the contents with these messages (any order, duplicates
    // dropped); details start unloaded.
    void setMessages(QList<MessageSummary> messages);
    // Appends messages whose UIDs are all above lastUid(), in UID order.
    void append(const QList<MessageSummary> &messages);
    // Inserts a message whose UID is not held, at placeOf() its UID.
    void insert(const MessageSummary &message);
    // Removes rows first..last (inclusive).
    void remove(int first, int last);
    // Returns whether the flags changed.
    bool setFlags(int row, const Imap::Flags &flags);
    void setDetails(int row, const Imap::FetchData &data);
    // Details decoded elsewhere (see takeDetails()).
    void takeDetails(int row, MessageSummary &&details);

private:
    std::optional<quint32> m_uidValidity;
    std::optional<quint64> m_highestModSeq;
    std::vector<MessageSummary> m_messages;
};

} // namespace Quail::Models
