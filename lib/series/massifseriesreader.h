#pragma once

#include "series/seriesinput.h"

#include <QCoreApplication>

namespace lr {

// valgrind massif output (massif.out.PID): one series, the memory of each snapshot (heap, heap
// admin overhead and stacks), times in the file's time_unit (instructions, ms or bytes
// allocated). The heap trees of detailed snapshots are skipped. See SeriesImporter for the
// contract.
class MassifSeriesReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::MassifSeriesReader)

public:
    static constexpr qsizetype kMaxLineBytes = lr::kMaxLineBytes;

    static SeriesImportResult read(QIODevice &device, const QString &displayName);
};

} // namespace lr
