#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QList>
#include <QString>

namespace Quail::Models {

// The text made from recent raw header bytes (a display name, an address, a
// recipient list, a subject), kept so that a folder's repeated correspondents
// are decoded once and their rows share one string: a hundred thousand rows
// from a few hundred people hold a few hundred names, not a hundred thousand.
//
// Direct-mapped: each raw value has one slot, and a newcomer replaces what was
// there, so the cache stays small and a lookup costs one hash and one compare.
// Values of different kinds never answer for each other, even with the same
// bytes. Not thread-safe: one per thread.
class TextCache
{
public:
    enum class Kind : quint8 { Subject, Name, Address, Recipients };

    TextCache()
        : m_slots(SlotCount)
    {
    }

    // The text for `raw` of `kind`: remembered, or make() and remembered.
    // make() must depend on `raw` alone.
    template<typename Make>
    QString text(Kind kind, QByteArrayView raw, Make &&make)
    {
        if (raw.isEmpty())
            return make();
        // A seed of 0 would make Qt hash with SipHash instead of its much
        // faster AES-based hash; the kind keeps the seed nonzero.
        Slot &slot = m_slots[qsizetype(qHash(raw, size_t(kind) + 1) % SlotCount)];
        if (slot.kind == kind && !slot.raw.isNull() && QByteArrayView(slot.raw) == raw)
            return slot.text;
        slot.text = make();
        slot.raw = raw.toByteArray();
        slot.kind = kind;
        return slot.text;
    }

private:
    static constexpr qsizetype SlotCount = 1024;
    struct Slot {
        QByteArray raw;
        QString text;
        Kind kind = Kind::Subject;
    };
    QList<Slot> m_slots;
};

} // namespace Quail::Models
