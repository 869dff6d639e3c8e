#pragma once

#include <QString>

#include <optional>

namespace lr {

// Durations as Prometheus and Go spell them, which is what an SRE types: "100ms", "1s", "1.5s",
// "10m", "2h", "1d", "1h30m"; a bare number is seconds. Empty for anything else, or for zero.
std::optional<qint64> durationMs(const QString &text);

} // namespace lr
