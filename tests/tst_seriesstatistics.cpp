#include "series/seriesstatistics.h"
#include "series/seriessummary.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kMinute = 60'000;
// 2026-01-01T00:00:00Z in epoch milliseconds: a realistic magnitude for wall-clock series.
constexpr qint64 kEpoch = 1'767'225'600'000;

MemorySeries seriesOf(const QList<MemorySample> &samples,
                      MemorySeries::TimeUnit unit = MemorySeries::TimeUnit::Milliseconds)
{
    MemorySeries series;
    series.name = u"heap"_s;
    series.timeUnit = unit;
    series.samples = samples;
    return series;
}

// Samples at the given hours after kEpoch with the given values in MB.
MemorySeries seriesAtHours(const QList<double> &hours, const QList<double> &megabytes)
{
    QList<MemorySample> samples;
    for (qsizetype i = 0; i < hours.size(); ++i)
        samples.append({kEpoch + qint64(std::llround(hours[i] * double(kHour))), megabytes[i] * kBytesPerMB});
    return seriesOf(samples);
}

SeriesStatistics statisticsOf(const MemorySeries &series)
{
    const std::optional<SeriesStatistics> stats = SeriesStatistics::compute(series);
    if (!stats)
        qFatal("no statistics for a series with %lld samples", qlonglong(series.samples.size()));
    return *stats;
}

bool near(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

} // namespace

class TestSeriesStatistics : public QObject
{
    Q_OBJECT

private slots:
    void perfectlyLinearSeries_hasTheExactSlopeAndAPerfectFit();
    void noisySeries_matchesTheHandComputedLeastSquaresLine();
    void epochMillisecondTimes_keepTheSlopePrecise();
    void shiftingAllTimes_changesNothing();
    void baseline_isTheMedianOfTheFirstHour_data();
    void baseline_isTheMedianOfTheFirstHour();
    void baseline_ofARunShorterThan6h_isTheMedianOfItsFirstSixth_data();
    void baseline_ofARunShorterThan6h_isTheMedianOfItsFirstSixth();
    void after6h_interpolatesAtSixHours_data();
    void after6h_interpolatesAtSixHours();
    void singleSample_hasNoGrowth();
    void equalTimes_haveNoGrowth();
    void equalValues_haveZeroGrowthAndNoFit();
    void emptySeries_hasNoStatistics();
    void otherTimeUnits_haveNoHours_data();
    void otherTimeUnits_haveNoHours();
    void improvement_comparesBeforeWithAfter_data();
    void improvement_comparesBeforeWithAfter();
    void improvement_withMissingValues_hasNoReductions();
    void summary_leavesOutWhatTheSeriesCannotGive();
    void summary_ofAMassifSeries_saysWhyThereIsNoRate_data();
    void summary_ofAMassifSeries_saysWhyThereIsNoRate();
    void summary_ofAShortRun_saysWhatItsBaselineIs();
    void summary_ofBeforeAndAfterOnDifferentAxes_saysSo();
};

void TestSeriesStatistics::perfectlyLinearSeries_hasTheExactSlopeAndAPerfectFit()
{
    // 200 MB + 2.5 MB/h, a sample every 15 min for 8 h (33 samples).
    QList<MemorySample> samples;
    for (int i = 0; i <= 32; ++i)
        samples.append({kEpoch + i * 15 * kMinute, (200.0 + 2.5 * i / 4.0) * kBytesPerMB});
    const SeriesStatistics stats = statisticsOf(seriesOf(samples));
    QCOMPARE(stats.sampleCount, 33);
    QCOMPARE(stats.durationHours, 8.0);
    QVERIFY(stats.growthMBPerHour);
    QVERIFY2(near(*stats.growthMBPerHour, 2.5), qPrintable(QString::number(*stats.growthMBPerHour, 'g', 17)));
    QVERIFY(stats.rSquared);
    QVERIFY(near(*stats.rSquared, 1.0, 1e-12));
    QVERIFY(*stats.rSquared <= 1.0);
    // First hour: 0, 15, 30, 45, 60 min -> 200, 200.625, 201.25, 201.875, 202.5; median 201.25.
    QVERIFY(near(stats.baselineMB, 201.25));
    // At 6 h exactly on a sample: 200 + 6 * 2.5 = 215.
    QVERIFY(stats.after6hMB);
    QVERIFY(near(*stats.after6hMB, 215.0));
    QVERIFY(near(stats.peakMB, 220.0)); // 200 + 8 * 2.5
}

void TestSeriesStatistics::noisySeries_matchesTheHandComputedLeastSquaresLine()
{
    // Hours 0..4, MB 100, 103, 104, 109, 110.
    // Means: t = 2, y = 526 / 5 = 105.2.
    // dt = -2, -1, 0, 1, 2;  dy = -5.2, -2.2, -1.2, 3.8, 4.8.
    // Sxx = 4 + 1 + 0 + 1 + 4 = 10
    // Sxy = 10.4 + 2.2 + 0 + 3.8 + 9.6 = 26
    // Syy = 27.04 + 4.84 + 1.44 + 14.44 + 23.04 = 70.8
    // slope = 26 / 10 = 2.6 MB/h;  R^2 = 26^2 / (10 * 70.8) = 676 / 708 = 169 / 177.
    const SeriesStatistics stats = statisticsOf(seriesAtHours({0, 1, 2, 3, 4}, {100, 103, 104, 109, 110}));
    QCOMPARE(stats.sampleCount, 5);
    QCOMPARE(stats.durationHours, 4.0);
    QVERIFY(stats.growthMBPerHour);
    QVERIFY(near(*stats.growthMBPerHour, 2.6));
    QVERIFY(stats.rSquared);
    QVERIFY(near(*stats.rSquared, 169.0 / 177.0));
    // A 4 h run: the baseline is its first sixth (40 min), which holds only the first sample.
    QVERIFY(near(stats.baselineMB, 100.0));
    QVERIFY(!stats.after6hMB); // ends at 4 h
    QVERIFY(near(stats.peakMB, 110.0));
}

void TestSeriesStatistics::epochMillisecondTimes_keepTheSlopePrecise()
{
    // 100,000 samples 15 s apart (~17 days) at epoch milliseconds, 3 MB/h, plus an alternating
    // +0.5 / -0.5 MB. Sums of raw t^2 (~3e29) would leave no digit of this slope.
    // By hand, with h = 15 s = 1/240 h and n even: the noise e_i has sum 0 and
    //   sum (t_i - mean t) e_i = h * sum i e_i = h * 0.5 * (n/2 pairs of (2k - (2k+1))) = -h n / 4,
    //   Sxx = h^2 (n^3 - n) / 12,
    // so it moves the slope by (-h n / 4) / (h^2 (n^3 - n) / 12) = -3 / (h (n^2 - 1)) = -720 / (n^2 - 1) MB/h.
    QList<MemorySample> samples;
    constexpr int kCount = 100'000;
    samples.reserve(kCount);
    for (int i = 0; i < kCount; ++i) {
        const double hours = i * 15.0 / 3600.0;
        const double noise = i % 2 == 0 ? 0.5 : -0.5;
        samples.append({kEpoch + qint64(i) * 15'000, (300.0 + 3.0 * hours + noise) * kBytesPerMB});
    }
    const SeriesStatistics stats = statisticsOf(seriesOf(samples));
    QVERIFY(stats.growthMBPerHour);
    const double n = kCount;
    const double expected = 3.0 - 720.0 / (n * n - 1); // 2.999999928...
    QVERIFY2(std::abs(*stats.growthMBPerHour - expected) < 1e-10, qPrintable(QString::number(*stats.growthMBPerHour, 'g', 17)));
    QVERIFY(stats.rSquared);
    QVERIFY(*stats.rSquared > 0.99 && *stats.rSquared <= 1.0);
}

void TestSeriesStatistics::shiftingAllTimes_changesNothing()
{
    // The same noisy shape at t0 = 0 and at t0 = 2026 in epoch ms: the fit must not notice.
    const QList<double> values = {412, 415.5, 409, 420, 431, 418, 440.25, 437, 452, 449};
    QList<MemorySample> near0;
    QList<MemorySample> atEpoch;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const qint64 offset = i * 7 * kMinute + (i % 3) * 1'234;
        near0.append({offset, values[i] * kBytesPerMB});
        atEpoch.append({kEpoch + offset, values[i] * kBytesPerMB});
    }
    const SeriesStatistics a = statisticsOf(seriesOf(near0));
    const SeriesStatistics b = statisticsOf(seriesOf(atEpoch));
    QVERIFY(a.growthMBPerHour && b.growthMBPerHour && a.rSquared && b.rSquared);
    QVERIFY(near(*a.growthMBPerHour, *b.growthMBPerHour, 1e-12));
    QVERIFY(near(*a.rSquared, *b.rSquared, 1e-12));
    QCOMPARE(a.baselineMB, b.baselineMB);
    QCOMPARE(a.durationHours, b.durationHours);
}

void TestSeriesStatistics::baseline_isTheMedianOfTheFirstHour_data()
{
    QTest::addColumn<QList<MemorySample>>("samples");
    QTest::addColumn<double>("baselineMB");

    // Runs of 6 hours or more (the last sample at 7 h). 0, 30, 60 min (60 inclusive) -> 5, 1, 3 MB,
    // sorted 1, 3, 5: median 3. The 500 MB at 1 h + 1 ms is out.
    QTest::newRow("odd count")
        << QList<MemorySample>{{kEpoch, 5e6}, {kEpoch + 30 * kMinute, 1e6}, {kEpoch + kHour, 3e6},
                               {kEpoch + kHour + 1, 500e6}, {kEpoch + 7 * kHour, 700e6}}
        << 3.0;
    // 0, 20, 40, 60 min -> 4, 1, 3, 10 MB, sorted 1, 3, 4, 10: median (3 + 4) / 2 = 3.5.
    QTest::newRow("even count")
        << QList<MemorySample>{{kEpoch, 4e6}, {kEpoch + 20 * kMinute, 1e6}, {kEpoch + 40 * kMinute, 3e6},
                               {kEpoch + kHour, 10e6}, {kEpoch + 2 * kHour, 900e6}, {kEpoch + 6 * kHour, 1e6}}
        << 3.5;
    // Only the first sample lies within the hour.
    QTest::newRow("one sample in the hour")
        << QList<MemorySample>{{kEpoch, 250e6}, {kEpoch + 2 * kHour, 300e6}} << 250.0;
    // 7 and 9 MB, both at t0: median 8.
    QTest::newRow("equal times at the start")
        << QList<MemorySample>{{kEpoch, 9e6}, {kEpoch, 7e6}, {kEpoch + 3 * kHour, 1e6}} << 8.0;
}

void TestSeriesStatistics::baseline_isTheMedianOfTheFirstHour()
{
    QFETCH(QList<MemorySample>, samples);
    QFETCH(double, baselineMB);
    QVERIFY(near(statisticsOf(seriesOf(samples)).baselineMB, baselineMB));
}

void TestSeriesStatistics::baseline_ofARunShorterThan6h_isTheMedianOfItsFirstSixth_data()
{
    QTest::addColumn<QList<MemorySample>>("samples");
    QTest::addColumn<double>("window"); // ms
    QTest::addColumn<double>("baselineMB");

    // A leak of 1 MB a minute, sampled every `step` seconds for `minutes`: 100 + minute MB.
    const auto leaking = [](int minutes, int step) {
        QList<MemorySample> samples;
        for (int second = 0; second <= minutes * 60; second += step)
            samples.append({kEpoch + second * 1000LL, (100 + second / 60.0) * 1e6});
        return samples;
    };
    // 60 min: the first 10 min hold 0, 5, 10 -> 100, 105, 110: median 105 (the whole hour's is 130).
    QTest::newRow("one hour") << leaking(60, 300) << 10.0 * kMinute << 105.0;
    // 3 h: the first 30 min hold 0, 10, 20, 30 -> median (110 + 120) / 2 = 115.
    QTest::newRow("three hours") << leaking(180, 600) << 30.0 * kMinute << 115.0;
    // 5 min every 10 s: the first 50 s hold 0, 10, .. 50 s: median 100 + 25 s = 100 + 25/60 MB.
    QTest::newRow("five minutes") << leaking(5, 10) << 50'000.0 << (100 + 25 / 60.0);
    // Just under 6 h: just under an hour, 0 and 59 min: median 129.5.
    QTest::newRow("5 h 54 min") << leaking(354, 59 * 60) << 59.0 * kMinute << 129.5;
    // A single sample: the window is empty, the baseline that sample.
    QTest::newRow("one sample") << QList<MemorySample>{{kEpoch, 42e6}} << 0.0 << 42.0;
}

void TestSeriesStatistics::baseline_ofARunShorterThan6h_isTheMedianOfItsFirstSixth()
{
    QFETCH(QList<MemorySample>, samples);
    QFETCH(double, window);
    QFETCH(double, baselineMB);
    const SeriesStatistics stats = statisticsOf(seriesOf(samples));
    QVERIFY2(near(stats.baselineMB, baselineMB), qPrintable(QString::number(stats.baselineMB, 'g', 17)));
    QVERIFY2(near(stats.baselineWindow, window), qPrintable(QString::number(stats.baselineWindow, 'g', 17)));
    QVERIFY(!stats.baselineIsFirstHour());
}

void TestSeriesStatistics::after6h_interpolatesAtSixHours_data()
{
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<QList<double>>("megabytes");
    QTest::addColumn<bool>("expected");
    QTest::addColumn<double>("after6hMB");

    QTest::newRow("exactly on a sample") << QList<double>{0, 3, 6, 9} << QList<double>{100, 200, 300, 50} << true
                                         << 300.0;
    // Between 5 h (200) and 7 h (260): 200 + (260 - 200) * (6 - 5) / (7 - 5) = 230.
    QTest::newRow("between samples") << QList<double>{0, 5, 7} << QList<double>{100, 200, 260} << true << 230.0;
    // Between 5.5 h (400) and 6.25 h (100): 400 + (100 - 400) * 0.5 / 0.75 = 200.
    QTest::newRow("falling between samples") << QList<double>{0, 5.5, 6.25} << QList<double>{380, 400, 100} << true
                                             << 200.0;
    QTest::newRow("ends at 6 h") << QList<double>{0, 2, 6} << QList<double>{100, 150, 190} << true << 190.0;
    QTest::newRow("shorter than 6 h") << QList<double>{0, 2, 5.999} << QList<double>{100, 150, 190} << false << 0.0;
    QTest::newRow("single sample") << QList<double>{0} << QList<double>{100} << false << 0.0;
}

void TestSeriesStatistics::after6h_interpolatesAtSixHours()
{
    QFETCH(QList<double>, hours);
    QFETCH(QList<double>, megabytes);
    QFETCH(bool, expected);
    QFETCH(double, after6hMB);
    const SeriesStatistics stats = statisticsOf(seriesAtHours(hours, megabytes));
    QCOMPARE(stats.after6hMB.has_value(), expected);
    if (expected)
        QVERIFY2(near(*stats.after6hMB, after6hMB), qPrintable(QString::number(*stats.after6hMB, 'g', 17)));
}

void TestSeriesStatistics::singleSample_hasNoGrowth()
{
    const SeriesStatistics stats = statisticsOf(seriesOf({{kEpoch, 123.5e6}}));
    QCOMPARE(stats.sampleCount, 1);
    QCOMPARE(stats.durationHours, 0.0);
    QVERIFY(!stats.growthMBPerHour);
    QVERIFY(!stats.rSquared);
    QCOMPARE(stats.baselineMB, 123.5);
    QVERIFY(!stats.after6hMB);
    QCOMPARE(stats.peakMB, 123.5);
}

void TestSeriesStatistics::equalTimes_haveNoGrowth()
{
    // No spread in time: the slope is undefined. Median of 10, 20, 30 is 20.
    const SeriesStatistics stats = statisticsOf(seriesOf({{kEpoch, 10e6}, {kEpoch, 30e6}, {kEpoch, 20e6}}));
    QVERIFY(!stats.growthMBPerHour);
    QVERIFY(!stats.rSquared);
    QCOMPARE(stats.baselineMB, 20.0);
    QCOMPARE(stats.peakMB, 30.0);
}

void TestSeriesStatistics::equalValues_haveZeroGrowthAndNoFit()
{
    // 0.1 MB is not a binary fraction: the mean of equal values may differ from them by a crumb,
    // which must not turn into a slope or an R^2.
    QList<MemorySample> samples;
    for (int i = 0; i < 1000; ++i)
        samples.append({kEpoch + i * 15'000, 100'000.1});
    const SeriesStatistics stats = statisticsOf(seriesOf(samples));
    QVERIFY(stats.growthMBPerHour);
    QVERIFY(std::abs(*stats.growthMBPerHour) < 1e-12);
    QVERIFY(!stats.rSquared);
}

void TestSeriesStatistics::emptySeries_hasNoStatistics()
{
    QVERIFY(!SeriesStatistics::compute(MemorySeries()));
    QVERIFY(!SeriesStatistics::compute(seriesOf({}, MemorySeries::TimeUnit::Instructions)));
}

void TestSeriesStatistics::otherTimeUnits_haveNoHours_data()
{
    QTest::addColumn<MemorySeries::TimeUnit>("unit");
    QTest::newRow("instructions") << MemorySeries::TimeUnit::Instructions;
    QTest::newRow("bytes allocated") << MemorySeries::TimeUnit::BytesAllocated;
}

void TestSeriesStatistics::otherTimeUnits_haveNoHours()
{
    QFETCH(MemorySeries::TimeUnit, unit);
    // Massif snapshots far apart in instructions; values 40, 10, 30, 20, 90 MB. The baseline is
    // the first sixth of the run (83.3e9): 40, 10, 30 -> median 30; peak 90.
    const MemorySeries series = seriesOf({{0, 40e6}, {2'000'000'000, 10e6}, {40'000'000'000, 30e6},
                                          {90'000'000'000, 20e6}, {500'000'000'000, 90e6}},
                                         unit);
    const SeriesStatistics stats = statisticsOf(series);
    QCOMPARE(stats.sampleCount, 5);
    QCOMPARE(stats.durationHours, 0.0);
    QVERIFY(!stats.growthMBPerHour);
    QVERIFY(!stats.rSquared);
    QVERIFY(!stats.after6hMB);
    QCOMPARE(stats.baselineMB, 30.0);
    QCOMPARE(stats.peakMB, 90.0);
    QCOMPARE(stats.span, 500e9);
    QCOMPARE(stats.timeUnit, unit);
}

void TestSeriesStatistics::improvement_comparesBeforeWithAfter_data()
{
    QTest::addColumn<double>("beforeGrowth");
    QTest::addColumn<double>("afterGrowth");
    QTest::addColumn<double>("beforeAfter6h");
    QTest::addColumn<double>("afterAfter6h");
    QTest::addColumn<double>("beforePeak");
    QTest::addColumn<double>("afterPeak");
    // Expected; NaN stands for "none".
    QTest::addColumn<double>("growthReduction");
    QTest::addColumn<double>("growthPercent");
    QTest::addColumn<double>("after6hReduction");
    QTest::addColumn<double>("after6hPercent");
    QTest::addColumn<double>("peakReduction");
    QTest::addColumn<double>("peakPercent");

    const double none = std::nan("");
    // 10 -> 2 MB/h: 8 less, 8 / 10 = 80 %. 500 -> 300 MB: 200, 40 %. 800 -> 600: 200, 25 %.
    QTest::newRow("fixed leak") << 10.0 << 2.0 << 500.0 << 300.0 << 800.0 << 600.0
                                << 8.0 << 80.0 << 200.0 << 40.0 << 200.0 << 25.0;
    // 4 -> 5 MB/h: -1, -25 %. 400 -> 440: -40, -10 %. 500 -> 550: -50, -10 %.
    QTest::newRow("after is worse") << 4.0 << 5.0 << 400.0 << 440.0 << 500.0 << 550.0
                                    << -1.0 << -25.0 << -40.0 << -10.0 << -50.0 << -10.0;
    // A flat "before" has no growth to reduce in percent: 0 - (-1) = 1 MB/h, no percentage.
    QTest::newRow("before growth zero") << 0.0 << -1.0 << 300.0 << 300.0 << 300.0 << 150.0
                                        << 1.0 << none << 0.0 << 0.0 << 150.0 << 50.0;
    // A shrinking "before": -2 - (-3) = 1 MB/h, no percentage.
    QTest::newRow("before growth negative") << -2.0 << -3.0 << 200.0 << 100.0 << 250.0 << 125.0
                                            << 1.0 << none << 100.0 << 50.0 << 125.0 << 50.0;
    // Nothing in memory before: differences exist, percentages do not.
    QTest::newRow("before values zero") << 3.0 << 1.5 << 0.0 << 10.0 << 0.0 << 10.0
                                        << 1.5 << 50.0 << -10.0 << none << -10.0 << none;
}

void TestSeriesStatistics::improvement_comparesBeforeWithAfter()
{
    QFETCH(double, beforeGrowth);
    QFETCH(double, afterGrowth);
    QFETCH(double, beforeAfter6h);
    QFETCH(double, afterAfter6h);
    QFETCH(double, beforePeak);
    QFETCH(double, afterPeak);
    QFETCH(double, growthReduction);
    QFETCH(double, growthPercent);
    QFETCH(double, after6hReduction);
    QFETCH(double, after6hPercent);
    QFETCH(double, peakReduction);
    QFETCH(double, peakPercent);

    SeriesStatistics before;
    before.growthMBPerHour = beforeGrowth;
    before.after6hMB = beforeAfter6h;
    before.peakMB = beforePeak;
    SeriesStatistics after;
    after.growthMBPerHour = afterGrowth;
    after.after6hMB = afterAfter6h;
    after.peakMB = afterPeak;
    const SeriesImprovement improvement = SeriesImprovement::between(before, after);

    const auto matches = [](std::optional<double> actual, double expected) {
        if (std::isnan(expected))
            return !actual.has_value();
        return actual.has_value() && near(*actual, expected);
    };
    QVERIFY(matches(improvement.growthReductionMBPerHour, growthReduction));
    QVERIFY(matches(improvement.growthReductionPercent, growthPercent));
    QVERIFY(matches(improvement.after6hReductionMB, after6hReduction));
    QVERIFY(matches(improvement.after6hReductionPercent, after6hPercent));
    QVERIFY(near(improvement.peakReductionMB, peakReduction));
    QVERIFY(matches(improvement.peakReductionPercent, peakPercent));
}

void TestSeriesStatistics::improvement_withMissingValues_hasNoReductions()
{
    // A massif "before" (no growth, no 6 h value) against a wall-clock "after".
    SeriesStatistics before;
    before.peakMB = 400;
    SeriesStatistics after;
    after.growthMBPerHour = 1.0;
    after.after6hMB = 120;
    after.peakMB = 300;
    SeriesImprovement improvement = SeriesImprovement::between(before, after);
    QVERIFY(!improvement.growthReductionMBPerHour);
    QVERIFY(!improvement.growthReductionPercent);
    QVERIFY(!improvement.after6hReductionMB);
    QVERIFY(!improvement.after6hReductionPercent);
    QCOMPARE(improvement.peakReductionMB, 100.0);
    QVERIFY(improvement.peakReductionPercent && near(*improvement.peakReductionPercent, 25.0));

    // And the other way round: the "after" values are missing.
    improvement = SeriesImprovement::between(after, before);
    QVERIFY(!improvement.growthReductionMBPerHour);
    QVERIFY(!improvement.growthReductionPercent);
    QVERIFY(!improvement.after6hReductionMB);
    QVERIFY(!improvement.after6hReductionPercent);
}

void TestSeriesStatistics::summary_leavesOutWhatTheSeriesCannotGive()
{
    // A massif "before" (no growth, no 6 h value) against a wall-clock "after" without a fit.
    SeriesStatistics before;
    before.baselineMB = 250;
    before.peakMB = 400;
    SeriesStatistics after;
    after.growthMBPerHour = 0.5;
    after.baselineMB = 118.25;
    after.after6hMB = 120;
    after.peakMB = 300;
    const SummaryLine beforeLine = SeriesSummary::statistics(u"Before fix"_s, before);
    QCOMPARE(beforeLine.label, u"Before fix"_s);
    QCOMPARE(beforeLine.parts, (QStringList{u"baseline 250 MB"_s, u"peak 400 MB"_s}));
    QCOMPARE(SeriesSummary::statistics(u"After fix"_s, after).parts,
             (QStringList{u"growth 0.5 MB/hour"_s, u"baseline 118 MB"_s, u"after 6 h 120 MB"_s, u"peak 300 MB"_s}));
    const SummaryLine improvement = SeriesSummary::improvement(SeriesImprovement::between(before, after));
    QCOMPARE(improvement.label, u"Improvement"_s);
    QCOMPARE(improvement.parts, QStringList{u"peak 25% lower"_s});
}

void TestSeriesStatistics::summary_ofAMassifSeries_saysWhyThereIsNoRate_data()
{
    QTest::addColumn<MemorySeries::TimeUnit>("unit");
    QTest::addColumn<QStringList>("parts");
    QTest::addColumn<QString>("extent");
    // Samples at 0, 60e6, 120e6, 180e6, 240e6, 300e6, 360e6 of 10 .. 70 MB: the first sixth is
    // 60e6, two samples, median 15 MB.
    QTest::newRow("instructions")
        << MemorySeries::TimeUnit::Instructions
        << QStringList{u"no growth per hour: the samples are timed in instructions, not in time (profile with valgrind "
                       "--tool=massif --time-unit=ms for a rate)"_s,
                       u"baseline 15 MB (median of the first 60 million instructions, a sixth of the run)"_s,
                       u"peak 70 MB"_s}
        << u"7 samples over 360 million instructions"_s;
    QTest::newRow("bytes allocated")
        << MemorySeries::TimeUnit::BytesAllocated
        << QStringList{u"no growth per hour: the samples are timed in bytes allocated, not in time (profile with "
                       "valgrind --tool=massif --time-unit=ms for a rate)"_s,
                       u"baseline 15 MB (median of the first 60 MB allocated, a sixth of the run)"_s, u"peak 70 MB"_s}
        << u"7 samples over 360 MB allocated"_s;
}

void TestSeriesStatistics::summary_ofAMassifSeries_saysWhyThereIsNoRate()
{
    QFETCH(MemorySeries::TimeUnit, unit);
    QFETCH(QStringList, parts);
    QFETCH(QString, extent);
    QList<MemorySample> samples;
    for (int i = 0; i <= 6; ++i)
        samples.append({i * 60'000'000LL, (i + 1) * 10e6});
    const SeriesStatistics stats = statisticsOf(seriesOf(samples, unit));
    QCOMPARE(SeriesSummary::statistics(u"Before fix"_s, stats).parts, parts);
    QCOMPARE(SeriesSummary::extent(stats), extent);
}

void TestSeriesStatistics::summary_ofAShortRun_saysWhatItsBaselineIs()
{
    // 100 + 1 MB a minute, every 5 min for an hour: growth 60 MB/h; baseline of the first 10 min.
    QList<MemorySample> samples;
    for (int minute = 0; minute <= 60; minute += 5)
        samples.append({kEpoch + minute * kMinute, (100 + minute) * 1e6});
    const SeriesStatistics stats = statisticsOf(seriesOf(samples));
    QCOMPARE(SeriesSummary::statistics(u"Before fix"_s, stats).parts,
             (QStringList{u"growth 60 MB/hour (R\u00b2 1.00)"_s,
                          u"baseline 105 MB (median of the first 10 min, a sixth of the run)"_s, u"peak 160 MB"_s}));
    // Not "over 0.0 h" or "1.0 h": the unit fits the span.
    QCOMPARE(SeriesSummary::extent(stats), u"13 samples over 60 min"_s);
    samples.resize(2); // 5 minutes
    QCOMPARE(SeriesSummary::extent(statisticsOf(seriesOf(samples))), u"2 samples over 5 min"_s);
    QCOMPARE(SeriesSummary::statistics(u"x"_s, statisticsOf(seriesOf(samples))).parts.at(1),
             u"baseline 100 MB (median of the first 50 s, a sixth of the run)"_s);
}

void TestSeriesStatistics::summary_ofBeforeAndAfterOnDifferentAxes_saysSo()
{
    const SeriesStatistics timed = statisticsOf(seriesOf({{0, 1e6}, {kHour, 2e6}}));
    const SeriesStatistics counted = statisticsOf(seriesOf({{0, 1e6}, {1000, 2e6}}, MemorySeries::TimeUnit::Instructions));
    QCOMPARE(SeriesSummary::axesDiffer(timed, timed), QString());
    QCOMPARE(SeriesSummary::axesDiffer(timed, counted),
             u"The before series is measured in time and the after series in instructions: the chart shows only the "
             "before series (one x axis per chart), and only their peaks compare."_s);
}

QTEST_GUILESS_MAIN(TestSeriesStatistics)
#include "tst_seriesstatistics.moc"
