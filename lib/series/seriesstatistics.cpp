#include "series/seriesstatistics.h"

#include <algorithm>
#include <limits>
#include <span>
#include <vector>

namespace lr {

namespace {

using Samples = std::span<const MemorySample>;

constexpr qint64 kMsPerHour = 3'600'000;

double toMB(double bytes)
{
    return bytes / kBytesPerMB;
}

// t + delta without wrapping past the largest time.
qint64 saturatedAdd(qint64 t, qint64 delta)
{
    return t > std::numeric_limits<qint64>::max() - delta ? std::numeric_limits<qint64>::max() : t + delta;
}

// nth_element instead of a full sort: the first hour of a long series can still be large.
double medianBytes(Samples samples)
{
    std::vector<double> values;
    values.reserve(samples.size());
    for (const MemorySample &s : samples)
        values.push_back(s.bytes);
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    // After nth_element the lower half holds the smaller values; its largest is the other middle.
    return (*std::max_element(values.begin(), middle) + *middle) / 2;
}

// Sums run in four independent lanes, four samples per step: one running sum is a chain of
// dependent additions, four chains let the CPU overlap them.
constexpr size_t kLanes = 4;

struct Lanes
{
    double v[kLanes] = {};
    double total() const { return (v[0] + v[1]) + (v[2] + v[3]); }
};

struct Moments
{
    double meanT = 0; // of time - t0
    double meanY = 0;
    double lowest = 0;
    double highest = 0;
};

// Pass 1: the means and the extremes. Times relative to the first one fit a double exactly.
Moments momentsOf(Samples samples, qint64 t0)
{
    Lanes sumT;
    Lanes sumY;
    double lowest = samples.front().bytes;
    double highest = lowest;
    const auto add = [&](size_t lane, const MemorySample &s) {
        sumT.v[lane] += double(s.time - t0);
        sumY.v[lane] += s.bytes;
        lowest = std::min(lowest, s.bytes);
        highest = std::max(highest, s.bytes);
    };
    size_t i = 0;
    for (; i + kLanes <= samples.size(); i += kLanes) {
        for (size_t lane = 0; lane < kLanes; ++lane)
            add(lane, samples[i + lane]);
    }
    for (; i < samples.size(); ++i)
        add(0, samples[i]);
    const double n = double(samples.size());
    return {sumT.total() / n, sumY.total() / n, lowest, highest};
}

struct LineFit
{
    std::optional<double> bytesPerMs;
    std::optional<double> rSquared;
};

// Pass 2: ordinary least squares on times and values centred on their means. Epoch milliseconds
// are ~1.7e12, so sums of raw t^2 (~1e30 for a million samples) would leave no significant digit
// of the slope; centred terms stay small.
LineFit fitLine(Samples samples, qint64 t0, const Moments &m)
{
    if (samples.size() < 2)
        return {};
    Lanes sxx;
    Lanes sxy;
    Lanes syy;
    const auto add = [&](size_t lane, const MemorySample &s) {
        const double dt = double(s.time - t0) - m.meanT;
        const double dy = s.bytes - m.meanY;
        sxx.v[lane] += dt * dt;
        sxy.v[lane] += dt * dy;
        syy.v[lane] += dy * dy;
    };
    size_t i = 0;
    for (; i + kLanes <= samples.size(); i += kLanes) {
        for (size_t lane = 0; lane < kLanes; ++lane)
            add(lane, samples[i + lane]);
    }
    for (; i < samples.size(); ++i)
        add(0, samples[i]);
    const double xx = sxx.total();
    const double xy = sxy.total();
    const double yy = syy.total();
    if (!(xx > 0)) // all times equal: no line
        return {};
    LineFit fit;
    fit.bytesPerMs = xy / xx;
    // Equal values are detected exactly (lowest == highest): their centred sum can be a rounding crumb.
    if (m.lowest != m.highest && yy > 0)
        fit.rSquared = std::clamp(xy * xy / (xx * yy), 0.0, 1.0);
    return fit;
}

// The value at `time` on the line through the samples, or none outside them.
std::optional<double> interpolatedBytes(Samples samples, qint64 time)
{
    if (samples.empty() || time < samples.front().time || time > samples.back().time)
        return std::nullopt;
    const auto next = std::lower_bound(samples.begin(), samples.end(), time,
                                       [](const MemorySample &s, qint64 t) { return s.time < t; });
    if (next->time == time)
        return next->bytes;
    const auto previous = next - 1; // exists: time > front().time
    const double fraction = double(time - previous->time) / double(next->time - previous->time);
    return previous->bytes + (next->bytes - previous->bytes) * fraction;
}

// The baseline's window: an hour, but never more than a sixth of the run (see the header).
double baselineWindowOf(MemorySeries::TimeUnit unit, double span)
{
    const double sixth = span / 6;
    return unit == MemorySeries::TimeUnit::Milliseconds ? std::min(double(kMsPerHour), sixth) : sixth;
}

// The samples from the first to `window` after it, both ends included.
Samples firstSamples(Samples samples, double window)
{
    const qint64 end = saturatedAdd(samples.front().time, qint64(window));
    const auto after = std::upper_bound(samples.begin(), samples.end(), end,
                                        [](qint64 t, const MemorySample &s) { return t < s.time; });
    return samples.first(size_t(after - samples.begin()));
}

std::optional<double> difference(std::optional<double> before, std::optional<double> after)
{
    if (!before || !after)
        return std::nullopt;
    return *before - *after;
}

std::optional<double> percentOf(std::optional<double> reduction, std::optional<double> before)
{
    if (!reduction || !before || !(*before > 0))
        return std::nullopt;
    return *reduction / *before * 100.0;
}

} // namespace

std::optional<SeriesStatistics> SeriesStatistics::compute(const MemorySeries &series)
{
    const Samples samples(series.samples.constData(), size_t(series.samples.size()));
    if (samples.empty())
        return std::nullopt;

    SeriesStatistics stats;
    stats.sampleCount = int(std::min<size_t>(samples.size(), size_t(std::numeric_limits<int>::max())));
    const qint64 t0 = samples.front().time;
    const Moments moments = momentsOf(samples, t0);
    stats.peakMB = toMB(moments.highest);

    stats.timeUnit = series.timeUnit;
    // A double holds the difference exactly below 2^53 (285,000 years in ms), and beyond
    // that (instructions) within far less than a sample's spacing.
    stats.span = double(samples.back().time - t0);
    stats.baselineWindow = baselineWindowOf(series.timeUnit, stats.span);
    stats.baselineMB = toMB(medianBytes(firstSamples(samples, stats.baselineWindow)));
    if (series.timeUnit != MemorySeries::TimeUnit::Milliseconds)
        return stats;

    stats.durationHours = stats.span / double(kMsPerHour);
    const LineFit fit = fitLine(samples, t0, moments);
    if (fit.bytesPerMs)
        stats.growthMBPerHour = toMB(*fit.bytesPerMs * double(kMsPerHour));
    stats.rSquared = fit.rSquared;
    if (const auto bytes = interpolatedBytes(samples, saturatedAdd(t0, 6 * kMsPerHour)))
        stats.after6hMB = toMB(*bytes);
    return stats;
}

bool SeriesStatistics::baselineIsFirstHour() const
{
    return timeUnit == MemorySeries::TimeUnit::Milliseconds && baselineWindow == double(kMsPerHour);
}

SeriesImprovement SeriesImprovement::between(const SeriesStatistics &before, const SeriesStatistics &after)
{
    SeriesImprovement improvement;
    improvement.growthReductionMBPerHour = difference(before.growthMBPerHour, after.growthMBPerHour);
    improvement.growthReductionPercent = percentOf(improvement.growthReductionMBPerHour, before.growthMBPerHour);
    improvement.after6hReductionMB = difference(before.after6hMB, after.after6hMB);
    improvement.after6hReductionPercent = percentOf(improvement.after6hReductionMB, before.after6hMB);
    improvement.peakReductionMB = before.peakMB - after.peakMB;
    improvement.peakReductionPercent = percentOf(improvement.peakReductionMB, before.peakMB);
    return improvement;
}

} // namespace lr
