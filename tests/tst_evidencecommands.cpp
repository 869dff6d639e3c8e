// The command line on GC and OOM evidence: `events add` (kernel, kubectl and Node logs into a
// report, each import once), the OOM counts it leads to in `fill` and `check`, and `gclog excerpt`.
#include "testsupport.h"

#include "io/reportfile.h"
#include "series/gcstatistics.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

QString oomData(const QString &name)
{
    return QStringLiteral(LEAKREPORT_TEST_DATA) + u"/oom/"_s + name;
}

} // namespace

class TestEvidenceCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eventsAdd_addsEachEventOnce()
    {
        const QString report = newReport(u"once.leakreport"_s);
        test::ProgramRun run = test::runLeakReport({u"events"_s, u"add"_s, report, oomData(u"journalctl-short-iso.log"_s)},
                                                   m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"2 OOM events added"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"added 2026-11-18 09:41:07 UTC: OOM kill: node (pid 24817) killed by the kernel"_s),
                 qPrintable(run.err));
        QCOMPARE(load(report).oomEvents.size(), 2);

        // Again, and the same kill as node-problem-detector reported it: nothing new, file unchanged.
        const QByteArray saved = test::readBytes(report);
        run = test::runLeakReport({u"events"_s, u"add"_s, report, oomData(u"journalctl-short-iso.log"_s)}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"0 OOM events added, 2 already in the report"_s), qPrintable(run.err));
        QCOMPARE(test::readBytes(report), saved);
        run = test::runLeakReport({u"events"_s, u"add"_s, report, oomData(u"kubectl-get-events.json"_s)}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"1 OOM event added, 1 already in the report"_s), qPrintable(run.err));
        QCOMPARE(load(report).oomEvents.size(), 3);
    }

    void eventsAdd_badLog_changesNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dmesg without -T") << QStringList() << u"dmesg-raw.log"_s << u"dmesg-raw.log:2: dmesg without -T"_s;
        QTest::newRow("journalctl short, no year") << QStringList() << u"journalctl-short.log"_s
                                                   << u"journalctl-short.log:2: journalctl's short format has no year"_s;
        QTest::newRow("not a year") << QStringList{u"--year"_s, u"last"_s} << u"journalctl-short.log"_s
                                    << u"--year: \"last\" is not a year"_s;
    }

    void eventsAdd_badLog_changesNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString report = newReport(u"bad.leakreport"_s);
        const QByteArray saved = test::readBytes(report);
        const test::ProgramRun run = test::runLeakReport(QStringList{u"events"_s, u"add"_s, report, oomData(file)} + extra,
                                                         m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(test::readBytes(report), saved);
    }

    void eventsAdd_withYearAndTimeline_addsRows()
    {
        const QString report = newReport(u"timeline.leakreport"_s);
        const test::ProgramRun run = test::runLeakReport({u"events"_s, u"add"_s, report, oomData(u"journalctl-short.log"_s),
                                                          u"--year"_s, u"2026"_s, u"--timeline"_s},
                                                         m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"read as UTC"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"1 timeline row"_s), qPrintable(run.err));
        const QList<Row> rows = load(report).rows.value(u"timeline"_s);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.last().value(u"time"_s), u"2026-11-18 09:41 UTC"_s);
        QCOMPARE(rows.last().value(u"event"_s), u"OOM kill"_s);
        QVERIFY2(rows.last().value(u"details"_s).contains(u"pid 24817"_s), qPrintable(rows.last().value(u"details"_s)));
    }

    void fillAndCheck_countTheImportedEvents()
    {
        const QString report = newReport(u"counts.leakreport"_s);
        ReportContent content = load(report);
        content.values[u"deploymentTime"_s] = u"2026-11-18 12:00 UTC"_s; // between the two kills
        content.values[u"impactOomIncidents"_s] = u"5"_s;
        save(report, content);
        QCOMPARE(test::runLeakReport({u"events"_s, u"add"_s, report, oomData(u"journalctl-short-iso.log"_s)}, m_dir.path()).exitCode, 0);

        test::ProgramRun run = test::runLeakReport({u"check"_s, u"--errors-only"_s, report}, m_dir.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("OOM incidents says 5, but the report's OOM events count 2 incidents"), run.out.constData());
        // The after-fix default "0/month" against the kill at 13:02.
        QVERIFY2(run.out.contains("OOM incidents says 0/month, but the OOM events show 1 in the 30 days from the deployment"),
                 run.out.constData());

        run = test::runLeakReport({u"fill"_s, u"--force"_s, report}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        content = load(report);
        QCOMPARE(content.values.value(u"impactOomIncidents"_s), u"2"_s);
        QCOMPARE(content.values.value(u"beforeFixOomIncidents"_s), u"1"_s);
        QCOMPARE(content.values.value(u"afterFixOomIncidents"_s), u"1"_s);
        run = test::runLeakReport({u"check"_s, u"--errors-only"_s, report}, m_dir.path());
        QVERIFY2(!run.out.contains("OOM events"), run.out.constData());
    }

    void gclogExcerpt_printsAndWritesTheAppendixBlock()
    {
        const test::NodeRun node = test::runNode(test::kNodeHeapFillingScript, {u"--max-old-space-size=16"_s, u"--trace-gc"_s});
        QVERIFY2(node.error.isEmpty(), qPrintable(node.error));
        QFile file(m_dir.filePath(u"oom-gc.log"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(node.log);
        file.close();

        test::ProgramRun run = test::runLeakReport({u"gclog"_s, u"excerpt"_s, u"oom-gc.log"_s}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).trimmed().split(u'\n');
        QVERIFY2(lines.size() <= 20, run.out.constData());
        QVERIFY2(lines.last().startsWith(u"FATAL ERROR"_s), run.out.constData());

        const QString report = newReport(u"gclog.leakreport"_s);
        run = test::runLeakReport({u"gclog"_s, u"excerpt"_s, u"oom-gc.log"_s, u"--into"_s, report}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(load(report).values.value(u"gcLogs"_s), lines.join(u'\n'));

        // A block typed by hand stays unless --force.
        ReportContent content = load(report);
        content.values[u"gcLogs"_s] = u"typed by hand"_s;
        save(report, content);
        run = test::runLeakReport({u"gclog"_s, u"excerpt"_s, u"oom-gc.log"_s, u"--into"_s, report}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(load(report).values.value(u"gcLogs"_s), u"typed by hand"_s);
        run = test::runLeakReport({u"gclog"_s, u"excerpt"_s, u"oom-gc.log"_s, u"--into"_s, report, u"--force"_s}, m_dir.path());
        QCOMPARE(load(report).values.value(u"gcLogs"_s), lines.join(u'\n'));
    }

    void stats_printsTheGcPauses()
    {
        const test::NodeRun node = test::runNode("const keep = [];\nfor (let r = 0; r < 40; r++) { const g = [];\n"
                                                 "  for (let i = 0; i < 20000; i++) g.push({ i });\n  keep.push(g.slice(0, 2000)); }\n",
                                                 {u"--trace-gc"_s});
        QVERIFY2(node.error.isEmpty(), qPrintable(node.error));
        QFile file(m_dir.filePath(u"churn-gc.log"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(node.log);
        file.close();
        const QString report = newReport(u"gcstats.leakreport"_s);
        QCOMPARE(test::runLeakReport({u"series"_s, u"add"_s, report, file.fileName(), u"--role"_s, u"before"_s}, m_dir.path()).exitCode, 0);
        const std::optional<GcStatistics> expected = GcStatistics::compute(load(report).series.first());
        QVERIFY(expected);

        test::ProgramRun run = test::runLeakReport({u"stats"_s, report}, m_dir.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(expected->summary().toUtf8()), run.out.constData());
        run = test::runLeakReport({u"stats"_s, report, u"--json"_s}, m_dir.path());
        const QJsonObject gc = QJsonDocument::fromJson(run.out).object().value(u"series"_s).toArray().first().toObject()
                                   .value(u"gc"_s).toObject();
        QCOMPARE(gc.value(u"pauseP95Ms"_s).toDouble(), expected->p95Ms);
        QCOMPARE(gc.value(u"count"_s).toInt(), int(expected->count));
    }

private:
    QString newReport(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile::remove(path);
        save(path, ReportContent::fromTemplate(*ReportTemplate::builtin()));
        return path;
    }
    static ReportContent load(const QString &path)
    {
        const LoadResult loaded = ReportFile::load(path, *ReportTemplate::builtin());
        if (!loaded.ok())
            qWarning("%s", qPrintable(loaded.error));
        return loaded.content;
    }
    static void save(const QString &path, const ReportContent &content)
    {
        QString error;
        if (!ReportFile::save(path, *ReportTemplate::builtin(), content, &error))
            qWarning("%s", qPrintable(error));
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEvidenceCommands)
#include "tst_evidencecommands.moc"
