#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Quail::Test::ScriptEscapes {

// The backslash escapes of server scripts, so a script can say bytes that a
// text line cannot hold: \r \n \t \0 \\ \* and \xNN (two hex digits).

// Decodes the escape that starts at source[*pos] (a backslash), appends the
// byte to *out and moves *pos past it. Returns false and sets *error for an
// unknown or truncated escape.
bool decodeOne(QByteArrayView source, qsizetype *pos, QByteArray *out, QString *error);

// Decodes every escape in source.
std::optional<QByteArray> decode(QByteArrayView source, QString *error);

// Bytes as readable text for failure messages: printable ASCII as is, the
// rest escaped as above, cut after maxBytes with a note of the full size.
QString printable(QByteArrayView bytes, qsizetype maxBytes = 300);

} // namespace Quail::Test::ScriptEscapes
