#pragma once

#include "series/seriesimporter.h"

#include <QCoreApplication>
#include <QByteArrayView>

namespace lr {

// CSV and TSV with a header row, as spreadsheets, scripts and Grafana's panel inspector
// ("Inspect > Data > Download CSV") write them.
//
// Wide form: one time column (found by its name: time, timestamp, date, datetime, ts; else the
// first column) and one series per other column, named by its header. Long form (Grafana's
// "Series to rows"): exactly the columns Time, Series (or Metric) and Value, one series per
// distinct Series value. The delimiter is the comma, tab or semicolon the header uses (or an
// Excel "sep=X" first line); quoting follows RFC 4180.
class CsvSeriesReader
{
    Q_DECLARE_TR_FUNCTIONS(lr::CsvSeriesReader)

public:
    static SeriesImportResult read(QIODevice &device, const QString &displayName);

    // The pieces a cell goes through, public so that tests can name every accepted spelling.

    // ISO 8601 date-time ("2024-03-01 10:00:00", "2024-03-01T10:00:00.250Z", "...+01:00"; no
    // offset means UTC), an RFC 2822 date, or a plain number of epoch seconds (below 1e11, may
    // have a fraction), milliseconds (below 1e14), microseconds (below 1e17) or nanoseconds.
    // Gives milliseconds since the Unix epoch.
    static bool parseTime(QByteArrayView text, qint64 *msSinceEpoch);

    enum class Cell { Sample, Gap, Negative, Invalid };
    // A byte count: a plain number, or one with a unit B, kB, MB, GB, TB, PB (powers of 10) or
    // KiB, MiB, GiB, TiB, PiB (powers of 2), any case, an optional space between. An empty cell,
    // "null", "NaN" or "-" is a Gap: no sample at that time.
    static Cell parseBytes(QByteArrayView text, double *bytes);
};

} // namespace lr
