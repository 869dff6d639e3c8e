// PrometheusSeriesReader: query_range responses become one memory series per label set, with
// exact times and byte counts; error responses, instant queries and every wrong shape are refused
// with a message that says what to export instead.
#include "series/prometheusseriesreader.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using lr::PrometheusSeriesReader;
using lr::SeriesImportResult;

namespace {

constexpr qint64 kNov14 = 1700000000000; // epoch second 1700000000, in milliseconds

SeriesImportResult readJson(const QByteArray &text)
{
    QBuffer buffer;
    buffer.setData(text);
    buffer.open(QIODevice::ReadOnly);
    return PrometheusSeriesReader::read(buffer, u"p.json"_s);
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

// A success response around the given result array.
QByteArray matrix(const QByteArray &result)
{
    return R"({"status":"success","data":{"resultType":"matrix","result":)"_ba + result + "}}"_ba;
}

} // namespace

class TestPrometheusSeries : public QObject
{
    Q_OBJECT

private slots:
    void readsEachRealResponseFile_data();
    void readsEachRealResponseFile();
    void givesExactTimesAndBytes_data();
    void givesExactTimesAndBytes();
    void namesSeriesLikePromQL_data();
    void namesSeriesLikePromQL();
    void marksEverySeriesAsPrometheusWithItsLabelsAsQuery();
    void refusesWrongResponsesWithAReason_data();
    void refusesWrongResponsesWithAReason();
    void reportsLineAndColumnOfInvalidJson_data();
    void reportsLineAndColumnOfInvalidJson();
    void readsFilesThroughTheImporter();
    void keepsTheContractOnEveryCorpusFile_data();
    void keepsTheContractOnEveryCorpusFile();
};

void TestPrometheusSeries::readsEachRealResponseFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("query_range of a gauge, two instances, a staleness NaN")
        << u"query-range-heap.json"_s
        << u"nodejs_heap_used_bytes{instance=\"gw-3:9100\", job=\"gateway\"}: 1700000000000=412301312 "
           "1700000015000=418906112 1700000045000=425197568 1700000060000=431226880\n"
           "nodejs_heap_used_bytes{instance=\"gw-4:9100\", job=\"gateway\"}: 1700000000000=388014080 "
           "1700000015000=388538368 1700000030000=389062656 1700000045000=389586944 1700000060000=390111232"_s;
    QTest::newRow("sum by pod: no metric name, fractional times, stats and warnings, +Inf")
        << u"query-range-sum-by-pod.json"_s
        << u"{pod=\"checkout-7d9f\"}: 1700000000250=262144000 1700000060250=263192576 1700000120250=264241152\n"
           "{pod=\"cart-5c4b\"}: 1700000000250=188743680 1700000120250=189267968"_s;
    QTest::newRow("the data object alone, as jq .data leaves it")
        << u"data-object-only.json"_s
        << u"process_resident_memory_bytes{instance=\"api-1:9100\", job=\"api\"}: 1709287200000=536870912 "
           "1709287260000=541065216 1709287320000=545259520"_s;
    QTest::newRow("an error response")
        << u"error-bad-data.json"_s
        << u"error: error-bad-data.json: Prometheus answered with an error (bad_data): invalid parameter \"query\": "
           "1:24: parse error: unexpected end of input inside braces"_s;
    QTest::newRow("an instant query") << u"instant-vector.json"_s
                                      << u"error: instant-vector.json: an instant query result (vector): export a "
                                         "range query (query_range) instead"_s;
    QTest::newRow("a query that matched nothing")
        << u"empty-matrix.json"_s
        << u"error: empty-matrix.json: the matrix has no series: the query matched nothing in its time range"_s;
}

void TestPrometheusSeries::readsEachRealResponseFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    QFile input(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/prometheus/"_s + file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QCOMPARE(describe(PrometheusSeriesReader::read(input, file)), expected);
}

void TestPrometheusSeries::givesExactTimesAndBytes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fractional seconds become milliseconds")
        << matrix(R"([{"metric":{"__name__":"m"},"values":[[1700000000,"123456789"],[1700000015.5,"1.2e8"],[1700000016.0004,"0"]]}])")
        << u"m{}: 1700000000000=123456789 1700000015500=120000000 1700000016000=0"_s;
    QTest::newRow("NaN, +Inf and -Inf are skipped")
        << matrix(R"([{"metric":{"__name__":"m"},"values":[[1,"NaN"],[2,"5"],[3,"+Inf"],[4,"-Inf"],[5,"6"]]}])")
        << u"m{}: 2000=5 5000=6"_s;
    QTest::newRow("unsorted values are sorted and identical repeats kept once")
        << matrix(R"([{"metric":{"__name__":"m"},"values":[[3,"3"],[1,"1"],[2,"2"],[1,"1.0"]]}])")
        << u"m{}: 1000=1 2000=2 3000=3"_s;
    QTest::newRow("a series of only NaN stays empty when another has samples")
        << matrix(R"([{"metric":{"__name__":"a"},"values":[[1,"NaN"]]},{"metric":{"__name__":"b"},"values":[[1,"7"]]}])")
        << u"a{}: \nb{}: 1000=7"_s;
    QTest::newRow("the data object alone")
        << R"({"resultType":"matrix","result":[{"metric":{"__name__":"m"},"values":[[1700000000,"1"]]}]})"_ba
        << u"m{}: 1700000000000=1"_s;
    QTest::newRow("a UTF-8 byte order mark")
        << "\xEF\xBB\xBF"_ba + matrix(R"([{"metric":{"__name__":"m"},"values":[[1700000000,"1"]]}])")
        << u"m{}: 1700000000000=1"_s;
    QTest::newRow("warnings, infos and stats are ignored")
        << R"({"status":"success","warnings":["w"],"infos":["i"],"data":{"resultType":"matrix","stats":{},"result":[{"metric":{"__name__":"m"},"values":[[1,"2"]]}]}})"_ba
        << u"m{}: 1000=2"_s;
    QTest::newRow("a value with a plus sign and an exponent")
        << matrix(R"([{"metric":{"__name__":"m"},"values":[[1,"+1e+09"],[2,"-0"]]}])") << u"m{}: 1000=1000000000 2000=0"_s;
    QTest::newRow("a series without metric")
        << matrix(R"([{"values":[[1,"2"]]}])") << u"{}: 1000=2"_s;
}

void TestPrometheusSeries::givesExactTimesAndBytes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    QCOMPARE(describe(readJson(input)), expected);
}

void TestPrometheusSeries::namesSeriesLikePromQL_data()
{
    QTest::addColumn<QByteArray>("metric");
    QTest::addColumn<QString>("name");

    QTest::newRow("name and labels sorted by key")
        << R"({"job":"gateway","__name__":"nodejs_heap_used_bytes","instance":"gw-3:9100"})"_ba
        << u"nodejs_heap_used_bytes{instance=\"gw-3:9100\", job=\"gateway\"}"_s;
    QTest::newRow("a name alone") << R"({"__name__":"up"})"_ba << u"up{}"_s;
    QTest::newRow("labels without a name") << R"({"pod":"b","container":"a"})"_ba << u"{container=\"a\", pod=\"b\"}"_s;
    QTest::newRow("no labels at all") << "{}"_ba << u"{}"_s;
    QTest::newRow("quotes, backslashes and line breaks are escaped")
        << R"({"__name__":"m","path":"C:\\temp \"x\"\nnext"})"_ba << u"m{path=\"C:\\\\temp \\\"x\\\"\\nnext\"}"_s;
    QTest::newRow("non-ASCII label values are kept") << R"({"__name__":"m","host":"kühlschrank"})"_ba
                                                     << u"m{host=\"kühlschrank\"}"_s;
}

void TestPrometheusSeries::namesSeriesLikePromQL()
{
    QFETCH(QByteArray, metric);
    QFETCH(QString, name);
    const SeriesImportResult result = readJson(matrix(R"([{"metric":)"_ba + metric + R"(,"values":[[1,"2"]]}])"_ba));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 1);
    QCOMPARE(result.series[0].name, name);
}

void TestPrometheusSeries::marksEverySeriesAsPrometheusWithItsLabelsAsQuery()
{
    const SeriesImportResult result = readJson(
        matrix(R"([{"metric":{"__name__":"a","x":"1"},"values":[[1,"2"]]},{"metric":{"__name__":"b"},"values":[[1,"2"]]}])"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.series.size(), 2);
    for (const lr::MemorySeries &series : result.series) {
        QCOMPARE(series.source.format, u"prometheus"_s);
        QCOMPARE(series.source.query, series.name);
        QCOMPARE(series.source.fileName, QString()); // the caller fills it in
        QCOMPARE(series.role, lr::SeriesRole::Other);
        QCOMPARE(series.timeUnit, lr::MemorySeries::TimeUnit::Milliseconds);
    }
    QCOMPARE(result.series[0].source.query, u"a{x=\"1\"}"_s);
}

void TestPrometheusSeries::refusesWrongResponsesWithAReason_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    const QString notRange = u"result, not a time series: export a range query (query_range) of a memory metric instead"_s;
    QTest::newRow("empty input") << QByteArray() << u"p.json:1: empty input"_s;
    QTest::newRow("blank input") << " \n\t\n"_ba << u"p.json:1: empty input"_s;
    QTest::newRow("an error response")
        << R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})"_ba
        << u"p.json: Prometheus answered with an error (timeout): query timed out in expression evaluation"_s;
    QTest::newRow("an error response without details")
        << R"({"status":"error"})"_ba << u"p.json: Prometheus answered with an error (unknown type): no message"_s;
    QTest::newRow("an unknown status") << R"({"status":"partial","data":{}})"_ba
                                       << u"p.json: \"status\" is neither \"success\" nor \"error\""_s;
    QTest::newRow("an instant query")
        << R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"2"]}]}})"_ba
        << u"p.json: an instant query result (vector): export a range query (query_range) instead"_s;
    QTest::newRow("a scalar") << R"({"status":"success","data":{"resultType":"scalar","result":[1,"2"]}})"_ba
                              << u"p.json: a scalar "_s + notRange;
    QTest::newRow("a string") << R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})"_ba
                              << u"p.json: a string "_s + notRange;
    QTest::newRow("Loki log streams")
        << R"({"status":"success","data":{"resultType":"streams","result":[]}})"_ba
        << u"p.json: unknown resultType \"streams\"; a range query gives \"matrix\""_s;
    QTest::newRow("no data") << R"({"status":"success"})"_ba << u"p.json: no \"data\" object in the response"_s;
    QTest::newRow("data that is not an object") << R"({"status":"success","data":[]})"_ba
                                                << u"p.json: no \"data\" object in the response"_s;
    QTest::newRow("no resultType") << R"({"status":"success","data":{"result":[]}})"_ba
                                   << u"p.json: no \"resultType\" in \"data\""_s;
    QTest::newRow("no result") << R"({"status":"success","data":{"resultType":"matrix"}})"_ba
                               << u"p.json: no \"result\" array in \"data\""_s;
    QTest::newRow("a result that is not an array") << matrix(R"({})") << u"p.json: no \"result\" array in \"data\""_s;
    QTest::newRow("a matrix without series")
        << matrix("[]") << u"p.json: the matrix has no series: the query matched nothing in its time range"_s;
    QTest::newRow("a matrix without samples")
        << matrix(R"([{"metric":{},"values":[]},{"metric":{},"values":[[1,"NaN"]]}])")
        << u"p.json: the matrix has no samples (every value is NaN or infinite)"_s;
    QTest::newRow("a JSON array") << "[]"_ba << u"p.json: not a Prometheus API response: the JSON is not an object"_s;
    QTest::newRow("some other JSON object") << R"({"heap":1})"_ba
                                            << u"p.json: not a Prometheus API response: no \"status\" and no \"resultType\""_s;
    QTest::newRow("a series that is not an object")
        << matrix("[1]") << u"p.json: result[0]: not an object with \"metric\" and \"values\""_s;
    QTest::newRow("metric that is not an object")
        << matrix(R"([{"metric":"m","values":[[1,"2"]]}])") << u"p.json: result[0]: \"metric\" is not an object of labels"_s;
    QTest::newRow("a label that is not a string")
        << matrix(R"([{"metric":{"le":0.5},"values":[[1,"2"]]}])") << u"p.json: result[0]: the label \"le\" is not a string"_s;
    QTest::newRow("no values") << matrix(R"([{"metric":{}}])") << u"p.json: result[0]: no \"values\" array"_s;
    QTest::newRow("native histograms")
        << matrix(R"([{"metric":{},"histograms":[[1,{"count":"1","sum":"2","buckets":[]}]]}])")
        << u"p.json: result[0]: native histograms, not sample values; query a gauge of bytes instead"_s;
    QTest::newRow("values that are not an array")
        << matrix(R"([{"metric":{},"values":{"1":"2"}}])") << u"p.json: result[0]: no \"values\" array"_s;
    QTest::newRow("a value that is not a pair")
        << matrix(R"([{"metric":{},"values":[[1,"2"],[3]]}])") << u"p.json: result[0].values[1]: not a [time, \"value\"] pair"_s;
    QTest::newRow("a value with three elements")
        << matrix(R"([{"metric":{},"values":[[1,"2",3]]}])") << u"p.json: result[0].values[0]: not a [time, \"value\"] pair"_s;
    QTest::newRow("a value that is a string")
        << matrix(R"([{"metric":{},"values":["1"]}])") << u"p.json: result[0].values[0]: not a [time, \"value\"] pair"_s;
    QTest::newRow("a time that is a string")
        << matrix(R"([{"metric":{},"values":[["1","2"]]}])")
        << u"p.json: result[0].values[0]: the time is not a number of seconds"_s;
    QTest::newRow("a value that is a number")
        << matrix(R"([{"metric":{},"values":[[1,2]]}])")
        << u"p.json: result[0].values[0]: the value is not a string (Prometheus quotes sample values)"_s;
    QTest::newRow("a non-numeric value in the second series")
        << matrix(R"([{"metric":{},"values":[[1,"2"]]},{"metric":{},"values":[[1,"2"],[2,"lots"]]}])")
        << u"p.json: result[1].values[1]: \"lots\" is not a number"_s;
    QTest::newRow("a value with a unit") << matrix(R"([{"metric":{},"values":[[1,"2 MB"]]}])")
                                         << u"p.json: result[0].values[0]: \"2 MB\" is not a number"_s;
    QTest::newRow("an empty value") << matrix(R"([{"metric":{},"values":[[1,""]]}])")
                                    << u"p.json: result[0].values[0]: \"\" is not a number"_s;
    QTest::newRow("an overflowing value") << matrix(R"([{"metric":{},"values":[[1,"1e999"]]}])")
                                          << u"p.json: result[0].values[0]: \"1e999\" is not a number"_s;
    QTest::newRow("a long value is cut in the message")
        << matrix(R"([{"metric":{},"values":[[1,"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]]}])")
        << u"p.json: result[0].values[0]: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" is not a number"_s;
    QTest::newRow("a negative value") << matrix(R"([{"metric":{},"values":[[1,"-5"]]}])")
                                      << u"p.json: result[0].values[0]: negative value -5"_s;
    QTest::newRow("a time after the year 9999") << matrix(R"([{"metric":{},"values":[[1e20,"1"]]}])")
                                                << u"p.json: result[0].values[0]: the time 1e+20 is out of range"_s;
    QTest::newRow("one time with two values")
        << matrix(R"([{"metric":{},"values":[[1700000000,"1"],[1700000000,"2"]]}])")
        << u"p.json: result[0]: two different values for 2023-11-14T22:13:20.000Z"_s;
}

void TestPrometheusSeries::refusesWrongResponsesWithAReason()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    const SeriesImportResult result = readJson(input);
    QCOMPARE(result.error, error);
    QVERIFY(result.series.isEmpty());
}

void TestPrometheusSeries::reportsLineAndColumnOfInvalidJson_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("cut off in the middle")
        << R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"2"],[3)"_ba
        << u"p.json:1: invalid JSON at column 93: invalid termination by number"_s;
    QTest::newRow("a missing comma on line 3")
        << "{\n  \"status\": \"success\",\n  \"data\": {\"resultType\": \"matrix\" \"result\": []}\n}\n"_ba
        << u"p.json:3: invalid JSON at column 35: unterminated object"_s;
    QTest::newRow("a trailing comma on line 2") << "{\"status\": \"success\",\n}"_ba
                                                << u"p.json:2: invalid JSON at column 1: object is missing after a comma"_s;
    QTest::newRow("not JSON at all") << "Time,heap\n1,2\n"_ba << u"p.json:1: invalid JSON at column 1: illegal value"_s;
}

void TestPrometheusSeries::reportsLineAndColumnOfInvalidJson()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    QCOMPARE(readJson(input).error, error);
}

void TestPrometheusSeries::readsFilesThroughTheImporter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"range.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(matrix(R"([{"metric":{"__name__":"m"},"values":[[1700000000,"1"]]}])"));
    file.close();

    const SeriesImportResult result = lr::SeriesImporter::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(describe(result), u"m{}: 1700000000000=1"_s);
    QCOMPARE(result.series[0].source.fileName, u"range.json"_s);
    QCOMPARE(result.series[0].source.format, u"prometheus"_s);
    QCOMPARE(result.series[0].samples[0].time, kNov14);
}

void TestPrometheusSeries::keepsTheContractOnEveryCorpusFile_data()
{
    QVERIFY2(lr::test::addDataFileRows({u"fuzz-corpus/prometheusseries"_s}) >= 3, "the Prometheus fuzz corpus needs at least three seeds");
}

// Every seed, and every prefix of it (a download cut short), keeps the contract.
void TestPrometheusSeries::keepsTheContractOnEveryCorpusFile()
{
    QFETCH(QString, path);
    const QByteArray text = lr::test::readBytes(path);
    for (qsizetype length = text.size(); length >= 0; --length) {
        const SeriesImportResult result = readJson(text.first(length));
        const QString why = lr::test::seriesContractBreach(result);
        QVERIFY2(why.isEmpty(), qPrintable(u"%1 at length %2"_s.arg(why).arg(length)));
    }
}

QTEST_GUILESS_MAIN(TestPrometheusSeries)
#include "tst_prometheusseries.moc"
