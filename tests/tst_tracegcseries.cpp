#include "testsupport.h"

#include "series/seriesimporter.h"
#include "series/tracegcseriesreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace lr;

// Node.js --trace-gc logs: the heap used after each GC, one series per isolate, whatever else
// the log holds; anything that cannot be read is refused with its line.
class TestTraceGcSeries : public QObject
{
    Q_OBJECT

private slots:
    void realLogs_readTheHeapAfterEachGc_data();
    void realLogs_readTheHeapAfterEachGc();
    void gcLineVariants_readTimeHeapAndIsolate_data();
    void gcLineVariants_readTimeHeapAndIsolate();
    void isolates_getOneSeriesEach_namedByPidAndAddressWhenNeeded();
    void timeRunningBackwards_inAnotherIsolate_isFine();
    void sameMillisecond_keepsBothGcs();
    void applicationOutput_isIgnored();
    void outOfMemoryReport_doesNotRepeatGcs();
    void outOfMemoryReport_alone_isRead();
    void lineOfExactlyOneMiB_isRead();
    void logGrowingWhileRead_isReadWhole();
    void malformedInput_isRefusedWithLineAndReason_data();
    void malformedInput_isRefusedWithLineAndReason();
    void traceGcNvpLog_readsTheHeapAfterEachGcInBytes();
    void traceGcNvpLine_withoutItsSizes_isRefused();
    void fuzzCorpus_hasSeeds();
    void fuzzCorpusAndSamples_keepTheContract_data();
    void fuzzCorpusAndSamples_keepTheContract();
};

static SeriesImportResult readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return TraceGcSeriesReader::read(buffer, u"gc.log"_s);
}

static SeriesImportResult readDataFile(const QString &relativePath)
{
    QFile file(QStringLiteral(LEAKREPORT_TEST_DATA) + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return TraceGcSeriesReader::read(file, relativePath.section(u'/', -1));
}

// One GC line as Node 20 prints it.
static QByteArray gcLine(const QByteArray &isolate, qint64 time, const QByteArray &after)
{
    return '[' + isolate + "] " + QByteArray::number(time).rightJustified(8, ' ') + " ms: Scavenge 9.9 (12.0) -> " + after
        + " (12.0) MB, 0.95 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; \n";
}

static MemorySeries expectedSeries(const QString &name, const QString &query, const QList<MemorySample> &samples)
{
    MemorySeries series;
    series.name = name;
    series.timeUnit = MemorySeries::TimeUnit::Milliseconds;
    series.samples = samples;
    series.source.format = u"trace-gc"_s;
    series.source.query = query;
    return series;
}

void TestTraceGcSeries::realLogs_readTheHeapAfterEachGc_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<MemorySeries>>("expected");

    // Bytes computed by hand: V8's MB is 2^20 bytes, so x.y MB = x * 1048576 + y * 104857.6 B.
    QTest::newRow("node 20, with the application's logging and a stack trace")
        << u"series/tracegc/node20-app-logging.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 21253)"_s, u"21253:0x4352cc00"_s,
                                              {{40, 3879731.2},
                                               {45, 3879731.2},
                                               {55, 4718592.0},
                                               {67, 6291456.0},
                                               {76, 6606028.8},
                                               {105, 9961472.0},
                                               {125, 12792627.2},
                                               {146, 14889779.2},
                                               {256, 22754099.2},
                                               {307, 24956108.8},
                                               {444, 25165824.0}})};
    QTest::newRow("node 20, the prefix cut off by a log shipper")
        << u"series/tracegc/stripped-prefix.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC"_s, QString(),
                                              {{40, 3879731.2},
                                               {45, 3879731.2},
                                               {55, 4718592.0},
                                               {67, 6291456.0},
                                               {76, 6606028.8},
                                               {105, 9961472.0},
                                               {125, 12792627.2},
                                               {146, 14889779.2},
                                               {256, 22754099.2},
                                               {307, 24956108.8},
                                               {444, 25165824.0}})};
    // The worker's isolate starts later and has its own clock: its times interleave with main's.
    QTest::newRow("node 20, main thread and a worker thread")
        << u"series/tracegc/node20-worker-threads.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 21295, isolate 0x3ba77150)"_s,
                                              u"21295:0x3ba77150"_s,
                                              {{81, 3879731.2}, {90, 4089446.4}, {94, 4823449.6}, {106, 7340032.0},
                                               {143, 7549747.2}}),
                               expectedSeries(u"heap used after GC (pid 21295, isolate 0x7f4a24000f00)"_s,
                                              u"21295:0x7f4a24000f00"_s,
                                              {{60, 2936012.8}, {135, 3565158.4}, {192, 4508876.8}, {201, 5662310.4},
                                               {220, 7130316.8}})};
    // The 434 ms Mark-Compact appears twice (trace and "Last few GCs"); it is read once.
    QTest::newRow("node 20, out of memory")
        << u"series/tracegc/node20-out-of-memory.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 19764)"_s, u"19764:0x1d0ec870"_s,
                                              {{60, 3879731.2},
                                               {70, 4089446.4},
                                               {73, 4718592.0},
                                               {92, 6081740.8},
                                               {101, 7130316.8},
                                               {117, 8074035.2},
                                               {146, 11114905.6},
                                               {174, 13316915.2},
                                               {201, 11848908.8},
                                               {323, 18035507.2},
                                               {355, 18035507.2},
                                               {357, 19084083.2},
                                               {434, 21286092.8}})};
    QTest::newRow("node 6, pid only, Mark-sweep")
        << u"series/tracegc/node6-pid-only.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 24851)"_s, u"24851"_s,
                                              {{412, 7864320.0},
                                               {977, 12163481.6},
                                               {1503, 19818086.4},
                                               {2210, 21076377.6},
                                               {4096, 26214400.0}})};
    QTest::newRow("windows, CRLF, isolate address without 0x")
        << u"series/tracegc/windows-crlf.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 7824)"_s, u"7824:000001C3A99505C0"_s,
                                              {{1207, 5557452.8}, {3388, 42467328.0}, {4419, 46137344.0}})};
    QTest::newRow("node 22, pooled memory, (reduce) and (interleaved)")
        << u"series/tracegc/node22-pooled.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 98321)"_s, u"98321:0x2a7f0000"_s,
                                              {{31, 3670016.0},
                                               {48, 4299161.6},
                                               {902, 31666995.2},
                                               {9031, 32296140.8},
                                               {9050, 30828134.4}})};
    QTest::newRow("--minor-ms: Minor Mark-Sweep")
        << u"series/tracegc/minor-ms.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 40210)"_s, u"40210:0x5581c2e0"_s,
                                              {{52, 4089446.4}, {97, 5872025.6}, {311, 13526630.4}})};
    QTest::newRow("docker compose, service prefix before the isolate")
        << u"series/tracegc/docker-compose.log"_s
        << QList<MemorySeries>{expectedSeries(u"heap used after GC (pid 1)"_s, u"1:0x55d0c8e3c000"_s,
                                              {{118, 5347737.6}, {3602, 10590617.6}, {3602117, 305869619.2}})};
}

void TestTraceGcSeries::realLogs_readTheHeapAfterEachGc()
{
    QFETCH(QString, file);
    QFETCH(QList<MemorySeries>, expected);

    const SeriesImportResult result = readDataFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const MemorySeries &actual = result.series.at(i);
        QCOMPARE(actual.name, expected.at(i).name);
        QCOMPARE(actual.source.query, expected.at(i).source.query);
        QCOMPARE(actual.source.format, u"trace-gc"_s);
        QVERIFY(actual.source.fileName.isEmpty()); // the caller fills it in
        QCOMPARE(actual.role, SeriesRole::Other);
        QCOMPARE(actual.timeUnit, MemorySeries::TimeUnit::Milliseconds);
        QCOMPARE(actual.samples, expected.at(i).samples);
    }
}

void TestTraceGcSeries::gcLineVariants_readTimeHeapAndIsolate_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<qint64>("time");
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("isolate");

    // Bytes by hand, as above.
    QTest::newRow("node 20") << QByteArray("[12345:0x5581c2e0]     3602 ms: Scavenge 12.3 (15.0) -> 10.1 (16.0) MB, "
                                           "1.2 / 0.0 ms  (average mu = 1.000, current mu = 1.000) allocation failure;")
                             << qint64(3602) << 10590617.6 << u"12345:0x5581c2e0"_s;
    QTest::newRow("long-running, time fills the column")
        << QByteArray("[12345:0x5581c2e0]  3602117 ms: Mark-Compact 298.4 (312.0) -> 291.7 (310.5) MB, 118.2 / 0.0 ms  "
                      "(average mu = 0.212, current mu = 0.180) allocation failure; scavenge might not succeed")
        << qint64(3602117) << 305869619.2 << u"12345:0x5581c2e0"_s;
    QTest::newRow("time wider than the column")
        << QByteArray("[7:0x1f]123456789 ms: Scavenge 1.0 (2.0) -> 0.5 (2.0) MB, 0.1 / 0.0 ms")
        << qint64(123456789) << 524288.0 << u"7:0x1f"_s;
    QTest::newRow("single spaces") << QByteArray("[24851] 852 ms: Scavenge 26.8 (57.2) -> 20.8 (58.2) MB, 3.1 ms "
                                                 "[allocation failure].")
                                   << qint64(852) << 21810380.8 << u"24851"_s;
    QTest::newRow("two prefixes: the one next to the time is V8's")
        << QByteArray("[12345:0x5581c2e0] [1234:0x7f00aa00]      100 ms: Scavenge 2.0 (3.0) -> 1.5 (3.0) MB, 0.4 / 0.0 ms")
        << qint64(100) << 1572864.0 << u"1234:0x7f00aa00"_s;
    QTest::newRow("no prefix") << QByteArray("     250 ms: Mark-Compact 8.0 (9.0) -> 4.0 (9.0) MB, 2.0 / 0.0 ms")
                               << qint64(250) << 4194304.0 << QString();
    QTest::newRow("no prefix, at the start of the line")
        << QByteArray("250 ms: Mark-Compact 8.0 (9.0) -> 4.0 (9.0) MB, 2.0 / 0.0 ms") << qint64(250) << 4194304.0
        << QString();
    QTest::newRow("log level in brackets is no isolate")
        << QByteArray("[INFO]      250 ms: Scavenge 8.0 (9.0) -> 4.0 (9.0) MB, 2.0 / 0.0 ms") << qint64(250)
        << 4194304.0 << QString();
    QTest::newRow("pm2 prefix") << QByteArray("0|api      | [31:0x6a3b2c0]     1500 ms: Scavenge 5.0 (6.0) -> 4.25 (7.0) "
                                              "MB, 0.5 / 0.0 ms")
                                << qint64(1500) << 4456448.0 << u"31:0x6a3b2c0"_s;
    QTest::newRow("Scavenge (reduce)") << QByteArray("[1:0xa]      10 ms: Scavenge (reduce) 3.0 (4.0) -> 2.0 (4.0) MB, "
                                                     "0.3 / 0.0 ms")
                                       << qint64(10) << 2097152.0 << u"1:0xa"_s;
    QTest::newRow("Mark-Compact (reduce)")
        << QByteArray("[1:0xa]   10448 ms: Mark-Compact (reduce) 510.7 (524.7) -> 510.1 (522.0) MB, pooled: 0 MB, "
                      "225.50 / 0.00 ms  (+ 0.1 ms in 0 steps since start of marking, biggest step 0.0 ms, walltime "
                      "since start of marking 237 ms) (average mu = 0.104, curren")
        << qint64(10448) << 534878617.6 << u"1:0xa"_s;
    QTest::newRow("Minor Mark-Compact") << QByteArray("[1:0xa]      77 ms: Minor Mark-Compact 6.0 (8.0) -> 5.0 (8.0) "
                                                      "MB, 0.8 / 0.0 ms")
                                        << qint64(77) << 5242880.0 << u"1:0xa"_s;
    QTest::newRow("Mark-sweep") << QByteArray("[9:0xb]    54060 ms: Mark-sweep 104.7 (147.8) -> 102.3 (147.8) MB, 105.5 "
                                              "/ 0.0 ms [Isolate::RequestGarbageCollection] [GC in old space "
                                              "requested].")
                                << qint64(54060) << 107269324.8 << u"9:0xb"_s;
    QTest::newRow("integer sizes") << QByteArray("[1:0xa]      10 ms: Scavenge 3 (4) -> 2 (4) MB, 0.3 / 0.0 ms")
                                   << qint64(10) << 2097152.0 << u"1:0xa"_s;
    QTest::newRow("fraction of a millisecond rounds")
        << QByteArray("[1:0xa]    10.6 ms: Scavenge 3.0 (4.0) -> 2.0 (4.0) MB, 0.3 / 0.0 ms") << qint64(11) << 2097152.0
        << u"1:0xa"_s;
    QTest::newRow("zero heap after") << QByteArray("[1:0xa]       0 ms: Scavenge 0.0 (0.0) -> 0.0 (0.0) MB, 0.0 / 0.0 ms")
                                     << qint64(0) << 0.0 << u"1:0xa"_s;
    QTest::newRow("no trailing comma") << QByteArray("[1:0xa]      10 ms: Scavenge 3.0 (4.0) -> 2.0 (4.0) MB")
                                       << qint64(10) << 2097152.0 << u"1:0xa"_s;
    QTest::newRow("UTF-8 byte order mark")
        << QByteArray("\xEF\xBB\xBF[1:0xa]      10 ms: Scavenge 3.0 (4.0) -> 2.0 (4.0) MB, 0.3 / 0.0 ms")
        << qint64(10) << 2097152.0 << u"1:0xa"_s;
}

void TestTraceGcSeries::gcLineVariants_readTimeHeapAndIsolate()
{
    QFETCH(QByteArray, line);
    QFETCH(qint64, time);
    QFETCH(double, bytes);
    QFETCH(QString, isolate);

    for (const QByteArray &ending : {QByteArray(), QByteArray("\n"), QByteArray("\r\n")}) {
        const SeriesImportResult result = readBytes(line + ending);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.series.size(), 1);
        QCOMPARE(result.series[0].source.query, isolate);
        QCOMPARE(result.series[0].samples, (QList<MemorySample>{{time, bytes}}));
    }
}

void TestTraceGcSeries::isolates_getOneSeriesEach_namedByPidAndAddressWhenNeeded()
{
    // Two processes appended to one log (a restart), the second with a worker thread.
    const QByteArray log = gcLine("100:0xaa", 10, "1.0") + gcLine("200:0xbb", 5, "2.0") + gcLine("100:0xaa", 20, "1.5")
        + gcLine("200:0xcc", 7, "3.0") + gcLine("200:0xbb", 9, "2.5");
    const SeriesImportResult result = readBytes(log);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 3);
    QCOMPARE(result.series[0].name, u"heap used after GC (pid 100)"_s);
    QCOMPARE(result.series[1].name, u"heap used after GC (pid 200, isolate 0xbb)"_s);
    QCOMPARE(result.series[2].name, u"heap used after GC (pid 200, isolate 0xcc)"_s);
    QCOMPARE(result.series[0].source.query, u"100:0xaa"_s);
    QCOMPARE(result.series[1].source.query, u"200:0xbb"_s);
    QCOMPARE(result.series[2].source.query, u"200:0xcc"_s);
    // By hand: 1.0, 1.5, 2.0, 2.5, 3.0 MB.
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{10, 1048576.0}, {20, 1572864.0}}));
    QCOMPARE(result.series[1].samples, (QList<MemorySample>{{5, 2097152.0}, {9, 2621440.0}}));
    QCOMPARE(result.series[2].samples, (QList<MemorySample>{{7, 3145728.0}}));
}

void TestTraceGcSeries::timeRunningBackwards_inAnotherIsolate_isFine()
{
    const SeriesImportResult result = readBytes(gcLine("1:0xa", 500, "1.0") + gcLine("1:0xb", 20, "1.0"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 2);
}

void TestTraceGcSeries::sameMillisecond_keepsBothGcs()
{
    // A Scavenge and the Mark-Compact it triggers often print the same rounded millisecond.
    const SeriesImportResult result = readBytes(gcLine("1:0xa", 40, "4.0") + gcLine("1:0xa", 40, "3.0"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{40, 4194304.0}, {40, 3145728.0}}));
}

void TestTraceGcSeries::applicationOutput_isIgnored()
{
    const QByteArray log = "GET /api/orders 200 12 ms: ok\n"
                           "job took 12 ms: Scavenger hunt finished\n"
                           "[1:0xa] Memory reducer: started GC #1\n"
                           "[1:0xa] Fast promotion mode: false survival rate: 13%\n"
                           "      90 ms: Memory reducer: waiting for 8000 ms\n"
                           "Error: boom\n    at main (/srv/app.js:1:1)\n"
                           "{\"level\":30,\"msg\":\"Scavenge 1 (2) -> 3 (4) MB\"}\n"
        + gcLine("1:0xa", 100, "2.0") + "\n\n\t\n";
    const SeriesImportResult result = readBytes(log);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{100, 2097152.0}}));
}

void TestTraceGcSeries::outOfMemoryReport_doesNotRepeatGcs()
{
    // V8 replays its ring buffer of recent GCs, older ones included, after the trace.
    const QByteArray log = gcLine("1:0xa", 100, "10.0") + gcLine("1:0xa", 200, "20.0") + gcLine("1:0xa", 200, "19.0")
        + gcLine("1:0xa", 300, "30.0") + "\n<--- Last few GCs --->\n\n" + gcLine("1:0xa", 200, "20.0")
        + gcLine("1:0xa", 200, "19.0") + gcLine("1:0xa", 300, "30.0") + gcLine("1:0xa", 310, "31.0")
        + "\n<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
    const SeriesImportResult result = readBytes(log);
    QVERIFY2(result.ok(), qPrintable(result.error));
    // By hand: 10, 20, 19, 30, 31 MB; 310 ms was not traced before the crash (stdout lost it).
    QCOMPARE(result.series[0].samples,
             (QList<MemorySample>{{100, 10485760.0}, {200, 20971520.0}, {200, 19922944.0}, {300, 31457280.0},
                                  {310, 32505856.0}}));

    // After the report, time must run forward again.
    const SeriesImportResult after = readBytes(log + gcLine("1:0xa", 50, "1.0"));
    QCOMPARE(after.error, u"gc.log:16: time goes backwards: 50 ms after 310 ms"_s);
}

void TestTraceGcSeries::outOfMemoryReport_alone_isRead()
{
    // Without --trace-gc, the crash report is the only GC record there is.
    const QByteArray log = "<--- Last few GCs --->\n\n" + gcLine("1:0xa", 900, "40.0") + gcLine("1:0xa", 950, "41.0")
        + "\n<--- JS stacktrace --->\n";
    const SeriesImportResult result = readBytes(log);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{900, 41943040.0}, {950, 42991616.0}}));
}

void TestTraceGcSeries::lineOfExactlyOneMiB_isRead()
{
    QByteArray line = gcLine("1:0xa", 10, "2.0").trimmed();
    line += QByteArray(TraceGcSeriesReader::kMaxLineBytes - line.size(), ' ');
    QCOMPARE(line.size(), TraceGcSeriesReader::kMaxLineBytes);
    const SeriesImportResult result = readBytes(line + "\r\n" + gcLine("1:0xa", 20, "3.0"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{10, 2097152.0}, {20, 3145728.0}}));
}

// A log node is still writing: longer than the size it had when the import began.
class GrowingLog : public QIODevice
{
public:
    GrowingLog(const QByteArray &data, qint64 sizeWhenOpened)
        : m_data(data)
        , m_sizeWhenOpened(sizeWhenOpened)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    qint64 size() const override { return m_sizeWhenOpened; }
    bool atEnd() const override { return m_offset >= m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, m_data.size() - m_offset);
        memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_sizeWhenOpened = 0;
    qint64 m_offset = 0;
};

void TestTraceGcSeries::logGrowingWhileRead_isReadWhole()
{
    GrowingLog log(gcLine("1:0xa", 10, "2.0") + gcLine("1:0xa", 20, "3.0"), 40);
    const SeriesImportResult result = TraceGcSeriesReader::read(log, u"gc.log"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{10, 2097152.0}, {20, 3145728.0}}));
}

void TestTraceGcSeries::malformedInput_isRefusedWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    const QString noGc = u"no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)"_s;
    const QString figures = u"cannot read the heap sizes (expected \"used (committed) -> used (committed) MB\")"_s;
    const QString time = u"cannot read the time before \"ms:\""_s;
    const QByteArray good = gcLine("1:0xa", 10, "2.0");

    QTest::newRow("empty") << QByteArray() << u"gc.log:1: "_s + noGc;
    QTest::newRow("only blank lines") << QByteArray("\n\n\n") << u"gc.log:3: "_s + noGc;
    QTest::newRow("application output only")
        << QByteArray("listening on :3000\nGET / 200 3 ms\nbye\n") << u"gc.log:3: "_s + noGc;
    QTest::newRow("a CSV file") << QByteArray("time,heap_used\n2024-01-01T00:00:00Z,123\n") << u"gc.log:2: "_s + noGc;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\xff\xfe", 12) << u"gc.log:1: "_s + noGc;
    QTest::newRow("--trace-gc-nvp output without its sizes")
        << QByteArray("[1:0xa]      10 ms: pause=1.2 mutator=3.4 gc=s reduce_memory=0 time_to_safepoint=0.00\n")
        << u"gc.log:1: a --trace-gc-nvp line without total_size_after=<bytes>"_s;
    QTest::newRow("truncated after the arrow")
        << good + "[1:0xa]      20 ms: Scavenge 3.9 (4.0) -> " << u"gc.log:2: "_s + figures;
    QTest::newRow("truncated after the name") << good + "[1:0xa]      20 ms: Scavenge " << u"gc.log:2: "_s + figures;
    QTest::newRow("wrapped onto the next line")
        << QByteArray("[75386] 11043370 ms: Mark-Compact (reduce)\n  3998.1 (4000.8) -> 3998.1 (4000.8) MB,\n")
        << u"gc.log:1: "_s + figures;
    QTest::newRow("non-numeric size after the arrow")
        << QByteArray("[1:0xa]      10 ms: Scavenge 3.9 (4.0) -> abc (5.0) MB, 1.0 / 0.0 ms\n") << u"gc.log:1: "_s + figures;
    QTest::newRow("non-numeric size before the arrow")
        << QByteArray("[1:0xa]      10 ms: Scavenge x.y (4.0) -> 3.0 (5.0) MB, 1.0 / 0.0 ms\n") << u"gc.log:1: "_s + figures;
    QTest::newRow("two dots") << QByteArray("[1:0xa]      10 ms: Scavenge 3.9 (4.0) -> 3.0.1 (5.0) MB, 1.0 / 0.0 ms\n")
                              << u"gc.log:1: "_s + figures;
    QTest::newRow("negative size")
        << QByteArray("[1:0xa]      10 ms: Scavenge 3.9 (4.0) -> -3.0 (5.0) MB, 1.0 / 0.0 ms\n") << u"gc.log:1: "_s + figures;
    QTest::newRow("no arrow") << QByteArray("[1:0xa]      10 ms: Scavenge 3.9 (4.0) 3.0 (5.0) MB, 1.0 / 0.0 ms\n")
                              << u"gc.log:1: "_s + figures;
    QTest::newRow("unit other than MB")
        << QByteArray("[1:0xa]      10 ms: Scavenge 3.9 (4.0) -> 3.0 (5.0) KB, 1.0 / 0.0 ms\n") << u"gc.log:1: "_s + figures;
    QTest::newRow("committed size missing")
        << QByteArray("[1:0xa]      10 ms: Scavenge 3.9 (4.0) -> 3.0 MB, 1.0 / 0.0 ms\n") << u"gc.log:1: "_s + figures;
    QTest::newRow("size beyond any double")
        << QByteArray("[1:0xa]      10 ms: Scavenge 1.0 (1.0) -> 1" + QByteArray(400, '0') + " (1.0) MB\n")
        << u"gc.log:1: "_s + figures;
    QTest::newRow("size that overflows in bytes")
        << QByteArray("[1:0xa]      10 ms: Scavenge 1.0 (1.0) -> 1" + QByteArray(303, '0') + " (1.0) MB\n")
        << u"gc.log:1: heap size after the GC: inf bytes: more than any memory holds (2^60 bytes)"_s;
    QTest::newRow("time not a number") << QByteArray("[1:0xa] abc ms: Scavenge 3.9 (4.0) -> 3.0 (5.0) MB\n")
                                       << u"gc.log:1: "_s + time;
    QTest::newRow("time with two dots") << QByteArray("[1:0xa] 1.2.3 ms: Scavenge 3.9 (4.0) -> 3.0 (5.0) MB\n")
                                        << u"gc.log:1: "_s + time;
    QTest::newRow("time beyond 2^53 ms") << QByteArray("[1:0xa] 99999999999999999999 ms: Scavenge 3.9 (4.0) -> 3.0 (5.0) MB\n")
                                         << u"gc.log:1: "_s + time;
    QTest::newRow("time going backwards") << good + gcLine("1:0xa", 30, "2.0") + gcLine("1:0xa", 29, "2.0")
                                          << u"gc.log:3: time goes backwards: 29 ms after 30 ms"_s;
    QTest::newRow("time going backwards without prefix")
        << QByteArray("   30 ms: Scavenge 3.9 (4.0) -> 3.0 (5.0) MB\n   29 ms: Scavenge 3.9 (4.0) -> 3.0 (5.0) MB\n")
        << u"gc.log:2: time goes backwards: 29 ms after 30 ms"_s;
    QTest::newRow("line longer than 1 MiB")
        << good + QByteArray(TraceGcSeriesReader::kMaxLineBytes + 1, 'x') + '\n' + good
        << u"gc.log:2: line longer than 1 MiB"_s;
    QTest::newRow("last line longer than 1 MiB, no newline")
        << good + QByteArray(TraceGcSeriesReader::kMaxLineBytes + 1, 'x') << u"gc.log:2: line longer than 1 MiB"_s;
    QTest::newRow("huge line without any newline")
        << QByteArray(3 * TraceGcSeriesReader::kMaxLineBytes, 'x') << u"gc.log:1: line longer than 1 MiB"_s;
}

void TestTraceGcSeries::malformedInput_isRefusedWithLineAndReason()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const SeriesImportResult result = readBytes(input);
    QCOMPARE(result.error, error);
    QVERIFY(result.series.isEmpty());
}

void TestTraceGcSeries::traceGcNvpLog_readsTheHeapAfterEachGcInBytes()
{
    // `node --trace-gc-nvp` (Node 20) on a script that keeps 1.2 million small objects: one
    // name=value line per GC; total_size_after is the heap used after it, in bytes.
    const QString path = QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/tracegc/node20-trace-gc-nvp.log"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(SeriesImporter::detect(file.peek(4096)), SeriesFormat::TraceGc);
    const SeriesImportResult result = SeriesImporter::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    const MemorySeries &series = result.series.first();
    QCOMPARE(series.name, u"heap used after GC (pid 11969)"_s);
    QCOMPARE(series.samples.size(), 18);
    QCOMPARE(series.samples.constFirst(), (MemorySample{46, 3853784}));
    QCOMPARE(series.samples.constLast(), (MemorySample{2884, 122859008}));
}

void TestTraceGcSeries::traceGcNvpLine_withoutItsSizes_isRefused()
{
    const SeriesImportResult result = readBytes("[1:0x1]       46 ms: pause=4.3 mutator=33.6 gc=s reduce_memory=0\n");
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"gc.log:1: "_s) && result.error.contains(u"total_size_after"_s),
             qPrintable(result.error));
}

void TestTraceGcSeries::fuzzCorpus_hasSeeds()
{
    const QDir dir(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/fuzz-corpus/tracegcseries"_s);
    QVERIFY2(dir.entryList(QDir::Files).size() >= 3, qPrintable(dir.path()));
}

void TestTraceGcSeries::fuzzCorpusAndSamples_keepTheContract_data()
{
    lr::test::addDataFileRows({u"fuzz-corpus/tracegcseries"_s, u"series/tracegc"_s});
}

void TestTraceGcSeries::fuzzCorpusAndSamples_keepTheContract()
{
    QFETCH(QString, path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SeriesImportResult result = TraceGcSeriesReader::read(file, u"seed"_s);
    // The contract fuzz/fuzz_seriesreader.cpp checks.
    const QString breach = lr::test::seriesContractBreach(result);
    QVERIFY2(breach.isEmpty(), qPrintable(breach));
    if (!result.ok())
        QVERIFY2(result.error.startsWith(u"seed:"_s), qPrintable(result.error));
    for (const MemorySeries &series : result.series)
        QVERIFY(!series.samples.isEmpty());
}

QTEST_GUILESS_MAIN(TestTraceGcSeries)
#include "tst_tracegcseries.moc"
