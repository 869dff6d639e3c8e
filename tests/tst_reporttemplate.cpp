#include "template/reporttemplate.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

class TestReportTemplate : public QObject
{
    Q_OBJECT

private slots:
    void builtinTemplate_loads();
    void sections_followTheTemplateHeadings();
    void bundledTemplateCopy_equalsSharedTemplate();
    void placeholders_appearInTheTemplate();
    void ids_areUniqueIdentifiers();
    void typedFields_haveTheirTypes();
    void rowSets_haveTheTemplatesDefaultRows();
    void invalidDescription_isRefusedWithPath_data();
    void invalidDescription_isRefusedWithPath();
};

void TestReportTemplate::builtinTemplate_loads()
{
    const auto t = ReportTemplate::builtin();
    QVERIFY(t);
    QCOMPARE(t->id(), u"memory-leak-investigation"_s);
    QStringList titles;
    for (const SectionDef &s : t->sections())
        titles.append(s.title);
    QCOMPARE(titles, QStringList({u"Header"_s, u"Executive Summary"_s, u"Incident Timeline"_s,
                                  u"Symptoms and Detection"_s, u"Investigation Steps"_s, u"Root Cause Analysis"_s,
                                  u"Fix Implementation"_s, u"Deployment and Results"_s, u"Lessons Learned"_s,
                                  u"Related Documentation"_s, u"Appendix"_s, u"Sign-off"_s}));
    QCOMPARE(t.get(), ReportTemplate::builtin().get()); // loaded once
}

// Every "#", "##" and "###" heading of the template is declared, in the same order.
void TestReportTemplate::sections_followTheTemplateHeadings()
{
    const QString markdown = test::readTextFile(u":/templates/memory-report-template.md"_s);
    QStringList templateHeadings;
    bool inFence = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u"```"))
            inFence = !inFence;
        else if (!inFence && line.startsWith(u'#'))
            templateHeadings.append(line);
    }
    QStringList declared;
    for (const SectionDef &s : ReportTemplate::builtin()->sections()) {
        if (s.headingLevel > 0)
            declared.append(QString(s.headingLevel, u'#') + u' ' + s.heading);
        for (const SubsectionDef &sub : s.subsections) {
            if (!sub.title.isEmpty())
                declared.append(u"### "_s + sub.title);
        }
    }
    QCOMPARE(declared, templateHeadings);
}

void TestReportTemplate::bundledTemplateCopy_equalsSharedTemplate()
{
    const QString shared = QStringLiteral(LEAKREPORT_SHARED_TEMPLATE);
    if (!QFile::exists(shared))
        QSKIP("../shared/template is not beside this checkout");
    QCOMPARE(test::readTextFile(u":/templates/memory-report-template.md"_s), test::readTextFile(shared));
}

void TestReportTemplate::placeholders_appearInTheTemplate()
{
    const QString markdown = test::readTextFile(u":/templates/memory-report-template.md"_s);
    const auto t = ReportTemplate::builtin();
    int checked = 0;
    const auto expectInTemplate = [&](const QString &placeholder, const QString &where) {
        if (placeholder.contains(u"{n}"))
            return; // numbered per row; the writer test covers the numbering
        for (const QString &line : placeholder.split(u'\n')) {
            if (!markdown.contains(line))
                QFAIL(qPrintable(u"%1: placeholder \"%2\" is not in the template"_s.arg(where, line)));
        }
        ++checked;
    };
    for (const SectionDef &s : t->sections()) {
        // A field with a default prints it in a new report; its placeholder shows only once cleared.
        for (const FieldDef *f : s.fields)
            expectInTemplate(f->defaultValue.isEmpty() ? f->placeholder : f->withUnit(f->defaultValue), f->id);
        for (const RowSetDef *r : s.rowSets) {
            for (const RowSetDef::DefaultRow &d : r->defaultRows) {
                for (const QString &p : d.placeholders)
                    expectInTemplate(p, r->id);
                for (const QString &v : d.values)
                    expectInTemplate(v, r->id);
            }
        }
        for (const ChecklistItemDef *item : s.checklistItems)
            expectInTemplate(u"- [ ] "_s + item->displayText(), item->id);
    }
    QVERIFY(checked > 100);
}

void TestReportTemplate::ids_areUniqueIdentifiers()
{
    // Ids double as widget object names in the forms, so they must be C++ identifiers.
    static const QRegularExpression identifier(u"^[a-z][A-Za-z0-9]*$"_s);
    const auto t = ReportTemplate::builtin();
    QSet<QString> seen;
    const auto claim = [&](const QString &id) {
        QVERIFY2(identifier.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(!seen.contains(id), qPrintable(u"duplicate id "_s + id));
        seen.insert(id);
    };
    for (const SectionDef &s : t->sections()) {
        claim(s.id);
        for (const FieldDef *f : s.fields)
            claim(f->id);
        for (const ChecklistItemDef *i : s.checklistItems)
            claim(i->id);
        for (const RowSetDef *r : s.rowSets)
            claim(r->id);
    }
    QCOMPARE(seen.size(), 126); // sections, fields, checklist items, row sets: grows with the template
}

void TestReportTemplate::typedFields_haveTheirTypes()
{
    const auto t = ReportTemplate::builtin();
    QCOMPARE(t->field(u"date"_s)->type, FieldType::Date);
    QCOMPARE(t->field(u"severity"_s)->options, QStringList({u"Critical"_s, u"High"_s, u"Medium"_s, u"Low"_s}));
    QCOMPARE(t->field(u"resolutionStatus"_s)->options, QStringList({u"Resolved"_s, u"Monitoring"_s, u"In Progress"_s}));
    QCOMPARE(t->field(u"environment"_s)->type, FieldType::Choice);
    QVERIFY(t->field(u"environment"_s)->editable);
    QCOMPARE(t->field(u"deploymentTime"_s)->type, FieldType::DateTime);
    QCOMPARE(t->field(u"resolutionFixDeployed"_s)->type, FieldType::DateTime);
    QCOMPARE(t->field(u"exampleBeforeGrowthRate"_s)->unit, u"MB/hour"_s);
    QCOMPARE(t->field(u"exampleCurrentGcPause"_s)->unit, u"ms"_s);
    QCOMPARE(t->field(u"monitorHeapThreshold"_s)->unit, u"%"_s);
    QCOMPARE(t->field(u"exampleCurrentConnections"_s)->type, FieldType::Integer);
    QCOMPARE(t->field(u"dashboardLink"_s)->type, FieldType::Url);
    QCOMPARE(t->field(u"vulnerableCode"_s)->type, FieldType::Code);
    QCOMPARE(t->field(u"vulnerableCodeLanguage"_s)->defaultValue, u"typescript"_s);
    QCOMPARE(t->rowSet(u"timeline"_s)->column(u"time"_s)->type, FieldType::Time);
    QVERIFY(t->field(u"service"_s)->required);
    QVERIFY(t->field(u"tldr"_s)->required);
    QCOMPARE(t->sectionOf(u"symptomOtherText"_s), u"symptomsAndDetection"_s);
    QCOMPARE(t->commentPrefix(u"python"_s), u"#"_s);
    QCOMPARE(t->commentPrefix(u"unknown-language"_s), u"//"_s);
}

void TestReportTemplate::rowSets_haveTheTemplatesDefaultRows()
{
    const auto t = ReportTemplate::builtin();
    const RowSetDef *timeline = t->rowSet(u"timeline"_s);
    QCOMPARE(timeline->initialRows().size(), 6);
    QCOMPARE(timeline->initialRows().first().value(u"event"_s), u"Detection"_s);
    // Placeholders follow the milestone, wherever its row has moved.
    Row deployed = timeline->newRow();
    deployed.insert(u"event"_s, u"Fix deployed"_s);
    QCOMPARE(timeline->placeholder(deployed, 0, *timeline->column(u"details"_s)), u"[Deployment details]"_s);
    Row custom = timeline->newRow();
    custom.insert(u"event"_s, u"Escalated"_s);
    QCOMPARE(timeline->placeholder(custom, 1, *timeline->column(u"details"_s)), u"[Details]"_s);
    const RowSetDef *files = t->rowSet(u"filesModified"_s);
    QCOMPARE(files->placeholder(files->newRow(), 2, *files->column(u"file"_s)), u"[file3.ts]"_s);
}

void TestReportTemplate::invalidDescription_isRefusedWithPath_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");
    const auto section = [](const char *blocks) -> QByteArray {
        return QByteArray(R"({"id":"t","title":"T","sections":[{"id":"s","title":"S","subsections":[{"blocks":[)")
            + blocks + "]}]}]}";
    };
    QTest::newRow("not JSON") << QByteArray("{") << u"not valid JSON"_s;
    QTest::newRow("no sections") << QByteArray(R"({"id":"t","title":"T"})") << u"no \"sections\""_s;
    QTest::newRow("unknown kind") << section(R"({"kind":"poem"})")
                                  << u"sections[0].subsections[0].blocks[0]: unknown block kind \"poem\""_s;
    QTest::newRow("duplicate id")
        << section(R"({"kind":"fields","fields":[{"id":"a","placeholder":"x"},{"id":"a","placeholder":"y"}]})")
        << u"fields[1]: id \"a\" is used twice"_s;
    QTest::newRow("field id equals section id")
        << section(R"({"kind":"fields","fields":[{"id":"s","placeholder":"x"}]})") << u"id \"s\" is used twice"_s;
    QTest::newRow("unknown type")
        << section(R"({"kind":"fields","fields":[{"id":"a","type":"colour","placeholder":"x"}]})")
        << u"unknown field type \"colour\""_s;
    QTest::newRow("missing placeholder") << section(R"({"kind":"fields","fields":[{"id":"a"}]})")
                                         << u"\"placeholder\" must be a string"_s;
    QTest::newRow("choice without options")
        << section(R"({"kind":"fields","fields":[{"id":"a","type":"choice","placeholder":"x"}]})")
        << u"a choice needs \"options\""_s;
    QTest::newRow("unknown detail")
        << section(R"({"kind":"checklist","items":[{"id":"i","text":"Other: {nope}"}]})")
        << u"text names \"nope\", which is not one of its details"_s;
    QTest::newRow("unused detail")
        << section(R"({"kind":"checklist","items":[{"id":"i","text":"Other","details":[{"id":"d","placeholder":"_"}]}]})")
        << u"detail \"d\" does not appear in the text"_s;
    QTest::newRow("unclosed brace")
        << section(R"({"kind":"list","rows":{"id":"r","pattern":"{a","columns":[{"id":"a","placeholder":"x"}]}})")
        << u"has an unclosed or empty {}"_s;
    QTest::newRow("pattern names no column")
        << section(R"({"kind":"list","rows":{"id":"r","pattern":"{b}","columns":[{"id":"a","placeholder":"x"}]}})")
        << u"pattern names \"b\", which is not a column"_s;
    QTest::newRow("code without code") << section(R"({"kind":"code"})") << u"a code block needs \"code\""_s;
}

void TestReportTemplate::invalidDescription_isRefusedWithPath()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    QString error;
    QVERIFY(!ReportTemplate::fromJson(json, &error));
    QVERIFY2(error.contains(expectedError), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestReportTemplate)
#include "tst_reporttemplate.moc"
