#include "export/pdfexporter.h"

#include "export/codelinemarker.h"
#include "export/localimages.h"
#include "export/longblocksplitter.h"
#include "export/pdfinfo.h"
#include "export/printstylesheet.h"
#include "export/reporthtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr int kResolutionDpi = 300;
const QMarginsF kPageMarginsMm(20, 16, 20, 14); // A4: 210 - 40 = kPrintedChartWidthMm across
constexpr qreal kFooterHeightMm = 9;
// A heading or label with less room than this below it on its page starts the next page instead.
constexpr qreal kKeepWithNextMm = 28;
constexpr QLatin1StringView kImageScheme{"lr-image"};

qreal mmToDevice(qreal mm)
{
    return mm / 25.4 * kResolutionDpi;
}
} // namespace

PdfExporter::PdfExporter(const ReportTemplate &reportTemplate, const ReportContent &content,
                         const ExportOptions &options)
    : m_template(reportTemplate)
    , m_content(content)
    , m_options(options)
{
}

QByteArray PdfExporter::exportPdf()
{
    const ReportHtml report(m_template, m_content);
    const ReportMetadata metadata = report.metadata();

    QBuffer output;
    output.open(QIODevice::WriteOnly);
    QPdfWriter writer(&output);
    writer.setResolution(kResolutionDpi);
    writer.setPageSize(QPageSize(m_options.pageSize));
    writer.setPageMargins(kPageMarginsMm, QPageLayout::Millimeter);
    writer.setTitle(metadata.title);
    writer.setCreator(metadata.creator);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer); // fonts and images measured in print units
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(printStyleSheet(ReportHtml::styleSheet()));
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10);
    document.setDefaultFont(font);

    // Images become document resources; the HTML names them by number.
    LocalImages images(m_options.baseDirectory);
    int imageCount = 0;
    const QString body = report.body([&](const QString &url) -> QString {
        const QImage image = url == ReportHtml::kChartUrl ? m_options.chartImage : images.image(url);
        if (image.isNull())
            return QString();
        const QString name = kImageScheme + u':' + QString::number(++imageCount);
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
        return name;
    }, m_options.chartImage.isNull() ? QString() : QString(ReportHtml::kChartUrl));
    m_warnings = images.problems();
    document.setHtml(u"<html><body>"_s + report.titleBlock() + body + u"</body></html>"_s);

    const QRectF page(QPointF(0, 0), QSizeF(writer.width(), writer.height()));
    const qreal bodyHeight = page.height() - mmToDevice(kFooterHeightMm);
    fitImages(document, QSizeF(page.width(), bodyHeight * 0.9));
    document.setPageSize(QSizeF(page.width(), bodyHeight));
    CodeLineMarker::markContinuations(document, &writer, page.width());
    // A word longer than the line (a long URL) breaks where it must instead of running off the page.
    QTextOption wrapping = document.defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document.setDefaultTextOption(wrapping);
    // Finish the layout before changing it: QTextDocument lays out long documents lazily, from
    // the event loop, and page breaks added to a half laid out document leave the rest unplaced.
    document.pageCount();
    if (LongBlockSplitter::split(document) > 0)
        document.pageCount();
    keepWithNext(document, bodyHeight, mmToDevice(kKeepWithNextMm));
    m_pageCount = document.pageCount();

    QPainter painter(&writer);
    // Qt writes opaque images into a PDF as JPEG, which blurs the chart's lines and the text in
    // screenshots; lossless keeps them sharp. A JPEG photo, though, would grow several times over
    // stored losslessly, so a report that carries one keeps Qt's JPEG for all its images.
    painter.setRenderHint(QPainter::LosslessImageRendering, !images.anyJpeg());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, Qt::black);
    for (int index = 0; index < m_pageCount; ++index) {
        if (index > 0)
            writer.newPage();
        const QRectF visible(0, index * bodyHeight, page.width(), bodyHeight);
        painter.save();
        painter.setClipRect(QRectF(0, 0, page.width(), bodyHeight));
        painter.translate(0, -visible.top());
        // QTextLayout draws every line that touches the clip, edges included: the first line of
        // the next page, which starts exactly at this page's bottom, would be drawn here too,
        // clipped out of sight but still in the PDF's text (found twice by search and copy).
        context.clip = visible.adjusted(0, 1, 0, -1);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        paintFooter(painter, QRectF(0, bodyHeight, page.width(), page.height() - bodyHeight), metadata, index + 1);
    }
    painter.end();

    QByteArray pdf = output.data();
    QString error;
    if (!appendOutline(pdf, outline(document, bodyHeight, writer.pageLayout()), &error))
        m_warnings.append(tr("PDF outline: %1").arg(error));
    if (!appendDocumentInfo(pdf, metadata, &error))
        m_warnings.append(tr("PDF metadata: %1").arg(error));
    return pdf;
}

// QTextDocument sizes an image by its pixels at screen resolution, so a chart rendered for print
// would run off the page: wide or tall ones are scaled down to fit, which also prints their
// pixels at the resolution they were made for.
void PdfExporter::fitImages(QTextDocument &document, const QSizeF &available) const
{
    // Image sizes are given in screen pixels; the layout scales them to the writer's resolution.
    const qreal toDevice = kResolutionDpi / 96.0;
    struct Placed
    {
        int position;
        QTextImageFormat format;
    };
    QList<Placed> images; // collected first: changing a format while iterating would merge fragments
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat()) {
                // An image is one character; adjacent identical images share a fragment.
                for (int i = 0; i < it.fragment().length(); ++i)
                    images.append({it.fragment().position() + i, it.fragment().charFormat().toImageFormat()});
            }
        }
    }
    for (Placed &placed : images) {
        const QImage image = document.resource(QTextDocument::ImageResource, QUrl(placed.format.name())).value<QImage>();
        if (image.isNull())
            continue;
        const QSizeF natural = QSizeF(image.size()) * toDevice;
        const QSizeF fitted = natural.scaled(available.boundedTo(natural), Qt::KeepAspectRatio);
        placed.format.setWidth(fitted.width() / toDevice);
        placed.format.setHeight(fitted.height() / toDevice);
        QTextCursor cursor(&document);
        cursor.setPosition(placed.position);
        cursor.setPosition(placed.position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(placed.format);
    }
}

namespace {
// A heading, or a label line that introduces what follows ("Fixed Code:", "**Key Panels**:"),
// belongs on the page of what it introduces.
bool keepsWithNext(const QTextBlock &block)
{
    if (block.blockFormat().headingLevel() > 0)
        return true;
    const QString text = block.text().trimmed();
    return text.endsWith(u':') && text.size() <= 80;
}
} // namespace

// QTextDocument has no "keep with next": a heading or label that lands at the very bottom of a
// page gets a page break before it instead. Blocks are visited in order, so each break is
// measured with the ones before it already in place.
void PdfExporter::keepWithNext(QTextDocument &document, qreal pageHeight, qreal minimumSpaceBelow) const
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!keepsWithNext(block) || !block.next().isValid())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const qreal pageBottom = (std::floor(rect.top() / pageHeight) + 1) * pageHeight;
        if (rect.top() <= 0 || pageBottom - rect.bottom() >= minimumSpaceBelow)
            continue;
        // A sub-heading goes together with the heading or label right above it.
        QTextBlock first = block;
        while (first.previous().isValid() && keepsWithNext(first.previous()))
            first = first.previous();
        QTextBlockFormat firstFormat = first.blockFormat();
        firstFormat.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(first).setBlockFormat(firstFormat);
    }
}

// The sections and subsections as bookmarks, each pointing at its heading on its page.
QList<PdfOutlineEntry> PdfExporter::outline(QTextDocument &document, qreal pageHeight, const QPageLayout &layout) const
{
    const qreal pointsPerDevice = 72.0 / kResolutionDpi;
    const qreal bodyTop = layout.fullRect(QPageLayout::Point).height() - layout.margins(QPageLayout::Point).top();
    QList<PdfOutlineEntry> entries;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level < 2 || level > 3 || block.text().trimmed().isEmpty())
            continue; // level 1 is the report's title
        // Where its text starts: the block's rectangle begins with its top margin, which can
        // end a page whose next one holds the heading.
        const QTextLayout *text = block.layout();
        const qreal top = document.documentLayout()->blockBoundingRect(block).top()
            + (text && text->lineCount() > 0 ? text->lineAt(0).y() : 0);
        // Half a device unit of slack: a heading pushed to the next page starts a rounding error
        // above the page's edge.
        const int page = int(std::floor((top + 0.5) / pageHeight));
        entries.append({block.text().trimmed(), level, page, bodyTop - (top - page * pageHeight) * pointsPerDevice});
    }
    return entries;
}

void PdfExporter::paintFooter(QPainter &painter, const QRectF &area, const ReportMetadata &metadata, int page) const
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(8);
    painter.save();
    painter.setFont(font);
    painter.setPen(QPen(QColor(0xb4, 0xbc, 0xc8), mmToDevice(0.2)));
    const qreal ruleY = area.top() + mmToDevice(2.5);
    painter.drawLine(QPointF(area.left(), ruleY), QPointF(area.right(), ruleY));
    painter.setPen(QColor(0x5b, 0x66, 0x75));
    const QRectF text(area.left(), ruleY + mmToDevice(1), area.width(), area.bottom() - ruleY - mmToDevice(1));
    const QString left = painter.fontMetrics().elidedText(metadata.title, Qt::ElideRight, int(area.width() * 0.75));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop, left);
    painter.drawText(text, Qt::AlignRight | Qt::AlignTop, u"Page %1 of %2"_s.arg(page).arg(m_pageCount));
    painter.restore();
}

} // namespace lr
