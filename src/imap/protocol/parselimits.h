#pragma once

#include <QtGlobal>

namespace Quail::Imap {

// Bounds on what a server may make the parser hold or do. Every limit is
// enforced before memory is allocated for the data it guards, so a hostile
// server cannot make the client allocate, recurse or scan without bound.
struct ParseLimits {
    // Longest line outside literals, CRLF included. Large enough for a plain
    // SEARCH answer listing about a million UIDs.
    qsizetype maxLineLength = 8 * 1024 * 1024;

    // Largest literal held in memory. Larger literals are refused, or handed
    // to a LiteralSink chunk by chunk when the caller installed one.
    qint64 maxLiteralSize = 64 * 1024 * 1024;

    // Largest literal a LiteralSink may be asked to take (RFC 3501 literals
    // are 32-bit numbers; RFC 3516 literal8 is 64-bit).
    qint64 maxStreamedLiteralSize = qint64(1) << 40;

    // Bytes held for one response: its lines and in-memory literals together.
    qint64 maxResponseSize = 256 * 1024 * 1024;

    // Deepest parenthesis nesting inside one response. Real BODYSTRUCTUREs
    // stay below 20 levels; each nested message/rfc822 costs two.
    int maxNestingDepth = 100;
};

} // namespace Quail::Imap
