#include "testsupport.h"

#include "io/reportfile.h"
#include "markdown/cmarkdocument.h"
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "template/reporttemplate.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

// Fields hold GitHub-flavoured inline Markdown as typed: Markdown export and import are
// inverses for any value, and hand-edited reports keep every piece of text where it was.
class TestMarkdownRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void hostileValues_writeReadWrite_isByteIdentical();
    void templateForm_roundTripsByteForByte_data();
    void templateForm_roundTripsByteForByte();
    void handEdited_keepsEveryWordInItsSectionAndOrder_data();
    void handEdited_keepsEveryWordInItsSectionAndOrder();
    void typedInlineMarkdown_readsBackAsTyped();
    void rewrappedParagraph_isOneValue();
    void tableColumns_areMatchedByHeading_andExtraColumnsKept();
    void extraFenceLine_staysInsideItsBlock_data();
    void extraFenceLine_staysInsideItsBlock();
    void extraListItem_staysInItsList_data();
    void extraListItem_staysInItsList();
    void lineTypedUnderAList_becomesAnItemOfIt();
    void handAddedLines_stayWhereTyped_data();
    void handAddedLines_stayWhereTyped();
    void lineTypedUnderAnItem_staysUnderIt();

private:
    QString exported(const QString &markdown, QStringList *warnings = nullptr) const;
    // The sample with `extra` typed on a line of its own after the line at `anchor`, read back:
    // `extra` is kept under `key`, nothing else changes, and writer and native file keep it.
    void verifyTypedAfterIsKept(const QString &anchor, const QString &extra, const QString &key) const;

    std::shared_ptr<const ReportTemplate> m_template = ReportTemplate::builtin();
};

namespace {

// Values drawn from what Markdown reads as markup, and what breaks naive parsers.
class HostileValues
{
public:
    explicit HostileValues(quint32 seed) : m_random(seed) {}

    QString oneLine()
    {
        static const QStringList alphabet = {
            u"`"_s, u"*"_s, u"_"_s, u"~"_s, u"|"_s, u"["_s, u"]"_s, u"("_s, u")"_s, u"<"_s, u">"_s,
            u"\\"_s, u"#"_s, u"**x**:"_s, u"- "_s, u"1. "_s, u"* "_s, u"+ "_s, u"> "_s, u"😀"_s,
            u"日本語"_s, u"🧪"_s, u" "_s, u"  "_s, u"heap"_s, u"a"_s, u"`code`"_s, u"~4%"_s,
            u"(web | mobile)"_s, u"[x]"_s, u"[ ] "_s, u"&amp;"_s, u"<br>"_s, u"**"_s, u":"_s,
            u"-"_s, u"."_s, u"!"_s, u"="_s, u"```"_s, u"http://e.com/a_b"_s};
        return drawn(alphabet);
    }

    // A fence, the retainer chain and a code block's "File: path:line" comment are literal text:
    // nothing in them can be escaped, so their values stay clear of the separators their lines
    // are split at (" - ", ":", "→", a leading "#" or bullet); everything else is fair game.
    QString literal()
    {
        static const QStringList alphabet = {
            u"`"_s, u"_"_s, u"~"_s, u"|"_s, u"["_s, u"]"_s, u"<"_s, u">"_s, u"\\"_s, u"😀"_s,
            u"日本語"_s, u" "_s, u"heap"_s, u"a"_s, u"`code`"_s, u"~4%"_s, u"&amp;"_s, u"<br>"_s,
            u"**"_s, u"!"_s, u"="_s, u"x"_s};
        return drawn(alphabet);
    }

    QString code()
    {
        QStringList lines;
        const int count = int(m_random.bounded(1, 6));
        for (int i = 0; i < count; ++i)
            lines.append(QString(int(m_random.bounded(3)) * 2, u' ') + oneLine());
        return lines.join(u'\n');
    }

    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

private:
    // One to eight pieces of `alphabet`, glued together.
    QString drawn(const QStringList &alphabet)
    {
        QString text;
        for (int i = 0, count = int(m_random.bounded(1, 9)); i < count; ++i)
            text += alphabet.at(int(m_random.bounded(alphabet.size())));
        return text;
    }

    QRandomGenerator m_random;
};

// The fields and row sets whose values the Markdown prints as literal text.
QSet<QString> literalFieldIds(const ReportTemplate &reportTemplate)
{
    QSet<QString> ids;
    for (const SectionDef &section : reportTemplate.sections()) {
        for (const SubsectionDef &sub : section.subsections) {
            for (const BlockDef &block : sub.blocks) {
                for (const FenceGroupDef &group : block.groups) {
                    for (const FieldDef &field : group.fields)
                        ids.insert(field.id);
                    if (group.rows)
                        ids.insert(group.rows->id);
                }
                if (block.kind == BlockDef::Kind::Chain)
                    ids.insert(block.rows->id);
                for (const auto &part : {block.codeFile, block.codeLine, block.codeExplanation}) {
                    if (part)
                        ids.insert(part->id);
                }
            }
        }
    }
    return ids;
}

// The text of a report by level-2 section (the part before the first is ""), as words: lower
// case, escapes gone, list markers, pipes, rules and numbering dropped; fences are skipped over
// so that "# comment" lines in code are not taken for headings.
QMap<QString, QStringList> wordsBySection(const QString &markdown)
{
    QMap<QString, QStringList> sections;
    QString current;
    bool inFence = false;
    static const QRegularExpression marker(u"^(?:[-*+|=:>#]+|\\d+[.)]|\\[[ xX]\\])$"_s);
    static const QRegularExpression splitter(u"[\\s|]+"_s);
    const QStringList lines = markdown.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        // A table's headings are the template's ("Time (UTC)" is read as Time, as times without
        // a zone are UTC); tableColumns_areMatchedByHeading_andExtraColumnsKept checks them.
        if (line.startsWith(u'|') && i + 1 < lines.size() && lines[i + 1].trimmed().startsWith(u"|-"_s))
            continue;
        if (line.startsWith(u"```"_s))
            inFence = !inFence;
        if (!inFence && line.startsWith(u"## "_s)) {
            current = line.mid(3).trimmed().toCaseFolded();
            continue;
        }
        for (QString word : line.split(splitter, Qt::SkipEmptyParts)) {
            word.remove(u'\\');
            if (!word.isEmpty() && !marker.match(word).hasMatch())
                sections[current].append(word.toCaseFolded());
        }
    }
    return sections;
}

// Where `needle` stops being a subsequence of `haystack`, or -1 when it is one.
qsizetype firstWordNotInOrder(const QStringList &needle, const QStringList &haystack)
{
    qsizetype at = 0;
    for (qsizetype i = 0; i < needle.size(); ++i) {
        while (at < haystack.size() && haystack[at] != needle[i])
            ++at;
        if (at == haystack.size())
            return i;
        ++at;
    }
    return -1;
}

} // namespace

QString TestMarkdownRoundTrip::exported(const QString &markdown, QStringList *warnings) const
{
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    if (!result.ok()) {
        qWarning().noquote() << result.error;
        return {};
    }
    if (warnings)
        *warnings = result.warnings;
    return MarkdownWriter(*m_template).write(result.content);
}

void TestMarkdownRoundTrip::hostileValues_writeReadWrite_isByteIdentical()
{
    // LEAKREPORT_SEED=n replays a failure.
    const quint32 seed = qEnvironmentVariableIsSet("LEAKREPORT_SEED")
        ? qEnvironmentVariable("LEAKREPORT_SEED").toUInt() : QRandomGenerator::system()->generate();
    qInfo("seed %u (LEAKREPORT_SEED=%u replays it)", seed, seed);
    HostileValues values(seed);
    const QSet<QString> literalIds = literalFieldIds(*m_template);
    const MarkdownWriter writer(*m_template);
    const MarkdownReader reader(*m_template);
    for (int report = 0; report < 150; ++report) {
        ReportContent content = ReportContent::fromTemplate(*m_template);
        for (const SectionDef &section : m_template->sections()) {
            // Every kind of field: labelled lines, list-item fields, checklist details, code and
            // its language, file and explanation, and the cells of tables, lists and fences.
            for (const FieldDef *field : section.fields) {
                if (field->type == FieldType::Language)
                    content.values[field->id] = m_template->languages().at(report % m_template->languages().size()).id;
                else
                    content.values[field->id] = field->isMultiLine() ? values.code()
                        : literalIds.contains(field->id)             ? values.literal()
                                                                     : values.oneLine();
            }
            for (const ChecklistItemDef *item : section.checklistItems)
                content.checked[item->id] = values.chance(50);
            for (const RowSetDef *rowSet : section.rowSets) {
                QList<Row> rows;
                for (int r = 0, count = values.chance(10) ? 0 : 1 + report % 4; r < count; ++r) {
                    Row row = rowSet->newRow();
                    for (const FieldDef &column : rowSet->columns)
                        row[column.id] = literalIds.contains(rowSet->id) ? values.literal() : values.oneLine();
                    rows.append(row);
                }
                content.rows[rowSet->id] = rows;
            }
            // Notes are free Markdown, not a field: any blocks may be typed there, and a reader
            // can only place them back by their kind. Paragraphs with hostile inline text here.
            if (values.chance(30))
                content.notes[section.id] = u"Note "_s + values.oneLine() + u"\n\nNote "_s + values.oneLine();
        }
        const QString first = writer.write(content);
        const LoadResult read = reader.read(first);
        QVERIFY2(read.ok(), qPrintable(read.error));
        const QString second = writer.write(read.content);
        if (!test::sameText(second, first))
            QFAIL(qPrintable(u"report %1 (seed %2) changed on write -> read -> write"_s.arg(report).arg(seed)));
        // And reading the second time gives the same values: import is a fixed point.
        QCOMPARE(reader.read(second).content, read.content);
    }
}

void TestMarkdownRoundTrip::templateForm_roundTripsByteForByte_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("template") << test::readTextFile(u":/templates/memory-report-template.md"_s);
    QTest::newRow("sample resource, exported") << MarkdownWriter(*m_template).write(test::sampleContent());
    QTest::newRow("sample test data") << test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    // Code spans, ~, | and emphasis typed into a one-line field, a list item, a table cell.
    QTest::newRow("inline Markdown in fields")
        << test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/hand-edited/inline-markdown.md"));
}

void TestMarkdownRoundTrip::templateForm_roundTripsByteForByte()
{
    QFETCH(QString, markdown);
    QVERIFY(!markdown.isEmpty());
    QVERIFY(test::sameText(exported(markdown), markdown));
}

void TestMarkdownRoundTrip::handEdited_keepsEveryWordInItsSectionAndOrder_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(LEAKREPORT_TEST_DATA "/hand-edited"));
    for (const QString &name : dir.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
    QTest::newRow("sample-report.md") << QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md");
}

void TestMarkdownRoundTrip::handEdited_keepsEveryWordInItsSectionAndOrder()
{
    QFETCH(QString, path);
    const QString input = test::readTextFile(path);
    const QString output = exported(input);
    QVERIFY(!output.isEmpty());
    const QMap<QString, QStringList> before = wordsBySection(input), after = wordsBySection(output);
    QString problem;
    for (auto it = before.cbegin(); it != before.cend() && problem.isEmpty(); ++it) {
        const qsizetype missing = firstWordNotInOrder(it.value(), after.value(it.key()));
        if (missing >= 0) {
            test::sameText(output, input);
            problem = u"section \"%1\": \"%2\" (word %3, after \"%4\") is not in the export in its place"_s
                          .arg(it.key(), it.value().at(missing)).arg(missing)
                          .arg(it.value().mid(std::max<qsizetype>(0, missing - 6), 6).join(u' '));
        }
    }
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Exporting the export changes nothing.
    QVERIFY(test::sameText(exported(output), output));
}

void TestMarkdownRoundTrip::typedInlineMarkdown_readsBackAsTyped()
{
    const QString markdown = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/hand-edited/inline-markdown.md"));
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.content.values.value(u"tldr"_s).contains(u"(`price-update` channel, ~4% of sessions, web | mobile) added a *new* listener"_s),
             qPrintable(result.content.values.value(u"tldr"_s)));
    QVERIFY(result.content.values.value(u"resolutionRootCause"_s)
                .contains(u"(`once()` was never used, see [PR](https://example.com/pr/2481)):"_s));
    // In a table cell the pipe is escaped in the Markdown, and only there.
    QCOMPARE(result.content.rows.value(u"timeline"_s).value(2).value(u"details"_s),
             u"Cordoned gw-pod-3 (web | mobile), restarted it with `--trace-gc` and scheduled hourly heap snapshots"_s);
}

void TestMarkdownRoundTrip::rewrappedParagraph_isOneValue()
{
    const QString markdown = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/hand-edited/rewrapped-and-extra-section.md"));
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.content.values.value(u"whyNotCollected"_s),
             u"The reconnect listener closure captures the `SessionContext`; the listener stays in the "
             "process-wide RedisPubSub emitter after the socket closes, so every closed session stays "
             "reachable from a GC root"_s);
    QCOMPARE(result.content.notes.value(u"investigationSteps"_s), QString());
}

void TestMarkdownRoundTrip::tableColumns_areMatchedByHeading_andExtraColumnsKept()
{
    const QString markdown = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/hand-edited/timeline-extra-column.md"));
    const LoadResult result = MarkdownReader(*m_template).read(markdown);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QList<Row> expected = test::sampleContent().rows.value(u"timeline"_s);
    const QList<Row> rows = result.content.rows.value(u"timeline"_s);
    QCOMPARE(rows.size(), expected.size());
    const QString owner = RowSetDef::extraColumnKey(3, u"Owner"_s);
    for (int i = 0; i < rows.size(); ++i) {
        for (const QString &column : {u"time"_s, u"event"_s, u"details"_s})
            QCOMPARE(rows[i].value(column), expected[i].value(column));
        QCOMPARE(rows[i].value(owner), u"Priya"_s);
    }
    // Nothing of the table went to the notes; the extra column is written back as a column.
    QVERIFY(!result.content.notes.value(u"incidentTimeline"_s).contains(u'|'));
    const QString written = MarkdownWriter(*m_template).write(result.content);
    QVERIFY2(written.contains(u"| Time | Event | Details | Owner |\n|------|-------|---------|-------|\n"_s), qPrintable(written));
    QVERIFY(written.contains(u"| 2026-11-18 09:12 | Detection | PagerDuty alert"_s));
    QCOMPARE(written.count(u" | Priya |"_s), rows.size());
    QCOMPARE(MarkdownReader(*m_template).read(written).content, result.content);
}

void TestMarkdownRoundTrip::extraFenceLine_staysInsideItsBlock_data()
{
    QTest::addColumn<QString>("lastLine");   // the block's last line as the template writes it
    QTest::addColumn<QString>("fieldId");    // a field of the block: the block's key comes from it
    QTest::addColumn<QString>("extra");      // what a user typed under it, inside the fence
    QTest::newRow("Monitoring Data") << u"Dashboard: "_s << u"monitoringQuery"_s
                                     << u"Runbook: https://wiki.example.com/runbooks/heap-growth"_s;
    QTest::newRow("Example Metrics, two lines, one indented")
        << u"- GC pause duration: "_s << u"exampleBeforeBaseline"_s << u"- Event loop lag: 40 ms\n  (p99)"_s;
    QTest::newRow("Heap snapshots, not a row") << u"Snapshot 3: "_s << u"heapSnapshots"_s
                                               << u"All three taken on gw-pod-3"_s;
}

// A line typed inside a fenced block that is none of its fields stays inside that block, after
// its own lines, through the reader, the writer and the native file; nothing goes to the notes.
void TestMarkdownRoundTrip::extraFenceLine_staysInsideItsBlock()
{
    QFETCH(QString, lastLine);
    QFETCH(QString, fieldId);
    QFETCH(QString, extra);
    const QString sample = MarkdownWriter(*m_template).write(test::sampleContent());
    const qsizetype at = sample.indexOf(u'\n' + lastLine);
    QVERIFY2(at >= 0, qPrintable(lastLine));
    const qsizetype lineEnd = sample.indexOf(u'\n', at + 1);
    QString edited = sample;
    edited.insert(lineEnd + 1, extra + u'\n');

    const LoadResult result = MarkdownReader(*m_template).read(edited);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // Nothing more went to the notes than the sample's own.
    QCOMPARE(result.warnings, MarkdownReader(*m_template).read(sample).warnings);
    QString key;
    for (const SectionDef &section : m_template->sections()) {
        for (const SubsectionDef &sub : section.subsections) {
            for (const BlockDef &block : sub.blocks) {
                if (block.kind == BlockDef::Kind::Fence && !block.extraLinesKey().isEmpty()
                    && (block.groups.first().fields.value(0).id == fieldId
                        || (block.groups.first().rows && block.groups.first().rows->id == fieldId)))
                    key = block.extraLinesKey();
            }
        }
    }
    QVERIFY2(!key.isEmpty(), qPrintable(fieldId));
    QCOMPARE(result.content.notes.value(key), extra);
    const QString written = MarkdownWriter(*m_template).write(result.content);
    QVERIFY(test::sameText(written, edited));
    // Typed in the form into any fence, it reads back the same.
    for (const SectionDef &section : m_template->sections()) {
        for (const SubsectionDef &sub : section.subsections) {
            for (const BlockDef &block : sub.blocks) {
                if (block.kind != BlockDef::Kind::Fence || block.extraLinesKey().isEmpty())
                    continue;
                ReportContent typed = result.content;
                typed.notes[block.extraLinesKey()] = extra;
                QCOMPARE(MarkdownReader(*m_template).read(MarkdownWriter(*m_template).write(typed)).content.notes, typed.notes);
            }
        }
    }
    // The native file keeps it too.
    const LoadResult reopened = ReportFile::fromJson(ReportFile::toJson(*m_template, result.content), *m_template,
                                                     u"r.leakreport"_s);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error));
    QCOMPARE(reopened.content, result.content);
}

void TestMarkdownRoundTrip::extraListItem_staysInItsList_data()
{
    QTest::addColumn<QString>("lastItem"); // the text of the list's last item as the sample writes it
    QTest::addColumn<QString>("firstId");  // the list's first item or field: its key comes from it
    QTest::addColumn<QString>("extra");    // what a user added under it
    QTest::newRow("Monitoring Added, a ticked alert")
        << u"Alert: Connection pool saturation >"_s << u"monitorGrowthAlert"_s
        << u"- [x] Alert: GC pause p95 above 200 ms for 15 minutes"_s;
    QTest::newRow("Code Review, two items, inline Markdown")
        << u"Large datasets processed with streaming/chunking"_s << u"reviewListenersCleanedUp"_s
        << u"- [ ] Caches bounded (`maxSize` set)\n- [x] *Timers* unref'd"_s;
    QTest::newRow("Testing Standards, an item without a box")
        << u"CI/CD checks for connection cleanup"_s << u"testingListenerLeaks"_s << u"- Soak test: 24 h"_s;
    QTest::newRow("Impact, a field list") << u"- Duration: "_s << u"impactMemoryGrowth"_s
                                          << u"- Regions: eu-west-1, us-east-1"_s;
    QTest::newRow("Resolution, a link") << u"- Status: "_s << u"resolutionRootCause"_s
                                        << u"- Ticket: [LEAK-42](https://example.com/LEAK-42)"_s;
}

// An item added by hand to a checklist or field list stays in that list, after its own items,
// through the reader, the writer and the native file: it is not moved to the end of the section
// (under the next checklist, where it would mean something else).
void TestMarkdownRoundTrip::extraListItem_staysInItsList()
{
    QFETCH(QString, lastItem);
    QFETCH(QString, firstId);
    QFETCH(QString, extra);
    verifyTypedAfterIsKept(lastItem, extra, u"lines:"_s + firstId);
}

void TestMarkdownRoundTrip::verifyTypedAfterIsKept(const QString &anchor, const QString &extra, const QString &key) const
{
    const QString sample = MarkdownWriter(*m_template).write(test::sampleContent());
    const qsizetype at = sample.indexOf(anchor);
    QVERIFY2(at >= 0, qPrintable(anchor));
    QString edited = sample;
    edited.insert(sample.indexOf(u'\n', at + anchor.size()) + 1, extra + u'\n');

    const LoadResult sampleRead = MarkdownReader(*m_template).read(sample);
    const LoadResult result = MarkdownReader(*m_template).read(edited);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings, sampleRead.warnings);
    const SectionDef *section = m_template->sectionOfNotes(key);
    QVERIFY2(section, qPrintable(key));
    QCOMPARE(result.content.notes.value(key), extra);
    QCOMPARE(result.content.notes.value(section->id), sampleRead.content.notes.value(section->id));
    QVERIFY(test::sameText(MarkdownWriter(*m_template).write(result.content), edited));
    const LoadResult reopened = ReportFile::fromJson(ReportFile::toJson(*m_template, result.content), *m_template,
                                                     u"r.leakreport"_s);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error));
    QCOMPARE(reopened.content, result.content);
}

// Typed in the form's More lines box of a list, a line without a bullet (or with another bullet)
// is written as an item of that list, so it cannot join the item above or start a new list.
void TestMarkdownRoundTrip::lineTypedUnderAList_becomesAnItemOfIt()
{
    for (const SectionDef &section : m_template->sections()) {
        for (const SubsectionDef &sub : section.subsections) {
            for (const BlockDef &block : sub.blocks) {
                if (block.kind != BlockDef::Kind::Checklist && block.kind != BlockDef::Kind::FieldList)
                    continue;
                QVERIFY2(!block.extraLinesKey().isEmpty(), qPrintable(block.label));
                ReportContent typed = test::sampleContent();
                typed.notes[block.extraLinesKey()] = u"Soak test\n* Canary: `1%`"_s;
                const QString written = MarkdownWriter(*m_template).write(typed);
                const LoadResult read = MarkdownReader(*m_template).read(written);
                QVERIFY2(read.ok(), qPrintable(read.error));
                QCOMPARE(read.content.notes.value(block.extraLinesKey()), u"- Soak test\n- Canary: `1%`"_s);
                QCOMPARE(read.content.notes.value(section.id), test::sampleContent().notes.value(section.id));
            }
        }
    }
}

void TestMarkdownRoundTrip::handAddedLines_stayWhereTyped_data()
{
    QTest::addColumn<QString>("anchor"); // the start of the sample's line the user typed under
    QTest::addColumn<QString>("extra");  // what they typed, as it stands in the file
    QTest::addColumn<QString>("key");    // where the report keeps it
    QTest::newRow("nested bullet under a field item")
        << u"- OOM incidents: "_s << u"  - three of them during the Black Friday peak"_s << u"after:impactOomIncidents"_s;
    QTest::newRow("nested list and paragraph under a field item")
        << u"- Affected users: "_s << u"  - web: 6,100\n  - mobile: `3,300`\n\n  Counted from the gateway's logs."_s
        << u"after:impactAffectedUsers"_s;
    QTest::newRow("nested bullet under a checklist item")
        << u"- [x] Linear memory growth"_s << u"  - seen on all six pods"_s << u"after:symptomLinearGrowth"_s;
    QTest::newRow("an extra checklist item between two")
        << u"- [x] Linear memory growth"_s << u"- [x] Heap snapshots grew by ~20 MB each"_s << u"after:symptomLinearGrowth"_s;
    QTest::newRow("an extra field item between two")
        << u"- OOM incidents: "_s << u"- Regions: eu-west-1"_s << u"after:impactOomIncidents"_s;
    QTest::newRow("an extra labelled line in the sign-off")
        << u"**Report Completed**: "_s << u"**Reviewer**: Sam Lee (SRE lead)"_s << u"after:reportCompleted"_s;
    QTest::newRow("an extra labelled line in the header")
        << u"**Date**: "_s << u"**Team**: Payments *platform*"_s << u"after:date"_s;
}

// A line typed by hand under an item of a list or a labelled line stays right there, through
// the reader, the writer and the native file: it is neither moved to the section's notes nor
// to the end of its list.
void TestMarkdownRoundTrip::handAddedLines_stayWhereTyped()
{
    QFETCH(QString, anchor);
    QFETCH(QString, extra);
    QFETCH(QString, key);
    verifyTypedAfterIsKept(u'\n' + anchor, extra, key);
}

// Typed in the form under an item, a line without indent or bullet is written as a nested item,
// so it cannot join the item's value; under a labelled line, a line that is not labelled gets a
// paragraph of its own, so it cannot join the field's value either.
void TestMarkdownRoundTrip::lineTypedUnderAnItem_staysUnderIt()
{
    ReportContent typed = test::sampleContent();
    const QString oomBefore = typed.values.value(u"impactOomIncidents"_s);
    const QString completedBefore = typed.values.value(u"reportCompleted"_s);
    typed.notes[u"after:impactOomIncidents"_s] = u"three at the peak"_s;
    typed.notes[u"after:reportCompleted"_s] = u"reviewed by Sam"_s;
    const LoadResult read = MarkdownReader(*m_template).read(MarkdownWriter(*m_template).write(typed));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.content.values.value(u"impactOomIncidents"_s), oomBefore);
    QCOMPARE(read.content.notes.value(u"after:impactOomIncidents"_s), u"  - three at the peak"_s);
    QCOMPARE(read.content.values.value(u"reportCompleted"_s), completedBefore);
    QVERIFY2(read.content.notes.value(m_template->sectionOfNotes(u"after:reportCompleted"_s)->id).contains(u"reviewed by Sam"_s),
             "kept as a paragraph of the section's notes");
}

QTEST_GUILESS_MAIN(TestMarkdownRoundTrip)
#include "tst_markdownroundtrip.moc"
