#include "imap/engine/sequencemap.h"

#include <QCoreApplication>

#include <algorithm>

namespace Quail::Imap {

void SequenceMap::reset(quint32 count)
{
    m_uids = QList<quint32>(qsizetype(count), 0);
    m_knownCount = 0;
    m_learnedTail.clear();
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
    m_learnedTail.clear();
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
    m_learnedTail.erase(index);
    shiftLearnedTail(index, 1);
    // The first unknown message may have been the one removed.
    extendKnownPrefix();
    return true;
}

bool SequenceMap::learnUid(quint32 sequence, quint32 uid, QString *error)
{
    if (sequence == 0 || sequence > count() || uid == 0) {
        *error = tr("The server sent UID %1 for message %2 of %3.").arg(uid).arg(sequence).arg(count());
        return false;
    }
    const qsizetype index = qsizetype(sequence) - 1;
    const auto next = m_learnedTail.lower_bound(index);
    if (index < m_knownCount || (next != m_learnedTail.end() && *next == index)) {
        if (m_uids[index] != uid) {
            *error = tr("The server sent UID %1 for message %2, which has UID %3.")
                         .arg(uid)
                         .arg(sequence)
                         .arg(m_uids[index]);
            return false;
        }
        return true;
    }
    // Not yet known: the UID must fall between its nearest known
    // neighbours, below (the tail's or the prefix's last) and above.
    const qsizetype belowIndex = next == m_learnedTail.begin() ? m_knownCount - 1 : *std::prev(next);
    const quint32 below = belowIndex >= 0 ? m_uids[belowIndex] : 0;
    const quint32 above = next == m_learnedTail.end() ? 0 : m_uids[*next];
    if (uid <= below || (above != 0 && uid >= above)) {
        *error = tr("The server sent UID %1 for message %2, out of ascending order.").arg(uid).arg(sequence);
        return false;
    }
    m_uids[index] = uid;
    if (index == m_knownCount)
        extendKnownPrefix();
    else
        m_learnedTail.insert(next, index);
    return true;
}

void SequenceMap::extendKnownPrefix()
{
    while (m_knownCount < m_uids.size() && m_uids[m_knownCount] != 0) {
        ++m_knownCount;
        if (!m_learnedTail.empty() && *m_learnedTail.begin() < m_knownCount)
            m_learnedTail.erase(m_learnedTail.begin());
    }
}

void SequenceMap::shiftLearnedTail(qsizetype above, qsizetype by)
{
    if (by == 0 || m_learnedTail.empty() || *m_learnedTail.rbegin() <= above)
        return;
    // Rare (messages removed while a pipelined load is half done), so a
    // rebuild in order is simplest; the order itself never changes.
    std::set<qsizetype> shifted;
    for (const qsizetype index : std::as_const(m_learnedTail))
        shifted.insert(shifted.end(), index > above ? index - by : index);
    m_learnedTail = std::move(shifted);
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
    // Only known-prefix messages are removed: every learned index moves down.
    shiftLearnedTail(-1, m_knownCount - keptKnown);
    m_uids = std::move(kept);
    m_knownCount = keptKnown;
    return result;
}

} // namespace Quail::Imap
