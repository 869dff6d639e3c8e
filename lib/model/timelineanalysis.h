#pragma once

#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace lr {

// Reads the incident timeline: when each row happened, whether the rows and the template's
// milestones are in time order, and how long detection and resolution took. Rows typed in
// different zones compare as the instants they name; every time it gives is in UTC.
class TimelineAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(lr::TimelineAnalysis)

public:
    // Times are read by ReportTime: bare times fall on the report date, offsets (+02:00) are
    // applied, and times in zones known only by an abbreviation (CET) are left untimed.
    TimelineAnalysis(const ReportTemplate &t, const ReportContent &content);

    // The template's timeline: the first row set with a key column, a Time column and default
    // rows (the milestones, in order). Null when the template has none.
    static const RowSetDef *timelineOf(const ReportTemplate &t);

    const RowSetDef *rowSet() const { return m_rowSet; }
    std::optional<QDateTime> timeOfRow(int row) const; // nullopt when empty/unparseable
    // Stable sort by time; rows without a time keep their relative order after the timed rows.
    QList<Row> sortedRows() const;
    bool isSortedByTime() const;
    // Milestones whose times are out of the template's order, as user-facing warnings:
    // "“Fix deployed” (09:10) is before “Fix implemented” (11:30)".
    QStringList milestoneOrderWarnings() const;
    // From the earliest timed event to the first milestone (Detection); nullopt when Detection
    // has no time or no other row is timed at or before it.
    std::optional<qint64> secondsToDetect() const;
    // From Detection to the last milestone that has a time (Validation complete, else Fix
    // deployed ...); nullopt when Detection or every later milestone lacks a time.
    std::optional<qint64> secondsToResolve() const;

    static QString formatDuration(qint64 seconds); // "20 d 17 h", "35 h 18 min", "45 min"

private:
    struct Milestone
    {
        QString event;
        int row = -1; // first row with this event; -1 when the user removed it
    };

    std::optional<QDateTime> parseTime(const QString &text) const;
    std::optional<QDateTime> timeOfMilestone(int index) const;
    QList<int> sortedOrder() const;

    const RowSetDef *m_rowSet = nullptr;
    QString m_timeColumn;
    QDate m_reportDate;
    QList<Row> m_rows;
    QList<std::optional<QDateTime>> m_times; // per row
    QList<Milestone> m_milestones;           // in template order
};

} // namespace lr
