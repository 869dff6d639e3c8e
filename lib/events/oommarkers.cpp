#include "events/oommarkers.h"

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr double kMsPerHour = 3600.0 * 1000.0;

// The pid of a trace-gc series: its query is the isolate, "pid:address" or a bare pid.
qint64 pidOf(const MemorySeries &series)
{
    bool ok = false;
    const qint64 pid = series.source.query.section(u':', 0, 0).toLongLong(&ok);
    return ok ? pid : -1;
}
} // namespace

std::optional<double> OomMarkers::hoursInto(const MemorySeries &series, const OomEvent &event)
{
    if (series.samples.isEmpty() || series.timeUnit != MemorySeries::TimeUnit::Milliseconds)
        return std::nullopt;
    const qint64 start = series.samples.constFirst().time;
    const qint64 end = series.samples.constLast().time;
    std::optional<qint64> at;
    if (series.source.format == u"trace-gc") {
        if (event.processTimeMs >= 0 && (event.pid < 0 || pidOf(series) < 0 || event.pid == pidOf(series)))
            at = event.processTimeMs;
    } else if (series.source.format != u"massif" && event.time.isValid()) {
        at = event.time.toMSecsSinceEpoch();
    }
    if (!at || *at < start || *at > end)
        return std::nullopt;
    return double(*at - start) / kMsPerHour;
}

QList<double> OomMarkers::onChart(const QList<MemorySeries> &series, const QList<OomEvent> &events)
{
    const MemorySeries *reference = seriesWithRole(series, SeriesRole::Before);
    if (!reference && !series.isEmpty())
        reference = &series.first();
    QList<double> hours;
    if (!reference)
        return hours;
    for (const OomEvent &event : events) {
        if (const std::optional<double> at = hoursInto(*reference, event))
            hours.append(*at);
    }
    return hours;
}

} // namespace lr
