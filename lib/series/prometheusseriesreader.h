#pragma once

#include "series/seriesimporter.h"

#include <QCoreApplication>

namespace lr {

// The JSON a Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics) answers
// to /api/v1/query_range: {"status":"success","data":{"resultType":"matrix","result":[...]}}.
// The "data" object alone (as `jq .data` leaves it) is read too.
//
// One series per result element, named like PromQL writes a selector: the metric name, then the
// other labels sorted by key. Times are Unix seconds; the values are strings, of which NaN
// (Prometheus' staleness marker) and ±Inf are skipped.
class PrometheusSeriesReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::PrometheusSeriesReader)

public:
    static SeriesImportResult read(QIODevice &device, const QString &displayName);
    // A response already in memory (no BOM, not empty), as the HTTP client receives it.
    static SeriesImportResult readJson(const QByteArray &json, const QString &displayName);
};

} // namespace lr
