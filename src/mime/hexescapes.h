#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Quail::Mime {

// 0–15 for a hex digit in either case, -1 otherwise.
int hexDigitValue(char c);

// Replaces each `escape` followed by two hex digits with that octet, as
// quoted-printable's "=XX" and RFC 2231's "%XX" write them; a malformed
// escape is kept as written (QByteArray::fromPercentEncoding would turn it
// into an arbitrary octet).
QByteArray decodeHexEscapes(QByteArrayView text, char escape);

} // namespace Quail::Mime
