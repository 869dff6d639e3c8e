#pragma once

#include "export/exportoptions.h"
#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QByteArray>
#include <QStringList>

class QPageLayout;
class QPainter;
class QTextDocument;

namespace lr {

struct PdfOutlineEntry;
struct ReportMetadata;

// The review PDF, made without external programs: the report's HTML (see ReportHtml) laid out
// by QTextDocument on the page size asked for, painted page by page through QPdfWriter with a
// running footer ("service — page N of M"), headings and labels kept with what follows them, local images
// embedded at full resolution, links clickable, an outline of the sections, and the metadata
// filled in. Needs a QGuiApplication (fonts); the offscreen platform is enough.
class PdfExporter
{
    Q_DECLARE_TR_FUNCTIONS(lr::PdfExporter)

public:
    PdfExporter(const ReportTemplate &reportTemplate, const ReportContent &content, const ExportOptions &options);

    QByteArray exportPdf();
    QStringList warnings() const { return m_warnings; }
    int pageCount() const { return m_pageCount; }

private:
    void fitImages(QTextDocument &document, const QSizeF &available) const;
    void keepWithNext(QTextDocument &document, qreal pageHeight, qreal minimumSpaceBelow) const;
    QList<PdfOutlineEntry> outline(QTextDocument &document, qreal pageHeight, const QPageLayout &layout) const;
    void paintFooter(QPainter &painter, const QRectF &area, const ReportMetadata &metadata, int page) const;

    const ReportTemplate &m_template;
    const ReportContent &m_content;
    ExportOptions m_options;
    QStringList m_warnings;
    int m_pageCount = 0;
};

} // namespace lr
