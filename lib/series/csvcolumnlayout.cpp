#include "series/csvcolumnlayout.h"

#include "series/asciitext.h"
#include "series/bytecount.h"
#include "series/timetextparser.h"
#include "series/csvseriesreader.h"

using namespace Qt::StringLiterals;

namespace lr {

namespace {

bool isTimeHeader(const QString &header)
{
    static const QStringList names = {u"time"_s, u"timestamp"_s, u"date"_s, u"datetime"_s, u"ts"_s};
    for (const QString &name : names) {
        if (header.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

bool CsvColumnLayout::fromHeader(const std::vector<QByteArrayView> &fields, CsvColumnLayout *layout, QString *error)
{
    if (fields.size() < 2) {
        *error = CsvSeriesReader::tr("the header has one column; a time column and at least one value column are "
                                     "needed, separated by commas, tabs or semicolons");
        return false;
    }
    QStringList &headers = layout->headers;
    headers.clear();
    for (const QByteArrayView field : fields) {
        const QString header = QString::fromUtf8(ascii::trimmedBlanks(field));
        headers.append(header.isEmpty() ? u"column %1"_s.arg(headers.size() + 1) : header);
    }
    layout->timeColumn = 0;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (isTimeHeader(headers[i])) {
            layout->timeColumn = i;
            break;
        }
    }
    layout->longForm = false;
    layout->seriesColumn = -1;
    layout->valueColumn = -1;
    if (headers.size() == 3 && isTimeHeader(headers[layout->timeColumn])) {
        qsizetype seriesColumn = -1;
        qsizetype valueColumn = -1;
        for (qsizetype i = 0; i < 3; ++i) {
            if (headers[i].compare("series"_L1, Qt::CaseInsensitive) == 0
                || headers[i].compare("metric"_L1, Qt::CaseInsensitive) == 0)
                seriesColumn = i;
            else if (headers[i].compare("value"_L1, Qt::CaseInsensitive) == 0)
                valueColumn = i;
        }
        if (seriesColumn >= 0 && valueColumn >= 0) {
            layout->longForm = true;
            layout->seriesColumn = seriesColumn;
            layout->valueColumn = valueColumn;
        }
    }
    return true;
}

CsvColumnLayout CsvColumnLayout::numbered(qsizetype fieldCount)
{
    CsvColumnLayout layout;
    for (qsizetype i = 0; i < fieldCount; ++i)
        layout.headers.append(u"column %1"_s.arg(i + 1));
    return layout;
}

bool CsvColumnLayout::isDataRow(const std::vector<QByteArrayView> &fields)
{
    if (fields.size() < 2)
        return false;
    qint64 time = 0;
    if (!TimeTextParser().parse(ascii::trimmedBlanks(fields.front()), &time))
        return false;
    bool anyNumber = false;
    for (size_t i = 1; i < fields.size(); ++i) {
        double bytes = 0;
        switch (parseByteCount(fields[i], &bytes)) {
        case ByteCell::Sample:
            anyNumber = true;
            break;
        case ByteCell::Gap:
            break;
        case ByteCell::Negative:
        case ByteCell::Invalid:
            return false;
        }
    }
    return anyNumber;
}

} // namespace lr
