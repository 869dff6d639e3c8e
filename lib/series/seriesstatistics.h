#pragma once

#include "series/memoryseries.h"

#include <optional>

namespace lr {

// SKELETON: to be written. Statistics over all samples of a series (never downsampled ones).
struct SeriesStatistics
{
    int sampleCount = 0;
    double durationHours = 0;
    double growthMBPerHour = 0; // least-squares slope
    double rSquared = 0;        // fit quality of that line, 0..1
    double baselineMB = 0;      // median of the first hour
    std::optional<double> after6hMB; // the value 6 hours after the first sample, if the series is that long
    double peakMB = 0;

    static std::optional<SeriesStatistics> compute(const MemorySeries &series);
};

} // namespace lr
