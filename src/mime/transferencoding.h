#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace Quail::Mime {

// RFC 2045 §6.8, leniently: characters outside the alphabet are skipped and
// missing padding is tolerated, as every mail client must.
QByteArray decodeBase64(QByteArrayView encoded);

// RFC 2045 §6.7: "=XX" octets, "=" line-end soft breaks, trailing
// whitespace on lines removed; a malformed "=" is kept as written.
QByteArray decodeQuotedPrintable(QByteArrayView encoded);

// A part's body by its Content-Transfer-Encoding name; 7bit, 8bit, binary
// and unknown encodings pass through unchanged.
QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding);

} // namespace Quail::Mime
