#pragma once

// Byte counts as tables write them: "123456789", "512 MB", "1.5 GiB", "830kB". A pure function,
// so that the CSV reader and its tests share one list of accepted spellings.

#include <QByteArrayView>

namespace lr {

enum class ByteCell { Sample, Gap, Negative, Invalid };

// A plain number, or one with a unit (see byteunits.h: MB, GB, TB, PB are powers of 10, kB and
// KiB, MiB, GiB, TiB, PiB powers of 2), any case, an optional space between; blanks around are
// ignored. An empty cell, "null", "NaN" or "-" is a Gap: no sample. Sets `bytes` only for a
// Sample: the number times its unit; `hasUnit` says whether it had one (else the caller applies
// the column's).
ByteCell parseByteCount(QByteArrayView text, double *bytes, bool *hasUnit = nullptr);

} // namespace lr
