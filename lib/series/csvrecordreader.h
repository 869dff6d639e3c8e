#pragma once

// The delimited-text layer of the CSV reader: splits text into records and fields following
// RFC 4180, and finds the delimiter a header line uses. Knows nothing of times or bytes.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace lr {

// Quoted fields may hold delimiters, line breaks and doubled quotes. Counts physical lines for
// the messages and refuses lines over 1 MiB (kMaxLineBytes) before looking inside them.
class CsvRecordReader
{
public:
    enum class Status { Record, End, Error };

    // Reads `text` from `start`, the first line there being line linesBefore + 1.
    CsvRecordReader(QByteArrayView text, qsizetype start, qint64 linesBefore, char delimiter)
        : m_text(text), m_pos(start), m_line(linesBefore), m_delimiter(delimiter)
    {
    }

    // The delimiter a header line uses outside quotes: a tab if any, else the more frequent of
    // comma and semicolon (comma on a tie). 0 when there is none.
    static char detectDelimiter(QByteArrayView headerLine);

    // The next record that is not a blank line. Its fields stay valid until the next call.
    Status next();

    const std::vector<QByteArrayView> &fields() const { return m_fields; }
    // The physical line the record starts on.
    qint64 recordLine() const { return m_recordLine; }
    qint64 errorLine() const { return m_errorLine; }
    const QString &errorReason() const { return m_errorReason; }

private:
    bool beginLine();
    bool readQuoted(qsizetype start);
    Status fail(qint64 line, const QString &reason);

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

} // namespace lr
