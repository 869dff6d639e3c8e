#include "model/reporttime.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// Without UseUnicodePropertiesOption \d is [0-9]: other scripts' digits are not read.
constexpr auto kIsoDate = R"(\d{4}-\d{2}-\d{2})"_L1;

// `iso` has the shape of kIsoDate; null when it names no real day (2026-02-30, year 0).
QDate calendarDate(QStringView iso)
{
    return QDate(iso.first(4).toInt(), iso.sliced(5, 2).toInt(), iso.sliced(8, 2).toInt());
}

} // namespace

std::optional<ReportTime> ReportTime::parse(QStringView text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        u"(?:(?<date>%1)(?<separator>[Tt ]\\s*))?(?<hour>\\d{1,2}):(?<minute>\\d{2})"
        u"(?:(?<gap>\\s*)(?<zone>[A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?"_s.arg(kIsoDate)));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ReportTime result;
    const bool hasDate = match.hasCaptured(u"date");
    if (hasDate) {
        result.date = calendarDate(match.capturedView(u"date"));
        if (!result.date.isValid())
            return std::nullopt;
    }
    result.time = QTime(match.capturedView(u"hour").toInt(), match.capturedView(u"minute").toInt());
    if (!result.time.isValid())
        return std::nullopt;
    result.zone = match.captured(u"zone");
    // The template's spelling: a two-digit hour, one " " or "T" after the date, and a zone only
    // after a date and one space.
    const QStringView separator = match.capturedView(u"separator");
    result.canonical = match.capturedView(u"hour").size() == 2
        && (!hasDate || separator == u" " || separator == u"T")
        && (result.zone.isEmpty() || (hasDate && match.capturedView(u"gap") == u" "));
    return result;
}

std::optional<int> ReportTime::secondsAheadOfUtc() const
{
    if (zone.isEmpty())
        return 0;
    for (const auto name : {u"UTC", u"GMT", u"Z"}) {
        if (zone.compare(name, Qt::CaseInsensitive) == 0)
            return 0;
    }
    if (zone.front() != u'+' && zone.front() != u'-')
        return std::nullopt;
    // parse() took "+HH:MM" or "+HHMM" only.
    const QString digits = zone.sliced(1).remove(u':');
    const int hours = digits.first(2).toInt();
    const int minutes = digits.sliced(2).toInt();
    constexpr int kFurthestZoneHours = 14; // Kiribati; QTimeZone takes no more either
    if (minutes >= 60 || hours * 60 + minutes > kFurthestZoneHours * 60)
        return std::nullopt;
    return (zone.front() == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
}

std::optional<QDateTime> ReportTime::toUtc(QDate dayOfBareTime) const
{
    const std::optional<int> offset = secondsAheadOfUtc();
    if (!offset)
        return std::nullopt;
    return QDateTime(date.isValid() ? date : dayOfBareTime, time, QTimeZone(*offset)).toUTC();
}

std::optional<QDate> ReportTime::parseDate(QStringView text)
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(QString(kIsoDate)));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = calendarDate(text);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

} // namespace lr
