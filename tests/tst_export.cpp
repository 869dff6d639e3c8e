// The review exports (PDF and HTML), read back the way a reviewer's tools read them: pdftotext,
// pdfinfo and pdfimages for the PDF, an XML parser for the HTML.
#include "testsupport.h"

#include "export/codelinemarker.h"
#include "export/pdfinfo.h"
#include "export/reportexporter.h"
#include "markdown/markdownhtml.h"
#include "template/reporttemplate.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

const QString kInjections[] = {
    u"<script>alert(1)</script>"_s,
    u"<img src=http://evil.example/x.png>"_s,
    u"[click me](javascript:alert(1))"_s,
    u"<a href=\"javascript:alert(2)\">link</a>"_s,
};

// Also undoes ligatures ("ﬁ"), which pdftotext reports as one character.
QString withoutWhitespace(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.remove(QRegularExpression(u"\\s+"_s));
    return text;
}

QString pdfText(const QByteArray &pdf)
{
    return test::runPdfTool(u"pdftotext"_s, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, u"PDF"_s, u"-"_s}, pdf);
}

QString pdfInfoValue(const QString &info, const QString &key)
{
    const QRegularExpression line(u"^"_s + key + u":\\s*(.*)$"_s, QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

// Every text a user typed into the report that a reader sees: values and cells (a code block's
// language only picks its highlighting).
QStringList filledTexts(const ReportContent &content)
{
    const auto reportTemplate = ReportTemplate::builtin();
    QStringList texts;
    for (auto it = content.values.cbegin(); it != content.values.cend(); ++it) {
        const FieldDef *field = reportTemplate->field(it.key());
        if (!it.value().trimmed().isEmpty() && !(field && field->type == FieldType::Language))
            texts.append(it.value().trimmed());
    }
    for (const QList<Row> &rows : content.rows) {
        for (const Row &row : rows) {
            for (const QString &cell : row) {
                if (!cell.trimmed().isEmpty())
                    texts.append(cell.trimmed());
            }
        }
    }
    return texts;
}

struct HtmlFacts
{
    QString error;
    QString text; // character data of the whole document
    QStringList elements;
    QStringList sources; // src attributes
    QStringList links;   // href attributes
};

HtmlFacts parseXhtml(const QByteArray &html)
{
    HtmlFacts facts;
    QXmlStreamReader reader(html);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            facts.elements.append(reader.name().toString());
            if (reader.attributes().hasAttribute(u"src"_s))
                facts.sources.append(reader.attributes().value(u"src"_s).toString());
            if (reader.attributes().hasAttribute(u"href"_s))
                facts.links.append(reader.attributes().value(u"href"_s).toString());
        } else if (reader.isCharacters()) {
            facts.text += reader.text();
        }
    }
    if (reader.hasError())
        facts.error = u"line %1, column %2: %3"_s.arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
    return facts;
}

ReportContent injectedContent(const ReportTemplate &reportTemplate)
{
    ReportContent content = ReportContent::fromTemplate(reportTemplate);
    content.values[u"service"_s] = kInjections[0];
    content.values[u"investigator"_s] = kInjections[1];
    content.values[u"tldr"_s] = kInjections[2];
    content.values[u"resolutionRootCause"_s] = kInjections[3];
    // Notes are free Markdown, printed as they are: raw HTML and dangerous links must still die.
    content.notes[u"executiveSummary"_s] = kInjections[0] + u"\n\n"_s + kInjections[1] + u"\n\n"_s + kInjections[2]
        + u"\n\n![remote](http://evil.example/pixel.png)"_s;
    return content;
}

QByteArray exportAs(const ReportContent &content, ExportFormat format, const ExportOptions &options = {},
                    QStringList *warnings = nullptr)
{
    const ReportExporter::Result result = ReportExporter::exportReport(*ReportTemplate::builtin(), content, format, options);
    if (warnings)
        *warnings = result.warnings;
    return result.bytes;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_template = ReportTemplate::builtin();
        m_sample = test::sampleContent();
        m_samplePdf = exportAs(m_sample, ExportFormat::Pdf);
        QVERIFY(m_samplePdf.startsWith("%PDF-"));
    }

    void markdownHtml_keepsLabelLinesApart()
    {
        const QString html = markdown::markdownToHtml(u"**Service**: api\n**Date**: 2026-11-18\n"_s);
        QVERIFY2(html.contains(u"api<br />"_s), qPrintable(html));
    }

    void markdownHtml_drawsTaskBoxesAsGlyphs()
    {
        const QString html = markdown::markdownToHtml(u"- [x] done\n- [ ] open\n"_s);
        QVERIFY(!html.contains(u"<input"_s));
        QCOMPARE(html.count(markdown::kCheckedGlyph), 1);
        QCOMPARE(html.count(markdown::kUncheckedGlyph), 1);
        QVERIFY(html.contains(u"<ul class=\"tasks\">"_s));
    }

    void markdownHtml_showsUnresolvedImagesAsLinks()
    {
        const QString markdown = u"![chart](http://example.com/c.png) ![local](c.png)"_s;
        const QString html = markdown::markdownToHtml(markdown, [](const QString &url) {
            return url == u"c.png" ? u"lr-image:1"_s : QString();
        });
        QVERIFY2(!html.contains(u"src=\"http"_s), qPrintable(html));
        QVERIFY(html.contains(u"<a href=\"http://example.com/c.png\">chart</a>"_s));
        QVERIFY(html.contains(u"<img src=\"lr-image:1\" alt=\"local\" />"_s));
    }

    void pdf_containsEveryFilledValueOfTheSample()
    {
        // A long code line wraps onto a continuation marked "↪ ", which a reader skips.
        const QString text = withoutWhitespace(pdfText(m_samplePdf).remove(CodeLineMarker::kMarker));
        for (const QString &value : filledTexts(m_sample))
            QVERIFY2(text.contains(withoutWhitespace(value)), qPrintable(u"missing from the PDF: "_s + value));
    }

    void pdf_showsEveryCheckboxState()
    {
        const QString text = pdfText(m_samplePdf);
        int checked = 0, unchecked = 0;
        for (auto it = m_sample.checked.cbegin(); it != m_sample.checked.cend(); ++it)
            (it.value() ? checked : unchecked) += 1;
        QVERIFY(checked > 0 && unchecked > 0);
        QCOMPARE(text.count(markdown::kCheckedGlyph), checked);
        QCOMPARE(text.count(markdown::kUncheckedGlyph), unchecked);
    }

    void pdf_keepsRetainerArrowsAndRunningFooter()
    {
        const QString text = pdfText(m_samplePdf);
        QVERIFY(text.contains(u"\u2192 pubsub"_s));
        const int pages = pdfInfoValue(test::runPdfTool(u"pdfinfo"_s, {u"PDF"_s}, m_samplePdf), u"Pages"_s).toInt();
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(QString::number(page)));
        QVERIFY(text.contains(u"Memory Leak Investigation Report: session-gateway"_s));
    }

    void pdf_hasMetadataAndPageSize_data()
    {
        QTest::addColumn<QString>("pageSizeName");
        QTest::addColumn<QString>("expectedSize");
        QTest::newRow("A4") << u"a4"_s << u"595 x 842 pts (A4)"_s;
        QTest::newRow("US Letter") << u"letter"_s << u"612 x 792 pts (letter)"_s;
    }

    void pdf_hasMetadataAndPageSize()
    {
        QFETCH(QString, pageSizeName);
        QFETCH(QString, expectedSize);
        ExportOptions options;
        QVERIFY(ReportExporter::pageSizeFromName(pageSizeName, &options.pageSize));
        const QString info = test::runPdfTool(u"pdfinfo"_s, {u"PDF"_s}, exportAs(m_sample, ExportFormat::Pdf, options));
        QCOMPARE(pdfInfoValue(info, u"Title"_s),
                 u"Memory Leak Investigation Report: session-gateway (WebSocket edge service)"_s);
        QCOMPARE(pdfInfoValue(info, u"Author"_s), m_sample.values.value(u"investigator"_s));
        QCOMPARE(pdfInfoValue(info, u"Subject"_s), m_sample.values.value(u"service"_s));
        QVERIFY(pdfInfoValue(info, u"Creator"_s).startsWith(u"LeakReport "_s));
        QCOMPARE(pdfInfoValue(info, u"Page size"_s), expectedSize);
        const int pages = pdfInfoValue(info, u"Pages"_s).toInt();
        QVERIFY2(pages >= 4 && pages <= 12, qPrintable(QString::number(pages)));
    }

    void pdf_linksAreClickable()
    {
        QVERIFY(m_samplePdf.contains("/URI (https://wiki.example.com/runbooks/memory-leak)"));
    }

    void pdf_embedsLocalImagesAtPrintResolution()
    {
        QTemporaryDir dir;
        QImage chart(2400, 1200, QImage::Format_RGB32);
        chart.fill(Qt::white);
        QPainter(&chart).fillRect(100, 100, 800, 400, Qt::darkRed);
        QVERIFY(chart.save(dir.filePath(u"chart.png"_s)));
        ReportContent content = m_sample;
        content.notes[u"deploymentAndResults"_s] = u"![Memory before and after](chart.png)\n\n![gone](missing.png)"_s;
        ExportOptions options;
        options.baseDirectory = dir.path();
        QStringList warnings;
        const QByteArray pdf = exportAs(content, ExportFormat::Pdf, options, &warnings);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.first().contains(u"missing.png"_s), qPrintable(warnings.first()));

        const QStringList lines = test::runPdfTool(u"pdfimages"_s, {u"-list"_s, u"PDF"_s}, pdf).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(lines.join(u'\n'))); // header, rule, one image
        const QStringList columns = lines[2].simplified().split(u' ');
        QCOMPARE(columns[3], u"2400"_s); // width
        QCOMPARE(columns[4], u"1200"_s); // height
        QCOMPARE(columns[8], u"image"_s); // encoding: lossless (Flate), not "jpeg", so lines stay sharp
        QVERIFY2(columns[12].toInt() >= 200, qPrintable(lines[2])); // x-ppi
        QVERIFY(test::runPdfTool(u"pdfimages"_s, {u"-list"_s, u"PDF"_s}, m_samplePdf).count(u'\n') == 2); // none without
    }

    void pdf_keepsJpegForReportsWithPhotos()
    {
        // A photo stored losslessly would grow several times over: with a JPEG file among the
        // images, the PDF stores its images as JPEG, the screenshot too.
        QTemporaryDir dir;
        QImage photo(640, 480, QImage::Format_RGB32);
        photo.fill(QColor(0x60, 0x80, 0xa0));
        QVERIFY(photo.save(dir.filePath(u"photo.jpg"_s), "JPEG"));
        QVERIFY(photo.save(dir.filePath(u"screen.png"_s), "PNG"));
        ReportContent content = m_sample;
        content.notes[u"deploymentAndResults"_s] = u"![rack](photo.jpg)\n\n![panel](screen.png)"_s;
        ExportOptions options;
        options.baseDirectory = dir.path();
        const QByteArray pdf = exportAs(content, ExportFormat::Pdf, options);
        const QStringList lines = test::runPdfTool(u"pdfimages"_s, {u"-list"_s, u"PDF"_s}, pdf).split(u'\n', Qt::SkipEmptyParts);
        // Header, rule, two images (one may be listed twice, drawn on both sides of a page break).
        QVERIFY2(lines.size() >= 4, qPrintable(lines.join(u'\n')));
        for (const QString &line : lines.mid(2))
            QCOMPARE(line.simplified().split(u' ')[8], u"jpeg"_s);
    }

    void pdf_longReport_losesNoRow()
    {
        ReportContent content = m_sample;
        QList<Row> rows;
        for (int i = 0; i < 400; ++i)
            rows.append(Row{{u"time"_s, u"%1:%2"_s.arg(i / 60 % 24, 2, 10, QChar(u'0')).arg(i % 60, 2, 10, QChar(u'0'))},
                            {u"event"_s, u"Event %1"_s.arg(i)},
                            {u"details"_s, u"Details of event number %1"_s.arg(i)}});
        content.rows[u"timeline"_s] = rows;
        const QByteArray pdf = exportAs(content, ExportFormat::Pdf);
        const QString text = pdfText(pdf);
        for (int i = 0; i < 400; i += 37)
            QVERIFY2(text.contains(u"Details of event number %1\n"_s.arg(i)), qPrintable(QString::number(i)));
        QVERIFY(text.contains(u"Details of event number 399"_s));
        QVERIFY(text.contains(m_sample.values.value(u"nextReview"_s)));
    }

    void html_isWellFormedSelfContainedAndComplete()
    {
        const QByteArray html = exportAs(m_sample, ExportFormat::Html);
        const HtmlFacts facts = parseXhtml(html);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QVERIFY(!facts.elements.contains(u"script"_s));
        QVERIFY(!facts.elements.contains(u"link"_s));
        QVERIFY(!facts.elements.contains(u"input"_s));
        QVERIFY(facts.sources.isEmpty());
        QVERIFY(facts.links.contains(u"https://wiki.example.com/runbooks/memory-leak"_s));
        const QString text = withoutWhitespace(facts.text);
        for (const QString &value : filledTexts(m_sample))
            QVERIFY2(text.contains(withoutWhitespace(value)), qPrintable(u"missing from the HTML: "_s + value));
    }

    void html_embedsLocalImagesAsDataUris()
    {
        QTemporaryDir dir;
        QImage chart(300, 150, QImage::Format_RGB32);
        chart.fill(Qt::blue);
        QVERIFY(chart.save(dir.filePath(u"chart.png"_s)));
        ReportContent content = m_sample;
        content.notes[u"deploymentAndResults"_s] = u"![chart](chart.png) ![remote](https://example.com/x.png)"_s;
        ExportOptions options;
        options.baseDirectory = dir.path();
        const HtmlFacts facts = parseXhtml(exportAs(content, ExportFormat::Html, options));
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.sources.size(), 1);
        QVERIFY(facts.sources.first().startsWith(u"data:image/png;base64,iVBOR"_s));
        QVERIFY(facts.links.contains(u"https://example.com/x.png"_s)); // a link, never fetched
    }

    // A field's inline Markdown is rendered, not printed with its backticks and stars: in the
    // body, in a table cell and in the title block; the PDF shows the text without the markup.
    void exports_renderInlineMarkdownOfFields()
    {
        ReportContent content = m_sample;
        content.values[u"service"_s] = u"`session-gateway` *edge*"_s;
        content.values[u"tldr"_s] = u"Leak in `once()` listeners, ~4% of sessions, ~~maybe~~ **certainly**, "
                                    "see [PR 2481](https://git.example.com/pr/2481)"_s;
        content.rows[u"timeline"_s][2][u"details"_s] = u"Restarted with `--trace-gc` (web | mobile)"_s;
        const QByteArray html = exportAs(content, ExportFormat::Html);
        const HtmlFacts facts = parseXhtml(html);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        for (const QString &element : {u"code"_s, u"em"_s, u"strong"_s, u"del"_s, u"a"_s})
            QVERIFY2(facts.elements.contains(element), qPrintable(element));
        QVERIFY(facts.links.contains(u"https://git.example.com/pr/2481"_s));
        QVERIFY(facts.text.contains(u"Leak in once() listeners, ~4% of sessions, maybe certainly, see PR 2481"_s));
        QVERIFY(facts.text.contains(u"Restarted with --trace-gc (web | mobile)"_s));
        QVERIFY2(!facts.text.contains(u'`'), "a backtick printed");
        QVERIFY(html.contains("<p class=\"service\"><code>session-gateway</code> <em>edge</em></p>"));

        const QString text = withoutWhitespace(pdfText(exportAs(content, ExportFormat::Pdf)));
        QVERIFY(text.contains(withoutWhitespace(u"Leak in once() listeners, ~4% of sessions"_s)));
        QVERIFY2(!text.contains(u'`'), "a backtick printed in the PDF");
    }

    void exports_renderInjectionAttemptsAsInertText()
    {
        const ReportContent content = injectedContent(*m_template);
        const QByteArray html = exportAs(content, ExportFormat::Html);
        const HtmlFacts facts = parseXhtml(html);
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        for (const QString &element : {u"script"_s, u"img"_s, u"iframe"_s})
            QVERIFY2(!facts.elements.contains(element), qPrintable(element));
        QVERIFY(facts.sources.isEmpty());
        for (const QString &link : facts.links)
            QVERIFY2(!link.startsWith(u"javascript:"_s, Qt::CaseInsensitive), qPrintable(link));
        QVERIFY(!html.contains("<script"));
        // What was typed into fields reads back as the very text typed.
        QVERIFY(facts.text.contains(kInjections[0]));
        QVERIFY(facts.text.contains(kInjections[1]));
        QVERIFY(facts.text.contains(kInjections[3]));

        const QByteArray pdf = exportAs(content, ExportFormat::Pdf);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(kInjections[0]));
        QVERIFY(text.contains(kInjections[1]));
        QVERIFY(!pdf.contains("javascript:"));
        QVERIFY(test::runPdfTool(u"pdfimages"_s, {u"-list"_s, u"PDF"_s}, pdf).count(u'\n') == 2);
    }

    void headerNotes_followTheTitleBlock()
    {
        ReportContent content = m_sample;
        content.notes[u"header"_s] = u"Written for the platform review board."_s;
        QVERIFY(pdfText(exportAs(content, ExportFormat::Pdf)).contains(u"Written for the platform review board."_s));
        QVERIFY(parseXhtml(exportAs(content, ExportFormat::Html)).text.contains(u"Written for the platform review board."_s));
    }

    void emptyReport_exportsWithPlaceholders()
    {
        const ReportContent empty = ReportContent::fromTemplate(*m_template);
        const QByteArray pdf = exportAs(empty, ExportFormat::Pdf);
        const QString info = test::runPdfTool(u"pdfinfo"_s, {u"PDF"_s}, pdf);
        QCOMPARE(pdfInfoValue(info, u"Title"_s), u"Memory Leak Investigation Report"_s);
        QCOMPARE(pdfInfoValue(info, u"Author"_s), QString());
        QVERIFY(pdfText(pdf).contains(u"[Service Name]"_s));
    }

    void chart_goesIntoEveryFormat()
    {
        ReportContent content = m_sample;
        MemorySeries before;
        before.role = SeriesRole::Before;
        before.samples = {{0, 200e6}, {3600000, 210e6}};
        content.series = {before};
        ExportOptions options;
        options.chartImage = QImage(2400, 1200, QImage::Format_RGB32);
        options.chartImage.fill(QColor(0x2e, 0x7d, 0x32));
        options.chartSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>";
        options.assetsFolder = u"report.assets"_s;

        // PDF: the chart at print resolution, under Post-Deployment Metrics.
        const QByteArray pdf = exportAs(content, ExportFormat::Pdf, options);
        const QStringList lines = test::runPdfTool(u"pdfimages"_s, {u"-list"_s, u"PDF"_s}, pdf).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 3, qPrintable(lines.join(u'\n')));
        const QStringList columns = lines[2].simplified().split(u' ');
        QCOMPARE(columns[3], u"2400"_s);
        QCOMPARE(columns[8], u"image"_s); // lossless: the chart's lines are not blurred by JPEG
        QVERIFY2(columns[12].toInt() >= 200, qPrintable(lines[2]));

        // HTML: embedded, nothing fetched.
        const HtmlFacts facts = parseXhtml(exportAs(content, ExportFormat::Html, options));
        QVERIFY2(facts.error.isEmpty(), qPrintable(facts.error));
        QCOMPARE(facts.sources.size(), 1);
        QVERIFY(facts.sources.first().startsWith(u"data:image/png;base64,"_s));

        // Markdown: a link to the PNG, which comes with the SVG as attachments.
        const ReportExporter::Result markdown = ReportExporter::exportReport(*m_template, content, ExportFormat::Markdown, options);
        const QString text = QString::fromUtf8(markdown.bytes);
        const qsizetype chart = text.indexOf(u"![Memory before and after the fix](report.assets/memory-chart.png)"_s);
        QVERIFY(chart > text.indexOf(u"**Improvement**:"_s));
        QVERIFY(chart < text.indexOf(u"### Grafana Dashboard"_s));
        QCOMPARE(markdown.attachments.size(), 2);
        QCOMPARE(markdown.attachments[0].first, u"report.assets/memory-chart.png"_s);
        QVERIFY(markdown.attachments[0].second.startsWith("\x89PNG"));
        QCOMPARE(markdown.attachments[1].first, u"report.assets/memory-chart.svg"_s);

        QTemporaryDir dir;
        QString error;
        QVERIFY2(ReportExporter::write(dir.filePath(u"report.md"_s), markdown, &error), qPrintable(error));
        QVERIFY(QFile::exists(dir.filePath(u"report.assets/memory-chart.png"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"report.assets/memory-chart.svg"_s)));

        // Without series, the same options add no chart: the Markdown stays the sample's.
        content.series.clear();
        const ReportExporter::Result plain = ReportExporter::exportReport(*m_template, m_sample, ExportFormat::Markdown, options);
        QVERIFY(!plain.bytes.contains("memory-chart"));
    }

    void documentInfo_refusesWhatIsNotAPdf()
    {
        QByteArray notPdf = "hello";
        QString error;
        QVERIFY(!appendDocumentInfo(notPdf, {}, &error));
        QCOMPARE(notPdf, QByteArray("hello"));
        QVERIFY(!error.isEmpty());
    }

private:
    std::shared_ptr<const ReportTemplate> m_template;
    ReportContent m_sample;
    QByteArray m_samplePdf;
};

} // namespace lr

QTEST_MAIN(lr::TestExport)
#include "tst_export.moc"
