#include "series/seriessummary.h"

#include "i18n/plural.h"
#include "series/axisscale.h"
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
    if (stats.timeUnit != MemorySeries::TimeUnit::Milliseconds) {
        //: %1 is what massif counted instead of time: "instructions" or "bytes allocated"
        line.parts.append(tr("no growth per hour: the samples are timed in %1, not in time "
                             "(profile with valgrind --tool=massif --time-unit=ms for a rate)")
                              .arg(AxisScale::quantity(stats.timeUnit)));
    }
    if (stats.baselineIsFirstHour()) {
        line.parts.append(tr("baseline %1 MB").arg(DataFill::formatMB(stats.baselineMB)));
    } else if (stats.baselineWindow > 0) {
        //: The baseline of a run shorter than 6 hours: %2 is its first sixth, e.g. "10 min"
        line.parts.append(tr("baseline %1 MB (median of the first %2, a sixth of the run)")
                              .arg(DataFill::formatMB(stats.baselineMB),
                                   AxisScale::formatSpan(stats.timeUnit, stats.baselineWindow)));
    } else {
        line.parts.append(tr("baseline %1 MB (at the first sample)").arg(DataFill::formatMB(stats.baselineMB)));
    }
    if (stats.after6hMB)
        line.parts.append(tr("after 6 h %1 MB").arg(DataFill::formatMB(*stats.after6hMB)));
    line.parts.append(tr("peak %1 MB").arg(DataFill::formatMB(stats.peakMB)));
    return line;
}

QString SeriesSummary::extent(const SeriesStatistics &stats)
{
    //: %1 is the run's length: "4.5 min", "7 h", "328 thousand instructions"
    return withEnglishPlural(tr("%n sample(s) over %1", nullptr, stats.sampleCount), stats.sampleCount)
        .arg(AxisScale::formatSpan(stats.timeUnit, stats.span));
}

QString SeriesSummary::axesDiffer(const SeriesStatistics &before, const SeriesStatistics &after)
{
    if (before.timeUnit == after.timeUnit)
        return {};
    //: %1 and %2 are what each series' x axis counts: "time", "instructions" or "bytes allocated"
    return tr("The before series is measured in %1 and the after series in %2: the chart shows only the "
              "before series (one x axis per chart), and only their peaks compare.")
        .arg(AxisScale::quantity(before.timeUnit), AxisScale::quantity(after.timeUnit));
}

namespace {
// "7.1", "14": hours to a limit, as precise as such a forecast is.
QString hours(double h)
{
    return QString::number(h, 'f', h < 10 ? 1 : 0);
}
} // namespace

QStringList SeriesSummary::growth(const GrowthAnalysis &growth, double limitMB)
{
    QStringList parts;
    const SlopeEstimate &raw = *growth.raw;
    //: The growth rate's 95 % confidence interval
    parts.append(tr("95 % interval %1 to %2 MB/hour").arg(DataFill::formatMB(raw.low()), DataFill::formatMB(raw.high())));
    if (growth.floor) {
        //: The fit through the lowest sample of each time slice: what is left after garbage collection
        parts.append(tr("post-GC floor %1 ± %2 MB/hour (%3 minima)")
                         .arg(DataFill::formatMB(growth.floor->mbPerHour), DataFill::formatMB(growth.floor->halfWidth))
                         .arg(growth.floor->points));
    }
    if (limitMB > 0) {
        if (const std::optional<TimeToLimit> oom = TimeToLimit::of(raw, limitMB); oom && oom->alreadyReached) {
            parts.append(tr("at or above the %1 MB limit already").arg(DataFill::formatMB(limitMB)));
        } else if (oom) {
            const QString range = oom->latest ? tr("%1 to %2 h").arg(hours(oom->soonest), hours(*oom->latest))
                                              : tr("%1 h or later").arg(hours(oom->soonest));
            //: "OOM in ~14 h at 38 MB/hour with a 768 MB limit (11 to 19 h)"
            parts.append(tr("OOM in ~%1 h at %2 MB/hour with a %3 MB limit (%4)")
                             .arg(hours(oom->hours), DataFill::formatMB(oom->rateMBPerHour),
                                  DataFill::formatMB(limitMB), range));
        }
    }
    for (const QString &warning : growth.warnings)
        parts.append(tr("warning: %1").arg(warning));
    return parts;
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
