#include "claimfixture.h"
#include "export/exportoptions.h"
#include "io/reportfile.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

const QString kMetric = u"nodejs_heap_used_bytes{app=\"session-gateway\"}"_s;

// The sample with its data, the before series as if read from Prometheus, saved in `dir`.
QString savedSample(const QTemporaryDir &dir, const std::function<void(ReportContent &)> &change = {})
{
    ReportContent content = test::sampleWithSeries();
    content.series[0].source = {u"query_range.json"_s, u"prometheus"_s, kMetric};
    if (change)
        change(content);
    const QString path = dir.filePath(u"r.leakreport"_s);
    QString error;
    if (!ReportFile::save(path, *ReportTemplate::builtin(), content, &error))
        qFatal("cannot save: %s", qPrintable(error));
    return path;
}

struct ToolRun
{
    int exitCode = -1;
    QString output;
};

ToolRun runPromtool(const QStringList &arguments, const QString &workingDirectory)
{
    const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
    if (promtool.isEmpty())
        return {-2, u"promtool is not installed: run scripts/install-deps.sh (Debian package prometheus)"_s};
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(promtool, arguments);
    if (!process.waitForFinished(30000))
        return {-1, u"promtool did not finish"_s};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

// A number the rules file states: the value after `prefix` in it.
QString ruleValue(const QString &rules, const QString &pattern)
{
    return QRegularExpression(pattern).match(rules).captured(1);
}

} // namespace

class TestClaimCommands : public QObject
{
    Q_OBJECT

private slots:
    void checkJson_listsEachProblemWithItsFieldAndValues();
    void checkJson_cleanReport_exitsZero();
    void check_countsWarningsInItsSummary();
    void stats_printsTheIntervalAndTheTimeToTheLimit();
    void alerts_passPromtoolCheckRules();
    void alerts_fireOnTheLeakAndNotOnTheFix();
    void alerts_fill_putsThresholdsIntoMonitoringAdded();
    void alerts_refuseAReportWithoutGrowth();
    void export_writesTheAlertRulesBesideIt_data();
    void export_writesTheAlertRulesBesideIt();
};

void TestClaimCommands::checkJson_listsEachProblemWithItsFieldAndValues()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir, [](ReportContent &c) { c.values[u"beforeFixGrowthRate"_s] = u"12"_s; });
    const test::ProgramRun run = test::runLeakReport({u"check"_s, path, u"--json"_s, u"--errors-only"_s}, dir.path());
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
    const QJsonArray problems = root.value(u"problems"_s).toArray();
    QCOMPARE(problems.size(), 1);
    const QJsonObject p = problems.first().toObject();
    QCOMPARE(p.value(u"field"_s).toString(), u"beforeFixGrowthRate"_s);
    QCOMPARE(p.value(u"section"_s).toString(), u"deploymentAndResults"_s);
    QCOMPARE(p.value(u"severity"_s).toString(), u"error"_s);
    QCOMPARE(p.value(u"kind"_s).toString(), u"claimMismatch"_s);
    QCOMPARE(p.value(u"typed"_s).toString(), u"12 MB/hour"_s);
    QVERIFY2(p.value(u"measured"_s).toString().contains(u"MB/hour (95 % interval"_s), run.out.constData());
    QVERIFY(qAbs(p.value(u"measuredValue"_s).toString().toDouble() - 38) < 1);
    QVERIFY(p.value(u"message"_s).toString().startsWith(u"Deployment & Results › "_s) || p.value(u"message"_s).toString().contains(u"›"_s));
    QCOMPARE(root.value(u"counts"_s).toObject().value(u"errors"_s).toInt(), 1);
}

void TestClaimCommands::checkJson_cleanReport_exitsZero()
{
    QTemporaryDir dir;
    const test::ProgramRun run = test::runLeakReport({u"check"_s, savedSample(dir), u"--json"_s}, dir.path());
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(u"problems"_s).toArray().size(), 0);
    QCOMPARE(root.value(u"counts"_s).toObject(),
             (QJsonObject{{u"errors"_s, 0}, {u"warnings"_s, 0}, {u"unfilled"_s, 0}}));
}

void TestClaimCommands::check_countsWarningsInItsSummary()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir, [](ReportContent &c) {
        c.series[1] = test::heapSeries(QDateTime(QDate(2026, 11, 19), QTime(14, 30), QTimeZone::utc()), 3, 205, 0.65, 1, 10,
                                       SeriesRole::After);
    });
    const test::ProgramRun all = test::runLeakReport({u"check"_s, path}, dir.path());
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.out.contains("After 6 hours") || all.out.contains("Memory after 6h"), all.out.constData());
    QVERIFY2(all.out.endsWith("1 problem (0 errors, 1 warnings, 0 unfilled)\n"), all.out.constData());
    // --errors-only leaves warnings out, so a CI gate on errors passes.
    const test::ProgramRun errorsOnly = test::runLeakReport({u"check"_s, path, u"--errors-only"_s}, dir.path());
    QCOMPARE(errorsOnly.exitCode, 0);
    QCOMPARE(errorsOnly.out, QByteArray("0 problems (0 errors, 0 unfilled)\n"));
}

void TestClaimCommands::stats_printsTheIntervalAndTheTimeToTheLimit()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir);
    const test::ProgramRun run = test::runLeakReport({u"stats"_s, path, u"--memory-limit"_s, u"768"_s}, dir.path());
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QRegularExpression(u"95 % interval 3\\d(\\.\\d)? to 3\\d(\\.\\d)? MB/hour"_s)), qPrintable(out));
    QVERIFY2(out.contains(u"post-GC floor 3"_s), qPrintable(out));
    // The before series ends near 501 MB growing 38 MB/hour: ~7 h to 768 MB.
    QVERIFY2(out.contains(QRegularExpression(u"OOM in ~[67](\\.\\d+)? h at 3\\d(\\.\\d)? MB/hour with a 768 MB limit"_s)),
             qPrintable(out));
    const test::ProgramRun json = test::runLeakReport({u"stats"_s, path, u"--memory-limit"_s, u"768"_s, u"--json"_s}, dir.path());
    const QJsonObject before = QJsonDocument::fromJson(json.out).object().value(u"series"_s).toArray().first().toObject();
    const QJsonObject growth = before.value(u"growth"_s).toObject();
    QVERIFY(growth.value(u"raw"_s).toObject().value(u"low"_s).toDouble() < 38.5);
    QVERIFY(growth.value(u"raw"_s).toObject().value(u"high"_s).toDouble() > 37.5);
    QVERIFY(growth.contains(u"postGcFloor"_s));
    QVERIFY(growth.value(u"timeToLimit"_s).toObject().value(u"hours"_s).toDouble() > 6);
}

void TestClaimCommands::alerts_passPromtoolCheckRules()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir);
    const test::ProgramRun run = test::runLeakReport({u"alerts"_s, path, u"-o"_s, u"rules.yml"_s, u"--memory-limit"_s, u"768"_s},
                                                     dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString rules = test::readTextFile(dir.filePath(u"rules.yml"_s));
    QVERIFY2(rules.contains(u"deriv(" + kMetric + u"[1h]) * 3600 / 1e6 > "), qPrintable(rules));
    QVERIFY2(rules.contains(u"predict_linear(" + kMetric + u"[1h], "), qPrintable(rules));
    QVERIFY2(rules.contains(u"/ 1e6 > 614.4"_s), qPrintable(rules)); // the report's 80 % of 768 MB
    const ToolRun check = runPromtool({u"check"_s, u"rules"_s, u"rules.yml"_s}, dir.path());
    if (check.exitCode == -2)
        QFAIL(qPrintable(check.output));
    QVERIFY2(check.exitCode == 0 && check.output.contains(u"SUCCESS: 3 rules found"_s), qPrintable(check.output));
    // Without a limit, only the growth rule, and the note says why.
    const test::ProgramRun noLimit = test::runLeakReport({u"alerts"_s, path}, dir.path());
    QCOMPARE(noLimit.exitCode, 0);
    QVERIFY(noLimit.out.contains("MemoryLeakGrowth") && !noLimit.out.contains("MemoryNearLimit"));
    QVERIFY2(noLimit.err.contains(u"no memory limit given"_s), qPrintable(noLimit.err));
}

// promtool evaluates the generated rule on a series that leaks at the report's rate (it fires)
// and on one that is flat (it does not).
void TestClaimCommands::alerts_fireOnTheLeakAndNotOnTheFix()
{
    QTemporaryDir dir;
    const test::ProgramRun run = test::runLeakReport({u"alerts"_s, savedSample(dir), u"-o"_s, u"rules.yml"_s}, dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString rules = test::readTextFile(dir.filePath(u"rules.yml"_s));
    const QString threshold = ruleValue(rules, u"summary: 'Memory grows faster than ([0-9.]+) MB/hour'"_s);
    const QString leak = ruleValue(rules, u"the leak grew ([0-9.]+) MB/hour before its fix"_s);
    QVERIFY2(!threshold.isEmpty() && !leak.isEmpty(), qPrintable(rules));
    QVERIFY2(threshold.toDouble() > 5 && threshold.toDouble() < 37, qPrintable(threshold));
    // 38 MB/hour is 633333.33 bytes a minute; the flat one stays at 205 MB.
    const QString tests = uR"(rule_files: [rules.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'nodejs_heap_used_bytes{app="session-gateway", instance="leaky"}'
        values: '200000000+633333.3333x600'
      - series: 'nodejs_heap_used_bytes{app="session-gateway", instance="fixed"}'
        values: '205000000+0x600'
    alert_rule_test:
      - eval_time: 5h
        alertname: MemoryLeakGrowth
        exp_alerts:
          - exp_labels:
              severity: warning
              app: session-gateway
              instance: leaky
            exp_annotations:
              summary: 'Memory grows faster than %1 MB/hour'
              description: 'leaky grows 38.0 MB/hour; the leak grew %2 MB/hour before its fix.'
)"_s.arg(threshold, leak);
    QFile file(dir.filePath(u"rules_test.yml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tests.toUtf8());
    file.close();
    const ToolRun test = runPromtool({u"test"_s, u"rules"_s, u"rules_test.yml"_s}, dir.path());
    if (test.exitCode == -2)
        QFAIL(qPrintable(test.output));
    QVERIFY2(test.exitCode == 0 && test.output.contains(u"SUCCESS"_s), qPrintable(test.output));
}

void TestClaimCommands::alerts_fill_putsThresholdsIntoMonitoringAdded()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir, [](ReportContent &c) {
        c.values[u"monitorGrowthThreshold"_s].clear();
        c.values[u"monitorGrowthDuration"_s].clear();
        c.checked[u"monitorGrowthAlert"_s] = false;
    });
    const test::ProgramRun run = test::runLeakReport({u"alerts"_s, path, u"-o"_s, u"rules.yml"_s, u"--memory-limit"_s,
                                                      u"768"_s, u"--fill"_s},
                                                     dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const LoadResult loaded = ReportFile::load(path, *ReportTemplate::builtin());
    QVERIFY(loaded.ok());
    const QString threshold = loaded.content.values.value(u"monitorGrowthThreshold"_s);
    QVERIFY2(threshold.toDouble() > 5 && threshold.toDouble() < 37, qPrintable(threshold));
    QCOMPARE(loaded.content.values.value(u"monitorGrowthDuration"_s), u"0.5"_s);
    QVERIFY(loaded.content.checked.value(u"monitorGrowthAlert"_s));
    // The typed heap threshold (80 %) is kept, and the rule uses it.
    QCOMPARE(loaded.content.values.value(u"monitorHeapThreshold"_s), u"80"_s);
    QVERIFY(test::readTextFile(dir.filePath(u"rules.yml"_s)).contains(u"/ 1e6 > 614.4"_s));
    QVERIFY2(run.err.contains(u"filled Lessons Learned"_s) || run.err.contains(u"filled "_s), qPrintable(run.err));
}

void TestClaimCommands::alerts_refuseAReportWithoutGrowth()
{
    QTemporaryDir dir;
    const QString path = savedSample(dir, [](ReportContent &c) {
        c.series[0] = test::heapSeries(QDateTime(QDate(2026, 11, 18), QTime(0, 0), QTimeZone::utc()), 8, 200, 0);
    });
    const QByteArray before = test::readBytes(path);
    const test::ProgramRun run = test::runLeakReport({u"alerts"_s, path, u"-o"_s, u"rules.yml"_s}, dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"shows no growth to alert on"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(dir.filePath(u"rules.yml"_s)));
    QCOMPARE(test::readBytes(path), before);
}

void TestClaimCommands::export_writesTheAlertRulesBesideIt_data()
{
    QTest::addColumn<QString>("output");
    QTest::newRow("markdown") << u"out/r.md"_s;
    QTest::newRow("pdf") << u"out/r.pdf"_s;
    QTest::newRow("html") << u"out/r.html"_s;
}

// Every export of a report whose data shows the leak carries the rules that would have caught
// it, beside it in its assets folder: the rules `alerts` prints, passing promtool. A report that
// shows no growth exports without them. (Exports wrote no rules file.)
void TestClaimCommands::export_writesTheAlertRulesBesideIt()
{
    QFETCH(QString, output);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"out"_s));
    const QString path = savedSample(dir);
    const test::ProgramRun exported = test::runLeakReport({u"export"_s, path, u"-o"_s, output}, dir.path());
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString rulesPath = u"out/r.assets/"_s + QLatin1StringView(kAlertRulesFileName);
    QVERIFY2(QFile::exists(dir.filePath(rulesPath)), qPrintable(QDir(dir.filePath(u"out"_s)).entryList().join(u", "_s)));
    const test::ProgramRun alerts = test::runLeakReport({u"alerts"_s, path}, dir.path());
    QCOMPARE(alerts.exitCode, 0);
    QCOMPARE(test::readBytes(dir.filePath(rulesPath)), alerts.out);
    const ToolRun check = runPromtool({u"check"_s, u"rules"_s, rulesPath}, dir.path());
    if (check.exitCode == -2)
        QFAIL(qPrintable(check.output));
    QVERIFY2(check.exitCode == 0, qPrintable(check.output));

    QTemporaryDir flatDir;
    QVERIFY(QDir(flatDir.path()).mkdir(u"out"_s));
    const QString flat = savedSample(flatDir, [](ReportContent &c) {
        c.series[0] = test::heapSeries(QDateTime(QDate(2026, 11, 18), QTime(0, 0), QTimeZone::utc()), 8, 200, 0);
    });
    const test::ProgramRun flatExport = test::runLeakReport({u"export"_s, flat, u"-o"_s, output}, flatDir.path());
    QVERIFY2(flatExport.exitCode == 0, qPrintable(flatExport.err));
    QVERIFY(QFile::exists(flatDir.filePath(output)));
    QVERIFY(!QFile::exists(flatDir.filePath(rulesPath)));
}

QTEST_GUILESS_MAIN(TestClaimCommands)
#include "tst_claimcommands.moc"
