#pragma once

#include "events/oomevent.h"
#include "series/memoryseries.h"

#include <optional>

namespace lr {

// Where OOM events fall on the memory chart, whose x axis is the time since a series started.
// An event is placed on the series that shares its clock: wall-clock series (CSV, Prometheus) by
// the event's UTC time; a trace-gc series (milliseconds since its isolate started) by a Node
// crash's process time, when the pids agree. Events outside the series' span are not placed.
class OomMarkers
{
public:
    static std::optional<double> hoursInto(const MemorySeries &series, const OomEvent &event);
    // Every placeable event, on the before series (else the first series), in hours.
    static QList<double> onChart(const QList<MemorySeries> &series, const QList<OomEvent> &events);
};

} // namespace lr
