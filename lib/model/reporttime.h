#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

#include <optional>

namespace lr {

// A time typed into a report field, with or without its date: the one reader of the spellings
// that the checks (ReportValidator) and the timeline (TimelineAnalysis) accept.
//
// The template asks for "HH:MM", or "YYYY-MM-DD HH:MM" (or with "T") optionally followed by a
// space and a zone: one to five letters ("UTC", "CET") or an offset ("+02:00", "-0530"). Those
// spellings are canonical, and the checks accept nothing else. Reading is looser, the way the
// timeline has always read times: a one-digit hour, "t" or extra whitespace after the date, a
// zone glued to the time or after any whitespace, a zone after a bare time.
struct ReportTime
{
    QDate date;             // null for a bare time of day
    QTime time;             // always valid
    QString zone;           // as typed; empty when none
    bool canonical = false; // spelled as the template asks

    // Nullopt unless `text` is a real time (and date) in one of the spellings above. Callers trim.
    static std::optional<ReportTime> parse(QStringView text);
    // A real day spelled "YYYY-MM-DD", nothing else.
    static std::optional<QDate> parseDate(QStringView text);

    // How far the zone is ahead of UTC: 0 for no zone, UTC, GMT and Z; the offset's own value
    // (within the ±14 h real zones use). Nullopt for zone names such as CET or IST: abbreviations
    // are ambiguous (IST is India, Israel or Ireland), so they place nothing in time.
    std::optional<int> secondsAheadOfUtc() const;
    // The instant this names, in UTC; a bare time of day falls on `dayOfBareTime`. Nullopt when
    // secondsAheadOfUtc() is.
    std::optional<QDateTime> toUtc(QDate dayOfBareTime) const;
};

} // namespace lr
