#pragma once

#include "series/memoryseries.h"

#include <QPen>

#include <initializer_list>

class QChart;
class QPalette;
class QValueAxis;

namespace lr {

// The memory chart's colours, from the widget's palette (a dark one too) rather than Qt Charts'
// white theme. The series take Okabe and Ito's palette, which readers with any common
// colour-vision deficiency tell apart: vermilion against blue on a light background, orange
// against sky blue on a dark one; their pen styles differ as well (solid, dashed, dash-dot), so
// the lines part in grey print and for every reader.
namespace ChartColours {

QPen seriesPen(SeriesRole role, const QPalette &palette);
QPen trendPen(SeriesRole role, const QPalette &palette); // dotted, thinner, in the series' colour
QPen markerPen(const QPalette &palette, Qt::PenStyle style); // the limit and deploy lines
// Background, title, legend, axis labels and grid.
void styleChart(QChart *chart, const QPalette &palette, std::initializer_list<QValueAxis *> axes);

} // namespace ChartColours
} // namespace lr
