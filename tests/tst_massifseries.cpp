#include "testsupport.h"

#include "series/massifseriesreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace lr;

// valgrind massif files: one sample per snapshot (heap + heap admin + stacks) in the file's time
// unit, heap trees skipped, and every way a file can be broken refused with its line.
class TestMassifSeries : public QObject
{
    Q_OBJECT

private slots:
    void realFiles_giveOneSamplePerSnapshot_data();
    void realFiles_giveOneSamplePerSnapshot();
    void timeUnit_setsTheSeriesUnit_data();
    void timeUnit_setsTheSeriesUnit();
    void looseFormatting_isRead_data();
    void looseFormatting_isRead();
    void heaptrackPrintMassif_isRead();
    void heaptrackSeconds_becomeMilliseconds_data();
    void heaptrackSeconds_becomeMilliseconds();
    void fileWithoutCmd_isNamedMassif();
    void treeLinesLookingLikeFields_areSkipped();
    void largestCounts_stayExact();
    void malformedInput_isRefusedWithLineAndReason_data();
    void malformedInput_isRefusedWithLineAndReason();
    void fuzzCorpus_hasSeeds();
    void fuzzCorpusAndSamples_keepTheContract_data();
    void fuzzCorpusAndSamples_keepTheContract();
};

static SeriesImportResult readBytes(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return MassifSeriesReader::read(buffer, u"massif.out"_s);
}

static QByteArray header(const QByteArray &unit = "i")
{
    return "desc: (none)\ncmd: ./server --port 8080\ntime_unit: " + unit + '\n';
}

// A snapshot as massif writes it (8 lines with an empty tree).
static QByteArray snapshot(int number, qint64 time, qint64 heap, qint64 extra, qint64 stacks,
                           const QByteArray &tree = "empty")
{
    return "#-----------\nsnapshot=" + QByteArray::number(number) + "\n#-----------\ntime=" + QByteArray::number(time)
        + "\nmem_heap_B=" + QByteArray::number(heap) + "\nmem_heap_extra_B=" + QByteArray::number(extra)
        + "\nmem_stacks_B=" + QByteArray::number(stacks) + "\nheap_tree=" + tree + '\n';
}

void TestMassifSeries::realFiles_giveOneSamplePerSnapshot_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("command");
    QTest::addColumn<MemorySeries::TimeUnit>("timeUnit");
    QTest::addColumn<QList<MemorySample>>("samples");

    // Bytes added by hand from each snapshot: mem_heap_B + mem_heap_extra_B + mem_stacks_B.
    QTest::newRow("--time-unit=B") << u"leaky-time-unit-B.out"_s << u"./leaky"_s
                                   << MemorySeries::TimeUnit::BytesAllocated
                                   << QList<MemorySample>{{0, 0},
                                                          {106256, 40196 + 396},
                                                          {180296, 72956 + 636},
                                                          {262656, 114041 + 871},
                                                          {316056, 142688 + 1000},
                                                          {371008, 88240 + 496}};
    // Three snapshots in the same millisecond: equal times are in order.
    QTest::newRow("--time-unit=ms") << u"leaky-time-unit-ms.out"_s << u"./leaky"_s
                                    << MemorySeries::TimeUnit::Milliseconds
                                    << QList<MemorySample>{{0, 0},
                                                           {540, 1000 + 16},
                                                           {541, 84295 + 713},
                                                           {542, 132806 + 954},
                                                           {542, 142688 + 1000},
                                                           {542, 142688 + 1000}};
    QTest::newRow("instructions, --stacks=yes")
        << u"leaky-instructions-stacks.out"_s << u"./leaky"_s << MemorySeries::TimeUnit::Instructions
        << QList<MemorySample>{{0, 0},
                               {37722, 7512},
                               {99377, 1704},
                               {174539, 36100 + 388 + 432},
                               {246866, 88391 + 721 + 432},
                               {328097, 142688 + 1000 + 432}};
    QTest::newRow("C++ with long template frames")
        << u"cache-cpp-templates.out"_s << u"./cache"_s << MemorySeries::TimeUnit::Instructions
        << QList<MemorySample>{{0, 0},
                               {1806753, 72704 + 8},
                               {2136784, 118224 + 2920},
                               {2433238, 178583 + 5361},
                               {3029773, 337703 + 9681}};
    QTest::newRow("--pages-as-heap=yes") << u"leaky-pages-as-heap.out"_s << u"./leaky"_s
                                         << MemorySeries::TimeUnit::Instructions
                                         << QList<MemorySample>{{0, 4096},
                                                                {36933, 266240},
                                                                {50440, 4161536},
                                                                {121869, 4161536},
                                                                {121869, 4157440},
                                                                {324034, 4378624}};
}

void TestMassifSeries::realFiles_giveOneSamplePerSnapshot()
{
    QFETCH(QString, file);
    QFETCH(QString, command);
    QFETCH(MemorySeries::TimeUnit, timeUnit);
    QFETCH(QList<MemorySample>, samples);

    QFile input(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/massif/"_s + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const SeriesImportResult result = MassifSeriesReader::read(input, file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    const MemorySeries &series = result.series[0];
    QCOMPARE(series.name, u"massif: "_s + command);
    QCOMPARE(series.source.query, command);
    QCOMPARE(series.source.format, u"massif"_s);
    QVERIFY(series.source.fileName.isEmpty()); // the caller fills it in
    QCOMPARE(series.role, SeriesRole::Other);
    QCOMPARE(series.timeUnit, timeUnit);
    QCOMPARE(series.samples, samples);
}

void TestMassifSeries::timeUnit_setsTheSeriesUnit_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<MemorySeries::TimeUnit>("expected");
    QTest::newRow("i") << QByteArray("i") << MemorySeries::TimeUnit::Instructions;
    QTest::newRow("ms") << QByteArray("ms") << MemorySeries::TimeUnit::Milliseconds;
    QTest::newRow("B") << QByteArray("B") << MemorySeries::TimeUnit::BytesAllocated;
}

void TestMassifSeries::timeUnit_setsTheSeriesUnit()
{
    QFETCH(QByteArray, unit);
    QFETCH(MemorySeries::TimeUnit, expected);

    const SeriesImportResult result = readBytes(header(unit) + snapshot(0, 7, 1, 2, 3));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].timeUnit, expected);
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{7, 6}}));
}

void TestMassifSeries::looseFormatting_isRead_data()
{
    QTest::addColumn<QByteArray>("input");

    const QByteArray plain = header() + snapshot(0, 0, 0, 0, 0) + snapshot(1, 100, 1000, 8, 24);
    QTest::newRow("as massif writes it") << plain;
    QTest::newRow("CRLF") << QByteArray(plain).replace("\n", "\r\n");
    QTest::newRow("no final newline") << plain.chopped(1);
    QTest::newRow("UTF-8 byte order mark") << "\xEF\xBB\xBF" + plain;
    QTest::newRow("blank lines") << QByteArray(plain).replace("#-----------\n", "\n#-----------\n\n");
    QTest::newRow("no frames around snapshot=") << QByteArray(plain).replace("#-----------\n", "");
    QTest::newRow("spaces around values")
        << QByteArray(plain).replace("time=100", "time= 100 ").replace("time_unit: i", "time_unit:   i  ");
    QTest::newRow("header in another order")
        << "time_unit: i\ncmd: ./server --port 8080\ndesc: (none)\n" + snapshot(0, 0, 0, 0, 0)
            + snapshot(1, 100, 1000, 8, 24);
    QTest::newRow("fields in another order")
        << header() + snapshot(0, 0, 0, 0, 0)
            + "#-----------\nsnapshot=1\n#-----------\nmem_stacks_B=24\nmem_heap_extra_B=8\nmem_heap_B=1000\ntime=100\n"
              "heap_tree=empty\n";
    QTest::newRow("no heap_tree lines") << QByteArray(plain).replace("heap_tree=empty\n", "");
}

void TestMassifSeries::looseFormatting_isRead()
{
    QFETCH(QByteArray, input);

    const SeriesImportResult result = readBytes(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].name, u"massif: ./server --port 8080"_s);
    QCOMPARE(result.series[0].timeUnit, MemorySeries::TimeUnit::Instructions);
    // By hand: 1000 + 8 + 24.
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{0, 0}, {100, 1032}}));
}

// tests/data/series/massif/heaptrack-print-massif.out is real: heaptrack 1.4.0 (Debian 12) on a C
// program that leaks 64 KiB every 20 ms 30 times (and frees a 16 KiB block each round), then
// `heaptrack_print heaptrack.leak.*.zst --print-massif heaptrack-print-massif.out`. Its
// desc:, cmd: and time_unit: s lines come after the 61 snapshots; times are seconds.
void TestMassifSeries::heaptrackPrintMassif_isRead()
{
    QFile input(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/massif/heaptrack-print-massif.out"_s);
    QVERIFY(input.open(QIODevice::ReadOnly));
    const SeriesImportResult result = MassifSeriesReader::read(input, u"heaptrack.massif"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    const MemorySeries &series = result.series[0];
    QCOMPARE(series.name, u"heaptrack: ./leak"_s);
    QCOMPARE(series.source.query, u"./leak"_s);
    QCOMPARE(series.source.format, u"massif"_s);
    QCOMPARE(series.timeUnit, MemorySeries::TimeUnit::Milliseconds);
    QCOMPARE(series.samples.size(), 61);
    // From the file by hand: time=0.011 mem_heap_B=154624, time=0.305 mem_heap_B=1137664 (the
    // 30th), time=0.607 mem_heap_B=1966080 (30 × 64 KiB kept, plus the 16 KiB block: 30 × 65536 +
    // 16384 = 1982464 at the peak before the last free).
    QCOMPARE(series.samples.first(), (MemorySample{11, 154624}));
    QCOMPARE(series.samples[29], (MemorySample{305, 1137664}));
    QCOMPARE(series.samples.last(), (MemorySample{607, 1966080}));
}

void TestMassifSeries::heaptrackSeconds_becomeMilliseconds_data()
{
    QTest::addColumn<QByteArray>("time");
    QTest::addColumn<qint64>("milliseconds");
    QTest::newRow("fraction") << QByteArray("0.011") << qint64(11);
    QTest::newRow("whole seconds") << QByteArray("2") << qint64(2000);
    QTest::newRow("six significant digits") << QByteArray("7200.12") << qint64(7200120);
    // C++ streams print doubles from 10^6 on with an exponent: runs longer than 11.6 days.
    QTest::newRow("exponent") << QByteArray("1.23457e+06") << qint64(1234570000);
    QTest::newRow("finer than a millisecond, rounded") << QByteArray("0.0126") << qint64(13);
}

void TestMassifSeries::heaptrackSeconds_becomeMilliseconds()
{
    QFETCH(QByteArray, time);
    QFETCH(qint64, milliseconds);

    const QByteArray body = "#-----------\nsnapshot=0\n#-----------\ntime=0\nmem_heap_B=10\nmem_heap_extra_B=0\n"
                            "mem_stacks_B=0\nheap_tree=empty\n#-----------\nsnapshot=1\n#-----------\ntime="
        + time + "\nmem_heap_B=20\nmem_heap_extra_B=0\nmem_stacks_B=0\nheap_tree=empty\n";
    const QByteArray header = "desc: heaptrack\ncmd: ./server\ntime_unit: s\n";
    const QList<MemorySample> expected{{0, 10}, {milliseconds, 20}};
    for (const QByteArray &input : {QByteArray(body + header), QByteArray(header + body)}) { // heaptrack's order, and massif's
        const SeriesImportResult result = readBytes(input);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.series[0].name, u"heaptrack: ./server"_s);
        QCOMPARE(result.series[0].timeUnit, MemorySeries::TimeUnit::Milliseconds);
        QCOMPARE(result.series[0].samples, expected);
    }
}

void TestMassifSeries::fileWithoutCmd_isNamedMassif()
{
    const SeriesImportResult result = readBytes("desc: (none)\ntime_unit: ms\n" + snapshot(0, 5, 10, 0, 0));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].name, u"massif"_s);
    QCOMPARE(result.series[0].source.query, QString());
}

void TestMassifSeries::treeLinesLookingLikeFields_areSkipped()
{
    const QByteArray tree = "n3: 4000 (heap allocation functions) malloc/new/new[], --alloc-fns, etc.\n"
                            " n1: 2000 0x4005A4: time=5 (parse.c:12)\n"
                            "  n0: 2000 0x4005D3: main (main.c:3)\n"
                            " n0: 1000 0x4005E0: snapshot=9 (weird.c:1)\n"
                            " n0: 1000 in 7 places, all below massif's threshold (1.00%)\n";
    const QByteArray input = header() + snapshot(0, 10, 4000, 40, 0, "detailed") + tree
        + snapshot(1, 20, 4000, 40, 0, "peak") + tree + snapshot(2, 30, 100, 8, 0);
    const SeriesImportResult result = readBytes(input);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples, (QList<MemorySample>{{10, 4040}, {20, 4040}, {30, 108}}));
}

void TestMassifSeries::largestCounts_stayExact()
{
    // 2^60 bytes of heap (the most any memory holds: more is refused) and the largest time massif
    // can print (a signed 64-bit count).
    const SeriesImportResult result =
        readBytes(header("B") + "snapshot=0\ntime=9223372036854775807\nmem_heap_B=1152921504606846976\n"
                                "mem_heap_extra_B=0\nmem_stacks_B=0\nheap_tree=empty\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples[0].time, std::numeric_limits<qint64>::max());
    QCOMPARE(result.series[0].samples[0].bytes, 1152921504606846976.0);
}

void TestMassifSeries::malformedInput_isRefusedWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    // header() is lines 1-3; each snapshot() is 8 lines, its "snapshot=" on the 2nd.
    const QByteArray good = header() + snapshot(0, 0, 0, 0, 0);
    const QByteArray frame = "#-----------\nsnapshot=1\n#-----------\n"; // lines 12-14 after `good`

    QTest::newRow("empty") << QByteArray() << u"massif.out:1: empty file"_s;
    QTest::newRow("only blank lines") << QByteArray("\n\n") << u"massif.out:2: no time_unit: line (not a massif file?)"_s;
    QTest::newRow("a CSV file") << QByteArray("time,heap\n1,2\n")
                                << u"massif.out:1: not a massif file: expected desc:, cmd:, time_unit: or snapshot=, "
                                   "found \"time,heap\""_s;
    QTest::newRow("a trace-gc log")
        << QByteArray("[1:0xa]       10 ms: Scavenge 3.0 (4.0) -> 2.0 (4.0) MB, 0.3 / 0.0 ms\n")
        << u"massif.out:1: not a massif file: expected desc:, cmd:, time_unit: or snapshot=, found \"[1:0xa]       "
           "10 ms: Scavenge 3.0 (4.0) ...\""_s;
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\n", 8)
                            << u"massif.out:1: not a massif file: expected desc:, cmd:, time_unit: or snapshot=, "
                               "found \"\x7f" "ELF\x02\x01\x01\""_s;
    QTest::newRow("header only") << header() << u"massif.out:3: no snapshots"_s;
    QTest::newRow("no time_unit") << QByteArray("desc: (none)\ncmd: ./a.out\n") + snapshot(0, 0, 0, 0, 0)
                                  << u"massif.out:10: no time_unit: line (not a massif file?)"_s;
    QTest::newRow("unknown time_unit") << header("h") + snapshot(0, 0, 0, 0, 0)
                                       << u"massif.out:3: unknown time_unit \"h\" (massif writes i, ms or B, "
                                          "heaptrack_print s)"_s;
    QTest::newRow("time_unit in other case") << header("MS") + snapshot(0, 0, 0, 0, 0)
                                             << u"massif.out:3: unknown time_unit \"MS\" (massif writes i, ms or B, "
                                                "heaptrack_print s)"_s;
    QTest::newRow("empty time_unit") << header("") + snapshot(0, 0, 0, 0, 0)
                                     << u"massif.out:3: unknown time_unit \"\" (massif writes i, ms or B, "
                                        "heaptrack_print s)"_s;
    // heaptrack_print's order: snapshots first, the header last.
    QTest::newRow("heaptrack: snapshot after the closing header")
        << snapshot(0, 0, 0, 0, 0) + header("s") + snapshot(1, 5, 0, 0, 0)
        << u"massif.out:13: snapshot after the closing desc:, cmd: and time_unit: lines (two files joined?)"_s;
    QTest::newRow("heaptrack: header on both sides") << header("s") + snapshot(0, 0, 0, 0, 0) + header("s")
                                                     << u"massif.out:12: \"desc:\" after the snapshots (two massif "
                                                        "files joined?)"_s;
    QTest::newRow("heaptrack: last snapshot cut before the header")
        << snapshot(0, 0, 0, 0, 0) + "#-----------\nsnapshot=1\n#-----------\ntime=5\n" + header("s")
        << u"massif.out:10: snapshot 1 has no mem_heap_B= line"_s;
    QTest::newRow("heaptrack: time not a number") << "snapshot=0\ntime=soon\n"_ba
                                                  << u"massif.out:2: time=\"soon\" is not a non-negative number"_s;
    QTest::newRow("heaptrack: negative seconds") << "snapshot=0\ntime=-0.5\n"_ba
                                                 << u"massif.out:2: time=\"-0.5\" is not a non-negative number"_s;
    QTest::newRow("heaptrack: infinite seconds") << "snapshot=0\ntime=inf\n"_ba
                                                 << u"massif.out:2: time=\"inf\" is not a non-negative number"_s;
    QTest::newRow("heaptrack: seconds beyond 63 bits of milliseconds")
        << QByteArray(snapshot(0, 0, 0, 0, 0)).replace("time=0", "time=1e17") + header("s")
        << u"massif.out:2: time 1e17 s is out of range"_s;
    QTest::newRow("heaptrack: going back in time")
        << QByteArray(snapshot(0, 0, 0, 0, 0)).replace("time=0", "time=0.5")
            + QByteArray(snapshot(1, 0, 0, 0, 0)).replace("time=0", "time=0.25") + header("s")
        << u"massif.out:12: snapshot 1 goes back in time: time=0.25 after time=0.5"_s;
    QTest::newRow("fractional instructions after the snapshots")
        << QByteArray(snapshot(0, 0, 0, 0, 0)).replace("time=0", "time=0.5") + header("i")
        << u"massif.out:2: snapshot 0: time=0.5 is not whole, but time_unit: i counts whole units"_s;
    QTest::newRow("fractional instructions") << header("i") + "snapshot=0\ntime=0.5\n"
                                             << u"massif.out:5: time=\"0.5\" is not a whole non-negative number"_s;
    QTest::newRow("second time_unit") << header() + "time_unit: ms\n" << u"massif.out:4: a second time_unit: line"_s;
    QTest::newRow("second cmd") << header() + "cmd: ./other\n" << u"massif.out:4: a second cmd: line"_s;
    QTest::newRow("two files joined") << good + header() + snapshot(0, 0, 0, 0, 0)
                                      << u"massif.out:12: \"desc:\" after the snapshots (two massif files joined?)"_s;
    QTest::newRow("snapshot without time=")
        << good + frame + "mem_heap_B=1\nmem_heap_extra_B=0\nmem_stacks_B=0\nheap_tree=empty\n" + snapshot(2, 9, 0, 0, 0)
        << u"massif.out:13: snapshot 1 has no time= line"_s;
    QTest::newRow("snapshot without mem_heap_B=")
        << good + frame + "time=5\nmem_heap_extra_B=0\nmem_stacks_B=0\nheap_tree=empty\n" + snapshot(2, 9, 0, 0, 0)
        << u"massif.out:13: snapshot 1 has no mem_heap_B= line"_s;
    QTest::newRow("snapshot without mem_heap_extra_B=")
        << good + frame + "time=5\nmem_heap_B=0\nmem_stacks_B=0\nheap_tree=empty\n" + snapshot(2, 9, 0, 0, 0)
        << u"massif.out:13: snapshot 1 has no mem_heap_extra_B= line"_s;
    QTest::newRow("snapshot without mem_stacks_B=")
        << good + frame + "time=5\nmem_heap_B=0\nmem_heap_extra_B=0\nheap_tree=empty\n" + snapshot(2, 9, 0, 0, 0)
        << u"massif.out:13: snapshot 1 has no mem_stacks_B= line"_s;
    QTest::newRow("truncated after the snapshot header")
        << good + frame << u"massif.out:14: the file ends inside snapshot 1, before its time= line (truncated?)"_s;
    QTest::newRow("truncated within the fields")
        << good + frame + "time=5\nmem_heap_B=12"
        << u"massif.out:16: the file ends inside snapshot 1, before its mem_heap_extra_B= line (truncated?)"_s;
    QTest::newRow("non-numeric time") << good + frame + "time=abc\n"
                                      << u"massif.out:15: time=\"abc\" is not a whole non-negative number"_s;
    QTest::newRow("negative heap") << good + frame + "time=5\nmem_heap_B=-5\n"
                                   << u"massif.out:16: mem_heap_B=\"-5\" is not a whole non-negative number"_s;
    QTest::newRow("fractional stacks")
        << good + frame + "time=5\nmem_heap_B=5\nmem_heap_extra_B=0\nmem_stacks_B=12.5\n"
        << u"massif.out:18: mem_stacks_B=\"12.5\" is not a whole non-negative number"_s;
    QTest::newRow("hexadecimal") << good + frame + "time=0x10\n"
                                 << u"massif.out:15: time=\"0x10\" is not a whole non-negative number"_s;
    QTest::newRow("empty value") << good + frame + "time=5\nmem_heap_B=\n"
                                 << u"massif.out:16: mem_heap_B=\"\" is not a whole non-negative number"_s;
    QTest::newRow("count beyond 64 bits") << good + frame + "time=5\nmem_heap_B=18446744073709551616\n"
                                          << u"massif.out:16: mem_heap_B=\"18446744073709551616\" is not a whole "
                                             "non-negative number"_s;
    QTest::newRow("time beyond 63 bits") << good + frame + "time=9223372036854775808\n"
                                         << u"massif.out:15: time 9223372036854775808 is out of range"_s;
    QTest::newRow("time going backwards") << header() + snapshot(0, 10, 0, 0, 0) + snapshot(1, 9, 0, 0, 0)
                                          << u"massif.out:15: snapshot 1 goes back in time: time=9 after time=10"_s;
    QTest::newRow("field twice") << good + frame + "time=5\nmem_heap_B=1\nmem_heap_B=2\n"
                                 << u"massif.out:17: snapshot 1 has a second mem_heap_B= line"_s;
    QTest::newRow("heap_tree twice") << good + "heap_tree=empty\n"
                                     << u"massif.out:12: snapshot 0 has a second heap_tree= line"_s;
    QTest::newRow("field before any snapshot") << header() + "time=5\n" << u"massif.out:4: time= outside a snapshot"_s;
    QTest::newRow("heap_tree before any snapshot")
        << header() + "heap_tree=empty\n" << u"massif.out:4: heap_tree= outside a snapshot"_s;
    QTest::newRow("snapshot number not a number")
        << header() + "snapshot=first\n" << u"massif.out:4: snapshot number \"first\" is not a number"_s;
    QTest::newRow("unknown heap_tree") << good + frame + "time=5\nheap_tree=full\n"
                                       << u"massif.out:16: unknown heap_tree \"full\" (massif writes empty, detailed "
                                          "or peak)"_s;
    QTest::newRow("tree after heap_tree=empty")
        << good + "n0: 0 (heap allocation functions) malloc/new/new[], --alloc-fns, etc.\n"
        << u"massif.out:12: heap tree line outside a detailed snapshot"_s;
    QTest::newRow("foreign line among the snapshots") << good + "hello world\n"
                                                      << u"massif.out:12: not a massif line: \"hello world\""_s;
    QTest::newRow("ms_print output")
        << QByteArray("--------------------------------------------------------------------------------\n"
                      "Command:            ./leaky\nMassif arguments:   (none)\n")
        << u"massif.out:1: not a massif file: expected desc:, cmd:, time_unit: or snapshot=, found \""_s + QString(40, u'-')
            + u"...\""_s;
    QTest::newRow("line longer than 1 MiB")
        << good + QByteArray(MassifSeriesReader::kMaxLineBytes + 1, 'x') + '\n' << u"massif.out:12: line longer than 1 MiB"_s;
    QTest::newRow("tree line longer than 1 MiB")
        << header() + snapshot(0, 0, 0, 0, 0, "detailed") + " n0: 1 0x1: " + QByteArray(MassifSeriesReader::kMaxLineBytes, 'f')
        << u"massif.out:12: line longer than 1 MiB"_s;
}

void TestMassifSeries::malformedInput_isRefusedWithLineAndReason()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);

    const SeriesImportResult result = readBytes(input);
    QCOMPARE(result.error, error);
    QVERIFY(result.series.isEmpty());
}

void TestMassifSeries::fuzzCorpus_hasSeeds()
{
    const QDir dir(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/fuzz-corpus/massifseries"_s);
    QVERIFY2(dir.entryList(QDir::Files).size() >= 3, qPrintable(dir.path()));
}

void TestMassifSeries::fuzzCorpusAndSamples_keepTheContract_data()
{
    lr::test::addDataFileRows({u"fuzz-corpus/massifseries"_s, u"series/massif"_s});
}

void TestMassifSeries::fuzzCorpusAndSamples_keepTheContract()
{
    QFETCH(QString, path);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SeriesImportResult result = MassifSeriesReader::read(file, u"seed"_s);
    // The contract fuzz/fuzz_seriesreader.cpp checks.
    const QString breach = lr::test::seriesContractBreach(result);
    QVERIFY2(breach.isEmpty(), qPrintable(breach));
    if (!result.ok())
        QVERIFY2(result.error.startsWith(u"seed:"_s), qPrintable(result.error));
    if (result.ok())
        QCOMPARE(result.series.size(), 1); // one program, one series
    for (const MemorySeries &series : result.series)
        QVERIFY(!series.samples.isEmpty());
}

QTEST_GUILESS_MAIN(TestMassifSeries)
#include "tst_massifseries.moc"
