#include "testsupport.h"

#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "template/reporttemplate.h"

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

private:
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
    // Three values of the sample are typed exactly as the template's placeholders ("0/month", and
    // two query descriptions): Markdown cannot tell them from empty fields, and reads them so.
    ReportContent expected = test::sampleContent();
    expected.values[u"afterFixOomIncidents"_s].clear();
    expected.rows[u"prometheusQueries"_s][0][u"description"_s].clear();
    expected.rows[u"prometheusQueries"_s][1][u"description"_s].clear();
    describeDifferences(result.content, expected);
    QCOMPARE(result.content, expected);
    QVERIFY(test::sameText(MarkdownWriter(*m_template).write(result.content), markdown));
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
