#include "check/reportvalidator.h"
#include "check/typedquantity.h"
#include "claimfixture.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

using Kind = ReportProblem::Kind;

bool isClaim(const ReportProblem &p)
{
    return p.kind == Kind::ClaimMismatch || p.kind == Kind::ClaimWarning;
}

QString listed(const QList<ReportProblem> &problems)
{
    QStringList lines;
    for (const ReportProblem &p : problems)
        lines.append(p.fieldId + u": "_s + p.message);
    return lines.join(u'\n');
}

// Sets `where` in `content`: a field id, or "timeline:EVENT" for the time of that timeline row.
void setValue(ReportContent &content, const QString &where, const QString &value)
{
    if (!where.startsWith(u"timeline:"_s)) {
        content.values[where] = value;
        return;
    }
    QList<Row> &rows = content.rows[u"timeline"_s];
    for (Row &row : rows) {
        if (row.value(u"event"_s) == where.mid(9))
            row[u"time"_s] = value;
    }
}

QDateTime utc(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace

class TestClaimChecks : public QObject
{
    Q_OBJECT

private slots:
    void sampleWithItsData_hasNoClaimProblems();
    void claims_againstTheData_data();
    void claims_againstTheData();
    void zeroGrowth_passesOnAFlatAfterSeries();
    void zeroGrowth_warnsWhenTheIntervalStillHoldsALeak();
    void after6h_onAShortSeries_warns();
    void afterSeriesStartingBeforeTheDeploy_isReported();
    void processTimedSeries_doNotMeetTypedTimes();
    void typedQuantities_areFoundInText_data();
    void typedQuantities_areFoundInText();
    void checksRunOnlyOnWhatTheTemplateDeclares();
};

void TestClaimChecks::sampleWithItsData_hasNoClaimProblems()
{
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(test::sampleWithSeries());
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p); });
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

void TestClaimChecks::claims_againstTheData_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemField"); // empty: the claim agrees with the data
    QTest::addColumn<QString>("words");        // in the message
    QTest::addColumn<QString>("measuredValue"); // what "use the measured value" sets; "*" for anything

    // Growth rates, in number fields (fromData) and in text (claims), 10 % tolerance.
    QTest::newRow("growth field agrees") << u"beforeFixGrowthRate"_s << u"40"_s << QString() << QString() << QString();
    QTest::newRow("growth field differs") << u"beforeFixGrowthRate"_s << u"12"_s << u"beforeFixGrowthRate"_s
                                          << u"12 MB/hour is typed, but the before series grows 3"_s << u"*"_s;
    QTest::newRow("example growth differs") << u"exampleBeforeGrowthRate"_s << u"25 MB/hour"_s << u"exampleBeforeGrowthRate"_s
                                            << u"differ by more than 10 %"_s << u"*"_s;
    QTest::newRow("symptom rate differs") << u"symptomGrowthRate"_s << u"80"_s << u"symptomGrowthRate"_s << u"80 MB/hour"_s
                                          << u"*"_s;
    QTest::newRow("TL;DR agrees") << u"tldr"_s << u"Heap grew ~35 MB/hour until OOM."_s << QString() << QString() << QString();
    QTest::newRow("TL;DR differs") << u"tldr"_s << u"Heap grew 12 MB/hour until OOM."_s << u"tldr"_s << u"TL;DR: 12 MB/hour"_s
                                   << u"*"_s;
    QTest::newRow("TL;DR after the fix agrees") << u"tldr"_s << u"Grew 38 MB/hour; after the fix 0.7 MB/hour."_s << QString()
                                               << QString() << QString();
    QTest::newRow("TL;DR after the fix differs") << u"tldr"_s << u"Grew 38 MB/hour, now 5 MB/hour."_s << u"tldr"_s
                                                 << u"5 MB/hour is typed, but the after series grows 0.6"_s
                                                 << u"*"_s;
    QTest::newRow("impact differs") << u"impactMemoryGrowth"_s << u"about 120 MB per hour"_s << u"impactMemoryGrowth"_s
                                    << u"120 MB per hour"_s << u"*"_s;
    QTest::newRow("after growth agrees") << u"afterFixGrowthRate"_s << u"0.7"_s << QString() << QString() << QString();
    QTest::newRow("after growth differs") << u"afterFixGrowthRate"_s << u"5"_s << u"afterFixGrowthRate"_s
                                          << u"the after series grows 0.6"_s << u"*"_s;
    QTest::newRow("bound holds") << u"afterFixGrowthRate"_s << u"<1"_s << QString() << QString() << QString();
    // "0 MB/hour" against an after series that still grows.
    QTest::newRow("zero after, not flat") << u"afterFixGrowthRate"_s << u"0"_s << u"afterFixGrowthRate"_s
                                          << u"which is not flat"_s << u"*"_s;
    QTest::newRow("zero in TL;DR, not flat") << u"tldr"_s << u"Fixed: growth is now 0 MB/hour."_s << u"tldr"_s
                                             << u"not flat"_s << u"*"_s;
    // Memory levels.
    QTest::newRow("baseline agrees") << u"beforeFixBaseline"_s << u"220"_s << QString() << QString() << QString();
    QTest::newRow("baseline differs") << u"beforeFixBaseline"_s << u"150"_s << u"beforeFixBaseline"_s
                                      << u"shows a baseline of 2"_s << u"*"_s;
    QTest::newRow("after 6h differs") << u"afterFixAfter6h"_s << u"300 MB (stable!)"_s << u"afterFixAfter6h"_s
                                      << u"after 6 h 2"_s << u"*"_s;
    QTest::newRow("peak agrees") << u"tldr"_s << u"The heap peaked at 500 MB."_s << QString() << QString() << QString();
    QTest::newRow("peak differs") << u"tldr"_s << u"The heap peaked at 1.2 GB."_s << u"tldr"_s << u"a peak of 50"_s << u"*"_s;
    // Units: MiB where the report says MB, per minute where it says per hour.
    QTest::newRow("MiB in text") << u"impactMemoryGrowth"_s << u"36 MiB/hour"_s << u"impactMemoryGrowth"_s
                                 << u"is in MiB; the report gives MB"_s << u"37.7 MB/hour"_s;
    QTest::newRow("per minute in a field") << u"symptomGrowthRate"_s << u"0.63 MB/min"_s << u"symptomGrowthRate"_s
                                           << u"is a rate per minute"_s << u"37.8"_s;
    QTest::newRow("per hour in text") << u"impactMemoryGrowth"_s << u"38 MB/h"_s << QString() << QString() << QString();
    // The timeline: every place naming the deploy agrees; validation after 6 h of after-fix data.
    QTest::newRow("deploy times agree") << u"deploymentTime"_s << u"2026-11-19 15:20 +01:00"_s << QString() << QString()
                                        << QString();
    QTest::newRow("deploy times differ") << u"deploymentTime"_s << u"2026-11-19 16:00 UTC"_s << u"deploymentTime"_s
                                         << u"is not the time of Fix deployed"_s << u"2026-11-19 14:20 UTC"_s;
    QTest::newRow("timeline deploy differs") << u"timeline:Fix deployed"_s << u"2026-11-19 13:00"_s << u"timeline"_s
                                             << u"Timeline, Fix deployed (2026-11-19 13:00)"_s << u"2026-11-19 14:20 UTC"_s;
    QTest::newRow("validation late enough") << u"timeline:Validation complete"_s << u"2026-11-20 09:00"_s << QString()
                                            << QString() << QString();
    QTest::newRow("validation too early") << u"timeline:Validation complete"_s << u"2026-11-19 18:00"_s << u"timeline"_s
                                          << u"comes before 6 h of after-fix data"_s << QString();
}

void TestClaimChecks::claims_againstTheData()
{
    QFETCH(QString, where);
    QFETCH(QString, value);
    QFETCH(QString, problemField);
    QFETCH(QString, words);
    QFETCH(QString, measuredValue);
    ReportContent content = test::sampleWithSeries();
    setValue(content, where, value);
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p); });
    if (problemField.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
        return;
    }
    QCOMPARE(problems.size(), 1);
    const ReportProblem &p = problems.first();
    QVERIFY2(p.fieldId == problemField && p.message.contains(words), qPrintable(listed(problems)));
    QCOMPARE(p.kind, Kind::ClaimMismatch);
    QVERIFY(p.isError());
    // Both values are named.
    QVERIFY(!p.typed.isEmpty() && !p.measured.isEmpty());
    if (measuredValue == u"*")
        QVERIFY(!p.measuredValue.isEmpty());
    else
        QCOMPARE(p.measuredValue, measuredValue);
    // Using the measured value settles the claim (the validation row has nothing to offer).
    if (!p.measuredValue.isEmpty()) {
        setValue(content, where, p.measuredValue);
        problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
        problems.removeIf([](const ReportProblem &q) { return !isClaim(q); });
        QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
    }
}

void TestClaimChecks::zeroGrowth_passesOnAFlatAfterSeries()
{
    ReportContent content = test::sampleWithSeries();
    content.series[1] = test::heapSeries(utc(19, 14, 30), 7, 205, 0, 3, 10, SeriesRole::After);
    content.values[u"afterFixGrowthRate"_s] = u"0"_s;
    content.values[u"tldr"_s] = u"Leaked 38 MB/hour; after the fix 0 MB/hour."_s;
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p); });
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

// Flat within its interval, but the interval is so wide that a tenth of the old leak fits in it.
void TestClaimChecks::zeroGrowth_warnsWhenTheIntervalStillHoldsALeak()
{
    ReportContent content = test::sampleWithSeries();
    content.series[1] = test::heapSeries(utc(19, 14, 30), 7, 205, 0, 60, 180, SeriesRole::After);
    content.values[u"afterFixGrowthRate"_s] = u"0"_s;
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p) || p.fieldId != u"afterFixGrowthRate"; });
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::ClaimWarning);
    QVERIFY(!problems.first().isError());
    QVERIFY2(problems.first().message.contains(u"interval still holds"_s), qPrintable(problems.first().message));
}

void TestClaimChecks::after6h_onAShortSeries_warns()
{
    ReportContent content = test::sampleWithSeries();
    content.series[1] = test::heapSeries(utc(19, 14, 30), 3, 205, 0.65, 3, 10, SeriesRole::After);
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p) || p.fieldId != u"afterFixAfter6h"; });
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, Kind::ClaimWarning);
    QVERIFY2(problems.first().message.contains(u"covers only 3 h"_s), qPrintable(problems.first().message));
}

void TestClaimChecks::afterSeriesStartingBeforeTheDeploy_isReported()
{
    ReportContent content = test::sampleWithSeries();
    content.series[1] = test::heapSeries(utc(19, 12, 0), 10, 205, 0.65, 3, 10, SeriesRole::After);
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p); });
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().fieldId, u"resolutionFixDeployed"_s);
    QVERIFY2(problems.first().message.contains(u"the after series starts at 2026-11-19 12:00 UTC, before the fix"_s),
             qPrintable(problems.first().message));
}

// trace-gc samples count from the process start: no typed time compares with them.
void TestClaimChecks::processTimedSeries_doNotMeetTypedTimes()
{
    ReportContent content = test::sampleWithSeries();
    MemorySeries after = test::heapSeries(QDateTime::fromMSecsSinceEpoch(0, QTimeZone::utc()), 7, 205, 0.65, 3, 10,
                                          SeriesRole::After);
    after.source.format = u"trace-gc"_s;
    content.series[1] = after;
    setValue(content, u"timeline:Validation complete"_s, u"2026-11-19 20:10"_s); // 5 h 50 after the deploy
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p); });
    // Only the deploy time counts: 14:20 + 6 h is 20:20.
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(u"(from 2026-11-19 14:20 UTC)"_s), qPrintable(listed(problems)));
}

void TestClaimChecks::typedQuantities_areFoundInText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found"); // "number unit/per peak?"
    QTest::newRow("rate") << u"grew 38 MB/hour"_s << QStringList{u"38 MB hour"_s};
    QTest::newRow("per") << u"~0.5 MiB per minute"_s << QStringList{u"0.5 MiB minute"_s};
    QTest::newRow("size and rate") << u"from 210 MB, +38 MB/h"_s << QStringList{u"210 MB"_s, u"+38 MB hour"_s};
    QTest::newRow("peak") << u"peaked at 1.2 GB"_s << QStringList{u"1.2 GB peak"_s};
    QTest::newRow("no byte unit") << u"11 crashes, 18% per hour"_s << QStringList{};
    QTest::newRow("separators") << u"1,840 MB"_s << QStringList{};
    QTest::newRow("in a word") << u"v2MB build"_s << QStringList{};
}

void TestClaimChecks::typedQuantities_areFoundInText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    QStringList actual;
    for (const TypedQuantity &q : TypedQuantity::findIn(text)) {
        QStringList parts{q.number, q.sizeUnit, q.perUnit, q.peak ? u"peak"_s : QString()};
        parts.removeAll(QString());
        actual.append(parts.join(u' '));
        QVERIFY(text.mid(q.start, q.length).startsWith(q.number));
        QVERIFY(text.mid(q.start, q.length).contains(q.sizeUnit));
    }
    QCOMPARE(actual, found);
}

// The checks find their fields through the template's "fromData", "claims" and "milestone":
// a field the template does not mark is never read as a claim.
void TestClaimChecks::checksRunOnlyOnWhatTheTemplateDeclares()
{
    ReportContent content = test::sampleWithSeries();
    content.values[u"howDiscovered"_s] = u"An alert on 500 MB/hour growth"_s; // not a claims field
    content.values[u"loadBefore10k"_s] = u"999"_s;                            // MB, but no fromData
    QList<ReportProblem> problems = ReportValidator(*ReportTemplate::builtin()).validate(content);
    problems.removeIf([](const ReportProblem &p) { return !isClaim(p); });
    QVERIFY2(problems.isEmpty(), qPrintable(listed(problems)));
}

QTEST_GUILESS_MAIN(TestClaimChecks)
#include "tst_claimchecks.moc"
