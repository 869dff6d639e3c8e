// Exports of very long paragraphs and code blocks: every word on the page, and the blocks that
// QTextDocument lays out cut into page-sized pieces (one block over many pages made the PDF
// export quadratic: 211 s for a 10 MB paragraph). Timing itself is left to
// leakreport-export-bench, which prints seconds per MB for 1 to 10 MB.
#include "../bench/bigexportinput.h"
#include "export/longblocksplitter.h"
#include "export/pdfexporter.h"
#include "template/reporttemplate.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace lr;

class TestBigExport : public QObject
{
    Q_OBJECT

private slots:
    void bigBlock_everyWordIsInThePdf_data();
    void bigBlock_everyWordIsInThePdf();
    void longBlock_isCutWhereItsLinesBreak_data();
    void longBlock_isCutWhereItsLinesBreak();
};

namespace {

QString pdfToText(const QByteArray &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-"_s, u"-"_s}); // from standard input
    process.write(pdf);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("pdftotext failed (poppler-utils installed?)");
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The rising numbers in `text` that `pattern` captures, in order. pdftotext also reads the line
// drawn (clipped, unseen) at the foot of a page before it shows at the top of the next, so a
// number that comes again is left out.
QList<int> risingNumbers(const QString &text, const QRegularExpression &pattern)
{
    QList<int> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        const int n = match.captured(1).toInt();
        if (found.isEmpty() || n > found.last())
            found.append(n);
    }
    return found;
}

// The numbers bigParagraph() puts after every tenth word: one or more on each printed line.
QList<int> markersIn(const QString &text)
{
    static const QRegularExpression marker(u"[a-zA-Z/](\\d+)\\b"_s);
    return risingNumbers(text, marker);
}

// Where each line starts, counted in characters of the text without block and line separators.
QList<int> lineStarts(const QTextDocument &document)
{
    QList<int> starts;
    int offset = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (int i = 0; i < block.layout()->lineCount(); ++i) {
            const int start = block.layout()->lineAt(i).textStart();
            starts.append(offset + start - int(text.left(start).count(QChar::LineSeparator)));
        }
        offset += int(text.size() - text.count(QChar::LineSeparator));
    }
    return starts;
}

} // namespace

void TestBigExport::bigBlock_everyWordIsInThePdf_data()
{
    QTest::addColumn<bool>("codeBlock");
    QTest::newRow("paragraph") << false;
    QTest::newRow("code block") << true;
}

void TestBigExport::bigBlock_everyWordIsInThePdf()
{
    QFETCH(bool, codeBlock);
    const auto reportTemplate = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*reportTemplate);
    const QString text = QString::fromLatin1(codeBlock ? lr::bench::bigGcLog(300'000) : lr::bench::bigParagraph(300'000));
    content.notes[u"executiveSummary"_s] = codeBlock ? u"```text\n"_s + text + u"```"_s : text;

    PdfExporter exporter(*reportTemplate, content, ExportOptions());
    const QString extracted = pdfToText(exporter.exportPdf());
    QVERIFY(exporter.pageCount() > 40);
    if (codeBlock) {
        // Each log line has its own time stamp ("1237 ms"): all of them, in order.
        static const QRegularExpression stamp(u"\\] (\\d+) ms:"_s);
        const QList<int> stamps = risingNumbers(extracted, stamp);
        QCOMPARE(stamps.size(), text.count(u'\n'));
        for (int i = 0; i < stamps.size(); ++i)
            QCOMPARE(stamps[i], 1200 + i * 37);
    } else {
        const QList<int> expected = markersIn(text);
        QVERIFY(expected.size() > 3000);
        QCOMPARE(markersIn(extracted), expected);
    }
}

void TestBigExport::longBlock_isCutWhereItsLinesBreak_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraph") << QString::fromLatin1(lr::bench::bigParagraph(60'000));
    QString withBreaks = QString::fromLatin1(lr::bench::bigGcLog(60'000)).trimmed();
    QTest::newRow("hard line breaks") << withBreaks.replace(u'\n', QChar::LineSeparator);
}

void TestBigExport::longBlock_isCutWhereItsLinesBreak()
{
    QFETCH(QString, text);
    QTextDocument document;
    document.setPageSize(QSizeF(500, 700));
    document.setHtml(u"<p>Before.</p><p style=\"margin-top: 12px; margin-bottom: 12px\">"_s + text.toHtmlEscaped()
                     + u"</p><p>After.</p>"_s);
    document.pageCount(); // lays everything out
    const QString before = document.toPlainText().remove(QChar::LineSeparator);
    const QList<int> startsBefore = lineStarts(document);
    const qreal heightBefore = document.documentLayout()->documentSize().height();

    QVERIFY(LongBlockSplitter::split(document, 20) > 10);
    document.pageCount();
    // Every block now fits on a page; the text, where lines start and the height stay the same.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        QVERIFY2(block.layout()->lineCount() <= 20, qPrintable(QString::number(block.layout()->lineCount())));
    // The cuts are block separators ("\n" in the plain text) and nothing else.
    QString after = document.toPlainText().remove(QChar::LineSeparator);
    QCOMPARE(after.remove(u'\n'), QString(before).remove(u'\n'));
    QCOMPARE(lineStarts(document), startsBefore);
    QCOMPARE(document.documentLayout()->documentSize().height(), heightBefore);
}

QTEST_MAIN(TestBigExport)
#include "tst_bigexport.moc"
