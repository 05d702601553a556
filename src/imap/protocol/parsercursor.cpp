// The parser's cursor: character classes and the tokens of RFC 9051 §9
// (atoms, numbers, quoted strings, literals, lists) shared by every part of
// the grammar.

#include "imap/protocol/parser_p.h"

namespace Quail::Imap::Detail {

namespace {

constexpr std::array<quint8, 256> makeCharClasses()
{
    std::array<quint8, 256> table{};
    for (int c = 0; c < 256; ++c) {
        quint8 bits = 0;
        const bool atomSpecial =
            c == '(' || c == ')' || c == '{' || c == '%' || c == '*' || c == '"' || c == '\\' || c == ']';
        if (c > 0x20 && c < 0x7f && !atomSpecial)
            bits |= AtomChar | AStringChar | TagChar | MailboxChar;
        if (c == ']')
            bits |= AStringChar | TagChar | MailboxChar;
        if (c == '+')
            bits &= ~TagChar;
        if (c != 0 && c != '\r' && c != '\n' && c != '"' && c != '\\')
            bits |= QuotedChar;
        // Unquoted mailbox names as servers really send them: wildcards,
        // backslashes, UTF-8 (RFC 9755) and, from Exchange, control characters.
        if (c == '%' || c == '*' || c == '\\' || c >= 0x80 || (c > 0 && c < 0x20 && c != '\r' && c != '\n'))
            bits |= MailboxChar;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
            || c == '_')
            bits |= NameChar;
        if (c >= '0' && c <= '9')
            bits |= DigitChar;
        if (c > 0x20 && c != 0x7f && c != '(' && c != ')' && c != '"')
            bits |= LabelChar;
        table[c] = bits;
    }
    return table;
}

} // namespace

const std::array<quint8, 256> CharClasses = makeCharClasses();

Parser::Parser(const RawResponse &raw, const ParseLimits &limits)
    : m_data(raw.buffer.constData() + raw.offset)
    , m_size(raw.size)
    , m_raw(raw)
    , m_limits(limits)
{
}

bool Parser::fail(const char *message, ParseError::Kind kind)
{
    if (m_failed)
        return false;
    // A NUL or a stray CR is named as such, whichever token met it.
    if (m_pos < m_size && m_data[m_pos] == '\0') {
        kind = ParseError::Kind::NulByte;
        message = "NUL byte";
    } else if (m_pos + 1 < m_size && m_data[m_pos] == '\r' && m_data[m_pos + 1] != '\n') {
        message = "CR without LF";
    }
    m_failed = true;
    m_error.kind = kind;
    m_error.responseIndex = m_raw.index;
    m_error.offset = m_pos;
    m_error.streamOffset = m_raw.streamOffset + m_pos;
    m_error.message = QString::fromLatin1(message);
    const qsizetype from = std::max<qsizetype>(0, m_pos - 20);
    const qsizetype to = std::min(m_size, m_pos + 1);
    m_error.context = QByteArray(m_data + from, to - from).toPercentEncoding(" !#$&'()*+,./:;<=>?@[]^_`{|}~\"\\");
    // From here on every token sees the end of a line and stops.
    m_pos = m_size;
    return false;
}

bool Parser::expect(char c, const char *what)
{
    if (consume(c))
        return true;
    return fail(what);
}

bool Parser::enter()
{
    if (++m_depth > m_limits.maxNestingDepth)
        return fail("nesting too deep", ParseError::Kind::NestingTooDeep);
    return true;
}

bool Parser::atEnd()
{
    skipSpaces();
    return m_pos + 2 == m_size && m_data[m_pos] == '\r' && m_data[m_pos + 1] == '\n';
}

bool Parser::expectEnd()
{
    if (m_failed)
        return false;
    if (!atEnd())
        return fail("unexpected data before end of response");
    m_pos = m_size;
    return true;
}

QByteArrayView Parser::token(CharClass cls, const char *what)
{
    const qsizetype start = m_pos;
    while (m_pos < m_size && hasClass(m_data[m_pos], cls))
        ++m_pos;
    if (m_pos == start) {
        fail(what);
        return {};
    }
    return QByteArrayView(m_data + start, m_pos - start);
}

bool Parser::keyword(QByteArrayView upper)
{
    const qsizetype end = m_pos + upper.size();
    if (end > m_size || (end < m_size && hasClass(m_data[end], AtomChar)))
        return false;
    if (!equalsUpper(QByteArrayView(m_data + m_pos, upper.size()), upper))
        return false;
    m_pos = end;
    return true;
}

quint32 Parser::number()
{
    const qsizetype start = m_pos;
    const quint64 value = number64();
    if (value > 0xffffffffu) {
        m_pos = start;
        fail("number out of range", ParseError::Kind::NumberOutOfRange);
        return 0;
    }
    return quint32(value);
}

quint64 Parser::number64()
{
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (m_pos < m_size && hasClass(m_data[m_pos], DigitChar)) {
        const quint64 digit = quint64(m_data[m_pos] - '0');
        if (value > (~quint64(0) - digit) / 10) {
            m_pos = start;
            fail("number out of range", ParseError::Kind::NumberOutOfRange);
            return 0;
        }
        value = value * 10 + digit;
        ++m_pos;
    }
    if (m_pos == start)
        fail("number expected");
    return value;
}

quint64 Parser::lenientNumber()
{
    const bool negative = consume('-');
    const qsizetype start = m_pos;
    quint64 value = 0;
    for (; m_pos < m_size && hasClass(m_data[m_pos], DigitChar); ++m_pos) {
        const quint64 digit = quint64(m_data[m_pos] - '0');
        value = value > (~quint64(0) - digit) / 10 ? ~quint64(0) : value * 10 + digit;
    }
    if (m_pos == start)
        fail("number expected");
    return negative ? 0 : value;
}

QByteArray Parser::quoted()
{
    ++m_pos; // the opening quote
    const qsizetype start = m_pos;
    m_pos = scanQuoted(m_data + m_pos, m_data + m_size) - m_data;
    if (peek() == '"') {
        QByteArray result(m_data + start, m_pos - start);
        ++m_pos;
        return result;
    }
    if (peek() != '\\') {
        fail("unterminated quoted string");
        return {};
    }
    // Slow path: unescape.
    QByteArray result(m_data + start, m_pos - start);
    while (true) {
        const char c = peek();
        if (c == '"') {
            ++m_pos;
            return result;
        }
        if (c == '\\') {
            ++m_pos;
            const char escaped = peek();
            if (escaped == '"' || escaped == '\\') {
                result += escaped;
                ++m_pos;
                continue;
            }
            // "\x" is not valid IMAP; keep both bytes rather than guess.
            result += '\\';
            continue;
        }
        if (!hasClass(c, QuotedChar)) {
            fail("unterminated quoted string");
            return {};
        }
        result += c;
        ++m_pos;
    }
}

QByteArray Parser::literal(bool &streamed, quint64 &size)
{
    streamed = false;
    consume('~'); // literal8, RFC 3516
    if (!expect('{', "literal expected"))
        return {};
    size = number64();
    consume('+');
    if (!expect('}', "malformed literal"))
        return {};
    if (m_pos + 2 > m_size || m_data[m_pos] != '\r' || m_data[m_pos + 1] != '\n') {
        fail("literal not followed by CRLF");
        return {};
    }
    m_pos += 2;
    if (!m_raw.streamedLiterals.isEmpty() && m_raw.streamedLiterals.contains(m_pos)) {
        streamed = true;
        return QByteArray("");
    }
    // The framer guarantees the data is there; a hand-built RawResponse may not.
    if (size > quint64(m_size - m_pos)) {
        fail("literal extends past the response");
        return {};
    }
    QByteArray result(m_data + m_pos, qsizetype(size));
    m_pos += qsizetype(size);
    return result;
}

QByteArray Parser::string()
{
    const char c = peek();
    if (c == '"')
        return quoted();
    if (c == '{' || (c == '~' && m_pos + 1 < m_size && m_data[m_pos + 1] == '{')) {
        bool streamed = false;
        quint64 size = 0;
        return literal(streamed, size);
    }
    fail("string expected");
    return {};
}

QByteArray Parser::nstring()
{
    if (isNil())
        return {};
    return string();
}

QByteArrayView Parser::lenientQuoted(QByteArray &scratch)
{
    scratch.clear();
    scratch.reserve(64);
    ++m_pos;
    while (true) {
        const char c = peek();
        if (c == '\\' && m_pos + 1 < m_size && (m_data[m_pos + 1] == '"' || m_data[m_pos + 1] == '\\')) {
            scratch += m_data[m_pos + 1];
            m_pos += 2;
            continue;
        }
        if (c == '"') {
            // Closing only if what follows can follow a string here: ")",
            // or spaces and then a string, NIL, a literal or a list.
            qsizetype next = m_pos + 1;
            if (next < m_size && m_data[next] == ' ') {
                while (next < m_size && m_data[next] == ' ')
                    ++next;
                const char t = next < m_size ? m_data[next] : '\r';
                if (t == '"' || t == '(' || t == ')' || t == '{' || t == 'N' || t == 'n') {
                    ++m_pos;
                    return QByteArrayView(scratch.constData(), scratch.size());
                }
            } else if (next < m_size && m_data[next] == ')') {
                ++m_pos;
                return QByteArrayView(scratch.constData(), scratch.size());
            }
        } else if (!hasClass(c, QuotedChar)) {
            fail("unterminated quoted string");
            return {};
        }
        scratch += c;
        ++m_pos;
    }
}

QByteArrayView Parser::nstringViewSlow(QByteArray &scratch)
{
    const char c = peek();
    if (c == '"' && m_lenientQuotes)
        return lenientQuoted(scratch);
    if (c == '{' || c == '~') {
        bool streamed = false;
        quint64 size = 0;
        literal(streamed, size);
        if (m_failed)
            return {};
        const qsizetype length = streamed ? 0 : qsizetype(size);
        return QByteArrayView(m_data + m_pos - length, length);
    }
    scratch = string();
    return scratch.isNull() ? QByteArrayView("", 0) : QByteArrayView(scratch);
}

QByteArray Parser::stringOrAtom(CharClass cls)
{
    const char c = peek();
    if (c == '"' || c == '{' || (c == '~' && m_pos + 1 < m_size && m_data[m_pos + 1] == '{'))
        return string();
    return token(cls, "string or atom expected").toByteArray();
}

QByteArray Parser::astring()
{
    return stringOrAtom(AStringChar);
}

MailboxName Parser::mailbox()
{
    return MailboxName::fromWire(stringOrAtom(MailboxChar));
}

void Parser::skipQuoted()
{
    ++m_pos;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '"') {
            ++m_pos;
            return;
        }
        if (c == '\\' && m_pos + 1 < m_size && m_data[m_pos + 1] != '\r')
            ++m_pos;
        else if (!hasClass(c, QuotedChar))
            break;
        ++m_pos;
    }
    fail("unterminated quoted string");
}

void Parser::skipLiteral()
{
    consume('~');
    ++m_pos; // '{'
    const quint64 size = number64();
    consume('+');
    if (!expect('}', "malformed literal"))
        return;
    if (m_pos + 2 > m_size || m_data[m_pos] != '\r' || m_data[m_pos + 1] != '\n') {
        fail("literal not followed by CRLF");
        return;
    }
    m_pos += 2;
    if (!m_raw.streamedLiterals.isEmpty() && m_raw.streamedLiterals.contains(m_pos))
        return;
    if (size > quint64(m_size - m_pos)) {
        fail("literal extends past the response");
        return;
    }
    m_pos += qsizetype(size);
}

QByteArrayView Parser::skipValue()
{
    const qsizetype start = m_pos;
    int depth = 0;
    while (true) {
        if (depth > 0)
            skipSpaces();
        const char c = peek();
        if (c == '(') {
            if (!enter())
                return {};
            ++depth;
            ++m_pos;
            continue;
        }
        if (c == ')') {
            if (depth == 0) {
                fail("unexpected )");
                return {};
            }
            leave();
            --depth;
            ++m_pos;
        } else if (c == '"') {
            skipQuoted();
        } else if (c == '{' || (c == '~' && m_pos + 1 < m_size && m_data[m_pos + 1] == '{')) {
            skipLiteral();
        } else {
            const qsizetype tokenStart = m_pos;
            while (m_pos < m_size) {
                const char t = m_data[m_pos];
                if (t == ' ' || t == '(' || t == ')' || t == '"' || t == '\r' || t == '\0')
                    break;
                ++m_pos;
            }
            if (m_pos == tokenStart)
                fail("value expected");
        }
        if (m_failed)
            return {};
        if (depth == 0)
            return QByteArrayView(m_data + start, m_pos - start);
    }
}

QByteArrayView Parser::restOfLine()
{
    const qsizetype start = m_pos;
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == '\0') {
            fail("NUL byte", ParseError::Kind::NulByte);
            return {};
        }
        if (c == '\r') {
            if (m_pos + 1 < m_size && m_data[m_pos + 1] == '\n')
                break;
            fail("CR without LF");
            return {};
        }
        ++m_pos;
    }
    return QByteArrayView(m_data + start, m_pos - start);
}

QByteArrayView Parser::restOfResponse()
{
    const qsizetype start = m_pos;
    while (!m_failed) {
        restOfLine();
        if (m_failed || m_pos + 2 >= m_size)
            break;
        // The line ended with a literal announcement (the framer cut the
        // response there): find its size and step over the data.
        qsizetype open = m_pos - 1;
        while (open > start && m_data[open] != '{')
            --open;
        m_pos = open;
        bool streamed = false;
        quint64 size = 0;
        literal(streamed, size);
    }
    if (m_failed)
        return {};
    return QByteArrayView(m_data + start, m_pos - start);
}

QList<QByteArray> Parser::atomList(bool upper)
{
    QList<QByteArray> list;
    if (isNil())
        return list;
    if (!expect('(', "( expected"))
        return list;
    while (true) {
        skipSpaces();
        if (consume(')'))
            return list;
        const QByteArray item = astring();
        if (m_failed)
            return list;
        list.append(upper ? asciiUpper(item) : item);
    }
}

Flags Parser::flagList()
{
    Flags flags;
    // NIL instead of "()" is a known server bug.
    if (isNil())
        return flags;
    if (!expect('(', "flag list expected"))
        return flags;
    while (true) {
        skipSpaces();
        const char c = peek();
        if (c == ')') {
            ++m_pos;
            return flags;
        }
        const qsizetype start = m_pos;
        if (c == '\\') {
            ++m_pos;
            if (!consume('*'))
                token(AStringChar, "flag expected");
        } else if (c == '"') {
            flags.add(quoted());
            continue;
        } else {
            // Keywords may contain "]" ("[test]", as Gmail sends them).
            token(AStringChar, "flag expected");
        }
        if (m_failed)
            return flags;
        flags.add(QByteArrayView(m_data + start, m_pos - start));
    }
}

} // namespace Quail::Imap::Detail
