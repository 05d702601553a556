#include "imap/protocol/internaldate.h"

#include <cstdio>

namespace Quail::Imap {

namespace {

constexpr char Months[12][4] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

bool isLeap(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_text(text)
    {
    }

    bool digits(int count, int &value)
    {
        value = 0;
        for (int i = 0; i < count; ++i) {
            if (m_pos >= m_text.size() || m_text[m_pos] < '0' || m_text[m_pos] > '9')
                return false;
            value = value * 10 + (m_text[m_pos++] - '0');
        }
        return true;
    }
    bool literal(char c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool isDigit() const { return m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9'; }
    int month()
    {
        if (m_pos + 3 > m_text.size())
            return 0;
        for (int i = 0; i < 12; ++i) {
            if (asciiLower(m_text[m_pos]) == asciiLower(Months[i][0])
                && asciiLower(m_text[m_pos + 1]) == asciiLower(Months[i][1])
                && asciiLower(m_text[m_pos + 2]) == asciiLower(Months[i][2])) {
                m_pos += 3;
                return i + 1;
            }
        }
        return 0;
    }
    bool atEnd() const { return m_pos == m_text.size(); }

private:
    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<InternalDate> InternalDate::parse(QByteArrayView text)
{
    Reader r(text);
    // date-day-fixed = (SP DIGIT) / 2DIGIT; a bare single digit is common too.
    r.literal(' ');
    int day = 0;
    int dayDigit = 0;
    if (!r.digits(1, day))
        return std::nullopt;
    if (r.isDigit()) {
        r.digits(1, dayDigit);
        day = day * 10 + dayDigit;
    }
    int month = 0;
    int year = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int zone = 0;
    if (!r.literal('-') || !(month = r.month()) || !r.literal('-') || !r.digits(4, year) || !r.literal(' ')
        || !r.digits(2, hour) || !r.literal(':') || !r.digits(2, minute) || !r.literal(':') || !r.digits(2, second)
        || !r.literal(' '))
        return std::nullopt;
    const bool negative = r.literal('-');
    if (!negative && !r.literal('+'))
        return std::nullopt;
    if (!r.digits(4, zone) || !r.atEnd())
        return std::nullopt;
    // Leap seconds (":60") are accepted and folded into the next minute.
    if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60 || zone % 100 > 59
        || zone / 100 > 23)
        return std::nullopt;
    const int offset = (negative ? -1 : 1) * ((zone / 100) * 3600 + (zone % 100) * 60);
    const qint64 local = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    return InternalDate(local - offset, offset);
}

InternalDate InternalDate::fromDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return InternalDate(dateTime.toSecsSinceEpoch(), dateTime.offsetFromUtc());
}

QDateTime InternalDate::toDateTime() const
{
    return QDateTime::fromSecsSinceEpoch(m_seconds, Qt::OffsetFromUTC, m_offset);
}

QByteArray InternalDate::toByteArray() const
{
    const qint64 local = m_seconds + m_offset;
    qint64 days = local / 86400;
    qint64 secs = local % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    // Inverse of daysFromCivil.
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2);
    if (year < 0 || year > 9999)
        return {};
    const int zone = m_offset < 0 ? -m_offset : m_offset;
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%02d-%s-%04d %02d:%02d:%02d %c%02d%02d", day, Months[month - 1],
                                int(year), int(secs / 3600), int(secs / 60 % 60), int(secs % 60),
                                m_offset < 0 ? '-' : '+', zone / 3600, zone / 60 % 60);
    return QByteArray(buffer, n);
}

} // namespace Quail::Imap
