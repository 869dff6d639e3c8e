#pragma once

#include "check/claimcheck.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lr {

// The timeline against itself and the data. Every place the template marks with a milestone
// ("milestone": "fixDeployed": Fix deployed in the summary, Deployment Time, the timeline's Fix
// deployed row) must name the same moment; the after series (wall-clock samples) must start
// after the deploy; and Validation complete must come after enough after-fix data for what the
// report claims (6 h when it gives memory after 6 h).
class TimelineClaimCheck : public ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(lr::TimelineClaimCheck)

public:
    // One place that names a milestone's time.
    struct MilestoneTime
    {
        QString milestone;  // "fixDeployed"
        QString label;      // "Deployment Time", "Timeline, Fix deployed"
        QString typed;      // as typed
        QDateTime utc;
        bool hasDate = false; // a bare "14:30" compares by time of day only
        ReportProblem where;  // section, field or row and column, for the problem
    };

    void run(const ClaimContext &context, QList<ReportProblem> *problems) const override;
    // When the fix was deployed: the first field marked "fixDeployed" that holds a date and time.
    static std::optional<QDateTime> fixDeployedAt(const ReportTemplate &reportTemplate, const ReportContent &content);
    static QList<MilestoneTime> milestoneTimes(const ClaimContext &context);
};

} // namespace lr
