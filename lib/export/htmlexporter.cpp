#include "export/htmlexporter.h"

#include "export/localimages.h"
#include "export/reporthtml.h"

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Browsers get a little more than QTextDocument: a readable column, and print margins.
constexpr QStringView kBrowserStyles = u"body { max-width: 52em; margin: 2em auto; padding: 0 1.5em; line-height: 1.4; }\n"
                                       "footer { color: #6b7685; font-size: 8.5pt; border-top: 1px solid #c9d1dc;"
                                       " margin-top: 2em; padding-top: 0.5em; }\n"
                                       "img { max-width: 100%; }\n"
                                       "@page { size: auto; margin: 18mm 20mm; }\n";

QString metaTag(const QString &name, const QString &content)
{
    if (content.isEmpty())
        return {};
    return u"<meta name=\""_s + name + u"\" content=\""_s + content.toHtmlEscaped() + u"\" />\n"_s;
}
} // namespace

HtmlExporter::HtmlExporter(const ReportTemplate &reportTemplate, const ReportContent &content,
                           const ExportOptions &options)
    : m_template(reportTemplate)
    , m_content(content)
    , m_options(options)
{
}

QByteArray HtmlExporter::exportHtml()
{
    LocalImages images(m_options.baseDirectory);
    const ReportHtml report(m_template, m_content);
    const QString body = report.body([&](const QString &url) -> QString {
        QByteArray mimeType;
        QByteArray bytes;
        if (url == ReportHtml::kChartUrl) {
            bytes = pngBytes(m_options.chartImage);
            mimeType = "image/png";
        } else {
            bytes = images.encoded(url, &mimeType);
        }
        if (bytes.isEmpty())
            return QString();
        return u"data:"_s + QString::fromLatin1(mimeType) + u";base64,"_s + QString::fromLatin1(bytes.toBase64());
    }, m_options.chartImage.isNull() ? QString() : QString(ReportHtml::kChartUrl));
    m_warnings = images.problems();

    const ReportMetadata meta = report.metadata();
    const QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
                         // Defence in depth: even a tag that slipped through could load nothing.
                         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                         "img-src data:; style-src 'unsafe-inline'\" />\n"
                         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"_s
        + metaTag(u"author"_s, meta.author) + metaTag(u"description"_s, meta.subject)
        + metaTag(u"generator"_s, meta.creator) + u"<title>"_s + meta.title.toHtmlEscaped()
        + u"</title>\n<style>\n"_s + ReportHtml::styleSheet() + kBrowserStyles
        + u"</style>\n</head>\n<body>\n<main>\n"_s + report.titleBlock() + body
        + u"</main>\n<footer>"_s + meta.title.toHtmlEscaped() + u" \u2014 "_s + meta.creator.toHtmlEscaped()
        + u"</footer>\n</body>\n</html>\n"_s;
    return html.toUtf8();
}

} // namespace lr
