#include "series/seriesstatistics.h"

namespace lr {

std::optional<SeriesStatistics> SeriesStatistics::compute(const MemorySeries &series)
{
    Q_UNUSED(series);
    return std::nullopt;
}

} // namespace lr
