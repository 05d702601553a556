// Search results: SEARCH (RFC 9051 §7.3.5, RFC 3501 §7.2.5, RFC 7162
// §3.1.5), SORT and THREAD (RFC 5256), ESEARCH (RFC 4731, RFC 9051 §7.3.4)
// and VANISHED (RFC 7162 §3.2.10).

#include "imap/protocol/parser_p.h"

#include <QVarLengthArray>

namespace Quail::Imap::Detail {

std::optional<SequenceSet> Parser::sequenceSet()
{
    const qsizetype start = m_pos;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (!hasClass(c, DigitChar) && c != ':' && c != ',' && c != '*')
            break;
        ++m_pos;
    }
    auto set = SequenceSet::parse(QByteArrayView(m_data + start, m_pos - start));
    if (!set) {
        m_pos = start;
        fail("invalid sequence set");
    }
    return set;
}

namespace {

// "(MODSEQ n)" after SEARCH or SORT results.
template<typename Data>
void parseNumbers(Parser &parser, Data &data)
{
    // Exchange ends the list with a space; atEnd() skips it.
    while (!parser.failed() && !parser.atEnd()) {
        if (parser.consume('(')) {
            parser.skipSpaces();
            if (!parser.keyword("MODSEQ")) {
                parser.fail("MODSEQ expected");
                return;
            }
            parser.skipSpaces();
            data.modSeq = parser.number64();
            parser.skipSpaces();
            parser.expect(')', ") expected after MODSEQ");
            continue;
        }
        data.numbers.append(parser.number());
    }
}

} // namespace

SearchData Parser::parseSearch()
{
    SearchData data;
    parseNumbers(*this, data);
    return data;
}

SortData Parser::parseSort()
{
    SortData data;
    parseNumbers(*this, data);
    return data;
}

ESearchData Parser::parseESearch()
{
    ESearchData data;
    skipSpaces();
    if (consume('(')) {
        // search-correlator = SP "(" "TAG" SP tag-string ")"
        skipSpaces();
        if (!keyword("TAG")) {
            fail("TAG expected in search correlator");
            return data;
        }
        skipSpaces();
        data.correlator = astring();
        skipSpaces();
        if (!expect(')', ") expected after search correlator"))
            return data;
    }
    skipSpaces();
    if (keyword("UID"))
        data.uid = true;

    while (!m_failed && !atEnd()) {
        const QByteArrayView name = token(AtomChar, "search return data expected");
        skipSpaces();
        if (m_failed)
            return data;
        if (equalsUpper(name, "MIN")) {
            data.min = number();
        } else if (equalsUpper(name, "MAX")) {
            data.max = number();
        } else if (equalsUpper(name, "COUNT")) {
            data.count = number();
        } else if (equalsUpper(name, "ALL")) {
            data.all = sequenceSet();
        } else if (equalsUpper(name, "MODSEQ")) {
            data.modSeq = number64();
        } else {
            QByteArray upperName = asciiUpper(name);
            data.other.append({std::move(upperName), skipValue().toByteArray()});
        }
    }
    return data;
}

ThreadData Parser::parseThread()
{
    // Built without recursion: each open list remembers the node its members
    // hang from and its latest member, which the next member or nested list
    // hangs from in turn.
    struct Level {
        qsizetype parent;
        qsizetype last;
    };
    ThreadData data;
    QVarLengthArray<Level, 32> open;
    const int depthAtStart = m_depth;
    while (!m_failed) {
        skipSpaces();
        const char c = peek();
        if (c == '(') {
            if (!enter())
                return data;
            ++m_pos;
            if (open.isEmpty()) {
                open.append({-1, -1});
                continue;
            }
            Level &outer = open.back();
            if (outer.last == outer.parent) {
                // Nested lists before any member: the parent message is
                // missing, as in "((3)(5))".
                data.nodes.append({0, outer.parent});
                outer.last = data.nodes.size() - 1;
            }
            const qsizetype parent = outer.last;
            open.append({parent, parent});
        } else if (c == ')') {
            if (open.isEmpty()) {
                fail("unbalanced )");
                return data;
            }
            ++m_pos;
            leave();
            open.removeLast();
        } else if (hasClass(c, DigitChar) && !open.isEmpty()) {
            const quint32 id = number();
            data.nodes.append({id, open.back().last});
            open.back().last = data.nodes.size() - 1;
        } else if (open.isEmpty() && atEnd()) {
            break;
        } else {
            fail("thread list expected");
        }
    }
    m_depth = depthAtStart;
    return data;
}

VanishedData Parser::parseVanished()
{
    VanishedData data;
    if (consume('(')) {
        skipSpaces();
        if (!keyword("EARLIER")) {
            fail("EARLIER expected");
            return data;
        }
        skipSpaces();
        expect(')', ") expected after EARLIER");
        data.earlier = true;
        skipSpaces();
    }
    if (auto set = sequenceSet())
        data.uids = *set;
    return data;
}

} // namespace Quail::Imap::Detail
