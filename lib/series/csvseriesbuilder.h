#pragma once

// The series of a CSV table, built row by row: reads each data row's time and byte cells, gives
// their samples to the series they belong to (a column in the wide form, a Series value in the
// long form), and at the end puts every series in time order.

#include "series/byteunits.h"
#include "series/csvcolumnlayout.h"
#include "series/memoryseries.h"
#include "series/timetextparser.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace lr {

class CsvSeriesBuilder
{
public:
    // `chosen`, when set, is the unit of every number without one of its own, whatever the
    // headers say.
    explicit CsvSeriesBuilder(const CsvColumnLayout &layout, const std::optional<ByteUnit> &chosen = std::nullopt);

    // Adds the samples of one data row, which has as many fields as the header. False, with
    // error() set, at the first cell that is not a time or a byte count.
    bool addRow(const std::vector<QByteArrayView> &fields, qint64 line);
    // Room for `rows` samples in a table with one value column, so that millions of samples are
    // not copied as their vector doubles (that copy was the peak memory of a 150 MB import).
    void reserveRows(qsizetype rows);

    // Every series in the order its column or name first came, samples sorted by time (stable),
    // repeated rows once. False, with error() and errorLine() set, when a series has two
    // different values for one time. Frees the collected points as it goes.
    bool finish(QList<MemorySeries> *series);

    // The unit each value column was read in, one line per column, for the import summary.
    QStringList unitNotes() const;

    const QString &error() const { return m_error; }
    qint64 errorLine() const { return m_errorLine; }

private:
    struct Point
    {
        qint64 time;
        double bytes;
        qint64 line;
    };
    // What one series collects while the rows go by.
    struct Column
    {
        QString header;
        std::vector<Point> points;
    };
    // A column of values: its unit, and how its cells wrote their numbers.
    struct ValueColumn
    {
        QString header;
        ColumnUnit unit;
        bool plainNumbers = false;
        bool numbersWithUnits = false;
    };
    static ValueColumn valueColumn(const QString &header, const std::optional<ByteUnit> &chosen);

    bool readWideRow(const std::vector<QByteArrayView> &fields, qint64 line);
    bool readLongRow(const std::vector<QByteArrayView> &fields, qint64 line);
    bool readValue(QByteArrayView cell, ValueColumn &column, std::vector<Point> &points, qint64 time, qint64 line);

    QString m_error;
    qint64 m_errorLine = 0;
    qsizetype m_timeColumn = 0;
    TimeTextParser m_times;
    std::vector<Column> m_columns;
    // Wide form: one per series, in the same order; long form: the Value column alone.
    std::vector<ValueColumn> m_values;
    // Wide form: the series each field feeds (-1 for the time).
    std::vector<qsizetype> m_columnOfField;
    // Long form: where the series name and the value are; series by name.
    bool m_long = false;
    qsizetype m_seriesColumn = -1;
    qsizetype m_valueColumn = -1;
    QHash<QByteArray, qsizetype> m_seriesIndex;
    QByteArray m_lastSeriesName;
    qsizetype m_lastSeries = -1;
};

} // namespace lr
