#pragma once

#include "series/bytecount.h"
#include "series/byteunits.h"
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
    // `unit`, when set, is the unit of every number without one of its own (see byteunits.h for
    // the units headers and cells may name). A first row of numbers is data, not a header.
    static SeriesImportResult read(QIODevice &device, const QString &displayName,
                                   const std::optional<ByteUnit> &unit = std::nullopt);

    // The pieces a cell goes through, public so that tests can name every accepted spelling.
    // The reading itself is split over csvrecordreader.h (records and fields), csvcolumnlayout.h
    // (the header) and csvseriesbuilder.h (rows into series).

    // A time cell (ISO 8601, RFC 2822, or epoch seconds to nanoseconds; see timetextparser.h) as
    // milliseconds since the Unix epoch. Blanks around it are ignored.
    static bool parseTime(QByteArrayView text, qint64 *msSinceEpoch);

    // A byte count, with or without a unit such as MB or GiB, or a gap (see bytecount.h).
    using Cell = ByteCell;
    static Cell parseBytes(QByteArrayView text, double *bytes);
};

} // namespace lr
