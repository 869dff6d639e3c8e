#pragma once

#include <QtGlobal>

namespace lr {

// The file size limits, in one place (the README states them). What one command writes, every
// command must open: a report is refused before it is written when it would be larger than
// opening accepts, and a samples file may be no larger than a report, because its samples are
// stored in fewer bytes than their text (measured: 0.3x a Grafana CSV, 0.7x a CSV of fractional
// values), so any accepted input fits in a report.
inline constexpr qint64 kMaxReportFileSize = qint64(256) * 1024 * 1024;  // .leakreport files, and recovery copies
inline constexpr qint64 kMaxSeriesInputSize = qint64(256) * 1024 * 1024; // CSV, Prometheus JSON, GC logs, massif

} // namespace lr
