#pragma once

#include <QByteArray>
#include <QImage>
#include <QPageSize>
#include <QString>

namespace lr {

enum class ExportFormat { Markdown, Html, Pdf };

// The PDF prints the chart across the page's text width; on A4, the narrowest page offered, that
// is 170 mm (20 mm margins). The chart's text is sized for it.
inline constexpr double kPrintedChartWidthMm = 170.0;

// The rules file's name, beside an export and proposed by Alert Rules….
inline constexpr char kAlertRulesFileName[] = "memory-leak-alerts.yml";

// What an export needs besides the report itself.
struct ExportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4; // PDF only
    // Where relative image paths in the report's Markdown are looked up (the report's folder).
    QString baseDirectory;
    // The chart of the report's memory series, drawn by the application (Qt Charts needs widgets,
    // which this library does not use); none for a report without series.
    QImage chartImage;
    QByteArray chartSvg;
    // The folder, relative to the output, that receives the files beside it ("report.assets" for
    // report.md): the chart files of a Markdown export, the alert rules of any export.
    QString assetsFolder;
    // Prometheus alerting rules derived from the report's data (AlertRules), written into the
    // assets folder as kAlertRulesFileName; empty when the data gives none.
    QByteArray alertRules;
};

} // namespace lr
