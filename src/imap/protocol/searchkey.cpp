#include "imap/protocol/searchkey.h"

#include "imap/protocol/command.h"

namespace Quail::Imap {

namespace {

bool hasEightBit(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (quint8(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

SearchKey SearchKey::flag(const char *name)
{
    SearchKey key;
    key.m_kind = Kind::Flag;
    key.m_name = name;
    return key;
}

SearchKey SearchKey::keyword(QByteArrayView keyword)
{
    SearchKey key;
    key.m_kind = Kind::Keyword;
    key.m_name = "KEYWORD";
    key.m_first = keyword.toByteArray();
    return key;
}

SearchKey SearchKey::unkeyword(QByteArrayView keyword)
{
    SearchKey key = SearchKey::keyword(keyword);
    key.m_name = "UNKEYWORD";
    return key;
}

SearchKey SearchKey::text2(const char *name, QStringView text)
{
    SearchKey key;
    key.m_kind = Kind::Text;
    key.m_name = name;
    key.m_first = text.toUtf8();
    return key;
}

SearchKey SearchKey::header(QByteArrayView field, QStringView value)
{
    SearchKey key;
    key.m_kind = Kind::Header;
    key.m_name = "HEADER";
    key.m_first = field.toByteArray();
    key.m_second = value.toUtf8();
    return key;
}

SearchKey SearchKey::dated(const char *name, QDate date)
{
    SearchKey key;
    key.m_kind = Kind::Date;
    key.m_name = name;
    // date = date-day "-" date-month "-" date-year, e.g. "1-Feb-1994"
    static constexpr char months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                           "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    if (date.isValid() && date.year() >= 1 && date.year() <= 9999)
        key.m_first =
            QByteArray::number(date.day()) + '-' + months[date.month() - 1] + '-' + QByteArray::number(date.year());
    return key;
}

SearchKey SearchKey::numbered(const char *name, quint64 number)
{
    SearchKey key;
    key.m_kind = Kind::Number;
    key.m_name = name;
    key.m_number = number;
    return key;
}

SearchKey SearchKey::uids(const SequenceSet &set)
{
    SearchKey key;
    key.m_kind = Kind::Set;
    key.m_name = "UID";
    key.m_set = set;
    return key;
}

SearchKey SearchKey::sequence(const SequenceSet &set)
{
    SearchKey key = uids(set);
    key.m_name.clear();
    return key;
}

SearchKey SearchKey::emailId(QByteArrayView id)
{
    SearchKey key;
    key.m_kind = Kind::Atom;
    key.m_name = "EMAILID";
    key.m_first = id.toByteArray();
    return key;
}

SearchKey SearchKey::threadId(QByteArrayView id)
{
    SearchKey key = emailId(id);
    key.m_name = "THREADID";
    return key;
}

SearchKey SearchKey::gmailRaw(QStringView query)
{
    return text2("X-GM-RAW", query);
}

SearchKey SearchKey::And(QList<SearchKey> keys)
{
    SearchKey key;
    key.m_kind = Kind::And;
    key.m_children = std::move(keys);
    return key;
}

SearchKey SearchKey::Or(const SearchKey &a, const SearchKey &b)
{
    SearchKey key;
    key.m_kind = Kind::Or;
    key.m_children = {a, b};
    return key;
}

SearchKey SearchKey::Not(const SearchKey &inner)
{
    SearchKey key;
    key.m_kind = Kind::Not;
    key.m_children = {inner};
    return key;
}

bool SearchKey::needsCharset() const
{
    if (hasEightBit(m_first) || hasEightBit(m_second))
        return true;
    for (const SearchKey &child : m_children) {
        if (child.needsCharset())
            return true;
    }
    return false;
}

void SearchKey::appendTo(Command &command) const
{
    switch (m_kind) {
    case Kind::Flag:
        command.atom(m_name);
        break;
    case Kind::Keyword:
        command.atom(m_name).flag(m_first);
        break;
    case Kind::Text:
        command.atom(m_name).string(QByteArrayView(m_first));
        break;
    case Kind::Header:
        command.atom(m_name).string(QByteArrayView(m_first)).string(QByteArrayView(m_second));
        break;
    case Kind::Date:
        if (m_first.isEmpty())
            command.raw({}); // an invalid date makes the command invalid
        else
            command.atom(m_name).atom(m_first);
        break;
    case Kind::Number:
        command.atom(m_name).number(m_number);
        break;
    case Kind::Set:
        if (!m_name.isEmpty())
            command.atom(m_name);
        command.sequenceSet(m_set);
        break;
    case Kind::Atom:
        command.atom(m_name).atom(m_first);
        break;
    case Kind::And:
        // An empty AND matches everything.
        if (m_children.isEmpty()) {
            command.atom("ALL");
            break;
        }
        command.beginList();
        for (const SearchKey &child : m_children)
            child.appendTo(command);
        command.endList();
        break;
    case Kind::Or:
        command.atom("OR");
        m_children[0].appendTo(command);
        m_children[1].appendTo(command);
        break;
    case Kind::Not:
        command.atom("NOT");
        m_children[0].appendTo(command);
        break;
    }
}

} // namespace Quail::Imap
