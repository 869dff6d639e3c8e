#pragma once

#include "series/seriesinput.h"

#include <QCoreApplication>

#include <optional>

namespace lr {

// Node.js (V8) --trace-gc logs: the heap in use after each Scavenge, Mark-Compact or Mark-sweep
// (or, from --trace-gc-nvp logs, the total_size_after of each GC, in bytes), and each GC's pause
// (MemorySeries::gcPauses) with V8's last average mutator utilisation,
// one series per isolate (the "[pid:0xaddress]" prefix), times in milliseconds since the isolate
// started. Everything else in the log (the application's own output, stack traces) is skipped;
// the "Last few GCs" block of an out-of-memory crash repeats earlier lines and is not read twice.
// See SeriesImporter for the contract.
class TraceGcSeriesReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::TraceGcSeriesReader)

public:
    // V8 prints MB meaning 2^20 bytes.
    static constexpr double kBytesPerV8MB = 1024.0 * 1024.0;
    static constexpr qsizetype kMaxLineBytes = lr::kMaxLineBytes;

    static SeriesImportResult read(QIODevice &device, const QString &displayName);

    // One well-formed GC line, as GcLogExcerpt weighs it; null for any other line.
    struct GcLine
    {
        qint64 timeMs = 0;
        double pauseMs = -1; // -1: no pause printed
        GcPause::Kind kind = GcPause::Kind::Minor;
    };
    static std::optional<GcLine> gcLine(QByteArrayView line);
};

} // namespace lr
