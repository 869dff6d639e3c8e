#pragma once

#include "export/exportoptions.h"
#include "model/reportcontent.h"

#include <QByteArray>
#include <QStringList>

namespace lr {

// One self-contained HTML file: styles in the page, images as data: URIs, nothing fetched from
// anywhere (a Content-Security-Policy says so to the browser too). Well-formed XHTML syntax, so
// any XML parser can check it.
class HtmlExporter
{
public:
    HtmlExporter(const ReportTemplate &reportTemplate, const ReportContent &content, const ExportOptions &options);

    QByteArray exportHtml();
    // Images that could not be embedded (shown as links instead).
    QStringList warnings() const { return m_warnings; }

private:
    const ReportTemplate &m_template;
    const ReportContent &m_content;
    ExportOptions m_options;
    QStringList m_warnings;
};

} // namespace lr
