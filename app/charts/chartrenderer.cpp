#include "charts/chartrenderer.h"

#include "charts/memorychart.h"

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QLegend>
#include <QCoreApplication>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr QSize kLogicalSize(1200, 600);
constexpr int kPrintScale = 2;
// On paper, chart labels print at 9 pt and the title at 11 pt, whatever the screen's fonts.
constexpr double kLabelPoints = 9, kTitlePoints = 11;

// Fonts sized in the chart's logical pixels so that, printed kPrintedChartWidthMm wide, they
// come out at `points`.
QFont printFont(const QFont &base, double points, bool bold = false)
{
    const double pointsPerPixel = kPrintedChartWidthMm / 25.4 * 72 / kLogicalSize.width();
    QFont font = base;
    font.setPixelSize(qRound(points / pointsPerPixel));
    font.setBold(bold);
    return font;
}

void usePrintFonts(QChart *chart)
{
    const QFont base = chart->font();
    const QFont labels = printFont(base, kLabelPoints);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(labels);
    }
    chart->legend()->setFont(labels);
    chart->setTitleFont(printFont(base, kTitlePoints, true));
}
} // namespace

void ChartRenderer::addTo(ExportOptions &options, const QList<MemorySeries> &series, const QList<double> &oomMarkerHours)
{
    if (!hasSamples(series))
        return;
    // The chart is part of the report, which stays in English whatever the user's language.
    const QString title = u"Memory before and after the fix"_s;
    MemoryChart chart;
    chart.setTranslated(false);
    // Paper is white whatever the editor's palette: a dark theme must not print a black chart.
    QPalette paper = chart.palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        paper.setColor(group, QPalette::Base, Qt::white);
        paper.setColor(group, QPalette::Window, Qt::white);
        paper.setColor(group, QPalette::Text, Qt::black);
        paper.setColor(group, QPalette::WindowText, Qt::black);
        paper.setColor(group, QPalette::Mid, QColor(0xc8, 0xc8, 0xc8));
        paper.setColor(group, QPalette::PlaceholderText, QColor(0x40, 0x40, 0x40));
    }
    chart.setPalette(paper);
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(kLogicalSize);
    chart.show(); // lays the chart out; never visible
    chart.setSeries(series);
    chart.setOomMarkerHours(oomMarkerHours);
    chart.setTitle(title);
    usePrintFonts(chart.chart());
    // Qt Charts lays out axes, labels and legend from posted events: let them run before drawing.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents();

    QImage image(kLogicalSize * kPrintScale, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart.render(&painter, QRectF(QPointF(0, 0), image.size()));
    }
    options.chartImage = image;

    QBuffer svg;
    svg.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(kLogicalSize);
    generator.setViewBox(QRect(QPoint(0, 0), kLogicalSize));
    generator.setTitle(title);
    {
        QPainter painter(&generator);
        chart.render(&painter);
    }
    options.chartSvg = svg.data();
}

} // namespace lr
