#pragma once

// What the header row of a CSV table says about its columns: which one holds the time, and
// whether the table is in the wide form (one series per other column) or the long form Grafana's
// "Series to rows" writes (Time, Series or Metric, Value: one series per distinct Series value).

#include <QByteArrayView>
#include <QStringList>

#include <vector>

namespace lr {

struct CsvColumnLayout
{
    // The header's names without blanks around them; "column N" for an empty one.
    QStringList headers;
    // Found by its name (time, timestamp, date, datetime, ts; any case), else the first column.
    qsizetype timeColumn = 0;
    // Long form only: where the series name and the value are.
    bool longForm = false;
    qsizetype seriesColumn = -1;
    qsizetype valueColumn = -1;

    qsizetype fieldCount() const { return headers.size(); }

    // The layout of the header row `fields`; false, with *error set, when it cannot be a table of
    // series (fewer than two columns).
    static bool fromHeader(const std::vector<QByteArrayView> &fields, CsvColumnLayout *layout, QString *error);
    // A table without a header: "column 1" (the time) to "column N".
    static CsvColumnLayout numbered(qsizetype fieldCount);
    // Whether a first row is data rather than a header: a time, then numbers (at least one; with
    // or without units, gaps allowed). No header of names reads so.
    static bool isDataRow(const std::vector<QByteArrayView> &fields);
};

} // namespace lr
