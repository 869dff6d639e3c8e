#pragma once

#include <QList>
#include <QPointF>

class QChart;
class QLineSeries;

namespace lr {

struct NearestPoint
{
    qsizetype line = -1; // index into the lines; -1 when none is within reach
    QPointF value;       // in the line's axes
};

// The drawn point nearest to `scenePosition`, in pixels, within `reach`: a tooltip need not hit
// a thin line exactly. Each line's points are sorted by x (as the chart draws them), so only
// those around the position's x are looked at. (QChart maps positions only when not const.)
NearestPoint nearestDrawnPoint(QChart &chart, const QList<QLineSeries *> &lines, const QPointF &scenePosition, double reach);

} // namespace lr
