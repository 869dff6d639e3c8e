#pragma once

#include "series/seriesimporter.h"

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace lr {

// Input helpers the memory-series readers share: they keep every reader within the importer's
// limits (SeriesImporter::kMaxInputSize in all, kMaxLineBytes per line) and word its refusals
// alike ("name:line: reason").
inline constexpr qsizetype kMaxLineBytes = 1024 * 1024;

SeriesImportResult importFailure(const QString &displayName, qint64 line, const QString &reason);
// "name: larger than 256 MiB", for an input over SeriesImporter::kMaxInputSize.
SeriesImportResult tooLargeFailure(const QString &displayName);

// Reads everything, but never more than SeriesImporter::kMaxInputSize bytes; false if larger.
bool readLimited(QIODevice &device, QByteArray *data);

// The lines of a device, numbered from 1, without "\n" or "\r\n" (and the first without a BOM).
// One buffer serves every line: a log has millions of them. Read like QXmlStreamReader:
//     while (lines.next()) { use lines.line() }
//     if (lines.failed()) { report lines.problem() at lines.number() }
class LineSource
{
public:
    explicit LineSource(QIODevice &device);

    // Moves to the next line; false at the end of the input or on a failure.
    bool next();
    QByteArrayView line() const { return m_line; }
    qint64 number() const { return m_number; }
    // Whether reading stopped on a failure (too long a line, too large an input, a read error)
    // rather than at the end, and the failure in words.
    bool failed() const { return m_status != Status::Line && m_status != Status::End; }
    QString problem() const;

private:
    enum class Status { Line, End, TooLong, TooLarge, ReadError };

    Status advance();
    static constexpr qsizetype kLongestRead = kMaxLineBytes + 3;
    // No line is longer than what is left of a file: small inputs need no 1 MiB buffer.
    static qsizetype bufferSize(const QIODevice &device);

    QIODevice &m_device;
    QByteArray m_buffer;
    QByteArrayView m_line;
    qint64 m_number = 0;
    qint64 m_consumed = 0;
    Status m_status = Status::Line;
};

} // namespace lr
