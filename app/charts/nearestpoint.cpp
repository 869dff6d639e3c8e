#include "charts/nearestpoint.h"

#include <QChart>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

namespace lr {

NearestPoint nearestDrawnPoint(QChart &chart, const QList<QLineSeries *> &lines, const QPointF &scenePosition, double reach)
{
    constexpr qsizetype kAround = 8; // points either side of the position's x: enough at two per pixel column
    NearestPoint nearest;
    if (!chart.plotArea().adjusted(-reach, -reach, reach, reach).contains(scenePosition))
        return nearest;
    double nearestDistance = reach;
    for (qsizetype index = 0; index < lines.size(); ++index) {
        QLineSeries *line = lines[index];
        if (!line || !line->isVisible())
            continue;
        const QList<QPointF> points = line->points();
        const double x = chart.mapToValue(chart.mapFromScene(scenePosition), line).x();
        const qsizetype centre = std::lower_bound(points.cbegin(), points.cend(), x,
                                                  [](const QPointF &point, double value) { return point.x() < value; })
            - points.cbegin();
        for (qsizetype i = std::max<qsizetype>(0, centre - kAround); i < std::min(points.size(), centre + kAround); ++i) {
            const QPointF drawn = chart.mapToScene(chart.mapToPosition(points[i], line));
            const double distance = std::hypot(drawn.x() - scenePosition.x(), drawn.y() - scenePosition.y());
            if (distance <= nearestDistance) {
                nearestDistance = distance;
                nearest = {index, points[i]};
            }
        }
    }
    return nearest;
}

} // namespace lr
