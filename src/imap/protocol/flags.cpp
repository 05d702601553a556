#include "imap/protocol/flags.h"

#include "imap/protocol/atomchar.h"
#include "imap/protocol/atomtable.h"

namespace Quail::Imap {

namespace {

// The first seven entries line up with the Flag bits.
const Detail::AtomTable &flagTable()
{
    static const Detail::AtomTable table{
        "\\Seen", "\\Answered", "\\Flagged", "\\Deleted", "\\Draft", "\\Recent", "\\*",
        // Keywords registered with IANA or in wide use (RFC 5788, RFC 9051 §2.3.2).
        "$Forwarded", "$MDNSent", "$Junk", "$NotJunk", "$Phishing", "$Important", "$Submitted", "$SubmitPending",
        "$HasAttachment", "$HasNoAttachment", "$Label1", "$Label2", "$Label3", "$Label4", "$Label5", "Junk", "NonJunk",
        "NotJunk", "$MailFlagBit0", "$MailFlagBit1", "$MailFlagBit2", "$Notify", "$Muted", "$Followed"};
    return table;
}

constexpr int SystemFlagCount = 7;

bool isFlagAtomChar(char c)
{
    // ATOM-CHAR plus "]", which Gmail puts in keywords.
    return isAtomChar(c) || c == ']';
}

} // namespace

Flags Flags::fromList(const QList<QByteArray> &flags)
{
    Flags result;
    for (const QByteArray &flag : flags)
        result.add(flag);
    return result;
}

bool Flags::isValidFlag(QByteArrayView flag)
{
    if (flag == "\\*")
        return false;
    QByteArrayView atom = flag;
    if (atom.startsWith('\\'))
        atom = atom.sliced(1);
    if (atom.isEmpty())
        return false;
    for (const char c : atom) {
        if (!isFlagAtomChar(c) || c == ']')
            return false;
    }
    return true;
}

void Flags::add(QByteArrayView flag)
{
    const int index = flagTable().indexOf(flag);
    if (index >= 0 && index < SystemFlagCount) {
        m_system |= quint16(1u << index);
        return;
    }
    if (contains(flag))
        return;
    m_keywords.append(index >= 0 ? flagTable().at(index) : flag.toByteArray());
}

void Flags::remove(QByteArrayView flag)
{
    const int index = flagTable().indexOf(flag);
    if (index >= 0 && index < SystemFlagCount) {
        m_system &= quint16(~(1u << index));
        return;
    }
    m_keywords.removeIf([flag](const QByteArray &k) { return k.compare(flag, Qt::CaseInsensitive) == 0; });
}

bool Flags::contains(QByteArrayView flag) const
{
    const int index = flagTable().indexOf(flag);
    if (index >= 0 && index < SystemFlagCount)
        return has(Flag(1u << index));
    for (const QByteArray &k : m_keywords) {
        if (k.compare(flag, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qsizetype Flags::size() const
{
    return qPopulationCount(m_system) + m_keywords.size();
}

QList<QByteArray> Flags::toList() const
{
    QList<QByteArray> list;
    list.reserve(size());
    for (int i = 0; i < SystemFlagCount; ++i) {
        if (m_system & (1u << i))
            list.append(flagTable().at(i));
    }
    list += m_keywords;
    return list;
}

QByteArray Flags::toByteArray() const
{
    return '(' + toList().join(' ') + ')';
}

std::optional<Flags> Flags::parse(QByteArrayView text)
{
    // Like imaplib: the list after "FLAGS ", or the text itself if it starts
    // with the list.
    const qsizetype keyword = text.indexOf(QByteArrayView("FLAGS ("));
    qsizetype pos = keyword >= 0 ? keyword + 6 : 0;
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos >= text.size() || text[pos] != '(')
        return std::nullopt;
    ++pos;
    Flags flags;
    while (true) {
        while (pos < text.size() && text[pos] == ' ')
            ++pos;
        if (pos >= text.size())
            return std::nullopt;
        if (text[pos] == ')')
            return flags;
        const qsizetype start = pos;
        if (text[pos] == '\\')
            ++pos;
        if (pos < text.size() && text[pos] == '*' && pos == start + 1) {
            ++pos;
        } else {
            while (pos < text.size() && isFlagAtomChar(text[pos]))
                ++pos;
        }
        if (pos == start || (pos == start + 1 && text[start] == '\\'))
            return std::nullopt;
        flags.add(text.sliced(start, pos - start));
    }
}

bool operator==(const Flags &a, const Flags &b)
{
    if (a.m_system != b.m_system || a.m_keywords.size() != b.m_keywords.size())
        return false;
    for (const QByteArray &k : a.m_keywords) {
        if (!b.contains(k))
            return false;
    }
    return true;
}

} // namespace Quail::Imap
