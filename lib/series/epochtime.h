#pragma once

// The time range every series reader accepts, and how messages write a time. Times are
// milliseconds since the Unix epoch, UTC.

#include <QString>

namespace lr {

// The years 1..9999, which every later computation (and QDateTime) handles.
inline constexpr qint64 kMinEpochMs = -62135596800000;
inline constexpr qint64 kMaxEpochMs = 253402300799999;
inline constexpr double kMinEpochSeconds = kMinEpochMs / 1000.0;
inline constexpr double kMaxEpochSeconds = kMaxEpochMs / 1000.0;

// "2024-03-01T10:00:00.000Z".
QString isoTime(qint64 msSinceEpoch);

} // namespace lr
