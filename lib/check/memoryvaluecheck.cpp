#include "check/memoryvaluecheck.h"

#include "series/axisscale.h"
#include "series/datafill.h"

#include <optional>

namespace lr {

namespace {

std::optional<double> measuredLevel(const SeriesStatistics &stats, const QString &statistic)
{
    if (statistic == u"baseline")
        return stats.baselineMB;
    if (statistic == u"after6h")
        return stats.after6hMB;
    if (statistic == u"peak")
        return stats.peakMB;
    return std::nullopt;
}

QString levelName(const QString &statistic)
{
    if (statistic == u"baseline")
        return MemoryValueCheck::tr("a baseline of");
    if (statistic == u"after6h")
        return MemoryValueCheck::tr("after 6 h");
    return MemoryValueCheck::tr("a peak of");
}

} // namespace

void MemoryValueCheck::run(const ClaimContext &context, QList<ReportProblem> *problems) const
{
    for (const TypedClaim &claim : context.claims()) {
        if (claim.quantity.isRate() || (claim.statistic != u"baseline" && claim.statistic != u"after6h"
                                        && claim.statistic != u"peak"))
            continue;
        const SeriesEvidence *evidence = context.evidence.role(claim.role);
        if (!evidence || !evidence->exists())
            continue;
        const QString typed = claim.typedText();
        const std::optional<double> level = measuredLevel(*evidence->statistics, claim.statistic);
        if (!level) {
            //: %1 field, %2 typed value, %3 which series, %4 its length: "3.5 h"
            const QString message = tr("%1: %2 is typed, but %3 covers only %4, not 6 hours")
                                        .arg(claim.label(), typed, evidence->roleLabel(),
                                             AxisScale::formatSpan(evidence->statistics->timeUnit, evidence->statistics->span));
            problems->append(claimProblem(ReportProblem::Kind::ClaimWarning, claim.where, message, typed, {}, {}));
            continue;
        }
        if (claim.quantity.agreesWith(*level, kClaimTolerance))
            continue;
        const QString measured = tr("%1 MB").arg(DataFill::formatMB(*level));
        //: %1 field, %2 typed, %3 which series, %4 "a baseline of", %5 measured, %6 tolerance in percent
        const QString message = tr("%1: %2 is typed, but %3 shows %4 %5; they differ by more than %6 %")
                                    .arg(claim.label(), typed, evidence->roleLabel(), levelName(claim.statistic), measured)
                                    .arg(int(kClaimTolerance * 100));
        problems->append(claimProblem(ReportProblem::Kind::ClaimMismatch, claim.where, message, typed, measured,
                                      claim.withMeasured(*level)));
    }
}

} // namespace lr
