#include "series/seriesstatistics.h"

namespace lr {

std::optional<SeriesStatistics> SeriesStatistics::compute(const MemorySeries &series)
{
    Q_UNUSED(series);
    return std::nullopt;
}

SeriesImprovement SeriesImprovement::between(const SeriesStatistics &before, const SeriesStatistics &after)
{
    Q_UNUSED(before);
    Q_UNUSED(after);
    return {};
}

} // namespace lr
