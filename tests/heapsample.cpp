#include "heapsample.h"

using namespace Qt::StringLiterals;

namespace lr::test {

HeapComparison sampleHeapComparison()
{
    HeapComparison comparison;
    const auto snapshot = [](const QString &name, qint64 fileBytes, qint64 heapBytes, qint64 nodes, const QDateTime &at,
                             HeapSnapshotSummary::CaptureTimeSource source, QChar digit) {
        return HeapSnapshotSummary{name, fileBytes, heapBytes, nodes, at, source, QString(64, digit)};
    };
    comparison.snapshots = {
        snapshot(u"Heap-20261207-053512-4242-0.heapsnapshot"_s, 4100000, 3912345, 41000,
                 QDateTime(QDate(2026, 12, 7), QTime(5, 35, 12), Qt::UTC),
                 HeapSnapshotSummary::CaptureTimeSource::FileName, u'a'),
        snapshot(u"Heap-20261207-054012-4242-1.heapsnapshot"_s, 54200000, 30500000, 210000,
                 QDateTime(QDate(2026, 12, 7), QTime(5, 40, 12), Qt::UTC),
                 HeapSnapshotSummary::CaptureTimeSource::FileName, u'b'),
        snapshot(u"after-load.heapsnapshot"_s, 104000000, 52049999, 402000,
                 QDateTime(QDate(2026, 12, 7), QTime(5, 45, 59), Qt::UTC),
                 HeapSnapshotSummary::CaptureTimeSource::ModificationTime, u'c'),
    };
    const QList<RetainerStep> leakPath = {
        {u"redisBus"_s, u"EventEmitter"_s}, {u"_events"_s, u"Object"_s}, {u"'reconnect'"_s, u"Array"_s},
        {u"[12]"_s, u"(closure)"_s},       {u"ctx"_s, u"SessionContext"_s}};
    comparison.classes = {
        {u"SessionContext"_s, 26200, 0, 26200, 21000000, 0, 21000000, 24600000, leakPath},
        {u"Buffer"_s, 1200, 200, 1000, 3400000, 200000, 3200000, 33000000,
         {{u"pool"_s, u"Array"_s}, {u"[3]"_s, u"Buffer"_s}}},
        {u"(closure)"_s, 26250, 50, 26200, 1572000, 3000, 1569000, 1600000, leakPath.first(4)},
        {u"(string)"_s, 90000, 90000, 0, 7200000, 7200000, 0, 900000, {}},
        {u"Timeout"_s, 10, 40, -30, 1200, 4800, -3600, 1200, {}},
    };
    return comparison;
}

QStringList rowSetColumn(const ReportContent &content, const QString &rowSetId, const QString &columnId)
{
    QStringList values;
    for (const Row &row : content.rows.value(rowSetId))
        values.append(row.value(columnId));
    return values;
}

} // namespace lr::test
