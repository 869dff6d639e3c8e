#pragma once

// Byte counts as tables write them: "123456789", "512 MB", "1.5 GiB", "830kB". A pure function,
// so that the CSV reader and its tests share one list of accepted spellings.

#include <QByteArrayView>

namespace lr {

enum class ByteCell { Sample, Gap, Negative, Invalid };

// A plain number, or one with a unit B, kB, MB, GB, TB, PB (powers of 10) or KiB, MiB, GiB, TiB,
// PiB (powers of 2), any case, an optional space between; blanks around are ignored. An empty
// cell, "null", "NaN" or "-" is a Gap: no sample. Sets `bytes` only for a Sample.
ByteCell parseByteCount(QByteArrayView text, double *bytes);

} // namespace lr
