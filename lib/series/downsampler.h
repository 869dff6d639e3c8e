#pragma once

#include "series/memoryseries.h"

#include <QList>
#include <QPointF>

namespace lr {

// SKELETON: to be written. Points to draw for the visible part of a series.
class Downsampler
{
public:
    static QList<QPointF> minMaxPerColumn(const QList<MemorySample> &samples, qint64 fromTime, qint64 toTime, int columns);
};

} // namespace lr
