#pragma once

#include "series/seriesimporter.h"

namespace lr {

// Node.js --trace-gc logs: heap used after each Scavenge / Mark-Compact.
// SKELETON: to be written (see SeriesImporter for the contract).
class TraceGcSeriesReader
{
public:
    static SeriesImportResult read(QIODevice &device, const QString &displayName);
};

} // namespace lr
