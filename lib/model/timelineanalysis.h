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
    // Times are read by ReportTime: a bare time falls on the day of the nearest row above it that
    // has a date and a time (the report date when there is none), offsets (+02:00) are applied,
    // and times in zones known only by an abbreviation (CET) are left untimed.
    TimelineAnalysis(const ReportTemplate &t, const ReportContent &content);

    // The template's timeline: the first row set with a key column, a Time column and default
    // rows (the milestones, in order). Null when the template has none.
    static const RowSetDef *timelineOf(const ReportTemplate &t);

    const RowSetDef *rowSet() const { return m_rowSet; }
    std::optional<QDateTime> timeOfRow(int row) const; // nullopt when empty/unparseable
    // Stable sort by time; rows without a time keep their relative order after the timed rows.
    QList<Row> sortedRows() const;
    bool isSortedByTime() const;
    // False when sorting would put a time without a date under a row of another day, so that it
    // named another instant (a bare 10:00 above the first dated row, on the report date, sorted
    // below an earlier dated row): such a table needs dates typed before it can be sorted.
    bool sortKeepsEveryTime() const;
    // Milestones whose times are out of the template's order, as user-facing warnings:
    // "“Fix deployed” (09:10) is before “Fix implemented” (11:30)".
    QStringList milestoneOrderWarnings() const;
    // From the earliest timed event to the first milestone (Detection); nullopt when Detection
    // has no time or no other row is timed at or before it.
    std::optional<qint64> secondsToDetect() const;
    // From Detection to the last milestone the template marks as resolving that has a time
    // (Validation complete, else Fix deployed); nullopt when Detection lacks a time or nothing
    // was fixed yet. An earlier milestone (Fix implemented) never ends it.
    std::optional<qint64> secondsToResolve() const;

    static QString formatDuration(qint64 seconds); // "20 d 17 h", "35 h 18 min", "45 min"

private:
    struct Milestone
    {
        QString event;
        int row = -1; // first row with this event; -1 when the user removed it
        bool resolves = false;
    };

    std::optional<QDateTime> timeOfMilestone(int index) const;
    QList<int> sortedOrder() const;
    // Each row's time when the rows stand in this order.
    QList<std::optional<QDateTime>> timesOf(const QList<Row> &rows) const;

    const RowSetDef *m_rowSet = nullptr;
    QString m_timeColumn;
    QDate m_reportDay; // bare times above the first dated row fall on it
    QList<Row> m_rows;
    QList<std::optional<QDateTime>> m_times; // per row
    QList<Milestone> m_milestones;           // in template order
};

} // namespace lr
