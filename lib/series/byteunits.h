#pragma once

// The one place that says what a memory unit means in input, and which memory sizes exist.
//
// The rules (README, "Memory data"):
// - MB, GB, TB, PB are powers of 10 (as Grafana and Prometheus show them); KiB, MiB, GiB, TiB, PiB
//   powers of 2.
// - kB (any case: kB, KB, kb, also K in a header) is 1024 bytes, because every memory tool that
//   writes it means KiB: /proc/PID/status (VmRSS ... kB), ps -o rss/vsz, top, free, smem. Grafana
//   writes KiB or kB only with its SI unit, which a memory panel seldom uses.
// - A column's header may name the unit: a suffix after "_", "-", "." or a space (rss_kb, heap_MB,
//   mem_bytes), or a unit in parentheses or brackets (rss (KiB), rss [kB]). A column named like a
//   tool's field takes that tool's unit: VmRSS, VmHWM and the other /proc/PID/status sizes are kB
//   (= KiB); ps's RSS, VSZ, RSZ and smem's USS, PSS are KiB; cgroup's memory.current, memory.peak,
//   memory.usage_in_bytes are bytes.
// - A cell's own unit ("512 MB") wins over the column's; a number without a unit anywhere is bytes,
//   and the import summary says "bytes assumed".
// - No memory holds more than 2^60 bytes (1 EiB): a larger value, or a negative, NaN or infinite
//   one, is refused.

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lr {

struct ByteUnit
{
    QString name;     // as the summary prints it: "bytes", "KiB", "MB"
    double bytes = 1; // bytes per unit
};

// How a column's numbers are read, and why: for the import summary.
struct ColumnUnit
{
    enum class Origin { Header, ToolField, Chosen, Assumed };
    ByteUnit unit;
    Origin origin = Origin::Assumed;
};

class ByteUnits
{
    Q_DECLARE_TR_FUNCTIONS(lr::ByteUnits)

public:
    // Larger than any memory: 2^60 bytes.
    static constexpr double kMaxBytes = 1152921504606846976.0;

    // The unit a name spells ("kB", "MiB", "bytes", "b"; any case), or nothing.
    static std::optional<ByteUnit> fromName(QByteArrayView name);
    // Its bytes per unit alone, for every cell of a table: no string is made.
    static bool bytesPerUnit(QByteArrayView name, double *bytes);
    // The unit a column header names (see the rules above); Assumed bytes when it names none.
    static ColumnUnit fromHeader(const QString &header);
    // What `--unit` or the editor's unit choice says: a unit name or a number of bytes ("1000").
    static std::optional<ByteUnit> fromChoice(const QString &text);
    // The names the user may choose from, smallest first.
    static QStringList choices();

    // Empty when `bytes` is a size memory can have; else why not ("1e+308 bytes: more than any
    // memory holds (2^60 bytes)").
    static QString implausible(double bytes);

    // `column "rss_kb": KiB (1024 bytes), from the header`, for the import summary; how the
    // column's cells spelled their numbers: with a unit of their own, without, or both.
    static QString describe(const QString &column, const ColumnUnit &unit, bool plainNumbers = true,
                            bool numbersWithUnits = false);
};

} // namespace lr
