#include "live/seriesrefresh.h"

namespace lr {

bool SeriesRefresh::apply(MemorySeries *series, const SeriesImportResult &answer, const LiveQuery &sent, QString *error)
{
    if (!answer.ok()) {
        *error = answer.error;
        return false;
    }
    const MemorySeries *match = answer.series.size() == 1 ? &answer.series.first() : nullptr;
    for (const MemorySeries &candidate : answer.series) {
        if (candidate.name == series->source.query)
            match = &candidate;
    }
    if (!match) {
        *error = tr("the query now returns %n series, none of them %1", nullptr, int(answer.series.size()))
                     .arg(series->source.query);
        return false;
    }
    series->samples = match->samples;
    series->source.live = sent;
    return true;
}

} // namespace lr
