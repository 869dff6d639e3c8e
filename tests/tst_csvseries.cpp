// CsvSeriesReader: Grafana's CSV exports and hand-made CSV/TSV files become memory series with
// exact times and byte counts, and every malformed input is refused with its line and reason.
#include "series/csvrecordreader.h"
#include "series/csvseriesreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using lr::CsvSeriesReader;
using lr::SeriesImportResult;

namespace {

// 2024-03-01T10:00:00Z and 2023-11-14T22:13:20Z (epoch second 1700000000), in milliseconds.
constexpr qint64 kMar1 = 1709287200000;
constexpr qint64 kNov14 = 1700000000000;

SeriesImportResult readCsv(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return CsvSeriesReader::read(buffer, u"t.csv"_s);
}

// One line per series, "name: time=bytes time=bytes", or the error.
QString describe(const SeriesImportResult &result)
{
    if (!result.ok())
        return u"error: "_s + result.error;
    QStringList lines;
    for (const lr::MemorySeries &series : result.series) {
        QStringList samples;
        for (const lr::MemorySample &sample : series.samples)
            samples.append(QString::number(sample.time) + u'=' + QString::number(sample.bytes, 'g', 17));
        lines.append(series.name + u": "_s + samples.join(u' '));
    }
    return lines.join(u'\n');
}

QString sample(qint64 time, double bytes)
{
    return QString::number(time) + u'=' + QString::number(bytes, 'g', 17);
}

QString seriesLine(const QString &name, const QStringList &samples)
{
    return name + u": "_s + samples.join(u' ');
}

} // namespace

class TestCsvSeries : public QObject
{
    Q_OBJECT

private slots:
    void readsEachRealExportFile_data();
    void readsEachRealExportFile();
    void givesExactTimesAndBytes_data();
    void givesExactTimesAndBytes();
    void marksEverySeriesAsCsvWithItsColumnAsQuery();
    void parsesEveryTimeSpelling_data();
    void parsesEveryTimeSpelling();
    void parsesEveryByteCountSpelling_data();
    void parsesEveryByteCountSpelling();
    void detectsTheHeaderDelimiter_data();
    void detectsTheHeaderDelimiter();
    void splitsRecordsAndFieldsLikeRfc4180_data();
    void splitsRecordsAndFieldsLikeRfc4180();
    void refusesMalformedInputWithLineAndReason_data();
    void refusesMalformedInputWithLineAndReason();
    void refusesLinesLongerThanOneMebibyte_data();
    void refusesLinesLongerThanOneMebibyte();
    void readsFilesThroughTheImporter();
    void keepsTheContractOnEveryCorpusFile_data();
    void keepsTheContractOnEveryCorpusFile();
};

void TestCsvSeries::readsEachRealExportFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    const QString gw3 = u"nodejs_heap_used_bytes{instance=\"gw-3:9100\", job=\"gateway\"}"_s;
    const QString gw4 = u"nodejs_heap_used_bytes{instance=\"gw-4:9100\", job=\"gateway\"}"_s;
    QTest::newRow("Grafana, formatted data: BOM, CRLF, quoted legends, units, gaps")
        << u"grafana-formatted.csv"_s
        << (seriesLine(gw3, {sample(kMar1, 412e6), sample(kMar1 + 30000, 418e6), sample(kMar1 + 60000, 425e6),
                             sample(kMar1 + 90000, 431e6), sample(kMar1 + 150000, 446e6),
                             sample(kMar1 + 180000, 1.01e9)})
            + u'\n'
            + seriesLine(gw4, {sample(kMar1, 388e6), sample(kMar1 + 60000, 391e6), sample(kMar1 + 90000, 390e6),
                               sample(kMar1 + 120000, 392e6), sample(kMar1 + 150000, 394e6),
                               sample(kMar1 + 180000, 395e6)}));

    QStringList raw;
    for (int i = 0; i < 6; ++i)
        raw.append(sample(kMar1 + i * 60000, 536870912.0 + i * 4194304.0));
    QTest::newRow("Grafana, raw data for Excel: sep= line, epoch milliseconds")
        << u"grafana-raw-excel.csv"_s
        << seriesLine(u"process_resident_memory_bytes{instance=\"api-1:9100\", job=\"api\"}"_s, raw);

    QStringList checkout;
    QStringList cart;
    for (int i = 0; i < 4; ++i) {
        checkout.append(sample(kMar1 + i * 60000, (250 + i * 1.5) * 1048576));
        cart.append(sample(kMar1 + i * 60000, (180 + i * 0.25) * 1048576));
    }
    QTest::newRow("Grafana, series to rows: Time, Metric, Value, newest first")
        << u"grafana-series-to-rows.csv"_s
        << (seriesLine(u"container_memory_working_set_bytes{pod=\"checkout-7d9f\"}"_s, checkout) + u'\n'
            + seriesLine(u"container_memory_working_set_bytes{pod=\"cart-5c4b\"}"_s, cart));

    QTest::newRow("long format: Series, Time, Value with ISO milliseconds")
        << u"long-series-time-value.csv"_s
        << (seriesLine(u"heap_before"_s, {sample(kMar1, 300000000), sample(kMar1 + 15000, 301000000),
                                          sample(kMar1 + 30000, 302000000)})
            + u'\n'
            + seriesLine(u"heap_after"_s, {sample(kMar1, 300000000), sample(kMar1 + 15000, 300000010),
                                           sample(kMar1 + 30000, 300000020)}));

    QStringList rss;
    QStringList heap;
    for (int i = 0; i < 5; ++i) {
        rss.append(sample(kMar1 + i * 10000, (812000 + i * 400) * 1024.0));
        heap.append(sample(kMar1 + i * 10000, (96.5 + i) * 1048576));
    }
    QTest::newRow("sampling script: semicolons, +01:00 offsets, kB and MiB")
        << u"sampler-semicolon.csv"_s << (seriesLine(u"rss"_s, rss) + u'\n' + seriesLine(u"heap"_s, heap));

    QTest::newRow("shell loop TSV: fractional epoch seconds, KiB, NaN gap")
        << u"ps-loop.tsv"_s
        << seriesLine(u"rss"_s, {sample(kNov14, 204800.0 * 1024), sample(kNov14 + 5250, 204864.0 * 1024),
                                 sample(kNov14 + 10500, 204928.0 * 1024), sample(kNov14 + 21000, 205056.0 * 1024)});
}

void TestCsvSeries::readsEachRealExportFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QByteArray text = lr::test::readBytes(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/csv/"_s + file);
    QCOMPARE(describe(readCsv(text)), expected);
}

void TestCsvSeries::givesExactTimesAndBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("epoch seconds, plain bytes")
        << "Time,heap\n1700000000,100\n1700000060,200\n"_ba
        << seriesLine(u"heap"_s, {sample(kNov14, 100), sample(kNov14 + 60000, 200)});
    QTest::newRow("rows in any order come out sorted by time")
        << "time,heap\n1700000120,3\n1700000000,1\n1700000060,2\n"_ba
        << seriesLine(u"heap"_s, {sample(kNov14, 1), sample(kNov14 + 60000, 2), sample(kNov14 + 120000, 3)});
    QTest::newRow("an identical repeated row is kept once")
        << "time,heap\n1700000000,1\n1700000060,2\n1700000000,1\n"_ba
        << seriesLine(u"heap"_s, {sample(kNov14, 1), sample(kNov14 + 60000, 2)});
    QTest::newRow("units: SI and IEC, any case, with or without a space")
        << "time,heap\n1,512 MB\n2,1.2 GiB\n3,830 kB\n4,2.1e+08\n5,7B\n6,1 tib\n7,3KiB\n8,2 gb\n9,0.5 mib\n"_ba
        << seriesLine(u"heap"_s, {sample(1000, 512e6), sample(2000, 1.2 * 1073741824), sample(3000, 830 * 1024.0),
                                  sample(4000, 2.1e8), sample(5000, 7), sample(6000, 1099511627776.0),
                                  sample(7000, 3072), sample(8000, 2e9), sample(9000, 524288)});
    QTest::newRow("empty, null, NaN and - cells are gaps")
        << "time,a,b\n1,,1\n2,null,2\n3,NaN,3\n4,-,4\n5,5,\n"_ba
        << (seriesLine(u"a"_s, {sample(5000, 5)}) + u'\n'
            + seriesLine(u"b"_s, {sample(1000, 1), sample(2000, 2), sample(3000, 3), sample(4000, 4)}));
    QTest::newRow("a column without samples stays an empty series when another has some")
        << "time,a,b\n1,,1\n"_ba << (u"a: \n"_s + seriesLine(u"b"_s, {sample(1000, 1)}));
    QTest::newRow("BOM and CRLF")
        << "\xEF\xBB\xBFTime,heap\r\n1700000000,1\r\n1700000001,2\r\n"_ba
        << seriesLine(u"heap"_s, {sample(kNov14, 1), sample(kNov14 + 1000, 2)});
    QTest::newRow("a quoted header with delimiters and doubled quotes names its column in errors")
        << "\"Time\",\"heap{a=\"\"x,y\"\", b=\"\";\"\"}\",\"rss, peak\"\n1,\"1,5 MB\",2\n"_ba
        << u"error: t.csv:2: column \"heap{a=\"x,y\", b=\";\"}\": \"1,5 MB\" is not a byte count (a number, "
           "optionally with a unit such as MB or GiB)"_s;
    QTest::newRow("quoted cells with delimiters inside")
        << "\"Time\",\"heap{a=\"\"x,y\"\"}\",\"rss, peak\"\n\"1\",\"15 MB\",\"2\"\n"_ba
        << (seriesLine(u"heap{a=\"x,y\"}"_s, {sample(1000, 15e6)}) + u'\n' + seriesLine(u"rss, peak"_s, {sample(1000, 2)}));
    QTest::newRow("a quoted header may span lines")
        << "Time,\"heap\nafter fix\"\n1,2\n"_ba << seriesLine(u"heap\nafter fix"_s, {sample(1000, 2)});
    // A column named rss is in KiB, as ps and smem write it (see byteunits.h).
    QTest::newRow("tab separated") << "ts\theap\trss\n1\t1\t2\n"_ba
                                   << (seriesLine(u"heap"_s, {sample(1000, 1)}) + u'\n' + seriesLine(u"rss"_s, {sample(1000, 2048)}));
    QTest::newRow("semicolon separated") << "date;heap\n2024-03-01;5\n"_ba
                                         << seriesLine(u"heap"_s, {sample(kMar1 - 10 * 3600000, 5)});
    QTest::newRow("the time column is found by name wherever it is")
        << "heap,Timestamp,rss\n7,1700000000,8\n"_ba
        << (seriesLine(u"heap"_s, {sample(kNov14, 7)}) + u'\n' + seriesLine(u"rss"_s, {sample(kNov14, 8192)}));
    QTest::newRow("without a time-named column the first column is the time")
        << "when,heap\n2024-03-01T10:00:00Z,7\n"_ba << seriesLine(u"heap"_s, {sample(kMar1, 7)});
    QTest::newRow("ISO times with offsets, fractions and spaces")
        << "time,heap\n2024-03-01T11:00:00.5+01:00,1\n2024-03-01 05:30:00-05:30,2\n2024-03-01T10:00:01.123456Z,3\n"_ba
        << seriesLine(u"heap"_s, {sample(kMar1 + 500, 1), sample(kMar1 + 1123, 3), sample(kMar1 + 3600000, 2)});
    QTest::newRow("epoch milliseconds, microseconds and nanoseconds")
        << "time,heap\n1709287200000,1\n1709287201000000,2\n1709287202000000000,3\n1709287203.25,4\n"_ba
        << seriesLine(u"heap"_s, {sample(kMar1, 1), sample(kMar1 + 1000, 2), sample(kMar1 + 2000, 3),
                                  sample(kMar1 + 3250, 4)});
    QTest::newRow("Grafana long format with a Series column")
        << "\"Series\",\"Time\",\"Value\"\n\"a{x=\"\"1\"\"}\",1,5 MB\nb,1,6\n\"a{x=\"\"1\"\"}\",2,\nb,2,7\n"_ba
        << (seriesLine(u"a{x=\"1\"}"_s, {sample(1000, 5e6)}) + u'\n'
            + seriesLine(u"b"_s, {sample(1000, 6), sample(2000, 7)}));
    QTest::newRow("three columns without Series and Value are a wide table")
        << "Time,Series,heap\n1,2,3\n"_ba
        << (seriesLine(u"Series"_s, {sample(1000, 2)}) + u'\n' + seriesLine(u"heap"_s, {sample(1000, 3)}));
    QTest::newRow("blank lines and padded cells are tolerated")
        << "\n time , heap \n\n 1 ,  12 MB \n   \n2,3\n"_ba
        << seriesLine(u"heap"_s, {sample(1000, 12e6), sample(2000, 3)});
    QTest::newRow("an empty header is named by its position")
        << "time,heap,\n1,2,\n"_ba << (seriesLine(u"heap"_s, {sample(1000, 2)}) + u"\ncolumn 3: "_s);
    QTest::newRow("an Excel sep= line chooses the delimiter")
        << "sep=;\ntime;heap,peak\n1;2\n"_ba << seriesLine(u"heap,peak"_s, {sample(1000, 2)});
    QTest::newRow("a final line without a newline") << "time,heap\n1,2"_ba << seriesLine(u"heap"_s, {sample(1000, 2)});
    QTest::newRow("negative zero is zero") << "time,heap\n1,-0\n"_ba << seriesLine(u"heap"_s, {sample(1000, 0)});
}

void TestCsvSeries::givesExactTimesAndBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(describe(readCsv(input)), expected);
}

void TestCsvSeries::marksEverySeriesAsCsvWithItsColumnAsQuery()
{
    const SeriesImportResult result = readCsv("\"Time\",\"heap{a=\"\"1\"\"}\",rss\n1,2,3\n"_ba);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 2);
    for (const lr::MemorySeries &series : result.series) {
        QCOMPARE(series.source.format, u"csv"_s);
        QCOMPARE(series.source.query, series.name);
        QCOMPARE(series.source.fileName, QString()); // the caller fills it in
        QCOMPARE(series.role, lr::SeriesRole::Other);
        QCOMPARE(series.timeUnit, lr::MemorySeries::TimeUnit::Milliseconds);
    }
    QCOMPARE(result.series[0].source.query, u"heap{a=\"1\"}"_s);
}

void TestCsvSeries::parsesEveryTimeSpelling_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("ms");

    QTest::newRow("Grafana formatted") << "2024-03-01 10:00:00"_ba << true << kMar1;
    QTest::newRow("ISO with T and Z") << "2024-03-01T10:00:00Z"_ba << true << kMar1;
    QTest::newRow("ISO with milliseconds and Z") << "2024-03-01T10:00:00.000Z"_ba << true << kMar1;
    QTest::newRow("lower-case t and z") << "2024-03-01t10:00:00.250z"_ba << true << kMar1 + 250;
    QTest::newRow("one fractional digit") << "2024-03-01T10:00:00.5"_ba << true << kMar1 + 500;
    QTest::newRow("comma fraction") << "2024-03-01T10:00:00,75Z"_ba << true << kMar1 + 750;
    QTest::newRow("microseconds are cut to milliseconds") << "2024-03-01T10:00:00.999999Z"_ba << true << kMar1 + 999;
    QTest::newRow("no seconds") << "2024-03-01T10:00"_ba << true << kMar1;
    QTest::newRow("positive offset") << "2024-03-01T12:00:00+02:00"_ba << true << kMar1;
    QTest::newRow("negative offset") << "2024-03-01T05:00:00-05:00"_ba << true << kMar1;
    QTest::newRow("offset without colon") << "2024-03-01T11:30:00+0130"_ba << true << kMar1;
    QTest::newRow("offset in hours") << "2024-03-01T11:00:00+01"_ba << true << kMar1;
    QTest::newRow("space then UTC") << "2024-03-01 10:00:00 UTC"_ba << true << kMar1;
    QTest::newRow("space then offset") << "2024-03-01 11:00:00 +01:00"_ba << true << kMar1;
    QTest::newRow("a one-digit offset hour, as Qt reads it") << "2024-03-01T11:00:00+1:00"_ba << true << kMar1;
    QTest::newRow("hour 24 is the next midnight, as Qt reads it") << "2024-02-29T24:00:00"_ba << true
                                                                 << kMar1 - 10 * 3600000;
    QTest::newRow("date only") << "2024-03-01"_ba << true << kMar1 - 10 * 3600000;
    QTest::newRow("leap day") << "2000-02-29T23:59:59Z"_ba << true << qint64(951868799000);
    QTest::newRow("year 1") << "0001-01-01T00:00:00Z"_ba << true << qint64(-62135596800000);
    QTest::newRow("RFC 2822") << "Fri, 01 Mar 2024 10:00:00 +0000"_ba << true << kMar1;
    QTest::newRow("epoch seconds") << "1700000000"_ba << true << kNov14;
    QTest::newRow("epoch seconds with a fraction") << "1700000000.123"_ba << true << kNov14 + 123;
    QTest::newRow("epoch zero") << "0"_ba << true << qint64(0);
    QTest::newRow("epoch milliseconds") << "1709287200000"_ba << true << kMar1;
    QTest::newRow("epoch microseconds") << "1709287200000000"_ba << true << kMar1;
    QTest::newRow("epoch nanoseconds") << "1709287200000000000"_ba << true << kMar1;
    QTest::newRow("padded") << "  1700000000 "_ba << true << kNov14;

    QTest::newRow("empty") << ""_ba << false << qint64(0);
    QTest::newRow("words") << "yesterday"_ba << false << qint64(0);
    QTest::newRow("February 30th") << "2024-02-30T10:00:00Z"_ba << false << qint64(0);
    QTest::newRow("hour 25") << "2024-03-01T25:00:00Z"_ba << false << qint64(0);
    QTest::newRow("minute 60") << "2024-03-01T10:60:00Z"_ba << false << qint64(0);
    QTest::newRow("month 13") << "2024-13-01"_ba << false << qint64(0);
    QTest::newRow("year 0") << "0000-01-01"_ba << false << qint64(0);
    QTest::newRow("negative epoch") << "-1700000000"_ba << false << qint64(0);
    QTest::newRow("epoch beyond the year 9999") << "99999999999999999999"_ba << false << qint64(0);
    QTest::newRow("two fractions") << "1700000000.1.2"_ba << false << qint64(0);
    QTest::newRow("bad offset") << "2024-03-01T10:00:00+ab:cd"_ba << false << qint64(0);
    QTest::newRow("offset beyond a day") << "2024-03-01T10:00:00+24:00"_ba << false << qint64(0);
    QTest::newRow("fraction without digits") << "2024-03-01T10:00:00.Z"_ba << false << qint64(0);
    QTest::newRow("trailing junk") << "2024-03-01T10:00:00Zjunk"_ba << false << qint64(0);
}

void TestCsvSeries::parsesEveryTimeSpelling()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(qint64, ms);
    qint64 parsed = -42;
    QCOMPARE(CsvSeriesReader::parseTime(text, &parsed), valid);
    if (valid)
        QCOMPARE(parsed, ms);
}

void TestCsvSeries::parsesEveryByteCountSpelling_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("cell");
    QTest::addColumn<double>("bytes");

    const int sample = int(CsvSeriesReader::Cell::Sample);
    const int gap = int(CsvSeriesReader::Cell::Gap);
    const int negative = int(CsvSeriesReader::Cell::Negative);
    const int invalid = int(CsvSeriesReader::Cell::Invalid);
    QTest::newRow("plain bytes") << "123456789"_ba << sample << 123456789.0;
    QTest::newRow("fraction") << "1.5"_ba << sample << 1.5;
    QTest::newRow("leading dot") << ".5 kB"_ba << sample << 512.0;
    QTest::newRow("plus sign") << "+12"_ba << sample << 12.0;
    QTest::newRow("exponent") << "2.1e+08"_ba << sample << 2.1e8;
    QTest::newRow("B") << "512 B"_ba << sample << 512.0;
    QTest::newRow("bytes") << "512 bytes"_ba << sample << 512.0;
    QTest::newRow("kB is KiB, as procfs and ps write it") << "830 kB"_ba << sample << 830 * 1024.0;
    QTest::newRow("KB") << "830KB"_ba << sample << 830 * 1024.0;
    QTest::newRow("MB") << "512 MB"_ba << sample << 512e6;
    QTest::newRow("GB") << "1.01 GB"_ba << sample << 1.01e9;
    QTest::newRow("TB") << "2 TB"_ba << sample << 2e12;
    QTest::newRow("KiB") << "3 KiB"_ba << sample << 3072.0;
    QTest::newRow("MiB") << "1.5 MiB"_ba << sample << 1572864.0;
    QTest::newRow("GiB") << "1.2 GiB"_ba << sample << 1.2 * 1073741824;
    QTest::newRow("TiB") << "1 TiB"_ba << sample << 1099511627776.0;
    QTest::newRow("lower-case gib") << "2gib"_ba << sample << 2147483648.0;
    QTest::newRow("zero") << "0"_ba << sample << 0.0;
    QTest::newRow("padded with tabs") << "\t7 MB\t"_ba << sample << 7e6;

    QTest::newRow("empty") << ""_ba << gap << 0.0;
    QTest::newRow("blank") << "   "_ba << gap << 0.0;
    QTest::newRow("null") << "null"_ba << gap << 0.0;
    QTest::newRow("NULL") << "NULL"_ba << gap << 0.0;
    QTest::newRow("NaN") << "NaN"_ba << gap << 0.0;
    QTest::newRow("dash") << "-"_ba << gap << 0.0;

    QTest::newRow("negative") << "-5"_ba << negative << 0.0;
    QTest::newRow("negative with a unit") << "-5 MB"_ba << negative << 0.0;

    QTest::newRow("words") << "lots"_ba << invalid << 0.0;
    QTest::newRow("unknown unit") << "12 parrots"_ba << invalid << 0.0;
    QTest::newRow("bits are not a unit") << "12 Mbit"_ba << invalid << 0.0;
    QTest::newRow("infinity") << "inf"_ba << invalid << 0.0;
    QTest::newRow("signed infinity") << "+Inf"_ba << invalid << 0.0;
    QTest::newRow("overflow") << "1e999"_ba << invalid << 0.0;
    QTest::newRow("overflow through the unit") << "1e300 PiB"_ba << invalid << 0.0;
    QTest::newRow("decimal comma") << "1,5"_ba << invalid << 0.0;
    QTest::newRow("unit alone") << "MB"_ba << invalid << 0.0;
    QTest::newRow("sign alone") << "+"_ba << invalid << 0.0;
    QTest::newRow("hexadecimal") << "0x10"_ba << invalid << 0.0;
}

void TestCsvSeries::parsesEveryByteCountSpelling()
{
    QFETCH(QByteArray, text);
    QFETCH(int, cell);
    QFETCH(double, bytes);
    double parsed = -1;
    QCOMPARE(int(CsvSeriesReader::parseBytes(text, &parsed)), cell);
    if (cell == int(CsvSeriesReader::Cell::Sample))
        QCOMPARE(parsed, bytes);
}

void TestCsvSeries::detectsTheHeaderDelimiter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << "Time,heap"_ba << ',';
    QTest::newRow("semicolon") << "Time;heap"_ba << ';';
    QTest::newRow("tab wins") << "Time\theap,used;free"_ba << '\t';
    QTest::newRow("more semicolons") << "Time;heap,used;free"_ba << ';';
    QTest::newRow("comma on a tie") << "Time;heap,used"_ba << ',';
    QTest::newRow("quoted delimiters do not count") << "\"a;b;c\",heap"_ba << ',';
    QTest::newRow("none") << "Time"_ba << char(0);
}

void TestCsvSeries::detectsTheHeaderDelimiter()
{
    QFETCH(QByteArray, header);
    QFETCH(char, delimiter);
    QCOMPARE(lr::CsvRecordReader::detectDelimiter(header), delimiter);
}

void TestCsvSeries::splitsRecordsAndFieldsLikeRfc4180_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("delimiter");
    // One line per record, "line: field|field", or "error line: reason" last.
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "a,b\n1,2\n"_ba << ',' << u"1: a|b\n2: 1|2"_s;
    QTest::newRow("CRLF and no final line break") << "a,b\r\n1,2"_ba << ',' << u"1: a|b\n2: 1|2"_s;
    QTest::newRow("blank lines are skipped") << "a,b\n\n \t\n1,2\n"_ba << ',' << u"1: a|b\n4: 1|2"_s;
    QTest::newRow("empty fields") << ",,\n"_ba << ',' << u"1: ||"_s;
    QTest::newRow("tabs") << "a\tb c\n"_ba << '\t' << u"1: a|b c"_s;
    QTest::newRow("quoted delimiter") << "\"a,b\",c\n"_ba << ',' << u"1: a,b|c"_s;
    QTest::newRow("doubled quotes") << "\"say \"\"hi\"\"\",x\n"_ba << ',' << u"1: say \"hi\"|x"_s;
    QTest::newRow("line break inside quotes") << "\"a\nb\",c\n2,3\n"_ba << ',' << u"1: a\nb|c\n3: 2|3"_s;
    QTest::newRow("blanks around a quoted field") << " \"a\" ,b\n"_ba << ',' << u"1: a|b"_s;
    QTest::newRow("unquoted fields keep their blanks") << " a ,b\n"_ba << ',' << u"1:  a |b"_s;
    QTest::newRow("text after the closing quote") << "x,\"a\"b,c\n"_ba << ','
                                                  << u"error 1: text after the closing quote of field 2"_s;
    QTest::newRow("quote never ends") << "a,b\n1,\"2\n3\n"_ba << ','
                                      << u"1: a|b\nerror 2: the quoted field 2 never ends"_s;
}

void TestCsvSeries::splitsRecordsAndFieldsLikeRfc4180()
{
    QFETCH(QByteArray, text);
    QFETCH(char, delimiter);
    QFETCH(QString, expected);
    lr::CsvRecordReader records(text, 0, 0, delimiter);
    QStringList lines;
    for (;;) {
        const lr::CsvRecordReader::Status status = records.next();
        if (status == lr::CsvRecordReader::Status::End)
            break;
        if (status == lr::CsvRecordReader::Status::Error) {
            lines.append(u"error %1: %2"_s.arg(records.errorLine()).arg(records.errorReason()));
            break;
        }
        QStringList fields;
        for (const QByteArrayView field : records.fields())
            fields.append(QString::fromUtf8(field));
        lines.append(QString::number(records.recordLine()) + u": "_s + fields.join(u'|'));
    }
    QCOMPARE(lines.join(u'\n'), expected);
}

void TestCsvSeries::refusesMalformedInputWithLineAndReason_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    const QString notBytes = u" is not a byte count (a number, optionally with a unit such as MB or GiB)"_s;
    const QString notTime = u" is not a time (ISO 8601 such as 2024-03-01T10:00:00Z, or epoch seconds or milliseconds)"_s;
    QTest::newRow("empty input") << QByteArray() << u"t.csv:1: empty input"_s;
    QTest::newRow("blank lines only") << "\n  \r\n\t\n"_ba << u"t.csv:1: empty input"_s;
    QTest::newRow("a BOM only") << "\xEF\xBB\xBF"_ba << u"t.csv:1: empty input"_s;
    QTest::newRow("header only") << "Time,heap\n"_ba << u"t.csv:1: only a header, no data rows"_s;
    QTest::newRow("header and blank lines") << "\r\nTime,heap\r\n\r\n"_ba << u"t.csv:2: only a header, no data rows"_s;
    QTest::newRow("one column")
        << "Time\n1700000000\n"_ba
        << u"t.csv:1: the header has one column; a time column and at least one value column are needed, "
           "separated by commas, tabs or semicolons"_s;
    QTest::newRow("a row with too many fields")
        << "Time,heap\n1,2\n1700000000,12,13\n"_ba << u"t.csv:3: 2 fields in the header, 3 in this row"_s;
    QTest::newRow("a truncated row") << "Time,heap\n1700000000"_ba << u"t.csv:2: 2 fields in the header, 1 in this row"_s;
    QTest::newRow("an unparseable time") << "Time,heap\nyesterday,12\n"_ba << u"t.csv:2: \"yesterday\""_s + notTime;
    QTest::newRow("an impossible date") << "Time,heap\n2024-02-30 10:00:00,12\n"_ba
                                        << u"t.csv:2: \"2024-02-30 10:00:00\""_s + notTime;
    QTest::newRow("an empty time") << "Time,heap\n,12\n"_ba << u"t.csv:2: the time is empty"_s;
    QTest::newRow("a non-numeric value") << "Time,heap\n1,2\n1700000000,12 parrots\n"_ba
                                         << u"t.csv:3: column \"heap\": \"12 parrots\""_s + notBytes;
    QTest::newRow("an infinite value") << "Time,heap\n1700000000,inf\n"_ba
                                       << u"t.csv:2: column \"heap\": \"inf\""_s + notBytes;
    QTest::newRow("a long non-numeric value is cut in the message")
        << "Time,heap\n1,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"_ba
        << u"t.csv:2: column \"heap\": \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\""_s + notBytes;
    QTest::newRow("a negative value") << "Time,heap\n1700000000,-5 MB\n"_ba
                                      << u"t.csv:2: column \"heap\": negative value \"-5 MB\""_s;
    QTest::newRow("no samples at all") << "Time,a,b\n1700000000,,\n1700000060,null,NaN\n"_ba
                                       << u"t.csv:1: no samples: every value cell is empty"_s;
    QTest::newRow("one time with two values")
        << "Time,heap\n1700000000,1\n1700000060,2\n1700000000,3\n"_ba
        << u"t.csv:4: column \"heap\" has two different values for 2023-11-14T22:13:20.000Z (lines 2 and 4)"_s;
    QTest::newRow("one time with two values, written differently")
        << "Time,heap\n2023-11-14T23:13:20+01:00,1\n1700000000,2\n"_ba
        << u"t.csv:3: column \"heap\" has two different values for 2023-11-14T22:13:20.000Z (lines 2 and 3)"_s;
    QTest::newRow("a percent sign in the header stays in the message")
        << "Time,heap %3 %1\n1,1\n1,2\n"_ba
        << u"t.csv:3: column \"heap %3 %1\" has two different values for 1970-01-01T00:00:01.000Z (lines 2 and 3)"_s;
    QTest::newRow("one time with two values in the long format")
        << "Series,Time,Value\na,1,1\nb,1,2\na,1,2\n"_ba
        << u"t.csv:4: column \"a\" has two different values for 1970-01-01T00:00:01.000Z (lines 2 and 4)"_s;
    QTest::newRow("a quote that never ends") << "Time,heap\n1700000000,\"12\n1700000001,13\n"_ba
                                             << u"t.csv:2: the quoted field 2 never ends"_s;
    QTest::newRow("text after a closing quote") << "Time,heap\n1700000000,\"12\"x\n"_ba
                                                << u"t.csv:2: text after the closing quote of field 2"_s;
    QTest::newRow("an Excel sep= line with another delimiter")
        << "sep=|\nTime|heap\n1|2\n"_ba << u"t.csv:1: \"sep=\" names a delimiter other than comma, tab or semicolon"_s;
    QTest::newRow("an Excel sep= line without a header") << "sep=,\r\n"_ba << u"t.csv:2: no header row"_s;
    QTest::newRow("a long-format row with a bad value")
        << "Time,Metric,Value\n1,a,1\n2,a,oops\n"_ba << u"t.csv:3: column \"Value\": \"oops\""_s + notBytes;
}

void TestCsvSeries::refusesMalformedInputWithLineAndReason()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const SeriesImportResult result = readCsv(input);
    QCOMPARE(result.error, error);
    QVERIFY(result.series.isEmpty());
}

void TestCsvSeries::refusesLinesLongerThanOneMebibyte_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    const qsizetype mebibyte = 1024 * 1024;
    QByteArray exactly = "1,"_ba + QByteArray(mebibyte - 3, ' ') + '5';
    QTest::newRow("a line of exactly 1 MiB is read") << "time,heap\n"_ba + exactly + "\n2,6\n"_ba << QString();
    QTest::newRow("a data line one byte longer")
        << "time,heap\n2,6\n"_ba + exactly + " \n"_ba << u"t.csv:3: line 3 is longer than 1 MiB"_s;
    QTest::newRow("a header line") << "time,"_ba + QByteArray(mebibyte, 'h') + "\n1,2\n"_ba
                                   << u"t.csv:1: line 1 is longer than 1 MiB"_s;
    QTest::newRow("a line inside a quoted field")
        << "time,heap\n1,\"2\n"_ba + QByteArray(mebibyte + 1, 'x') + "\"\n"_ba << u"t.csv:3: line 3 is longer than 1 MiB"_s;
    QTest::newRow("a final line without a newline")
        << "time,heap\n1,2\n"_ba + QByteArray(mebibyte + 1, '3') << u"t.csv:3: line 3 is longer than 1 MiB"_s;
}

void TestCsvSeries::refusesLinesLongerThanOneMebibyte()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const SeriesImportResult result = readCsv(input);
    QCOMPARE(result.error, error);
    if (error.isEmpty())
        QCOMPARE(describe(result), seriesLine(u"heap"_s, {sample(1000, 5), sample(2000, 6)}));
}

void TestCsvSeries::readsFilesThroughTheImporter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"heap export.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF\"Time\",\"heap\"\r\n2024-03-01 10:00:00,512 MB\r\n2024-03-01 10:00:30,\r\n");
    file.close();

    const SeriesImportResult result = lr::SeriesImporter::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result), seriesLine(u"heap"_s, {sample(kMar1, 512e6)}));
    QCOMPARE(result.series[0].source.fileName, u"heap export.csv"_s);
    QCOMPARE(result.series[0].source.format, u"csv"_s);

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("Time,heap\n1,lots\n");
    file.close();
    QCOMPARE(lr::SeriesImporter::readFile(path, lr::SeriesFormat::Csv).error,
             u"heap export.csv:2: column \"heap\": \"lots\" is not a byte count (a number, optionally with a unit "
             "such as MB or GiB)"_s);
}

void TestCsvSeries::keepsTheContractOnEveryCorpusFile_data()
{
    QVERIFY2(lr::test::addDataFileRows({u"fuzz-corpus/csvseries"_s}) >= 3, "the CSV fuzz corpus needs at least three seeds");
}

// Every seed, and every prefix of it (a file cut short while copying), keeps the contract.
void TestCsvSeries::keepsTheContractOnEveryCorpusFile()
{
    QFETCH(QString, path);
    const QByteArray text = lr::test::readBytes(path);
    for (qsizetype length = text.size(); length >= 0; --length) {
        const SeriesImportResult result = readCsv(text.first(length));
        const QString why = lr::test::seriesContractBreach(result);
        QVERIFY2(why.isEmpty(), qPrintable(u"%1 at length %2"_s.arg(why).arg(length)));
    }
}

QTEST_GUILESS_MAIN(TestCsvSeries)
#include "tst_csvseries.moc"
