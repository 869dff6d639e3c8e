// The review PDF as a reader meets it on paper: what lands at the foot and the top of each page,
// how large the chart's text prints, how long lines wrap, and how to find a section. Read back with
// poppler's pdftotext, as a reviewer's tools read it.
#include "testsupport.h"

#include "charts/chartrenderer.h"
#include "export/codelinemarker.h"
#include "export/reportexporter.h"
#include "template/reporttemplate.h"

#include <QImage>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace lr {
namespace {

QByteArray exportPdf(const ReportContent &content, const ExportOptions &options = {})
{
    return ReportExporter::exportReport(*ReportTemplate::builtin(), content, ExportFormat::Pdf, options).bytes;
}

// Each page's text lines as pdftotext reads them (-raw: in drawing order), without the running
// footer ("<title>" and "Page N of M"), which is drawn after the page's body.
QList<QStringList> bodyLinesByPage(const QByteArray &pdf)
{
    const QString text = test::runPdfTool(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"PDF"_s, u"-"_s}, pdf);
    QList<QStringList> pages;
    static const QRegularExpression footerPage(u"Page \\d+ of \\d+$"_s);
    for (const QString &page : text.split(u'\f')) {
        QStringList lines;
        for (const QString &line : page.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        // The footer: the title line and the page number, the last two things drawn.
        while (!lines.isEmpty() && (footerPage.match(lines.last()).hasMatch() || lines.last().startsWith(u"Memory Leak Investigation"_s)))
            lines.removeLast();
        if (!lines.isEmpty())
            pages.append(lines);
    }
    return pages;
}

ReportContent sampleWithLongLines()
{
    ReportContent content = test::sampleContent();
    content.values[u"fixedCode"_s] = u"const veryLongConfiguration = { reconnectIntervalMilliseconds: 15000, "
                                     u"maximumListenersPerSession: 10, removeListenersOnClose: true, trace: false };"_s;
    return content;
}

} // namespace

class TestPrintLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_samplePdf = exportPdf(test::sampleContent());
        QVERIFY(m_samplePdf.startsWith("%PDF-"));
        m_pages = bodyLinesByPage(m_samplePdf);
        QVERIFY(m_pages.size() >= 4);
    }

    // A long code line's continuation markers go into the document in one edit: inserted one by
    // one, each laid the whole block out again, and a 1 MB code block took 23 s to export.
    void codeMarkers_areInsertedInOneEdit()
    {
        QTextDocument document;
        document.setHtml(u"<pre style=\"font-family: 'DejaVu Sans Mono'\">"_s + QString(3000, u'x') + u"</pre>"_s);
        document.documentLayout(); // laid out, as in an export: every change is laid out again
        QImage device(800, 600, QImage::Format_RGB32);
        int changes = 0;
        connect(&document, &QTextDocument::contentsChange, this, [&changes] { ++changes; });
        const int marked = CodeLineMarker::markContinuations(document, &device, 400);
        QVERIFY2(marked > 10, qPrintable(QString::number(marked)));
        QCOMPARE(document.toPlainText().count(CodeLineMarker::kMarker), marked);
        QCOMPARE(changes, 1);
    }

    // The first line of a page was also drawn at the foot of the page before, clipped into the
    // footer band: invisible, but found twice by search and copied twice.
    void pageBreak_printsNoLineTwice()
    {
        for (int i = 0; i + 1 < m_pages.size(); ++i) {
            const QString first = m_pages[i + 1].first();
            QVERIFY2(!m_pages[i].mid(m_pages[i].size() - 3).contains(first),
                     qPrintable(u"\"%1\" ends page %2 and starts page %3"_s.arg(first).arg(i + 1).arg(i + 2)));
        }
    }

    // "Fixed Code:" alone at the foot of a page, its code on the next.
    void label_isNeverLastOnItsPage()
    {
        for (int i = 0; i + 1 < m_pages.size(); ++i) {
            const QString last = m_pages[i].last();
            QVERIFY2(!last.endsWith(u':'), qPrintable(u"page %1 ends with the label \"%2\""_s.arg(i + 1).arg(last)));
        }
    }

    // Chart text is at least 8 pt on paper. The exports' SVG is the same drawing as the PNG the
    // PDF prints, in the same proportions; the PDF prints it across the page's text width.
    void chart_textIsAtLeast8PointInPrint()
    {
        ExportOptions options;
        MemorySeries before;
        before.role = SeriesRole::Before;
        before.name = u"before"_s;
        for (int i = 0; i <= 48; ++i)
            before.samples.append({qint64(i) * 600'000, 200e6 + i * 3e6});
        ChartRenderer::addTo(options, {before});
        QVERIFY(!options.chartSvg.isEmpty());
        QXmlStreamReader svg(options.chartSvg);
        qreal viewBoxWidth = 0, smallest = 1e9;
        while (!svg.atEnd()) {
            if (svg.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (svg.name() == u"svg")
                viewBoxWidth = svg.attributes().value(u"viewBox"_s).toString().split(u' ').value(2).toDouble();
            if (svg.name() == u"text")
                smallest = std::min(smallest, svg.attributes().value(u"font-size"_s).toDouble());
        }
        QVERIFY(viewBoxWidth > 0);
        QVERIFY2(smallest < 1e9, "the chart has text");
        // A4 with 20 mm side margins leaves 170 mm; US Letter 175.9 mm. The narrower one decides.
        const qreal pointsPerUnit = 170 / 25.4 * 72 / viewBoxWidth;
        QVERIFY2(smallest * pointsPerUnit >= 8,
                 qPrintable(u"smallest chart text prints at %1 pt"_s.arg(smallest * pointsPerUnit, 0, 'f', 1)));
    }

    // A code line longer than the page wraps, and the continuation is marked, so a reader does not
    // take it for a line of its own; nothing of it is lost.
    void longCodeLine_wrapsWithAVisibleMarker()
    {
        const ReportContent content = sampleWithLongLines();
        const QList<QStringList> pages = bodyLinesByPage(exportPdf(content));
        QStringList all;
        for (const QStringList &page : pages)
            all += page;
        const qsizetype start = all.indexOf(QRegularExpression(u"const veryLongConfiguration.*"_s));
        QVERIFY2(start >= 0, "the long code line is in the PDF");
        QVERIFY2(start + 1 < all.size() && all[start + 1].startsWith(u"↪"_s),
                 qPrintable(u"continuation line: "_s + all.value(start + 1)));
        QString joined = all[start];
        for (qsizetype i = start + 1; i < all.size() && all[i].startsWith(u"↪"_s); ++i)
            joined += all[i].mid(1);
        QVERIFY2(QString(joined).remove(u' ').contains(QString(content.values[u"fixedCode"_s]).remove(u' ')),
                 qPrintable(joined));
    }

    // Sections can be found: the PDF has an outline (bookmarks) with every section in order, each
    // pointing at the page its heading is on, and it opens with the outline shown.
    void outline_listsTheSectionsOnTheirPages()
    {
        const QString xml = test::runPdfTool(u"pdftohtml"_s, {u"-xml"_s, u"-i"_s, u"-q"_s, u"-stdout"_s, u"PDF"_s},
                                             m_samplePdf);
        QXmlStreamReader reader(xml);
        QStringList titles;
        QList<int> pages;
        int depth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"outline")
                ++depth;
            else if (reader.isEndElement() && reader.name() == u"outline")
                --depth;
            else if (reader.isStartElement() && reader.name() == u"item" && depth == 1) {
                pages.append(reader.attributes().value(u"page"_s).toInt());
                titles.append(reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            }
        }
        QStringList expected;
        for (const SectionDef &section : ReportTemplate::builtin()->sections()) {
            if (section.headingLevel == 2)
                expected.append(section.heading);
        }
        QCOMPARE(titles, expected);
        for (int i = 0; i < titles.size(); ++i) {
            QVERIFY2(pages[i] >= 1 && pages[i] <= m_pages.size(), qPrintable(titles[i]));
            QVERIFY2(m_pages[pages[i] - 1].contains(titles[i]),
                     qPrintable(u"\"%1\" is not on page %2"_s.arg(titles[i]).arg(pages[i])));
        }
        QVERIFY(m_samplePdf.contains("/PageMode /UseOutlines"));
    }

    // Space sets headings and paragraphs apart on paper as on screen. The style sheet's margins
    // (in pt) were taken as pixels of the 1200 dpi PDF writer: 6 pt became 0.5 pt, paragraphs
    // touched ("TL;DR" ended where "Impact:" began) and a heading had 4 pt above it, not 18.
    void spacing_setsHeadingsAndParagraphsApart()
    {
        const QList<PrintedLine> lines = printedLines(m_samplePdf, 1);
        const auto gapAbove = [&lines](const QString &start) -> qreal {
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (lines[i].text.startsWith(start))
                    return lines[i].top - lines[i - 1].bottom;
            }
            return -1;
        };
        const qreal withinParagraph = gapAbove(u"that was never removed"_s); // TL;DR's second line
        QVERIFY2(withinParagraph >= 0 && withinParagraph < 1, qPrintable(QString::number(withinParagraph)));
        const qreal betweenParagraphs = gapAbove(u"Impact:"_s);
        QVERIFY2(betweenParagraphs >= 5, qPrintable(u"%1 pt between paragraphs"_s.arg(betweenParagraphs)));
        const qreal aboveFreeText = gapAbove(u"Release 4.12.0 introduced"_s); // a paragraph after a list
        QVERIFY2(aboveFreeText >= 5, qPrintable(u"%1 pt above a paragraph after a list"_s.arg(aboveFreeText)));
        const qreal aboveHeading = gapAbove(u"Executive Summary"_s);
        QVERIFY2(aboveHeading >= 12, qPrintable(u"%1 pt above a heading"_s.arg(aboveHeading)));
    }

private:
    struct PrintedLine
    {
        qreal top = 0;
        qreal bottom = 0;
        QString text;
    };

    // The lines of one page with their boxes in points, top first, as pdftotext -bbox-layout
    // reads them (lines of one table row side by side are merged).
    static QList<PrintedLine> printedLines(const QByteArray &pdf, int page)
    {
        const QString xml = test::runPdfTool(u"pdftotext"_s, {u"-f"_s, QString::number(page), u"-l"_s, QString::number(page),
                                                              u"-bbox-layout"_s, u"PDF"_s, u"-"_s},
                                             pdf);
        QXmlStreamReader reader(xml);
        QList<PrintedLine> lines;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == u"line") {
                PrintedLine line;
                line.top = reader.attributes().value(u"yMin"_s).toDouble();
                line.bottom = reader.attributes().value(u"yMax"_s).toDouble();
                QStringList words;
                while (!(reader.isEndElement() && reader.name() == u"line") && !reader.atEnd()) {
                    reader.readNext();
                    if (reader.isStartElement() && reader.name() == u"word")
                        words.append(reader.readElementText());
                }
                line.text = words.join(u' ');
                lines.append(line);
            }
        }
        std::stable_sort(lines.begin(), lines.end(), [](const PrintedLine &a, const PrintedLine &b) { return a.top < b.top; });
        return lines;
    }

    QByteArray m_samplePdf;
    QList<QStringList> m_pages;
};

} // namespace lr

QTEST_MAIN(lr::TestPrintLayout)
#include "tst_printlayout.moc"
