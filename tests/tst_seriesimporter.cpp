#include "testsupport.h"

#include "series/massifseriesreader.h"
#include "series/seriesimporter.h"
#include "series/tracegcseriesreader.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

// The importer's front: which format a file is in, handing it to that reader, and the file
// name on every series and every error.
class TestSeriesImporter : public QObject
{
    Q_OBJECT

private slots:
    void detect_recognisesEachFormat_data();
    void detect_recognisesEachFormat();
    void detect_findsNoFormatInOtherText_data();
    void detect_findsNoFormatInOtherText();
    void readAuto_givesWhatTheReaderGives_data();
    void readAuto_givesWhatTheReaderGives();
    void readAuto_refusesUnknownText_namingTheFile();
    void readAuto_readsQuotedGcLines();
    void readWithFormat_skipsDetection();
    void readFile_fillsInTheFileName_data();
    void readFile_fillsInTheFileName();
    void readAuto_refusesUtf16_sayingWhatToDo();
    void readFile_namesAMissingFile();
    void formatNames_roundTrip();
};

static QString dataPath(const QString &relativePath)
{
    return QStringLiteral(LEAKREPORT_TEST_DATA) + u'/' + relativePath;
}

static QByteArray fileHead(const QString &relativePath)
{
    QFile file(dataPath(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.read(64 * 1024);
}

// Every sample file of one reader, with the format it must be detected as.
static void addSampleFiles(const QString &folder, SeriesFormat format)
{
    const QDir dir(dataPath(folder));
    const QStringList files = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(folder + u'/' + file)) << fileHead(folder + u'/' + file) << format;
}

void TestSeriesImporter::detect_recognisesEachFormat_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<SeriesFormat>("format");

    addSampleFiles(u"series/tracegc"_s, SeriesFormat::TraceGc);
    addSampleFiles(u"series/massif"_s, SeriesFormat::Massif);
    addSampleFiles(u"fuzz-corpus/tracegcseries"_s, SeriesFormat::TraceGc);
    addSampleFiles(u"fuzz-corpus/massifseries"_s, SeriesFormat::Massif);

    const QByteArray massif = fileHead(u"series/massif/leaky-time-unit-B.out"_s);
    QTest::newRow("massif with a byte order mark") << "\xEF\xBB\xBF" + massif << SeriesFormat::Massif;
    QTest::newRow("massif with CRLF") << QByteArray(massif).replace("\n", "\r\n") << SeriesFormat::Massif;
    // heaptrack_print writes its header after the snapshots: in a long profile, beyond the head.
    const QByteArray heaptrack = fileHead(u"series/massif/heaptrack-print-massif.out"_s).first(4096);
    QVERIFY(!heaptrack.contains("desc:"));
    QTest::newRow("heaptrack_print --print-massif, header beyond the head") << heaptrack << SeriesFormat::Massif;
    QTest::newRow("heaptrack_print, CRLF") << QByteArray(heaptrack).replace("\n", "\r\n") << SeriesFormat::Massif;
    QTest::newRow("trace-gc, first GC after application output with commas")
        << QByteArray("Server started, pid 4711, port 8080\nconfig loaded: a=1, b=2\n"
                      "[4711:0x5581c2e0]       52 ms: Scavenge 4.4 (5.5) -> 3.9 (6.0) MB, 1.10 / 0.00 ms  (average mu "
                      "= 1.000, current mu = 1.000) allocation failure; \n")
        << SeriesFormat::TraceGc;
    QTest::newRow("trace-gc, only Mark-Compact (reduce)")
        << QByteArray("[1:0xa]   10448 ms: Mark-Compact (reduce) 510.7 (524.7) -> 510.1 (522.0) MB, 225.50 / 0.00 ms\n")
        << SeriesFormat::TraceGc;
    QTest::newRow("trace-gc, only Minor Mark-Sweep (--minor-ms)")
        << QByteArray("[1:0xa]      77 ms: Minor Mark-Sweep 6.0 (8.0) -> 5.0 (8.0) MB, pooled: 0 MB, 0.8 / 0.0 ms\n")
        << SeriesFormat::TraceGc;
    QTest::newRow("trace-gc after 200 KB of application output with commas")
        << QByteArray("GET /api/items, 200, 3 ms\n").repeated(8000)
               + "[4711:0x5581c2e0]       52 ms: Scavenge 4.4 (5.5) -> 3.9 (6.0) MB, 1.10 / 0.00 ms\n"
        << SeriesFormat::TraceGc;
    QTest::newRow("trace-gc, only Minor Mark-Compact")
        << QByteArray("[1:0xa]      77 ms: Minor Mark-Compact 6.0 (8.0) -> 5.0 (8.0) MB, 0.8 / 0.0 ms\n")
        << SeriesFormat::TraceGc;

    // A report that quotes --trace-gc lines holds a (short) trace-gc log; see readAuto_readsQuotedGcLines.
    QTest::newRow("the sample report") << fileHead(u"sample-report.md"_s) << SeriesFormat::TraceGc;

    // The CSV and Prometheus readers are another helper's: here only what detect() makes of them.
    QTest::newRow("CSV") << QByteArray("timestamp,rss_bytes\n2024-05-02T10:00:00Z,104857600\n") << SeriesFormat::Csv;
    QTest::newRow("CSV, semicolons") << QByteArray("time;heap MB\n2024-05-02 10:00:00;100,5\n") << SeriesFormat::Csv;
    QTest::newRow("TSV") << QByteArray("time\theap\n1714644000\t123\n") << SeriesFormat::Csv;
    QTest::newRow("Grafana panel CSV export")
        << QByteArray("\"Time\",\"container_memory_working_set_bytes{pod=\"\"api-0\"\"}\"\n"
                      "2024-05-02 10:00:00,104857600\n")
        << SeriesFormat::Csv;
    QTest::newRow("CSV with a byte order mark") << QByteArray("\xEF\xBB\xBFtime,heap\n1,2\n") << SeriesFormat::Csv;
    QTest::newRow("Prometheus query_range")
        << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"pod\":"
                      "\"api-0\"},\"values\":[[1714644000,\"104857600\"]]}]}}")
        << SeriesFormat::Prometheus;
    QTest::newRow("Prometheus, pretty-printed with a byte order mark")
        << QByteArray("\xEF\xBB\xBF\n  {\n    \"status\": \"success\",\n    \"data\": {\n      \"resultType\": "
                      "\"matrix\",\n      \"result\": []\n    }\n  }\n")
        << SeriesFormat::Prometheus;
    QTest::newRow("Prometheus error response")
        << QByteArray("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter\"}")
        << SeriesFormat::Prometheus;
}

void TestSeriesImporter::detect_recognisesEachFormat()
{
    QFETCH(QByteArray, head);
    QFETCH(SeriesFormat, format);

    QCOMPARE(SeriesImporter::detect(head), format);
}

void TestSeriesImporter::detect_findsNoFormatInOtherText_data()
{
    QTest::addColumn<QByteArray>("head");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("byte order mark only") << QByteArray("\xEF\xBB\xBF");
    QTest::newRow("whitespace") << QByteArray("  \n\n\t\n");
    QTest::newRow("plain text") << QByteArray("Heap grew overnight.\nSee the dashboard.\n");
    QTest::newRow("the sample report, up to its trace-gc excerpt")
        << fileHead(u"sample-report.md"_s).first(fileHead(u"sample-report.md"_s).indexOf("[1:0x5581c2e0]"));
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"leakreport\"}\n");
    QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
    QTest::newRow("log lines with varying commas") << QByteArray("started, pid 1\nrequest ok\nslow request, 3 s, retry\n");
    QTest::newRow("GC words without the trace-gc shape")
        << QByteArray("The Scavenge took 3 ms.\nMark-Compact ran twice\n");
    QTest::newRow("ms_print output") << QByteArray("--------------------------------------------------------------------------------\n"
                                                   "Command:            ./leaky\nMassif arguments:   (none)\n");
}

void TestSeriesImporter::detect_findsNoFormatInOtherText()
{
    QFETCH(QByteArray, head);

    QCOMPARE(SeriesImporter::detect(head), SeriesFormat::Auto);
}

void TestSeriesImporter::readAuto_givesWhatTheReaderGives_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<SeriesFormat>("format");
    for (const auto &[folder, format] : {std::pair{u"series/tracegc"_s, SeriesFormat::TraceGc},
                                         std::pair{u"series/massif"_s, SeriesFormat::Massif},
                                         std::pair{u"fuzz-corpus/tracegcseries"_s, SeriesFormat::TraceGc},
                                         std::pair{u"fuzz-corpus/massifseries"_s, SeriesFormat::Massif}}) {
        const QDir dir(dataPath(folder));
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(folder + u'/' + file)) << dir.filePath(file) << format;
    }
}

void TestSeriesImporter::readAuto_givesWhatTheReaderGives()
{
    QFETCH(QString, path);
    QFETCH(SeriesFormat, format);

    QFile viaImporter(path);
    QVERIFY(viaImporter.open(QIODevice::ReadOnly));
    const SeriesImportResult imported = SeriesImporter::read(viaImporter, u"input"_s);

    QFile direct(path);
    QVERIFY(direct.open(QIODevice::ReadOnly));
    const SeriesImportResult expected = format == SeriesFormat::TraceGc ? TraceGcSeriesReader::read(direct, u"input"_s)
                                                                         : MassifSeriesReader::read(direct, u"input"_s);
    QCOMPARE(imported.error, expected.error);
    QCOMPARE(imported.series, expected.series);
}

void TestSeriesImporter::readAuto_refusesUnknownText_namingTheFile()
{
    QBuffer buffer;
    buffer.setData("Heap grew overnight.\nSee the dashboard.\n");
    buffer.open(QIODevice::ReadOnly);
    const SeriesImportResult result = SeriesImporter::read(buffer, u"notes.txt"_s);
    QVERIFY(result.series.isEmpty());
    QCOMPARE(result.error, u"notes.txt: not a format LeakReport reads (CSV or TSV with a header, Prometheus "
                           "query_range JSON, a Node.js --trace-gc log or a massif file)"_s);
}

void TestSeriesImporter::readAuto_readsQuotedGcLines()
{
    // The sample report pastes three Mark-Compact lines of the service; the rest is prose.
    const SeriesImportResult result = SeriesImporter::readFile(dataPath(u"sample-report.md"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series[0].name, u"heap used after GC (pid 1)"_s);
    // By hand: 291.7, 329.8 and 367.9 MB of 2^20 bytes.
    QCOMPARE(result.series[0].samples,
             (QList<MemorySample>{{3602117, 305869619.2}, {7204332, 345820364.8}, {10806540, 385771110.4}}));
}

void TestSeriesImporter::readWithFormat_skipsDetection()
{
    // A massif file forced through the trace-gc reader: that reader's error, not detection's.
    QFile file(dataPath(u"series/massif/leaky-time-unit-B.out"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const SeriesImportResult result = SeriesImporter::read(file, u"massif.out.1"_s, SeriesFormat::TraceGc);
    QCOMPARE(result.error, u"massif.out.1:67: no Scavenge or Mark-Compact lines (is this a log of node --trace-gc?)"_s);
}

void TestSeriesImporter::readFile_fillsInTheFileName_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("seriesCount");
    QTest::newRow("trace-gc, two isolates") << u"series/tracegc/node20-worker-threads.log"_s << u"trace-gc"_s << 2;
    QTest::newRow("massif") << u"series/massif/cache-cpp-templates.out"_s << u"massif"_s << 1;
}

void TestSeriesImporter::readFile_fillsInTheFileName()
{
    QFETCH(QString, path);
    QFETCH(QString, format);
    QFETCH(int, seriesCount);

    const SeriesImportResult result = SeriesImporter::readFile(dataPath(path));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), seriesCount);
    for (const MemorySeries &series : result.series) {
        QCOMPARE(series.source.fileName, path.section(u'/', -1));
        QCOMPARE(series.source.format, format);
    }
}

void TestSeriesImporter::readAuto_refusesUtf16_sayingWhatToDo()
{
    QByteArray utf16("\xFF\xFE");
    for (const char c : QByteArray("time,heap\n1,2\n"))
        utf16 += QByteArray(1, c) + '\0';
    QBuffer buffer(&utf16);
    buffer.open(QIODevice::ReadOnly);
    const SeriesImportResult result = SeriesImporter::read(buffer, u"gc.log"_s);
    QCOMPARE(result.error, u"gc.log: UTF-16 text; save it as UTF-8 and import it again"_s);
    QVERIFY(result.series.isEmpty());
}

void TestSeriesImporter::readFile_namesAMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const SeriesImportResult result = SeriesImporter::readFile(dir.filePath(u"gc.log"_s));
    QVERIFY(result.series.isEmpty());
    QCOMPARE(result.error, u"gc.log: no such file"_s);
}

void TestSeriesImporter::formatNames_roundTrip()
{
    for (SeriesFormat format : {SeriesFormat::Auto, SeriesFormat::Csv, SeriesFormat::Prometheus, SeriesFormat::TraceGc,
                                SeriesFormat::Massif}) {
        SeriesFormat parsed = SeriesFormat::Auto;
        QVERIFY(SeriesImporter::formatFromName(SeriesImporter::formatName(format).toUpper(), &parsed));
        QCOMPARE(parsed, format);
    }
    QCOMPARE(SeriesImporter::formatName(SeriesFormat::TraceGc), u"trace-gc"_s);
    QCOMPARE(SeriesImporter::formatName(SeriesFormat::Massif), u"massif"_s);
    SeriesFormat unchanged = SeriesFormat::Csv;
    QVERIFY(!SeriesImporter::formatFromName(u"gc"_s, &unchanged));
    QCOMPARE(unchanged, SeriesFormat::Csv);
}

QTEST_GUILESS_MAIN(TestSeriesImporter)
#include "tst_seriesimporter.moc"
