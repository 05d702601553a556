#include "imap/protocol/responsereader.h"

namespace Quail::Imap {

ResponseReader::ResponseReader(const ParseLimits &limits)
    : m_framer(limits)
    , m_parser(limits)
{
}

std::optional<ParseResult> ResponseReader::next()
{
    if (auto raw = m_framer.next()) {
        std::optional<ParseResult> result(std::in_place);
        m_parser.parse(*raw, *result);
        return result;
    }
    if (m_framer.hasFailed() && !m_reportedFailure) {
        m_reportedFailure = true;
        return ParseResult(m_framer.error());
    }
    return std::nullopt;
}

} // namespace Quail::Imap
