// Numbers carry their units: every reader takes the unit of its values from the source (a CSV
// header, a cell, the tool's own meaning of "kB"), headerless CSV loses no row, and values no
// memory can hold are refused with file, line and reason.
#include "testsupport.h"

#include "series/seriesimporter.h"
#include "series/serieslabels.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

constexpr double kKiB = 1024;
constexpr double kMiB = 1024 * 1024;

SeriesImportResult readText(const QByteArray &text, const QString &name = u"t.csv"_s,
                            SeriesFormat format = SeriesFormat::Auto)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return SeriesImporter::read(buffer, name, format);
}

SeriesImportResult readDataFile(const QString &relativePath)
{
    return SeriesImporter::readFile(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/"_s + relativePath);
}

QString errorOf(const SeriesImportResult &result)
{
    return result.ok() ? u"no error, %1 series"_s.arg(result.series.size()) : result.error;
}

} // namespace

class TestSeriesUnits : public QObject
{
    Q_OBJECT

private slots:
    void csvHeader_namesTheUnitOfItsColumn_data();
    void csvHeader_namesTheUnitOfItsColumn();
    void kBInCells_isKiBAsProcfsWritesIt();
    void realToolLogs_readInKiB_data();
    void realToolLogs_readInKiB();
    void headerlessCsv_readsTheFirstRowAsData_data();
    void headerlessCsv_readsTheFirstRowAsData();
    void impossibleValues_areRefusedWithFileLineAndReason_data();
    void impossibleValues_areRefusedWithFileLineAndReason();
    void importSummary_namesEachColumnsUnit_data();
    void importSummary_namesEachColumnsUnit();
    void chosenUnit_replacesTheHeadersButNotACellsOwn();
    void chosenUnit_isRefusedForFormatsWithTheirOwn();
    void labelSets_matchWhateverTheirSpelling_data();
    void labelSets_matchWhateverTheirSpelling();
};

void TestSeriesUnits::csvHeader_namesTheUnitOfItsColumn_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<double>("bytes");

    QTest::newRow("_kb suffix: KiB as ps writes it") << "rss_kb"_ba << "100"_ba << 100 * kKiB;
    QTest::newRow("(KiB)") << "rss (KiB)"_ba << "100"_ba << 100 * kKiB;
    QTest::newRow("[kB]: KiB") << "rss [kB]"_ba << "100"_ba << 100 * kKiB;
    QTest::newRow("_MB suffix: 10^6") << "heap_MB"_ba << "5"_ba << 5e6;
    QTest::newRow("(MiB)") << "Memory (MiB)"_ba << "2"_ba << 2 * kMiB;
    QTest::newRow("_bytes suffix") << "mem_bytes"_ba << "7"_ba << 7.0;
    QTest::newRow("_mib suffix") << "rss_mib"_ba << "3"_ba << 3 * kMiB;
    QTest::newRow("space GB") << "heap GB"_ba << "1.5"_ba << 1.5e9;
    QTest::newRow("-KiB suffix") << "rss-KiB"_ba << "4"_ba << 4 * kKiB;
    QTest::newRow("Prometheus name ending in _bytes") << "process_resident_memory_bytes{job=\"a\"}"_ba << "9"_ba << 9.0;
    QTest::newRow("procfs field VmRSS: kB = KiB") << "VmRSS"_ba << "100"_ba << 100 * kKiB;
    QTest::newRow("ps column RSS: KiB") << "RSS"_ba << "100"_ba << 100 * kKiB;
    QTest::newRow("smem column PSS: KiB") << "pss"_ba << "100"_ba << 100 * kKiB;
    QTest::newRow("cgroup v2 memory.current: bytes") << "memory.current"_ba << "100"_ba << 100.0;
    QTest::newRow("no unit anywhere: bytes") << "heap"_ba << "100"_ba << 100.0;
    QTest::newRow("a word that only looks like a suffix") << "heap_used"_ba << "100"_ba << 100.0;
    QTest::newRow("a cell's own unit wins over the header") << "rss_kb"_ba << "2 MB"_ba << 2e6;
}

void TestSeriesUnits::csvHeader_namesTheUnitOfItsColumn()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, cell);
    QFETCH(double, bytes);
    const QByteArray quoted = header.contains(',') || header.contains('"')
        ? '"' + header.replace("\"", "\"\"") + '"' : header;
    const SeriesImportResult result = readText("time," + quoted + "\n1700000000," + cell + "\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series[0].samples.size(), 1);
    QCOMPARE(result.series[0].samples[0].bytes, bytes);
}

void TestSeriesUnits::kBInCells_isKiBAsProcfsWritesIt()
{
    // "VmRSS:   812000 kB" in /proc/PID/status means KiB; Grafana writes KiB or MB, never kB.
    const SeriesImportResult result = readText("time,rss\n1,812000 kB\n2,812400KB\n3,7 kb\n");
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples.size(), 3);
    QCOMPARE(result.series[0].samples[0].bytes, 812000 * kKiB);
    QCOMPARE(result.series[0].samples[1].bytes, 812400 * kKiB);
    QCOMPARE(result.series[0].samples[2].bytes, 7 * kKiB);
}

void TestSeriesUnits::realToolLogs_readInKiB_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qsizetype>("samples");
    QTest::addColumn<double>("firstBytes");
    QTest::addColumn<double>("lastBytes");

    // Made on a Debian 12 machine from a Node process that keeps 2 MiB every 100 ms:
    //   echo time,rss_kb; ... echo "$(date -u +%FT%T.%3NZ),$(ps -o rss= -p $PID)"
    QTest::newRow("ps -o rss, header rss_kb") << u"csv/ps-rss-kb.csv"_s << qsizetype(20) << 44572 * kKiB << 147388 * kKiB;
    //   echo time,VmRSS; ... echo "$(date +%s.%3N),$(grep VmRSS /proc/$PID/status | awk '{print $2" "$3}')"
    QTest::newRow("/proc/PID/status VmRSS with kB") << u"csv/proc-vmrss.csv"_s << qsizetype(20) << 42436 * kKiB
                                                    << 145244 * kKiB;
}

void TestSeriesUnits::realToolLogs_readInKiB()
{
    QFETCH(QString, file);
    QFETCH(qsizetype, samples);
    QFETCH(double, firstBytes);
    QFETCH(double, lastBytes);
    const SeriesImportResult result = readDataFile(file);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series[0].samples.size(), samples);
    QCOMPARE(result.series[0].samples.constFirst().bytes, firstBytes);
    QCOMPARE(result.series[0].samples.constLast().bytes, lastBytes);
}

void TestSeriesUnits::headerlessCsv_readsTheFirstRowAsData_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<qsizetype>("samples");
    QTest::addColumn<double>("firstBytes");

    QTest::newRow("epoch seconds and a number")
        << "1700000000,44492\n1700000001,48596\n"_ba << QStringList{u"column 2"_s} << qsizetype(2) << 44492.0;
    QTest::newRow("ISO times, two value columns, a unit in a cell")
        << "2024-03-01T10:00:00Z,5 MB,7\n2024-03-01T10:01:00Z,6 MB,8\n"_ba << QStringList{u"column 2"_s, u"column 3"_s}
        << qsizetype(2) << 5e6;
    QTest::newRow("tabs, a gap in the first row") << "1\t\t3\n2\t4\t5\n"_ba << QStringList{u"column 2"_s, u"column 3"_s}
                                                  << qsizetype(1) << 4.0;
}

void TestSeriesUnits::headerlessCsv_readsTheFirstRowAsData()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, names);
    QFETCH(qsizetype, samples);
    QFETCH(double, firstBytes);
    const SeriesImportResult result = readText(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList actualNames;
    for (const MemorySeries &series : result.series)
        actualNames.append(series.name);
    QCOMPARE(actualNames, names);
    QCOMPARE(result.series[0].samples.size(), samples);
    QCOMPARE(result.series[0].samples[0].bytes, firstBytes);

    // The real ps loop without a header keeps all of its 20 samples.
    const SeriesImportResult real = readDataFile(u"csv/ps-rss-headerless.csv"_s);
    QVERIFY2(real.ok(), qPrintable(real.error));
    QCOMPARE(real.series.size(), 1);
    QCOMPARE(real.series[0].samples.size(), 20);
}

void TestSeriesUnits::impossibleValues_areRefusedWithFileLineAndReason_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");

    const QString beyond = u"more than any memory holds"_s;
    QTest::newRow("CSV 1e308") << "time,heap\n1,5\n2,1e308\n"_ba << u"t.csv"_s << u"t.csv:3: "_s + beyond;
    QTest::newRow("CSV 2^61 bytes") << "time,heap\n1,2305843009213693952\n"_ba << u"t.csv"_s << u"t.csv:2: "_s + beyond;
    QTest::newRow("CSV through a unit") << "time,heap\n1,2000 PB\n"_ba << u"t.csv"_s << u"t.csv:2: "_s + beyond;
    QTest::newRow("CSV through the header's unit") << "time,heap_GiB\n1,5\n2,2e9\n"_ba << u"t.csv"_s << u"t.csv:3: "_s + beyond;
    QTest::newRow("CSV inf") << "time,heap\n1,inf\n"_ba << u"t.csv"_s << u"t.csv:2: "_s;
    QTest::newRow("CSV negative") << "time,heap\n1,-5\n"_ba << u"t.csv"_s << u"t.csv:2: "_s;
    QTest::newRow("Prometheus 1e308")
        << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"a"},"values":[[1700000000,"1e308"]]}]}})"_ba
        << u"q.json"_s << u"q.json: result[0].values[0]: "_s + beyond;
    QTest::newRow("trace-gc heap beyond memory")
        << "[1:0x1]       42 ms: Scavenge 2.3 (3.0) -> 99999999999999.0 (4.0) MB, 0.5 / 0.0 ms\n"_ba << u"gc.log"_s
        << u"gc.log:1: "_s + beyond;
    QTest::newRow("massif heap beyond memory")
        << "desc: (none)\ncmd: ./a\ntime_unit: ms\n#-----------\nsnapshot=0\n#-----------\ntime=0\n"
           "mem_heap_B=2000000000000000000\nmem_heap_extra_B=0\nmem_stacks_B=0\nheap_tree=empty\n"_ba
        << u"massif.out.1"_s << u"massif.out.1:8: "_s + beyond;
}

void TestSeriesUnits::impossibleValues_areRefusedWithFileLineAndReason()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, error);
    const SeriesImportResult result = readText(text, name);
    QVERIFY2(!result.ok(), qPrintable(errorOf(result)));
    QVERIFY(result.series.isEmpty());
    QVERIFY2(result.error.startsWith(error.section(u": "_s, 0, -2) + u": "_s) && result.error.contains(error.section(u": "_s, -1)),
             qPrintable(result.error));
}

void TestSeriesUnits::importSummary_namesEachColumnsUnit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("notes");

    QTest::newRow("header units, a tool's field, nothing")
        << "time,rss_kb,heap (MiB),VmRSS,heap\n1,1,2,3,4\n"_ba
        << QStringList{u"column \"rss_kb\": kB, read as KiB (1024 bytes), from the header"_s,
                       u"column \"heap (MiB)\": MiB (1048576 bytes), from the header"_s,
                       u"column \"VmRSS\": KiB (1024 bytes), the unit of the tool that names a column so (ps, smem, /proc, cgroup)"_s,
                       u"column \"heap\": no unit in the header: bytes assumed"_s};
    QTest::newRow("cells with their own units")
        << "time,VmRSS,heap\n1,5 kB,7\n2,6 kB,8 MB\n"_ba
        << QStringList{u"column \"VmRSS\": each value with its own unit (kB read as KiB, 1024 bytes)"_s,
                       u"column \"heap\": no unit in the header: bytes assumed; values with a unit of their own keep it"_s};
    QTest::newRow("headerless")
        << "1700000000,44492\n1700000001,48596\n"_ba
        << QStringList{u"no header row: line 1 holds a time and numbers, so it is read as data; the time is column 1"_s,
                       u"column \"column 2\": no unit in the header: bytes assumed"_s};
    QTest::newRow("long form: the Value column's unit")
        << "Time,Series,Value\n1,a,5\n1,b,6\n"_ba
        << QStringList{u"column \"Value\": no unit in the header: bytes assumed"_s};
}

void TestSeriesUnits::importSummary_namesEachColumnsUnit()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, notes);
    const SeriesImportResult result = readText(text);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.notes, notes);

    // Other formats say their unit too; a refused file says nothing but why.
    QVERIFY(readDataFile(u"tracegc/node20-trace-gc-nvp.log"_s).notes.join(u'\n').contains(u"total_size_after, in bytes"_s));
    QVERIFY(readDataFile(u"tracegc/node20-app-logging.log"_s).notes.join(u'\n').contains(u"MiB (1048576 bytes)"_s));
    QVERIFY(readDataFile(u"prometheus/query-range-heap.json"_s).notes.join(u'\n').contains(u"bytes"_s));
    QVERIFY(readText("time,heap\n1,lots\n"_ba).notes.isEmpty());
}

void TestSeriesUnits::chosenUnit_replacesTheHeadersButNotACellsOwn()
{
    QBuffer buffer;
    buffer.setData("time,heap_MB,rss\n1,2,3 GB\n"_ba);
    buffer.open(QIODevice::ReadOnly);
    const SeriesImportResult result = SeriesImporter::read(buffer, u"t.csv"_s, SeriesReadOptions{SeriesFormat::Auto, ByteUnits::fromChoice(u"KiB"_s)});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series[0].samples[0].bytes, 2 * kKiB);
    QCOMPARE(result.series[1].samples[0].bytes, 3e9);
    QCOMPARE(result.notes.first(), u"column \"heap_MB\": KiB (1024 bytes), as chosen"_s);

    // A number of bytes is a unit too; nonsense is not.
    QCOMPARE(ByteUnits::fromChoice(u"1000"_s)->bytes, 1000.0);
    QCOMPARE(ByteUnits::fromChoice(u"kB"_s)->bytes, kKiB);
    QVERIFY(!ByteUnits::fromChoice(u"parsecs"_s));
    QVERIFY(!ByteUnits::fromChoice(u"-5"_s));
    QVERIFY(!ByteUnits::fromChoice(u"0"_s));
    for (const QString &choice : ByteUnits::choices())
        QVERIFY2(ByteUnits::fromChoice(choice), qPrintable(choice));
}

void TestSeriesUnits::chosenUnit_isRefusedForFormatsWithTheirOwn()
{
    QFile file(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/tracegc/node20-app-logging.log"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SeriesImportResult result = SeriesImporter::read(file, u"gc.log"_s, SeriesReadOptions{SeriesFormat::Auto, ByteUnits::fromChoice(u"KiB"_s)});
    QCOMPARE(result.error, u"gc.log: a trace-gc file states its own unit; a unit can be chosen for CSV columns only"_s);
}

void TestSeriesUnits::labelSets_matchWhateverTheirSpelling_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QList<qsizetype>>("matches");

    // The names as the Prometheus reader and Grafana's CSV write them.
    QTest::newRow("the exact name") << u"heap{job=\"b\", pod=\"a\"}"_s << QList<qsizetype>{0};
    QTest::newRow("braces, no spaces, another order") << u"{pod=\"a\",job=\"b\"}"_s << QList<qsizetype>{0};
    QTest::newRow("bare pairs") << u"job=b, pod=a"_s << QList<qsizetype>{0};
    QTest::newRow("single quotes and the metric") << u"heap{pod='a'}"_s << QList<qsizetype>{0};
    QTest::newRow("a label shared by two") << u"job=b"_s << QList<qsizetype>{0, 1};
    QTest::newRow("the metric alone") << u"rss"_s << QList<qsizetype>{2};
    QTest::newRow("a quoted comma and escaped quote") << u"path=\"x,\\\"y\""_s << QList<qsizetype>{2};
    QTest::newRow("another value") << u"pod=c"_s << QList<qsizetype>{};
    QTest::newRow("another metric") << u"rss{pod=\"a\"}"_s << QList<qsizetype>{};
    QTest::newRow("not a label set") << u"pod a"_s << QList<qsizetype>{};
    QTest::newRow("unterminated quote") << u"pod=\"a"_s << QList<qsizetype>{};
}

void TestSeriesUnits::labelSets_matchWhateverTheirSpelling()
{
    QFETCH(QString, wanted);
    QFETCH(QList<qsizetype>, matches);
    QList<MemorySeries> series(3);
    series[0].name = u"heap{job=\"b\", pod=\"a\"}"_s;
    series[1].name = u"heap{job=\"b\", pod=\"c2\"}"_s;
    series[2].name = u"rss{path=\"x,\\\"y\"}"_s;
    QCOMPARE(SeriesPick::matching(series, wanted), matches);
}

QTEST_GUILESS_MAIN(TestSeriesUnits)

#include "tst_seriesunits.moc"
