#include "imap/protocol/responseframer.h"

#include <cstring>

namespace Quail::Imap {

namespace {

enum class LiteralMark { None, Valid, Negative, Overflow };

// Looks for "{n}" (or "~{n}") at the end of a line, CRLF excluded. A line
// ending in braces around something that is not a number is plain text
// ("* OK welcome {guest}"); a number that is negative or beyond 2^64 is a
// literal announcement nobody can honour.
LiteralMark literalAtLineEnd(const char *line, qsizetype length, quint64 &size, qsizetype &brace)
{
    if (length < 3 || line[length - 1] != '}')
        return LiteralMark::None;
    qsizetype open = length - 2;
    // RFC 7888 non-synchronising forms never come from a server, but a
    // trailing '+' or '-' still announces a literal.
    if (line[open] == '+')
        --open;
    qsizetype digitsEnd = open + 1;
    while (open >= 0 && line[open] >= '0' && line[open] <= '9')
        --open;
    const qsizetype digitsStart = open + 1;
    if (digitsStart == digitsEnd || open < 0)
        return LiteralMark::None;
    bool negative = false;
    if (line[open] == '-') {
        negative = true;
        --open;
    }
    if (open < 0 || line[open] != '{')
        return LiteralMark::None;
    brace = open;
    if (negative)
        return LiteralMark::Negative;
    quint64 value = 0;
    for (qsizetype i = digitsStart; i < digitsEnd; ++i) {
        const quint64 digit = quint64(line[i] - '0');
        if (value > (~quint64(0) - digit) / 10)
            return LiteralMark::Overflow;
        value = value * 10 + digit;
    }
    size = value;
    return LiteralMark::Valid;
}

} // namespace

ResponseFramer::ResponseFramer(const ParseLimits &limits)
    : m_limits(limits)
{
}

void ResponseFramer::feed(QByteArrayView bytes)
{
    if (m_failed)
        return;
    if (m_streaming)
        streamLiteralBytes(bytes);
    if (bytes.isEmpty())
        return;
    compact();
    m_buffer.append(bytes);
}

void ResponseFramer::compact()
{
    // Drop what was already returned once it is at least half the buffer, so
    // that feeding one byte at a time stays linear.
    if (m_start == 0 || m_start < m_buffer.size() / 2)
        return;
    if (m_start == m_buffer.size()) {
        // Everything was returned. Reuse the allocation unless a
        // RawResponse still shares it.
        m_bufferOffset += m_start;
        m_lineStart -= m_start;
        m_scan -= m_start;
        m_start = 0;
        if (m_buffer.isDetached())
            m_buffer.resize(0);
        else
            m_buffer = QByteArray();
        return;
    }
    m_buffer.remove(0, m_start);
    m_bufferOffset += m_start;
    m_lineStart -= m_start;
    m_scan -= m_start;
    m_start = 0;
}

void ResponseFramer::streamLiteralBytes(QByteArrayView &bytes)
{
    const qsizetype chunk = qsizetype(std::min<quint64>(m_streamRemaining, quint64(bytes.size())));
    if (chunk > 0) {
        m_sink->literalData(bytes.first(chunk));
        m_bufferOffset += chunk;
        m_streamRemaining -= quint64(chunk);
        bytes = bytes.sliced(chunk);
    }
    if (m_streamRemaining == 0) {
        m_streaming = false;
        m_sink->endLiteral();
    }
}

qsizetype ResponseFramer::limitOffset() const
{
    const qint64 lineLimit = qint64(m_lineStart) + m_limits.maxLineLength;
    const qint64 responseLimit = qint64(m_start) + m_limits.maxResponseSize - m_partial.size();
    return qsizetype(std::min(lineLimit, responseLimit));
}

void ResponseFramer::failAtLimit()
{
    const qint64 lineLimit = qint64(m_lineStart) + m_limits.maxLineLength;
    if (limitOffset() == lineLimit)
        fail(ParseError::Kind::LineTooLong, limitOffset(), "line too long");
    else
        fail(ParseError::Kind::ResponseTooLarge, limitOffset(), "response too large");
}

void ResponseFramer::fail(ParseError::Kind kind, qsizetype bufferOffset, const char *message)
{
    m_failed = true;
    m_error.kind = kind;
    m_error.responseIndex = m_responseIndex;
    m_error.offset = m_partial.size() + (bufferOffset - m_start);
    m_error.streamOffset = m_bufferOffset + bufferOffset;
    m_error.message = QString::fromLatin1(message);
    // Up to 20 bytes before the offending one and that byte: never what
    // happens to follow in the buffer, which depends on how reads were split.
    const qsizetype from = std::max(m_lineStart, bufferOffset - 20);
    const qsizetype to = std::min(m_buffer.size(), bufferOffset + 1);
    m_error.context = m_buffer.mid(from, to - from).toPercentEncoding(" !#$&'()*+,./:;<=>?@[]^_`{|}~\"\\");
    m_buffer.clear();
    m_partial.clear();
}

std::optional<RawResponse> ResponseFramer::next()
{
    while (!m_failed && !m_streaming) {
        if (m_scan > m_buffer.size())
            return std::nullopt; // waiting for the rest of a literal

        const char *data = m_buffer.constData();
        const auto *lf = static_cast<const char *>(std::memchr(data + m_scan, '\n', size_t(m_buffer.size() - m_scan)));
        if (!lf) {
            // The limits are enforced at the first byte past them, wherever
            // the reads happened to end, so every split of the stream fails
            // at the same place.
            if (m_buffer.size() > limitOffset())
                failAtLimit();
            m_scan = m_buffer.size();
            return std::nullopt;
        }

        const qsizetype lineEnd = lf - data; // offset of the LF
        if (lineEnd >= limitOffset()) {
            failAtLimit();
            return std::nullopt;
        }
        // A bare LF might or might not have been meant as a line end; either
        // guess could misread what follows, so the stream stops here.
        if (lineEnd == m_lineStart || data[lineEnd - 1] != '\r') {
            fail(ParseError::Kind::BareLineFeed, lineEnd, "LF without CR");
            return std::nullopt;
        }

        quint64 literalSize = 0;
        qsizetype brace = 0;
        const auto mark = literalAtLineEnd(data + m_lineStart, lineEnd - 1 - m_lineStart, literalSize, brace);
        brace += m_lineStart;
        switch (mark) {
        case LiteralMark::None:
            break;
        case LiteralMark::Negative:
            fail(ParseError::Kind::BadLiteralSize, brace, "negative literal size");
            return std::nullopt;
        case LiteralMark::Overflow:
            fail(ParseError::Kind::BadLiteralSize, brace, "literal size beyond 2^64");
            return std::nullopt;
        case LiteralMark::Valid: {
            const qsizetype dataStart = lineEnd + 1;
            if (literalSize > quint64(m_limits.maxLiteralSize)) {
                if (!m_sink || literalSize > quint64(m_limits.maxStreamedLiteralSize)
                    || !m_sink->beginLiteral(m_responseIndex, literalSize)) {
                    fail(ParseError::Kind::LiteralTooLarge, brace, "literal too large");
                    return std::nullopt;
                }
                // Keep the response so far aside and pass the literal on.
                if (m_partial.isEmpty())
                    m_partialStreamOffset = m_bufferOffset + m_start;
                m_partial.append(data + m_start, dataStart - m_start);
                m_streamedLiterals.append(m_partial.size());
                m_buffer.remove(0, dataStart);
                m_bufferOffset += dataStart;
                m_start = m_lineStart = m_scan = 0;
                m_streaming = true;
                m_streamRemaining = literalSize;
                QByteArrayView rest = m_buffer;
                streamLiteralBytes(rest);
                m_buffer.remove(0, m_buffer.size() - rest.size());
                continue;
            }
            if (m_partial.size() + (dataStart - m_start) + qint64(literalSize) > m_limits.maxResponseSize) {
                fail(ParseError::Kind::ResponseTooLarge, brace, "response too large");
                return std::nullopt;
            }
            m_scan = m_lineStart = dataStart + qsizetype(literalSize);
            continue;
        }
        }

        // The response is complete.
        RawResponse raw;
        raw.index = m_responseIndex++;
        if (m_partial.isEmpty()) {
            raw.streamOffset = m_bufferOffset + m_start;
            raw.buffer = m_buffer;
            raw.offset = m_start;
            raw.size = lineEnd + 1 - m_start;
        } else {
            raw.streamOffset = m_partialStreamOffset;
            raw.buffer = std::exchange(m_partial, {});
            raw.buffer.append(data + m_start, lineEnd + 1 - m_start);
            raw.size = raw.buffer.size();
            raw.streamedLiterals = std::exchange(m_streamedLiterals, {});
        }
        m_start = m_lineStart = m_scan = lineEnd + 1;
        return raw;
    }
    return std::nullopt;
}

} // namespace Quail::Imap
