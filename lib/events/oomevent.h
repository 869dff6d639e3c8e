#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace lr {

// One out-of-memory kill, as the log that recorded it tells it. The report keeps these (the
// native file's "oomEvents"), so its OOM counts can be checked without the logs.
struct OomEvent
{
    enum class Source { Kernel, Kubernetes, Node };

    Source source = Source::Kernel;
    QDateTime time;            // UTC; invalid when the log gives only the process time (Node)
    qint64 processTimeMs = -1; // Node: ms since the isolate started, at the last GC before the crash
    int occurrences = 1;       // kubectl events count repeats of one event; all at `time`
    QString process;           // the killed command ("node"), or the container
    qint64 pid = -1;
    QString where;             // cgroup, "namespace/pod", host
    QString detail;            // what else the log says: "anon-rss 812 MB", "exit code 137"
    QString fileName;          // the log it came from, without the directory
    qint64 line = 0;           // and its line

    bool operator==(const OomEvent &other) const = default;
};

QString sourceName(OomEvent::Source source); // "kernel", "kubernetes", "node"
bool sourceFromName(const QString &name, OomEvent::Source *source);

// "OOM kill: node (pid 1234) killed by the kernel, /system.slice/api.service", as timeline rows
// and summaries say it (without the time, which they print in their own place).
QString describeEvent(const OomEvent &event);

} // namespace lr
