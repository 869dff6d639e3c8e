#pragma once

#include "markdown/markdownhtml.h"
#include "model/reportcontent.h"

namespace lr {

// What a PDF's information dictionary and an HTML page's <head> say about the report.
struct ReportMetadata
{
    QString title;   // "Memory Leak Investigation Report: checkout-api"
    QString author;  // the investigator
    QString subject; // the service
    QString creator; // "LeakReport 0.1.0"
};

// The report as the HTML that both review exports (PDF and HTML) are made of: a title block
// with the facts a reviewer looks for first, then every section after the header rendered from
// the report's own Markdown, so the exports never disagree with the Markdown export.
class ReportHtml
{
public:
    ReportHtml(const ReportTemplate &reportTemplate, const ReportContent &content);

    ReportMetadata metadata() const;
    // Title, service, then severity (coloured), status, investigator and date.
    QString titleBlock() const;
    // `chartUrl`: where the image of the memory chart is to be found (see kChartUrl); empty for
    // no chart.
    QString body(const markdown::ImageUrlResolver &resolveImage, const QString &chartUrl = {}) const;

    // The URL the body gives the chart image; the exporters' resolvers put the real image there.
    static constexpr QLatin1StringView kChartUrl{"lr-chart:memory"};
    // The styles both exports share (QTextDocument understands this subset of CSS).
    static QString styleSheet();

private:
    // The value of a field as the Markdown prints it: typed text with its unit, else the placeholder.
    QString printed(const QString &fieldId) const;
    bool isFilled(const QString &fieldId) const;

    const ReportTemplate &m_template;
    const ReportContent &m_content;
};

} // namespace lr
