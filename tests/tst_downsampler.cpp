#include "series/downsampler.h"
#include "testsupport.h"

#include <QTest>

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

constexpr qint64 kEpoch = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kStep = 15'000;             // a scrape every 15 s

// Deterministic values with ties rare enough not to matter (splitmix64).
double pseudoRandomBytes(quint64 index)
{
    quint64 z = index * 0x9E3779B97F4A7C15ull + 0x1234567ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return 100e6 + double(z % 50'000'000);
}

QList<MemorySample> noisySeries(int count, qint64 step = kStep)
{
    QList<MemorySample> samples;
    samples.reserve(count);
    for (int i = 0; i < count; ++i)
        samples.append({kEpoch + qint64(i) * step, pseudoRandomBytes(quint64(i))});
    return samples;
}

bool sortedByTime(const QList<MemorySample> &samples)
{
    return std::is_sorted(samples.cbegin(), samples.cend(),
                          [](const MemorySample &a, const MemorySample &b) { return a.time < b.time; });
}

// What minMaxPerColumn must give, written the slow obvious way: each visible sample's slice by
// the formula in the header, the first lowest and first highest of each slice, the neighbours.
QList<MemorySample> reference(const QList<MemorySample> &samples, qint64 from, qint64 to, int columns)
{
    QList<MemorySample> out;
    qsizetype before = -1;
    qsizetype after = -1;
    std::map<qint64, std::pair<qsizetype, qsizetype>> extremes; // slice -> (lowest, highest) index
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const qint64 t = samples[i].time;
        if (t < from) {
            before = i;
        } else if (t > to) {
            if (after < 0)
                after = i;
        } else {
            const qint64 slice = to == from ? 0 : std::min<qint64>(columns - 1, (t - from) * columns / (to - from));
            auto [it, inserted] = extremes.try_emplace(slice, i, i);
            if (samples[i].bytes < samples[it->second.first].bytes)
                it->second.first = i;
            if (samples[i].bytes > samples[it->second.second].bytes)
                it->second.second = i;
        }
    }
    if (before >= 0)
        out.append(samples[before]);
    for (const auto &[slice, lowHigh] : extremes) {
        out.append(samples[std::min(lowHigh.first, lowHigh.second)]);
        if (lowHigh.first != lowHigh.second)
            out.append(samples[std::max(lowHigh.first, lowHigh.second)]);
    }
    if (after >= 0)
        out.append(samples[after]);
    return out;
}

} // namespace

class TestDownsampler : public QObject
{
    Q_OBJECT

private slots:
    void aSingleSpikeAmongAMillionFlatSamples_survives();
    void output_matchesTheSliceByDefinition_data();
    void output_matchesTheSliceByDefinition();
    void output_staysWithinTwoSamplesPerColumnPlusEdges_data();
    void output_staysWithinTwoSamplesPerColumnPlusEdges();
    void neighboursOutsideTheRange_areAdded();
    void minimumAndMaximum_comeInTimeOrder();
    void emptyOrInvertedRange_givesNothingOrOnlyNeighbours();
    void rangeOutsideTheData_givesOnlyTheNearestSample();
    void noColumns_giveNothing_data();
    void noColumns_giveNothing();
    void smallInputs_areReturnedUnchanged();
    void theWholeTimeRange_doesNotOverflow();
};

void TestDownsampler::aSingleSpikeAmongAMillionFlatSamples_survives()
{
    constexpr int kCount = 1'000'000;
    QList<MemorySample> samples;
    samples.reserve(kCount);
    for (int i = 0; i < kCount; ++i)
        samples.append({kEpoch + qint64(i) * kStep, 200e6});
    const MemorySample spike{samples[654'321].time, 900e6};
    const MemorySample dip{samples[123'457].time, 10e6};
    samples[654'321] = spike;
    samples[123'457] = dip;

    const QList<MemorySample> out
        = Downsampler::minMaxPerColumn(samples, samples.first().time, samples.last().time, 2000);
    QVERIFY(out.size() <= 2 * 2000 + 2);
    QVERIFY(out.contains(spike));
    QVERIFY(out.contains(dip));
    QVERIFY(sortedByTime(out));
}

void TestDownsampler::output_matchesTheSliceByDefinition_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("columns");

    const qint64 end = kEpoch + 9'999 * kStep;
    QTest::newRow("whole series") << 10'000 << kEpoch << end << 100;
    QTest::newRow("zoomed tenth") << 10'000 << kEpoch + 4'000 * kStep << kEpoch + 5'000 * kStep << 37;
    QTest::newRow("range wider than the data") << 10'000 << kEpoch - 1'000'000 << end + 5'000'000 << 211;
    QTest::newRow("range edges between samples") << 10'000 << kEpoch + 7 << end - 7 << 64;
    QTest::newRow("one column") << 10'000 << kEpoch + 10 * kStep << kEpoch + 2'000 * kStep << 1;
    QTest::newRow("more columns than milliseconds") << 10'000 << kEpoch << kEpoch + 999 << 500;
}

void TestDownsampler::output_matchesTheSliceByDefinition()
{
    QFETCH(int, count);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, columns);
    // 1 ms apart for the row whose range is narrower than its columns: still more samples than 2 * columns.
    const QList<MemorySample> samples = noisySeries(count, to - from < columns ? 1 : kStep);
    QCOMPARE(Downsampler::minMaxPerColumn(samples, from, to, columns), reference(samples, from, to, columns));
}

void TestDownsampler::output_staysWithinTwoSamplesPerColumnPlusEdges_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columns");
    QTest::newRow("1M samples, 2000 columns") << 1'000'000 << 2000;
    QTest::newRow("100k samples, 7 columns") << 100'000 << 7;
    QTest::newRow("exactly 2 per column") << 4000 << 2000;
    QTest::newRow("one short of 2 per column") << 3999 << 2000;
}

void TestDownsampler::output_staysWithinTwoSamplesPerColumnPlusEdges()
{
    QFETCH(int, count);
    QFETCH(int, columns);
    const QList<MemorySample> samples = noisySeries(count);
    // Zoomed to the middle half, so both neighbours exist.
    const qint64 from = samples[count / 4].time + 1;
    const qint64 to = samples[3 * count / 4].time - 1;
    const QList<MemorySample> out = Downsampler::minMaxPerColumn(samples, from, to, columns);
    QVERIFY(out.size() <= 2 * columns + 2);
    QVERIFY(out.size() >= 2);
    QVERIFY(sortedByTime(out));
    QVERIFY(out.first().time < from);
    QVERIFY(out.last().time > to);
    for (const MemorySample &s : out) {
        // Every output sample is an input sample (times are unique here).
        const qsizetype index = (s.time - kEpoch) / kStep;
        QCOMPARE(samples[index], s);
    }
}

void TestDownsampler::neighboursOutsideTheRange_areAdded()
{
    const QList<MemorySample> samples = noisySeries(1000);
    // From just after sample 100 to just before sample 900: 100 and 900 are the neighbours.
    const QList<MemorySample> out
        = Downsampler::minMaxPerColumn(samples, samples[100].time + 1, samples[900].time - 1, 50);
    QCOMPARE(out.first(), samples[100]);
    QCOMPARE(out.last(), samples[900]);
    QCOMPARE(out.count(samples[100]), 1);
    QCOMPARE(out.count(samples[900]), 1);

    // The range starts and ends on samples: they are in view, the neighbours are the ones beyond.
    const QList<MemorySample> onSamples = Downsampler::minMaxPerColumn(samples, samples[100].time, samples[900].time, 50);
    QCOMPARE(onSamples.first(), samples[99]);
    QCOMPARE(onSamples.last(), samples[901]);

    // From the first sample to the last: no neighbours to add.
    const QList<MemorySample> whole = Downsampler::minMaxPerColumn(samples, samples.first().time, samples.last().time, 50);
    QVERIFY(whole.first().time >= samples.first().time);
    QVERIFY(whole.last().time <= samples.last().time);
}

void TestDownsampler::minimumAndMaximum_comeInTimeOrder()
{
    // 2 columns over 0..1000 ms, 8 samples: the first slice (0..499) falls, the second rises.
    const QList<MemorySample> samples = {{0, 50}, {100, 90}, {200, 10}, {300, 40},
                                         {500, 30}, {600, 5}, {800, 99}, {1000, 20}};
    const QList<MemorySample> out = Downsampler::minMaxPerColumn(samples, 0, 1000, 2);
    // First slice: highest 90 at 100 before lowest 10 at 200. Second: lowest 5 at 600, highest 99 at 800.
    const QList<MemorySample> expected = {{100, 90}, {200, 10}, {600, 5}, {800, 99}};
    QCOMPARE(out, expected);
}

void TestDownsampler::emptyOrInvertedRange_givesNothingOrOnlyNeighbours()
{
    const QList<MemorySample> samples = noisySeries(100);
    QVERIFY(Downsampler::minMaxPerColumn({}, 0, 1000, 10).isEmpty());
    QVERIFY(Downsampler::minMaxPerColumn(samples, samples[50].time, samples[40].time, 10).isEmpty());
    // A view between two samples shows none of them: the line runs from one neighbour to the other.
    const QList<MemorySample> between = {samples[10], samples[11]};
    QCOMPARE(Downsampler::minMaxPerColumn(samples, samples[10].time + 1, samples[11].time - 1, 10), between);
    // A view of one instant that holds a sample.
    const QList<MemorySample> instant = {samples[9], samples[10], samples[11]};
    QCOMPARE(Downsampler::minMaxPerColumn(samples, samples[10].time, samples[10].time, 10), instant);
}

void TestDownsampler::rangeOutsideTheData_givesOnlyTheNearestSample()
{
    const QList<MemorySample> samples = noisySeries(10'000);
    const QList<MemorySample> beforeData = {samples.first()};
    QCOMPARE(Downsampler::minMaxPerColumn(samples, 0, kEpoch - 1, 100), beforeData);
    const QList<MemorySample> afterData = {samples.last()};
    QCOMPARE(Downsampler::minMaxPerColumn(samples, samples.last().time + 1, samples.last().time + 1'000'000, 100),
             afterData);
}

void TestDownsampler::noColumns_giveNothing_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("zero") << 0;
    QTest::newRow("negative") << -1;
    QTest::newRow("most negative") << std::numeric_limits<int>::min();
}

void TestDownsampler::noColumns_giveNothing()
{
    QFETCH(int, columns);
    const QList<MemorySample> samples = noisySeries(100);
    QVERIFY(Downsampler::minMaxPerColumn(samples, samples.first().time, samples.last().time, columns).isEmpty());
}

void TestDownsampler::smallInputs_areReturnedUnchanged()
{
    const QList<MemorySample> samples = noisySeries(3999);
    QCOMPARE(Downsampler::minMaxPerColumn(samples, samples.first().time, samples.last().time, 2000), samples);
    // Zoomed: the samples in view and both neighbours, as they are.
    QCOMPARE(Downsampler::minMaxPerColumn(samples, samples[1000].time, samples[1999].time, 600),
             samples.mid(999, 1002));
    // A few samples, many columns, a range wider than the data.
    const QList<MemorySample> few = noisySeries(5);
    QCOMPARE(Downsampler::minMaxPerColumn(few, 0, std::numeric_limits<qint64>::max(), 2000), few);
}

void TestDownsampler::theWholeTimeRange_doesNotOverflow()
{
    // toTime - fromTime does not fit in qint64; the slices must still be right.
    QList<MemorySample> samples = {{std::numeric_limits<qint64>::min(), 7}, {-5, 3}, {0, 1}, {4, 9},
                                   {std::numeric_limits<qint64>::max(), 2}};
    const QList<MemorySample> out = Downsampler::minMaxPerColumn(
        samples, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), 2);
    // Slice 0 holds times below 0 (min .. -5): highest 7 first, lowest 3; slice 1 from 0: lowest 1, highest 9.
    const QList<MemorySample> expected = {{std::numeric_limits<qint64>::min(), 7}, {-5, 3}, {0, 1}, {4, 9}};
    QCOMPARE(out, expected);
    QVERIFY(sortedByTime(out));
}

QTEST_GUILESS_MAIN(TestDownsampler)
#include "tst_downsampler.moc"
