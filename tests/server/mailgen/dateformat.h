#pragma once

#include <QByteArray>
#include <QString>

namespace MailGen {

// Dates computed by hand rather than with QDateTime::toString, whose day and
// month names follow the locale; mail headers need the English ones.

// RFC 5322 date-time in the given zone, e.g. "Tue, 4 Mar 2025 11:22:13 +0100".
// padDay writes "04" instead of "4", as some mailers do.
QByteArray rfc5322Date(qint64 utcSeconds, int offsetMinutes, bool padDay = false);

// ISO 8601 in UTC, e.g. "2025-03-04T10:22:13Z".
QString isoDateUtc(qint64 utcSeconds);

// Compact UTC stamp for Message-IDs, e.g. "20250304102213".
QByteArray compactDateUtc(qint64 utcSeconds);

} // namespace MailGen
