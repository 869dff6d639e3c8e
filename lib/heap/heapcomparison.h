#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace lr {

// What the report keeps of one heap snapshot: a summary and a fingerprint, never the snapshot
// itself, so the report reopens without the file. Sizes are bytes; the report prints MB (10^6).
struct HeapSnapshotSummary
{
    enum class CaptureTimeSource { FileName, ModificationTime };

    QString fileName;    // as the user knows it, without the folder
    qint64 fileBytes = 0;
    qint64 heapBytes = 0; // sum of the self sizes of all nodes
    qint64 nodeCount = 0;
    QDateTime capturedAt; // UTC
    CaptureTimeSource capturedAtSource = CaptureTimeSource::ModificationTime;
    QString sha256;       // lower-case hex of the file's bytes

    bool operator==(const HeapSnapshotSummary &) const = default;
};

// One step of a retainer path from the GC roots: the edge's name as DevTools prints it
// ("redisBus", "_events", "'reconnect'", "[12]") and the node it leads to ("(closure)",
// "SessionContext").
struct RetainerStep
{
    QString edge;
    QString node;

    bool operator==(const RetainerStep &) const = default;
};

// One constructor group of a DevTools-style Comparison (two snapshots) or of the three-snapshot
// technique (three snapshots: objects allocated between S1 and S2 that are still alive in S3).
// Two snapshots: new/deleted/alloc/freed between S1 and S2, countDelta = new - deleted,
// sizeDelta = alloc - freed. Three: newCount and allocBytes are the leak candidates (allocated
// between S1 and S2, alive in S3; bytes as in S3), deletedCount and freedBytes the short-lived
// objects (allocated between S1 and S2, gone by S3; bytes as in S2), countDelta = newCount and
// sizeDelta = allocBytes. retainedBytes and retainerPath are those of the new objects (two) or
// the candidates (three) in the last snapshot; a group with none has 0 and an empty path.
struct HeapClassDelta
{
    QString name;           // constructor name, or DevTools' group: "(closure)", "(string)", "(array)", "(system)", ...
    qint64 newCount = 0;
    qint64 deletedCount = 0;
    qint64 countDelta = 0;
    qint64 allocBytes = 0;
    qint64 freedBytes = 0;
    qint64 sizeDelta = 0;
    qint64 retainedBytes = 0; // of the group's new objects / candidates in the last snapshot, from its dominator tree
    QList<RetainerStep> retainerPath; // shortest path from "(GC roots)" to a representative object

    bool operator==(const HeapClassDelta &) const = default;
};

// The result of comparing two or three snapshots, what `snapshots compare --json` prints and what
// Fill From Snapshots writes into the Investigation sections.
struct HeapComparison
{
    QList<HeapSnapshotSummary> snapshots; // in the order given: S1, S2[, S3]
    QList<HeapClassDelta> classes;        // largest sizeDelta first

    bool usesThreeSnapshotTechnique() const { return snapshots.size() == 3; }
    bool operator==(const HeapComparison &) const = default;
};

} // namespace lr
