#include "testsupport.h"

#include "markdown/markdownhtml.h"
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "template/reporttemplate.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

// Markdown back into the form: the writer's output reads back exactly, hand-edited files read
// with tolerance, and text that fits no field is kept as notes.
class TestMarkdownReader : public QObject
{
    Q_OBJECT

private slots:
    void templateText_readsAsNewReport();
    void sample_roundTripsByteForByte();
    void chartLine_isTheWritersOwn_notANote();
    void generatedReports_readBackAsWritten();
    void handEditedFile_readsTheSame_data();
    void handEditedFile_readsTheSame();
    void extraTimelineRows_areKept();
    void missingSection_keepsTemplateValues();
    void unplacedText_isKeptAsNotesAndReported();
    void notes_areWrittenBackInTheirSection();
    void textThatIsNoReport_isRefused_data();
    void textThatIsNoReport_isRefused();
    void markdownInjection_readsAsText();
    void load_namesFileProblems();
    void fuzzCorpus_readsAndWritesBackStably_data();
    void fuzzCorpus_readsAndWritesBackStably();

private:
    ReportContent readSample(const QString &markdown) const;
    // The sample as Markdown can hold it (see sample_roundTripsByteForByte).
    ReportContent expectedSample() const;

    std::shared_ptr<const ReportTemplate> m_template = ReportTemplate::builtin();
};

// Prints which ids differ, so a failing comparison says where.
static void describeDifferences(const ReportContent &actual, const ReportContent &expected)
{
    for (auto it = expected.values.cbegin(); it != expected.values.cend(); ++it) {
        if (actual.values.value(it.key()) != it.value())
            qWarning().noquote() << "value" << it.key() << ":" << actual.values.value(it.key()) << "expected" << it.value();
    }
    for (auto it = expected.checked.cbegin(); it != expected.checked.cend(); ++it) {
        if (actual.checked.value(it.key()) != it.value())
            qWarning().noquote() << "checked" << it.key() << ":" << actual.checked.value(it.key());
    }
    for (auto it = expected.rows.cbegin(); it != expected.rows.cend(); ++it) {
        if (actual.rows.value(it.key()) != it.value())
            qWarning().noquote() << "rows" << it.key() << ":" << actual.rows.value(it.key()) << "expected" << it.value();
    }
    for (auto it = expected.notes.cbegin(); it != expected.notes.cend(); ++it) {
        if (actual.notes.value(it.key()) != it.value())
            qWarning().noquote() << "notes" << it.key() << ":" << actual.notes.value(it.key()) << "expected" << it.value();
    }
    for (auto it = actual.notes.cbegin(); it != actual.notes.cend(); ++it) {
        if (!expected.notes.contains(it.key()))
            qWarning().noquote() << "extra notes" << it.key() << ":" << it.value();
    }
}

// Equal, but for values that render the same as inline Markdown (an escape added by the writer).
static bool sameMeaning(const ReportContent &actual, const ReportContent &expected)
{
    auto same = [](const QString &a, const QString &b) {
        return a == b || markdown::inlineMarkdownToHtml(a) == markdown::inlineMarkdownToHtml(b);
    };
    ReportContent normalized = actual;
    for (auto it = normalized.values.begin(); it != normalized.values.end(); ++it) {
        if (same(it.value(), expected.values.value(it.key())))
            it.value() = expected.values.value(it.key());
    }
    for (auto it = normalized.rows.begin(); it != normalized.rows.end(); ++it) {
        const QList<Row> expectedRows = expected.rows.value(it.key());
        for (qsizetype r = 0; r < it.value().size() && r < expectedRows.size(); ++r) {
            for (auto cell = it.value()[r].begin(); cell != it.value()[r].end(); ++cell) {
                if (same(cell.value(), expectedRows[r].value(cell.key())))
                    cell.value() = expectedRows[r].value(cell.key());
            }
        }
    }
    return normalized == expected;
}

ReportContent TestMarkdownReader::expectedSample() const
{
    // The sample's values equal to the template's sample text ("0/month", the two query
    // descriptions) read back as values: that text is a new report's value, not a placeholder.
    return test::sampleContent();
}

ReportContent TestMarkdownReader::readSample(const QString &markdown) const
{
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    if (!result.ok())
        qWarning().noquote() << result.error;
    return result.content;
}

void TestMarkdownReader::templateText_readsAsNewReport()
{
    const QString markdown = test::readTextFile(u":/templates/memory-report-template.md"_s);
    const LoadResult result = MarkdownReader(*m_template).read(markdown, u"template.md"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ReportContent expected = ReportContent::fromTemplate(*m_template);
    describeDifferences(result.content, expected);
    QCOMPARE(result.content, expected);
    QCOMPARE(result.warnings, QStringList());
}

void TestMarkdownReader::sample_roundTripsByteForByte()
{
    const QString markdown = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const ReportContent expected = expectedSample();
    describeDifferences(result.content, expected);
    QCOMPARE(result.content, expected);
    QVERIFY(test::sameText(MarkdownWriter(*m_template).write(result.content), markdown));
}

namespace {

// Random reports for the round-trip property. Values are what Markdown can hold: trimmed, one line
// except code, never the template's own placeholder text, a unit typed at most by the writer.
class ReportGenerator
{
public:
    ReportGenerator(const ReportTemplate &t, quint32 seed)
        : m_template(t)
        , m_random(seed)
    {
    }

    ReportContent next()
    {
        ReportContent content = ReportContent::fromTemplate(m_template);
        for (const SectionDef &section : m_template.sections()) {
            for (const FieldDef *field : section.fields) {
                if (chance(25) && field->defaultValue.isEmpty())
                    content.values[field->id].clear();
                else if (field->type == FieldType::Integer)
                    content.values[field->id] = QString::number(m_random.bounded(1, 100000));
                else if (field->type == FieldType::Language)
                    content.values[field->id] = m_template.languages().at(int(m_random.bounded(m_template.languages().size()))).id;
                else
                    content.values[field->id] = field->isMultiLine() ? code() : value(*field, field->placeholder, false);
            }
            for (const ChecklistItemDef *item : section.checklistItems)
                content.checked[item->id] = chance(50);
            for (const RowSetDef *rowSet : section.rowSets) {
                QList<Row> rows;
                const int count = chance(15) ? 0 : int(m_random.bounded(1, 6));
                const bool inFence = isInFence(section, rowSet);
                for (int r = 0; r < count; ++r) {
                    Row row = rowSet->newRow();
                    for (const FieldDef &column : rowSet->columns) {
                        if (!chance(20))
                            row[column.id] = value(column, rowSet->placeholder(row, r, column), inFence);
                    }
                    // A row's placeholders depend on its key: make sure no cell equals its own.
                    for (const FieldDef &column : rowSet->columns) {
                        if (row[column.id] == rowSet->placeholder(row, r, column))
                            row[column.id] += u" x"_s;
                    }
                    rows.append(row);
                }
                content.rows[rowSet->id] = rows;
            }
            if (chance(30))
                content.notes[section.id] = u"A note with *emphasis*, `code` and words: "_s + words(6);
        }
        return content;
    }

private:
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    static bool isInFence(const SectionDef &section, const RowSetDef *rowSet)
    {
        for (const SubsectionDef &sub : section.subsections) {
            for (const BlockDef &block : sub.blocks) {
                if (block.kind == BlockDef::Kind::Chain && block.rows && block.rows->id == rowSet->id)
                    return true;
                for (const FenceGroupDef &group : block.groups) {
                    if (group.rows && group.rows->id == rowSet->id)
                        return true;
                }
            }
        }
        return false;
    }

    QString words(int maxWords)
    {
        static const QStringList vocabulary = {
            u"heap"_s, u"Räumung"_s, u"日本語"_s, u"🧪"_s, u"a|b"_s, u"`tick`"_s, u"*star*"_s, u"_under_"_s,
            u"snake_case"_s, u"[link](x)"_s, u"<b>"_s, u"&amp;"_s, u"#hash"_s, u"~~strike~~"_s, u"back\\slash"_s,
            u"1."_s, u"-"_s, u"+"_s, u"50%"_s, u"→"_s, u"x:y"_s, u"(paren)"_s, u"\"quoted\""_s, u"!bang"_s,
            u"https://example.com/a_b"_s, u"MB"_s, u"value"_s, u"=equals"_s, u">gt"_s};
        QStringList picked;
        const int count = int(m_random.bounded(1, maxWords + 1));
        for (int i = 0; i < count; ++i)
            picked.append(vocabulary.at(int(m_random.bounded(vocabulary.size()))));
        return picked.join(u' ');
    }

    QString value(const FieldDef &field, const QString &placeholder, bool inFence)
    {
        for (;;) {
            QString text = words(5);
            if (inFence) // a fence cannot escape: its separators and arrows stay out of values
                text.replace(u" - "_s, u" "_s).replace(u"→"_s, u"to"_s).remove(u'-').remove(u'#');
            text = text.simplified();
            if (text.isEmpty() || text == placeholder || (!field.unit.isEmpty() && text.endsWith(field.unit, Qt::CaseInsensitive)))
                continue;
            return text;
        }
    }

    QString code()
    {
        QStringList lines;
        const int count = int(m_random.bounded(1, 6));
        for (int i = 0; i < count; ++i)
            lines.append(QString(int(m_random.bounded(4)) * 2, u' ') + words(4));
        lines.first() = lines.first().trimmed();
        return lines.join(u'\n');
    }

    const ReportTemplate &m_template;
    QRandomGenerator m_random;
};

} // namespace

void TestMarkdownReader::generatedReports_readBackAsWritten()
{
    const MarkdownWriter writer(*m_template);
    const MarkdownReader reader(*m_template);
    ReportGenerator generator(*m_template, 20261125);
    for (int i = 0; i < 300; ++i) {
        const ReportContent report = generator.next();
        const QString markdown = writer.write(report);
        const LoadResult result = reader.read(markdown);
        QVERIFY2(result.ok(), qPrintable(result.error));
        // A value reads back as typed, or with an escape the writer added where it would have
        // changed the document's structure (a leading "- " in a list item): the same meaning.
        if (!sameMeaning(result.content, report)) {
            describeDifferences(result.content, report);
            QFAIL(qPrintable(u"report %1 did not read back as written:\n%2"_s.arg(i).arg(markdown)));
        }
        QCOMPARE(writer.write(result.content), markdown);
    }
}

void TestMarkdownReader::handEditedFile_readsTheSame_data()
{
    QTest::addColumn<QString>("edited");
    const QString sample = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    QString stars = sample, plus = sample;
    stars.replace(u"\n- "_s, u"\n* "_s);
    plus.replace(u"\n- "_s, u"\n+ "_s);
    QTest::newRow("* bullets") << stars;
    QTest::newRow("+ bullets") << plus;
    QTest::newRow("[X] ticks") << QString(sample).replace(u"- [x]"_s, u"- [X]"_s);
    QTest::newRow("CRLF") << QString(sample).replace(u"\n"_s, u"\r\n"_s);
    QTest::newRow("BOM") << u"\uFEFF"_s + sample;
    QTest::newRow("extra blank lines") << QString(sample).replace(u"\n\n##"_s, u"\n\n\n\n##"_s).replace(u"\n\n**"_s, u"\n\n\n**"_s);
    QTest::newRow("no rules between sections") << QString(sample).replace(u"\n---\n"_s, u"\n"_s);
    QTest::newRow("missing blank lines before lists and fences")
        << QString(sample).replace(u"\n\n**Impact**:"_s, u"\n**Impact**:"_s).replace(u"\n\n**Monitoring Data**"_s, u"\n**Monitoring Data**"_s);
    QString table = sample;
    table.replace(u"|------|-------|---------|"_s, u"|---|---|---|"_s).replace(u"| Time | Event | Details |"_s, u"|Time|Event|Details|"_s);
    QTest::newRow("table rule without padding") << table;
    QTest::newRow("headings in other case") << QString(sample).replace(u"## Executive Summary"_s, u"## executive summary"_s);
    // Sections in another order: the appendix before the lessons.
    const qsizetype lessons = sample.indexOf(u"## Lessons Learned"_s), related = sample.indexOf(u"## Related Documentation"_s);
    const qsizetype appendix = sample.indexOf(u"## Appendix"_s), signOff = sample.indexOf(u"**Report Completed**"_s);
    const QString reordered = sample.left(lessons) + sample.mid(appendix, signOff - appendix) + sample.mid(lessons, appendix - lessons)
        + sample.mid(signOff);
    QTest::newRow("sections reordered") << reordered;
    (void)related;
}

void TestMarkdownReader::handEditedFile_readsTheSame()
{
    QFETCH(QString, edited);
    const ReportContent expected = expectedSample();
    const ReportContent actual = readSample(edited);
    describeDifferences(actual, expected);
    QCOMPARE(actual, expected);
}

void TestMarkdownReader::extraTimelineRows_areKept()
{
    QString markdown = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    markdown.replace(u"| 09:30 | Investigation started |"_s, u"| 09:20 | Paged the owner | On-call acknowledged\n| 09:30 | Investigation started |"_s);
    const ReportContent content = readSample(markdown);
    const QList<Row> rows = content.rows.value(u"timeline"_s);
    QCOMPARE(rows.size(), expectedSample().rows.value(u"timeline"_s).size() + 1);
    QCOMPARE(rows[2].value(u"event"_s), u"Paged the owner"_s);
    QCOMPARE(rows[2].value(u"details"_s), u"On-call acknowledged"_s);
    QCOMPARE(content.notes.value(u"incidentTimeline"_s), expectedSample().notes.value(u"incidentTimeline"_s));
}

void TestMarkdownReader::missingSection_keepsTemplateValues()
{
    const QString sample = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    const qsizetype from = sample.indexOf(u"## Lessons Learned"_s), to = sample.indexOf(u"## Related Documentation"_s);
    const ReportContent content = readSample(sample.left(from) + sample.mid(to));
    const ReportContent fresh = ReportContent::fromTemplate(*m_template);
    QCOMPARE(content.rows.value(u"wentWell"_s), fresh.rows.value(u"wentWell"_s));
    QCOMPARE(content.checked.value(u"monitorGrowthAlert"_s), false);
    QCOMPARE(content.values.value(u"service"_s), expectedSample().values.value(u"service"_s));
    QCOMPARE(content.values.value(u"nextReview"_s), expectedSample().values.value(u"nextReview"_s));
}

void TestMarkdownReader::unplacedText_isKeptAsNotesAndReported()
{
    QString markdown = test::readTextFile(u":/templates/memory-report-template.md"_s);
    markdown.replace(u"## Incident Timeline"_s,
                     u"An extra paragraph.\n\nAnd **another** one.\n\n## Incident Timeline"_s);
    markdown.replace(u"### Detection Method"_s,
                     u"### Who Was Paged\n\nThe on-call engineer.\n\n### Detection Method"_s);
    markdown.replace(u"**How Discovered**:"_s, u"**Pager**: PD-123\n**How Discovered**:"_s);
    markdown.replace(u"- [ ] Application logs"_s, u"- [ ] Application logs\n- [x] Core dumps"_s);
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.content.notes.value(u"executiveSummary"_s), u"An extra paragraph.\n\nAnd **another** one."_s);
    QCOMPARE(result.content.notes.value(u"symptomsAndDetection"_s),
             u"### Who Was Paged\n\nThe on-call engineer.\n\n**Pager**: PD-123"_s);
    // An extra checklist item stays in its checklist (Tools Used), under the item it was typed
    // under, not in the section's notes.
    QCOMPARE(result.content.notes.value(u"investigationSteps"_s), QString());
    QCOMPARE(result.content.notes.value(u"after:toolAppLogs"_s), u"- [x] Core dumps"_s);
    QCOMPARE(result.warnings, (QStringList{
        u"2 paragraphs kept as notes in Executive Summary"_s,
        u"1 paragraph, 1 line, 1 unknown heading with text kept as notes in Symptoms and Detection"_s}));
    QCOMPARE(result.content.values.value(u"howDiscovered"_s), QString());
}

void TestMarkdownReader::notes_areWrittenBackInTheirSection()
{
    QString markdown = test::readTextFile(u":/templates/memory-report-template.md"_s);
    markdown.replace(u"## Incident Timeline"_s, u"Kept for later.\n\n---\n\n## Incident Timeline"_s);
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY(result.ok());
    const QString written = MarkdownWriter(*m_template).write(result.content);
    const QString section = written.section(u"## Executive Summary"_s, 1).section(u"## Incident Timeline"_s, 0, 0);
    QVERIFY2(section.contains(u"\n\nKept for later.\n"_s), qPrintable(section));
    QCOMPARE(MarkdownReader(*m_template).read(written).content, result.content);
}

void TestMarkdownReader::textThatIsNoReport_isRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("shopping list") << u"# Shopping\n\n- eggs\n- milk\n"_s;
    QTest::newRow("other document") << u"# Design notes\n\n## Goals\n\nFast start-up.\n\n**Owner**: Sam\n"_s;
    QTest::newRow("binary-looking") << u"\u0001\u0002PNG\n\u0000\u0000"_s;
}

void TestMarkdownReader::textThatIsNoReport_isRefused()
{
    QFETCH(QString, text);
    const LoadResult result = MarkdownReader(*m_template).read(text, u"notes.md"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"notes.md is not a memory-leak investigation report"_s), qPrintable(result.error));
}

void TestMarkdownReader::markdownInjection_readsAsText()
{
    const QString markdown = u"# Memory Leak Investigation Report\n\n**Service**: <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e.com/i.png)\n"_s;
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY(result.ok());
    QCOMPARE(result.content.values.value(u"service"_s),
             u"<script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e.com/i.png)"_s);
    // Written back as typed (a field holds inline Markdown); rendering is what keeps it inert:
    // the HTML shows the tag as text, drops the javascript: link and fetches no image.
    const QString written = MarkdownWriter(*m_template).write(result.content);
    QVERIFY(written.contains(u"**Service**: <script>alert(1)</script> [x](javascript:alert(1)) ![i](http://e.com/i.png)"_s));
    const QString html = markdown::markdownToHtml(written);
    QVERIFY2(!html.contains(u"<script"_s) && html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s), qPrintable(html));
    QVERIFY(!html.contains(u"javascript:"_s));
    QVERIFY(!html.contains(u"<img"_s));
}

void TestMarkdownReader::load_namesFileProblems()
{
    QTemporaryDir dir;
    const MarkdownReader reader(*m_template);
    QVERIFY(reader.load(dir.filePath(u"missing.md"_s)).error.startsWith(u"Cannot open missing.md"_s));
    QFile bad(dir.filePath(u"latin1.md"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("# Memory Leak Investigation Report\n\n**Service**: caf\xe9\n");
    bad.close();
    QCOMPARE(reader.load(bad.fileName()).error, u"latin1.md is not UTF-8 text (line 3)."_s);
    QVERIFY(MarkdownReader::isMarkdownPath(u"a/b.MD"_s));
    QVERIFY(!MarkdownReader::isMarkdownPath(u"a/b.leakreport"_s));
}

// The fuzz target's corpus (and every input it once failed on), replayed on every test run with
// the fuzz target's own property: no crash, and what is accepted writes back as a report.
void TestMarkdownReader::fuzzCorpus_readsAndWritesBackStably_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(LEAKREPORT_TEST_DATA "/fuzz-corpus/markdownreader"));
    const QStringList files = corpus.entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 5);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestMarkdownReader::fuzzCorpus_readsAndWritesBackStably()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const MarkdownReader reader(*m_template);
    const LoadResult first = reader.read(QString::fromUtf8(file.readAll()), u"corpus"_s);
    if (!first.ok()) {
        QVERIFY(first.error.contains(u"not a memory-leak investigation report"_s));
        return;
    }
    const QString written = MarkdownWriter(*m_template).write(first.content);
    QVERIFY(reader.read(written).ok());
}

void TestMarkdownReader::chartLine_isTheWritersOwn_notANote()
{
    ReportContent content = test::sampleContent();
    MemorySeries before;
    before.role = SeriesRole::Before;
    before.samples = {{0, 200e6}, {3600000, 210e6}};
    content.series = {before};
    MarkdownWriter writer(*m_template);
    writer.setChartImagePath(u"report.assets/memory-chart.png"_s);
    const QString markdown = writer.write(content);
    QVERIFY(markdown.contains(u"\n![Memory before and after the fix](report.assets/memory-chart.png)\n"_s));
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // The same as reading the Markdown without the chart line (the sample's own notes are still
    // reported): the line adds nothing.
    const LoadResult withoutChart = MarkdownReader(*m_template).read(MarkdownWriter(*m_template).write(content));
    QCOMPARE(result.warnings, withoutChart.warnings);
    QCOMPARE(result.content, withoutChart.content);
    QVERIFY(result.content.series.isEmpty()); // the samples live in the .leakreport file, not in the picture
    // Without a path, or without samples, there is no chart line: the sample still prints as it did.
    QVERIFY(!MarkdownWriter(*m_template).write(content).contains(u"!["_s));
    QCOMPARE(writer.write(test::sampleContent()), MarkdownWriter(*m_template).write(test::sampleContent()));
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
