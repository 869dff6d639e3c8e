#pragma once

#include "series/seriesimporter.h"

namespace lr {

// valgrind massif output (massif.out.PID).
// SKELETON: to be written (see SeriesImporter for the contract).
class MassifSeriesReader
{
public:
    static SeriesImportResult read(QIODevice &device, const QString &displayName);
};

} // namespace lr
