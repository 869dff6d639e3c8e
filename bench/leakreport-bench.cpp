// Prints how long the foundation's hot paths take on the bundled sample report:
// Markdown export, and saving plus loading the native file. Medians of many runs.
#include "io/reportfile.h"
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    double medianMicroseconds;
    double minMicroseconds;
};

Timing measure(int runs, const std::function<void()> &work)
{
    work(); // warm caches and lazy initialisation
    std::vector<double> samples;
    samples.reserve(size_t(runs));
    QElapsedTimer timer;
    for (int i = 0; i < runs; ++i) {
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front()};
}

void print(const char *what, int runs, const Timing &t)
{
    std::printf("%-44s median %9.1f us   min %9.1f us   (%d runs)\n", what, t.medianMicroseconds, t.minMicroseconds, runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto reportTemplate = lr::ReportTemplate::builtin();
    const lr::LoadResult sample = lr::ReportFile::load(u":/sample/sample.leakreport"_s, *reportTemplate);
    if (!sample.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(sample.error));
        return 1;
    }
    const lr::MarkdownWriter writer(*reportTemplate);
    const QString markdown = writer.write(sample.content);
    std::printf("sample report: %lld bytes of Markdown, %lld bytes of .leakreport JSON\n",
                qlonglong(markdown.toUtf8().size()), qlonglong(lr::ReportFile::toJson(*reportTemplate, sample.content).size()));

    constexpr int kRuns = 500;
    qsizetype sink = 0;
    print("Markdown export (sample)", kRuns, measure(kRuns, [&] { sink += writer.write(sample.content).size(); }));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.leakreport"_s);
    QString error;
    print("save .leakreport (QSaveFile, sample)", kRuns, measure(kRuns, [&] {
              if (!lr::ReportFile::save(path, *reportTemplate, sample.content, &error))
                  qFatal("%s", qPrintable(error));
          }));
    print("load .leakreport (sample)", kRuns, measure(kRuns, [&] {
              sink += lr::ReportFile::load(path, *reportTemplate).content.values.size();
          }));
    print("load + save .leakreport (sample)", kRuns, measure(kRuns, [&] {
              const lr::LoadResult loaded = lr::ReportFile::load(path, *reportTemplate);
              if (!lr::ReportFile::save(path, *reportTemplate, loaded.content, &error))
                  qFatal("%s", qPrintable(error));
          }));

    // Markdown import (target: the sample under 2 ms), and a long incident's timeline.
    // The first import compiles the template's patterns (shared by every later import).
    QElapsedTimer first;
    first.start();
    sink += lr::MarkdownReader(*reportTemplate).read(markdown).content.values.size();
    std::printf("%-44s        %9.1f us\n", "Markdown import (sample, first in process)", double(first.nsecsElapsed()) / 1e3);
    const lr::MarkdownReader reader(*reportTemplate);
    print("Markdown import (sample)", kRuns, measure(kRuns, [&] { sink += reader.read(markdown).content.values.size(); }));
    lr::ReportContent longReport = sample.content;
    QList<lr::Row> &timeline = longReport.rows[u"timeline"_s];
    timeline.clear();
    for (int i = 0; i < 10000; ++i) {
        timeline.append(lr::Row{{u"time"_s, u"2026-11-%1 %2:%3"_s.arg(1 + i / 1440, 2, 10, QChar(u'0')).arg(i / 60 % 24, 2, 10, QChar(u'0')).arg(i % 60, 2, 10, QChar(u'0'))},
                         {u"event"_s, u"Event %1"_s.arg(i)},
                         {u"details"_s, u"Heap at %1 MB, `gc` pause %2 ms | pod gw-%3"_s.arg(200 + i % 300).arg(i % 90).arg(i % 6)}});
    }
    const QString longMarkdown = writer.write(longReport);
    std::printf("long report: 10,000 timeline rows, %lld bytes of Markdown\n", qlonglong(longMarkdown.toUtf8().size()));
    constexpr int kLongRuns = 9;
    print("Markdown import (10,000 timeline rows)", kLongRuns, measure(kLongRuns, [&] {
              const lr::LoadResult read = reader.read(longMarkdown);
              if (read.content.rows.value(u"timeline"_s).size() != 10000)
                  qFatal("the long timeline did not read back");
              sink += read.content.values.size();
          }));
    return sink > 0 ? 0 : 1;
}
