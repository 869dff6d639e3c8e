#pragma once

#include "series/growthfit.h"
#include "series/seriesstatistics.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

// One line of the summary: a label and what it says, as plain text, e.g. "Before fix" and
// {"growth 38.1 MB/hour (R² 1.00)", "baseline 234 MB", "after 6 h 441 MB", "peak 531 MB"}.
struct SummaryLine
{
    QString label;
    QStringList parts;
};

// The statistics and the improvement in words: the one place that formats their numbers and
// shapes their phrases, for every place that shows them (the Memory Data panel, `leakreport
// stats`). How lines and parts are laid out (HTML with bold labels, lines on a terminal) is the
// caller's. A statistic the series cannot give (too short, not timed in ms) has no part.
class SeriesSummary
{
    Q_DECLARE_TR_FUNCTIONS(lr::SeriesSummary)

public:
    // Growth (with R²), baseline, value after 6 hours, peak. A series not timed in ms says why
    // it has no growth per hour; a baseline that is not the first hour's says what it is.
    static SummaryLine statistics(const QString &label, const SeriesStatistics &stats);
    // "61 samples over 607 ms", "6 samples over 328 thousand instructions".
    static QString extent(const SeriesStatistics &stats);
    // When the before and after series count different things on their x axes (time,
    // instructions, bytes allocated), what that means for comparing them; else empty.
    static QString axesDiffer(const SeriesStatistics &before, const SeriesStatistics &after);
    // The growth's uncertainty: "95 % interval 36.9 to 39.3 MB/hour", the fit on the post-GC
    // floor, "OOM in ~14 h at 38 MB/hour with a 768 MB limit" (when `limitMB` > 0 and it grows),
    // and the warnings of a series too short or too noisy. Parts to append to statistics().
    static QStringList growth(const GrowthAnalysis &growth, double limitMB);
    // "Improvement": growth reduction, percentage less after 6 hours, peak percentage lower.
    static SummaryLine improvement(const SeriesImprovement &improvement);
};

} // namespace lr
