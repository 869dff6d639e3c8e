#pragma once

#include "check/claimcheck.h"

#include <QCoreApplication>

namespace lr {

// Units that do not match the report's: the report gives sizes in MB (10^6 bytes) and rates per
// hour, so "38 MiB/hour" in a text or "0.6 MB/min" anywhere is flagged with its conversion
// offered ("39.8 MB/hour", "36 MB/hour"). Binary units in number fields are the
// ReportValidator's, which refuses every byte unit other than the field's.
class UnitClaimCheck : public ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(lr::UnitClaimCheck)

public:
    void run(const ClaimContext &context, QList<ReportProblem> *problems) const override;
};

} // namespace lr
