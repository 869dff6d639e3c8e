// The heap snapshot analysis on small hand-made graphs whose answers are known: dominators
// (the Lengauer-Tarjan paper's graph), retained sizes, DevTools' class groups, retainer paths,
// and the comparison of two and three snapshots.
#include "heap/heapcomparer.h"
#include "heap/heapdominators.h"
#include "heap/heapretainerpaths.h"
#include "heap/heapsnapshotfile.h"
#include "heap/heapsnapshotreader.h"
#include "heapsnapshotbuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using lr::test::HeapSnapshotBuilder;

namespace {

lr::HeapSnapshot parsed(const QByteArray &json)
{
    const lr::HeapSnapshotReader::Result result = lr::HeapSnapshotReader::readBytes(json, u"test.heapsnapshot"_s);
    if (!result.ok())
        qWarning() << result.error;
    return result.snapshot.value_or(lr::HeapSnapshot{});
}

QString stepsText(const QList<lr::RetainerStep> &steps)
{
    QStringList parts;
    for (const lr::RetainerStep &step : steps)
        parts.append(step.edge + u':' + step.node);
    return parts.join(u" / "_s);
}

} // namespace

class TestHeapAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void dominators_lengauerTarjanGraph();
    void dominators_ignoreWeakEdgesAndShortcutsBelowTheRoot();
    void dominators_weaklyHeldSubgraphHangsUnderTheRoot();
    void retainedSizes_sumDominatedSubtrees();
    void groupRetainedSize_countsNestedMembersOnce();
    void classNames_groupAsDevToolsDoes();
    void retainerPath_prefersUserVisibleEdges();
    void retainerPath_namesEdgesAsDevTools();
    void reader_followsTheMetaFieldOrder();
    void captureTime_fromNodeFileName();
    void compare_twoSnapshotsCountsNewAndDeleted();
    void compare_threeSnapshotsFindsLeakCandidates();
    void compare_refusesOneSnapshot();
    void compare_reportsProgressAndCancels();
    void compare_namesTheFirstBadFile();
};

// The example of Lengauer and Tarjan, "A fast algorithm for finding dominators in a flowgraph"
// (1979), figure 1, with its dominator tree from the paper.
void TestHeapAnalysis::dominators_lengauerTarjanGraph()
{
    HeapSnapshotBuilder b;
    const QString names = u"RABCDEFGHIJKL"_s;
    QHash<QChar, int> n;
    n[u'R'] = 0; // the builder's root stands for R
    for (const QChar c : names.mid(1))
        n[c] = b.node(u"object"_s, QString(c), 10);
    const QStringList arcs = {u"RA"_s, u"RB"_s, u"RC"_s, u"AD"_s, u"BA"_s, u"BD"_s, u"BE"_s, u"CF"_s, u"CG"_s,
                              u"DL"_s, u"EH"_s, u"FI"_s, u"GI"_s, u"GJ"_s, u"HE"_s, u"HK"_s, u"IK"_s, u"JI"_s,
                              u"KI"_s, u"KR"_s, u"LH"_s};
    for (const QString &arc : arcs)
        b.edge(n[arc[0]], u"property"_s, arc.toLower(), n[arc[1]]);
    const lr::HeapSnapshot s = parsed(b.json());
    QCOMPARE(s.nodeCount(), 13u);
    const lr::HeapDominators dominators(s);
    const QHash<QChar, QChar> expected = {{u'A', u'R'}, {u'B', u'R'}, {u'C', u'R'}, {u'D', u'R'}, {u'E', u'R'},
                                          {u'F', u'C'}, {u'G', u'C'}, {u'H', u'R'}, {u'I', u'R'}, {u'J', u'G'},
                                          {u'K', u'R'}, {u'L', u'D'}};
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QChar actual = names[int(dominators.dominator(n[it.key()]))];
        QVERIFY2(actual == it.value(), qPrintable(u"idom(%1) is %2, not %3"_s.arg(it.key()).arg(actual).arg(it.value())));
    }
    QCOMPARE(dominators.dominator(0), 0u);
}

void TestHeapAnalysis::dominators_ignoreWeakEdgesAndShortcutsBelowTheRoot()
{
    HeapSnapshotBuilder b;
    const int a = b.node(u"object"_s, u"A"_s, 10);
    const int bNode = b.node(u"object"_s, u"B"_s, 10);
    const int x = b.node(u"object"_s, u"X"_s, 10);
    b.edge(0, u"property"_s, u"a"_s, a);
    b.edge(0, u"property"_s, u"b"_s, bNode);
    b.edge(a, u"weak"_s, u"x"_s, x);
    b.edge(a, u"shortcut"_s, u"x2"_s, x);
    b.edge(bNode, u"property"_s, u"x"_s, x);
    const lr::HeapSnapshot s = parsed(b.json());
    const lr::HeapDominators dominators(s);
    QCOMPARE(dominators.dominator(x), uint32_t(bNode)); // not the root: A's links to X do not retain it
    QCOMPARE(dominators.retainedSize(bNode), 20u);
    QCOMPARE(dominators.retainedSize(a), 10u);
}

void TestHeapAnalysis::dominators_weaklyHeldSubgraphHangsUnderTheRoot()
{
    HeapSnapshotBuilder b;
    const int a = b.node(u"object"_s, u"A"_s, 10);
    const int u = b.node(u"object"_s, u"U"_s, 7);
    const int v = b.node(u"object"_s, u"V"_s, 5);
    b.edge(0, u"property"_s, u"a"_s, a);
    b.edge(a, u"weak"_s, u"u"_s, u);
    b.edge(u, u"property"_s, u"v"_s, v);
    const lr::HeapSnapshot s = parsed(b.json());
    const lr::HeapDominators dominators(s);
    QCOMPARE(dominators.dominator(u), 0u);
    QCOMPARE(dominators.dominator(v), uint32_t(u));
    QCOMPARE(dominators.retainedSize(u), 12u);
    QCOMPARE(dominators.retainedSize(0), 22u);
}

void TestHeapAnalysis::retainedSizes_sumDominatedSubtrees()
{
    // root -> A -> C, root -> B -> C, C -> D: C is shared, so neither A nor B retains it.
    HeapSnapshotBuilder b;
    const int a = b.node(u"object"_s, u"A"_s, 100);
    const int bNode = b.node(u"object"_s, u"B"_s, 200);
    const int c = b.node(u"object"_s, u"C"_s, 30);
    const int d = b.node(u"array"_s, u"D"_s, 4);
    b.edge(0, u"property"_s, u"a"_s, a);
    b.edge(0, u"property"_s, u"b"_s, bNode);
    b.edge(a, u"property"_s, u"c"_s, c);
    b.edge(bNode, u"property"_s, u"c"_s, c);
    b.edge(c, u"internal"_s, u"elements"_s, d);
    const lr::HeapSnapshot s = parsed(b.json());
    const lr::HeapDominators dominators(s);
    QCOMPARE(dominators.retainedSize(a), 100u);
    QCOMPARE(dominators.retainedSize(bNode), 200u);
    QCOMPARE(dominators.retainedSize(c), 34u);
    QCOMPARE(dominators.retainedSize(d), 4u);
    QCOMPARE(dominators.retainedSize(0), 334u);
    QCOMPARE(s.heapBytes(), 334u);
}

void TestHeapAnalysis::groupRetainedSize_countsNestedMembersOnce()
{
    // Foo P holds Foo Q and Bar R; another Foo S stands alone. Foo's retained size is P's
    // (which includes Q) plus S's; Q is not counted twice.
    HeapSnapshotBuilder b;
    const int p = b.node(u"object"_s, u"Foo"_s, 10);
    const int q = b.node(u"object"_s, u"Foo"_s, 5);
    const int r = b.node(u"object"_s, u"Bar"_s, 3);
    const int sNode = b.node(u"object"_s, u"Foo"_s, 7);
    b.edge(0, u"property"_s, u"p"_s, p);
    b.edge(0, u"property"_s, u"s"_s, sNode);
    b.edge(p, u"property"_s, u"q"_s, q);
    b.edge(p, u"property"_s, u"r"_s, r);
    const lr::HeapSnapshot s = parsed(b.json());
    const lr::HeapDominators dominators(s);
    std::vector<int32_t> groups(s.nodeCount(), -1);
    groups[p] = groups[q] = groups[sNode] = 0;
    groups[r] = 1;
    const std::vector<uint64_t> sizes = dominators.retainedSizeByGroup(groups, 2);
    QCOMPARE(sizes[0], 25u);
    QCOMPARE(sizes[1], 3u);
}

void TestHeapAnalysis::classNames_groupAsDevToolsDoes()
{
    HeapSnapshotBuilder b;
    const QList<std::pair<QString, QString>> rows = {
        {u"object"_s, u"SessionContext"_s}, {u"native"_s, u"Detached HTMLDivElement"_s}, {u"closure"_s, u"onReconnect"_s},
        {u"string"_s, u"hello"_s}, {u"concatenated string"_s, u"a"_s}, {u"array"_s, u"(object elements)"_s},
        {u"hidden"_s, u"system / Context"_s}, {u"code"_s, u"foo"_s}, {u"regexp"_s, u"a+"_s}, {u"number"_s, u"heap number"_s}};
    const QStringList expected = {u"SessionContext"_s, u"Detached HTMLDivElement"_s, u"(closure)"_s, u"(string)"_s,
                                  u"(concatenated string)"_s, u"(array)"_s, u"(system)"_s, u"(compiled code)"_s,
                                  u"(regexp)"_s, u"(number)"_s};
    QList<int> nodes;
    for (const auto &[type, name] : rows) {
        nodes.append(b.node(type, name, 8));
        b.edge(0, u"element"_s, QString::number(nodes.size()), nodes.back());
    }
    const lr::HeapSnapshot s = parsed(b.json());
    for (qsizetype i = 0; i < nodes.size(); ++i)
        QCOMPARE(QString::fromStdString(s.className(uint32_t(nodes[i]))), expected[i]);
    // Two objects of one constructor share a key; two strings too; an object and a closure do not.
    QCOMPARE(s.classKey(uint32_t(nodes[3])), s.classKey(uint32_t(nodes[3])));
    QVERIFY(s.classKey(uint32_t(nodes[0])) != s.classKey(uint32_t(nodes[2])));
}

// The path of the example, with a shorter one through internal edges beside it that
// an investigator could not read.
void TestHeapAnalysis::retainerPath_prefersUserVisibleEdges()
{
    HeapSnapshotBuilder b;
    const int gcRoots = b.node(u"synthetic"_s, u"(GC roots)"_s, 0);
    const int handles = b.node(u"synthetic"_s, u"(Global handles)"_s, 0);
    const int global = b.node(u"object"_s, u"global"_s, 40);
    const int bus = b.node(u"object"_s, u"EventEmitter"_s, 40);
    const int events = b.node(u"object"_s, u"Object"_s, 40);
    const int listeners = b.node(u"object"_s, u"Array"_s, 32);
    const int closure = b.node(u"closure"_s, u"onReconnect"_s, 32);
    const int context = b.node(u"object"_s, u"system / Context"_s, 48);
    const int session = b.node(u"object"_s, u"SessionContext"_s, 64);
    b.edge(0, u"element"_s, u"1"_s, gcRoots);
    b.edge(0, u"shortcut"_s, u"2"_s, global);
    b.edge(gcRoots, u"element"_s, u"0"_s, handles);
    b.edge(handles, u"internal"_s, u"handle"_s, session); // shorter, but nothing a user wrote
    b.edge(global, u"property"_s, u"redisBus"_s, bus);
    b.edge(bus, u"property"_s, u"_events"_s, events);
    b.edge(events, u"property"_s, u"reconnect"_s, listeners);
    b.edge(listeners, u"element"_s, u"12"_s, closure);
    b.edge(closure, u"internal"_s, u"context"_s, context);
    b.edge(context, u"context"_s, u"ctx"_s, session);
    const lr::HeapSnapshot s = parsed(b.json());
    const lr::HeapRetainerPaths paths(s);
    QVERIFY(paths.isUserVisible(session));
    QCOMPARE(stepsText(paths.pathTo(session)),
             u"global:global / redisBus:EventEmitter / _events:Object / reconnect:Array / [12]:(closure) / ctx:SessionContext"_s);
    // A context as the end of a path is a step of its own.
    QCOMPARE(stepsText(paths.pathTo(context)),
             u"global:global / redisBus:EventEmitter / _events:Object / reconnect:Array / [12]:(closure) / {context}:system / Context"_s);
    // Reached only through internal edges: the shortest strong path, starting at "(GC roots)".
    QVERIFY(paths.isUserVisible(handles));
    QCOMPARE(stepsText(paths.pathTo(handles)), u"[0]:(Global handles)"_s);
    QVERIFY(paths.pathTo(0).isEmpty());
}

void TestHeapAnalysis::retainerPath_namesEdgesAsDevTools()
{
    HeapSnapshotBuilder b;
    const int map = b.node(u"object"_s, u"Map"_s, 40);
    const int table = b.node(u"array"_s, u"(object elements)"_s, 100);
    const int value = b.node(u"object"_s, u"Session"_s, 24);
    const int weakOnly = b.node(u"object"_s, u"Cache"_s, 24);
    b.edge(0, u"property"_s, u"my sessions"_s, map);
    b.edge(map, u"internal"_s, u"table"_s, table);
    b.edge(table, u"hidden"_s, u"3"_s, value);
    b.edge(map, u"weak"_s, u"cache"_s, weakOnly);
    const lr::HeapSnapshot s = parsed(b.json());
    const lr::HeapRetainerPaths paths(s);
    QVERIFY(!paths.isUserVisible(value));
    QCOMPARE(stepsText(paths.pathTo(value)), u"'my sessions':Map / {table}:(array) / [3]:Session"_s);
    QCOMPARE(paths.distance(weakOnly), lr::HeapRetainerPaths::kUnreachable); // never through weak edges
    QVERIFY(paths.pathTo(weakOnly).isEmpty());
}

void TestHeapAnalysis::reader_followsTheMetaFieldOrder()
{
    HeapSnapshotBuilder b;
    const int a = b.node(u"object"_s, u"A"_s, 100, 1001);
    const int c = b.node(u"closure"_s, u"f"_s, 32, 1003);
    b.edge(0, u"property"_s, u"a"_s, a);
    b.edge(a, u"property"_s, u"f"_s, c);
    const lr::HeapSnapshot usual = parsed(b.json());
    const lr::HeapSnapshot reordered = parsed(b.jsonWithReorderedFields());
    QCOMPARE(reordered.nodeCount(), 3u);
    QCOMPARE(reordered.nodeType, usual.nodeType);
    QCOMPARE(reordered.nodeId, usual.nodeId);
    QCOMPARE(reordered.nodeSelfSize, usual.nodeSelfSize);
    QCOMPARE(reordered.firstEdge, usual.firstEdge);
    QCOMPARE(reordered.edgeTo, usual.edgeTo);
    QCOMPARE(reordered.nodeId[a], 1001u);
    QCOMPARE(QString::fromStdString(reordered.className(c)), u"(closure)"_s);
}

void TestHeapAnalysis::captureTime_fromNodeFileName()
{
    const auto time = lr::HeapSnapshotFile::captureTimeFromName(u"Heap-20240102-030405-9377-0-1.heapsnapshot"_s);
    QVERIFY(time.has_value());
    QCOMPARE(*time, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::systemTimeZone()).toUTC());
    QCOMPARE(time->timeSpec(), Qt::UTC);
    QVERIFY(!lr::HeapSnapshotFile::captureTimeFromName(u"before.heapsnapshot"_s));
    QVERIFY(!lr::HeapSnapshotFile::captureTimeFromName(u"Heap-20241399-030405-1-0-1.heapsnapshot"_s));
}

void TestHeapAnalysis::compare_twoSnapshotsCountsNewAndDeleted()
{
    // S1: Foo#3 (10 B), Foo#5 (10 B), Bar#11 (6 B). S2: Foo#3 stays, Foo#5 is gone, Foo#7 (12 B)
    // and Baz#9 (20 B) are new, Bar#11 is gone.
    QTemporaryDir dir;
    HeapSnapshotBuilder s1;
    for (const auto &[name, size, id] : {std::tuple(u"Foo"_s, 10, 3), std::tuple(u"Foo"_s, 10, 5), std::tuple(u"Bar"_s, 6, 11)})
        s1.edge(0, u"property"_s, u"x"_s, s1.node(u"object"_s, name, size, id));
    HeapSnapshotBuilder s2;
    for (const auto &[name, size, id] : {std::tuple(u"Foo"_s, 10, 3), std::tuple(u"Foo"_s, 12, 7), std::tuple(u"Baz"_s, 20, 9)})
        s2.edge(0, u"property"_s, name.toLower(), s2.node(u"object"_s, name, size, id));
    QVERIFY(s1.writeTo(dir.filePath(u"s1.heapsnapshot"_s)) && s2.writeTo(dir.filePath(u"s2.heapsnapshot"_s)));
    QString error;
    const auto result = lr::HeapComparer::compare({dir.filePath(u"s1.heapsnapshot"_s), dir.filePath(u"s2.heapsnapshot"_s)}, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(!result->usesThreeSnapshotTechnique());
    QCOMPARE(result->snapshots.size(), 2);
    QCOMPARE(result->snapshots[1].heapBytes, 42);
    QCOMPARE(result->snapshots[1].nodeCount, 4);
    QCOMPARE(result->snapshots[0].capturedAtSource, lr::HeapSnapshotSummary::CaptureTimeSource::ModificationTime);
    QCOMPARE(result->snapshots[0].sha256.size(), 64);
    QCOMPARE(result->classes.size(), 3);
    const lr::HeapClassDelta &baz = result->classes[0]; // largest size delta first
    QCOMPARE(baz.name, u"Baz"_s);
    QCOMPARE(baz.newCount, 1);
    QCOMPARE(baz.sizeDelta, 20);
    QCOMPARE(baz.retainedBytes, 20);
    QCOMPARE(stepsText(baz.retainerPath), u"baz:Baz"_s);
    const lr::HeapClassDelta &foo = result->classes[1];
    QCOMPARE(foo.name, u"Foo"_s);
    QCOMPARE(foo.newCount, 1);
    QCOMPARE(foo.deletedCount, 1);
    QCOMPARE(foo.countDelta, 0);
    QCOMPARE(foo.allocBytes, 12);
    QCOMPARE(foo.freedBytes, 10);
    QCOMPARE(foo.sizeDelta, 2);
    QCOMPARE(foo.retainedBytes, 12); // of the new Foo only
    const lr::HeapClassDelta &bar = result->classes[2];
    QCOMPARE(bar.name, u"Bar"_s);
    QCOMPARE(bar.deletedCount, 1);
    QCOMPARE(bar.sizeDelta, -6);
    QVERIFY(bar.retainerPath.isEmpty());
}

void TestHeapAnalysis::compare_threeSnapshotsFindsLeakCandidates()
{
    // Leak#21, Leak#23 and Temp#25 come between S1 and S2; S3 still holds Leak#21 and Leak#23
    // but not Temp#25, and adds Late#27, which is after S2 and so no candidate.
    QTemporaryDir dir;
    HeapSnapshotBuilder s1, s2, s3;
    s1.edge(0, u"property"_s, u"keep"_s, s1.node(u"object"_s, u"Keep"_s, 8, 3));
    for (HeapSnapshotBuilder *b : {&s2, &s3}) {
        const int holder = b->node(u"object"_s, u"Holder"_s, 8, 3);
        b->edge(0, u"property"_s, u"keep"_s, holder);
        b->edge(holder, u"element"_s, u"0"_s, b->node(u"object"_s, u"Leak"_s, 30, 21));
        b->edge(holder, u"element"_s, u"1"_s, b->node(u"object"_s, u"Leak"_s, 30, 23));
    }
    s2.edge(0, u"property"_s, u"temp"_s, s2.node(u"object"_s, u"Temp"_s, 50, 25));
    s3.edge(0, u"property"_s, u"late"_s, s3.node(u"object"_s, u"Late"_s, 70, 27));
    QStringList files;
    for (const auto &[b, name] : {std::pair(&s1, u"s1"_s), std::pair(&s2, u"s2"_s), std::pair(&s3, u"s3"_s)}) {
        files.append(dir.filePath(name + u".heapsnapshot"_s));
        QVERIFY(b->writeTo(files.back()));
    }
    QString error;
    const auto result = lr::HeapComparer::compare(files, &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->usesThreeSnapshotTechnique());
    QCOMPARE(result->classes.size(), 2);
    const lr::HeapClassDelta &leak = result->classes[0];
    QCOMPARE(leak.name, u"Leak"_s);
    QCOMPARE(leak.newCount, 2);
    QCOMPARE(leak.deletedCount, 0);
    QCOMPARE(leak.countDelta, 2);
    QCOMPARE(leak.allocBytes, 60);
    QCOMPARE(leak.sizeDelta, 60);
    QCOMPARE(leak.retainedBytes, 60);
    QCOMPARE(stepsText(leak.retainerPath), u"keep:Holder / [0]:Leak"_s);
    const lr::HeapClassDelta &temp = result->classes[1];
    QCOMPARE(temp.name, u"Temp"_s);
    QCOMPARE(temp.newCount, 0);
    QCOMPARE(temp.deletedCount, 1); // short-lived: allocated after S1, gone by S3
    QCOMPARE(temp.freedBytes, 50);
    QCOMPARE(temp.sizeDelta, 0);
}

void TestHeapAnalysis::compare_refusesOneSnapshot()
{
    QString error;
    QVERIFY(!lr::HeapComparer::compare({u"a.heapsnapshot"_s}, &error));
    QVERIFY2(error.contains(u"two or three"_s), qPrintable(error));
}

void TestHeapAnalysis::compare_reportsProgressAndCancels()
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 3; ++i) {
        HeapSnapshotBuilder b;
        for (int n = 0; n <= i; ++n)
            b.edge(0, u"property"_s, u"x"_s, b.node(u"object"_s, u"Foo"_s, 10, quint64(11 + 2 * n)));
        files.append(dir.filePath(u"s%1.heapsnapshot"_s.arg(i)));
        QVERIFY(b.writeTo(files.back()));
    }
    QList<double> seen;
    QString error;
    QVERIFY(lr::HeapComparer::compare(files, &error, [&](double fraction) {
        seen.append(fraction);
        return true;
    }));
    QVERIFY(!seen.isEmpty());
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QVERIFY(qFuzzyCompare(seen.last(), 1.0));

    QVERIFY(!lr::HeapComparer::compare(files, &error, [](double) { return false; }));
    QVERIFY2(error.endsWith(u"cancelled"_s), qPrintable(error));
}

void TestHeapAnalysis::compare_namesTheFirstBadFile()
{
    QTemporaryDir dir;
    HeapSnapshotBuilder b;
    b.edge(0, u"property"_s, u"x"_s, b.node(u"object"_s, u"Foo"_s, 10));
    const QString good = dir.filePath(u"good.heapsnapshot"_s);
    QVERIFY(b.writeTo(good));
    const QString cut = dir.filePath(u"cut.heapsnapshot"_s);
    QFile file(cut);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(b.json().left(40));
    file.close();
    QString error;
    QVERIFY(!lr::HeapComparer::compare({cut, good, u"/nonexistent/s3.heapsnapshot"_s}, &error));
    QVERIFY2(error.startsWith(cut + u": truncated"_s), qPrintable(error));
    QVERIFY(!lr::HeapComparer::compare({good, u"/nonexistent/s2.heapsnapshot"_s}, &error));
    QVERIFY2(error.startsWith(u"/nonexistent/s2.heapsnapshot: cannot open"_s), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestHeapAnalysis)
#include "tst_heapanalysis.moc"
