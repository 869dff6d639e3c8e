#include "series/seriessummary.h"

#include "series/datafill.h"

namespace lr {

SummaryLine SeriesSummary::statistics(const QString &label, const SeriesStatistics &stats)
{
    SummaryLine line{label, {}};
    if (stats.growthMBPerHour && stats.rSquared) {
        line.parts.append(tr("growth %1 MB/hour (R² %2)")
                              .arg(DataFill::formatMB(*stats.growthMBPerHour), QString::number(*stats.rSquared, 'f', 2)));
    } else if (stats.growthMBPerHour) {
        line.parts.append(tr("growth %1 MB/hour").arg(DataFill::formatMB(*stats.growthMBPerHour)));
    }
    line.parts.append(tr("baseline %1 MB").arg(DataFill::formatMB(stats.baselineMB)));
    if (stats.after6hMB)
        line.parts.append(tr("after 6 h %1 MB").arg(DataFill::formatMB(*stats.after6hMB)));
    line.parts.append(tr("peak %1 MB").arg(DataFill::formatMB(stats.peakMB)));
    return line;
}

SummaryLine SeriesSummary::improvement(const SeriesImprovement &improvement)
{
    SummaryLine line{tr("Improvement"), {}};
    if (improvement.growthReductionMBPerHour)
        line.parts.append(tr("growth %1 MB/hour less").arg(DataFill::formatMB(*improvement.growthReductionMBPerHour)));
    if (improvement.after6hReductionPercent)
        line.parts.append(tr("%1% less after 6 h").arg(DataFill::formatMB(*improvement.after6hReductionPercent)));
    if (improvement.peakReductionPercent)
        line.parts.append(tr("peak %1% lower").arg(DataFill::formatMB(*improvement.peakReductionPercent)));
    return line;
}

} // namespace lr
