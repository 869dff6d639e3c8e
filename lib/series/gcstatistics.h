#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>

#include <optional>

namespace lr {

// What the GC pauses of one trace-gc series say about GC pressure. Computed from every pause the
// report keeps (MemorySeries::gcPauses), so it needs no log file.
struct GcStatistics
{
    Q_DECLARE_TR_FUNCTIONS(lr::GcStatistics)

public:
    qsizetype count = 0;     // GCs with a pause
    qsizetype fullCount = 0; // of which Mark-Compact / Mark-sweep
    double p50Ms = 0;        // nearest-rank percentiles of the pauses
    double p95Ms = 0;
    double maxMs = 0;
    double spanMinutes = 0;  // from the first to the last GC
    // Only when the span is long enough to divide by (two GCs at least, a second apart or more).
    std::optional<double> perMinute;
    std::optional<double> timeInGcPercent; // sum of the pauses over the span
    std::optional<double> v8AverageMu;     // V8's own mutator utilisation, where it printed one

    // Null for a series without pauses (not trace-gc, or an older report).
    static std::optional<GcStatistics> compute(const MemorySeries &series);

    // "GC pauses p50 1.2 ms, p95 8.7 ms, max 22.3 ms; 41 GCs/min; 3.1% of the time in GC (V8 mu 0.86)"
    QString summary() const;

    // The GC pressure a before/after pair compares: the share of time in GC where both have one,
    // else the GCs per minute. Percent reduction (negative when it grew), with what it compared.
    struct Change
    {
        double reductionPercent = 0;
        QString measure; // "time in GC 4.1% to 1.5%"
    };
    static std::optional<Change> pressureChange(const GcStatistics &before, const GcStatistics &after);
};

} // namespace lr
