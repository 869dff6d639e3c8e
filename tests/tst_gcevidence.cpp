// GC evidence from Node --trace-gc logs: each GC's pause kept in the report, the pause
// statistics and GC pressure, the fields they fill, and the excerpt for the Appendix.
#include "testsupport.h"

#include "io/reportfile.h"
#include "series/datafill.h"
#include "series/gclogexcerpt.h"
#include "series/gcstatistics.h"
#include "series/tracegcseriesreader.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// The log of a node run; an empty one (and a warning) when node cannot run.
QByteArray runNode(const QByteArray &script, const QStringList &flags)
{
    const test::NodeRun run = test::runNode(script, flags);
    if (!run.error.isEmpty())
        qWarning("%s", qPrintable(run.error));
    return run.log;
}

// Keeps a slice of each round's garbage: Scavenges and a few Mark-Compacts, in about a second.
const QByteArray kChurnScript = "const keep = [];\n"
                                "for (let round = 0; round < 60; round++) {\n"
                                "  const garbage = [];\n"
                                "  for (let i = 0; i < 20000; i++) garbage.push({ i, s: 'y' + i });\n"
                                "  keep.push(garbage.slice(0, 3000));\n"
                                "}\n";

// The pauses as this test reads them from the log, independently of the reader: the first
// figure of "a / b ms", before the "Last few GCs" banner of a crash.
QList<GcPause> pausesInLog(const QByteArray &log)
{
    static const QRegularExpression gcLine(
        u"^\\[\\d+:0x[0-9a-f]+\\]\\s+(\\d+) ms: (Scavenge|Mark-Compact)[^,]*MB, ([0-9.]+) / [0-9.]+ ms"_s);
    QList<GcPause> pauses;
    for (const QByteArray &line : log.split('\n')) {
        if (line.startsWith("<--- Last few GCs"))
            break;
        const auto m = gcLine.match(QString::fromLatin1(line));
        if (m.hasMatch())
            pauses.append({m.captured(1).toLongLong(), m.captured(3).toDouble(),
                           m.captured(2) == u"Scavenge" ? GcPause::Kind::Minor : GcPause::Kind::Full});
    }
    return pauses;
}

SeriesImportResult readLog(const QByteArray &log)
{
    QByteArray data = log;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return TraceGcSeriesReader::read(buffer, u"gc.log"_s);
}

GcLogExcerpt::Result excerptOf(const QByteArray &log)
{
    QByteArray data = log;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return GcLogExcerpt::fromLog(buffer, u"gc.log"_s);
}

// `count` GCs a second apart, each pausing `pauseMs`.
MemorySeries pausingSeries(SeriesRole role, int count, double pauseMs)
{
    MemorySeries series;
    series.role = role;
    series.name = roleName(role);
    series.source.format = u"trace-gc"_s;
    for (int i = 0; i < count; ++i) {
        series.samples.append({i * 1000, 50e6});
        series.gcPauses.append({i * 1000, pauseMs, GcPause::Kind::Minor});
    }
    return series;
}

} // namespace

class TestGcEvidence : public QObject
{
    Q_OBJECT

private slots:
    void gcLines_givePauseAndCollector_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<double>("pauseMs");
        QTest::addColumn<bool>("full");
        QTest::newRow("node 20 Scavenge") << QByteArray("[12345:0x5581c2e0]     3602 ms: Scavenge 12.3 (15.0) -> 10.1 (16.0) MB, "
                                                        "1.25 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure;")
                                          << 1.25 << false;
        QTest::newRow("node 22 Mark-Compact, pooled")
            << QByteArray("[98321:0x2a7f0000]      902 ms: Mark-Compact 38.7 (44.1) -> 30.2 (45.0) MB, pooled: 2 MB, 14.03 / 0.00 ms  "
                          "(+ 6.2 ms in 12 steps since start of marking, biggest step 2.1 ms, walltime since start of marking 35 ms) "
                          "(average mu = 0.981, current mu = 0.974) finalize incremental marking via task; GC in old space requested")
            << 14.03 << true;
        QTest::newRow("node 6, one figure") << QByteArray("[24851]      412 ms: Scavenge 8.2 (42.1) -> 7.5 (43.1) MB, 1.4 ms [allocation failure].")
                                            << 1.4 << false;
        QTest::newRow("node 6 Mark-sweep") << QByteArray("[24851]     4096 ms: Mark-sweep 27.0 (47.1) -> 25.0 (47.1) MB, 31.5 / 0.0 ms [allocation failure].")
                                           << 31.5 << true;
        QTest::newRow("--minor-ms") << QByteArray("[40210:0x5581c2e0]       52 ms: Minor Mark-Sweep 4.4 (5.5) -> 3.9 (6.0) MB, pooled: 0 MB, "
                                                  "1.10 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ")
                                    << 1.10 << false;
        QTest::newRow("--trace-gc-nvp scavenge") << QByteArray("[11969:0xa6cec00]       46 ms: pause=4.3 mutator=39.6 gc=s reduce_memory=0 "
                                                              "total_size_after=3853784 holes_size_after=7248")
                                                 << 4.3 << false;
        QTest::newRow("--trace-gc-nvp mark-compact") << QByteArray("[11969:0xa6cec00]      846 ms: pause=21.7 mutator=9.1 gc=ms reduce_memory=0 "
                                                                  "total_size_after=13853784")
                                                     << 21.7 << true;
    }

    void gcLines_givePauseAndCollector()
    {
        QFETCH(QByteArray, line);
        const std::optional<TraceGcSeriesReader::GcLine> gc = TraceGcSeriesReader::gcLine(line);
        QVERIFY(gc);
        QTEST(gc->pauseMs, "pauseMs");
        QTEST(gc->kind == GcPause::Kind::Full, "full");
    }

    void realNodeRun_keepsEveryPauseTheLogPrints()
    {
        const QByteArray log = runNode(kChurnScript, {u"--trace-gc"_s});
        QVERIFY2(!log.isEmpty(), "node did not run: install it with scripts/install-deps.sh");
        const QList<GcPause> expected = pausesInLog(log);
        QVERIFY2(expected.size() >= 10, log.left(2000).constData());

        const SeriesImportResult result = readLog(log);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.series.size(), 1);
        const MemorySeries &series = result.series.first();
        QCOMPARE(series.gcPauses, expected);
        QCOMPARE(series.gcPauses.size(), series.samples.size());

        // The statistics, against this test's own nearest-rank percentiles.
        QList<double> sorted;
        for (const GcPause &pause : expected)
            sorted.append(pause.pauseMs);
        std::sort(sorted.begin(), sorted.end());
        const auto rank = [&](double percent) { return sorted.at(qsizetype(std::ceil(percent / 100 * sorted.size())) - 1); };
        const std::optional<GcStatistics> stats = GcStatistics::compute(series);
        QVERIFY(stats);
        QCOMPARE(stats->count, expected.size());
        QCOMPARE(stats->p50Ms, rank(50));
        QCOMPARE(stats->p95Ms, rank(95));
        QCOMPARE(stats->maxMs, sorted.last());
        QVERIFY(stats->v8AverageMu);
        QVERIFY(*stats->v8AverageMu >= 0 && *stats->v8AverageMu <= 1);
    }

    void pauses_survive_theNativeFile()
    {
        const SeriesImportResult result = readLog(runNode(kChurnScript, {u"--trace-gc"_s}));
        QVERIFY2(result.ok(), qPrintable(result.error));
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.series = result.series;
        content.series[0].role = SeriesRole::Before;
        const LoadResult loaded = ReportFile::fromJson(ReportFile::toJson(*reportTemplate, content), *reportTemplate, u"r"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        QCOMPARE(loaded.content.series.first().gcPauses, content.series.first().gcPauses);
        QCOMPARE(loaded.content.series.first().v8AverageMu, content.series.first().v8AverageMu);
        QCOMPARE(loaded.content, content);
    }

    void damagedPausesInTheFile_nameTheirJsonPath()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.series = {pausingSeries(SeriesRole::Before, 3, 2)};
        QByteArray json = ReportFile::toJson(*reportTemplate, content);
        QVERIFY(json.contains("\"kinds\": \"mmm\""));
        json.replace("\"kinds\": \"mmm\"", "\"kinds\": \"mm\"");
        const LoadResult loaded = ReportFile::fromJson(json, *reportTemplate, u"r"_s);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(u"series[0].gcPauses.kinds: expected one letter, m or f, for each of the 3 pauses"_s),
                 qPrintable(loaded.error));
    }

    void statistics_percentilesRateAndShare()
    {
        MemorySeries series;
        for (int i = 1; i <= 20; ++i) // 1 .. 20 ms, one a second: 19 s from the first to the last
            series.gcPauses.append({qint64(i) * 1000, double(i), i % 5 ? GcPause::Kind::Minor : GcPause::Kind::Full});
        const std::optional<GcStatistics> stats = GcStatistics::compute(series);
        QVERIFY(stats);
        QCOMPARE(stats->count, 20);
        QCOMPARE(stats->fullCount, 4);
        QCOMPARE(stats->p50Ms, 10.0);
        QCOMPARE(stats->p95Ms, 19.0);
        QCOMPARE(stats->maxMs, 20.0);
        QCOMPARE(*stats->perMinute, 60.0);                    // 19 gaps in 19 s
        QCOMPARE(*stats->timeInGcPercent, 100.0 * 210 / 19000); // 1.1 %
        QVERIFY(!stats->v8AverageMu);
        QVERIFY(!GcStatistics::compute(MemorySeries()));
        QVERIFY2(stats->summary().startsWith(u"GC pauses p50 10 ms, p95 19 ms, max 20 ms over 20 GCs; 60 GCs/min; 1.11% of the time in GC"_s),
                 qPrintable(stats->summary()));
    }

    void dataFill_writesP95AndGcPressure()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        // Before: 10 ms every second over 4 s = 1.25% in GC; after: 2 ms = 0.25%: 80% less.
        content.series = {pausingSeries(SeriesRole::Before, 5, 10), pausingSeries(SeriesRole::After, 5, 2)};
        QHash<QString, QString> proposed;
        for (const FieldFill &fill : DataFill::propose(*reportTemplate, content))
            proposed.insert(fill.fieldId, fill.proposed);
        QCOMPARE(proposed.value(u"exampleCurrentGcPause"_s), u"10"_s);
        QCOMPARE(proposed.value(u"improvementGcPressure"_s), u"Reduced by 80% (time in GC 1.25% to 0.25%)"_s);

        content.series = {pausingSeries(SeriesRole::Before, 5, 2), pausingSeries(SeriesRole::After, 5, 3)};
        proposed.clear();
        for (const FieldFill &fill : DataFill::propose(*reportTemplate, content))
            proposed.insert(fill.fieldId, fill.proposed);
        QCOMPARE(proposed.value(u"improvementGcPressure"_s), u"Increased by 50% (time in GC 0.25% to 0.38%)"_s);

        // Series without pauses (CSV) fill nothing about GC.
        content.series[0].gcPauses.clear();
        proposed.clear();
        for (const FieldFill &fill : DataFill::propose(*reportTemplate, content))
            proposed.insert(fill.fieldId, fill.proposed);
        QVERIFY(!proposed.contains(u"exampleCurrentGcPause"_s));
        QVERIFY(!proposed.contains(u"improvementGcPressure"_s));
    }

    void excerpt_longestPausesWithTheirNeighbours()
    {
        QByteArray log;
        for (int line = 1; line <= 100; ++line) {
            const double pause = line == 30 ? 50 : line == 60 ? 40 : line == 90 ? 30 : line == 45 ? 20 : 1;
            log += QByteArray("[7:0x1]   ") + QByteArray::number(line * 10) + " ms: Scavenge 5.0 (8.0) -> 4.0 (8.0) MB, "
                + QByteArray::number(pause, 'f', 2) + " / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; \n";
        }
        const GcLogExcerpt::Result excerpt = excerptOf(log);
        QVERIFY2(excerpt.ok(), qPrintable(excerpt.error));
        const QStringList lines = excerpt.text.split(u'\n');
        QCOMPARE(lines.size(), 11); // three groups of three, two "..."
        QCOMPARE(lines.at(3), u"..."_s);
        QCOMPARE(lines.at(7), u"..."_s);
        QVERIFY(lines.at(1).contains(u" 300 ms: "_s) && lines.at(1).contains(u"50.00 / 0.00 ms"_s));
        QVERIFY(lines.at(5).contains(u" 600 ms: "_s));
        QVERIFY(lines.at(9).contains(u" 900 ms: "_s));
        QVERIFY(lines.at(0).contains(u" 290 ms: "_s) && lines.at(10).contains(u" 910 ms: "_s));
        QVERIFY(!lines.at(0).endsWith(u' '));
        QVERIFY2(excerpt.explanation.contains(u"11 of 100 lines"_s), qPrintable(excerpt.explanation));
    }

    void excerpt_ofARealOutOfMemoryRun_endsWithTheCrash()
    {
        const QByteArray log = runNode(test::kNodeHeapFillingScript, {u"--max-old-space-size=16"_s, u"--trace-gc"_s});
        QVERIFY2(log.contains("JavaScript heap out of memory"), log.right(2000).constData());
        const GcLogExcerpt::Result excerpt = excerptOf(log);
        QVERIFY2(excerpt.ok(), qPrintable(excerpt.error));
        const QStringList lines = excerpt.text.split(u'\n');
        QVERIFY2(lines.size() <= GcLogExcerpt::kMaxLines, qPrintable(excerpt.text));
        QVERIFY2(lines.last().startsWith(u"FATAL ERROR"_s), qPrintable(excerpt.text));
        // The last Mark-Compacts of the log body (the crash banner repeats them) are all there.
        QList<GcPause> pauses = pausesInLog(log);
        QStringList fullTimes;
        for (auto it = pauses.crbegin(); it != pauses.crend() && fullTimes.size() < GcLogExcerpt::kOomMarkCompacts; ++it) {
            if (it->kind == GcPause::Kind::Full)
                fullTimes.append(u" %1 ms: Mark-Compact"_s.arg(it->time));
        }
        QVERIFY(!fullTimes.isEmpty());
        for (const QString &time : std::as_const(fullTimes))
            QVERIFY2(excerpt.text.contains(time), qPrintable(time + u"\n"_s + excerpt.text));
        // Each line once: the repeated block is not read.
        for (const QString &line : lines)
            QVERIFY2(line == u"..." || lines.count(line) == 1, qPrintable(line));
        QVERIFY2(excerpt.explanation.contains(u"out-of-memory"_s), qPrintable(excerpt.explanation));
    }

    void excerpt_ofALogWithoutGcLines_isRefused()
    {
        const GcLogExcerpt::Result excerpt = excerptOf("Server listening on :8080\nGET / 200\n");
        QVERIFY(!excerpt.ok());
        QVERIFY(excerpt.text.isEmpty());
        QVERIFY2(excerpt.error.startsWith(u"gc.log: no Scavenge or Mark-Compact lines"_s), qPrintable(excerpt.error));
    }
};

} // namespace lr

QTEST_GUILESS_MAIN(lr::TestGcEvidence)
#include "tst_gcevidence.moc"
