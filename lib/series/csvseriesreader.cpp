#include "series/csvseriesreader.h"

#include "series/seriesinput.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kMsPerDay = 86400000;
// Times stay within the years 1..9999, which every later computation (and QDateTime) handles.
constexpr qint64 kMinEpochMs = -62135596800000;
constexpr qint64 kMaxEpochMs = 253402300799999;
constexpr int kMaxCellInMessage = 40;


// ASCII only on purpose: numbers and times are ASCII, and the cells may hold any bytes.
constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

constexpr bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedBlanks(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lowerCaseWord)
{
    if (text.size() != lowerCaseWord.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (asciiLower(text[i]) != lowerCaseWord[i])
            return false;
    }
    return true;
}

// n ASCII digits as a number, or -1.
int readDigits(const char *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (!isDigit(p[i]))
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

QString quotedCell(QByteArrayView cell)
{
    const bool cut = cell.size() > kMaxCellInMessage;
    const QString text = QString::fromUtf8(cut ? cell.first(kMaxCellInMessage) : cell);
    return u'"' + text + (cut ? u"…\""_s : u"\""_s);
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s);
}

// Time cells in the forms tools write. Rows usually share their date, so the calendar
// arithmetic (QDate) runs once per day, not once per row.
class TimeParser
{
public:
    bool parse(QByteArrayView text, qint64 *ms)
    {
        if (text.size() >= 10 && text[4] == '-' && parseIso(text, ms))
            return true;
        if (parseEpochNumber(text, ms))
            return true;
        return parseWithQt(text, ms);
    }

private:
    // Fixed-format ISO 8601: YYYY-MM-DD[(T| )HH:MM[:SS[.fff]]][ ][Z|UTC|GMT|±HH[[:]MM]].
    bool parseIso(QByteArrayView s, qint64 *ms)
    {
        const char *p = s.data();
        const qsizetype n = s.size();
        if (p[7] != '-')
            return false;
        const int year = readDigits(p, 4);
        const int month = readDigits(p + 5, 2);
        const int day = readDigits(p + 8, 2);
        if (year < 1 || month < 1 || day < 1)
            return false;
        qint64 julianDay = 0;
        if (!dayNumber(year, month, day, &julianDay))
            return false;
        qint64 msOfDay = 0;
        qint64 offsetMs = 0;
        qsizetype i = 10;
        if (i < n) {
            if (p[i] != 'T' && p[i] != 't' && p[i] != ' ')
                return false;
            ++i;
            if (n - i < 5 || p[i + 2] != ':')
                return false;
            const int hour = readDigits(p + i, 2);
            const int minute = readDigits(p + i + 3, 2);
            i += 5;
            int second = 0;
            if (i < n && p[i] == ':') {
                if (n - i < 3)
                    return false;
                second = readDigits(p + i + 1, 2);
                i += 3;
            }
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
                return false;
            int millis = 0;
            if (i < n && (p[i] == '.' || p[i] == ',')) {
                const qsizetype first = ++i;
                while (i < n && isDigit(p[i])) {
                    if (i - first < 3)
                        millis = millis * 10 + (p[i] - '0');
                    ++i;
                }
                if (i == first)
                    return false;
                for (qsizetype count = i - first; count < 3; ++count)
                    millis *= 10; // ".5" is 500 ms; digits past the third are cut off
            }
            msOfDay = ((hour * 60 + minute) * 60 + second) * qint64(1000) + millis;
            if (!parseOffset(s.sliced(i), &offsetMs))
                return false;
        }
        const qint64 result = (julianDay - kUnixEpochJulianDay) * kMsPerDay + msOfDay - offsetMs;
        if (result < kMinEpochMs || result > kMaxEpochMs)
            return false;
        *ms = result;
        return true;
    }

    static bool parseOffset(QByteArrayView zone, qint64 *offsetMs)
    {
        if (!zone.isEmpty() && zone[0] == ' ')
            zone = zone.sliced(1);
        if (zone.isEmpty() || equalsIgnoringCase(zone, "z") || equalsIgnoringCase(zone, "utc")
            || equalsIgnoringCase(zone, "gmt")) {
            *offsetMs = 0;
            return true;
        }
        if (zone[0] != '+' && zone[0] != '-')
            return false;
        const int sign = zone[0] == '-' ? -1 : 1;
        zone = zone.sliced(1);
        int hours = -1;
        int minutes = 0;
        if (zone.size() == 2) { // +01
            hours = readDigits(zone.data(), 2);
        } else if (zone.size() == 4) { // +0100
            hours = readDigits(zone.data(), 2);
            minutes = readDigits(zone.data() + 2, 2);
        } else if (zone.size() == 5 && zone[2] == ':') { // +01:00
            hours = readDigits(zone.data(), 2);
            minutes = readDigits(zone.data() + 3, 2);
        }
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
            return false;
        *offsetMs = sign * (hours * 60 + minutes) * qint64(60000);
        return true;
    }

    bool dayNumber(int year, int month, int day, qint64 *julianDay)
    {
        if (year != m_year || month != m_month || day != m_day) {
            const QDate date(year, month, day);
            if (!date.isValid())
                return false;
            m_year = year;
            m_month = month;
            m_day = day;
            m_julianDay = date.toJulianDay();
        }
        *julianDay = m_julianDay;
        return true;
    }

    // A plain unsigned number; its size says the unit (seconds until 1e11, which is the year
    // 5138 in seconds and 1973 in milliseconds; then milli-, micro-, nanoseconds).
    static bool parseEpochNumber(QByteArrayView s, qint64 *ms)
    {
        if (s.isEmpty() || !isDigit(s[0]))
            return false;
        const char *begin = s.data();
        const char *end = begin + s.size();
        double value = 0;
        if (!s.contains('.')) {
            qint64 whole = 0;
            const auto [rest, error] = std::from_chars(begin, end, whole);
            if (error != std::errc() || rest != end)
                return false;
            value = double(whole);
            if (whole >= qint64(1e11) && whole < qint64(1e14)) { // milliseconds, exactly
                if (whole > kMaxEpochMs)
                    return false;
                *ms = whole;
                return true;
            }
        } else {
            const auto [rest, error] = std::from_chars(begin, end, value, std::chars_format::fixed);
            if (error != std::errc() || rest != end)
                return false;
        }
        double result = 0;
        if (value < 1e11)
            result = value * 1000;
        else if (value < 1e14)
            result = value;
        else if (value < 1e17)
            result = value / 1e3;
        else
            result = value / 1e6;
        if (!(result >= 0 && result <= double(kMaxEpochMs)))
            return false;
        *ms = qint64(std::llround(result));
        return true;
    }

    // Rarer spellings (RFC 2822 dates, ISO forms the fast path leaves out); no zone means UTC.
    static bool parseWithQt(QByteArrayView s, qint64 *ms)
    {
        if (s.size() < 8 || s.size() > 64)
            return false;
        const QString text = QString::fromLatin1(s);
        QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!time.isValid())
            time = QDateTime::fromString(text, Qt::RFC2822Date);
        if (!time.isValid())
            return false;
        if (time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), QTimeZone::utc());
        const qint64 result = time.toMSecsSinceEpoch();
        if (result < kMinEpochMs || result > kMaxEpochMs)
            return false;
        *ms = result;
        return true;
    }

    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
    qint64 m_julianDay = 0;
};

struct ByteUnit
{
    QByteArrayView name; // lower case
    double factor;
};
constexpr ByteUnit kByteUnits[] = {
    {"", 1},         {"b", 1},          {"bytes", 1},      {"byte", 1},          {"kb", 1e3},
    {"mb", 1e6},     {"gb", 1e9},       {"tb", 1e12},      {"pb", 1e15},         {"kib", 1024.0},
    {"mib", 1048576.0}, {"gib", 1073741824.0}, {"tib", 1099511627776.0}, {"pib", 1125899906842624.0},
};

bool unitFactor(QByteArrayView unit, double *factor)
{
    for (const ByteUnit &candidate : kByteUnits) {
        if (equalsIgnoringCase(unit, candidate.name)) {
            *factor = candidate.factor;
            return true;
        }
    }
    return false;
}

// Splits the text into records and fields (RFC 4180): quoted fields may hold delimiters, line
// breaks and doubled quotes. Counts physical lines for the messages and refuses lines over 1 MiB
// before looking inside them.
class CsvRecordReader
{
public:
    enum class Status { Record, End, Error };

    CsvRecordReader(QByteArrayView text, qsizetype start, qint64 linesBefore, char delimiter)
        : m_text(text), m_pos(start), m_line(linesBefore), m_delimiter(delimiter)
    {
    }

    // The next record that is not a blank line. Its fields stay valid until the next call.
    Status next()
    {
        m_fields.clear();
        for (;;) {
            if (m_pos >= m_text.size())
                return Status::End;
            if (!beginLine())
                return Status::Error;
            if (!trimmedBlanks(m_text.sliced(m_pos, m_contentEnd - m_pos)).isEmpty())
                break;
            m_pos = m_lineEnd + 1;
        }
        m_recordLine = m_line;
        const char *data = m_text.data();
        for (;;) {
            qsizetype p = m_pos;
            while (p < m_contentEnd && data[p] == ' ')
                ++p;
            if (p < m_contentEnd && data[p] == '"') {
                if (!readQuoted(p + 1))
                    return Status::Error;
                p = m_pos;
                while (p < m_contentEnd && isBlank(data[p]) && data[p] != m_delimiter)
                    ++p;
                if (p == m_contentEnd) {
                    m_pos = m_lineEnd + 1;
                    return Status::Record;
                }
                if (data[p] != m_delimiter)
                    return fail(m_line, CsvSeriesReader::tr("text after the closing quote of field %1").arg(m_fields.size()));
                m_pos = p + 1;
                continue;
            }
            const void *found = std::memchr(data + m_pos, m_delimiter, size_t(m_contentEnd - m_pos));
            if (!found) {
                m_fields.push_back(m_text.sliced(m_pos, m_contentEnd - m_pos));
                m_pos = m_lineEnd + 1;
                return Status::Record;
            }
            const qsizetype delimiterAt = static_cast<const char *>(found) - data;
            m_fields.push_back(m_text.sliced(m_pos, delimiterAt - m_pos));
            m_pos = delimiterAt + 1;
        }
    }

    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    qint64 recordLine() const { return m_recordLine; }
    qint64 errorLine() const { return m_errorLine; }
    const QString &errorReason() const { return m_errorReason; }

private:
    // Starts the physical line at m_pos.
    bool beginLine()
    {
        ++m_line;
        const void *newline = std::memchr(m_text.data() + m_pos, '\n', size_t(m_text.size() - m_pos));
        m_lineEnd = newline ? static_cast<const char *>(newline) - m_text.data() : m_text.size();
        if (m_lineEnd - m_pos > kMaxLineBytes) {
            fail(m_line, CsvSeriesReader::tr("line %1 is longer than 1 MiB").arg(m_line));
            return false;
        }
        m_contentEnd = m_lineEnd;
        if (m_contentEnd > m_pos && m_text[m_contentEnd - 1] == '\r')
            --m_contentEnd;
        return true;
    }

    // The field whose opening quote is just before `start`; leaves m_pos after the closing one.
    bool readQuoted(qsizetype start)
    {
        const char *data = m_text.data();
        const qsizetype size = m_text.size();
        bool doubledQuotes = false;
        qsizetype from = start;
        for (;;) {
            const void *found = std::memchr(data + from, '"', size_t(size - from));
            const qsizetype quoteAt = found ? static_cast<const char *>(found) - data : size;
            while (m_lineEnd < quoteAt) { // line breaks inside the quotes
                m_pos = m_lineEnd + 1;
                if (!beginLine())
                    return false;
            }
            if (!found) {
                fail(m_recordLine, CsvSeriesReader::tr("the quoted field %1 never ends").arg(m_fields.size() + 1));
                return false;
            }
            if (quoteAt + 1 < size && data[quoteAt + 1] == '"') {
                doubledQuotes = true;
                from = quoteAt + 2;
                continue;
            }
            m_pos = quoteAt + 1;
            const QByteArrayView raw = m_text.sliced(start, quoteAt - start);
            if (!doubledQuotes) {
                m_fields.push_back(raw);
                return true;
            }
            const size_t index = m_fields.size();
            if (m_unquoted.size() <= index)
                m_unquoted.resize(index + 1);
            QByteArray &unquoted = m_unquoted[index];
            unquoted.clear();
            for (qsizetype i = 0; i < raw.size(); ++i) {
                unquoted.append(raw[i]);
                if (raw[i] == '"')
                    ++i; // the second of a doubled quote
            }
            m_fields.push_back(unquoted);
            return true;
        }
    }

    Status fail(qint64 line, const QString &reason)
    {
        m_errorLine = line;
        m_errorReason = reason;
        return Status::Error;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    qsizetype m_lineEnd = 0;
    qsizetype m_contentEnd = 0;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    char m_delimiter = ',';
    std::vector<QByteArrayView> m_fields;
    std::vector<QByteArray> m_unquoted; // per field index, for fields with doubled quotes
    qint64 m_errorLine = 0;
    QString m_errorReason;
};

// The delimiter the header uses outside quotes: a tab if any, else the more frequent of comma
// and semicolon (comma on a tie). 0 when there is none.
char detectDelimiter(QByteArrayView headerLine)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted) {
            commas += c == ',';
            semicolons += c == ';';
            tabs += c == '\t';
        }
    }
    if (tabs > 0)
        return '\t';
    if (commas == 0 && semicolons == 0)
        return 0;
    return semicolons > commas ? ';' : ',';
}

bool isTimeHeader(const QString &header)
{
    static const QStringList names = {u"time"_s, u"timestamp"_s, u"date"_s, u"datetime"_s, u"ts"_s};
    for (const QString &name : names) {
        if (header.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

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

// One import: header, rows, then the series. Errors stop it at the first problem.
class CsvImport
{
public:
    explicit CsvImport(const QString &displayName) : m_displayName(displayName) {}

    SeriesImportResult run(QByteArrayView text)
    {
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
            delimiter = detectDelimiter(firstLine);
        }
        CsvRecordReader records(text, start, linesBefore, delimiter ? delimiter : ',');
        const CsvRecordReader::Status headerStatus = records.next();
        if (headerStatus == CsvRecordReader::Status::Error)
            return failure(records.errorLine(), records.errorReason());
        if (headerStatus == CsvRecordReader::Status::End)
            return failure(linesBefore + 1, CsvSeriesReader::tr("no header row"));
        m_headerLine = records.recordLine();
        if (!readHeader(records.fields()))
            return failure(m_headerLine, m_error);

        qint64 rows = 0;
        for (;;) {
            const CsvRecordReader::Status status = records.next();
            if (status == CsvRecordReader::Status::End)
                break;
            if (status == CsvRecordReader::Status::Error)
                return failure(records.errorLine(), records.errorReason());
            const std::vector<QByteArrayView> &fields = records.fields();
            if (fields.size() != size_t(m_headerCount)) {
                return failure(records.recordLine(),
                               CsvSeriesReader::tr("%1 fields in the header, %2 in this row").arg(m_headerCount)
                                   .arg(fields.size()));
            }
            const bool ok = m_long ? readLongRow(fields, records.recordLine()) : readWideRow(fields, records.recordLine());
            if (!ok)
                return failure(records.recordLine(), m_error);
            ++rows;
        }
        if (rows == 0)
            return failure(m_headerLine, CsvSeriesReader::tr("only a header, no data rows"));
        return finish();
    }

private:
    static qsizetype lineEnd(QByteArrayView text, qsizetype from)
    {
        const qsizetype at = text.indexOf('\n', from);
        return at < 0 ? text.size() : at;
    }

    bool readHeader(const std::vector<QByteArrayView> &fields)
    {
        m_headerCount = qsizetype(fields.size());
        if (m_headerCount < 2) {
            m_error = CsvSeriesReader::tr("the header has one column; a time column and at least one value column are "
                                          "needed, separated by commas, tabs or semicolons");
            return false;
        }
        QStringList headers;
        for (const QByteArrayView field : fields) {
            const QString header = QString::fromUtf8(trimmedBlanks(field));
            headers.append(header.isEmpty() ? u"column %1"_s.arg(headers.size() + 1) : header);
        }
        m_timeColumn = 0;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (isTimeHeader(headers[i])) {
                m_timeColumn = i;
                break;
            }
        }
        if (headers.size() == 3 && isTimeHeader(headers[m_timeColumn])) {
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
                m_long = true;
                m_seriesColumn = seriesColumn;
                m_valueColumn = valueColumn;
                m_valueHeader = headers[valueColumn];
                return true;
            }
        }
        m_columnOfField.assign(fields.size(), -1);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (i == m_timeColumn)
                continue;
            m_columnOfField[size_t(i)] = qsizetype(m_columns.size());
            m_columns.push_back({headers[i], {}});
        }
        return true;
    }

    bool readTime(QByteArrayView cell, qint64 *time)
    {
        cell = trimmedBlanks(cell);
        if (cell.isEmpty()) {
            m_error = CsvSeriesReader::tr("the time is empty");
            return false;
        }
        if (!m_times.parse(cell, time)) {
            m_error = CsvSeriesReader::tr("%1 is not a time (ISO 8601 such as 2024-03-01T10:00:00Z, or epoch seconds or "
                                          "milliseconds)").arg(quotedCell(cell));
            return false;
        }
        return true;
    }

    // Adds the cell's sample, if any, to `column`.
    bool readValue(QByteArrayView cell, const QString &header, std::vector<Point> &points, qint64 time, qint64 line)
    {
        double bytes = 0;
        switch (CsvSeriesReader::parseBytes(cell, &bytes)) {
        case CsvSeriesReader::Cell::Sample:
            points.push_back({time, bytes, line});
            return true;
        case CsvSeriesReader::Cell::Gap:
            return true;
        case CsvSeriesReader::Cell::Negative:
            m_error = CsvSeriesReader::tr("column \"%1\": negative value %2").arg(header, quotedCell(trimmedBlanks(cell)));
            return false;
        case CsvSeriesReader::Cell::Invalid:
            break;
        }
        m_error = CsvSeriesReader::tr("column \"%1\": %2 is not a byte count (a number, optionally with a unit such as "
                                      "MB or GiB)").arg(header, quotedCell(trimmedBlanks(cell)));
        return false;
    }

    bool readWideRow(const std::vector<QByteArrayView> &fields, qint64 line)
    {
        qint64 time = 0;
        if (!readTime(fields[size_t(m_timeColumn)], &time))
            return false;
        for (size_t i = 0; i < fields.size(); ++i) {
            const qsizetype column = m_columnOfField[i];
            if (column < 0)
                continue;
            Column &target = m_columns[size_t(column)];
            if (!readValue(fields[i], target.header, target.points, time, line))
                return false;
        }
        return true;
    }

    bool readLongRow(const std::vector<QByteArrayView> &fields, qint64 line)
    {
        qint64 time = 0;
        if (!readTime(fields[size_t(m_timeColumn)], &time))
            return false;
        const QByteArrayView name = trimmedBlanks(fields[size_t(m_seriesColumn)]);
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
        return readValue(fields[size_t(m_valueColumn)], m_valueHeader, m_columns[size_t(m_lastSeries)].points, time,
                         line);
    }

    // Sorts each series by time (stable), drops repeated identical rows, refuses conflicting ones.
    SeriesImportResult finish()
    {
        SeriesImportResult result;
        bool anySample = false;
        for (Column &column : m_columns) {
            std::vector<Point> &points = column.points;
            const auto earlier = [](const Point &a, const Point &b) { return a.time < b.time; };
            if (!std::is_sorted(points.begin(), points.end(), earlier))
                std::stable_sort(points.begin(), points.end(), earlier);
            MemorySeries series;
            series.name = column.header;
            series.source.format = u"csv"_s;
            series.source.query = column.header;
            series.samples.reserve(qsizetype(points.size()));
            const Point *kept = nullptr;
            for (const Point &point : points) {
                if (kept && kept->time == point.time) {
                    if (kept->bytes == point.bytes)
                        continue;
                    const qint64 first = std::min(kept->line, point.line);
                    const qint64 second = std::max(kept->line, point.line);
                    // One arg() call, so that a "%3" in the header stays as it is.
                    return failure(second, CsvSeriesReader::tr("column \"%1\" has two different values for %2 (lines %3 and %4)")
                                               .arg(column.header, isoTime(point.time), QString::number(first),
                                                    QString::number(second)));
                }
                series.samples.append({point.time, point.bytes});
                kept = &point;
            }
            anySample = anySample || !series.samples.isEmpty();
            result.series.append(std::move(series));
            points = {};
        }
        if (!anySample)
            return failure(m_headerLine, CsvSeriesReader::tr("no samples: every value cell is empty"));
        return result;
    }

    SeriesImportResult failure(qint64 line, const QString &reason) const
    {
        return {{}, m_displayName + u':' + QString::number(line) + u": "_s + reason};
    }

    QString m_displayName;
    QString m_error;
    qint64 m_headerLine = 1;
    qsizetype m_headerCount = 0;
    qsizetype m_timeColumn = 0;
    TimeParser m_times;
    std::vector<Column> m_columns;
    // Wide form: the series each field feeds (-1 for the time).
    std::vector<qsizetype> m_columnOfField;
    // Long form: where the series name and the value are; series by name.
    bool m_long = false;
    qsizetype m_seriesColumn = -1;
    qsizetype m_valueColumn = -1;
    QString m_valueHeader;
    QHash<QByteArray, qsizetype> m_seriesIndex;
    QByteArray m_lastSeriesName;
    qsizetype m_lastSeries = -1;
};

} // namespace

SeriesImportResult CsvSeriesReader::read(QIODevice &device, const QString &displayName)
{
    QByteArray data;
    if (!readLimited(device, &data))
        return tooLargeFailure(displayName);
    return CsvImport(displayName).run(data);
}

bool CsvSeriesReader::parseTime(QByteArrayView text, qint64 *msSinceEpoch)
{
    return TimeParser().parse(trimmedBlanks(text), msSinceEpoch);
}

CsvSeriesReader::Cell CsvSeriesReader::parseBytes(QByteArrayView text, double *bytes)
{
    text = trimmedBlanks(text);
    if (text.isEmpty() || text == "-" || equalsIgnoringCase(text, "null") || equalsIgnoringCase(text, "nan"))
        return Cell::Gap;
    const char *p = text.data();
    const char *end = p + text.size();
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        ++p;
    }
    if (p == end || !(isDigit(*p) || *p == '.'))
        return Cell::Invalid;
    double value = 0;
    const auto [rest, error] = std::from_chars(p, end, value);
    if (error != std::errc())
        return Cell::Invalid;
    double factor = 1;
    if (!unitFactor(trimmedBlanks(QByteArrayView(rest, end)), &factor))
        return Cell::Invalid;
    if (negative && value != 0)
        return Cell::Negative;
    value *= factor;
    if (!std::isfinite(value))
        return Cell::Invalid;
    *bytes = value;
    return Cell::Sample;
}

} // namespace lr
