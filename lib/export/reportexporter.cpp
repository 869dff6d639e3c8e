#include "export/reportexporter.h"

#include "export/htmlexporter.h"
#include "export/pdfexporter.h"
#include "markdown/markdownwriter.h"

using namespace Qt::StringLiterals;

namespace lr {

bool ReportExporter::formatFromName(const QString &name, ExportFormat *format)
{
    const QString lower = name.toLower();
    if (lower == u"md" || lower == u"markdown")
        *format = ExportFormat::Markdown;
    else if (lower == u"html" || lower == u"htm")
        *format = ExportFormat::Html;
    else if (lower == u"pdf")
        *format = ExportFormat::Pdf;
    else
        return false;
    return true;
}

QString ReportExporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    }
    return {};
}

bool ReportExporter::pageSizeFromName(const QString &name, QPageSize::PageSizeId *pageSize)
{
    const QString lower = name.toLower();
    if (lower == u"a4")
        *pageSize = QPageSize::A4;
    else if (lower == u"letter")
        *pageSize = QPageSize::Letter;
    else
        return false;
    return true;
}

ReportExporter::Result ReportExporter::exportReport(const ReportTemplate &reportTemplate, const ReportContent &content,
                                                    ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Markdown:
        return {MarkdownWriter(reportTemplate).write(content).toUtf8(), {}};
    case ExportFormat::Html: {
        HtmlExporter exporter(reportTemplate, content, options);
        QByteArray html = exporter.exportHtml();
        return {html, exporter.warnings()};
    }
    case ExportFormat::Pdf: {
        PdfExporter exporter(reportTemplate, content, options);
        QByteArray pdf = exporter.exportPdf();
        return {pdf, exporter.warnings()};
    }
    }
    return {};
}

} // namespace lr
