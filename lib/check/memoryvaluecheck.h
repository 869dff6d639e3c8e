#pragma once

#include "check/claimcheck.h"

#include <QCoreApplication>

namespace lr {

// Memory levels typed in the report (baseline, memory after 6 h, a peak named in the text)
// against the series they speak of, within kClaimTolerance; "after 6 h" typed for a series
// shorter than 6 hours is a warning (the data cannot show it).
class MemoryValueCheck : public ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(lr::MemoryValueCheck)

public:
    void run(const ClaimContext &context, QList<ReportProblem> *problems) const override;
};

} // namespace lr
