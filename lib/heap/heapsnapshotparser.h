#pragma once

#include "heap/heapsnapshot.h"

#include <QString>

#include <cstddef>
#include <functional>

namespace lr {

// The JSON side of HeapSnapshotReader: walks one padded document with simdjson's On-Demand API
// (no DOM: the big number arrays go straight into the snapshot's columns) and checks what the
// analysis relies on (every index in range, edge counts adding up). Internal to lib/heap.
class HeapSnapshotParser
{
public:
    // `data` must be followed by simdjson::SIMDJSON_PADDING readable bytes.
    HeapSnapshotParser(const char *data, size_t size, const QString &displayName,
                       std::function<bool(double)> progress);
    ~HeapSnapshotParser();

    bool parse(HeapSnapshot &snapshot);
    QString error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }

private:
    struct State;
    const char *m_data;
    size_t m_size;
    QString m_name;
    std::function<bool(double)> m_progress;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace lr
