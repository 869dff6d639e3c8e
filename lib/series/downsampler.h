#pragma once

#include "series/memoryseries.h"

#include <QList>

namespace lr {

// The samples worth drawing of the part of a series in view, so that a chart of a million
// samples paints a few thousand points without losing a peak.
class Downsampler
{
public:
    // `samples` sorted by time. [fromTime, toTime] (both inclusive) is split into `columns` equal
    // slices: a sample at time t falls in slice floor((t - fromTime) * columns / (toTime - fromTime)),
    // the one at toTime in the last. Each slice with samples gives its lowest and its highest
    // sample, in time order (one when they are the same sample; the first one wins ties). The
    // nearest sample before fromTime and the nearest after toTime are added when they exist, so
    // the line runs to the edges of the view. When fewer than 2 * columns samples are in view,
    // they are returned as they are (with the same edge neighbours).
    //
    // Out: sorted by time, input samples only, at most 2 * columns + 2 of them. Empty when
    // columns <= 0 or fromTime > toTime. One pass over the samples in view.
    static QList<MemorySample> minMaxPerColumn(const QList<MemorySample> &samples, qint64 fromTime, qint64 toTime,
                                               int columns);
};

} // namespace lr
