#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <initializer_list>

namespace Quail::Imap::Detail {

// A fixed set of atoms matched case-insensitively (IMAP atoms and MIME
// tokens are case-insensitive: RFC 9051 §4.1, RFC 2045 §5.1). Interning the
// handful of atoms that make up most of a FETCH answer saves one allocation
// per flag, MIME type or encoding: the canonical QByteArrays wrap static
// storage, so copying them never allocates.
class AtomTable
{
public:
    explicit AtomTable(std::initializer_list<const char *> atoms);

    // The index of atom in the constructor's list, or -1.
    int indexOf(QByteArrayView atom) const;
    const QByteArray &at(int index) const { return m_atoms[index]; }

    // The canonical spelling of atom if it is in the table, otherwise a copy.
    QByteArray intern(QByteArrayView atom) const
    {
        const int i = indexOf(atom);
        return i >= 0 ? m_atoms[i] : atom.toByteArray();
    }

private:
    static constexpr qsizetype MaxAtomSize = 40;
    static quint32 hash(QByteArrayView atom);
    bool matches(int index, QByteArrayView atom) const;

    QList<QByteArray> m_atoms;
    // Each atom in eight-byte words, zero-padded: its bytes with letters in
    // lower case, and the bit that tells a letter's cases apart (0x20) set
    // where it has a letter. A word of input matches when the input word
    // with those bits set equals the lower-case word: exact for non-letters,
    // either case for letters, and a word's compare per eight bytes.
    QList<quint64> m_lowerWords;
    QList<quint64> m_caseBits;
    QList<qsizetype> m_firstWord;
    // Open addressing; slot value is index + 1, 0 means empty.
    QList<quint16> m_slots;
    quint32 m_mask = 0;
};

// Upper-cases ASCII letters, leaving other bytes alone.
QByteArray asciiUpper(QByteArrayView bytes);

} // namespace Quail::Imap::Detail
