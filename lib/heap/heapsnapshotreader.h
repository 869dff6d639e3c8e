#pragma once

#include "heap/heapsnapshot.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace lr {

// How to read: progress and cancel, and the memory the reader may use.
struct HeapSnapshotReadOptions
{
    // Called now and then with the share of the file done (0..1); returning false cancels.
    std::function<bool(double fractionDone)> progress;
    // The memory the reader may use; 0: what the machine has available now.
    qint64 memoryLimitBytes = 0;
};

struct HeapSnapshotReadResult
{
    std::optional<HeapSnapshot> snapshot;
    qint64 fileBytes = 0;
    QString sha256; // lower-case hex of the file's bytes, hashed while they are read
    QString error;
    bool cancelled = false;
    bool ok() const { return snapshot.has_value(); }
};

// Reads a V8 .heapsnapshot (Node's v8.writeHeapSnapshot(), --heapsnapshot-signal,
// --heapsnapshot-near-heap-limit, Chrome DevTools' Save profile) with simdjson into a
// HeapSnapshot of flat arrays. The field layout is taken from snapshot.meta; locations and the
// allocation trace sections are optional and skipped. Errors read "FILE: reason": not a heap
// snapshot, truncated at byte N, unknown meta, a bad value at nodes[i] / edges[i], not enough
// memory (refused before reading when the file cannot be held, with the numbers).
class HeapSnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::HeapSnapshotReader)

public:
    using ProgressCallback = std::function<bool(double fractionDone)>;
    using Options = HeapSnapshotReadOptions;
    using Result = HeapSnapshotReadResult;

    static Result readFile(const QString &path, const Options &options = {});
    // The same from bytes in memory (tests, fuzzing); `displayName` stands for the file in errors.
    static Result readBytes(const QByteArray &bytes, const QString &displayName, const Options &options = {});

    // The memory reading a file of `fileBytes` takes at its peak (the bytes, simdjson's index of
    // them and the arrays), measured on Node snapshots; what the refusal and the README use.
    static qint64 peakMemoryFor(qint64 fileBytes);
    // The largest file simdjson can parse as one document.
    static qint64 maxFileBytes();
};

} // namespace lr
