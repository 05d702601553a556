#pragma once

#include <QByteArrayView>
#include <QString>

namespace Quail::Mime {

// An unstructured header value (Subject, a display name, an ENVELOPE field)
// as people read it: unfolded, RFC 2047 encoded words decoded, raw 8-bit
// text read as UTF-8 (RFC 6532) or, failing that, Windows-1252.
//
// Forgiving like mature clients: whitespace between adjacent encoded words
// is dropped (RFC 2047 §6.2) and adjacent words in one charset are decoded
// together, so a UTF-8 character split across two words survives; encoded
// words glued to other text are decoded too; a malformed word stays as
// written. Control characters never come out: line breaks and tabs become
// spaces, anything else U+FFFD, so a value can be shown on one line safely.
QString decodeHeader(QByteArrayView raw);

} // namespace Quail::Mime
