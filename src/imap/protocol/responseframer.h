#pragma once

#include "imap/protocol/parseerror.h"
#include "imap/protocol/parselimits.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace Quail::Imap {

// One complete response cut from the stream: its lines, CRLFs included, with
// the literals that were held in memory in place.
//
// It shares the framer's buffer instead of copying out of it: a response
// costs no allocation. Keeping a RawResponse past the next feed() is safe
// but makes that feed() copy the buffer (implicit sharing).
struct RawResponse {
    QByteArray buffer;
    qsizetype offset = 0;
    qsizetype size = 0;
    QByteArrayView bytes() const { return QByteArrayView(buffer).sliced(offset, size); }

    quint64 index = 0;
    qint64 streamOffset = 0;
    // For each literal handed to a LiteralSink, the offset in `bytes` where
    // its data would have started; the data itself is absent.
    QList<qsizetype> streamedLiterals;
};

// Receives literals too large to hold in memory (a message body being
// downloaded to disk, say). Installed with ResponseFramer::setLiteralSink().
class LiteralSink
{
public:
    virtual ~LiteralSink() = default;
    // A literal of `size` bytes starts in response `responseIndex`. Returning
    // false refuses it, which fails the stream with LiteralTooLarge.
    virtual bool beginLiteral(quint64 responseIndex, quint64 size) = 0;
    virtual void literalData(QByteArrayView chunk) = 0;
    virtual void endLiteral() = 0;
};

// Cuts a byte stream into complete responses (RFC 9051 §2.2.2): a response is
// a line ending in CRLF, unless the line ends with a literal announcement
// "{n}" (or "~{n}", RFC 3516 literal8), in which case n bytes of literal data
// and another line follow. Knows nothing else of the grammar.
//
// Never allocates more than the limits allow: a literal size is checked
// before any byte of it is buffered, a line is checked while it grows.
// Framing errors are fatal, since nothing after them can be trusted to be
// cut in the right place: the framer stops and the connection must go.
class ResponseFramer
{
public:
    explicit ResponseFramer(const ParseLimits &limits = {});

    const ParseLimits &limits() const { return m_limits; }
    void setLiteralSink(LiteralSink *sink) { m_sink = sink; }

    // Appends bytes from the connection. Call next() until it returns
    // nullopt after each feed(), so that buffered data stays bounded.
    void feed(QByteArrayView bytes);

    // The next complete response, or nullopt when more bytes are needed or
    // the stream has failed.
    std::optional<RawResponse> next();

    bool hasFailed() const { return m_failed; }
    const ParseError &error() const { return m_error; }

    // Bytes received but not yet returned, for diagnostics.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_start + m_partial.size(); }
    // Whether the stream ended cleanly between two responses.
    bool isIdle() const { return bufferedBytes() == 0 && !m_streaming; }

private:
    void fail(ParseError::Kind kind, qsizetype bufferOffset, const char *message);
    // The buffer offset of the first byte beyond the line or response limit.
    qsizetype limitOffset() const;
    void failAtLimit();
    void streamLiteralBytes(QByteArrayView &bytes);
    void compact();

    ParseLimits m_limits;
    LiteralSink *m_sink = nullptr;

    QByteArray m_buffer;
    // Stream offset of m_buffer[0].
    qint64 m_bufferOffset = 0;
    // Start of the current response, start of its current line, and where
    // to look for the next LF (beyond the buffer while a literal is incomplete).
    qsizetype m_start = 0;
    qsizetype m_lineStart = 0;
    qsizetype m_scan = 0;

    // The current response's bytes before a streamed literal.
    QByteArray m_partial;
    QList<qsizetype> m_streamedLiterals;
    qint64 m_partialStreamOffset = 0;
    bool m_streaming = false;
    quint64 m_streamRemaining = 0;

    quint64 m_responseIndex = 0;
    bool m_failed = false;
    ParseError m_error;
};

} // namespace Quail::Imap
