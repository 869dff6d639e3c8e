#include "series/growthfit.h"
#include "testsupport.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kEpoch = 1'767'225'600'000; // 2026-01-01T00:00:00Z

// Samples at the given hours after kEpoch with the given values in MB.
MemorySeries seriesAtHours(const QList<double> &hours, const QList<double> &megabytes)
{
    MemorySeries series;
    series.name = u"heap"_s;
    for (qsizetype i = 0; i < hours.size(); ++i)
        series.samples.append({kEpoch + qint64(std::llround(hours[i] * double(kHour))), megabytes[i] * kBytesPerMB});
    return series;
}

// A garbage-collected heap: every `period` hours it climbs `climbMB` and drops back to a floor
// that itself rises `floorMBPerHour`; one sample a minute.
MemorySeries sawtooth(double hours, double period, double climbMB, double floorMBPerHour)
{
    QList<double> at, mb;
    for (int minute = 0; minute <= int(hours * 60); ++minute) {
        const double h = minute / 60.0;
        const double phase = std::fmod(h, period) / period;
        at.append(h);
        mb.append(200 + floorMBPerHour * h + climbMB * phase);
    }
    return seriesAtHours(at, mb);
}

bool near(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance;
}

} // namespace

class TestGrowthFit : public QObject
{
    Q_OBJECT

private slots:
    void tQuantile_matchesTheTables_data();
    void tQuantile_matchesTheTables();
    void slopeInterval_matchesHandComputedLeastSquares();
    void autocorrelatedResiduals_widenTheInterval();
    void floorFit_followsTheSawtoothsMinima();
    void timeToLimit_atTheMeasuredRate();
    void timeToLimit_noneWithoutGrowth();
    void shortOrNoisySeries_warn_data();
    void shortOrNoisySeries_warn();
    void untimedSeries_haveNoAnalysis();
};

void TestGrowthFit::tQuantile_matchesTheTables_data()
{
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // Two-sided 95 % quantiles of Student's t (any statistics table; R's qt(0.975, df)).
    QTest::newRow("1") << 1.0 << 12.706205;
    QTest::newRow("2") << 2.0 << 4.302653;
    QTest::newRow("8") << 8.0 << 2.306004;
    QTest::newRow("30") << 30.0 << 2.042272;
    QTest::newRow("31") << 31.0 << 2.039513;
    QTest::newRow("40") << 40.0 << 2.021075;
    QTest::newRow("60") << 60.0 << 2.000298;
    QTest::newRow("120") << 120.0 << 1.979930;
    QTest::newRow("1e6") << 1e6 << 1.959966;
}

void TestGrowthFit::tQuantile_matchesTheTables()
{
    QFETCH(double, df);
    QFETCH(double, expected);
    QVERIFY2(near(GrowthAnalysis::tQuantile975(df), expected, 2e-6),
             qPrintable(QString::number(GrowthAnalysis::tQuantile975(df), 'g', 10)));
    // Fractional degrees of freedom lie between their neighbours.
    if (df >= 2 && df < 30) {
        const double between = GrowthAnalysis::tQuantile975(df + 0.5);
        QVERIFY(between < GrowthAnalysis::tQuantile975(df) && between > GrowthAnalysis::tQuantile975(df + 1));
    }
}

// Ten hourly samples; slope, standard error and interval computed by hand (Python, the textbook
// formulas): slope 1.909091, SE 0.218182, t(8) 2.306004, half-width 0.503128. The residuals'
// lag-1 autocorrelation is negative (-0.486), so nothing is widened.
void TestGrowthFit::slopeInterval_matchesHandComputedLeastSquares()
{
    const auto analysis = GrowthAnalysis::of(seriesAtHours({0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                                                            {100, 103, 101, 107, 108, 106, 112, 115, 113, 118}));
    QVERIFY(analysis && analysis->raw);
    const SlopeEstimate &raw = *analysis->raw;
    QVERIFY(near(raw.mbPerHour, 1.9090909090909092, 1e-9));
    QVERIFY(near(raw.standardError, 0.21818181818181798, 1e-9));
    QVERIFY(near(raw.residualAutocorrelation, -0.48622685185185144, 1e-9));
    QCOMPARE(raw.effectiveSamples, 10.0);
    QVERIFY(near(raw.halfWidth, 0.503128145454545, 1e-6));
    QVERIFY(!raw.isFlat());
    QVERIFY(raw.holds(1.5) && !raw.holds(1.3));
}

// A sawtooth's residuals run in long stretches: the effective sample size shrinks to n(1-r)/(1+r)
// and the interval grows accordingly (the textbook one would claim a precision the data lacks).
void TestGrowthFit::autocorrelatedResiduals_widenTheInterval()
{
    const auto analysis = GrowthAnalysis::of(sawtooth(6, 1.0, 50, 5));
    QVERIFY(analysis && analysis->raw);
    const SlopeEstimate &raw = *analysis->raw;
    QVERIFY2(raw.residualAutocorrelation > 0.8, qPrintable(QString::number(raw.residualAutocorrelation)));
    const double r = raw.residualAutocorrelation;
    const double n = raw.points;
    QVERIFY(near(raw.effectiveSamples, std::max(3.0, n * (1 - r) / (1 + r)), 1e-9));
    const double expected = GrowthAnalysis::tQuantile975(raw.effectiveSamples - 2) * raw.standardError
        * std::sqrt((n - 2) / (raw.effectiveSamples - 2));
    QVERIFY(near(raw.halfWidth, expected, 1e-9));
    QVERIFY(raw.halfWidth > 3 * GrowthAnalysis::tQuantile975(n - 2) * raw.standardError);
}

// The floor rises 5 MB/hour; the raw fit sees the climbs too. The fit through the bottoms of the
// drops finds the floor's rate, one point per collection.
void TestGrowthFit::floorFit_followsTheSawtoothsMinima()
{
    const auto analysis = GrowthAnalysis::of(sawtooth(12, 0.5, 40, 5));
    QVERIFY(analysis && analysis->floor);
    QVERIFY2(near(analysis->floor->mbPerHour, 5, 0.5), qPrintable(QString::number(analysis->floor->mbPerHour)));
    QCOMPARE(analysis->floor->points, 24); // a collection every 30 minutes for 12 hours
    // The floor lies below the raw line by about half a climb.
    QVERIFY2(analysis->floor->interceptMB < analysis->raw->interceptMB - 15, qPrintable(QString::number(analysis->floor->interceptMB)));
    // A line without collections has no floor to fit.
    const auto smooth = GrowthAnalysis::of(seriesAtHours({0, 1, 2, 3, 4, 5}, {100, 110, 120, 130, 140, 150}));
    QVERIFY(smooth && !smooth->floor);
}

// "OOM in ~14 h at 38 MB/hour with a 768 MB limit": 200 MB growing 38 MB/hour for an hour ends
// at 238 MB, 530 MB below the limit.
void TestGrowthFit::timeToLimit_atTheMeasuredRate()
{
    QList<double> at, mb;
    for (int minute = 0; minute <= 60; ++minute) {
        at.append(minute / 60.0);
        mb.append(200 + 38 * minute / 60.0 + (minute % 2 ? 0.5 : -0.5));
    }
    const auto analysis = GrowthAnalysis::of(seriesAtHours(at, mb));
    QVERIFY(analysis && analysis->raw);
    const auto toLimit = TimeToLimit::of(*analysis->raw, 768);
    QVERIFY(toLimit);
    QVERIFY2(near(toLimit->hours, 530.0 / 38, 0.05), qPrintable(QString::number(toLimit->hours)));
    QVERIFY(toLimit->soonest < toLimit->hours);
    QVERIFY(toLimit->latest && *toLimit->latest > toLimit->hours);
    QVERIFY(!toLimit->alreadyReached);
    const auto over = TimeToLimit::of(*analysis->raw, 230);
    QVERIFY(over && over->alreadyReached);
}

void TestGrowthFit::timeToLimit_noneWithoutGrowth()
{
    const auto analysis = GrowthAnalysis::of(seriesAtHours({0, 1, 2, 3, 4}, {300, 299, 298, 297, 296}));
    QVERIFY(analysis && analysis->raw);
    QVERIFY(!TimeToLimit::of(*analysis->raw, 768));
    QVERIFY(!TimeToLimit::of(*analysis->raw, 0));
}

void TestGrowthFit::shortOrNoisySeries_warn_data()
{
    QTest::addColumn<MemorySeries>("series");
    QTest::addColumn<QString>("warning"); // a word of the expected warning; empty for none
    QTest::newRow("clean 6 h") << sawtooth(6, 0.25, 2, 30) << QString();
    QTest::newRow("5 samples") << seriesAtHours({0, 1, 2, 3, 4}, {100, 110, 120, 131, 140}) << u"too few"_s;
    QTest::newRow("20 minutes") << sawtooth(1.0 / 3, 0.05, 1, 30) << u"too short"_s;
    QTest::newRow("noise hides the rate")
        << seriesAtHours({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
                         {100, 180, 90, 170, 120, 60, 190, 110, 70, 160, 130, 120})
        << u"too noisy"_s;
}

void TestGrowthFit::shortOrNoisySeries_warn()
{
    QFETCH(MemorySeries, series);
    QFETCH(QString, warning);
    const auto analysis = GrowthAnalysis::of(series);
    QVERIFY(analysis);
    const QString all = analysis->warnings.join(u" | "_s);
    if (warning.isEmpty())
        QVERIFY2(analysis->warnings.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(warning), qPrintable(all));
}

void TestGrowthFit::untimedSeries_haveNoAnalysis()
{
    MemorySeries series = seriesAtHours({0, 1, 2, 3}, {1, 2, 3, 4});
    series.timeUnit = MemorySeries::TimeUnit::Instructions;
    QVERIFY(!GrowthAnalysis::of(series));
    QVERIFY(!GrowthAnalysis::of(seriesAtHours({0, 1}, {1, 2})));
}

QTEST_GUILESS_MAIN(TestGrowthFit)
#include "tst_growthfit.moc"
