#pragma once

#include "events/oomevent.h"
#include "model/reportcontent.h"

#include <QCoreApplication>

#include <optional>

namespace lr {

// What the imported OOM events say about the report's "OOM incidents" fields, counted by one
// rule so the fill, the check and the summary agree:
//   - in all: every event (kubectl's repeated events count each time);
//   - per week before the fix: the events in the 7 days before *Deployment Time*;
//   - per month after the fix: the events in the 30 days from *Deployment Time* on.
// Without a deployment time (or one that names no instant) the two rates are unknown; Node crashes
// known only by their process time count in the total alone.
struct OomCounts
{
    Q_DECLARE_TR_FUNCTIONS(lr::OomCounts)

public:
    // The names a template's "fromData" gives these counts (DataFill fills them, OomCountCheck checks them).
    static constexpr QStringView kTotalStatistic = u"events.oomTotal";
    static constexpr QStringView kBeforeStatistic = u"events.oomBeforePerWeek";
    static constexpr QStringView kAfterStatistic = u"events.oomAfterPerMonth";

    static constexpr int kDaysBefore = 7;
    static constexpr int kDaysAfter = 30;

    int total = 0;
    std::optional<int> beforePerWeek;
    std::optional<int> afterPerMonth;
    QDateTime deployment; // UTC, when known

    static OomCounts of(const ReportContent &content);
    // The deployment instant the rates are counted around, from the *Deployment Time* field.
    static std::optional<QDateTime> deploymentTime(const ReportContent &content);
};

// Adds `imported` to `events`, skipping those the report holds already (the same log imported
// twice, or the same kill seen by another log: the same pid within a minute), in time order;
// returns how many were new.
qsizetype mergeOomEvents(QList<OomEvent> &events, const QList<OomEvent> &imported);

} // namespace lr
