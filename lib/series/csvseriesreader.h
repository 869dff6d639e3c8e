#pragma once

#include "series/seriesimporter.h"

namespace lr {

// CSV and TSV with a header row, including Grafana's panel CSV export.
// SKELETON: to be written (see SeriesImporter for the contract).
class CsvSeriesReader
{
public:
    static SeriesImportResult read(QIODevice &device, const QString &displayName);
};

} // namespace lr
