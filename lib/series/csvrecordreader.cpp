#include "series/csvrecordreader.h"

#include "series/asciitext.h"
#include "series/csvseriesreader.h"
#include "series/seriesinput.h"

#include <cstring>

namespace lr {

using ascii::isBlank;
using ascii::trimmedBlanks;

char CsvRecordReader::detectDelimiter(QByteArrayView headerLine)
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

CsvRecordReader::Status CsvRecordReader::next()
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

// Starts the physical line at m_pos. (Inline, like readQuoted(): they serve next() alone.)
inline bool CsvRecordReader::beginLine()
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
inline bool CsvRecordReader::readQuoted(qsizetype start)
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

CsvRecordReader::Status CsvRecordReader::fail(qint64 line, const QString &reason)
{
    m_errorLine = line;
    m_errorReason = reason;
    return Status::Error;
}

} // namespace lr
