#include "series/csvseriesbuilder.h"

#include "series/asciitext.h"
#include "series/bytecount.h"
#include "series/csvseriesreader.h"
#include "series/epochtime.h"
#include "series/timeorder.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr int kMaxCellInMessage = 40;

QString quotedCell(QByteArrayView cell)
{
    const bool cut = cell.size() > kMaxCellInMessage;
    const QString text = QString::fromUtf8(cut ? cell.first(kMaxCellInMessage) : cell);
    return u'"' + text + (cut ? u"…\""_s : u"\""_s);
}

// The time of a row; false with *error set when it is none.
bool readTime(TimeTextParser &times, QByteArrayView cell, qint64 *time, QString *error)
{
    cell = ascii::trimmedBlanks(cell);
    if (cell.isEmpty()) {
        *error = CsvSeriesReader::tr("the time is empty");
        return false;
    }
    if (!times.parse(cell, time)) {
        *error = CsvSeriesReader::tr("%1 is not a time (ISO 8601 such as 2024-03-01T10:00:00Z, or epoch seconds or "
                                     "milliseconds)").arg(quotedCell(cell));
        return false;
    }
    return true;
}

} // namespace

CsvSeriesBuilder::CsvSeriesBuilder(const CsvColumnLayout &layout, const std::optional<ByteUnit> &chosen)
    : m_timeColumn(layout.timeColumn)
    , m_long(layout.longForm)
    , m_seriesColumn(layout.seriesColumn)
    , m_valueColumn(layout.valueColumn)
{
    if (m_long) {
        m_values.push_back(valueColumn(layout.headers[m_valueColumn], chosen));
        return;
    }
    m_columnOfField.assign(size_t(layout.fieldCount()), -1);
    for (qsizetype i = 0; i < layout.headers.size(); ++i) {
        if (i == m_timeColumn)
            continue;
        m_columnOfField[size_t(i)] = qsizetype(m_columns.size());
        m_columns.push_back({layout.headers[i], {}});
        m_values.push_back(valueColumn(layout.headers[i], chosen));
    }
}

CsvSeriesBuilder::ValueColumn CsvSeriesBuilder::valueColumn(const QString &header, const std::optional<ByteUnit> &chosen)
{
    ValueColumn column{header, ByteUnits::fromHeader(header)};
    if (chosen)
        column.unit = {*chosen, ColumnUnit::Origin::Chosen};
    return column;
}

QStringList CsvSeriesBuilder::unitNotes() const
{
    QStringList notes;
    for (const ValueColumn &column : m_values)
        notes.append(ByteUnits::describe(column.header, column.unit, column.plainNumbers, column.numbersWithUnits));
    return notes;
}

bool CsvSeriesBuilder::addRow(const std::vector<QByteArrayView> &fields, qint64 line)
{
    return m_long ? readLongRow(fields, line) : readWideRow(fields, line);
}

// Adds the cell's sample, if any, to `points`.
bool CsvSeriesBuilder::readValue(QByteArrayView cell, ValueColumn &column, std::vector<Point> &points, qint64 time,
                                 qint64 line)
{
    const QString &header = column.header;
    double bytes = 0;
    bool hasUnit = false;
    switch (parseByteCount(cell, &bytes, &hasUnit)) {
    case ByteCell::Sample:
        if (hasUnit) {
            column.numbersWithUnits = true;
        } else {
            column.plainNumbers = true;
            bytes *= column.unit.unit.bytes;
        }
        if (const QString why = ByteUnits::implausible(bytes); !why.isEmpty()) {
            m_error = CsvSeriesReader::tr("column \"%1\": %2 is %3").arg(header, quotedCell(ascii::trimmedBlanks(cell)), why);
            return false;
        }
        points.push_back({time, bytes, line});
        return true;
    case ByteCell::Gap:
        return true;
    case ByteCell::Negative:
        m_error = CsvSeriesReader::tr("column \"%1\": negative value %2").arg(header, quotedCell(ascii::trimmedBlanks(cell)));
        return false;
    case ByteCell::Invalid:
        break;
    }
    m_error = CsvSeriesReader::tr("column \"%1\": %2 is not a byte count (a number, optionally with a unit such as "
                                  "MB or GiB)").arg(header, quotedCell(ascii::trimmedBlanks(cell)));
    return false;
}

// Inline, like readLongRow(): they serve addRow() alone, which stays one call per row.
inline bool CsvSeriesBuilder::readWideRow(const std::vector<QByteArrayView> &fields, qint64 line)
{
    qint64 time = 0;
    if (!readTime(m_times, fields[size_t(m_timeColumn)], &time, &m_error))
        return false;
    for (size_t i = 0; i < fields.size(); ++i) {
        const qsizetype column = m_columnOfField[i];
        if (column < 0)
            continue;
        Column &target = m_columns[size_t(column)];
        if (!readValue(fields[i], m_values[size_t(column)], target.points, time, line))
            return false;
    }
    return true;
}

inline bool CsvSeriesBuilder::readLongRow(const std::vector<QByteArrayView> &fields, qint64 line)
{
    qint64 time = 0;
    if (!readTime(m_times, fields[size_t(m_timeColumn)], &time, &m_error))
        return false;
    const QByteArrayView name = ascii::trimmedBlanks(fields[size_t(m_seriesColumn)]);
    if (m_lastSeries < 0 || name != m_lastSeriesName) {
        m_lastSeriesName = name.toByteArray();
        const auto known = m_seriesIndex.constFind(m_lastSeriesName);
        if (known != m_seriesIndex.cend()) {
            m_lastSeries = *known;
        } else {
            m_lastSeries = qsizetype(m_columns.size());
            m_seriesIndex.insert(m_lastSeriesName, m_lastSeries);
            m_columns.push_back({QString::fromUtf8(name), {}});
        }
    }
    return readValue(fields[size_t(m_valueColumn)], m_values.front(), m_columns[size_t(m_lastSeries)].points, time, line);
}

void CsvSeriesBuilder::reserveRows(qsizetype rows)
{
    // Only for one value column: in a sparse wide table most cells are empty, and reserving a
    // sample for each would take 24 bytes for a cell of one.
    if (m_columns.size() == 1)
        m_columns.front().points.reserve(size_t(rows));
}

bool CsvSeriesBuilder::finish(QList<MemorySeries> *series)
{
    for (Column &column : m_columns) {
        MemorySeries one;
        one.name = column.header;
        one.source.format = u"csv"_s;
        one.source.query = column.header;
        const auto [kept, other] = appendInTimeOrder(column.points, one.samples);
        if (other) {
            const qint64 first = std::min(kept->line, other->line);
            const qint64 second = std::max(kept->line, other->line);
            m_errorLine = second;
            // One arg() call, so that a "%3" in the header stays as it is.
            m_error = CsvSeriesReader::tr("column \"%1\" has two different values for %2 (lines %3 and %4)")
                          .arg(column.header, isoTime(other->time), QString::number(first), QString::number(second));
            return false;
        }
        series->append(std::move(one));
        column.points = {};
    }
    return true;
}

} // namespace lr
