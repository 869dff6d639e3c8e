// Real Node heap snapshots whose truth is known: tests/data/heap/leak.js leaks exactly
// kLeaks SessionContext objects a round through an EventEmitter listener's closure, and keeps
// kShortLived RequestScratch objects a round in flight. node runs it at test time into a
// temporary folder (no snapshots are committed).
#include "heap/heapcomparer.h"
#include "heap/heapsnapshotreader.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <set>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLeaks = 150;
constexpr int kShortLived = 400;

const lr::HeapClassDelta *findClass(const lr::HeapComparison &comparison, const QString &name)
{
    for (const lr::HeapClassDelta &delta : comparison.classes) {
        if (delta.name == name)
            return &delta;
    }
    return nullptr;
}

QString pathText(const QList<lr::RetainerStep> &steps)
{
    QStringList parts;
    for (const lr::RetainerStep &step : steps)
        parts.append(step.edge + u':' + step.node);
    return parts.join(u" / "_s);
}

// The bytes reachable from the root over edges that retain (not weak; shortcuts only from the
// root), without passing through `removed`: the definition of retained size, computed without
// dominators.
uint64_t reachableBytes(const lr::HeapSnapshot &s, const std::set<uint32_t> &removed)
{
    std::vector<uint8_t> seen(s.nodeCount(), 0);
    std::vector<uint32_t> queue{s.rootNode};
    seen[s.rootNode] = 1;
    uint64_t bytes = 0;
    for (size_t head = 0; head < queue.size(); ++head) {
        const uint32_t node = queue[head];
        bytes += s.nodeSelfSize[node];
        for (uint32_t e = s.firstEdge[node]; e < s.firstEdge[node + 1]; ++e) {
            const int type = s.edgeType[e];
            if (type == s.edgeKind.weak || (type == s.edgeKind.shortcut && node != s.rootNode))
                continue;
            const uint32_t child = s.edgeTo[e];
            if (seen[child] || removed.count(child))
                continue;
            seen[child] = 1;
            queue.push_back(child);
        }
    }
    return bytes;
}

} // namespace

class TestHeapLeak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void threeSnapshots_reportExactlyTheLeakedContexts();
    void threeSnapshots_retainedSizeMatchesTheGraph();
    void twoSnapshots_devToolsComparison();
    void summaries_describeTheFiles();
    void readingInChunks_givesTheWholeDocumentsArrays();
    void commandLine_printsJson();
    void commandLine_refusesTruncatedSnapshot();

private:
    QTemporaryDir m_dir;
    QStringList m_files;
    std::optional<lr::HeapComparison> m_three;
};

void TestHeapLeak::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_files = lr::test::writeLeakSnapshots(m_dir.path(), kLeaks, kShortLived, &error);
    QVERIFY2(!m_files.isEmpty(), qPrintable(error));
    m_three = lr::HeapComparer::compare(m_files, &error);
    QVERIFY2(m_three, qPrintable(error));
}

void TestHeapLeak::threeSnapshots_reportExactlyTheLeakedContexts()
{
    QVERIFY(m_three->usesThreeSnapshotTechnique());
    const lr::HeapClassDelta *contexts = findClass(*m_three, u"SessionContext"_s);
    QVERIFY(contexts);
    QCOMPARE(contexts->newCount, kLeaks);
    QCOMPARE(contexts->deletedCount, 0);
    QCOMPARE(contexts->countDelta, kLeaks);

    const lr::HeapClassDelta *scratch = findClass(*m_three, u"RequestScratch"_s);
    QVERIFY(scratch);
    QCOMPARE(scratch->newCount, 0);
    QCOMPARE(scratch->deletedCount, kShortLived);

    // Every leaked context has one self size: the allocation is exactly kLeaks of them.
    const auto last = lr::HeapSnapshotReader::readFile(m_files.last());
    QVERIFY2(last.ok(), qPrintable(last.error));
    std::set<uint64_t> sizes;
    for (uint32_t n = 0; n < last.snapshot->nodeCount(); ++n) {
        if (last.snapshot->name(n) == "SessionContext" && last.snapshot->nodeType[n] == last.snapshot->nodeKind.object)
            sizes.insert(last.snapshot->nodeSelfSize[n]);
    }
    QCOMPARE(sizes.size(), size_t(1));
    QCOMPARE(contexts->allocBytes, qint64(kLeaks * *sizes.begin()));
    QCOMPARE(contexts->sizeDelta, contexts->allocBytes);

    // (GC roots) -> global -> redisBus -> _events -> reconnect -> [i] -> (closure) -> ctx -> SessionContext
    const QString path = pathText(contexts->retainerPath);
    static const QRegularExpression expected(
        u"^global:global / redisBus:EventEmitter / _events:Object / reconnect:Array / \\[(\\d+)\\]:\\(closure\\) / ctx:SessionContext$"_s);
    const QRegularExpressionMatch match = expected.match(path);
    QVERIFY2(match.hasMatch(), qPrintable(path));
    // The representative is one of the candidates: a listener of round 1 (the array's second block).
    const int index = match.captured(1).toInt();
    QVERIFY2(index >= kLeaks && index < 2 * kLeaks, qPrintable(path));
}

void TestHeapLeak::threeSnapshots_retainedSizeMatchesTheGraph()
{
    // The candidates are the contexts of round 1: the listeners [kLeaks, 2 kLeaks) of the array.
    const auto read = lr::HeapSnapshotReader::readFile(m_files.last());
    QVERIFY2(read.ok(), qPrintable(read.error));
    const lr::HeapSnapshot &s = *read.snapshot;
    const auto first = lr::HeapSnapshotReader::readFile(m_files.first());
    const auto second = lr::HeapSnapshotReader::readFile(m_files[1]);
    QVERIFY(first.ok() && second.ok());
    std::set<uint32_t> before(first.snapshot->nodeId.begin(), first.snapshot->nodeId.end());
    std::set<uint32_t> middle(second.snapshot->nodeId.begin(), second.snapshot->nodeId.end());
    std::set<uint32_t> candidates;
    for (uint32_t n = 0; n < s.nodeCount(); ++n) {
        if (s.name(n) == "SessionContext" && s.nodeType[n] == s.nodeKind.object && middle.count(s.nodeId[n])
            && !before.count(s.nodeId[n]))
            candidates.insert(n);
    }
    QCOMPARE(int(candidates.size()), kLeaks);
    const uint64_t freed = reachableBytes(s, {}) - reachableBytes(s, candidates);
    const lr::HeapClassDelta *contexts = findClass(*m_three, u"SessionContext"_s);
    QCOMPARE(uint64_t(contexts->retainedBytes), freed);
    QVERIFY(contexts->retainedBytes > contexts->allocBytes); // each holds its buffer array and user string
}

void TestHeapLeak::twoSnapshots_devToolsComparison()
{
    QString error;
    const auto two = lr::HeapComparer::compare(m_files.mid(0, 2), &error);
    QVERIFY2(two, qPrintable(error));
    QVERIFY(!two->usesThreeSnapshotTechnique());
    const lr::HeapClassDelta *contexts = findClass(*two, u"SessionContext"_s);
    QVERIFY(contexts);
    QCOMPARE(contexts->newCount, kLeaks);
    QCOMPARE(contexts->deletedCount, 0);
    const lr::HeapClassDelta *scratch = findClass(*two, u"RequestScratch"_s);
    QVERIFY(scratch);
    QCOMPARE(scratch->newCount, kShortLived); // round 1's requests in flight
    QCOMPARE(scratch->deletedCount, kShortLived); // round 0's, done
    QCOMPARE(scratch->countDelta, 0);
    QCOMPARE(scratch->sizeDelta, 0);
    QCOMPARE(scratch->allocBytes, scratch->freedBytes);
}

void TestHeapLeak::summaries_describeTheFiles()
{
    QCOMPARE(m_three->snapshots.size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const lr::HeapSnapshotSummary &summary = m_three->snapshots[i];
        const QByteArray bytes = lr::test::readBytes(m_files[i]);
        QCOMPARE(summary.fileName, QFileInfo(m_files[i]).fileName());
        QCOMPARE(summary.fileBytes, bytes.size());
        QCOMPARE(summary.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        const auto read = lr::HeapSnapshotReader::readFile(m_files[i]);
        QCOMPARE(summary.nodeCount, qint64(read.snapshot->nodeCount()));
        QCOMPARE(summary.heapBytes, qint64(read.snapshot->heapBytes()));
        // leak.js names its files as Node does, with a fixed time.
        QCOMPARE(summary.capturedAtSource, lr::HeapSnapshotSummary::CaptureTimeSource::FileName);
        QCOMPARE(summary.capturedAt, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::systemTimeZone()).toUTC());
    }
    QVERIFY(m_three->snapshots[2].nodeCount > m_three->snapshots[0].nodeCount);
}

// A V8 snapshot is read in pieces (header, 1 MB chunks of the number arrays, the rest); the
// same file with a blank that hides V8's layout is read as one document. Both give one graph.
void TestHeapLeak::readingInChunks_givesTheWholeDocumentsArrays()
{
    const QByteArray bytes = lr::test::readBytes(m_files[2]);
    QVERIFY(bytes.size() > 3 * 1024 * 1024); // several chunks
    QByteArray oneDocument = bytes;
    oneDocument.replace("\"nodes\":[", "\"nodes\": [");
    const auto chunked = lr::HeapSnapshotReader::readBytes(bytes, u"s3"_s);
    const auto whole = lr::HeapSnapshotReader::readBytes(oneDocument, u"s3"_s);
    QVERIFY2(chunked.ok() && whole.ok(), qPrintable(chunked.error + whole.error));
    const lr::HeapSnapshot &a = *chunked.snapshot;
    const lr::HeapSnapshot &b = *whole.snapshot;
    QCOMPARE(a.nodeCount(), b.nodeCount());
    QVERIFY(a.nodeType == b.nodeType && a.nodeName == b.nodeName && a.nodeId == b.nodeId);
    QVERIFY(a.nodeSelfSize == b.nodeSelfSize && a.firstEdge == b.firstEdge);
    QVERIFY(a.edgeType == b.edgeType && a.edgeNameOrIndex == b.edgeNameOrIndex && a.edgeTo == b.edgeTo);
    QVERIFY(a.stringData == b.stringData && a.stringStart == b.stringStart);
}

void TestHeapLeak::commandLine_printsJson()
{
    const lr::test::ProgramRun top =
        lr::test::runLeakReport({u"snapshots"_s, u"compare"_s, m_files[0], m_files[1], m_files[2], u"--json"_s, u"--top"_s, u"3"_s},
                                m_dir.path());
    QVERIFY2(top.exitCode == 0, qPrintable(top.err));
    QCOMPARE(QJsonDocument::fromJson(top.out)[u"classes"_s].toArray().size(), 3);

    // The leak is small beside what Node compiles lazily between snapshots: ask for every class.
    const lr::test::ProgramRun run =
        lr::test::runLeakReport({u"snapshots"_s, u"compare"_s, m_files[0], m_files[1], m_files[2], u"--json"_s, u"--top"_s, u"0"_s},
                                m_dir.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(run.out, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(root[u"technique"_s].toString(), u"three-snapshot"_s);
    const QJsonArray snapshots = root[u"snapshots"_s].toArray();
    QCOMPARE(snapshots.size(), 3);
    QCOMPARE(snapshots[0][u"file"_s].toString(), QFileInfo(m_files[0]).fileName());
    QCOMPARE(snapshots[0][u"bytes"_s].toInteger(), m_three->snapshots[0].fileBytes);
    QCOMPARE(snapshots[0][u"heapBytes"_s].toInteger(), m_three->snapshots[0].heapBytes);
    QCOMPARE(snapshots[0][u"nodes"_s].toInteger(), m_three->snapshots[0].nodeCount);
    QCOMPARE(QDateTime::fromString(snapshots[0][u"capturedAt"_s].toString(), Qt::ISODate), m_three->snapshots[0].capturedAt);
    const QJsonArray classes = root[u"classes"_s].toArray();
    QCOMPARE(classes.size(), m_three->classes.size());
    QJsonObject contexts;
    for (const QJsonValue &each : classes) {
        if (each[u"name"_s].toString() == u"SessionContext")
            contexts = each.toObject();
    }
    QVERIFY2(!contexts.isEmpty(), run.out.constData());
    QCOMPARE(contexts[u"newCount"_s].toInteger(), kLeaks);
    QCOMPARE(contexts[u"countDelta"_s].toInteger(), kLeaks);
    const lr::HeapClassDelta *expected = findClass(*m_three, u"SessionContext"_s);
    QCOMPARE(contexts[u"retainedBytes"_s].toInteger(), expected->retainedBytes);
    QCOMPARE(contexts[u"sizeDelta"_s].toInteger(), expected->sizeDelta);
    const QJsonArray path = contexts[u"retainerPath"_s].toArray();
    QCOMPARE(path.size(), expected->retainerPath.size());
    QCOMPARE(path.last()[u"edge"_s].toString(), u"ctx"_s);
    QCOMPARE(path.last()[u"node"_s].toString(), u"SessionContext"_s);

    const lr::test::ProgramRun text =
        lr::test::runLeakReport({u"snapshots"_s, u"compare"_s, m_files[0], m_files[1], m_files[2], u"--top"_s, u"0"_s}, m_dir.path());
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains("(GC roots) → global → redisBus → _events → reconnect → ["), text.out.constData());
    QVERIFY2(text.out.contains("(closure) → ctx → SessionContext"), text.out.constData());
}

void TestHeapLeak::commandLine_refusesTruncatedSnapshot()
{
    const QByteArray bytes = lr::test::readBytes(m_files[2]);
    const QString cut = m_dir.filePath(u"cut.heapsnapshot"_s);
    QFile file(cut);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.left(bytes.size() / 2));
    file.close();
    const lr::test::ProgramRun run =
        lr::test::runLeakReport({u"snapshots"_s, u"compare"_s, m_files[0], cut}, m_dir.path());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(cut + u": truncated: the file ends at byte %1"_s.arg(bytes.size() / 2)), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const lr::test::ProgramRun usage = lr::test::runLeakReport({u"snapshots"_s, u"compare"_s, m_files[0]}, m_dir.path());
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.err.contains(u"two or three"_s), qPrintable(usage.err));
    const lr::test::ProgramRun noAction = lr::test::runLeakReport({u"snapshots"_s}, m_dir.path());
    QCOMPARE(noAction.exitCode, 2);
    QVERIFY2(noAction.err.contains(u"snapshots takes an action: compare"_s), qPrintable(noAction.err));
    const lr::test::ProgramRun unknown = lr::test::runLeakReport({u"snapshots"_s, u"comprae"_s}, m_dir.path());
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown snapshots action \"comprae\""_s), qPrintable(unknown.err));
    // --help-all (the man page) carries the action's options.
    const lr::test::ProgramRun helpAll = lr::test::runLeakReport({u"--help-all"_s}, m_dir.path());
    QCOMPARE(helpAll.exitCode, 0);
    QVERIFY2(helpAll.out.contains("Usage: leakreport snapshots compare [options] S1 S2 [S3]"), helpAll.out.constData());
    QVERIFY(helpAll.out.contains("--top <N>"));
}

QTEST_GUILESS_MAIN(TestHeapLeak)
#include "tst_heapleak.moc"
