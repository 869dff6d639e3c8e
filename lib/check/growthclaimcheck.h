#pragma once

#include "check/claimcheck.h"

#include <QCoreApplication>

namespace lr {

// Growth rates typed in the report (TL;DR, Impact, Initial Symptoms, Example and
// Post-Deployment Metrics) against the least-squares rate of the series they speak of: they
// agree within kClaimTolerance or within the rate's 95 % interval. A "0 MB/hour" claim is the
// FlatAfterClaimCheck's. A series too short or too noisy to support the rate is a warning.
class GrowthClaimCheck : public ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(lr::GrowthClaimCheck)

public:
    void run(const ClaimContext &context, QList<ReportProblem> *problems) const override;
};

// "0 MB/hour" (no growth since the fix), typed about the after series or in a claims text,
// against the after series: its rate's 95 % interval must hold zero.
class FlatAfterClaimCheck : public ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(lr::FlatAfterClaimCheck)

public:
    void run(const ClaimContext &context, QList<ReportProblem> *problems) const override;

    // Whether `claim` says there is no growth: a zero rate about the after series, or in free text.
    static bool isNoGrowthClaim(const TypedClaim &claim);
};

} // namespace lr
