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
    static quint32 hash(QByteArrayView atom);

    QList<QByteArray> m_atoms;
    QList<QByteArray> m_lowerAtoms;
    // Open addressing; slot value is index + 1, 0 means empty.
    QList<quint16> m_slots;
    quint32 m_mask = 0;
};

// Upper-cases ASCII letters, leaving other bytes alone.
QByteArray asciiUpper(QByteArrayView bytes);

} // namespace Quail::Imap::Detail
