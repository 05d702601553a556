#include "imap/protocol/sequenceset.h"

#include <algorithm>

namespace Quail::Imap {

namespace {

void appendNumber(QByteArray &out, quint32 n)
{
    if (n == SequenceSet::Star) {
        out += '*';
        return;
    }
    char digits[10];
    int count = 0;
    do {
        digits[count++] = char('0' + n % 10);
        n /= 10;
    } while (n);
    while (count)
        out += digits[--count];
}

void appendRange(QByteArray &out, const SequenceSet::Range &r)
{
    appendNumber(out, r.first);
    if (r.first != r.last) {
        out += ':';
        appendNumber(out, r.last);
    }
}

// Parses a seq-number: nz-number or "*".
std::optional<quint32> parseNumber(QByteArrayView text, qsizetype &pos)
{
    if (pos < text.size() && text[pos] == '*') {
        ++pos;
        return SequenceSet::Star;
    }
    const qsizetype start = pos;
    quint64 value = 0;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        value = value * 10 + quint64(text[pos] - '0');
        if (value > 0xffffffffu)
            return std::nullopt;
        ++pos;
    }
    if (pos == start || value == 0)
        return std::nullopt;
    return quint32(value);
}

} // namespace

SequenceSet SequenceSet::fromNumbers(QList<quint32> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    SequenceSet set;
    for (const quint32 n : numbers) {
        if (n == 0)
            continue;
        if (!set.m_ranges.isEmpty()) {
            Range &last = set.m_ranges.last();
            if (n <= last.last)
                continue;
            if (n == last.last + 1) {
                last.last = n;
                continue;
            }
        }
        set.m_ranges.append({n, n});
    }
    return set;
}

SequenceSet SequenceSet::range(quint32 first, quint32 last)
{
    SequenceSet set;
    set.addRange(first, last);
    return set;
}

void SequenceSet::addRange(quint32 first, quint32 last)
{
    // "*" is the largest number, so a range with it ends there (RFC 9051 §9:
    // "2:4" and "4:2" are equivalent).
    if (first == Star)
        std::swap(first, last);
    if (last != Star && last < first)
        std::swap(first, last);
    m_ranges.append({first, last});
}

std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text)
{
    SequenceSet set;
    qsizetype pos = 0;
    while (true) {
        const auto first = parseNumber(text, pos);
        if (!first)
            return std::nullopt;
        quint32 last = *first;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            const auto second = parseNumber(text, pos);
            if (!second)
                return std::nullopt;
            last = *second;
        }
        set.addRange(*first, last);
        if (pos == text.size())
            return set;
        if (text[pos] != ',')
            return std::nullopt;
        ++pos;
    }
}

bool SequenceSet::containsStar() const
{
    return std::any_of(m_ranges.cbegin(), m_ranges.cend(), [](const Range &r) { return r.last == Star; });
}

bool SequenceSet::contains(quint32 number, quint32 largest) const
{
    for (const Range &r : m_ranges) {
        const quint32 first = r.first == Star ? largest : r.first;
        const quint32 last = r.last == Star ? largest : r.last;
        if (number >= std::min(first, last) && number <= std::max(first, last))
            return true;
    }
    return false;
}

bool SequenceSet::intersects(const SequenceSet &other) const
{
    if (isEmpty() || other.isEmpty())
        return false;
    if (containsStar() || other.containsStar())
        return true;
    // Ranges are normalised (first <= last) but unordered: sort, then sweep.
    const auto byFirst = [](const Range &a, const Range &b) { return a.first < b.first; };
    QList<Range> a = m_ranges;
    QList<Range> b = other.m_ranges;
    std::sort(a.begin(), a.end(), byFirst);
    std::sort(b.begin(), b.end(), byFirst);
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].last < b[j].first)
            ++i;
        else if (b[j].last < a[i].first)
            ++j;
        else
            return true;
    }
    return false;
}

quint64 SequenceSet::count(quint32 largest) const
{
    quint64 total = 0;
    for (const Range &r : m_ranges) {
        const quint32 first = r.first == Star ? largest : r.first;
        const quint32 last = r.last == Star ? largest : r.last;
        if (first == 0 && last == 0)
            continue;
        total += quint64(std::max(first, last)) - std::min(first, last) + 1;
    }
    return total;
}

std::optional<QList<quint32>> SequenceSet::toNumbers(quint32 largest, qsizetype maxCount) const
{
    if (count(largest) > quint64(maxCount))
        return std::nullopt;
    QList<quint32> numbers;
    numbers.reserve(qsizetype(count(largest)));
    for (const Range &r : m_ranges) {
        const quint32 first = r.first == Star ? largest : r.first;
        const quint32 last = r.last == Star ? largest : r.last;
        if (first == 0 && last == 0)
            continue;
        const quint32 low = std::min(first, last);
        const quint32 high = std::max(first, last);
        for (quint64 n = low; n <= high; ++n)
            numbers.append(quint32(n));
    }
    return numbers;
}

QByteArray SequenceSet::toByteArray() const
{
    QByteArray out;
    out.reserve(m_ranges.size() * 8);
    for (const Range &r : m_ranges) {
        if (!out.isEmpty())
            out += ',';
        appendRange(out, r);
    }
    return out;
}

QList<SequenceSet> SequenceSet::split(qsizetype maxBytes) const
{
    QList<SequenceSet> parts;
    SequenceSet current;
    qsizetype currentSize = 0;
    QByteArray piece;
    for (const Range &r : m_ranges) {
        piece.clear();
        appendRange(piece, r);
        const qsizetype needed = piece.size() + (current.isEmpty() ? 0 : 1);
        if (!current.isEmpty() && currentSize + needed > maxBytes) {
            parts.append(current);
            current = {};
            currentSize = 0;
        }
        currentSize += piece.size() + (current.isEmpty() ? 0 : 1);
        current.m_ranges.append(r);
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

} // namespace Quail::Imap
