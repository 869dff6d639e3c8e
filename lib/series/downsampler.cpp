#include "series/downsampler.h"

namespace lr {

QList<MemorySample> Downsampler::minMaxPerColumn(const QList<MemorySample> &samples, qint64 fromTime, qint64 toTime,
                                                 int columns)
{
    Q_UNUSED(samples);
    Q_UNUSED(fromTime);
    Q_UNUSED(toTime);
    Q_UNUSED(columns);
    return {};
}

} // namespace lr
