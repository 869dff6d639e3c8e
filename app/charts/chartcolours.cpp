#include "charts/chartcolours.h"

#include <QChart>
#include <QLegend>
#include <QPalette>
#include <QValueAxis>

namespace lr::ChartColours {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

QPen seriesPen(SeriesRole role, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (role) {
    case SeriesRole::Before:
        return QPen(dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00), 2.0, Qt::SolidLine);
    case SeriesRole::After:
        return QPen(dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2), 2.0, Qt::DashLine);
    case SeriesRole::Other:
        break;
    }
    return QPen(dark ? QColor(0x00, 0xc0, 0x8c) : QColor(0x00, 0x9e, 0x73), 1.5, Qt::DashDotLine);
}

QPen trendPen(SeriesRole role, const QPalette &palette)
{
    QPen pen = seriesPen(role, palette);
    pen.setWidthF(1.2);
    pen.setStyle(Qt::DotLine);
    return pen;
}

QPen markerPen(const QPalette &palette, Qt::PenStyle style)
{
    return QPen(palette.color(QPalette::Text), 1.2, style);
}

void styleChart(QChart *chart, const QPalette &palette, std::initializer_list<QValueAxis *> axes)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QValueAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace lr::ChartColours
