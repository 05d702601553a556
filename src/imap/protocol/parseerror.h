#pragma once

#include <QByteArray>
#include <QString>

namespace Quail::Imap {

// Why and where a response could not be read.
//
// Framing errors (Kind::Framing*) leave the byte stream in an unknown state:
// the reader stops and the connection has to be dropped. A grammar error is
// scoped to one response whose extent is known, so the caller may choose to
// skip that response and go on.
struct ParseError {
    enum class Kind {
        // The stream itself is broken; nothing after this point is read.
        LineTooLong,
        LiteralTooLarge,
        ResponseTooLarge,
        BadLiteralSize,
        BareLineFeed,
        // One response is malformed; the stream stays in step.
        Syntax,
        NulByte,
        NestingTooDeep,
        NumberOutOfRange,
    };

    Kind kind = Kind::Syntax;
    // Zero-based index of the response in the stream.
    quint64 responseIndex = 0;
    // Offset of the offending byte inside that response, and in the stream.
    qint64 offset = 0;
    qint64 streamOffset = 0;
    // A short English description for logs; never shown as server text.
    QString message;
    // Up to 40 bytes of the response around the offset, escaped for logs.
    QByteArray context;

    // True when the stream cannot be read any further.
    bool isFatal() const { return kind <= Kind::BareLineFeed; }

    QString toString() const;

    friend bool operator==(const ParseError &, const ParseError &) = default;
};

} // namespace Quail::Imap
