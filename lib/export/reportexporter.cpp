#include "export/reportexporter.h"

#include "export/htmlexporter.h"
#include "export/localimages.h"
#include "export/pdfexporter.h"
#include "io/atomicwrite.h"
#include "markdown/markdownwriter.h"

#include <QDir>
#include <QFileInfo>

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

bool ReportExporter::write(const QString &path, const Result &result, QString *error)
{
    const QDir folder = QFileInfo(path).absoluteDir();
    QList<FileData> files;
    for (const auto &[relativePath, bytes] : result.attachments) {
        const QString attachment = folder.filePath(relativePath);
        if (!QDir().mkpath(QFileInfo(attachment).absolutePath())) {
            *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(attachment).absolutePath()));
            return false;
        }
        files.append({attachment, bytes});
    }
    files.append({path, result.bytes}); // last: the document that links the others
    return writeFilesAtomically(files, error);
}

ReportExporter::Result ReportExporter::exportReport(const ReportTemplate &reportTemplate, const ReportContent &content,
                                                    ExportFormat format, const ExportOptions &options)
{
    Result result = exportDocument(reportTemplate, content, format, options);
    if (!options.alertRules.isEmpty() && !options.assetsFolder.isEmpty())
        result.attachments.append({options.assetsFolder + u'/' + QLatin1StringView(kAlertRulesFileName), options.alertRules});
    return result;
}

ReportExporter::Result ReportExporter::exportDocument(const ReportTemplate &reportTemplate, const ReportContent &content,
                                                      ExportFormat format, const ExportOptions &options)
{
    switch (format) {
    case ExportFormat::Markdown: {
        MarkdownWriter writer(reportTemplate);
        Result result;
        if (!options.chartImage.isNull() && !options.assetsFolder.isEmpty()) {
            const QString png = options.assetsFolder + u"/memory-chart.png"_s;
            writer.setChartImagePath(png);
            result.attachments = {{png, pngBytes(options.chartImage)},
                                  {options.assetsFolder + u"/memory-chart.svg"_s, options.chartSvg}};
        }
        result.bytes = writer.write(content).toUtf8();
        return result;
    }
    case ExportFormat::Html: {
        HtmlExporter exporter(reportTemplate, content, options);
        QByteArray html = exporter.exportHtml();
        return {html, exporter.warnings(), {}};
    }
    case ExportFormat::Pdf: {
        PdfExporter exporter(reportTemplate, content, options);
        QByteArray pdf = exporter.exportPdf();
        return {pdf, exporter.warnings(), {}};
    }
    }
    return {};
}

} // namespace lr
