// resp-text and resp-text-code (RFC 9051 §7.1, RFC 3501 §7.1, and the codes
// of RFC 4315, 5162, 5464, 5530, 6154, 7162, 7889, 8474).

#include "imap/protocol/parser_p.h"

namespace Quail::Imap::Detail {

void Parser::parseResponseText(StatusResponse &status)
{
    skipSpaces();
    if (peek() == '[') {
        // A '[' that does not start a well-formed code is read as text
        // ("* OK [Gmail]/Sent is ready" must not be lost).
        const qsizetype start = m_pos;
        const int depth = m_depth;
        parseResponseCode(status.code);
        if (m_failed && m_error.kind != ParseError::Kind::NulByte) {
            m_failed = false;
            m_error = {};
            m_pos = start;
            m_depth = depth;
            status.code = {};
        }
        skipSpaces();
    }
    const QByteArrayView text = restOfLine();
    status.text = QString::fromUtf8(text);
    expectEnd();
}

void Parser::parseResponseCode(ResponseCode &code)
{
    ++m_pos; // '['
    const QByteArrayView name = token(AtomChar, "response code expected");
    if (m_failed)
        return;
    code.name = asciiUpper(name);
    code.type = ResponseCode::typeFromName(name);

    const qsizetype argumentsStart = m_pos;
    if (!parseCodeArguments(code)) {
        if (m_error.kind == ParseError::Kind::NulByte)
            return;
        // Arguments we cannot read make the code unknown, not the response bad.
        m_failed = false;
        m_error = {};
        m_pos = argumentsStart;
        code = {};
        code.name = asciiUpper(name);
        code.type = ResponseCode::Type::Unknown;
    }
    if (code.type == ResponseCode::Type::Unknown || peek() != ']') {
        // Keep whatever is left as raw text: 1*<any TEXT-CHAR except "]">.
        skipSpaces();
        const qsizetype start = m_pos;
        while (m_pos < m_size && m_data[m_pos] != ']' && m_data[m_pos] != '\r' && m_data[m_pos] != '\0')
            ++m_pos;
        const QByteArrayView rest(m_data + start, m_pos - start);
        if (code.text.isEmpty())
            code.text = rest.toByteArray();
    }
    expect(']', "] expected after response code");
}

bool Parser::parseCodeArguments(ResponseCode &code)
{
    using Type = ResponseCode::Type;
    skipSpaces();
    if (peek() == ']')
        return true;
    switch (code.type) {
    case Type::BadCharset:
        code.atoms = atomList(false);
        break;
    case Type::Capability:
        code.atoms = parseCapabilities().capabilities;
        break;
    case Type::PermanentFlags:
        code.flags = flagList();
        break;
    case Type::UidNext:
    case Type::UidValidity:
    case Type::Unseen:
        code.number = number();
        break;
    case Type::HighestModSeq:
    case Type::AppendLimit:
        code.number = number64();
        break;
    case Type::Modified:
        if (auto set = sequenceSet())
            code.uids = *set;
        break;
    case Type::AppendUid:
        code.number = number();
        skipSpaces();
        if (auto set = sequenceSet())
            code.uids = *set;
        break;
    case Type::CopyUid:
        code.number = number();
        skipSpaces();
        if (auto set = sequenceSet())
            code.uids = *set;
        skipSpaces();
        if (auto set = sequenceSet())
            code.destinationUids = *set;
        break;
    case Type::MailboxId:
        // "MAILBOXID (F2212ea87-6097-4256-9d51-71338625)"
        if (expect('(', "( expected")) {
            code.text = token(AStringChar, "object id expected").toByteArray();
            expect(')', ") expected");
        }
        break;
    case Type::Metadata:
        while (!m_failed && peek() != ']') {
            code.atoms.append(token(AtomChar, "metadata code expected").toByteArray());
            skipSpaces();
        }
        break;
    default:
        // REFERRAL's URL, unknown codes, and text after codes that take none
        // are kept as raw text by the caller.
        return true;
    }
    skipSpaces();
    return !m_failed && peek() == ']';
}

} // namespace Quail::Imap::Detail
