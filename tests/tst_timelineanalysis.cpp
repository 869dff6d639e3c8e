#include "model/timelineanalysis.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// A new report whose milestones (in template order) have the given times.
ReportContent withMilestoneTimes(const QStringList &times, const QString &reportDate = u"2026-03-02"_s)
{
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    content.values[u"date"_s] = reportDate;
    QList<Row> &rows = content.rows[u"timeline"_s];
    for (int i = 0; i < times.size(); ++i)
        rows[i][u"time"_s] = times[i];
    return content;
}

Row row(const QString &time, const QString &event)
{
    return Row{{u"time"_s, time}, {u"event"_s, event}, {u"details"_s, QString()}};
}

} // namespace

class TestTimelineAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void timeline_isFoundFromTheTemplate();
    void sample_durationsOrderAndWarnings();
    void timeOfRow_readsBothForms_data();
    void timeOfRow_readsBothForms();
    void bareTimes_withoutReportDate_stillOrder();
    void swappedMilestones_warn();
    void unparseableTimes_sortLast();
    void timesInDifferentZones_orderAndMeasureAsInstants();
    void resolve_fallsBackToTheLastTimedMilestone();
    void resolve_endsAtTheFixNeverEarlier_data();
    void resolve_endsAtTheFixNeverEarlier();
    void bareTime_takesTheDateOfTheNearestEarlierDatedRow_data();
    void bareTime_takesTheDateOfTheNearestEarlierDatedRow();
    void bareTimeAfterDatedRows_measuresFromThatDay();
    void sorting_keepsEveryRowsTime();
    void sortingThatWouldRedateABareTime_isFlagged();
    void missingTimes_giveNoDurations();
    void templateWithoutTimeline_isEmpty();
    void formatDuration_data();
    void formatDuration();
};

void TestTimelineAnalysis::timeline_isFoundFromTheTemplate()
{
    const auto t = ReportTemplate::builtin();
    const RowSetDef *timeline = TimelineAnalysis::timelineOf(*t);
    QVERIFY(timeline);
    QCOMPARE(timeline->id, u"timeline"_s);
    QCOMPARE(TimelineAnalysis(*t, ReportContent::fromTemplate(*t)).rowSet(), timeline);
}

void TestTimelineAnalysis::sample_durationsOrderAndWarnings()
{
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), test::sampleContent());
    const QDateTime release = utc(2026, 10, 28, 16, 0);
    const QDateTime detection = utc(2026, 11, 18, 9, 12);
    const QDateTime validation = utc(2026, 11, 19, 20, 30);
    QCOMPARE(analysis.timeOfRow(0), release);
    QCOMPARE(analysis.timeOfRow(1), detection);
    QCOMPARE(analysis.secondsToDetect(), release.secsTo(detection));
    QCOMPARE(analysis.secondsToResolve(), detection.secsTo(validation));
    QCOMPARE(TimelineAnalysis::formatDuration(*analysis.secondsToDetect()), u"20 d 17 h"_s);
    QCOMPARE(TimelineAnalysis::formatDuration(*analysis.secondsToResolve()), u"35 h 18 min"_s);
    QVERIFY(analysis.isSortedByTime());
    QCOMPARE(analysis.sortedRows(), test::sampleContent().rows.value(u"timeline"_s));
    QCOMPARE(analysis.milestoneOrderWarnings(), QStringList());
}

void TestTimelineAnalysis::timeOfRow_readsBothForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: no time
    QTest::newRow("bare time") << u"09:12"_s << utc(2026, 3, 2, 9, 12);
    QTest::newRow("one-digit hour") << u"9:05"_s << utc(2026, 3, 2, 9, 5);
    QTest::newRow("surrounding spaces") << u"  23:59 "_s << utc(2026, 3, 2, 23, 59);
    QTest::newRow("absolute") << u"2026-11-19 14:20"_s << utc(2026, 11, 19, 14, 20);
    QTest::newRow("absolute UTC") << u"2026-11-19 14:20 UTC"_s << utc(2026, 11, 19, 14, 20);
    QTest::newRow("ISO T") << u"2026-11-19T14:20"_s << utc(2026, 11, 19, 14, 20);
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("words") << u"after lunch"_s << QDateTime();
    QTest::newRow("hour 24") << u"24:00"_s << QDateTime();
    QTest::newRow("minute 60") << u"10:60"_s << QDateTime();
    QTest::newRow("bad date") << u"2026-02-30 10:00"_s << QDateTime();
    QTest::newRow("offset") << u"2026-11-19 16:20 +02:00"_s << utc(2026, 11, 19, 14, 20);
    QTest::newRow("zone name") << u"2026-11-19 14:20 CET"_s << QDateTime();
}

void TestTimelineAnalysis::timeOfRow_readsBothForms()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), withMilestoneTimes({text}));
    const std::optional<QDateTime> time = analysis.timeOfRow(0);
    QCOMPARE(time.has_value(), expected.isValid());
    if (time)
        QCOMPARE(*time, expected);
    QVERIFY(!analysis.timeOfRow(-1));
    QVERIFY(!analysis.timeOfRow(99));
}

void TestTimelineAnalysis::bareTimes_withoutReportDate_stillOrder()
{
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), withMilestoneTimes({u"08:00"_s, u"09:30"_s}, QString()));
    QVERIFY(analysis.timeOfRow(0));
    QCOMPARE(analysis.timeOfRow(0)->secsTo(*analysis.timeOfRow(1)), 90 * 60);
    QCOMPARE(analysis.secondsToResolve(), std::nullopt); // investigating is not resolving
    const TimelineAnalysis deployed(*ReportTemplate::builtin(),
                                    withMilestoneTimes({u"08:00"_s, QString(), QString(), QString(), u"09:30"_s}, QString()));
    QCOMPARE(deployed.secondsToResolve(), 90 * 60);
}

void TestTimelineAnalysis::swappedMilestones_warn()
{
    // Fix implemented and Fix deployed carry each other's times.
    const ReportContent content = withMilestoneTimes(
        {u"08:00"_s, u"08:20"_s, u"09:00"_s, u"11:30"_s, u"09:10"_s, u"2026-03-02 12:00 UTC"_s});
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), content);
    QCOMPARE(analysis.milestoneOrderWarnings(),
             QStringList{u"“Fix deployed” (09:10) is before “Fix implemented” (11:30)"_s});
    QVERIFY(!analysis.isSortedByTime());
    const QList<Row> sorted = analysis.sortedRows();
    QCOMPARE(sorted[3].value(u"event"_s), u"Fix deployed"_s);
    QCOMPARE(sorted[4].value(u"event"_s), u"Fix implemented"_s);

    // One early milestone is one warning, not one per pair.
    const TimelineAnalysis early(*ReportTemplate::builtin(),
                                 withMilestoneTimes({u"08:00"_s, u"07:00"_s, u"09:00"_s, u"10:00"_s}));
    QCOMPARE(early.milestoneOrderWarnings(),
             QStringList{u"“Investigation started” (07:00) is before “Detection” (08:00)"_s});
}

void TestTimelineAnalysis::unparseableTimes_sortLast()
{
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    content.values[u"date"_s] = u"2026-03-02"_s; // bare times above the dated rows fall on it
    content.rows[u"timeline"_s] = {row(u"10:00"_s, u"a"_s), row(u"soon"_s, u"b"_s), row(u"09:00"_s, u"c"_s),
                                   row(QString(), u"d"_s), row(u"2026-03-03 08:00"_s, u"e"_s),
                                   row(u"2026-03-02 09:00"_s, u"f"_s)};
    const TimelineAnalysis analysis(*t, content);
    QVERIFY(!analysis.isSortedByTime());
    QVERIFY(analysis.sortKeepsEveryTime());
    QStringList order;
    for (const Row &r : analysis.sortedRows())
        order.append(r.value(u"event"_s));
    QCOMPARE(order, (QStringList{u"c"_s, u"f"_s, u"a"_s, u"e"_s, u"b"_s, u"d"_s})); // stable for equal times

    content.rows[u"timeline"_s] = analysis.sortedRows();
    QVERIFY(TimelineAnalysis(*t, content).isSortedByTime());
}

void TestTimelineAnalysis::timesInDifferentZones_orderAndMeasureAsInstants()
{
    // An on-call engineer in Berlin (+01:00) detects, a colleague in New York (-05:00) deploys:
    // the wall-clock hours read out of order, the instants do not.
    const ReportContent content = withMilestoneTimes({u"2026-03-02 09:00 +01:00"_s, u"2026-03-02 08:30 UTC"_s,
                                                      u"2026-03-02 04:00 -05:00"_s, u"2026-03-02 10:00 Z"_s,
                                                      u"2026-03-02 06:00 -05:00"_s});
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), content);
    QCOMPARE(analysis.timeOfRow(0), utc(2026, 3, 2, 8, 0));
    QCOMPARE(analysis.timeOfRow(4), utc(2026, 3, 2, 11, 0));
    QVERIFY(analysis.milestoneOrderWarnings().isEmpty());
    QVERIFY(analysis.isSortedByTime());
    QCOMPARE(analysis.secondsToResolve(), qint64(3 * 3600)); // 08:00 UTC to 11:00 UTC

    // The same wall-clock hour in a later zone is earlier: Detection now comes after the start.
    const TimelineAnalysis swapped(*ReportTemplate::builtin(),
                                   withMilestoneTimes({u"2026-03-02 09:00 -01:00"_s, u"2026-03-02 09:30 +01:00"_s}));
    QCOMPARE(swapped.milestoneOrderWarnings(),
             QStringList{u"“Investigation started” (2026-03-02 09:30 +01:00) is before “Detection” (2026-03-02 09:00 -01:00)"_s});
}

void TestTimelineAnalysis::resolve_fallsBackToTheLastTimedMilestone()
{
    // Validation complete has no time yet: resolution runs to Fix deployed.
    const TimelineAnalysis analysis(*ReportTemplate::builtin(),
                                    withMilestoneTimes({u"08:00"_s, QString(), QString(), u"10:00"_s, u"11:45"_s}));
    QCOMPARE(analysis.secondsToResolve(), qint64(3 * 3600 + 45 * 60));
    QCOMPARE(analysis.secondsToDetect(), std::nullopt); // nothing happened before Detection
}

void TestTimelineAnalysis::resolve_endsAtTheFixNeverEarlier_data()
{
    // Milestone times in template order: Detection, Investigation started, Root cause identified,
    // Fix implemented, Fix deployed, Validation complete.
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<qint64>("expectedMinutes"); // -1: not resolved yet
    QTest::newRow("nothing after detection") << QStringList{u"08:00"_s} << qint64(-1);
    QTest::newRow("investigating") << QStringList{u"08:00"_s, u"08:30"_s} << qint64(-1);
    QTest::newRow("root cause found") << QStringList{u"08:00"_s, u"08:30"_s, u"10:00"_s} << qint64(-1);
    QTest::newRow("fix implemented, not deployed")
        << QStringList{u"08:00"_s, u"08:30"_s, u"10:00"_s, u"11:00"_s} << qint64(-1);
    QTest::newRow("fix deployed")
        << QStringList{u"08:00"_s, u"08:30"_s, u"10:00"_s, u"11:00"_s, u"12:00"_s} << qint64(4 * 60);
    QTest::newRow("validated")
        << QStringList{u"08:00"_s, u"08:30"_s, u"10:00"_s, u"11:00"_s, u"12:00"_s, u"15:30"_s} << qint64(7 * 60 + 30);
    QTest::newRow("validated, deploy time missing")
        << QStringList{u"08:00"_s, QString(), QString(), QString(), QString(), u"15:30"_s} << qint64(7 * 60 + 30);
    QTest::newRow("deploy time unreadable")
        << QStringList{u"08:00"_s, QString(), QString(), u"11:00"_s, u"soon"_s} << qint64(-1);
}

void TestTimelineAnalysis::resolve_endsAtTheFixNeverEarlier()
{
    QFETCH(QStringList, times);
    QFETCH(qint64, expectedMinutes);
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), withMilestoneTimes(times));
    if (expectedMinutes < 0)
        QCOMPARE(analysis.secondsToResolve(), std::nullopt);
    else
        QCOMPARE(analysis.secondsToResolve(), expectedMinutes * 60);
}

void TestTimelineAnalysis::bareTime_takesTheDateOfTheNearestEarlierDatedRow_data()
{
    // The report is dated 2026-03-16; rows are in table order.
    QTest::addColumn<QStringList>("times");
    QTest::addColumn<QList<QDateTime>>("expected"); // per row; invalid: untimed
    QTest::newRow("after a dated row")
        << QStringList{u"2026-03-14 08:10"_s, u"09:00"_s}
        << QList<QDateTime>{utc(2026, 3, 14, 8, 10), utc(2026, 3, 14, 9, 0)};
    QTest::newRow("nearest dated row wins")
        << QStringList{u"2026-03-14 08:10"_s, u"09:00"_s, u"2026-03-15T07:00"_s, u"07:30"_s, u"23:00"_s}
        << QList<QDateTime>{utc(2026, 3, 14, 8, 10), utc(2026, 3, 14, 9, 0), utc(2026, 3, 15, 7, 0),
                            utc(2026, 3, 15, 7, 30), utc(2026, 3, 15, 23, 0)};
    QTest::newRow("no dated row above: report date")
        << QStringList{u"07:00"_s, u"2026-03-14 08:10"_s}
        << QList<QDateTime>{utc(2026, 3, 16, 7, 0), utc(2026, 3, 14, 8, 10)};
    QTest::newRow("empty and unreadable rows lend nothing")
        << QStringList{u"2026-03-14 08:10"_s, QString(), u"soon"_s, u"09:00"_s}
        << QList<QDateTime>{utc(2026, 3, 14, 8, 10), QDateTime(), QDateTime(), utc(2026, 3, 14, 9, 0)};
    // The day as typed, in the row's own zone; the bare time itself is UTC.
    QTest::newRow("dated row with an offset")
        << QStringList{u"2026-03-14 00:30 +02:00"_s, u"09:00"_s}
        << QList<QDateTime>{utc(2026, 3, 13, 22, 30), utc(2026, 3, 14, 9, 0)};
    // A row that cannot be placed in time (zone abbreviation) is no anchor for the rows after it.
    QTest::newRow("untimed dated row lends nothing")
        << QStringList{u"2026-03-14 08:10 CET"_s, u"09:00"_s}
        << QList<QDateTime>{QDateTime(), utc(2026, 3, 16, 9, 0)};
}

void TestTimelineAnalysis::bareTime_takesTheDateOfTheNearestEarlierDatedRow()
{
    QFETCH(QStringList, times);
    QFETCH(QList<QDateTime>, expected);
    const TimelineAnalysis analysis(*ReportTemplate::builtin(), withMilestoneTimes(times, u"2026-03-16"_s));
    for (int row = 0; row < expected.size(); ++row) {
        const std::optional<QDateTime> time = analysis.timeOfRow(row);
        QVERIFY2(time.has_value() == expected[row].isValid(), qPrintable(times[row]));
        if (time)
            QCOMPARE(*time, expected[row]);
    }
}

void TestTimelineAnalysis::bareTimeAfterDatedRows_measuresFromThatDay()
{
    // The finding: 09:00 after 2026-03-14 08:10 in a report dated 03-16 was two days later.
    const TimelineAnalysis analysis(
        *ReportTemplate::builtin(),
        withMilestoneTimes({u"2026-03-14 08:10"_s, u"08:25"_s, u"08:40"_s, u"08:50"_s, u"09:00"_s}, u"2026-03-16"_s));
    QCOMPARE(analysis.secondsToResolve(), qint64(50 * 60));
    QVERIFY(analysis.milestoneOrderWarnings().isEmpty());
    QVERIFY(analysis.isSortedByTime());
}

void TestTimelineAnalysis::sorting_keepsEveryRowsTime()
{
    // Sorting moves rows, and a bare time's day depends on the rows above it: each row must still
    // name the same instant afterwards.
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    content.values[u"date"_s] = u"2026-03-16"_s;
    content.rows[u"timeline"_s] = {row(u"2026-03-14 08:10"_s, u"a"_s), row(u"09:00"_s, u"b"_s),
                                   row(u"2026-03-13 23:00"_s, u"c"_s), row(u"23:30"_s, u"d"_s),
                                   row(u"soon"_s, u"e"_s), row(u"2026-03-14 08:30"_s, u"f"_s),
                                   row(u"08:45"_s, u"g"_s)};
    const TimelineAnalysis before(*t, content);
    QMap<QString, std::optional<QDateTime>> timeOfEvent;
    for (int i = 0; i < content.rows[u"timeline"_s].size(); ++i)
        timeOfEvent[content.rows[u"timeline"_s][i].value(u"event"_s)] = before.timeOfRow(i);
    content.rows[u"timeline"_s] = before.sortedRows();
    const TimelineAnalysis after(*t, content);
    QVERIFY(before.sortKeepsEveryTime());
    QVERIFY(after.isSortedByTime());
    QStringList order;
    for (int i = 0; i < content.rows[u"timeline"_s].size(); ++i) {
        const QString event = content.rows[u"timeline"_s][i].value(u"event"_s);
        order.append(event);
        QCOMPARE(after.timeOfRow(i), timeOfEvent.value(event));
    }
    QCOMPARE(order, (QStringList{u"c"_s, u"d"_s, u"a"_s, u"f"_s, u"g"_s, u"b"_s, u"e"_s}));
}

void TestTimelineAnalysis::sortingThatWouldRedateABareTime_isFlagged()
{
    // 10:00 is on the report day (no dated row above it); sorted below the earlier dated row it
    // would take that row's day. The table has to be given dates before it can be sorted.
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    content.values[u"date"_s] = u"2026-03-16"_s;
    content.rows[u"timeline"_s] = {row(u"10:00"_s, u"a"_s), row(u"2026-03-14 08:00"_s, u"b"_s), row(u"09:00"_s, u"c"_s)};
    const TimelineAnalysis analysis(*t, content);
    QCOMPARE(analysis.timeOfRow(0), utc(2026, 3, 16, 10, 0));
    QCOMPARE(analysis.timeOfRow(2), utc(2026, 3, 14, 9, 0));
    QVERIFY(!analysis.isSortedByTime());
    QVERIFY(!analysis.sortKeepsEveryTime());

    content.rows[u"timeline"_s][0][u"time"_s] = u"2026-03-16 10:00"_s;
    QVERIFY(TimelineAnalysis(*t, content).sortKeepsEveryTime());
}

void TestTimelineAnalysis::missingTimes_giveNoDurations()
{
    const auto t = ReportTemplate::builtin();
    const TimelineAnalysis fresh(*t, ReportContent::fromTemplate(*t));
    QCOMPARE(fresh.secondsToDetect(), std::nullopt);
    QCOMPARE(fresh.secondsToResolve(), std::nullopt);
    QVERIFY(fresh.isSortedByTime());
    QVERIFY(fresh.milestoneOrderWarnings().isEmpty());

    // Detection removed: other rows have times, but nothing to measure from.
    ReportContent content = test::sampleContent();
    content.rows[u"timeline"_s].removeAt(1);
    const TimelineAnalysis noDetection(*t, content);
    QCOMPARE(noDetection.secondsToDetect(), std::nullopt);
    QCOMPARE(noDetection.secondsToResolve(), std::nullopt);
}

void TestTimelineAnalysis::templateWithoutTimeline_isEmpty()
{
    QString error;
    const auto t = ReportTemplate::fromJson(
        R"({"id":"t","title":"T","sections":[{"id":"s","title":"S","subsections":[{"blocks":[
            {"kind":"fields","fields":[{"id":"day","type":"date","placeholder":"x"}]},
            {"kind":"table","rows":{"id":"r","keyColumn":"what","columns":[
                {"id":"what","placeholder":"x"},{"id":"when","type":"time","placeholder":"x"}]}}
        ]}]}]})",
        &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(TimelineAnalysis::timelineOf(*t), nullptr); // no default rows: no milestones
    ReportContent content = ReportContent::fromTemplate(*t);
    content.rows[u"r"_s] = {Row{{u"what"_s, u"x"_s}, {u"when"_s, u"10:00"_s}}};
    const TimelineAnalysis analysis(*t, content);
    QCOMPARE(analysis.rowSet(), nullptr);
    QVERIFY(!analysis.timeOfRow(0));
    QVERIFY(analysis.sortedRows().isEmpty());
    QVERIFY(analysis.isSortedByTime());
    QVERIFY(analysis.milestoneOrderWarnings().isEmpty());
    QCOMPARE(analysis.secondsToDetect(), std::nullopt);
    QCOMPARE(analysis.secondsToResolve(), std::nullopt);
}

void TestTimelineAnalysis::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64(0) << u"0 min"_s;
    QTest::newRow("seconds are dropped") << qint64(59) << u"0 min"_s;
    QTest::newRow("minutes") << qint64(45 * 60) << u"45 min"_s;
    QTest::newRow("whole hour") << qint64(3600) << u"1 h"_s;
    QTest::newRow("hours and minutes") << qint64(35 * 3600 + 18 * 60) << u"35 h 18 min"_s;
    QTest::newRow("just under two days") << qint64(47 * 3600 + 59 * 60) << u"47 h 59 min"_s;
    QTest::newRow("two days") << qint64(48 * 3600) << u"2 d"_s;
    QTest::newRow("days and hours") << qint64((20 * 24 + 17) * 3600 + 12 * 60) << u"20 d 17 h"_s;
    QTest::newRow("negative") << qint64(-90 * 60) << u"-1 h 30 min"_s;
}

void TestTimelineAnalysis::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    QCOMPARE(TimelineAnalysis::formatDuration(seconds), expected);
}

QTEST_GUILESS_MAIN(TestTimelineAnalysis)
#include "tst_timelineanalysis.moc"
