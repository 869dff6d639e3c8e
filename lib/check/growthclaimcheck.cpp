#include "check/growthclaimcheck.h"

#include "series/datafill.h"

namespace lr {

bool FlatAfterClaimCheck::isNoGrowthClaim(const TypedClaim &claim)
{
    return claim.statistic == u"growth" && claim.quantity.value == 0 && !claim.quantity.isBound()
        && (claim.role == u"after" || !claim.numberField);
}

void GrowthClaimCheck::run(const ClaimContext &context, QList<ReportProblem> *problems) const
{
    for (const TypedClaim &claim : context.claims()) {
        if (claim.statistic != u"growth" || FlatAfterClaimCheck::isNoGrowthClaim(claim))
            continue;
        const SeriesEvidence *evidence = context.evidence.role(claim.role);
        if (!evidence || !evidence->growth)
            continue;
        const SlopeEstimate &fit = *evidence->growth->raw;
        const QString typed = claim.typedText();
        const QString measured = describeGrowth(fit);
        if (!claim.quantity.agreesWith(fit.mbPerHour, kClaimTolerance) && !fit.holds(claim.quantity.mbPerHour())) {
            //: %1 field, %2 typed rate, %3 which series, %4 the measured rate with its interval, %5 the tolerance in percent
            const QString message = tr("%1: %2 is typed, but %3 grows %4; they differ by more than %5 %")
                                        .arg(claim.label(), typed, evidence->roleLabel(), measured)
                                        .arg(int(kClaimTolerance * 100));
            problems->append(claimProblem(ReportProblem::Kind::ClaimMismatch, claim.where, message, typed, measured,
                                          claim.withMeasured(fit.mbPerHour)));
        } else if (!evidence->growth->warnings.isEmpty()) {
            //: %1 field, %2 typed rate, %3 which series, %4 why: "covers only 20 min: too short ..."
            const QString message = tr("%1: %2 may not be supported by %3, which %4")
                                        .arg(claim.label(), typed, evidence->roleLabel(),
                                             evidence->growth->warnings.join(tr("; and ")));
            problems->append(claimProblem(ReportProblem::Kind::ClaimWarning, claim.where, message, typed, measured, {}));
        }
    }
}

void FlatAfterClaimCheck::run(const ClaimContext &context, QList<ReportProblem> *problems) const
{
    const SeriesEvidence &after = context.evidence.after;
    if (!after.growth)
        return;
    const SlopeEstimate &fit = *after.growth->raw;
    for (const TypedClaim &claim : context.claims()) {
        if (!isNoGrowthClaim(claim))
            continue;
        const QString typed = claim.typedText();
        const QString measured = describeGrowth(fit);
        if (!fit.isFlat()) {
            //: %1 field, %2 the typed "0 MB/hour", %3 the measured rate with its interval
            const QString message = tr("%1: %2 is typed, but the after series grows %3, which is not flat")
                                        .arg(claim.label(), typed, measured);
            // In free text a rate other than zero reads as the before series' rate: offer the
            // after series' rate only where the field is about it.
            problems->append(claimProblem(ReportProblem::Kind::ClaimMismatch, claim.where, message, typed, measured,
                                          claim.role == u"after" ? claim.withMeasured(fit.mbPerHour) : QString()));
            continue;
        }
        // Flat within an interval so wide that a tenth of the old leak would fit in it: the data
        // cannot tell "fixed" from "slower".
        const SeriesEvidence &before = context.evidence.before;
        const bool tooWide = before.growth && before.growth->raw->mbPerHour > 0
            && fit.high() > kClaimTolerance * before.growth->raw->mbPerHour;
        if (tooWide || !after.growth->warnings.isEmpty()) {
            const QString why = tooWide ? tr("its interval still holds %1 MB/hour, more than %2 % of the leak before the fix")
                                              .arg(DataFill::formatMB(fit.high()))
                                              .arg(int(kClaimTolerance * 100))
                                        : after.growth->warnings.join(tr("; and "));
            //: %1 field, %2 the typed "0 MB/hour", %3 the measured rate, %4 why it is not enough
            const QString message = tr("%1: %2 is typed and the after series measures %3, but %4")
                                        .arg(claim.label(), typed, measured, why);
            problems->append(claimProblem(ReportProblem::Kind::ClaimWarning, claim.where, message, typed, measured, {}));
        }
    }
}

} // namespace lr
