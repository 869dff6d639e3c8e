// The command line on memory series: `stats` worded for massif runs and short runs, and `fill`,
// which puts the statistics into the report as the editor's Fill Report From Data does.
#include "testsupport.h"

#include "io/reportfile.h"
#include "series/datafill.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

class TestSeriesCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stats_massifSeries_saysWhyThereIsNoRate();
    void stats_shortRun_readsInItsOwnUnit();
    void stats_beforeAndAfterOnDifferentAxes_saysSo();
    void seriesAdd_readsHeaptrackOutput();
    void fill_fillsEveryDeclaredField_asTheEditorDoes();
    void fill_keepsTypedValues_unlessForced();
    void fill_refusesWhatItCannotFill_data();
    void fill_refusesWhatItCannotFill();
    void fill_isInTheHelp();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments) const;
    // A new report with the given series files added with their roles.
    QString reportWith(const QString &name, const QList<std::pair<QString, QString>> &roleAndFile) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

constexpr qint64 kStart = 1763460000; // 2025-11-18 10:00 UTC, epoch seconds

// A CSV of `minutes` minutes, a sample every `step` seconds, `mbAt(hours)` MB.
QByteArray csv(int minutes, int step, double (*mbAt)(double))
{
    QByteArray text = "\"Time\",\"heap\"\n";
    for (int second = 0; second <= minutes * 60; second += step)
        text += QByteArray::number(kStart + second) + ',' + QByteArray::number(qint64(mbAt(second / 3600.0) * 1e6)) + '\n';
    return text;
}

// Before: 200 MB + 10 MB/hour; after: flat 205 MB (tst_datafill has the numbers by hand).
double leaking(double hours) { return 200 + 10 * hours; }
double flat(double) { return 205; }

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString massifFile(const QString &name)
{
    return QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/massif/"_s + name;
}

} // namespace

TestSeriesCommands::Run TestSeriesCommands::run(const QStringList &arguments) const
{
    const lr::test::ProgramRun r = lr::test::runLeakReport(arguments, m_dir.path());
    return {r.exitCode, QString::fromUtf8(r.out), r.err};
}

QString TestSeriesCommands::reportWith(const QString &name, const QList<std::pair<QString, QString>> &roleAndFile) const
{
    const QString report = path(name);
    if (run({u"new"_s, report, u"--force"_s}).exitCode != 0)
        qFatal("leakreport new failed");
    for (const auto &[role, file] : roleAndFile) {
        const Run added = run({u"series"_s, u"add"_s, report, u"--role"_s, role, file});
        if (added.exitCode != 0)
            qFatal("series add failed: %s", qPrintable(added.err));
    }
    return report;
}

void TestSeriesCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEAKREPORT_BINARY)));
    writeFile(path(u"before.csv"_s), csv(7 * 60, 15 * 60, leaking));
    writeFile(path(u"after.csv"_s), csv(7 * 60, 15 * 60, flat));
    writeFile(path(u"short.csv"_s), csv(5, 10, leaking));
}

void TestSeriesCommands::stats_massifSeries_saysWhyThereIsNoRate()
{
    // massif's default --time-unit=i: before, stats printed no growth line and did not say why.
    const QString report =
        reportWith(u"massif.leakreport"_s, {{u"before"_s, massifFile(u"leaky-instructions-stacks.out"_s)}});
    const Run r = run({u"stats"_s, report});
    QCOMPARE(r.exitCode, 0);
    // Snapshots by hand: 0 .. 328097 instructions; the first sixth (54683) holds 0 and 37722 -> 0
    // and 7512 bytes, median 3756 B = 0.0038 MB; peak 142688 + 1000 + 432 B.
    QCOMPARE(r.out, u"massif: ./leaky (before, leaky-instructions-stacks.out)\n"
                    "  6 samples over 328 thousand instructions\n"
                    "  no growth per hour: the samples are timed in instructions, not in time (profile with valgrind "
                    "--tool=massif --time-unit=ms for a rate)\n"
                    "  baseline 0 MB (median of the first 54.7 thousand instructions, a sixth of the run)\n"
                    "  peak 0.14 MB\n"_s);
    // Machines get the span and the baseline's window in the series' own unit.
    const QJsonObject json =
        QJsonDocument::fromJson(run({u"stats"_s, report, u"--json"_s}).out.toUtf8()).object().value(u"series"_s)[0].toObject();
    QCOMPARE(json.value(u"timeUnit"_s).toString(), u"i"_s);
    QCOMPARE(json.value(u"span"_s).toDouble(), 328097.0);
    QCOMPARE(json.value(u"baselineWindow"_s).toDouble(), 328097.0 / 6);
    QVERIFY(json.value(u"growthMBPerHour"_s).isNull());
}

void TestSeriesCommands::stats_shortRun_readsInItsOwnUnit()
{
    const QString report = reportWith(u"short.leakreport"_s, {{u"before"_s, path(u"short.csv"_s)}});
    const Run r = run({u"stats"_s, report});
    QCOMPARE(r.exitCode, 0);
    // 5 minutes (was "over 0.1 h"); baseline of the first 50 s: 200 + 10 MB/h * 25 s = 200.07 MB.
    QCOMPARE(r.out, u"heap (before, short.csv)\n"
                    "  31 samples over 5 min\n"
                    "  growth 10 MB/hour (R\u00b2 1.00)\n"
                    "  baseline 200 MB (median of the first 50 s, a sixth of the run)\n"
                    "  peak 201 MB\n"
                    "  95 % interval 10 to 10 MB/hour\n"
                    "  warning: covers only 5 min: too short to support a rate per hour (at least 1 h)\n"_s);
}

void TestSeriesCommands::stats_beforeAndAfterOnDifferentAxes_saysSo()
{
    const QString report = reportWith(u"mixed.leakreport"_s, {{u"before"_s, path(u"before.csv"_s)},
                                                               {u"after"_s, massifFile(u"leaky-time-unit-B.out"_s)}});
    const Run r = run({u"stats"_s, report});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.endsWith(u"Improvement\n"
                            "  peak 99.9% lower\n"
                            "The before series is measured in time and the after series in bytes allocated: the chart "
                            "shows only the before series (one x axis per chart), and only their peaks compare.\n"_s),
             qPrintable(r.out));
}

void TestSeriesCommands::seriesAdd_readsHeaptrackOutput()
{
    // heaptrack_print --print-massif: its header is last, its times in seconds (tst_massifseries).
    const QString report = reportWith(u"heaptrack.leakreport"_s, {{u"before"_s, massifFile(u"heaptrack-print-massif.out"_s)}});
    const Run r = run({u"stats"_s, report});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"heaptrack: ./leak (before, heaptrack-print-massif.out)\n"
                              "  61 samples over 596 ms\n"
                              "  growth "_s),
             qPrintable(r.out));
}

void TestSeriesCommands::fill_fillsEveryDeclaredField_asTheEditorDoes()
{
    const QString report = reportWith(u"fill.leakreport"_s, {{u"before"_s, path(u"before.csv"_s)},
                                                              {u"after"_s, path(u"after.csv"_s)}});
    const auto reportTemplate = ReportTemplate::builtin();
    const LoadResult before = ReportFile::load(report, *reportTemplate);
    QVERIFY2(before.ok(), qPrintable(before.error));

    const Run r = run({u"fill"_s, report, u"--from-data"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY2(r.out.contains(u"filled Post-Deployment Metrics \u203a Before Fix \u203a Growth rate: 10\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"filled Post-Deployment Metrics \u203a Improvement \u203a Memory reduction: 21% at 6 hours (260 MB to 205 MB)\n"_s),
             qPrintable(r.out));
    // Ten declared fields; After Fix's growth rate already holds the data's 0 (the template's default).
    QVERIFY2(r.out.endsWith(u"\n9 fields changed\n"_s), qPrintable(r.out));
    QCOMPARE(r.out.count(u"\nfilled "_s) + r.out.startsWith(u"filled "_s), 9);

    // What the editor's button gives (lr::DataFill, nothing typed here), and nothing else.
    const LoadResult after = ReportFile::load(report, *reportTemplate);
    QVERIFY2(after.ok(), qPrintable(after.error));
    const ReportContent expected =
        DataFill::apply(before.content, DataFill::propose(*reportTemplate, before.content), false);
    QCOMPARE(after.content.values, expected.values);
    QCOMPARE(after.content.series, before.content.series);
    QCOMPARE(after.content.values.value(u"beforeFixGrowthRate"_s), u"10"_s);

    // Again: nothing to change, and the file is left alone.
    const QByteArray bytes = lr::test::readBytes(report);
    const Run again = run({u"fill"_s, report});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, u"0 fields changed\n"_s);
    QCOMPARE(lr::test::readBytes(report), bytes);
}

void TestSeriesCommands::fill_keepsTypedValues_unlessForced()
{
    const QString report = reportWith(u"typed.leakreport"_s, {{u"before"_s, path(u"before.csv"_s)}});
    const auto reportTemplate = ReportTemplate::builtin();
    LoadResult loaded = ReportFile::load(report, *reportTemplate);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    loaded.content.values[u"beforeFixGrowthRate"_s] = u"12"_s;   // typed, differs from the data
    loaded.content.values[u"beforeFixBaseline"_s] = u"205"_s;    // typed, as the data says
    QString error;
    QVERIFY2(ReportFile::save(report, *reportTemplate, loaded.content, &error), qPrintable(error));

    Run r = run({u"fill"_s, report});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"kept Post-Deployment Metrics \u203a Before Fix \u203a Growth rate: \u201c12\u201d (the data "
                            "says 10)\n"_s),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"Before Fix \u203a Memory baseline"_s), qPrintable(r.out)); // already right
    // Before only: the example's three fields and the 6-hour value; one growth rate kept.
    QVERIFY2(r.out.endsWith(u"\n4 fields changed, 1 typed value kept (--force replaces them)\n"_s), qPrintable(r.out));
    LoadResult after = ReportFile::load(report, *reportTemplate);
    QCOMPARE(after.content.values.value(u"beforeFixGrowthRate"_s), u"12"_s);
    QCOMPARE(after.content.values.value(u"beforeFixAfter6h"_s), u"260"_s);

    r = run({u"fill"_s, report, u"--force"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"replaced Post-Deployment Metrics \u203a Before Fix \u203a Growth rate: \u201c12\u201d \u2192 10\n"
                    "1 field changed\n"_s);
    after = ReportFile::load(report, *reportTemplate);
    QCOMPARE(after.content.values.value(u"beforeFixGrowthRate"_s), u"10"_s);
}

void TestSeriesCommands::fill_refusesWhatItCannotFill_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");

    QTest::newRow("no series") << QStringList{u"fill"_s, u"empty.leakreport"_s}
                               << u"leakreport: empty.leakreport has no series with the role before or after and no "
                                  "OOM events to fill from (add them with: leakreport series add REPORT --role before "
                                  "FILE, leakreport events add REPORT FILE)\n"_s;
    QTest::newRow("a Markdown report") << QStringList{u"fill"_s, u"r.md"_s}
                                       << u"leakreport: r.md: memory series are kept in .leakreport files; import a "
                                          "Markdown report first (leakreport import)\n"_s;
    QTest::newRow("no such file") << QStringList{u"fill"_s, u"missing.leakreport"_s} << u"missing.leakreport"_s;
    QTest::newRow("no report") << QStringList{u"fill"_s}
                               << u"leakreport: fill takes exactly one report\nRun 'leakreport fill --help' for usage.\n"_s;
    QTest::newRow("unknown option") << QStringList{u"fill"_s, u"empty.leakreport"_s, u"--replace"_s}
                                    << u"leakreport: Unknown option 'replace'.\nRun 'leakreport fill --help' for usage.\n"_s;
}

void TestSeriesCommands::fill_refusesWhatItCannotFill()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    QCOMPARE(run({u"new"_s, path(u"empty.leakreport"_s), u"--force"_s}).exitCode, 0);
    const QByteArray bytes = lr::test::readBytes(path(u"empty.leakreport"_s));
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QString());
    if (error.endsWith(u'\n'))
        QCOMPARE(r.err, error);
    else
        QVERIFY2(r.err.startsWith(u"leakreport: "_s) && r.err.contains(error), qPrintable(r.err));
    QCOMPARE(lr::test::readBytes(path(u"empty.leakreport"_s)), bytes);
}

void TestSeriesCommands::fill_isInTheHelp()
{
    Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"  fill       Fill a report's metric fields from its samples (Fill From Data)\n"_s), qPrintable(r.out));
    r = run({u"fill"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(u"Usage: leakreport fill [options] REPORT\n"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"--from-data"_s) && r.out.contains(u"--force"_s));
    // The man page is made from --help-all.
    r = run({u"--help-all"_s});
    QVERIFY2(r.out.contains(u"\nleakreport fill:\n  leakreport fill [options] REPORT\n"_s), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestSeriesCommands)
#include "tst_seriescommands.moc"
