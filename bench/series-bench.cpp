// Prints how fast memory series go from a file to the chart: import of a million generated
// samples per format (Grafana CSV, Prometheus query_range JSON), the statistics over them and the
// chart's downsampling. Medians of several runs; never fails on timing, only when something does
// not work at all. A format whose reader fails is reported and skipped.
#include "series/downsampler.h"
#include "series/seriesimporter.h"
#include "series/seriesstatistics.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kStartMs = 1'767'225'600'000; // 2026-01-01T00:00:00Z
constexpr qint64 kStepMs = 15'000;             // the usual scrape interval
constexpr qint64 kMsPerDay = 86'400'000;
constexpr int kSampleCount = 1'000'000;
constexpr int kPrometheusSeries = 4;
constexpr int kColumns = 2000;
constexpr quint64 kSeed = 20260101;
constexpr double kLeakMBPerHour = 0.1;

// splitmix64: the same numbers on every machine and compiler (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    double between(double low, double high) { return low + (high - low) * unit(); }

private:
    quint64 m_state;
};

// A leaking Node.js heap scraped every 15 s: a slow leak, garbage piling up between collections
// (a sawtooth of a few minutes), and some noise. Whole bytes, as exporters report them. A million
// samples span 174 days, so the leak is slow: 0.1 MB/h is 420 MB over the whole series.
class HeapModel
{
public:
    HeapModel(quint64 seed, double leakMBPerHour) : m_random(seed), m_leakPerSample(leakMBPerHour * 1e6 * kStepMs / 3.6e6)
    {
    }
    qint64 next()
    {
        m_live += m_leakPerSample;
        m_garbage += m_random.between(0.8e6, 2.2e6);
        if (m_garbage > m_collectAt) { // a major GC: most garbage goes, the next threshold differs
            m_garbage = m_random.between(1e6, 4e6);
            m_collectAt = m_random.between(25e6, 45e6);
        }
        return std::llround(m_live + m_garbage + m_random.between(-0.5e6, 0.5e6));
    }

private:
    Random m_random;
    double m_leakPerSample;
    double m_live = 180e6;
    double m_garbage = 0;
    double m_collectAt = 35e6;
};

lr::MemorySeries generatedSeries(int count)
{
    lr::MemorySeries series;
    series.name = u"generated"_s;
    series.samples.reserve(count);
    HeapModel heap(kSeed, kLeakMBPerHour);
    for (int i = 0; i < count; ++i)
        series.samples.append({kStartMs + qint64(i) * kStepMs, double(heap.next())});
    return series;
}

// "2026-01-01T00:00:15.000Z", with the date formatted once per day.
class IsoTimeWriter
{
public:
    const char *format(qint64 ms)
    {
        const qint64 day = ms / kMsPerDay;
        if (day != m_day) {
            m_day = day;
            m_date = QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
        }
        const qint64 inDay = ms % kMsPerDay;
        std::snprintf(m_text, sizeof m_text, "%sT%02d:%02d:%02d.%03dZ", m_date.constData(), int(inDay / 3'600'000),
                      int(inDay / 60'000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
        return m_text;
    }

private:
    qint64 m_day = -1;
    QByteArray m_date;
    char m_text[40] = {};
};

// What Grafana's "Inspect > Data > Download CSV" writes for one time series.
QByteArray grafanaCsv(int rows)
{
    QByteArray csv;
    csv.reserve(qsizetype(rows) * 40);
    csv += "\"Time\",\"nodejs_heap_used_bytes{instance=\"\"gw-3:9100\"\"}\"\n";
    HeapModel heap(kSeed, kLeakMBPerHour);
    IsoTimeWriter time;
    char line[80];
    for (int i = 0; i < rows; ++i) {
        const int length = std::snprintf(line, sizeof line, "%s,%lld\n", time.format(kStartMs + qint64(i) * kStepMs),
                                         qlonglong(heap.next()));
        csv.append(line, length);
    }
    return csv;
}

// A /api/v1/query_range answer: one matrix element per gateway instance, Unix seconds, values as strings.
QByteArray prometheusJson(int seriesCount, int pointsPerSeries)
{
    QByteArray json;
    json.reserve(qsizetype(seriesCount) * pointsPerSeries * 28 + 1024);
    json += R"({"status":"success","data":{"resultType":"matrix","result":[)";
    char point[64];
    for (int s = 0; s < seriesCount; ++s) {
        if (s > 0)
            json += ',';
        json += R"({"metric":{"__name__":"nodejs_heap_used_bytes","instance":"gw-)" + QByteArray::number(s)
            + R"(:9100","job":"gateway"},"values":[)";
        HeapModel heap(kSeed + quint64(s), kLeakMBPerHour * (0.5 + 0.25 * s));
        for (int i = 0; i < pointsPerSeries; ++i) {
            const int length = std::snprintf(point, sizeof point, "%s[%lld,\"%lld\"]", i > 0 ? "," : "",
                                              qlonglong((kStartMs + qint64(i) * kStepMs) / 1000), qlonglong(heap.next()));
            json.append(point, length);
        }
        json += "]}";
    }
    json += "]}}";
    return json;
}

// Median milliseconds of `runs` runs after one untimed run.
double medianMs(int runs, const std::function<void()> &work)
{
    work();
    std::vector<double> times;
    times.reserve(size_t(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::nth_element(times.begin(), times.begin() + runs / 2, times.end());
    return times[size_t(runs / 2)];
}

QByteArray grouped(qint64 n)
{
    return QLocale(QLocale::English).toString(n).toLatin1();
}

qint64 sampleCount(const lr::SeriesImportResult &result)
{
    qint64 count = 0;
    for (const lr::MemorySeries &series : result.series)
        count += series.samples.size();
    return count;
}

// Imports `data` five times; the last result, or the error of the first run.
lr::SeriesImportResult benchImport(const char *label, const QByteArray &data, const QString &name)
{
    constexpr int kRuns = 5;
    const auto importOnce = [&] {
        QBuffer buffer;
        buffer.setData(data); // shared, not copied
        buffer.open(QIODevice::ReadOnly);
        return lr::SeriesImporter::read(buffer, name);
    };
    lr::SeriesImportResult result = importOnce();
    if (!result.ok()) {
        std::printf("  %-38s %8.1f MB   failed: %s\n", label, double(data.size()) / lr::kBytesPerMB,
                    qPrintable(result.error));
        return result;
    }
    const double ms = medianMs(kRuns, [&] { result = importOnce(); });
    const double megabytes = double(data.size()) / lr::kBytesPerMB;
    std::printf("  %-38s %8.1f MB %9.1f ms %8.1f MB/s  (target >= 100 MB/s)\n", label, megabytes, ms,
                megabytes / (ms / 1000.0));
    std::printf("  %-38s %lld series, %s samples\n", "", qlonglong(result.series.size()),
                grouped(sampleCount(result)).constData());
    return result;
}

QByteArray optionalNumber(const std::optional<double> &value, int decimals)
{
    return value ? QByteArray::number(*value, 'f', decimals) : QByteArray("none");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool works = true;

    QElapsedTimer generation;
    generation.start();
    const QByteArray csv = grafanaCsv(kSampleCount);
    const QByteArray json = prometheusJson(kPrometheusSeries, kSampleCount / kPrometheusSeries);
    std::printf("generated %s samples per format in %.0f ms (fixed seed %llu)\n\n", grouped(kSampleCount).constData(),
                double(generation.nsecsElapsed()) / 1e6, static_cast<unsigned long long>(kSeed));

    std::printf("import: SeriesImporter::read on a QBuffer, median of 5 runs\n");
    const lr::SeriesImportResult fromCsv = benchImport("Grafana CSV, 1,000,000 rows", csv, u"heap.csv"_s);
    benchImport("Prometheus JSON, 4 x 250,000 points", json, u"query_range.json"_s);

    // The statistics run on the imported CSV when its reader works, otherwise on the same
    // samples generated directly.
    const bool csvUsable = fromCsv.ok() && fromCsv.series.size() == 1 && fromCsv.series.first().samples.size() == kSampleCount;
    const lr::MemorySeries series = csvUsable ? fromCsv.series.first() : generatedSeries(kSampleCount);
    std::printf("\nstatistics: SeriesStatistics::compute, %s samples (%s), median of 21 runs\n",
                grouped(series.samples.size()).constData(), csvUsable ? "imported CSV" : "generated directly");
    std::optional<lr::SeriesStatistics> stats;
    const double statsMs = medianMs(21, [&] { stats = lr::SeriesStatistics::compute(series); });
    std::printf("  %-38s %9.3f ms  (target a few ms)\n", "compute", statsMs);
    if (!stats || !stats->growthMBPerHour) {
        std::printf("  no statistics for a series of a million samples\n");
        works = false;
    } else {
        std::printf("  %-38s growth %s MB/h (modelled %.1f), R^2 %s\n", "",
                    optionalNumber(stats->growthMBPerHour, 3).constData(), kLeakMBPerHour,
                    optionalNumber(stats->rSquared, 3).constData());
        std::printf("  %-38s baseline %.1f MB, after 6 h %s MB, peak %.1f MB, over %.1f h\n", "", stats->baselineMB,
                    optionalNumber(stats->after6hMB, 1).constData(), stats->peakMB, stats->durationHours);
    }

    std::printf("\ndownsampling: Downsampler::minMaxPerColumn, %d columns, median of 101 runs\n", kColumns);
    const qint64 first = series.samples.first().time;
    const qint64 last = series.samples.last().time;
    const qint64 span = last - first;
    struct View
    {
        const char *label;
        qint64 from;
        qint64 to;
        const char *target;
    };
    const View views[] = {{"whole series", first, last, "target 1-2 ms"},
                          {"zoomed tenth (middle)", first + span * 45 / 100, first + span * 55 / 100,
                           "target well below the whole"}};
    for (const View &view : views) {
        QList<lr::MemorySample> out;
        const double ms = medianMs(101, [&] {
            out = lr::Downsampler::minMaxPerColumn(series.samples, view.from, view.to, kColumns);
        });
        std::printf("  %-38s %9.3f ms  %6s samples out  (%s)\n", view.label, ms, grouped(out.size()).constData(),
                    view.target);
        if (out.isEmpty() || out.size() > 2 * kColumns + 2) {
            std::printf("  %s: %lld samples out, expected 1 to %d\n", view.label, qlonglong(out.size()), 2 * kColumns + 2);
            works = false;
        }
    }
    return works ? 0 : 1;
}
