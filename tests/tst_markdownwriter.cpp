#include "markdown/cmarkdocument.h"
#include "markdown/markdownwriter.h"
#include "model/report.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

class TestMarkdownWriter : public QObject
{
    Q_OBJECT

private slots:
    void emptyReport_isTheTemplateByteForByte();
    void emptyReport_matchesTheTemplateSectionBySection();
    void sample_matchesGoldenFile();
    void sample_hasTheTemplatesStructure();
    void sample_leavesNoPlaceholderBehind();
    void filledValues_printInPlace_data();
    void filledValues_printInPlace();
    void removedRows_leaveNoGap();
    void notes_printAtTheEndOfTheirSection();
    void code_keepsIndentationAndUsesTheLanguagesComments();
};

namespace {
const ReportTemplate &tmpl() { return *ReportTemplate::builtin(); }
QString write(const ReportContent &content) { return MarkdownWriter(tmpl()).write(content); }

// The top-level block sequence: headings with their level, lists, tables, code blocks, rules.
QStringList blockOutline(const QString &markdown)
{
    const markdown::CmarkDocument doc(markdown);
    QStringList outline;
    for (cmark_node *n = cmark_node_first_child(doc.root()); n; n = cmark_node_next(n)) {
        QString entry = markdown::CmarkDocument::typeName(n);
        if (cmark_node_get_type(n) == CMARK_NODE_HEADING)
            entry += QString::number(cmark_node_get_heading_level(n)) + u' '
                + markdown::CmarkDocument::literalText(n);
        outline.append(entry);
    }
    return outline;
}
} // namespace

void TestMarkdownWriter::emptyReport_isTheTemplateByteForByte()
{
    const QString written = write(ReportContent::fromTemplate(tmpl()));
    QVERIFY(test::sameText(written, test::readTextFile(u":/templates/memory-report-template.md"_s)));
    if (QFile::exists(QStringLiteral(LEAKREPORT_SHARED_TEMPLATE)))
        QVERIFY(test::sameText(written, test::readTextFile(QStringLiteral(LEAKREPORT_SHARED_TEMPLATE))));
}

void TestMarkdownWriter::emptyReport_matchesTheTemplateSectionBySection()
{
    const QString markdown = test::readTextFile(u":/templates/memory-report-template.md"_s);
    const QStringList expectedSections = markdown.split(MarkdownWriter::kSectionSeparator.toString());
    QCOMPARE(expectedSections.size(), tmpl().sections().size());
    const MarkdownWriter writer(tmpl());
    const ReportContent empty = ReportContent::fromTemplate(tmpl());
    for (int i = 0; i < expectedSections.size(); ++i) {
        QString expected = expectedSections[i];
        if (!expected.endsWith(u'\n'))
            expected += u'\n';
        QCOMPARE(writer.writeSection(empty, i), expected);
    }
}

void TestMarkdownWriter::sample_matchesGoldenFile()
{
    QVERIFY(test::matchesGoldenFile(write(test::sampleContent()), QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md")));
}

void TestMarkdownWriter::sample_hasTheTemplatesStructure()
{
    // Section notes add paragraphs of their own; everything else keeps the template's blocks.
    ReportContent sample = test::sampleContent();
    const qsizetype noteCount = std::count_if(sample.notes.cbegin(), sample.notes.cend(),
                                              [](const QString &note) { return !note.isEmpty(); });
    QVERIFY(noteCount > 0);
    const QStringList withNotes = blockOutline(write(sample));
    sample.notes.clear();
    const QStringList empty = blockOutline(write(ReportContent::fromTemplate(tmpl())));
    QCOMPARE(blockOutline(write(sample)), empty);
    QCOMPARE(withNotes.size(), empty.size() + noteCount);
    QVERIFY(empty.size() > 80);
}

void TestMarkdownWriter::sample_leavesNoPlaceholderBehind()
{
    const QString markdown = write(test::sampleContent());
    for (const SectionDef &section : tmpl().sections()) {
        for (const FieldDef *field : section.fields) {
            if (field->placeholder.startsWith(u'[') && field->placeholder != u"[line]")
                QVERIFY2(!markdown.contains(field->placeholder), qPrintable(field->id + u": "_s + field->placeholder));
        }
    }
    QVERIFY(!markdown.contains(u"___"_s));
    QVERIFY(!markdown.contains(u"[HH:MM]"_s));
}

void TestMarkdownWriter::filledValues_printInPlace_data()
{
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("label line") << u"service"_s << u"checkout-api"_s << u"**Service**: checkout-api"_s;
    QTest::newRow("choice") << u"severity"_s << u"High"_s << u"**Severity**: High"_s;
    QTest::newRow("field list item") << u"impactDuration"_s << u"3 weeks"_s << u"- Duration: 3 weeks"_s;
    QTest::newRow("unit appended") << u"exampleBeforeBaseline"_s << u"180"_s << u"- Heap usage baseline: 180 MB"_s;
    QTest::newRow("unit typed by the user") << u"exampleBeforeBaseline"_s << u"180 MB"_s << u"- Heap usage baseline: 180 MB"_s;
    QTest::newRow("glued unit") << u"beforeFixOomIncidents"_s << u"4"_s << u"OOM incidents: 4/week"_s;
    QTest::newRow("percent") << u"improvementOomElimination"_s << u"100"_s << u"- OOM elimination: 100%"_s;
    QTest::newRow("placeholder with unit replaced") << u"afterFixAfter6h"_s << u"209"_s << u"Memory after 6h: 209 MB"_s;
    QTest::newRow("fence value stays literal") << u"monitoringQuery"_s << u"rate(heap_bytes[5m]) * 3600"_s
                                               << u"Prometheus query: rate(heap_bytes[5m]) * 3600"_s;
    QTest::newRow("fence value on one line") << u"monitoringAlertRule"_s << u"HeapGrowth\n> 30 MB/h"_s
                                             << u"Alert rule: HeapGrowth > 30 MB/h"_s;
    QTest::newRow("checklist detail") << u"symptomGrowthRate"_s << u"38"_s << u"- [ ] Linear memory growth (38 MB/hour)"_s;
    QTest::newRow("two details") << u"monitorGrowthDuration"_s << u"2"_s
                                 << u"- [ ] Alert: Memory growth >X MB/hour for >2 hours"_s;
    // A value is inline Markdown as typed: code spans and emphasis are printed as they are.
    QTest::newRow("inline Markdown label value") << u"tldr"_s << u"`on()` leaked *every* reconnect, ~4% (web | mobile)"_s
                                                 << u"**TL;DR**: `on()` leaked *every* reconnect, ~4% (web | mobile)"_s;
    QTest::newRow("code file line") << u"vulnerableCodeFile"_s << u"src/ws/reconnect.ts"_s
                                    << u"// File: src/ws/reconnect.ts:[line]"_s;
    QTest::newRow("sign-off date") << u"nextReview"_s << u"2026-04-01"_s << u"**Next Review**: 2026-04-01"_s;
}

void TestMarkdownWriter::filledValues_printInPlace()
{
    QFETCH(QString, fieldId);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    Report report(ReportTemplate::builtin());
    QVERIFY(report.setValue(fieldId, value));
    const QStringList lines = write(report.content()).split(u'\n');
    QVERIFY2(lines.contains(expectedLine), qPrintable(expectedLine));
}

void TestMarkdownWriter::removedRows_leaveNoGap()
{
    Report report(ReportTemplate::builtin());
    QVERIFY(report.setRows(u"wentWell"_s, {}));
    QVERIFY(report.setRows(u"timeline"_s, {Row{{u"event"_s, u"Paged"_s}, {u"details"_s, u"a|b\nc"_s}}}));
    QVERIFY(report.setChecked(u"symptomGcPressure"_s, true));
    QVERIFY(report.insertRow(u"leakMechanism"_s, 3, Row{{u"step"_s, u"4. Heap exhausted"_s}}));
    const QString markdown = write(report.content());
    QVERIFY(markdown.contains(u"### What Went Well\n\n### What Could Be Improved\n"_s));
    QVERIFY(markdown.contains(u"|------|-------|---------|\n| [HH:MM] | Paged | a\\|b<br>c |\n\n---"_s));
    QVERIFY(markdown.contains(u"- [x] GC pressure (frequent/long pauses)\n"_s));
    QVERIFY(markdown.contains(u"3. [Result: memory accumulates]\n4. 4\\. Heap exhausted\n"_s));
}

void TestMarkdownWriter::notes_printAtTheEndOfTheirSection()
{
    Report report(ReportTemplate::builtin());
    QVERIFY(report.setNotes(u"executiveSummary"_s, u"\nA second opinion was asked for.\n\n"_s));
    const QString markdown = write(report.content());
    QVERIFY(markdown.contains(u"- Status: [Resolved/Monitoring/In Progress]\n\nA second opinion was asked for.\n\n---\n\n## Incident Timeline"_s));
}

void TestMarkdownWriter::code_keepsIndentationAndUsesTheLanguagesComments()
{
    Report report(ReportTemplate::builtin());
    report.setValue(u"fixedCodeLanguage"_s, u"python"_s);
    report.setValue(u"fixedCodeFile"_s, u"app/pool.py"_s);
    report.setValue(u"fixedCodeLine"_s, u"42"_s);
    report.setValue(u"fixedCode"_s, u"with pool.connection() as conn:\n\n    conn.execute(q)\n"_s);
    report.setValue(u"gcLogs"_s, u"```\nnested fence\n```"_s);
    report.setRows(u"retainerPath"_s, {Row{{u"step"_s, u"global"_s}}, Row{{u"step"_s, u"cache"_s}}, Row{}});
    const QString markdown = write(report.content());
    QVERIFY(markdown.contains(u"**Fixed Code**:\n```python\n# File: app/pool.py:42\n# [Brief explanation of fix]\n\n"
                              "with pool.connection() as conn:\n\n    conn.execute(q)\n```\n"_s));
    QVERIFY(markdown.contains(u"### GC Logs\n\n````\n```\nnested fence\n```\n````\n"_s));
    QVERIFY(markdown.contains(u"**Retainer Path**:\n```\nglobal\n  → cache\n    → [Object/function]\n```\n"_s));
}

QTEST_GUILESS_MAIN(TestMarkdownWriter)
#include "tst_markdownwriter.moc"
