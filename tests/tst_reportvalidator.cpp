#include "check/reportvalidator.h"
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
    void values_areCheckedByType_data();
    void values_areCheckedByType();
    void tableCells_nameRowAndColumn();
    void checklistDetails_countOnlyWhenTicked();
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
    QTest::newRow("date-time, offset") << u"deploymentTime"_s << u"2026-11-19 14:20 +02:00"_s << QString();
    QTest::newRow("date-time, no time") << u"deploymentTime"_s << u"2026-11-19"_s << u"is not a date and time"_s;
    QTest::newRow("date-time, 25 h") << u"deploymentTime"_s << u"2026-11-19 25:00"_s << u"is not a date and time"_s;
    QTest::newRow("number") << u"exampleBeforeBaseline"_s << u"210.5"_s << QString();
    QTest::newRow("number with its unit") << u"symptomGrowthRate"_s << u"38 MB/hour"_s << QString();
    QTest::newRow("number, glued percent") << u"monitorHeapThreshold"_s << u"80%"_s << QString();
    QTest::newRow("number, words") << u"symptomGrowthRate"_s << u"fast"_s << u"Growth rate: \"fast\" is not a number (MB/hour)"_s;
    QTest::newRow("number, other unit") << u"exampleBeforeBaseline"_s << u"210 GB"_s << u"is not a number (MB)"_s;
    QTest::newRow("integer") << u"impactOomIncidents"_s << u"12"_s << QString();
    QTest::newRow("integer, separators") << u"exampleCurrentConnections"_s << u"1,840"_s << u"is not a whole number"_s;
    QTest::newRow("url") << u"pullRequest"_s << u"https://git.example.com/pr/1"_s << QString();
    QTest::newRow("url, no scheme") << u"pullRequest"_s << u"git.example.com/pr/1"_s << u"is not a web address"_s;
    QTest::newRow("choice") << u"severity"_s << u"Low"_s << QString();
    QTest::newRow("choice, unknown") << u"severity"_s << u"Sev-2"_s << u"is not one of Critical, High, Medium, Low"_s;
    QTest::newRow("language, unknown") << u"fixedCodeLanguage"_s << u"cobol"_s << u"is not a language"_s;
    QTest::newRow("text takes anything") << u"service"_s << u"| # ` ✓"_s << QString();
    QTest::newRow("the placeholder itself") << u"investigator"_s << u"[Your Name]"_s << u"Investigator is not filled in"_s;
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
    QVERIFY2(problems.first().message.contains(message), qPrintable(problems.first().message));
    QCOMPARE(problems.first().sectionId, tmpl().sectionOf(fieldId));
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
    QCOMPARE(ReportValidator(tmpl()).validate(content).size(), 1);
    content.checked[u"monitorPoolAlert"_s] = false;
    content.values[u"monitorPoolThreshold"_s] = u"lots"_s; // still type-checked when filled
    QCOMPARE(ReportValidator(tmpl()).validate(content).value(0).kind, ReportProblem::Kind::InvalidValue);
}

void TestReportValidator::describe_prefixesTheSection()
{
    const ReportValidator validator(tmpl());
    const QList<ReportProblem> problems = validator.validate(ReportContent::fromTemplate(tmpl()));
    QCOMPARE(validator.describe(problems.first()), u"Header › Service is required"_s);
}

QTEST_GUILESS_MAIN(TestReportValidator)
#include "tst_reportvalidator.moc"
