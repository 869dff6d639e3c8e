// The heap snapshot reader's refusals: each names the file and the reason (not a heap snapshot,
// truncated at which byte, unknown meta, a bad value and where, not enough memory, cancelled),
// and a snapshot V8 may write (lone surrogates in strings) is still read.
#include "heap/heapdominators.h"
#include "heap/heapretainerpaths.h"
#include "heap/heapsnapshotreader.h"
#include "heapsnapshotbuilder.h"
#include "testsupport.h"

#include <QCryptographicHash>

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lr::HeapSnapshotReader;
using lr::test::HeapSnapshotBuilder;

namespace {

// root -> Holder -> (closure); 4 nodes with a string edge, an element edge and a closure.
QByteArray validSnapshot()
{
    HeapSnapshotBuilder b;
    const int holder = b.node(u"object"_s, u"Holder"_s, 24);
    const int f = b.node(u"closure"_s, u"onTick"_s, 32);
    const int text = b.node(u"string"_s, u"some text"_s, 16);
    b.edge(0, u"property"_s, u"holder"_s, holder);
    b.edge(holder, u"element"_s, u"0"_s, f);
    b.edge(holder, u"property"_s, u"text"_s, text);
    return b.json();
}

// The current data row's bytes are refused with a message naming the file and giving `reason`.
void checkRefusal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readBytes(bytes, u"bad.heapsnapshot"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"bad.heapsnapshot: "_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(reason), qPrintable(result.error + u"\nexpected: "_s + reason));
}

} // namespace

class TestHeapReader : public QObject
{
    Q_OBJECT

private slots:
    void validSnapshot_isRead();
    void badInput_isRefusedWithFileAndReason_data();
    void badInput_isRefusedWithFileAndReason();
    void truncatedFile_namesTheByte_data();
    void truncatedFile_namesTheByte();
    void loneSurrogate_isKept();
    void fileTooLargeForMemory_isRefusedBeforeReading();
    void progress_canCancel();
    void readFile_hashesTheBytes();
    void missingFile_namesIt();
    void fuzzCorpus_isReadAndAnalysed_data();
    void fuzzCorpus_isReadAndAnalysed();
};

void TestHeapReader::validSnapshot_isRead()
{
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readBytes(validSnapshot(), u"ok.heapsnapshot"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const lr::HeapSnapshot &s = *result.snapshot;
    QCOMPARE(s.nodeCount(), 4u);
    QCOMPARE(s.edgeCount(), 3u);
    QCOMPARE(s.heapBytes(), 72u);
    QCOMPARE(std::string(s.name(1)), std::string("Holder"));
    QCOMPARE(s.firstEdge, (std::vector<uint32_t>{0, 1, 3, 3, 3}));
    QCOMPARE(s.edgeTo, (std::vector<uint32_t>{1, 2, 3}));
    QCOMPARE(s.pathEdgeName(1), u"[0]"_s);
    QCOMPARE(s.pathEdgeName(2), u"text"_s);
}

void TestHeapReader::badInput_isRefusedWithFileAndReason_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray valid = validSnapshot();
    auto replaced = [&](const char *from, const char *to) {
        QByteArray copy = valid;
        const qsizetype at = copy.indexOf(from);
        Q_ASSERT(at >= 0);
        return copy.replace(at, qsizetype(qstrlen(from)), to);
    };
    QTest::newRow("empty") << QByteArray() << u"not a heap snapshot: the file is empty"_s;
    QTest::newRow("a list") << QByteArray("[1, 2, 3]") << u"not a heap snapshot: the file is not a JSON object"_s;
    QTest::newRow("other JSON") << QByteArray(R"({"data": {"result": []}})")
                                << u"not a heap snapshot: no \"snapshot\" with its meta"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\xff\xfe", 10) << u"not a heap snapshot: the file is not UTF-8 text"_s;
    QTest::newRow("no edges") << replaced("\"edges\"", "\"edgez\"") << u"not a heap snapshot: no \"edges\""_s;
    QTest::newRow("no to_node") << replaced("\"to_node\"", "\"target\"")
                                << u"unknown meta: edge_fields has no \"to_node\""_s;
    QTest::newRow("no self_size") << replaced("\"self_size\"", "\"size\"")
                                  << u"unknown meta: node_fields has no \"self_size\""_s;
    QTest::newRow("no type list") << replaced("[\"hidden\",", "\"hidden\",[") << u"unknown meta: node_types has no list"_s;
    QTest::newRow("negative") << replaced("\"nodes\":[9,", "\"nodes\":[-9,") << u"nodes[0] is not a whole number >= 0"_s;
    QTest::newRow("fraction") << replaced("\"nodes\":[9,0,", "\"nodes\":[9,0.5,") << u"nodes[1] is not a whole number >= 0"_s;
    QTest::newRow("unknown node type") << replaced("\"nodes\":[9,", "\"nodes\":[99,")
                                       << u"nodes[0]: node type 99 is not in snapshot.meta.node_types"_s;
    QTest::newRow("to_node inside a node") << replaced("\"edges\":[2,4,7", "\"edges\":[2,4,8")
                                           << u"edges[2]: to_node 8 does not point at the start of a node"_s;
    QTest::newRow("to_node past the end") << replaced("\"edges\":[2,4,7", "\"edges\":[2,4,700")
                                          << u"edges[0]: to_node points past the last node"_s;
    QTest::newRow("edge counts") << replaced("\"nodes\":[9,0,1,0,1,", "\"nodes\":[9,0,1,0,2,")
                                 << u"the nodes' edge counts add up to 4, but \"edges\" holds 3 edges"_s;
    QTest::newRow("name past strings") << replaced("\"nodes\":[9,0,", "\"nodes\":[9,4000000000,")
                                       << u"nodes[0]: name 4000000000 is not in \"strings\""_s;
    QTest::newRow("id too large") << replaced("\"nodes\":[9,0,1,", "\"nodes\":[9,0,99999999999,")
                                  << u"nodes[2] is 99999999999, larger than a heap snapshot can hold"_s;
    QTest::newRow("nodes before meta") << QByteArray(R"({"nodes":[],"snapshot":{}})")
                                       << u"not a heap snapshot: \"nodes\" comes before \"snapshot\""_s;
    QTest::newRow("odd count") << replaced("\"nodes\":[9,0,1,0,1,0,0,", "\"nodes\":[9,0,1,0,1,0,0,0,")
                               << u"\"nodes\" has 29 numbers, not a multiple of its 7 fields"_s;
    QTest::newRow("corrupt JSON") << replaced("\"edges\":[2,", "\"edges\":[2,,") << u"edges[1] is not a whole number"_s;
}

void TestHeapReader::badInput_isRefusedWithFileAndReason()
{
    checkRefusal();
}

void TestHeapReader::truncatedFile_namesTheByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray valid = validSnapshot();
    for (const char *section : {"\"meta\"", "\"nodes\"", "\"edges\"", "\"strings\""}) {
        const qsizetype cut = valid.indexOf(section) + qsizetype(qstrlen(section)) + 5;
        QTest::newRow(section) << valid.left(cut) << u"truncated: the file ends at byte %1"_s.arg(cut);
    }
    QTest::newRow("before the end") << valid.left(valid.size() - 3)
                                    << u"truncated: the file ends at byte %1"_s.arg(valid.size() - 3);
    QTest::newRow("inside a string") << valid.left(valid.lastIndexOf("some te"))
                                     << u"truncated: the file ends at byte %1"_s.arg(valid.lastIndexOf("some te"));
}

void TestHeapReader::truncatedFile_namesTheByte()
{
    checkRefusal();
}

void TestHeapReader::loneSurrogate_isKept()
{
    QByteArray bytes = validSnapshot();
    bytes.replace("\"some text\"", "\"half \\ud800 a pair\"");
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readBytes(bytes, u"ok.heapsnapshot"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(std::string(result.snapshot->name(3)), std::string("half \\ud800 a pair"));
}

void TestHeapReader::fileTooLargeForMemory_isRefusedBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.heapsnapshot"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(50'000'000)); // sparse: never read, refused on its size
    file.close();
    HeapSnapshotReader::Options options;
    options.memoryLimitBytes = 100'000'000;
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readFile(path, options);
    QVERIFY(!result.ok());
    const QString expected = u"%1: not enough memory: reading a snapshot of 50 MB needs about %2 MB, and 100 MB are available"_s
                                 .arg(path)
                                 .arg((HeapSnapshotReader::peakMemoryFor(50'000'000) + 999'999) / 1'000'000);
    QCOMPARE(result.error, expected);
}

void TestHeapReader::progress_canCancel()
{
    // Enough numbers for the parser to ask between them.
    HeapSnapshotBuilder b;
    for (int i = 0; i < 200'000; ++i)
        b.edge(0, u"element"_s, QString::number(i), b.node(u"number"_s, u"n"_s, 16));
    const QByteArray bytes = b.json();
    QList<double> seen;
    HeapSnapshotReader::Options options;
    options.progress = [&](double fraction) {
        seen.append(fraction);
        return false;
    };
    const HeapSnapshotReader::Result cancelled = HeapSnapshotReader::readBytes(bytes, u"big.heapsnapshot"_s, options);
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.error, u"big.heapsnapshot: cancelled"_s);
    QCOMPARE(seen.size(), 1);

    seen.clear();
    options.progress = [&](double fraction) {
        seen.append(fraction);
        return true;
    };
    const HeapSnapshotReader::Result done = HeapSnapshotReader::readBytes(bytes, u"big.heapsnapshot"_s, options);
    QVERIFY2(done.ok(), qPrintable(done.error));
    QVERIFY(seen.size() >= 2);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(seen.front() > 0 && seen.back() <= 1);
}

void TestHeapReader::readFile_hashesTheBytes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ok.heapsnapshot"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(validSnapshot());
    file.close();
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.fileBytes, validSnapshot().size());
    QCOMPARE(result.sha256, QString::fromLatin1(QCryptographicHash::hash(validSnapshot(), QCryptographicHash::Sha256).toHex()));
}

void TestHeapReader::missingFile_namesIt()
{
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readFile(u"/nonexistent/x.heapsnapshot"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"/nonexistent/x.heapsnapshot: cannot open"_s), qPrintable(result.error));
}

// The seeds of fuzz/fuzz_heapsnapshot.cpp (and the crashes it found, once fixed) are read and
// analysed on every run.
void TestHeapReader::fuzzCorpus_isReadAndAnalysed_data()
{
    QVERIFY(lr::test::addDataFileRows({u"fuzz-corpus/heapsnapshot"_s}) >= 4);
}

void TestHeapReader::fuzzCorpus_isReadAndAnalysed()
{
    QFETCH(QString, path);
    const HeapSnapshotReader::Result result = HeapSnapshotReader::readFile(path);
    if (!result.ok()) {
        QVERIFY(!result.error.isEmpty());
        return;
    }
    const lr::HeapSnapshot &s = *result.snapshot;
    const lr::HeapDominators dominators(s);
    const lr::HeapRetainerPaths paths(s);
    QCOMPARE(dominators.retainedSize(s.rootNode), s.heapBytes());
    for (uint32_t n = 0; n < s.nodeCount(); ++n)
        QVERIFY(dominators.retainedSize(n) <= dominators.retainedSize(dominators.dominator(n)));
}

QTEST_GUILESS_MAIN(TestHeapReader)
#include "tst_heapreader.moc"
