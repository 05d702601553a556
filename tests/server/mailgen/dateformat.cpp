#include "dateformat.h"

namespace MailGen {

namespace {

struct Civil {
    qint64 year;
    int month; // 1..12
    int day; // 1..31
    int hour, minute, second;
    int weekday; // 0 = Sunday
};

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Howard Hinnant's civil_from_days, for the proleptic Gregorian calendar.
Civil civilFromSeconds(qint64 seconds)
{
    const qint64 days = floorDiv(seconds, 86400);
    const qint64 secondOfDay = seconds - days * 86400;
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    // 1970-01-01 was a Thursday.
    const int weekday = int(((days % 7) + 7 + 4) % 7);
    return {year, month, day, int(secondOfDay / 3600), int(secondOfDay / 60 % 60), int(secondOfDay % 60), weekday};
}

QByteArray twoDigits(int n)
{
    return QByteArray::number(n).rightJustified(2, '0');
}

} // namespace

QByteArray rfc5322Date(qint64 utcSeconds, int offsetMinutes, bool padDay)
{
    static const char *const weekdays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Civil c = civilFromSeconds(utcSeconds + qint64(offsetMinutes) * 60);
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    QByteArray out;
    out.reserve(32);
    out += weekdays[c.weekday];
    out += ", ";
    out += padDay ? twoDigits(c.day) : QByteArray::number(c.day);
    out += ' ';
    out += months[c.month - 1];
    out += ' ';
    out += QByteArray::number(c.year);
    out += ' ';
    out += twoDigits(c.hour) + ':' + twoDigits(c.minute) + ':' + twoDigits(c.second);
    out += offsetMinutes < 0 ? " -" : " +";
    out += twoDigits(absOffset / 60) + twoDigits(absOffset % 60);
    return out;
}

QString isoDateUtc(qint64 utcSeconds)
{
    const Civil c = civilFromSeconds(utcSeconds);
    const QByteArray s = QByteArray::number(c.year) + '-' + twoDigits(c.month) + '-' + twoDigits(c.day) + 'T'
        + twoDigits(c.hour) + ':' + twoDigits(c.minute) + ':' + twoDigits(c.second) + 'Z';
    return QString::fromLatin1(s);
}

QByteArray compactDateUtc(qint64 utcSeconds)
{
    const Civil c = civilFromSeconds(utcSeconds);
    return QByteArray::number(c.year) + twoDigits(c.month) + twoDigits(c.day) + twoDigits(c.hour) + twoDigits(c.minute)
        + twoDigits(c.second);
}

} // namespace MailGen
