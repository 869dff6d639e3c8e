#pragma once

#include "model/reportcontent.h"

#include <QDateTime>

namespace lr::test {

// A garbage-collected heap sampled once a minute from `start` for `hours`: a floor of `startMB`
// rising `mbPerHour`, a sawtooth of `swingMB` every `periodMinutes`, and ±0.5 MB of jitter.
// Wall-clock times, as a CSV import gives them.
MemorySeries heapSeries(const QDateTime &start, double hours, double startMB, double mbPerHour, double swingMB = 6,
                        int periodMinutes = 15, SeriesRole role = SeriesRole::Before);

// The sample report with the data its numbers were taken from: a before series (2026-11-18 00:00
// UTC, 8 h, 38 MB/hour from 191 MB: baseline ~213, after 6 h ~422) and an after series (from
// 2026-11-19 14:30 UTC, 7 h, 0.65 MB/hour from 205 MB). Every typed claim agrees with them.
ReportContent sampleWithSeries();

} // namespace lr::test
