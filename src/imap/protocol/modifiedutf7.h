#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace Quail::Imap::ModifiedUtf7 {

// Mailbox names on the wire use "modified UTF-7" (RFC 3501 §5.1.3) unless
// UTF8=ACCEPT is enabled.

// Encodes a mailbox name for the wire. Unpaired surrogates, which no valid
// name contains, become U+FFFD so that the result always decodes again.
QByteArray encode(QStringView name);

// Decodes a name received from a server. Returns nullopt for anything that is
// not canonical modified UTF-7: bytes outside printable US-ASCII, an
// unterminated or malformed base64 run, leftover non-zero bits, unpaired
// surrogates, or printable ASCII hidden inside a base64 run (a spoofing aid).
// Callers keep the raw bytes in that case and show them escaped.
std::optional<QString> decode(QByteArrayView wire);

} // namespace Quail::Imap::ModifiedUtf7
