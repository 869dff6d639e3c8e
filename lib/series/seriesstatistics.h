#pragma once

#include "series/memoryseries.h"

#include <optional>

namespace lr {

// What the report says about a series, computed from all its samples (never from downsampled
// ones). Memory in MB (10^6 bytes), time in hours since the first sample. Samples must be sorted
// by time, as the importers leave them.
//
// The baseline is the memory before a leak has had time to show: the median of the samples of
// the first hour, or, in a run shorter than 6 hours, of its first sixth (the first 10 minutes of
// an hour-long run), so that a short run's growth does not raise its own baseline.
//
// Time units other than milliseconds (massif's instructions or bytes allocated) have no hours:
// there durationHours is 0, growth and after6h are none, and the baseline is the median of the
// first sixth of the run.
struct SeriesStatistics
{
    int sampleCount = 0;
    MemorySeries::TimeUnit timeUnit = MemorySeries::TimeUnit::Milliseconds; // the series'
    double span = 0;                        // last sample minus first, in timeUnit
    double durationHours = 0;               // the same in hours (0 for a time unit other than ms)
    std::optional<double> growthMBPerHour;  // least-squares slope of bytes over time; none for < 2 samples,
                                            // all times equal, or a time unit other than ms
    std::optional<double> rSquared;         // fit quality of that line, 0..1 (also none when all values are equal)
    double baselineMB = 0;                  // median of the samples from t0 to t0 + baselineWindow (inclusive)
    double baselineWindow = 3'600'000;      // in timeUnit: one hour, or a sixth of a shorter run
    std::optional<double> after6hMB;        // value at t0 + 6 h (linear interpolation between the samples
                                            // around it), if the series is that long
    double peakMB = 0;                      // the highest sample

    // Whether the baseline covers the first hour (else the first sixth of a short run).
    bool baselineIsFirstHour() const;

    // Nothing for a series without samples.
    static std::optional<SeriesStatistics> compute(const MemorySeries &series);
};

// How much better the "after" series is than the "before" one: each reduction is before minus
// after (negative when "after" is worse), each percentage is that reduction relative to the
// before value, in percent (none when the before value is missing or <= 0).
struct SeriesImprovement
{
    std::optional<double> growthReductionMBPerHour; // before growth - after growth
    std::optional<double> growthReductionPercent;   // of the before growth
    std::optional<double> after6hReductionMB;       // before after6h - after after6h
    std::optional<double> after6hReductionPercent;  // of the before value
    double peakReductionMB = 0;
    std::optional<double> peakReductionPercent;

    static SeriesImprovement between(const SeriesStatistics &before, const SeriesStatistics &after);
};

} // namespace lr
