#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace Quail::Imap {

// The INTERNALDATE of a message (RFC 9051 §9 "date-time"):
// "17-Jul-1996 02:44:25 -0700". Kept as seconds since the epoch plus the
// zone offset: cheaper than a QDateTime for the hundred thousand rows of a
// FETCH, and exact for round trips.
class InternalDate
{
public:
    InternalDate() = default;
    InternalDate(qint64 secondsSinceEpoch, int utcOffsetSeconds)
        : m_seconds(secondsSinceEpoch)
        , m_offset(utcOffsetSeconds)
    {
    }

    // imaplib's Internaldate2tuple. Accepts a space or nothing in place of a
    // leading zero in the day ("date-day-fixed"), any case in the month, and
    // nothing else. Refuses impossible dates, times and zones.
    static std::optional<InternalDate> parse(QByteArrayView text);

    // imaplib's Time2Internaldate, without the quotes (the encoder adds
    // them). Invalid date-times give an empty result.
    static InternalDate fromDateTime(const QDateTime &dateTime);

    qint64 secondsSinceEpoch() const { return m_seconds; }
    int utcOffsetSeconds() const { return m_offset; }
    QDateTime toDateTime() const;
    // "dd-Mon-yyyy hh:mm:ss +hhmm", with a two-digit day.
    QByteArray toByteArray() const;

    friend bool operator==(const InternalDate &, const InternalDate &) = default;

private:
    qint64 m_seconds = 0;
    int m_offset = 0;
};

} // namespace Quail::Imap
