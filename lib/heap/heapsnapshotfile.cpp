#include "heap/heapsnapshotfile.h"

#include "heap/heapsnapshot.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lr {

std::optional<QDateTime> HeapSnapshotFile::captureTimeFromName(const QString &fileName)
{
    static const QRegularExpression pattern(u"^Heap-(\\d{8})-(\\d{6})-"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(1), u"yyyyMMdd"_s);
    const QTime time = QTime::fromString(match.captured(2), u"HHmmss"_s);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::systemTimeZone()).toUTC();
}

HeapSnapshotSummary HeapSnapshotFile::summarize(const QString &path, const HeapSnapshot &snapshot, qint64 fileBytes,
                                                const QString &sha256)
{
    const QFileInfo info(path);
    HeapSnapshotSummary summary;
    summary.fileName = info.fileName();
    summary.fileBytes = fileBytes;
    summary.heapBytes = qint64(snapshot.heapBytes());
    summary.nodeCount = snapshot.nodeCount();
    summary.sha256 = sha256;
    if (const auto fromName = captureTimeFromName(summary.fileName)) {
        summary.capturedAt = *fromName;
        summary.capturedAtSource = HeapSnapshotSummary::CaptureTimeSource::FileName;
    } else {
        summary.capturedAt = info.lastModified().toUTC();
        summary.capturedAtSource = HeapSnapshotSummary::CaptureTimeSource::ModificationTime;
    }
    return summary;
}

QString HeapSnapshotFile::sourceName(HeapSnapshotSummary::CaptureTimeSource source)
{
    return source == HeapSnapshotSummary::CaptureTimeSource::FileName ? tr("file name") : tr("modification time");
}

} // namespace lr
