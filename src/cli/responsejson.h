#pragma once

#include "imap/protocol/response.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Quail::Cli {

// Untagged responses as the JSON output shows them, fully parsed: mailbox
// names decoded from modified UTF-7, ENVELOPE subjects and names decoded
// (RFC 2047), BODYSTRUCTURE file names decoded (RFC 2231/2047), flags as
// lists, FETCH items keyed by their IMAP names, and literal data as text
// when it is valid UTF-8, else {"base64": …}. Each object has a "type":
// the response's IMAP name ("FETCH", "LIST", "OK"…).
QJsonObject responseToJson(const Imap::Response &response);

// A response code in IMAP syntax, "APPENDUID 38505 3955", or a null string
// when there is none.
QString responseCodeText(const Imap::ResponseCode &code);

// Bytes as text when they are valid UTF-8 without NUL, else {"base64": …}:
// so that JSON stays faithful for binary data.
QJsonValue bytesToJson(const QByteArray &bytes);

} // namespace Quail::Cli
