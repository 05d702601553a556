#pragma once

#include "imap/protocol/responseframer.h"
#include "imap/protocol/responseparser.h"

#include <optional>

namespace Quail::Imap {

// What a connection uses: feed it bytes as they arrive, then take typed
// responses until it has none.
//
//     reader.feed(socket.readAll());
//     while (auto result = reader.next()) {
//         if (auto *error = std::get_if<ParseError>(&*result)) {
//             if (error->isFatal()) { /* drop the connection */ }
//             continue; // one bad response; the stream is still in step
//         }
//         handle(std::get<Response>(*result));
//     }
//
// Feeding one byte at a time or everything at once yields the same results.
class ResponseReader
{
public:
    explicit ResponseReader(const ParseLimits &limits = {});

    // Literals above ParseLimits::maxLiteralSize go to `sink` instead of
    // failing the stream. The sink must outlive the reader.
    void setLiteralSink(LiteralSink *sink) { m_framer.setLiteralSink(sink); }

    void feed(QByteArrayView bytes) { m_framer.feed(bytes); }

    // The next response, or a parse error, or nullopt when more bytes are
    // needed. After a fatal error, always nullopt.
    std::optional<ParseResult> next();

    bool hasFailed() const { return m_framer.hasFailed(); }
    const ResponseFramer &framer() const { return m_framer; }

private:
    ResponseFramer m_framer;
    ResponseParser m_parser;
    bool m_reportedFailure = false;
};

} // namespace Quail::Imap
