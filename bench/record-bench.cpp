// Prints the recorder's own CPU use at a 100 ms interval (target: under 1 % of a core), from
// getrusage over a 10 s recording of a sleeping process: sampling alone, and sampling with each
// sample kept on disk as `leakreport record` keeps it (appended to the report's journal, the
// report rewritten every 5 s and at the end). Never fails on timing.
#include "io/reportfile.h"
#include "live/processrecorder.h"
#include "live/recordingfile.h"
#include "template/reporttemplate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool run(const char *label, RecordingFile *file, qint64 durationMs)
{
    ProcessRecorder recorder({ProcessMetric::Rss, 100, durationMs});
    QEventLoop loop;
    QString error;
    QObject::connect(&recorder, &ProcessRecorder::finished, &loop, &QEventLoop::quit);
    if (file) {
        QObject::connect(&recorder, &ProcessRecorder::sampled, &recorder, [&] {
            if (!file->write(recorder.series(SeriesRole::Before), &error))
                recorder.stop();
        });
    }
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    if (!recorder.startCommand(u"sleep"_s, {QString::number(durationMs / 1000 + 30)}, &error)) {
        std::fprintf(stderr, "record-bench: %s\n", qPrintable(error));
        return false;
    }
    if (!recorder.isFinished())
        loop.exec();
    if (file && error.isEmpty())
        file->finish(recorder.series(SeriesRole::Before), &error);
    const double cpu = cpuSeconds() - cpuBefore;
    const double seconds = double(wall.elapsed()) / 1000;
    const qsizetype samples = recorder.samples(ProcessMetric::Rss).size();
    if (!error.isEmpty()) {
        std::fprintf(stderr, "record-bench: %s\n", qPrintable(error));
        return false;
    }
    std::printf("%-34s %4lld samples in %5.2f s: CPU %6.1f ms = %5.2f %% of a core (%.0f us a sample)\n", label,
                static_cast<long long>(samples), seconds, cpu * 1000, 100 * cpu / seconds, 1e6 * cpu / double(samples));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr qint64 kDurationMs = 10'000;
    std::printf("leakreport record at a 100 ms interval, %lld s (target: under 1 %% of a core)\n",
                static_cast<long long>(kDurationMs / 1000));
    bool ok = run("sampling procfs only", nullptr, kDurationMs);
    QTemporaryDir dir;
    RecordingFile file(dir.filePath(u"bench.leakreport"_s), SeriesRole::Before);
    QString error;
    ok = ok && file.open(&error);
    ok = ok && run("sampling + journal + report", &file, kDurationMs);

    // Late in a long recording the report holds more samples, and each write encodes them all: a
    // report that already holds 24,000 (10 minutes of four figures at 100 ms).
    const QString longPath = dir.filePath(u"long.leakreport"_s);
    ReportContent content = ReportContent::fromTemplate(*ReportTemplate::builtin());
    MemorySeries earlier;
    earlier.name = u"earlier recording"_s;
    earlier.source.format = u"csv"_s;
    for (int i = 0; i < 24'000; ++i)
        earlier.samples.append({1'767'225'600'000 + i * 100, 200e6 + i * 1234.0});
    content.series.append(earlier);
    ok = ok && ReportFile::save(longPath, *ReportTemplate::builtin(), content, &error);
    RecordingFile longFile(longPath, SeriesRole::Before);
    ok = ok && longFile.open(&error);
    ok = ok && run("... into a report of 24,000 samples", &longFile, kDurationMs);
    if (!error.isEmpty())
        std::fprintf(stderr, "record-bench: %s\n", qPrintable(error));
    return ok ? 0 : 1;
}
