#pragma once

#include <QList>
#include <QString>

namespace lr {

// One measurement: when, and how many bytes were in use.
struct MemorySample
{
    // Milliseconds: since the Unix epoch (UTC) for wall-clock sources (CSV, Prometheus), since the
    // process started for trace-gc logs, or in massif's own time unit (see MemorySeries::timeUnit).
    qint64 time = 0;
    double bytes = 0;

    bool operator==(const MemorySample &other) const = default;
};

// One garbage collection of a --trace-gc log: when it ended its pause, how long the main thread
// stood still (the first figure of V8's "a / b ms"; b is the part of it spent in embedder
// callbacks), and which collector ran. Kept in the report so the pause statistics outlive the log.
struct GcPause
{
    enum class Kind { Minor, Full }; // Scavenge / Minor Mark-Compact; Mark-Compact / Mark-sweep
    qint64 time = 0;      // as the series' samples: milliseconds since the isolate started
    double pauseMs = 0;
    Kind kind = Kind::Minor;

    bool operator==(const GcPause &other) const = default;
};

// What a series stands for in the report: the before/after pair is what the statistics compare.
enum class SeriesRole { Before, After, Other };

// A Prometheus range query a series was fetched with, so that Refresh can run it again. Never
// holds credentials: the server URL is kept without user name and password.
struct LiveQuery
{
    QString server;     // base URL, as http(s)://host:port[/prefix]
    QString promql;     // the query as typed
    qint64 startMs = 0; // the range last fetched, milliseconds since the epoch
    qint64 endMs = 0;
    qint64 sinceMs = 0; // when set, the range is "the last sinceMs up to now" on every refresh
    qint64 stepMs = 0;  // the step last used
    bool stepChosen = false; // the user's step, rather than one chosen for the 11,000-point limit

    bool isSet() const { return !server.isEmpty(); }
    bool operator==(const LiveQuery &other) const = default;
};

// Where samples came from, so a reader of the report can fetch them again.
struct SeriesSource
{
    QString fileName; // as imported, without the directory
    QString format;   // "csv", "prometheus", "trace-gc", "massif"
    QString query;    // the CSV column, the Prometheus metric and labels, the massif command
    LiveQuery live;   // for series fetched from a server
    bool operator==(const SeriesSource &other) const = default;
};

// A named memory series, samples sorted by time (importers guarantee it).
struct MemorySeries
{
    // What sample times count: wall-clock or process milliseconds (almost always), or for massif
    // files profiled with --time-unit=i or B, instructions or bytes allocated. Rates per hour
    // exist only for milliseconds.
    enum class TimeUnit { Milliseconds, Instructions, BytesAllocated };

    QString name;
    SeriesRole role = SeriesRole::Other;
    TimeUnit timeUnit = TimeUnit::Milliseconds;
    QList<MemorySample> samples;
    SeriesSource source;
    // trace-gc series only: every GC's pause, and V8's last "average mu" (the share of time the
    // program ran between mark-compacts) when the log prints it, else -1.
    QList<GcPause> gcPauses;
    double v8AverageMu = -1;

    bool operator==(const MemorySeries &other) const = default;
};

// Byte units. One convention everywhere: MB is 10^6 bytes (as Grafana and Prometheus show them);
// MiB is 2^20 and is accepted on input only.
inline constexpr double kBytesPerMB = 1e6;
inline constexpr double kBytesPerGB = 1e9;

// The series of `role` (the first: adding one of role before or after replaces the one there was),
// or null.
const MemorySeries *seriesWithRole(const QList<MemorySeries> &series, SeriesRole role);
// Appends `added`; a series of role before or after takes the place of the one that had its role.
void addReplacingRole(QList<MemorySeries> &series, const MemorySeries &added);
// Whether there is anything to draw.
bool hasSamples(const QList<MemorySeries> &series);

QString roleName(SeriesRole role);              // "before", "after", "other"
bool roleFromName(const QString &name, SeriesRole *role);
QString timeUnitName(MemorySeries::TimeUnit unit); // "ms", "i", "B"
bool timeUnitFromName(const QString &name, MemorySeries::TimeUnit *unit);

} // namespace lr
