#include "imap/protocol/atomtable.h"

#include <cstring>

namespace Quail::Imap::Detail {

namespace {

constexpr char foldCase(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (foldCase(a[i]) != foldCase(b[i]))
            return false;
    }
    return true;
}

} // namespace

AtomTable::AtomTable(std::initializer_list<const char *> atoms)
{
    quint32 slotCount = 16;
    while (slotCount < atoms.size() * 4)
        slotCount *= 2;
    m_mask = slotCount - 1;
    m_slots.fill(0, slotCount);
    for (const char *atom : atoms) {
        const QByteArray bytes = QByteArray::fromRawData(atom, qsizetype(std::strlen(atom)));
        quint32 slot = hash(bytes) & m_mask;
        while (m_slots[slot])
            slot = (slot + 1) & m_mask;
        m_atoms.append(bytes);
        m_lowerAtoms.append(bytes.toLower());
        m_slots[slot] = quint16(m_atoms.size());
    }
}

quint32 AtomTable::hash(QByteArrayView atom)
{
    // Length and three case-folded bytes: constant time, and distinct
    // enough for a table of a few dozen atoms (collisions only cost a probe).
    const qsizetype n = atom.size();
    quint32 h = quint32(n);
    h = h * 31 + quint8(foldCase(atom[0]));
    h = h * 31 + quint8(foldCase(atom[n - 1]));
    h = h * 31 + quint8(foldCase(atom[n / 2]));
    return h * 2654435761u >> 8;
}

int AtomTable::indexOf(QByteArrayView atom) const
{
    if (atom.isEmpty() || atom.size() > 40)
        return -1;
    quint32 slot = hash(atom) & m_mask;
    while (const quint16 entry = m_slots[slot]) {
        // Servers send tokens in the canonical case or all in lower case;
        // memcmp settles those before the byte-wise comparison.
        const QByteArray &candidate = m_atoms[entry - 1];
        if (candidate.size() == atom.size()
            && (std::memcmp(candidate.constData(), atom.data(), size_t(atom.size())) == 0
                || std::memcmp(m_lowerAtoms[entry - 1].constData(), atom.data(), size_t(atom.size())) == 0
                || equalsIgnoringCase(candidate, atom)))
            return entry - 1;
        slot = (slot + 1) & m_mask;
    }
    return -1;
}

QByteArray asciiUpper(QByteArrayView bytes)
{
    QByteArray out(bytes.size(), Qt::Uninitialized);
    char *d = out.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        d[i] = foldCase(bytes[i]);
    return out;
}

} // namespace Quail::Imap::Detail
