#include "series/seriesinput.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace lr {

SeriesImportResult importFailure(const QString &displayName, qint64 line, const QString &reason)
{
    SeriesImportResult result;
    result.error = displayName + u':' + QString::number(qMax<qint64>(line, 1)) + u": "_s + reason;
    return result;
}

SeriesImportResult tooLargeFailure(const QString &displayName)
{
    SeriesImportResult result;
    result.error = SeriesImporter::tr("%1: larger than %2 MiB")
                       .arg(displayName, QString::number(SeriesImporter::kMaxInputSize / (1024 * 1024)));
    return result;
}

bool readLimited(QIODevice &device, QByteArray *data)
{
    const qint64 limit = SeriesImporter::kMaxInputSize;
    if (!device.isSequential()) {
        if (device.size() - device.pos() > limit)
            return false;
        *data = device.readAll();
        return true;
    }
    data->clear();
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            return true;
        if (data->size() + chunk.size() > limit)
            return false;
        data->append(chunk);
    }
}

LineSource::LineSource(QIODevice &device)
    : m_device(device)
    , m_buffer(bufferSize(device), Qt::Uninitialized)
{
}

qsizetype LineSource::bufferSize(const QIODevice &device)
{
    if (device.isSequential())
        return kLongestRead;
    return qsizetype(qBound<qint64>(3, device.size() - device.pos() + 3, kLongestRead));
}

bool LineSource::next()
{
    m_status = advance();
    return m_status == Status::Line;
}

LineSource::Status LineSource::advance()
{
    if (m_device.atEnd())
        return Status::End;
    // Reads at most size - 1 bytes: a line of kMaxLineBytes with "\r\n" still fits whole.
    qint64 count = m_device.readLine(m_buffer.data(), m_buffer.size());
    if (count <= 0)
        return m_device.atEnd() || count == 0 ? Status::End : Status::ReadError;
    if (count == m_buffer.size() - 1 && m_buffer.at(count - 1) != '\n' && m_buffer.size() < kLongestRead) {
        // The file grew since it was opened (a log still being written): read on in a full buffer.
        m_buffer.resize(kLongestRead);
        const qint64 more = m_device.readLine(m_buffer.data() + count, kLongestRead - count);
        if (more < 0 && !m_device.atEnd())
            return Status::ReadError;
        count += qMax<qint64>(more, 0);
    }
    ++m_number;
    m_consumed += count;
    if (m_consumed > SeriesImporter::kMaxInputSize)
        return Status::TooLarge;
    m_line = QByteArrayView(m_buffer.constData(), count);
    if (m_line.endsWith('\n'))
        m_line = m_line.chopped(1);
    if (m_line.endsWith('\r'))
        m_line = m_line.chopped(1);
    if (m_number == 1 && m_line.startsWith("\xEF\xBB\xBF"))
        m_line = m_line.sliced(3);
    // A line cut off by the buffer is longer than the limit too.
    return m_line.size() > kMaxLineBytes ? Status::TooLong : Status::Line;
}

QString LineSource::problem() const
{
    switch (m_status) {
    case Status::TooLong:
        return SeriesImporter::tr("line longer than %1 MiB").arg(kMaxLineBytes / (1024 * 1024));
    case Status::TooLarge:
        return SeriesImporter::tr("larger than %1 MiB").arg(SeriesImporter::kMaxInputSize / (1024 * 1024));
    case Status::ReadError:
        return SeriesImporter::tr("cannot read: %1").arg(m_device.errorString());
    case Status::Line:
    case Status::End:
        break;
    }
    return {};
}

} // namespace lr
