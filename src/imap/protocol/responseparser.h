#pragma once

#include "imap/protocol/parseerror.h"
#include "imap/protocol/parselimits.h"
#include "imap/protocol/response.h"
#include "imap/protocol/responseframer.h"

#include <variant>

namespace Quail::Imap {

using ParseResult = std::variant<Response, ParseError>;

// Turns one framed response into a typed Response (RFC 9051 §9, RFC 3501 §9
// and the extensions listed in response.h). A recursive-descent parser over
// the response's bytes, with recursion bounded by ParseLimits::maxNestingDepth.
//
// Lenient where real servers differ (case of keywords, extra or missing
// spaces, NIL for empty lists, "]" in flags, 8-bit text), strict where safety
// needs it (NUL, control characters, unbalanced parentheses, numbers out of
// range). Unknown responses and unknown FETCH items are kept raw.
class ResponseParser
{
public:
    explicit ResponseParser(const ParseLimits &limits = {})
        : m_limits(limits)
    {
    }

    ParseResult parse(const RawResponse &raw) const;
    // The same, filling `result` in place (saves moving a large FetchData).
    void parse(const RawResponse &raw, ParseResult &result) const;

private:
    ParseLimits m_limits;
};

} // namespace Quail::Imap
