#include "imap/engine/sequencemap.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quail::Imap {

void SequenceMap::reset(quint32 count)
{
    m_uids = QList<quint32>(qsizetype(count), 0);
    m_knownCount = 0;
    m_tailHasUids = false;
}

bool SequenceMap::setUids(const QList<quint32> &uids, QString *error)
{
    for (qsizetype i = 0; i < uids.size(); ++i) {
        if (uids[i] == 0 || (i > 0 && uids[i] <= uids[i - 1])) {
            *error = tr("The server's UIDs are not strictly ascending (RFC 9051 §2.3.1.1).");
            return false;
        }
    }
    m_uids = uids;
    m_knownCount = m_uids.size();
    m_tailHasUids = false;
    return true;
}

quint32 SequenceMap::uidAt(quint32 sequence) const
{
    if (sequence == 0 || sequence > count())
        return 0;
    return m_uids[qsizetype(sequence) - 1];
}

std::optional<quint32> SequenceMap::sequenceOf(quint32 uid) const
{
    const auto begin = m_uids.cbegin();
    const auto end = begin + knownEnd();
    const auto it = std::lower_bound(begin, end, uid);
    if (it == end || *it != uid)
        return std::nullopt;
    return quint32(it - begin) + 1;
}

bool SequenceMap::exists(quint32 newCount, QString *error)
{
    if (newCount < count()) {
        *error = tr("The server reported %1 messages after %2 without expunging any (RFC 9051 §7.4.1).")
                     .arg(newCount)
                     .arg(count());
        return false;
    }
    m_uids.resize(qsizetype(newCount), 0);
    return true;
}

bool SequenceMap::expunge(quint32 sequence, QString *error)
{
    if (sequence == 0 || sequence > count()) {
        *error = tr("The server expunged message %1 of %2.").arg(sequence).arg(count());
        return false;
    }
    const qsizetype index = qsizetype(sequence) - 1;
    m_uids.removeAt(index);
    if (index < m_knownCount)
        --m_knownCount;
    return true;
}

bool SequenceMap::learnUid(quint32 sequence, quint32 uid, QString *error)
{
    if (sequence == 0 || sequence > count() || uid == 0) {
        *error = tr("The server sent UID %1 for message %2 of %3.").arg(uid).arg(sequence).arg(count());
        return false;
    }
    const qsizetype index = qsizetype(sequence) - 1;
    if (index < m_knownCount) {
        if (m_uids[index] != uid) {
            *error = tr("The server sent UID %1 for message %2, which has UID %3.")
                         .arg(uid)
                         .arg(sequence)
                         .arg(m_uids[index]);
            return false;
        }
        return true;
    }
    // Learned out of order within the tail: accept it if it keeps every
    // known UID strictly ascending, then extend the known prefix.
    const auto below = std::find_if(std::make_reverse_iterator(m_uids.cbegin() + index), m_uids.crend(),
                                    [](quint32 u) { return u != 0; });
    // Learning in order (FETCH 1:* answers so) leaves nothing above to
    // check: skipping the scan keeps a 100,000-message listing linear.
    const auto above = !m_tailHasUids
        ? m_uids.cend()
        : std::find_if(m_uids.cbegin() + index + 1, m_uids.cend(), [](quint32 u) { return u != 0; });
    if ((below != m_uids.crend() && *below >= uid) || (above != m_uids.cend() && *above <= uid)) {
        *error = tr("The server sent UID %1 for message %2, out of ascending order.").arg(uid).arg(sequence);
        return false;
    }
    m_uids[index] = uid;
    if (index > m_knownCount)
        m_tailHasUids = true;
    while (m_knownCount < m_uids.size() && m_uids[m_knownCount] != 0)
        ++m_knownCount;
    if (m_knownCount == m_uids.size())
        m_tailHasUids = false;
    return true;
}

SequenceMap::Vanished SequenceMap::vanish(const SequenceSet &uids)
{
    Vanished result;
    const quint32 highestKnown = m_knownCount > 0 ? m_uids[m_knownCount - 1] : 0;
    const bool tailUnknown = m_knownCount < m_uids.size();

    // Mark, then compact once: a VANISHED for thousands of UIDs stays linear.
    QList<bool> doomed(m_uids.size(), false);
    for (const SequenceSet::Range &range : uids.ranges()) {
        const quint32 first = range.first == SequenceSet::Star ? highestKnown : range.first;
        const quint32 last = range.last == SequenceSet::Star ? 0xffffffffu : range.last;
        const auto begin = m_uids.cbegin();
        for (auto it = std::lower_bound(begin, begin + m_knownCount, first); it != begin + m_knownCount && *it <= last;
             ++it)
            doomed[it - begin] = true;
        if (tailUnknown && last > highestKnown)
            result.needsResync = true;
    }

    QList<quint32> kept;
    kept.reserve(m_uids.size());
    qsizetype keptKnown = 0;
    for (qsizetype i = 0; i < m_uids.size(); ++i) {
        if (doomed[i]) {
            result.sequences.append(quint32(i) + 1);
            continue;
        }
        if (i < m_knownCount)
            ++keptKnown;
        kept.append(m_uids[i]);
    }
    std::reverse(result.sequences.begin(), result.sequences.end());
    m_uids = std::move(kept);
    m_knownCount = keptKnown;
    return result;
}

} // namespace Quail::Imap
