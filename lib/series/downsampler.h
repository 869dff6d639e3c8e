#pragma once

#include "series/memoryseries.h"

#include <QList>

namespace lr {

// SKELETON: to be written. The samples worth drawing of the part of a series in view: for each
// of `columns` equal slices of [fromTime, toTime], the lowest and the highest sample (in time
// order), so peaks survive; plus the nearest sample on either side of the range so the line
// runs to the edges. Input sorted by time; at most 2 * columns + 2 samples out.
class Downsampler
{
public:
    static QList<MemorySample> minMaxPerColumn(const QList<MemorySample> &samples, qint64 fromTime, qint64 toTime,
                                               int columns);
};

} // namespace lr
