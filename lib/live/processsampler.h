#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lr {

// The memory figures of one process at one moment, in bytes; a figure the kernel did not give is
// empty (PSS needs smaps_rollup, Linux 4.14; the cgroup's figure needs cgroup v2 and a cgroup
// other than the root).
struct ProcessMemory
{
    std::optional<double> rss;       // resident set: what `ps` and `top` show
    std::optional<double> pss;       // proportional set: shared pages divided among their users
    std::optional<double> anonymous; // heap, stacks, private mappings: where a leak grows
    std::optional<double> cgroup;    // the cgroup's memory.current: what the OOM killer compares
};

// Which figure becomes a recording's series. Rss is the default: every tool and dashboard shows it.
enum class ProcessMetric { Rss, Pss, Anonymous, Cgroup };

// The one place that names the metrics: the command line's --metric values, the editor's choice,
// the series' names, and where each figure is read from.
struct ProcessMetrics
{
    Q_DECLARE_TR_FUNCTIONS(lr::ProcessMetrics)

public:
    static constexpr ProcessMetric kAll[] = {ProcessMetric::Rss, ProcessMetric::Pss, ProcessMetric::Anonymous,
                                             ProcessMetric::Cgroup};
    static QString name(ProcessMetric metric);  // "rss", "pss", "anon", "cgroup"
    static bool fromName(const QString &name, ProcessMetric *metric);
    static QString label(ProcessMetric metric); // "RSS", "PSS", "Anonymous", "cgroup memory.current"
    static std::optional<double> valueOf(const ProcessMemory &memory, ProcessMetric metric);
};

// Reads a process's memory from procfs: RSS, PSS and anonymous memory from /proc/PID/smaps_rollup,
// else RSS and anonymous memory from /proc/PID/status; and memory.current of its cgroup v2 group
// (found through /proc/PID/cgroup). Sizes there are "kB", which the kernel means as KiB: each is
// converted by the unit it carries, and an unknown unit is an error, not a guess.
class ProcessSampler
{
    Q_DECLARE_TR_FUNCTIONS(lr::ProcessSampler)

public:
    explicit ProcessSampler(qint64 pid, const QString &procRoot = QStringLiteral("/proc"),
                            const QString &cgroupRoot = QStringLiteral("/sys/fs/cgroup"));

    qint64 pid() const { return m_pid; }
    enum class Outcome { Sampled, Exited, Unreadable };
    // Exited when the process is gone (or a zombie: it has no memory left); Unreadable names the
    // file and the reason in `error` (another user's process, an unknown unit).
    Outcome sample(ProcessMemory *memory, QString *error);
    // Where the figures come from, for the recording's source: "/proc/42/smaps_rollup, /sys/fs/cgroup/x/memory.current".
    QString sourceDescription() const;
    // Whether the process exists now (its /proc folder does).
    bool exists() const;

    // The parsers, on a file's text. False (and `error` with the line) on a size in a unit that is not kB.
    static bool parseSmapsRollup(QByteArrayView text, ProcessMemory *memory, QString *error);
    static bool parseStatus(QByteArrayView text, ProcessMemory *memory, QString *error);
    // The cgroup v2 path ("0::/system.slice/x.service") from /proc/PID/cgroup; empty for the root
    // group or a cgroup v1 only system.
    static QString cgroupV2Path(QByteArrayView text);

private:
    bool readCgroup(ProcessMemory *memory);

    qint64 m_pid;
    QString m_procFolder;
    QString m_cgroupRoot;
    QString m_memoryCurrent; // found on the first sample; empty when there is none
    bool m_cgroupLooked = false;
    bool m_smapsMissing = false; // kernels before 4.14: read status instead
};

} // namespace lr
