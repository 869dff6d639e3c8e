#pragma once

#include "events/oomevent.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace lr {

struct OomImportResult
{
    QList<OomEvent> events;
    QString error;     // "kern.log:12: reason": nothing was imported
    QStringList notes; // how times were read, for the import summary
    bool ok() const { return error.isEmpty(); }
};

// Out-of-memory kills from the logs that record them, told apart line by line:
//   - the kernel (dmesg --time-format iso, dmesg -T, journalctl -k in its short, short-iso and
//     short-precise formats, Debian 12's /var/log/kern.log): "Out of memory: Killed process PID
//     (name) ..." and "Memory cgroup out of memory: ...", merged with the "oom-kill:constraint=...,
//     task_memcg=...,task=name,pid=PID" summary the kernel prints before it;
//   - Kubernetes: `kubectl describe pod` (a State or Last State "Terminated" with "Reason: OOMKilled",
//     at its "Finished" time) and `kubectl get events -o json` (reasons OOMKilling, SystemOOM, OOMKilled);
//   - Node: "FATAL ERROR: ... JavaScript heap out of memory", at the log's own timestamp when a
//     collector put one before the line, else at the process time of the last GC before it.
// Times without a zone are refused unless the format always means one (journalctl's short format
// has no year: `year` gives it, else the line is refused and says so).
class OomEventReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::OomEventReader)

public:
    struct Options
    {
        int year = 0; // for journalctl's "Dec 07 05:35:29"; 0: refuse such lines
    };

    static OomImportResult read(QIODevice &device, const QString &displayName, const Options &options);
    static OomImportResult read(QIODevice &device, const QString &displayName) { return read(device, displayName, Options()); }
};

} // namespace lr
