#pragma once

#include "series/seriesinput.h"

#include <QCoreApplication>

namespace lr {

// valgrind massif output (massif.out.PID): one series, the memory of each snapshot (heap, heap
// admin overhead and stacks), times in the file's time_unit (instructions, ms or bytes
// allocated). The heap trees of detailed snapshots are skipped. heaptrack_print --print-massif
// writes the same format with its header last and times in seconds (time_unit: s), which become
// milliseconds. See SeriesImporter for the contract.
class MassifSeriesReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::MassifSeriesReader)

public:
    static constexpr qsizetype kMaxLineBytes = lr::kMaxLineBytes;

    // Whether the first bytes of an input look like such a file.
    static bool looksLikeMassif(QByteArrayView head);
    static SeriesImportResult read(QIODevice &device, const QString &displayName);
};

} // namespace lr
