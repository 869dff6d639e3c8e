#include "check/unitclaimcheck.h"

#include "series/datafill.h"

namespace lr {

void UnitClaimCheck::run(const ClaimContext &context, QList<ReportProblem> *problems) const
{
    for (const TypedClaim &claim : context.claims()) {
        const TypedQuantity &q = claim.quantity;
        const bool wrongTime = q.isRate() && q.perUnit != u"hour" && q.perUnit != u"day";
        const bool binary = q.isBinary() && !claim.numberField;
        if (!wrongTime && !binary)
            continue;
        const QString typed = claim.typedText();
        const double converted = q.isRate() ? q.mbPerHour() : q.megabytes();
        const QString convertedText = q.isRate() ? tr("%1 MB/hour").arg(DataFill::formatMB(converted))
                                                 : tr("%1 MB").arg(DataFill::formatMB(converted));
        const QString per = q.perUnit == u"second" ? tr("second") : tr("minute");
        //: %1 field, %2 the typed value, %3 "minute" or "second", %4 the converted value
        const QString message = wrongTime
            ? tr("%1: %2 is a rate per %3; the report gives rates per hour (%4)").arg(claim.label(), typed, per, convertedText)
            : tr("%1: %2 is in %3; the report gives MB, 10^6 bytes (%4)").arg(claim.label(), typed, q.sizeUnit, convertedText);
        problems->append(claimProblem(ReportProblem::Kind::ClaimMismatch, claim.where, message, typed, convertedText,
                                      claim.withMeasured(converted)));
    }
}

} // namespace lr
