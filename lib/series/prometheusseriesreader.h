#pragma once

#include "series/seriesimporter.h"

namespace lr {

// Prometheus HTTP API query_range JSON (resultType matrix).
// SKELETON: to be written (see SeriesImporter for the contract).
class PrometheusSeriesReader
{
public:
    static SeriesImportResult read(QIODevice &device, const QString &displayName);
};

} // namespace lr
