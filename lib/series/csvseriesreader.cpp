#include "series/csvseriesreader.h"

#include "series/asciitext.h"
#include "series/bytecount.h"
#include "series/csvcolumnlayout.h"
#include "series/csvrecordreader.h"
#include "series/csvseriesbuilder.h"
#include "series/seriesinput.h"
#include "series/timetextparser.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

qsizetype lineEnd(QByteArrayView text, qsizetype from)
{
    const qsizetype at = text.indexOf('\n', from);
    return at < 0 ? text.size() : at;
}

// One import: where the table starts and its delimiter, the header, the rows, then the series.
// Errors stop it at the first problem.
class CsvImport
{
public:
    CsvImport(const QString &displayName, const std::optional<ByteUnit> &unit) : m_displayName(displayName), m_unit(unit) {}

    // `data` is released once its rows are read, before the series are sorted.
    SeriesImportResult run(QByteArray &data)
    {
        QByteArrayView text = data;
        if (text.startsWith("\xEF\xBB\xBF"))
            text = text.sliced(3);
        if (text.trimmed().isEmpty())
            return failure(1, CsvSeriesReader::tr("empty input"));

        qsizetype start = 0;
        qint64 linesBefore = 0;
        while (start < text.size()) { // blank lines before the header
            const qsizetype end = lineEnd(text, start);
            if (!text.sliced(start, end - start).trimmed().isEmpty())
                break;
            start = end + 1;
            ++linesBefore;
        }
        QByteArrayView firstLine = text.sliced(start, lineEnd(text, start) - start);
        if (firstLine.endsWith('\r'))
            firstLine.chop(1);
        char delimiter = 0;
        if (firstLine.size() == 5 && firstLine.startsWith("sep=")) { // Excel's hint (Grafana writes it too)
            delimiter = firstLine[4];
            ++linesBefore;
            if (delimiter != ',' && delimiter != ';' && delimiter != '\t')
                return failure(linesBefore, CsvSeriesReader::tr("\"sep=\" names a delimiter other than comma, tab or semicolon"));
            start = lineEnd(text, start) + 1;
        } else {
            if (firstLine.size() > kMaxLineBytes)
                return failure(linesBefore + 1, CsvSeriesReader::tr("line %1 is longer than 1 MiB").arg(linesBefore + 1));
            delimiter = CsvRecordReader::detectDelimiter(firstLine);
        }
        CsvRecordReader records(text, start, linesBefore, delimiter ? delimiter : ',');
        const CsvRecordReader::Status headerStatus = records.next();
        if (headerStatus == CsvRecordReader::Status::Error)
            return failure(records.errorLine(), records.errorReason());
        if (headerStatus == CsvRecordReader::Status::End)
            return failure(linesBefore + 1, CsvSeriesReader::tr("no header row"));
        const qint64 headerLine = records.recordLine();
        CsvColumnLayout layout;
        QString error;
        // A log of "time,value" lines has no header: its first row is a sample like the others.
        const bool headerless = CsvColumnLayout::isDataRow(records.fields());
        if (headerless)
            layout = CsvColumnLayout::numbered(qsizetype(records.fields().size()));
        else if (!CsvColumnLayout::fromHeader(records.fields(), &layout, &error))
            return failure(headerLine, error);

        CsvSeriesBuilder builder(layout, m_unit);
        builder.reserveRows(text.sliced(start).count('\n') + 1); // no doubling of millions of samples
        qint64 rows = 0;
        if (headerless) {
            if (!builder.addRow(records.fields(), headerLine))
                return failure(headerLine, builder.error());
            ++rows;
        }
        for (;;) {
            const CsvRecordReader::Status status = records.next();
            if (status == CsvRecordReader::Status::End)
                break;
            if (status == CsvRecordReader::Status::Error)
                return failure(records.errorLine(), records.errorReason());
            const std::vector<QByteArrayView> &fields = records.fields();
            if (fields.size() != size_t(layout.fieldCount())) {
                return failure(records.recordLine(),
                               CsvSeriesReader::tr("%1 fields in the header, %2 in this row").arg(layout.fieldCount())
                                   .arg(fields.size()));
            }
            if (!builder.addRow(fields, records.recordLine()))
                return failure(records.recordLine(), builder.error());
            ++rows;
        }
        if (rows == 0)
            return failure(headerLine, CsvSeriesReader::tr("only a header, no data rows"));
        data = QByteArray();
        SeriesImportResult result;
        if (!builder.finish(&result.series))
            return failure(builder.errorLine(), builder.error());
        if (!hasSamples(result.series))
            return failure(headerLine, CsvSeriesReader::tr("no samples: every value cell is empty"));
        if (headerless) {
            result.notes.append(CsvSeriesReader::tr("no header row: line %1 holds a time and numbers, so it is read as "
                                                    "data; the time is column 1").arg(headerLine));
        }
        result.notes.append(builder.unitNotes());
        return result;
    }

private:
    SeriesImportResult failure(qint64 line, const QString &reason) const
    {
        return importFailure(m_displayName, line, reason);
    }

    QString m_displayName;
    std::optional<ByteUnit> m_unit;
};

} // namespace

SeriesImportResult CsvSeriesReader::read(QIODevice &device, const QString &displayName, const std::optional<ByteUnit> &unit)
{
    QByteArray data;
    if (!readLimited(device, &data))
        return tooLargeFailure(displayName);
    return CsvImport(displayName, unit).run(data);
}

bool CsvSeriesReader::parseTime(QByteArrayView text, qint64 *msSinceEpoch)
{
    return TimeTextParser().parse(ascii::trimmedBlanks(text), msSinceEpoch);
}

CsvSeriesReader::Cell CsvSeriesReader::parseBytes(QByteArrayView text, double *bytes)
{
    return parseByteCount(text, bytes);
}

} // namespace lr
