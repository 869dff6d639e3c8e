#pragma once

#include "series/memoryseries.h"

#include <optional>

namespace lr {

// SKELETON: to be written. What the report says about a series, computed from all its samples
// (never from downsampled ones). Memory in MB (10^6 bytes), time in hours since the first sample.
struct SeriesStatistics
{
    int sampleCount = 0;
    double durationHours = 0;               // last sample minus first
    std::optional<double> growthMBPerHour;  // least-squares slope; none for massif time units other than ms, or < 2 samples
    std::optional<double> rSquared;         // fit quality of that line, 0..1 (none when all values are equal)
    double baselineMB = 0;                  // median of the samples in the first hour
    std::optional<double> after6hMB;        // value 6 h after the first sample (linear interpolation), if the series is that long
    double peakMB = 0;

    // Nothing for a series without samples.
    static std::optional<SeriesStatistics> compute(const MemorySeries &series);
};

// How much better the "after" series is than the "before" one.
struct SeriesImprovement
{
    std::optional<double> growthReductionMBPerHour; // before growth - after growth
    std::optional<double> growthReductionPercent;   // of the before growth (none when that is <= 0)
    std::optional<double> after6hReductionMB;       // before after6h - after after6h
    std::optional<double> after6hReductionPercent;  // of the before value
    double peakReductionMB = 0;
    std::optional<double> peakReductionPercent;

    static SeriesImprovement between(const SeriesStatistics &before, const SeriesStatistics &after);
};

} // namespace lr
