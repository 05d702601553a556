#include "imap/protocol/atomtable.h"

#include <cstring>

namespace Quail::Imap::Detail {

namespace {

constexpr char foldCase(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 32) : c;
}

constexpr bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// The eight bytes of `bytes` from `at` as one word, zero-padded at the end.
inline quint64 wordAt(QByteArrayView bytes, qsizetype at)
{
    quint64 word = 0;
    const qsizetype left = bytes.size() - at;
    if (left >= 8) {
        std::memcpy(&word, bytes.data() + at, 8);
    } else {
        // The tail byte by byte: reading eight could pass the buffer's end.
        unsigned char tail[8] = {};
        for (qsizetype i = 0; i < left; ++i)
            tail[i] = static_cast<unsigned char>(bytes[at + i]);
        std::memcpy(&word, tail, 8);
    }
    return word;
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
        Q_ASSERT(bytes.size() <= MaxAtomSize);
        quint32 slot = hash(bytes) & m_mask;
        while (m_slots[slot])
            slot = (slot + 1) & m_mask;
        m_atoms.append(bytes);
        m_slots[slot] = quint16(m_atoms.size());
        const QByteArray lower = bytes.toLower();
        QByteArray caseBits(bytes.size(), '\0');
        for (qsizetype i = 0; i < bytes.size(); ++i)
            caseBits[i] = isLetter(bytes[i]) ? char(0x20) : char(0);
        m_firstWord.append(m_lowerWords.size());
        for (qsizetype at = 0; at < bytes.size(); at += 8) {
            m_lowerWords.append(wordAt(lower, at));
            m_caseBits.append(wordAt(caseBits, at));
        }
    }
}

inline quint32 AtomTable::hash(QByteArrayView atom)
{
    // Length and three bytes with the case bit set, so that both cases of a
    // letter hash alike: constant time, and distinct enough for a table of
    // a few dozen atoms (collisions only cost a probe).
    const qsizetype n = atom.size();
    quint32 h = quint32(n);
    h = h * 31 + quint8(atom[0] | 0x20);
    h = h * 31 + quint8(atom[n - 1] | 0x20);
    h = h * 31 + quint8(atom[n / 2] | 0x20);
    return h * 2654435761u >> 8;
}

inline bool AtomTable::matches(int index, QByteArrayView atom) const
{
    if (m_atoms[index].size() != atom.size())
        return false;
    const quint64 *lower = m_lowerWords.constData() + m_firstWord[index];
    const quint64 *caseBits = m_caseBits.constData() + m_firstWord[index];
    for (qsizetype at = 0; at < atom.size(); at += 8, ++lower, ++caseBits) {
        if ((wordAt(atom, at) | *caseBits) != *lower)
            return false;
    }
    return true;
}

int AtomTable::indexOf(QByteArrayView atom) const
{
    if (atom.isEmpty() || atom.size() > MaxAtomSize)
        return -1;
    quint32 slot = hash(atom) & m_mask;
    while (const quint16 entry = m_slots[slot]) {
        if (matches(entry - 1, atom))
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
