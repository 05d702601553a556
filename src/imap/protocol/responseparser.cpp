// The top of the grammar (RFC 9051 §9 "response"): continuation requests,
// tagged status responses and the dispatch of untagged data.

#include "imap/protocol/responseparser.h"

#include "imap/protocol/parser_p.h"

namespace Quail::Imap {

ParseResult ResponseParser::parse(const RawResponse &raw) const
{
    ParseResult result;
    parse(raw, result);
    return result;
}

void ResponseParser::parse(const RawResponse &raw, ParseResult &result) const
{
    Detail::Parser parser(raw, m_limits);
    Response &response = result.emplace<Response>();
    response.index = raw.index;
    response.streamOffset = raw.streamOffset;
    parser.parseResponse(response);
    if (parser.failed())
        result = parser.error();
}

bool CapabilityData::contains(QByteArrayView name) const
{
    for (const QByteArray &capability : capabilities) {
        if (capability.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

namespace Detail {

namespace {

std::optional<StatusResponse::Status> statusFromAtom(QByteArrayView atom)
{
    using Status = StatusResponse::Status;
    if (equalsUpper(atom, "OK"))
        return Status::Ok;
    if (equalsUpper(atom, "NO"))
        return Status::No;
    if (equalsUpper(atom, "BAD"))
        return Status::Bad;
    if (equalsUpper(atom, "PREAUTH"))
        return Status::PreAuth;
    if (equalsUpper(atom, "BYE"))
        return Status::Bye;
    return std::nullopt;
}

} // namespace

void Parser::parseResponse(Response &response)
{
    const char first = peek();
    if (first == '+') {
        // continue-req = "+" SP (resp-text / base64) CRLF; some servers send
        // a bare "+".
        ++m_pos;
        consume(' ');
        response.kind = Response::Kind::Continuation;
        response.data = ContinuationRequest{restOfLine().toByteArray()};
        expectEnd();
        return;
    }

    if (first != '*') {
        response.kind = Response::Kind::Tagged;
        response.tag = token(TagChar, "tag expected").toByteArray();
        skipSpaces();
        const auto status = statusFromAtom(token(AtomChar, "status expected"));
        if (m_failed)
            return;
        // Only OK, NO and BAD may be tagged (RFC 9051 §7.1).
        if (!status || *status == StatusResponse::Status::PreAuth || *status == StatusResponse::Status::Bye) {
            fail("tagged response must be OK, NO or BAD");
            return;
        }
        StatusResponse result;
        result.status = *status;
        parseResponseText(result);
        response.data = std::move(result);
        return;
    }

    ++m_pos;
    skipSpaces();
    response.kind = Response::Kind::Untagged;

    if (hasClass(peek(), DigitChar)) {
        const quint32 number = this->number();
        skipSpaces();
        const qsizetype nameStart = m_pos;
        const QByteArrayView name = token(AtomChar, "response name expected");
        if (m_failed)
            return;
        if (equalsUpper(name, "FETCH")) {
            // Filled in place: FetchData is large.
            parseFetch(response.data.emplace<FetchData>());
            std::get<FetchData>(response.data).sequenceNumber = number;
        } else if (equalsUpper(name, "EXISTS")) {
            response.data = ExistsData{number};
        } else if (equalsUpper(name, "EXPUNGE")) {
            response.data = ExpungeData{number};
        } else if (equalsUpper(name, "RECENT")) {
            response.data = RecentData{number};
        } else {
            m_pos = nameStart + name.size();
            skipSpaces();
            response.data = UnknownData{asciiUpper(name), number, restOfResponse().toByteArray()};
            return;
        }
        expectEnd();
        return;
    }

    const QByteArrayView name = token(AtomChar, "response name expected");
    if (m_failed)
        return;
    if (const auto status = statusFromAtom(name)) {
        StatusResponse result;
        result.status = *status;
        parseResponseText(result);
        response.data = std::move(result);
        return;
    }
    skipSpaces();
    if (equalsUpper(name, "CAPABILITY")) {
        response.data = parseCapabilities();
    } else if (equalsUpper(name, "ENABLED")) {
        response.data = EnabledData{parseCapabilities().capabilities};
    } else if (equalsUpper(name, "LIST")) {
        response.data = parseList(ListData::Command::List);
    } else if (equalsUpper(name, "LSUB")) {
        response.data = parseList(ListData::Command::Lsub);
    } else if (equalsUpper(name, "XLIST")) {
        response.data = parseList(ListData::Command::Xlist);
    } else if (equalsUpper(name, "STATUS")) {
        response.data = parseStatusData();
    } else if (equalsUpper(name, "SEARCH")) {
        response.data = parseSearch();
    } else if (equalsUpper(name, "SORT")) {
        response.data = parseSort();
    } else if (equalsUpper(name, "ESEARCH")) {
        response.data = parseESearch();
    } else if (equalsUpper(name, "THREAD")) {
        response.data = parseThread();
    } else if (equalsUpper(name, "FLAGS")) {
        response.data = FlagsData{flagList()};
    } else if (equalsUpper(name, "VANISHED")) {
        response.data = parseVanished();
    } else if (equalsUpper(name, "NAMESPACE")) {
        response.data = parseNamespace();
    } else if (equalsUpper(name, "QUOTA")) {
        response.data = parseQuota();
    } else if (equalsUpper(name, "QUOTAROOT")) {
        response.data = parseQuotaRoot();
    } else if (equalsUpper(name, "ACL")) {
        response.data = parseAcl();
    } else if (equalsUpper(name, "LISTRIGHTS")) {
        response.data = parseListRights();
    } else if (equalsUpper(name, "MYRIGHTS")) {
        response.data = parseMyRights();
    } else if (equalsUpper(name, "METADATA")) {
        response.data = parseMetadata();
    } else if (equalsUpper(name, "ID")) {
        response.data = parseId();
    } else {
        response.data = UnknownData{asciiUpper(name), std::nullopt, restOfResponse().toByteArray()};
        return;
    }
    expectEnd();
}

CapabilityData Parser::parseCapabilities()
{
    // capability-data = "CAPABILITY" *(SP capability); an empty list is
    // invalid but harmless.
    CapabilityData data;
    while (!m_failed && !atEnd() && peek() != ']') {
        data.capabilities.append(asciiUpper(token(AStringChar, "capability expected")));
        // In a [CAPABILITY …] code the list ends at "]", which ASTRING-CHAR
        // would swallow.
        if (!data.capabilities.isEmpty() && data.capabilities.last().endsWith(']')) {
            data.capabilities.last().chop(1);
            --m_pos;
            if (data.capabilities.last().isEmpty())
                data.capabilities.removeLast();
        }
    }
    return data;
}

} // namespace Detail

} // namespace Quail::Imap
