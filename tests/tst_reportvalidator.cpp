#include "check/reportvalidator.h"
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

class TestReportValidator : public QObject
{
    Q_OBJECT

private slots:
    void newReport_requiredAreErrorsTheRestUnfilled();
    void sample_hasNoProblems();
    void problems_comeInTemplateOrder();
    void values_areCheckedByType_data();
    void values_areCheckedByType();
    void cells_areCheckedByColumnType_data();
    void cells_areCheckedByColumnType();
    void tableCells_nameRowAndColumn();
    void checklistDetails_countOnlyWhenTicked();
    void checklistDetail_withoutItsTick_isReported();
    void describe_prefixesTheSection();

private:
    const ReportTemplate &tmpl() const { return *m_template; }
    QList<ReportProblem> problemsOf(const QString &fieldId, const QString &value) const
    {
        ReportContent content = test::sampleContent();
        content.values[fieldId] = value;
        QList<ReportProblem> problems = ReportValidator(tmpl()).validate(content);
        problems.removeIf([&](const ReportProblem &p) { return p.fieldId != fieldId; });
        return problems;
    }

    std::shared_ptr<const ReportTemplate> m_template = ReportTemplate::builtin();
};

void TestReportValidator::newReport_requiredAreErrorsTheRestUnfilled()
{
    const QList<ReportProblem> problems = ReportValidator(tmpl()).validate(ReportContent::fromTemplate(tmpl()));
    QStringList required;
    for (const ReportProblem &p : problems) {
        if (p.kind == ReportProblem::Kind::MissingRequired)
            required.append(p.fieldId);
        else
            QCOMPARE(p.kind, ReportProblem::Kind::UnfilledPlaceholder);
    }
    QCOMPARE(required, (QStringList{u"service"_s, u"date"_s, u"severity"_s, u"tldr"_s}));
    QCOMPARE(ReportValidator::errorCount(problems), 4);
    QVERIFY(problems.size() > 80);
    // A required field is reported once, as required, not also as unfilled.
    QCOMPARE(std::count_if(problems.cbegin(), problems.cend(), [](const ReportProblem &p) { return p.fieldId == u"service"; }), 1);
    QCOMPARE(problems.first().message, u"Service is required"_s);
    // Code languages start with their default: not a problem.
    QVERIFY(std::none_of(problems.cbegin(), problems.cend(), [](const ReportProblem &p) { return p.fieldId == u"vulnerableCodeLanguage"; }));
}

void TestReportValidator::sample_hasNoProblems()
{
    const ReportValidator validator(tmpl());
    const QList<ReportProblem> problems = validator.validate(test::sampleContent());
    for (const ReportProblem &p : problems)
        qWarning("%s", qPrintable(validator.describe(p)));
    QVERIFY(problems.isEmpty());
}

void TestReportValidator::problems_comeInTemplateOrder()
{
    // Investigation Steps: the snapshot rows sit between the tool checklist's detail and the
    // comparison method, the retainer chain between two labelled values.
    ReportContent content = test::sampleContent();
    content.checked[u"toolOther"_s] = true;
    for (const QString &fieldId : {u"toolOtherText"_s, u"comparisonMethod"_s, u"leakedObject"_s, u"whyNotCollected"_s})
        content.values[fieldId].clear();
    for (const QString &rowSetId : {u"heapSnapshots"_s, u"retainerPath"_s})
        content.rows[rowSetId][0][content.rows[rowSetId][0].firstKey()].clear();
    QStringList order;
    for (const ReportProblem &p : ReportValidator(tmpl()).validate(content))
        order.append(p.fieldId);
    QCOMPARE(order, (QStringList{u"toolOtherText"_s, u"heapSnapshots"_s, u"comparisonMethod"_s, u"leakedObject"_s,
                                 u"retainerPath"_s, u"whyNotCollected"_s}));
}

void TestReportValidator::values_areCheckedByType_data()
{
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("date") << u"date"_s << u"2026-11-18"_s << QString();
    QTest::newRow("date, not a day") << u"date"_s << u"2026-13-01"_s << u"Date: \"2026-13-01\" is not a date (use YYYY-MM-DD)"_s;
    QTest::newRow("date, other shape") << u"date"_s << u"18.11.2026"_s << u"is not a date"_s;
    QTest::newRow("date-time") << u"deploymentTime"_s << u"2026-11-19 14:20 UTC"_s << QString();
    QTest::newRow("date-time, ISO") << u"resolutionFixDeployed"_s << u"2026-11-19T14:20"_s << QString();
    // The same instant as the sample's Fix deployed (14:20 UTC): the times must agree (tst_claimchecks).
    QTest::newRow("date-time, offset") << u"deploymentTime"_s << u"2026-11-19 16:20 +02:00"_s << QString();
    QTest::newRow("date-time, no time") << u"deploymentTime"_s << u"2026-11-19"_s << u"is not a date and time"_s;
    QTest::newRow("date-time, 25 h") << u"deploymentTime"_s << u"2026-11-19 25:00"_s << u"is not a date and time"_s;
    QTest::newRow("number") << u"exampleBeforeBaseline"_s << u"210.5"_s << QString();
    QTest::newRow("number with its unit") << u"symptomGrowthRate"_s << u"38 MB/hour"_s << QString();
    QTest::newRow("number, glued percent") << u"monitorHeapThreshold"_s << u"80%"_s << QString();
    QTest::newRow("number, words") << u"symptomGrowthRate"_s << u"fast"_s << u"Growth rate: \"fast\" is not a number (MB/hour)"_s;
    QTest::newRow("number, other unit") << u"exampleBeforeBaseline"_s << u"210 GB"_s
                                        << u"Heap usage baseline: \"210 GB\" is in GB; the report gives this in MB"_s;
    // What the template's own wording invites: a unit and a remark after the number.
    QTest::newRow("number, unit and remark") << u"loadBefore10k"_s << u"402 MB (growth)"_s << QString();
    QTest::newRow("number, unit and remark!") << u"afterFixAfter6h"_s << u"211 MB (stable!)"_s << QString();
    QTest::newRow("number, percent per day") << u"symptomGrowthRate"_s << u"12% per day"_s << QString();
    QTest::newRow("number, approximate") << u"exampleCurrentHeap"_s << u"~400"_s << QString();
    QTest::newRow("number, words after it") << u"beforeFixOomIncidents"_s << u"11 crashes"_s << QString();
    QTest::newRow("integer, words after it") << u"impactOomIncidents"_s << u"11 crashes"_s << QString();
    QTest::newRow("integer, remark") << u"exampleCurrentConnections"_s << u"1840 (peak)"_s << QString();
    QTest::newRow("number, remark without unit") << u"loadBefore10k"_s << u"402 (growth)"_s
                                                 << u"\"402 (growth)\" has no unit before the remark (write \"402 MB (growth)\")"_s;
    QTest::newRow("number, gigabytes") << u"loadBefore10k"_s << u"0.4 GB"_s << u"is in GB; the report gives this in MB"_s;
    QTest::newRow("number, mebibytes per hour") << u"exampleBeforeGrowthRate"_s << u"38 MiB/hour"_s
                                                << u"is in MiB; the report gives this in MB/hour"_s;
    QTest::newRow("number, spaced digits") << u"exampleCurrentHeap"_s << u"1 840"_s << u"is not a number (MB)"_s;
    QTest::newRow("number, exponent") << u"exampleCurrentHeap"_s << u"4e2"_s << u"is not a number (MB)"_s;
    QTest::newRow("number, text first") << u"exampleCurrentHeap"_s << u"about 400"_s << u"is not a number (MB)"_s;
    QTest::newRow("integer") << u"impactOomIncidents"_s << u"12"_s << QString();
    QTest::newRow("integer, separators") << u"exampleCurrentConnections"_s << u"1,840"_s << u"is not a whole number"_s;
    QTest::newRow("url") << u"pullRequest"_s << u"https://git.example.com/pr/1"_s << QString();
    QTest::newRow("url, no scheme") << u"pullRequest"_s << u"git.example.com/pr/1"_s << u"is not a web address"_s;
    QTest::newRow("choice") << u"severity"_s << u"Low"_s << QString();
    QTest::newRow("choice, unknown") << u"severity"_s << u"Sev-2"_s << u"is not one of Critical, High, Medium, Low"_s;
    QTest::newRow("language, unknown") << u"fixedCodeLanguage"_s << u"cobol"_s << u"is not a language"_s;
    QTest::newRow("text takes anything") << u"service"_s << u"| # ` ✓"_s << QString();
    QTest::newRow("the placeholder itself") << u"investigator"_s << u"[Your Name]"_s << u"Investigator is not filled in"_s;
    QTest::newRow("blank required") << u"service"_s << u"  \t "_s << u"Service is required"_s;
    QTest::newRow("date, not in February") << u"date"_s << u"2026-02-30"_s << u"is not a date"_s;
    QTest::newRow("date, short parts") << u"reportCompleted"_s << u"2026-1-5"_s << u"is not a date"_s;
    QTest::newRow("date, with a time") << u"date"_s << u"2026-11-18 10:00"_s << u"is not a date"_s;
    QTest::newRow("date-time, zone word") << u"deploymentTime"_s << u"2026-11-19 14:20 CET"_s << QString();
    QTest::newRow("date-time, seconds") << u"deploymentTime"_s << u"2026-11-19 14:20:05"_s << u"is not a date and time"_s;
    QTest::newRow("number, signed fraction") << u"exampleCurrentHeap"_s << u"-3.25"_s << QString();
    QTest::newRow("number, glued unit") << u"symptomGrowthRate"_s << u"38MB/hour"_s << QString();
    QTest::newRow("number, per week") << u"beforeFixOomIncidents"_s << u"3/week"_s << QString();
    QTest::newRow("number, comma decimal") << u"exampleBeforeBaseline"_s << u"210,5"_s << u"is not a number (MB)"_s;
    QTest::newRow("number, unit only") << u"exampleBeforeBaseline"_s << u"MB"_s << u"is not a number (MB)"_s;
    QTest::newRow("integer, fraction") << u"impactOomIncidents"_s << u"1.5"_s
                                       << u"OOM incidents: \"1.5\" is not a whole number (digits only, no separators)"_s;
    QTest::newRow("url, http") << u"monitoringDashboard"_s << u"http://grafana.local/d/heap"_s << QString();
    QTest::newRow("url, other scheme") << u"dashboardLink"_s << u"ftp://grafana.example.com/d/1"_s << u"is not a web address"_s;
    QTest::newRow("url, spaces") << u"pullRequest"_s << u"https://git example.com"_s << u"is not a web address"_s;
    QTest::newRow("choice, other case") << u"severity"_s << u"low"_s << u"is not one of"_s;
    QTest::newRow("editable choice takes anything") << u"environment"_s << u"canary"_s << QString();
    QTest::newRow("language") << u"vulnerableCodeLanguage"_s << u"python"_s << QString();
    QTest::newRow("code takes anything") << u"fixedCode"_s << u"}}} not even code"_s << QString();
    QTest::newRow("a number's placeholder") << u"exampleBeforeBaseline"_s << u"X MB"_s << u"is not filled in"_s;
    // A placeholder that is already a real value is what the user means after a fix.
    QTest::newRow("placeholder that is a value") << u"afterFixGrowthRate"_s << u"0 MB/hour"_s << QString();
}

void TestReportValidator::values_areCheckedByType()
{
    QFETCH(QString, fieldId);
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QList<ReportProblem> problems = problemsOf(fieldId, value);
    if (message.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    const ReportProblem &problem = problems.first();
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QCOMPARE(problem.sectionId, tmpl().sectionOf(fieldId));
    QCOMPARE(problem.row, -1);
    const ReportProblem::Kind kind = message.endsWith(u"is required")       ? ReportProblem::Kind::MissingRequired
                                     : message.endsWith(u"is not filled in") ? ReportProblem::Kind::UnfilledPlaceholder
                                                                             : ReportProblem::Kind::InvalidValue;
    QCOMPARE(problem.kind, kind);
}

void TestReportValidator::cells_areCheckedByColumnType_data()
{
    QTest::addColumn<QString>("rowSetId");
    QTest::addColumn<QString>("columnId");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("time of day") << u"timeline"_s << u"time"_s << u"09:30"_s << QString();
    QTest::newRow("time with date") << u"timeline"_s << u"time"_s << u"2026-11-19 09:30 UTC"_s << QString();
    QTest::newRow("time, 24:00") << u"timeline"_s << u"time"_s << u"24:00"_s << u"is not a time"_s;
    QTest::newRow("time, one hour digit") << u"timeline"_s << u"time"_s << u"9:30"_s << u"is not a time"_s;
    QTest::newRow("snapshot taken") << u"heapSnapshots"_s << u"timestamp"_s << u"2026-11-18 09:40"_s << QString();
    QTest::newRow("snapshot, time only") << u"heapSnapshots"_s << u"timestamp"_s << u"09:40"_s << u"is not a date and time"_s;
    QTest::newRow("size with unit") << u"heapSnapshots"_s << u"size"_s << u"216 MB"_s << QString();
    QTest::newRow("size, words") << u"heapSnapshots"_s << u"size"_s << u"big"_s
                                 << u"Heap snapshots, row 1, Size: \"big\" is not a number (MB)"_s;
    QTest::newRow("instances, separators") << u"growingObjects"_s << u"instances"_s << u"26,200"_s << u"is not a whole number"_s;
    QTest::newRow("text cell takes anything") << u"growingObjects"_s << u"type"_s << u"Map<string, Set<fn>>"_s << QString();
}

void TestReportValidator::cells_areCheckedByColumnType()
{
    QFETCH(QString, rowSetId);
    QFETCH(QString, columnId);
    QFETCH(QString, value);
    QFETCH(QString, message);
    ReportContent content = test::sampleContent();
    QVERIFY(!content.rows[rowSetId].isEmpty());
    content.rows[rowSetId][0][columnId] = value;
    const QList<ReportProblem> problems = ReportValidator(tmpl()).validate(content);
    if (message.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().kind, ReportProblem::Kind::InvalidValue);
    QCOMPARE(problems.first().fieldId, rowSetId);
    QCOMPARE(problems.first().row, 0);
    QCOMPARE(problems.first().columnId, columnId);
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
}

void TestReportValidator::tableCells_nameRowAndColumn()
{
    ReportContent content = test::sampleContent();
    content.rows[u"timeline"_s][2][u"time"_s] = u"9h"_s;
    content.rows[u"timeline"_s][3][u"details"_s] = QString();
    content.rows[u"filesModified"_s].append({{u"file"_s, QString()}, {u"description"_s, QString()}});
    const QList<ReportProblem> problems = ReportValidator(tmpl()).validate(content);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems[0].fieldId, u"timeline"_s);
    QCOMPARE(problems[0].row, 2);
    QCOMPARE(problems[0].columnId, u"time"_s);
    QCOMPARE(problems[0].kind, ReportProblem::Kind::InvalidValue);
    QCOMPARE(problems[0].message, u"Timeline, row 3, Time: \"9h\" is not a time (use HH:MM or YYYY-MM-DD HH:MM)"_s);
    QCOMPARE(problems[1].columnId, u"details"_s);
    QCOMPARE(problems[1].kind, ReportProblem::Kind::UnfilledPlaceholder);
    // An entirely empty row is one problem, not one per cell.
    QCOMPARE(problems[2].fieldId, u"filesModified"_s);
    QCOMPARE(problems[2].row, 3);
    QCOMPARE(problems[2].columnId, QString());
}

void TestReportValidator::checklistDetails_countOnlyWhenTicked()
{
    ReportContent content = test::sampleContent();
    content.checked[u"monitorPoolAlert"_s] = false;
    content.values[u"monitorPoolThreshold"_s] = QString();
    QVERIFY(ReportValidator(tmpl()).validate(content).isEmpty());
    content.checked[u"monitorPoolAlert"_s] = true;
    const QList<ReportProblem> ticked = ReportValidator(tmpl()).validate(content);
    QCOMPARE(ticked.size(), 1);
    QCOMPARE(ticked.first().fieldId, u"monitorPoolThreshold"_s);
    QCOMPARE(ticked.first().kind, ReportProblem::Kind::UnfilledPlaceholder);
    content.checked[u"monitorPoolAlert"_s] = false;
    content.values[u"monitorPoolThreshold"_s] = u"lots"_s; // still type-checked when filled
    QCOMPARE(ReportValidator(tmpl()).validate(content).value(0).kind, ReportProblem::Kind::InvalidValue);
}

// "- [ ] OOM crashes (frequency: twice a day)" says two things at once: the reader cannot tell
// whether the symptom was seen.
void TestReportValidator::checklistDetail_withoutItsTick_isReported()
{
    ReportContent content = test::sampleContent();
    content.checked[u"symptomOomCrashes"_s] = false;
    content.values[u"symptomOomFrequency"_s] = u"twice a day"_s;
    const auto check = [&](const ReportContent &checked) {
        const QList<ReportProblem> problems = ReportValidator(tmpl()).validate(checked);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].fieldId, u"symptomOomFrequency"_s);
        QCOMPARE(problems[0].sectionId, u"symptomsAndDetection"_s);
        QVERIFY(problems[0].isError());
        QCOMPARE(problems[0].message, u"\u201cOOM crashes (frequency: ___)\u201d is not ticked, but its frequency is filled in"_s);
    };
    check(content);
    // Read from Markdown, as the check command and the Problems panel see a hand-written report.
    const QString markdown = MarkdownWriter(tmpl()).write(content);
    QVERIFY(markdown.contains(u"\n- [ ] OOM crashes (frequency: twice a day)\n"_s));
    const LoadResult read = MarkdownReader(tmpl()).read(markdown);
    QVERIFY2(read.ok(), qPrintable(read.error));
    check(read.content);
    // An item with two details filled gets one warning, at its first detail.
    content = test::sampleContent();
    content.checked[u"monitorGrowthAlert"_s] = false;
    content.values[u"monitorGrowthThreshold"_s] = u"20"_s;
    content.values[u"monitorGrowthDuration"_s] = u"2"_s;
    const QList<ReportProblem> problems = ReportValidator(tmpl()).validate(content);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems[0].fieldId, u"monitorGrowthThreshold"_s);
    // Ticked, or with the detail left as the template's blank, there is nothing to say.
    content.checked[u"monitorGrowthAlert"_s] = true;
    QVERIFY(ReportValidator(tmpl()).validate(content).isEmpty());
    content.checked[u"monitorGrowthAlert"_s] = false;
    content.values[u"monitorGrowthThreshold"_s] = u"X MB/hour"_s;
    content.values[u"monitorGrowthDuration"_s].clear();
    QVERIFY(ReportValidator(tmpl()).validate(content).isEmpty());
}

void TestReportValidator::describe_prefixesTheSection()
{
    const ReportValidator validator(tmpl());
    const QList<ReportProblem> problems = validator.validate(ReportContent::fromTemplate(tmpl()));
    QCOMPARE(validator.describe(problems.first()), u"Header › Service is required"_s);
}

QTEST_GUILESS_MAIN(TestReportValidator)
#include "tst_reportvalidator.moc"
