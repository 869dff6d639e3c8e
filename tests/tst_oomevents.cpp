// OOM evidence: out-of-memory kills read from kernel logs, kubectl output and Node's own crash,
// kept in the report, counted for the "OOM incidents" fields and checked against them.
#include "testsupport.h"

#include "check/oomcountcheck.h"
#include "events/oomcounts.h"
#include "events/oomeventreader.h"
#include "events/oommarkers.h"
#include "io/reportfile.h"
#include "series/datafill.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

OomImportResult readOomFile(const QString &name, OomEventReader::Options options = {})
{
    QByteArray data = test::readBytes(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/oom/"_s + name);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return OomEventReader::read(buffer, name, options);
}

OomImportResult readOomText(const QByteArray &text, OomEventReader::Options options = {})
{
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return OomEventReader::read(buffer, u"test.log"_s, options);
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

OomEvent kernelEvent(const QString &iso, qint64 pid)
{
    OomEvent event;
    event.time = utc(iso);
    event.pid = pid;
    event.process = u"node"_s;
    return event;
}

} // namespace

class TestOomEvents : public QObject
{
    Q_OBJECT

private slots:
    void kernelAndKubernetesLogs_giveOneEventPerKill_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDateTime>("firstTime");
        QTest::addColumn<qint64>("firstPid");
        QTest::addColumn<QString>("firstProcess");
        QTest::addColumn<QString>("firstWhere");
        QTest::addColumn<QString>("firstDetail");

        const QString service = u"/system.slice/orders-api.service"_s;
        const QString session = u"/user.slice/user-1000.slice/session-3.scope"_s;
        // anon-rss 781234 kB = 799,983,616 bytes = 800 MB; 1923412 kB = 1,969,573,888 bytes = 1970 MB.
        QTest::newRow("journalctl -k -o short-iso, cgroup OOM, two kills")
            << u"journalctl-short-iso.log"_s << 0 << 2 << utc(u"2026-11-18T09:41:07Z"_s) << qint64(24817)
            << u"node"_s << service << u"anon-rss 800 MB"_s;
        QTest::newRow("journalctl -k, with the year given")
            << u"journalctl-short.log"_s << 2026 << 1 << utc(u"2026-11-18T09:41:07Z"_s) << qint64(24817) << u"node"_s
            << service << u"anon-rss 800 MB"_s;
        QTest::newRow("dmesg -T, global OOM") << u"dmesg-T.log"_s << 0 << 1 << utc(u"2026-11-18T09:41:07Z"_s)
                                              << qint64(4242) << u"node"_s << session << u"anon-rss 1970 MB"_s;
        QTest::newRow("dmesg --time-format iso, microseconds after a comma")
            << u"dmesg-iso.log"_s << 0 << 1 << utc(u"2026-11-18T09:41:07.413Z"_s) << qint64(4242) << u"node"_s
            << session << u"anon-rss 1970 MB"_s;
        QTest::newRow("Debian 12 kern.log, +01:00") << u"kern.log"_s << 0 << 1 << utc(u"2026-11-18T10:20:33.104Z"_s)
                                                    << qint64(4242) << u"node"_s << QString() << u"anon-rss 1970 MB"_s;
        QTest::newRow("kubectl describe pod, Last State OOMKilled")
            << u"kubectl-describe-pod.txt"_s << 0 << 1 << utc(u"2026-11-18T09:41:07Z"_s) << qint64(-1) << u"api"_s
            << u"prod/orders-api-7d9f8c6b5-x2klp"_s << u"exit code 137"_s;
        QTest::newRow("kubectl get events -o json, OOMKilling and SystemOOM")
            << u"kubectl-get-events.json"_s << 0 << 2 << utc(u"2026-11-18T09:41:07Z"_s) << qint64(24817) << u"node"_s
            << u"worker-2"_s << u"OOMKilling"_s;
    }

    void kernelAndKubernetesLogs_giveOneEventPerKill()
    {
        QFETCH(QString, file);
        QFETCH(int, year);
        QFETCH(int, count);
        OomEventReader::Options options;
        options.year = year;
        const OomImportResult result = readOomFile(file, options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.events.size(), count);
        const OomEvent &first = result.events.first();
        QTEST(first.time, "firstTime");
        QTEST(first.pid, "firstPid");
        QTEST(first.process, "firstProcess");
        QTEST(first.where, "firstWhere");
        QTEST(first.detail, "firstDetail");
        QCOMPARE(first.fileName, file);
        QVERIFY(first.line > 0 || file.endsWith(u".json"_s));
    }

    void kubectlEvents_keepTheirRepeatCount()
    {
        const OomImportResult result = readOomFile(u"kubectl-get-events.json"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const OomEvent &systemOom = result.events.at(1);
        QCOMPARE(systemOom.occurrences, 2);
        QCOMPARE(systemOom.time, utc(u"2026-11-19T04:31:20Z"_s));
        QCOMPARE(systemOom.process, u"node"_s);
        QCOMPARE(systemOom.pid, qint64(31337));
    }

    void zonelessTimes_areReadAsUtcAndSaidSo()
    {
        const OomImportResult result = readOomFile(u"dmesg-T.log"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.notes.size(), 1);
        QVERIFY2(result.notes.first().contains(u"read as UTC"_s), qPrintable(result.notes.first()));
    }

    void unreadableLogs_areRefusedWithFileLineAndReason_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dmesg without -T") << u"dmesg-raw.log"_s
                                          << u"dmesg-raw.log:2: dmesg without -T counts seconds since boot"_s;
        QTest::newRow("journalctl short without a year")
            << u"journalctl-short.log"_s << u"journalctl-short.log:2: journalctl's short format has no year"_s;
        QTest::newRow("kubectl get events as a table")
            << u"kubectl-get-events.txt"_s << u"kubectl-get-events.txt:1: kubectl get events prints ages"_s;
    }

    void unreadableLogs_areRefusedWithFileLineAndReason()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const OomImportResult result = readOomFile(file);
        QVERIFY(!result.ok());
        QVERIFY(result.events.isEmpty());
        QVERIFY2(result.error.startsWith(expected), qPrintable(result.error));
    }

    void logWithoutOom_isRefused()
    {
        const OomImportResult result = readOomText("Nov 18 09:41:07 web-03 systemd[1]: Started orders-api.service.\n");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u"test.log: no out-of-memory events"_s), qPrintable(result.error));
    }

    void isoTimeWithoutZone_isRefused()
    {
        const OomImportResult result = readOomText(
            "2026-11-18T09:41:07 web-03 kernel: Out of memory: Killed process 4242 (node) total-vm:1kB, anon-rss:1kB\n");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u"test.log:1: the time \"2026-11-18T09:41:07\" has no zone"_s), qPrintable(result.error));
    }

    void realNodeOutOfMemory_isOneNodeEventAtTheLastGc()
    {
        const test::NodeRun run = test::runNode(test::kNodeHeapFillingScript, {u"--max-old-space-size=16"_s, u"--trace-gc"_s});
        QVERIFY2(run.error.isEmpty(), qPrintable(run.error));
        const QByteArray &log = run.log;
        QVERIFY2(log.contains("JavaScript heap out of memory"), log.right(2000).constData());

        const OomImportResult result = readOomText(log);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.events.size(), 1);
        const OomEvent &event = result.events.first();
        QCOMPARE(event.source, OomEvent::Source::Node);
        QVERIFY(!event.time.isValid()); // node prints no wall-clock time
        QCOMPARE(event.pid, run.pid);
        // The last GC line before the crash banner names the time.
        const QByteArray beforeBanner = log.left(log.indexOf("<--- Last few GCs"));
        const qsizetype lastGc = beforeBanner.lastIndexOf(" ms: ");
        qsizetype start = lastGc;
        while (start > 0 && beforeBanner.at(start - 1) != ' ')
            --start;
        QCOMPARE(event.processTimeMs, beforeBanner.mid(start, lastGc - start).toLongLong());
        QCOMPARE(result.notes.size(), 1);
    }

    void nodeCrashWithCollectorTimestamp_takesThatTime()
    {
        const OomImportResult result = readOomText(
            "2026-11-18T09:41:06.998123456Z [1:0x55d0c8e3c000]  7212044 ms: Mark-Compact 636.1 (645.2) -> 635.9 (645.7) MB, "
            "912.40 / 0.00 ms  (average mu = 0.112, current mu = 0.021) allocation failure; scavenge might not succeed\n"
            "2026-11-18T09:41:07.203000000Z FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.events.size(), 1);
        QCOMPARE(result.events.first().time, utc(u"2026-11-18T09:41:07.203Z"_s));
        QCOMPARE(result.events.first().processTimeMs, qint64(7212044));
        QCOMPARE(result.events.first().pid, qint64(1));
    }

    void counts_useTheWeekBeforeAndTheMonthAfterTheDeployment()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.values[u"deploymentTime"_s] = u"2026-11-20 12:00 UTC"_s;
        content.oomEvents = {kernelEvent(u"2026-11-10T09:00:00Z"_s, 1), // 10 days before: total only
                             kernelEvent(u"2026-11-14T09:00:00Z"_s, 2), kernelEvent(u"2026-11-20T11:59:59Z"_s, 3),
                             kernelEvent(u"2026-11-20T12:00:00Z"_s, 4), // at the deployment: after
                             kernelEvent(u"2026-12-25T12:00:00Z"_s, 5)}; // 35 days after: total only
        content.oomEvents[1].occurrences = 3;
        const OomCounts counts = OomCounts::of(content);
        QCOMPARE(counts.total, 7);
        QCOMPARE(counts.beforePerWeek, std::optional<int>(4));
        QCOMPARE(counts.afterPerMonth, std::optional<int>(1));

        content.values[u"deploymentTime"_s] = u"2026-11-20 12:00 CET"_s; // names no instant
        QVERIFY(!OomCounts::of(content).beforePerWeek);
        QCOMPARE(OomCounts::of(content).total, 7);
    }

    void merging_skipsEventsTheReportHolds()
    {
        QList<OomEvent> events = {kernelEvent(u"2026-11-18T09:41:07Z"_s, 24817)};
        const QList<OomEvent> again = {kernelEvent(u"2026-11-19T09:00:00Z"_s, 9), kernelEvent(u"2026-11-18T09:41:07Z"_s, 24817),
                                       kernelEvent(u"2026-11-17T09:00:00Z"_s, 8)};
        QCOMPARE(mergeOomEvents(events, again), qsizetype(2));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).pid, qint64(8)); // in time order
        QCOMPARE(events.at(2).pid, qint64(9));

        // The kernel's kill and node-problem-detector's event of it: one incident.
        OomEvent seenByKubernetes = kernelEvent(u"2026-11-18T09:41:09Z"_s, 24817);
        seenByKubernetes.source = OomEvent::Source::Kubernetes;
        QCOMPARE(mergeOomEvents(events, {seenByKubernetes}), qsizetype(0));
    }

    void markers_sitOnTheSeriesThatSharesTheirClock()
    {
        MemorySeries wallClock; // 09:00 to 14:00 UTC, as a CSV or Prometheus series
        wallClock.source.format = u"csv"_s;
        const qint64 nine = utc(u"2026-11-18T09:00:00Z"_s).toMSecsSinceEpoch();
        wallClock.samples = {{nine, 1e8}, {nine + 5 * 3600000LL, 2e8}};
        QCOMPARE(OomMarkers::hoursInto(wallClock, kernelEvent(u"2026-11-18T10:30:00Z"_s, 1)), std::optional<double>(1.5));
        QVERIFY(!OomMarkers::hoursInto(wallClock, kernelEvent(u"2026-11-18T15:00:00Z"_s, 1))); // after the series

        MemorySeries traceGc; // ms since the isolate of pid 8447 started
        traceGc.source.format = u"trace-gc"_s;
        traceGc.source.query = u"8447:0x19443cb0"_s;
        traceGc.samples = {{19, 4e6}, {7200019, 16e6}};
        OomEvent crash;
        crash.source = OomEvent::Source::Node;
        crash.pid = 8447;
        crash.processTimeMs = 3600019;
        QCOMPARE(OomMarkers::hoursInto(traceGc, crash), std::optional<double>(1.0));
        crash.pid = 9999; // another process's crash
        QVERIFY(!OomMarkers::hoursInto(traceGc, crash));
        QVERIFY(!OomMarkers::hoursInto(traceGc, kernelEvent(u"2026-11-18T10:30:00Z"_s, 1))); // no process time
        QVERIFY(!OomMarkers::hoursInto(wallClock, crash));                                  // no wall-clock time

        wallClock.role = SeriesRole::Before;
        QCOMPARE(OomMarkers::onChart({traceGc, wallClock}, {kernelEvent(u"2026-11-18T10:30:00Z"_s, 1), crash}),
                 QList<double>{1.5});
    }

    void events_roundTripThroughTheNativeFile()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        OomImportResult kernel = readOomFile(u"journalctl-short-iso.log"_s);
        OomImportResult kube = readOomFile(u"kubectl-get-events.json"_s);
        QVERIFY(kernel.ok() && kube.ok());
        mergeOomEvents(content.oomEvents, kernel.events + kube.events);
        OomEvent node;
        node.source = OomEvent::Source::Node;
        node.processTimeMs = 82;
        node.pid = 8447;
        content.oomEvents.append(node);
        const QByteArray json = ReportFile::toJson(*reportTemplate, content);
        const LoadResult loaded = ReportFile::fromJson(json, *reportTemplate, u"r.leakreport"_s);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        QCOMPARE(loaded.content.oomEvents, content.oomEvents);
        QCOMPARE(loaded.content, content);

        // A report without events keeps the file it always had.
        QVERIFY(!ReportFile::toJson(*reportTemplate, ReportContent::fromTemplate(*reportTemplate)).contains("oomEvents"));
    }

    void damagedEventsInTheFile_nameTheirJsonPath_data()
    {
        QTest::addColumn<QByteArray>("events");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown source") << QByteArray(R"([{"source": "syslog"}])")
                                        << u"oomEvents[0].source: expected \"kernel\", \"kubernetes\" or \"node\""_s;
        QTest::newRow("time with no zone") << QByteArray(R"([{"source": "kernel", "time": "2026-11-18T09:41:07"}])")
                                           << u"oomEvents[0].time: \"2026-11-18T09:41:07\" is not a UTC time"_s;
        QTest::newRow("negative pid") << QByteArray(R"([{"source": "kernel"}, {"source": "node", "pid": -3}])")
                                      << u"oomEvents[1].pid: expected a whole number from 0"_s;
        QTest::newRow("not a list") << QByteArray(R"({"source": "kernel"})") << u"oomEvents: expected a list"_s;
    }

    void damagedEventsInTheFile_nameTheirJsonPath()
    {
        QFETCH(QByteArray, events);
        QFETCH(QString, expected);
        const auto reportTemplate = ReportTemplate::builtin();
        QByteArray json = ReportFile::toJson(*reportTemplate, ReportContent::fromTemplate(*reportTemplate));
        json.insert(json.lastIndexOf('}'), ", \"oomEvents\": " + events);
        const LoadResult loaded = ReportFile::fromJson(json, *reportTemplate, u"r.leakreport"_s);
        QVERIFY(!loaded.ok());
        QVERIFY2(loaded.error.contains(expected), qPrintable(loaded.error));
    }

    void dataFill_writesTheCountsTheFieldsAskFor()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.values[u"deploymentTime"_s] = u"2026-11-20 12:00 UTC"_s;
        content.oomEvents = {kernelEvent(u"2026-11-14T09:00:00Z"_s, 2), kernelEvent(u"2026-11-18T09:00:00Z"_s, 3)};
        QHash<QString, QString> proposed;
        for (const FieldFill &fill : DataFill::propose(*reportTemplate, content))
            proposed.insert(fill.fieldId, fill.proposed);
        QCOMPARE(proposed.value(u"impactOomIncidents"_s), u"2"_s);
        QCOMPARE(proposed.value(u"beforeFixOomIncidents"_s), u"2"_s);
        QCOMPARE(proposed.value(u"afterFixOomIncidents"_s), u"0"_s);
    }

    void countCheck_agreesWithExactApproximateAndBoundedClaims_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("measured");
        QTest::addColumn<bool>("agrees");
        QTest::newRow("exact") << u"3"_s << 3 << true;
        QTest::newRow("exact, wrong") << u"4"_s << 3 << false;
        QTest::newRow("with the unit") << u"3/week"_s << 3 << true;
        QTest::newRow("about, within 25%") << u"~12"_s << 10 << true;
        QTest::newRow("about, beyond 25%") << u"~12"_s << 8 << false;
        QTest::newRow("fewer than") << u"<1"_s << 0 << true;
        QTest::newRow("fewer than, wrong") << u"<1"_s << 1 << false;
        QTest::newRow("more than") << u">10"_s << 11 << true;
    }

    void countCheck_agreesWithExactApproximateAndBoundedClaims()
    {
        QFETCH(QString, typed);
        QFETCH(int, measured);
        QTEST(OomCountCheck::agrees(typed, measured), "agrees");
    }

    void countCheck_namesBothValuesAndOffersTheMeasuredOne()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.values[u"deploymentTime"_s] = u"2026-11-20 12:00 UTC"_s;
        content.oomEvents = {kernelEvent(u"2026-11-14T09:00:00Z"_s, 2), kernelEvent(u"2026-11-18T09:00:00Z"_s, 3),
                             kernelEvent(u"2026-11-22T09:00:00Z"_s, 4)};
        ReportValidator validator(*reportTemplate);
        const auto mismatches = [&] {
            QList<ReportProblem> found;
            for (const ReportProblem &problem : validator.validate(content)) {
                if (problem.kind == ReportProblem::Kind::ClaimMismatch)
                    found.append(problem);
            }
            return found;
        };

        // Passing: what the events say (the after-fix default "0" is contradicted by one kill).
        content.values[u"impactOomIncidents"_s] = u"3"_s;
        content.values[u"beforeFixOomIncidents"_s] = u"2"_s;
        content.values[u"afterFixOomIncidents"_s] = u"1"_s;
        QVERIFY(mismatches().isEmpty());

        // Failing: each field names the typed and the measured value.
        content.values[u"impactOomIncidents"_s] = u"5"_s;
        content.values[u"afterFixOomIncidents"_s] = u"0"_s;
        const QList<ReportProblem> problems = mismatches();
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).fieldId, u"impactOomIncidents"_s);
        QCOMPARE(problems.at(0).measuredValue, u"3"_s);
        QCOMPARE(problems.at(0).typed, u"5"_s);
        QVERIFY(problems.at(0).isError());
        QVERIFY2(problems.at(0).message.contains(u"says 5"_s) && problems.at(0).message.contains(u"3 incidents"_s),
                 qPrintable(problems.at(0).message));
        QCOMPARE(problems.at(1).fieldId, u"afterFixOomIncidents"_s);
        QCOMPARE(problems.at(1).measuredValue, u"1"_s);
        QVERIFY2(problems.at(1).message.contains(u"0/month"_s) && problems.at(1).message.contains(u"show 1 in the 30 days"_s),
                 qPrintable(problems.at(1).message));
        QCOMPARE(validator.describe(problems.at(1)).left(24), u"Deployment and Results \u203a"_s.left(24));

        // No events, no evidence: nothing to contradict.
        content.oomEvents.clear();
        QVERIFY(mismatches().isEmpty());
    }
};

} // namespace lr

QTEST_GUILESS_MAIN(lr::TestOomEvents)
#include "tst_oomevents.moc"
