#pragma once

#include "heap/heapcomparison.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lr {

struct HeapSnapshot;

// What a snapshot's file says about it besides its JSON: when it was taken and its summary.
class HeapSnapshotFile
{
    Q_DECLARE_TR_FUNCTIONS(lr::HeapSnapshotFile)

public:
    // Node names its snapshots Heap-YYYYMMDD-HHMMSS-PID-THREAD-SEQ.heapsnapshot in local time;
    // the time in UTC, or nullopt for any other name.
    static std::optional<QDateTime> captureTimeFromName(const QString &fileName);

    // The summary the report keeps: capture time from the name, else the file's modification time.
    static HeapSnapshotSummary summarize(const QString &path, const HeapSnapshot &snapshot, qint64 fileBytes,
                                         const QString &sha256);

    // "file name" or "modification time", as the CLI and the editor say where a time came from.
    static QString sourceName(HeapSnapshotSummary::CaptureTimeSource source);
};

} // namespace lr
