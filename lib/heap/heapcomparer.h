#pragma once

#include "heap/heapcomparison.h"

#include <functional>
#include <optional>

namespace lr {

// Reads two or three V8 heap snapshots and compares them (DevTools Comparison for two, the
// three-snapshot technique for three), with retained sizes and retainer paths from the last one.
// Runs on any thread; the editor calls it from a worker.
class HeapComparer
{
public:
    // Called now and then with the share of the work done (0..1); returning false cancels.
    using ProgressCallback = std::function<bool(double fractionDone)>;

    // nullopt with `*error` set ("file: reason") when a file cannot be read or the user cancelled.
    static std::optional<HeapComparison> compare(const QStringList &snapshotFiles, QString *error,
                                                 const ProgressCallback &progress = {});
};

} // namespace lr
