#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Quail::Imap {

// A set of message sequence numbers or UIDs (RFC 9051 §9 "sequence-set").
//
// Ranges keep the order in which they were added or received, because
// COPYUID and APPENDUID (RFC 4315 §3) pair source and destination UIDs by
// position. fromNumbers() builds the compact, sorted form for commands.
class SequenceSet
{
public:
    // Stands for "*", the largest number in use. Real members are never 0.
    static constexpr quint32 Star = 0;

    struct Range {
        quint32 first = 0;
        quint32 last = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    SequenceSet() = default;

    // Sorted, deduplicated and compressed to ranges: 1,2,3,5 -> "1:3,5".
    // Zeros are dropped.
    static SequenceSet fromNumbers(QList<quint32> numbers);
    static SequenceSet single(quint32 number) { return range(number, number); }
    static SequenceSet range(quint32 first, quint32 last);

    // Parses the wire form. Returns nullopt for anything else, including a
    // trailing comma, a zero or a number above 2^32-1.
    static std::optional<SequenceSet> parse(QByteArrayView text);

    // Appends a range; "last < first" is normalised, Star is allowed.
    void addRange(quint32 first, quint32 last);
    void add(quint32 number) { addRange(number, number); }

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<Range> &ranges() const { return m_ranges; }
    bool containsStar() const;

    // Whether number is a member; Star is treated as "largest".
    bool contains(quint32 number, quint32 largest = 0xffffffffu) const;

    // Whether the two sets share a member. A set with "*" is taken to share
    // one with any set, since the largest number in use is not known here.
    bool intersects(const SequenceSet &other) const;

    // Number of members, with Star counted as `largest`.
    quint64 count(quint32 largest = 0) const;

    // The members in set order, or nullopt if there would be more than
    // maxCount of them (a server can send "1:4294967295").
    std::optional<QList<quint32>> toNumbers(quint32 largest = 0, qsizetype maxCount = 1 << 20) const;

    QByteArray toByteArray() const;

    // Splits the set so that each part's wire form has at most maxBytes bytes
    // (Yahoo limits command lines to 1000 octets, RFC 2683 §3.2.1.5 advises
    // staying below 8000). A single range never needs more than 21 bytes.
    QList<SequenceSet> split(qsizetype maxBytes) const;

    friend bool operator==(const SequenceSet &, const SequenceSet &) = default;

private:
    QList<Range> m_ranges;
};

} // namespace Quail::Imap
