#include "series/timetextparser.h"

#include "series/asciitext.h"
#include "series/epochtime.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <charconv>
#include <cmath>

namespace lr {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kMsPerDay = 86400000;

// n ASCII digits as a number, or -1.
int readDigits(const char *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (!ascii::isDigit(p[i]))
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// The zone after an ISO time: nothing, Z, UTC or GMT (any case), or ±HH, ±HHMM, ±HH:MM; one space
// may come before it.
bool parseOffset(QByteArrayView zone, qint64 *offsetMs)
{
    if (!zone.isEmpty() && zone[0] == ' ')
        zone = zone.sliced(1);
    if (zone.isEmpty() || ascii::equalsIgnoringCase(zone, "z") || ascii::equalsIgnoringCase(zone, "utc")
        || ascii::equalsIgnoringCase(zone, "gmt")) {
        *offsetMs = 0;
        return true;
    }
    if (zone[0] != '+' && zone[0] != '-')
        return false;
    const int sign = zone[0] == '-' ? -1 : 1;
    zone = zone.sliced(1);
    int hours = -1;
    int minutes = 0;
    if (zone.size() == 2) { // +01
        hours = readDigits(zone.data(), 2);
    } else if (zone.size() == 4) { // +0100
        hours = readDigits(zone.data(), 2);
        minutes = readDigits(zone.data() + 2, 2);
    } else if (zone.size() == 5 && zone[2] == ':') { // +01:00
        hours = readDigits(zone.data(), 2);
        minutes = readDigits(zone.data() + 3, 2);
    }
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return false;
    *offsetMs = sign * (hours * 60 + minutes) * qint64(60000);
    return true;
}

// The Julian day of a date; QDate only when the date differs from the last one.
bool dayNumber(TimeTextParser::LastDay &last, int year, int month, int day, qint64 *julianDay)
{
    if (year != last.year || month != last.month || day != last.day) {
        const QDate date(year, month, day);
        if (!date.isValid())
            return false;
        last.year = year;
        last.month = month;
        last.day = day;
        last.julianDay = date.toJulianDay();
    }
    *julianDay = last.julianDay;
    return true;
}

// Fixed-format ISO 8601: YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][ ][Z|UTC|GMT|±HH[[:]MM]].
bool parseIso(QByteArrayView s, TimeTextParser::LastDay &last, qint64 *ms)
{
    const char *p = s.data();
    const qsizetype n = s.size();
    if (p[7] != '-')
        return false;
    const int year = readDigits(p, 4);
    const int month = readDigits(p + 5, 2);
    const int day = readDigits(p + 8, 2);
    if (year < 1 || month < 1 || day < 1)
        return false;
    qint64 julianDay = 0;
    if (!dayNumber(last, year, month, day, &julianDay))
        return false;
    qint64 msOfDay = 0;
    qint64 offsetMs = 0;
    qsizetype i = 10;
    if (i < n) {
        if (p[i] != 'T' && p[i] != 't' && p[i] != ' ')
            return false;
        ++i;
        if (n - i < 5 || p[i + 2] != ':')
            return false;
        const int hour = readDigits(p + i, 2);
        const int minute = readDigits(p + i + 3, 2);
        i += 5;
        int second = 0;
        if (i < n && p[i] == ':') {
            if (n - i < 3)
                return false;
            second = readDigits(p + i + 1, 2);
            i += 3;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            return false;
        int millis = 0;
        if (i < n && (p[i] == '.' || p[i] == ',')) {
            const qsizetype first = ++i;
            while (i < n && ascii::isDigit(p[i])) {
                if (i - first < 3)
                    millis = millis * 10 + (p[i] - '0');
                ++i;
            }
            if (i == first)
                return false;
            for (qsizetype count = i - first; count < 3; ++count)
                millis *= 10; // ".5" is 500 ms; digits past the third are cut off
        }
        msOfDay = ((hour * 60 + minute) * 60 + second) * qint64(1000) + millis;
        if (!parseOffset(s.sliced(i), &offsetMs))
            return false;
    }
    const qint64 result = (julianDay - kUnixEpochJulianDay) * kMsPerDay + msOfDay - offsetMs;
    if (result < kMinEpochMs || result > kMaxEpochMs)
        return false;
    *ms = result;
    return true;
}

// A plain unsigned number; its size says the unit (seconds until 1e11, which is the year 5138 in
// seconds and 1973 in milliseconds; then milli-, micro-, nanoseconds).
bool parseEpochNumber(QByteArrayView s, qint64 *ms)
{
    if (s.isEmpty() || !ascii::isDigit(s[0]))
        return false;
    const char *begin = s.data();
    const char *end = begin + s.size();
    double value = 0;
    if (!s.contains('.')) {
        qint64 whole = 0;
        const auto [rest, error] = std::from_chars(begin, end, whole);
        if (error != std::errc() || rest != end)
            return false;
        value = double(whole);
        if (whole >= qint64(1e11) && whole < qint64(1e14)) { // milliseconds, exactly
            if (whole > kMaxEpochMs)
                return false;
            *ms = whole;
            return true;
        }
    } else {
        const auto [rest, error] = std::from_chars(begin, end, value, std::chars_format::fixed);
        if (error != std::errc() || rest != end)
            return false;
    }
    double result = 0;
    if (value < 1e11)
        result = value * 1000;
    else if (value < 1e14)
        result = value;
    else if (value < 1e17)
        result = value / 1e3;
    else
        result = value / 1e6;
    if (!(result >= 0 && result <= double(kMaxEpochMs)))
        return false;
    *ms = qint64(std::llround(result));
    return true;
}

// Rarer spellings (RFC 2822 dates, ISO forms the fast path leaves out); no zone means UTC.
bool parseWithQt(QByteArrayView s, qint64 *ms)
{
    if (s.size() < 8 || s.size() > 64)
        return false;
    const QString text = QString::fromLatin1(s);
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!time.isValid())
        return false;
    if (time.timeSpec() == Qt::LocalTime)
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    const qint64 result = time.toMSecsSinceEpoch();
    if (result < kMinEpochMs || result > kMaxEpochMs)
        return false;
    *ms = result;
    return true;
}

} // namespace

bool TimeTextParser::parse(QByteArrayView text, qint64 *msSinceEpoch)
{
    if (text.size() >= 10 && text[4] == '-' && parseIso(text, m_lastDay, msSinceEpoch))
        return true;
    if (parseEpochNumber(text, msSinceEpoch))
        return true;
    return parseWithQt(text, msSinceEpoch);
}

} // namespace lr
