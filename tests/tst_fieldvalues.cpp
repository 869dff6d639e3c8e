// Values as the template's own wording invites them: numbers with their unit and a remark
// ("402 MB (growth)", "11 crashes"), the template's sample text kept as a real value
// ("Window / Global", "0/month"), and a fully filled report that opens without problems.
#include "check/reportvalidator.h"
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

class TestFieldValues : public QObject
{
    Q_OBJECT

private slots:
    void withUnit_appendsTheUnitOnlyAfterABareNumber_data();
    void withUnit_appendsTheUnitOnlyAfterABareNumber();
    void templatePlaceholders_areRealOrANewReportsValue();
    void filledReport_readsWithoutProblems();
    void filledReport_exportsEveryValueAsTyped_data();
    void filledReport_exportsEveryValueAsTyped();
    void templateSampleText_readsAsAValue();
    void approximateValue_getsItsUnitInlineAndInFences();
    void numberValues_surviveExportAndImport_data();
    void numberValues_surviveExportAndImport();

private:
    LoadResult readFilledReport() const
    {
        return MarkdownReader(*m_template).read(test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/filled-report.md")),
                                                u"filled-report.md"_s);
    }

    std::shared_ptr<const ReportTemplate> m_template = ReportTemplate::builtin();
};

void TestFieldValues::withUnit_appendsTheUnitOnlyAfterABareNumber_data()
{
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("printed");
    QTest::newRow("bare number") << u"loadBefore10k"_s << u"402"_s << u"402 MB"_s;
    QTest::newRow("fraction") << u"exampleBeforeGrowthRate"_s << u"38.5"_s << u"38.5 MB/hour"_s;
    QTest::newRow("approximate") << u"loadBefore10k"_s << u"~400"_s << u"~400 MB"_s;
    QTest::newRow("glued per-unit") << u"beforeFixOomIncidents"_s << u"3"_s << u"3/week"_s;
    QTest::newRow("glued percent") << u"monitorHeapThreshold"_s << u"80"_s << u"80%"_s;
    QTest::newRow("unit typed") << u"loadBefore10k"_s << u"402 MB"_s << u"402 MB"_s;
    QTest::newRow("unit typed, other case") << u"loadBefore10k"_s << u"402 mb"_s << u"402 mb"_s;
    QTest::newRow("unit glued") << u"loadBefore10k"_s << u"402MB"_s << u"402MB"_s;
    QTest::newRow("other unit") << u"loadBefore10k"_s << u"0.4 GB"_s << u"0.4 GB"_s;
    QTest::newRow("remark") << u"loadBefore10k"_s << u"402 MB (growth)"_s << u"402 MB (growth)"_s;
    QTest::newRow("remark!") << u"afterFixAfter6h"_s << u"211 MB (stable!)"_s << u"211 MB (stable!)"_s;
    QTest::newRow("percent per day") << u"symptomGrowthRate"_s << u"12% per day"_s << u"12% per day"_s;
    QTest::newRow("words after a count") << u"beforeFixOomIncidents"_s << u"11 crashes"_s << u"11 crashes"_s;
    QTest::newRow("per unit typed") << u"afterFixOomIncidents"_s << u"0/month"_s << u"0/month"_s;
    QTest::newRow("no number") << u"loadBefore10k"_s << u"not measured"_s << u"not measured"_s;
    QTest::newRow("no unit declared") << u"impactOomIncidents"_s << u"11"_s << u"11"_s;
}

void TestFieldValues::withUnit_appendsTheUnitOnlyAfterABareNumber()
{
    QFETCH(QString, fieldId);
    QFETCH(QString, typed);
    QFETCH(QString, printed);
    const FieldDef *field = m_template->field(fieldId);
    QVERIFY(field);
    QCOMPARE(field->withUnit(typed), printed);
}

// Text equal to a field's placeholder reads back as empty, so a placeholder that reads as a value
// ("Window / Global", "0/month") must be what a new report holds, declared as its default.
void TestFieldValues::templatePlaceholders_areRealOrANewReportsValue()
{
    int checked = 0;
    const auto expectReal = [&](const QString &placeholder, const QString &newReportPrints, const QString &where) {
        ++checked;
        if (FieldDef::isRealPlaceholder(placeholder) || placeholder == newReportPrints)
            return true;
        qWarning("%s: \"%s\" reads as a value; make it the default value and give the field a real placeholder",
                 qPrintable(where), qPrintable(placeholder));
        return false;
    };
    bool allReal = true;
    for (const SectionDef &section : m_template->sections()) {
        for (const FieldDef *field : section.fields)
            allReal &= expectReal(field->placeholder, field->withUnit(field->defaultValue), field->id);
        for (const RowSetDef *rowSet : section.rowSets) {
            const QList<Row> rows = rowSet->initialRows();
            for (int r = 0; r < qMax(rows.size(), qsizetype(1)); ++r) {
                const Row row = rows.value(r, rowSet->newRow());
                for (const FieldDef &column : rowSet->columns) {
                    allReal &= expectReal(rowSet->placeholder(row, r, column), column.withUnit(row.value(column.id)),
                                          u"%1 row %2 %3"_s.arg(rowSet->id).arg(r + 1).arg(column.id));
                }
            }
        }
    }
    QVERIFY(allReal);
    QVERIFY(checked > 100);
    // The rule itself, on the template's kinds of placeholder.
    for (const QString &real : {u"[Your Name]"_s, u"[size] MB"_s, u"X MB"_s, u"Y MB (growth)"_s, u"N/week"_s, u"Z%"_s,
                                u"X"_s, u"___"_s, u"// ... execute code"_s})
        QVERIFY2(FieldDef::isRealPlaceholder(real), qPrintable(real));
    for (const QString &sample : {u"Window / Global"_s, u"0/month"_s, u"0 MB/hour"_s, u"Memory growth rate"_s,
                                  u"rate(nodejs_heap_used_bytes[1h])"_s, u"typescript"_s, u"XL pods"_s})
        QVERIFY2(!FieldDef::isRealPlaceholder(sample), qPrintable(sample));
}

void TestFieldValues::filledReport_readsWithoutProblems()
{
    const LoadResult result = readFilledReport();
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings, QStringList()); // every line found its field
    const ReportValidator validator(*m_template);
    const QList<ReportProblem> problems = validator.validate(result.content);
    for (const ReportProblem &problem : problems)
        qWarning("%s", qPrintable(validator.describe(problem)));
    QCOMPARE(problems.size(), 0);
    // It was read as meant: the numbers with their remarks, the template's own sample values.
    QCOMPARE(result.content.values.value(u"loadBefore10k"_s), u"402 MB (growth)"_s);
    QCOMPARE(result.content.values.value(u"impactOomIncidents"_s), u"11 crashes"_s);
    QCOMPARE(result.content.rows.value(u"retainerPath"_s).value(0).value(u"step"_s), u"Window / Global"_s);
    QCOMPARE(result.content.rows.value(u"prometheusQueries"_s).value(0).value(u"description"_s), u"Memory growth rate"_s);
    QVERIFY(!result.content.values.value(u"afterFixOomIncidents"_s).isEmpty());
}

void TestFieldValues::filledReport_exportsEveryValueAsTyped_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("OOM incidents") << u"- OOM incidents: 11 crashes"_s;
    QTest::newRow("linear growth") << u"- [x] Linear memory growth (12% per day)"_s;
    QTest::newRow("10000 requests before") << u"- Memory after 10000 requests: 402 MB (growth)"_s;
    QTest::newRow("10000 requests after") << u"- Memory after 10000 requests: 211 MB (stable)"_s;
    QTest::newRow("after 6h") << u"Memory after 6h: 211 MB (stable!)"_s;
    QTest::newRow("growth after") << u"Growth rate: 0 MB/hour"_s;
    QTest::newRow("OOM after") << u"OOM incidents: 0/month"_s;
    QTest::newRow("OOM before") << u"OOM incidents: 11/week"_s;
    QTest::newRow("retainer root") << u"Window / Global"_s;
    QTest::newRow("query comment") << u"# Memory growth rate"_s;
    QTest::newRow("snapshot") << u"Snapshot 2: 2026-03-14 10:05 - 254 MB - checkout-api-2.heapsnapshot"_s;
    QTest::newRow("alert") << u"- [x] Alert: Memory growth >20 MB/hour for >2 hours"_s;
}

void TestFieldValues::filledReport_exportsEveryValueAsTyped()
{
    QFETCH(QString, line);
    const QString source = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/filled-report.md"));
    QVERIFY2(source.split(u'\n').contains(line), "the line is in the filled report");
    const LoadResult result = readFilledReport();
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QStringList exported = MarkdownWriter(*m_template).write(result.content).split(u'\n');
    QVERIFY2(exported.contains(line), qPrintable(exported.filter(line.left(12)).join(u" | ")));
}

// The template's sample text read from Markdown is a value, and a new report holds it, so the
// template still reads as a new report and the value is not "unfilled".
void TestFieldValues::templateSampleText_readsAsAValue()
{
    const QString templateText = test::readTextFile(u":/templates/memory-report-template.md"_s);
    const LoadResult result = MarkdownReader(*m_template).read(templateText, u"template.md"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.content, ReportContent::fromTemplate(*m_template));
    QCOMPARE(MarkdownWriter(*m_template).write(result.content), templateText);
    QList<ReportProblem> problems = ReportValidator(*m_template).validate(result.content);
    for (const QString &id : {u"afterFixOomIncidents"_s, u"afterFixGrowthRate"_s, u"retainerPath"_s, u"prometheusQueries"_s}) {
        for (const ReportProblem &problem : problems) {
            if (problem.fieldId == id && (id != u"retainerPath" || problem.row == 0))
                QFAIL(qPrintable(problem.message));
        }
    }
}

// The unit is decided on the value as typed, before any Markdown escaping of "~" in inline text.
void TestFieldValues::approximateValue_getsItsUnitInlineAndInFences()
{
    ReportContent content = ReportContent::fromTemplate(*m_template);
    content.checked[u"symptomLinearGrowth"_s] = true;
    content.values[u"symptomGrowthRate"_s] = u"~40"_s;   // a checklist detail: inline Markdown
    content.values[u"exampleCurrentHeap"_s] = u"~400"_s; // a fence line: literal text
    const QString markdown = MarkdownWriter(*m_template).write(content);
    QVERIFY2(markdown.contains(u"40 MB/hour)\n"_s), qPrintable(markdown.section(u"Initial Symptoms"_s, 1).left(80)));
    QVERIFY(markdown.contains(u"\n- Heap usage: ~400 MB\n"_s));
}

void TestFieldValues::numberValues_surviveExportAndImport_data()
{
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("typed");
    QTest::newRow("ends in the unit, not a bare number") << u"beforeFixOomIncidents"_s << u"11 crashes/week"_s;
    QTest::newRow("glued unit") << u"exampleCurrentHeap"_s << u"402MB"_s;
    QTest::newRow("unit in other case") << u"exampleCurrentHeap"_s << u"402 mb"_s;
    QTest::newRow("bare") << u"exampleCurrentHeap"_s << u"402"_s;
    QTest::newRow("bare, glued unit") << u"beforeFixOomIncidents"_s << u"3"_s;
    QTest::newRow("approximate") << u"exampleCurrentHeap"_s << u"~400"_s;
    QTest::newRow("remark") << u"loadBefore10k"_s << u"402 MB (growth)"_s;
    QTest::newRow("words ending in the unit") << u"monitorGrowthDuration"_s << u"36 working hours"_s;
}

// Markdown printed from a value reads back as a value that prints the same line again.
void TestFieldValues::numberValues_surviveExportAndImport()
{
    QFETCH(QString, fieldId);
    QFETCH(QString, typed);
    ReportContent content = ReportContent::fromTemplate(*m_template);
    content.checked[u"monitorGrowthAlert"_s] = true;
    content.values[fieldId] = typed;
    const QString markdown = MarkdownWriter(*m_template).write(content);
    const LoadResult read = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(test::sameText(MarkdownWriter(*m_template).write(read.content), markdown));
    const FieldDef *field = m_template->field(fieldId);
    QCOMPARE(field->withUnit(read.content.values.value(fieldId)), field->withUnit(typed));
}

QTEST_GUILESS_MAIN(TestFieldValues)
#include "tst_fieldvalues.moc"
