#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace lr {

// A least-squares growth rate with its 95 % confidence interval.
//
// The interval is the slope's standard error times Student's t quantile for n - 2 degrees of
// freedom. Memory samples are not independent (a sawtooth's residuals run in long stretches of
// one sign), which makes the textbook interval far too narrow; the standard error is therefore
// widened by the lag-1 autocorrelation r of the residuals, with the effective sample size
// n (1 - r) / (1 + r) (never more than n), as trend estimates on autocorrelated series do.
struct SlopeEstimate
{
    double mbPerHour = 0;
    double halfWidth = 0;          // of the 95 % interval, MB/hour (after the widening)
    double standardError = 0;      // ordinary least squares, MB/hour, before the widening
    double residualMB = 0;         // standard deviation of the samples around the line (the sawtooth's swing)
    double residualAutocorrelation = 0;
    double effectiveSamples = 0;   // what the interval is computed with
    int points = 0;                // the points the line was fitted to
    double interceptMB = 0;        // the line's value at the first point's time
    double endMB = 0;              // the line's value at the last point's time

    double low() const { return mbPerHour - halfWidth; }
    double high() const { return mbPerHour + halfWidth; }
    // The interval holds zero: the data cannot tell growth from no growth.
    bool isFlat() const { return low() <= 0 && high() >= 0; }
    // Whether `mbPerHour` lies within the interval.
    bool holds(double rate) const { return rate >= low() && rate <= high(); }
};

// The growth of one series with its uncertainty: the fit on all samples, the fit on the
// sawtooth's floor (what survives garbage collection), and why it may not support a claim.
struct GrowthAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(lr::GrowthAnalysis)

public:
    std::optional<SlopeEstimate> raw;   // all samples
    std::optional<SlopeEstimate> floor; // through the bottoms of the garbage collections' drops (3 or more)
    double durationHours = 0;
    QStringList warnings; // "too short", "too noisy", as sentences

    static constexpr int kMinimumSamples = 10;
    static constexpr double kMinimumHours = 1.0;

    // None for a series not timed in milliseconds or with fewer than 3 samples over time.
    static std::optional<GrowthAnalysis> of(const MemorySeries &series);

    // The two-sided 95 % quantile of Student's t with `degreesOfFreedom` (> 0).
    static double tQuantile975(double degreesOfFreedom);
};

// When a series growing at `rate` reaches `limitMB`, counted from the end of its fit.
struct TimeToLimit
{
    double hours = 0;     // at the fitted rate
    double soonest = 0;   // at the interval's highest rate
    std::optional<double> latest; // at its lowest rate; none when that rate is not growth
    double rateMBPerHour = 0;
    double limitMB = 0;
    bool alreadyReached = false; // the fitted line is at or above the limit already

    // None when the rate is not growth (<= 0) or the limit is not positive.
    static std::optional<TimeToLimit> of(const SlopeEstimate &fit, double limitMB);
};

} // namespace lr
