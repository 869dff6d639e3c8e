#include "series/growthfit.h"

#include "series/axisscale.h"
#include "series/datafill.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <span>

namespace lr {

namespace {

constexpr double kMsPerHour = 3'600'000;

struct Point
{
    double hours; // since the first sample
    double mb;
};

// Ordinary least squares on centred values (see SeriesStatistics for why centred), then the
// interval widened for autocorrelated residuals (see the header).
std::optional<SlopeEstimate> fit(std::span<const Point> points)
{
    const size_t n = points.size();
    if (n < 3)
        return std::nullopt;
    double meanX = 0, meanY = 0;
    for (const Point &p : points) {
        meanX += p.hours;
        meanY += p.mb;
    }
    meanX /= double(n);
    meanY /= double(n);
    double sxx = 0, sxy = 0;
    for (const Point &p : points) {
        sxx += (p.hours - meanX) * (p.hours - meanX);
        sxy += (p.hours - meanX) * (p.mb - meanY);
    }
    if (!(sxx > 0))
        return std::nullopt;
    SlopeEstimate e;
    e.points = int(std::min<size_t>(n, size_t(std::numeric_limits<int>::max())));
    e.mbPerHour = sxy / sxx;
    const double intercept = meanY - e.mbPerHour * meanX;
    double sse = 0, lagged = 0, previous = 0;
    for (size_t i = 0; i < n; ++i) {
        const double residual = points[i].mb - (intercept + e.mbPerHour * points[i].hours);
        sse += residual * residual;
        if (i > 0)
            lagged += residual * previous;
        previous = residual;
    }
    e.residualMB = std::sqrt(sse / double(n - 2));
    e.standardError = e.residualMB / std::sqrt(sxx);
    e.residualAutocorrelation = sse > 0 ? std::clamp(lagged / sse, -1.0, 1.0) : 0.0;
    const double r = std::max(0.0, e.residualAutocorrelation);
    // At least 3, so that one degree of freedom is left: a very wide, but finite, interval.
    e.effectiveSamples = std::max(3.0, double(n) * (1 - r) / (1 + r));
    const double widenedError = std::sqrt(sse / (e.effectiveSamples - 2) / sxx);
    e.halfWidth = GrowthAnalysis::tQuantile975(e.effectiveSamples - 2) * widenedError;
    e.interceptMB = intercept + e.mbPerHour * points.front().hours;
    e.endMB = intercept + e.mbPerHour * points.back().hours;
    return e;
}

// The sawtooth's floor: where each garbage collection's drop ends. A drop counts when it is larger
// than 2.5 standard deviations of the samples around the raw line (a sawtooth of height A spreads
// A/sqrt(12) around its line, so its drops, A, clear 2.5 of them; jitter does not).
QList<Point> floorPoints(std::span<const Point> points, double residualMB)
{
    QList<Point> floor;
    const double drop = 2.5 * residualMB;
    if (!(drop > 0))
        return floor;
    for (size_t i = 1; i < points.size(); ++i) {
        if (points[i - 1].mb - points[i].mb <= drop)
            continue;
        size_t lowest = i; // follow the fall to its bottom
        while (lowest + 1 < points.size() && points[lowest + 1].mb <= points[lowest].mb)
            ++lowest;
        floor.append(points[lowest]);
        i = lowest;
    }
    return floor;
}

} // namespace

double GrowthAnalysis::tQuantile975(double degreesOfFreedom)
{
    // Exact to six digits for 1..30 degrees of freedom; beyond that the Cornish-Fisher expansion
    // around the normal quantile is within 1e-6.
    static constexpr std::array<double, 30> table = {
        12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
        2.200985,  2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
        2.079614,  2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272};
    const double v = std::max(1.0, degreesOfFreedom);
    if (v <= 30) {
        // Fractional degrees of freedom (from the effective sample size): interpolate in 1/v,
        // in which the quantile is nearly linear.
        const int lower = int(std::floor(v));
        if (double(lower) == v || lower >= 30)
            return table[size_t(lower - 1)];
        const double a = table[size_t(lower - 1)], b = table[size_t(lower)];
        const double fraction = (1.0 / lower - 1.0 / v) / (1.0 / lower - 1.0 / (lower + 1));
        return a + (b - a) * fraction;
    }
    const double z = 1.959963984540054;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * v * v * v);
}

std::optional<GrowthAnalysis> GrowthAnalysis::of(const MemorySeries &series)
{
    if (series.timeUnit != MemorySeries::TimeUnit::Milliseconds || series.samples.size() < 3)
        return std::nullopt;
    const qint64 t0 = series.samples.front().time;
    std::vector<Point> points;
    points.reserve(size_t(series.samples.size()));
    for (const MemorySample &s : series.samples)
        points.push_back({double(s.time - t0) / kMsPerHour, s.bytes / kBytesPerMB});
    GrowthAnalysis analysis;
    analysis.raw = fit(points);
    if (!analysis.raw)
        return std::nullopt;
    const QList<Point> floor = floorPoints(points, analysis.raw->residualMB);
    analysis.floor = fit(std::span<const Point>(floor.constData(), size_t(floor.size())));
    analysis.durationHours = points.back().hours;

    const SlopeEstimate &raw = *analysis.raw;
    if (series.samples.size() < kMinimumSamples) {
        analysis.warnings.append(tr("only %1 samples: too few to support a growth rate (at least %2)")
                                     .arg(series.samples.size())
                                     .arg(kMinimumSamples));
    }
    if (analysis.durationHours < kMinimumHours) {
        analysis.warnings.append(tr("covers only %1: too short to support a rate per hour (at least 1 h)")
                                     .arg(AxisScale::formatSpan(series.timeUnit, analysis.durationHours * kMsPerHour)));
    }
    // Noisy: the interval is wider than half the rate, and more than a crumb of the level
    // (0.1 % of the mean per hour), so that a flat series with tiny wiggles does not warn.
    const double level = (raw.interceptMB + raw.endMB) / 2;
    if (raw.halfWidth > 0.5 * std::abs(raw.mbPerHour) && raw.halfWidth > 0.001 * std::abs(level)) {
        analysis.warnings.append(tr("too noisy: growth %1 ± %2 MB/hour (95 %), the interval is wider than half the rate")
                                     .arg(DataFill::formatMB(raw.mbPerHour), DataFill::formatMB(raw.halfWidth)));
    }
    return analysis;
}

std::optional<TimeToLimit> TimeToLimit::of(const SlopeEstimate &fit, double limitMB)
{
    if (!(fit.mbPerHour > 0) || !(limitMB > 0))
        return std::nullopt;
    TimeToLimit t;
    t.rateMBPerHour = fit.mbPerHour;
    t.limitMB = limitMB;
    const double headroom = limitMB - fit.endMB;
    t.alreadyReached = headroom <= 0;
    if (t.alreadyReached)
        return t;
    t.hours = headroom / fit.mbPerHour;
    t.soonest = headroom / fit.high();
    if (fit.low() > 0)
        t.latest = headroom / fit.low();
    return t;
}

} // namespace lr
