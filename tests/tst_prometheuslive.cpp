// Live Prometheus queries: the range and step rules, then a real Prometheus server (Debian's
// /usr/bin/prometheus) scraping a gauge this test serves and grows at a known rate, queried by
// PrometheusClient and by `leakreport series add --prometheus`; and every way a server can fail,
// each with the message a person needs: down, bad PromQL (the server's words), slow (timeout),
// too large a response (refused before it is read), an HTML login page, a cancel.
#include "httpresponder.h"
#include "live/prometheusclient.h"
#include "live/promqlrange.h"
#include "io/reportfile.h"
#include "io/seriesjson.h"
#include "live/livequeryfill.h"
#include "live/seriesrefresh.h"
#include "series/seriesstatistics.h"
#include "template/reporttemplate.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;
using lr::LiveQuery;
using lr::PrometheusClient;
using lr::PrometheusFetch;
using lr::PromqlRange;
using lr::test::HttpResponder;

namespace {

constexpr double kBaseBytes = 100e6;
constexpr double kBytesPerSecond = 1e6; // 3600 MB/h
constexpr auto kGauge = "leaktest_heap_bytes"_L1;

LiveQuery lastMinute(const QString &server, const QString &promql)
{
    LiveQuery query;
    query.server = server;
    query.promql = promql;
    query.sinceMs = 60'000;
    return query;
}

// Runs one fetch to its end in the event loop.
PrometheusFetch fetchNow(PrometheusClient &client, const LiveQuery &query,
                         const lr::PrometheusCredentials &credentials = {})
{
    QSignalSpy finished(&client, &PrometheusClient::finished);
    client.fetch(query, credentials);
    if (!finished.wait(15000)) {
        PrometheusFetch none;
        none.import.error = u"no answer from the client within 15 s"_s;
        return none;
    }
    return finished.first().first().value<PrometheusFetch>();
}

HttpResponder::Response json(const QByteArray &body)
{
    return HttpResponder::Response::with(200, "application/json", body);
}

// A server that reads the request and never answers.
HttpResponder::Response silence()
{
    HttpResponder::Response response;
    response.answer = false;
    return response;
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

class TestPrometheusLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void readsDurations_data();
    void readsDurations();
    void choosesAStepWithinTheElevenThousandPointLimit();
    void refusesAUserStepOverTheLimit();
    void keepsTheServerWithoutCredentials();
    void keepsTheLiveQueryInTheNativeFile();
    void putsTheQueryIntoTheReportOnce();
    void refreshTakesTheSameLabelSetsNewSamples();

    void namesAServerThatIsDown();
    void timesOutOnAServerThatNeverAnswers();
    void cancelsARunningRequest();
    void refusesAnAnnouncedOversizedResponseBeforeReadingIt();
    void refusesAnOversizedStreamWithoutALength();
    void namesAnHtmlLoginPage();
    void namesARedirectInsteadOfFollowingIt();
    void refusesAnUntrustedCertificate();
    void namesAResponseCutShort();
    void showsPrometheusOwnErrorText_data();
    void showsPrometheusOwnErrorText();
    void sendsCredentialsWithoutKeepingThem();
    void reportsProgressWhileDownloading();

    void importsTheGrowingGaugeFromARealServer();
    void showsTheRealServersMessageForBadPromQL();
    void addsASeriesFromTheCommandLineAndRemembersTheQuery();

private:
    void waitForScrapes(int count);

    QTemporaryDir m_dir;
    std::unique_ptr<HttpResponder> m_exporter;
    QProcess m_prometheus;
    QString m_server;
    qint64 m_exporterStartMs = 0;
    QList<qint64> m_served; // every gauge value the exporter gave, in bytes
};

void TestPrometheusLive::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString binary = QStandardPaths::findExecutable(u"prometheus"_s);
    if (binary.isEmpty())
        QFAIL("prometheus is not installed: run scripts/install-deps.sh (Debian package prometheus)");

    // The exporter: one gauge growing at kBytesPerSecond from the moment the test starts.
    m_exporterStartMs = QDateTime::currentMSecsSinceEpoch();
    m_exporter = std::make_unique<HttpResponder>([this](const QByteArray &path) -> HttpResponder::Response {
        if (path != "/metrics")
            return HttpResponder::Response::with(404, "text/plain", "not found\n");
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_exporterStartMs;
        const qint64 bytes = std::llround(kBaseBytes + kBytesPerSecond * double(elapsed) / 1000.0);
        m_served.append(bytes);
        return HttpResponder::Response::with(200, "text/plain; version=0.0.4",
                                             "# TYPE leaktest_heap_bytes gauge\nleaktest_heap_bytes{app=\"leaky\"} "
                                                 + QByteArray::number(bytes) + "\n");
    });
    QVERIFY(m_exporter->listen());

    const quint16 port = lr::test::freePort();
    m_server = u"http://127.0.0.1:%1"_s.arg(port);
    QFile config(m_dir.filePath(u"prometheus.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
                 "scrape_configs:\n  - job_name: leaktest\n    static_configs:\n      - targets: ['127.0.0.1:"
                 + QByteArray::number(m_exporter->port()) + "']\n");
    config.close();
    m_prometheus.setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus.setStandardOutputFile(m_dir.filePath(u"prometheus.log"_s));
    m_prometheus.start(binary, {u"--config.file="_s + config.fileName(), u"--storage.tsdb.path="_s + m_dir.filePath(u"data"_s),
                                u"--web.listen-address=127.0.0.1:%1"_s.arg(port)});
    QVERIFY2(m_prometheus.waitForStarted(5000), qPrintable(m_prometheus.errorString()));
}

void TestPrometheusLive::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(5000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(5000);
        }
    }
}

void TestPrometheusLive::waitForScrapes(int count)
{
    QTRY_VERIFY_WITH_TIMEOUT(m_served.size() >= count, 20000);
    QVERIFY(listening(quint16(QUrl(m_server).port())));
}

void TestPrometheusLive::readsDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("hours") << u"24h"_s << 86'400'000LL;
    QTest::newRow("hours and minutes") << u"1h30m"_s << 5'400'000LL;
    QTest::newRow("milliseconds, not minutes") << u"500ms"_s << 500LL;
    QTest::newRow("days and weeks") << u"1w2d"_s << 9 * 86'400'000LL;
    QTest::newRow("plain seconds") << u"15"_s << 15'000LL;
    QTest::newRow("fractional seconds") << u"0.5"_s << 500LL;
    QTest::newRow("a unit alone") << u"h"_s << -1LL;
    QTest::newRow("an unknown unit") << u"3x"_s << -1LL;
    QTest::newRow("zero") << u"0s"_s << -1LL;
    QTest::newRow("negative") << u"-5"_s << -1LL;
    QTest::newRow("empty") << QString() << -1LL;
}

void TestPrometheusLive::readsDurations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(PromqlRange::parseDuration(text).value_or(-1), ms);
    if (ms > 0)
        QCOMPARE(PromqlRange::parseDuration(PromqlRange::durationText(ms)), ms);
}

void TestPrometheusLive::choosesAStepWithinTheElevenThousandPointLimit()
{
    const qint64 now = 1'800'000'000'000;
    for (const qint64 since : {60'000LL, 3'600'000LL, 86'400'000LL, 30 * 86'400'000LL, 11'000'000LL, 10'999'000LL}) {
        LiveQuery query = lastMinute(u"http://p:9090"_s, u"up"_s);
        query.sinceMs = since;
        QString error;
        const std::optional<LiveQuery> resolved = PromqlRange::resolve(query, now, &error);
        QVERIFY2(resolved, qPrintable(error));
        QCOMPARE(resolved->endMs, now);
        QCOMPARE(resolved->startMs, now - since);
        const qint64 points = since / resolved->stepMs + 1;
        QVERIFY2(points <= PromqlRange::kMaxPointsPerSeries, qPrintable(u"%1 points over %2 ms"_s.arg(points).arg(since)));
        QCOMPARE(resolved->stepMs % 1000, 0);
        // And not coarser than it needs to be: one second less would break the limit or the 1 s floor.
        QVERIFY(resolved->stepMs == 1000 || since / (resolved->stepMs - 1000) + 1 > PromqlRange::kMaxPointsPerSeries);
    }
    const QUrl url = PromqlRange::queryRangeUrl(*PromqlRange::resolve(
        lastMinute(u"http://p:9090/prom"_s, u"sum(rate(a{b=\"c d\"}[5m])) + 1"_s), now, nullptr));
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             u"http://p:9090/prom/api/v1/query_range?query=sum%28rate%28a%7Bb%3D%22c%20d%22%7D%5B5m%5D%29%29%20%2B%201"
             "&start=1799999940&end=1800000000&step=1"_s);
}

void TestPrometheusLive::refusesAUserStepOverTheLimit()
{
    LiveQuery query = lastMinute(u"http://p:9090"_s, u"up"_s);
    query.sinceMs = 86'400'000;
    query.stepMs = 5000;
    query.stepChosen = true;
    QString error;
    QVERIFY(!PromqlRange::resolve(query, 1'800'000'000'000, &error));
    QCOMPARE(error, u"a step of 5s over 1d gives 17281 points per series; Prometheus refuses more than 11,000: "
                    "use a step of at least 8s"_s);
    query.stepMs = 8000;
    QVERIFY2(PromqlRange::resolve(query, 1'800'000'000'000, &error), qPrintable(error));

    query.sinceMs = 0;
    query.startMs = query.endMs = 1'800'000'000'000;
    QVERIFY(!PromqlRange::resolve(query, 0, &error));
    QVERIFY2(error.startsWith(u"the range is empty"_s), qPrintable(error));
}

void TestPrometheusLive::keepsTheServerWithoutCredentials()
{
    QString error;
    QCOMPARE(PromqlRange::serverBase(u"https://alice:s3cret@prom.example:9090/"_s, &error), u"https://prom.example:9090"_s);
    QCOMPARE(PromqlRange::serverBase(u"http://p:9090/api/v1/query_range?query=up"_s, &error), u"http://p:9090"_s);
    QCOMPARE(PromqlRange::serverBase(u"http://gw/prometheus/"_s, &error), u"http://gw/prometheus"_s);
    QVERIFY(error.isEmpty());
    QCOMPARE(PromqlRange::serverBase(u"ftp://p"_s, &error), QString());
    QCOMPARE(error, u"\"ftp://p\" is not an http:// or https:// URL of a Prometheus server"_s);
    QCOMPARE(PromqlRange::serverBase(u"ftp://alice:s3cret@p"_s, &error), QString());
    QCOMPARE(error, u"\"ftp://p\" is not an http:// or https:// URL of a Prometheus server"_s);
}

void TestPrometheusLive::keepsTheLiveQueryInTheNativeFile()
{
    lr::MemorySeries live;
    live.name = u"m{job=\"a\"}"_s;
    live.samples = {{1000, 5}, {2000, 6}};
    live.source.fileName = u"http://p:9090"_s;
    live.source.format = u"prometheus"_s;
    live.source.query = live.name;
    live.source.live = {u"http://p:9090"_s, u"sum(m) by (job)"_s, 1'700'000'000'000, 1'700'003'600'000, 3'600'000, 15'000, true};
    lr::MemorySeries file = live;
    file.source.live = {};
    const QJsonArray json = lr::SeriesJson::toJson({live, file});
    QVERIFY(!json[1].toObject().value(u"source"_s).toObject().contains(u"live"_s));
    QList<lr::MemorySeries> read;
    QString error;
    QStringList warnings;
    QVERIFY2(lr::SeriesJson::fromJson(json, &read, &error, &warnings), qPrintable(error));
    QCOMPARE(warnings, QStringList());
    QCOMPARE(read, (QList<lr::MemorySeries>{live, file}));

    QJsonArray broken = json;
    QJsonObject series = broken[0].toObject();
    QJsonObject source = series.value(u"source"_s).toObject();
    QJsonObject query = source.value(u"live"_s).toObject();
    query.insert(u"stepMs"_s, u"15s"_s);
    source.insert(u"live"_s, query);
    series.insert(u"source"_s, source);
    broken[0] = series;
    QVERIFY(!lr::SeriesJson::fromJson(broken, &read, &error, &warnings));
    QVERIFY2(error.startsWith(u"series[0].source.live.stepMs: "_s), qPrintable(error));
}

void TestPrometheusLive::putsTheQueryIntoTheReportOnce()
{
    const lr::ReportContent empty = lr::ReportContent::fromTemplate(*lr::ReportTemplate::builtin());
    const QString field = QString::fromLatin1(lr::LiveQueryFill::kQueryField);
    const QString rowSet = QString::fromLatin1(lr::LiveQueryFill::kQueriesRowSet);
    QVERIFY(empty.values.contains(field));
    QVERIFY(empty.rows.contains(rowSet));
    LiveQuery query = lastMinute(u"http://p:9090"_s, u"sum by (pod) (container_memory_working_set_bytes{ns=\"a\"})"_s);
    lr::ReportContent filled = lr::LiveQueryFill::apply(empty, query, u"Working set per pod"_s);
    QCOMPARE(filled.values.value(field), u"`sum by (pod) (container_memory_working_set_bytes{ns=\"a\"})`"_s);
    QCOMPARE(filled.rows.value(rowSet).size(), empty.rows.value(rowSet).size() + 1);
    QCOMPARE(filled.rows.value(rowSet).last().value(u"description"_s), u"Working set per pod"_s);
    QCOMPARE(filled.rows.value(rowSet).last().value(u"query"_s), query.promql);
    QCOMPARE(lr::LiveQueryFill::apply(filled, query, u"again"_s), filled); // once

    filled.values.insert(field, u"typed by hand"_s);
    query.promql = u"up"_s;
    const lr::ReportContent second = lr::LiveQueryFill::apply(filled, query, u"Up"_s);
    QCOMPARE(second.values.value(field), u"typed by hand"_s); // never replaced
    QCOMPARE(second.rows.value(rowSet).last().value(u"query"_s), u"up"_s);

    QCOMPARE(lr::LiveQueryFill::codeSpan(u"a`b"_s), u"``a`b``"_s);
    QCOMPARE(lr::LiveQueryFill::codeSpan(u"`a`"_s), u"`` `a` ``"_s);
}

void TestPrometheusLive::refreshTakesTheSameLabelSetsNewSamples()
{
    lr::MemorySeries kept;
    kept.name = u"renamed by the user"_s;
    kept.role = lr::SeriesRole::Before;
    kept.samples = {{1000, 1}};
    kept.source.query = u"m{pod=\"b\"}"_s;
    lr::SeriesImportResult answer;
    for (const QString &pod : {u"a"_s, u"b"_s}) {
        lr::MemorySeries one;
        one.name = one.source.query = u"m{pod=\"%1\"}"_s.arg(pod);
        one.samples = {{5000, pod == u"a" ? 10.0 : 20.0}, {6000, 21}};
        answer.series.append(one);
    }
    const LiveQuery sent = lastMinute(u"http://p:9090"_s, u"m"_s);
    QString error;
    QVERIFY2(lr::SeriesRefresh::apply(&kept, answer, sent, &error), qPrintable(error));
    QCOMPARE(kept.name, u"renamed by the user"_s);
    QCOMPARE(kept.role, lr::SeriesRole::Before);
    QCOMPARE(kept.samples, (QList<lr::MemorySample>{{5000, 20}, {6000, 21}}));
    QCOMPARE(kept.source.live, sent);

    answer.series.removeLast();
    answer.series.append(answer.series.first());
    answer.series.last().name = answer.series.last().source.query = u"m{pod=\"c\"}"_s;
    QVERIFY(!lr::SeriesRefresh::apply(&kept, answer, sent, &error));
    QCOMPARE(error, u"the query now returns 2 series, none of them m{pod=\"b\"}"_s);
}

void TestPrometheusLive::namesAServerThatIsDown()
{
    PrometheusClient client;
    const QString down = u"http://127.0.0.1:%1"_s.arg(lr::test::freePort());
    const PrometheusFetch result = fetchNow(client, lastMinute(down, u"up"_s));
    QCOMPARE(result.import.error, down + u": cannot connect: connection refused (is Prometheus running there?)"_s);
    QVERIFY(!result.cancelled);
}

void TestPrometheusLive::timesOutOnAServerThatNeverAnswers()
{
    HttpResponder silent([](const QByteArray &) { return silence(); });
    QVERIFY(silent.listen());
    PrometheusClient client;
    client.setTimeout(500);
    QElapsedTimer timer;
    timer.start();
    const PrometheusFetch result = fetchNow(client, lastMinute(silent.url(), u"up"_s));
    QCOMPARE(result.import.error, silent.url() + u": no answer within 0.5 s (timeout); the server may be overloaded, "
                                                  "or the query too heavy"_s);
    QVERIFY(timer.elapsed() >= 450); // Qt's transfer timer is a coarse timer: up to 5 % early
}

void TestPrometheusLive::cancelsARunningRequest()
{
    HttpResponder silent([](const QByteArray &) { return silence(); });
    QVERIFY(silent.listen());
    PrometheusClient client;
    QSignalSpy finished(&client, &PrometheusClient::finished);
    client.fetch(lastMinute(silent.url(), u"up"_s), {});
    QVERIFY(client.isRunning());
    QTRY_COMPARE(silent.requests().size(), 1);
    client.cancel();
    QTRY_COMPARE(finished.size(), 1);
    const PrometheusFetch result = finished.first().first().value<PrometheusFetch>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.import.error, silent.url() + u": cancelled"_s);
    QVERIFY(!client.isRunning());
}

// The server announces 200 MB and sends a few bytes: a client that read the body would wait.
void TestPrometheusLive::refusesAnAnnouncedOversizedResponseBeforeReadingIt()
{
    HttpResponder huge([](const QByteArray &) {
        HttpResponder::Response response = HttpResponder::Response::with(200, "application/json", "{\"status\"");
        response.announcedLength = 200'000'000;
        return response;
    });
    QVERIFY(huge.listen());
    PrometheusClient client;
    client.setSizeLimit(1'000'000);
    const PrometheusFetch result = fetchNow(client, lastMinute(huge.url(), u"up"_s));
    QCOMPARE(result.import.error, huge.url() + u": the response is at least 200.0 MB, over the limit of 1.0 MB; query "
                                                "a shorter range, a larger step or fewer series"_s);
}

void TestPrometheusLive::refusesAnOversizedStreamWithoutALength()
{
    HttpResponder stream([](const QByteArray &) {
        HttpResponder::Response response = HttpResponder::Response::with(200, "application/json", QByteArray(3000, ' ') + "{}");
        response.announcedLength = -2;
        return response;
    });
    QVERIFY(stream.listen());
    PrometheusClient client;
    client.setSizeLimit(1000);
    const PrometheusFetch result = fetchNow(client, lastMinute(stream.url(), u"up"_s));
    QVERIFY2(result.import.error.startsWith(stream.url() + u": the response is at least "_s), qPrintable(result.import.error));
    QVERIFY2(result.import.error.contains(u"over the limit of 0.0 MB"_s), qPrintable(result.import.error));
}

void TestPrometheusLive::namesAnHtmlLoginPage()
{
    HttpResponder login([](const QByteArray &) {
        return HttpResponder::Response::with(200, "text/html; charset=utf-8",
                                       "<!DOCTYPE html>\n<html><head><title>Sign in - Corp SSO</title></head>"
                                       "<body><form>...</form></body></html>");
    });
    QVERIFY(login.listen());
    PrometheusClient client;
    const PrometheusFetch result = fetchNow(client, lastMinute(login.url(), u"up"_s));
    QCOMPARE(result.import.error, login.url() + u": the server answered with an HTML page (\"Sign in - Corp SSO\"), not "
                                                 "Prometheus JSON: a login page or a proxy in front of Prometheus? Check "
                                                 "the URL and the credentials"_s);
}

// A redirect to another origin is not followed: the bearer token would go along to it.
void TestPrometheusLive::namesARedirectInsteadOfFollowingIt()
{
    HttpResponder sso([](const QByteArray &) {
        HttpResponder::Response response = HttpResponder::Response::with(302, "text/plain", {});
        response.headers = "Location: https://sso.example/login?next=/api\r\n";
        return response;
    });
    QVERIFY(sso.listen());
    PrometheusClient client;
    const PrometheusFetch result = fetchNow(client, lastMinute(sso.url(), u"up"_s));
    QCOMPARE(result.import.error, sso.url() + u": the server redirects to https://sso.example/login?next=/api (a login "
                                               "page?), not to Prometheus JSON"_s);
}

// A self-signed certificate, made for this run: refused with the reason, never ignored.
void TestPrometheusLive::refusesAnUntrustedCertificate()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QFAIL("openssl is not installed: run scripts/install-deps.sh");
    const QString key = m_dir.filePath(u"tls.key"_s), certificate = m_dir.filePath(u"tls.crt"_s);
    QProcess generate;
    generate.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                             u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-days"_s, u"1"_s, u"-keyout"_s, key, u"-out"_s,
                             certificate});
    QVERIFY(generate.waitForFinished(20000));
    QCOMPARE(generate.exitCode(), 0);
    QFile keyFile(key), certificateFile(certificate);
    QVERIFY(keyFile.open(QIODevice::ReadOnly) && certificateFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    tls.setLocalCertificate(QSslCertificate(&certificateFile));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    const QString url = u"https://127.0.0.1:%1"_s.arg(server.serverPort());

    PrometheusClient client;
    const PrometheusFetch result = fetchNow(client, lastMinute(url, u"up"_s));
    QVERIFY2(result.import.error.startsWith(url + u": the server's TLS certificate is not trusted ("_s),
             qPrintable(result.import.error));
    QVERIFY2(result.import.error.contains(u"self signed"_s, Qt::CaseInsensitive)
                 || result.import.error.contains(u"self-signed"_s, Qt::CaseInsensitive),
             qPrintable(result.import.error));
}

void TestPrometheusLive::namesAResponseCutShort()
{
    HttpResponder cut([](const QByteArray &) {
        HttpResponder::Response response = HttpResponder::Response::with(200, "application/json", R"({"status":"success","da)");
        response.announcedLength = 5000;
        response.closeEarly = true;
        return response;
    });
    QVERIFY(cut.listen());
    PrometheusClient client;
    const PrometheusFetch result = fetchNow(client, lastMinute(cut.url(), u"up"_s));
    QVERIFY2(result.import.error.startsWith(cut.url() + u": "_s), qPrintable(result.import.error));
    QVERIFY2(!result.ok() && result.import.series.isEmpty(), qPrintable(result.import.error));
}

void TestPrometheusLive::showsPrometheusOwnErrorText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("bad_data, 400")
        << 400 << R"({"status":"error","errorType":"bad_data","error":"invalid parameter \"query\": 1:4: parse error: unclosed left parenthesis"})"_ba
        << u"Prometheus answered with an error (bad_data): invalid parameter \"query\": 1:4: parse error: unclosed left parenthesis"_s;
    QTest::newRow("execution, 422")
        << 422 << R"({"status":"error","errorType":"execution","error":"query processing would load too many samples into memory"})"_ba
        << u"Prometheus answered with an error (execution): query processing would load too many samples into memory"_s;
    QTest::newRow("timeout, 503")
        << 503 << R"({"status":"error","errorType":"timeout","error":"query timed out in expression evaluation"})"_ba
        << u"Prometheus answered with an error (timeout): query timed out in expression evaluation"_s;
    QTest::newRow("not Prometheus, 502") << 502 << "upstream connect error"_ba << u"HTTP 502 Status"_s;
    QTest::newRow("credentials wanted, 401")
        << 401 << "Unauthorized"_ba
        << u"HTTP 401 Status: the server wants credentials, or refused them. Set LEAKREPORT_PROMETHEUS_TOKEN (bearer "
           "token) or LEAKREPORT_PROMETHEUS_USER and LEAKREPORT_PROMETHEUS_PASSWORD (basic auth)"_s;
    QTest::newRow("an instant query's answer")
        << 200 << R"({"status":"success","data":{"resultType":"vector","result":[]}})"_ba
        << u"an instant query result (vector): export a range query (query_range) instead"_s;
}

void TestPrometheusLive::showsPrometheusOwnErrorText()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    HttpResponder server([&](const QByteArray &) {
        return HttpResponder::Response::with(status, status == 502 || status == 401 ? "text/plain" : "application/json", body);
    });
    QVERIFY(server.listen());
    PrometheusClient client;
    const PrometheusFetch result = fetchNow(client, lastMinute(server.url(), u"up"_s));
    QCOMPARE(result.import.error, server.url() + u": "_s + error);
}

void TestPrometheusLive::sendsCredentialsWithoutKeepingThem()
{
    const QByteArray matrix = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{"__name__":"m"},"values":[[1700000000,"5"]]}]}})";
    HttpResponder server([&](const QByteArray &) { return json(matrix); });
    QVERIFY(server.listen());
    PrometheusClient client;
    lr::PrometheusCredentials token;
    token.bearerToken = u"tok-123"_s;
    PrometheusFetch result = fetchNow(client, lastMinute(server.url(), u"m"_s), token);
    QVERIFY2(result.ok(), qPrintable(result.import.error));
    QVERIFY(server.requests().last().contains("\r\nAuthorization: Bearer tok-123"));

    const QString withUser = server.url().replace(u"http://"_s, u"http://alice:pw@"_s);
    result = fetchNow(client, lastMinute(withUser, u"m"_s));
    QVERIFY2(result.ok(), qPrintable(result.import.error));
    QVERIFY(server.requests().last().contains(QByteArray(QByteArray("\r\nAuthorization: Basic ") + "alice:pw"_ba.toBase64())));
    QCOMPARE(result.query.server, server.url());
    QCOMPARE(result.import.series.first().source.live.server, server.url());
    QCOMPARE(result.import.series.first().source.live.promql, u"m"_s);
}

void TestPrometheusLive::reportsProgressWhileDownloading()
{
    QByteArray values;
    for (int i = 0; i < 100'000; ++i)
        values += (i ? ",[" : "[") + QByteArray::number(1'700'000'000 + i) + ",\"" + QByteArray::number(i) + "\"]";
    const QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[)" + values + "]}]}}";
    HttpResponder server([&](const QByteArray &) { return json(body); });
    QVERIFY(server.listen());
    PrometheusClient client;
    QSignalSpy progress(&client, &PrometheusClient::progress);
    const PrometheusFetch result = fetchNow(client, lastMinute(server.url(), u"m"_s));
    QVERIFY2(result.ok(), qPrintable(result.import.error));
    QCOMPARE(result.import.series.first().samples.size(), 100'000);
    QCOMPARE(result.responseBytes, body.size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), body.size());
    QCOMPARE(progress.last().at(1).toLongLong(), body.size());
}

void TestPrometheusLive::importsTheGrowingGaugeFromARealServer()
{
    waitForScrapes(6);
    PrometheusClient client;
    LiveQuery query;
    query.server = m_server;
    query.promql = kGauge;
    query.startMs = m_exporterStartMs - 1000;
    query.endMs = QDateTime::currentMSecsSinceEpoch();
    query.stepMs = 200; // finer than the scrapes: the staircase's slope is the gauge's
    query.stepChosen = true;
    const PrometheusFetch result = fetchNow(client, query);
    QVERIFY2(result.ok(), qPrintable(result.import.error));
    QCOMPARE(result.import.series.size(), 1);
    const lr::MemorySeries &series = result.import.series.first();
    QCOMPARE(series.name, u"leaktest_heap_bytes{app=\"leaky\", instance=\"127.0.0.1:%1\", job=\"leaktest\"}"_s
                              .arg(m_exporter->port()));
    QCOMPARE(series.source.format, u"prometheus"_s);
    QCOMPARE(series.source.live.promql, QString(kGauge));
    QCOMPARE(series.source.live.stepMs, 200);
    QVERIFY2(series.samples.size() >= 15, qPrintable(QString::number(series.samples.size())));
    for (const lr::MemorySample &sample : series.samples) {
        QVERIFY2(m_served.contains(qint64(sample.bytes)), qPrintable(QString::number(sample.bytes, 'f', 0)));
        QCOMPARE((sample.time - query.startMs) % 200, 0); // on the step grid
    }
    const std::optional<lr::SeriesStatistics> stats = lr::SeriesStatistics::compute(series);
    QVERIFY(stats && stats->growthMBPerHour);
    const double expected = kBytesPerSecond * 3600 / 1e6;
    qInfo("growth of the imported series %.1f MB/h over %lld samples (served: %.1f MB/h)", *stats->growthMBPerHour,
          qlonglong(series.samples.size()), expected);
    QVERIFY2(std::abs(*stats->growthMBPerHour - expected) < 0.2 * expected,
             qPrintable(u"growth %1 MB/h, served %2 MB/h"_s.arg(*stats->growthMBPerHour).arg(expected)));
}

void TestPrometheusLive::showsTheRealServersMessageForBadPromQL()
{
    waitForScrapes(1);
    PrometheusClient client;
    const PrometheusFetch result = fetchNow(client, lastMinute(m_server, u"sum(leaktest_heap_bytes"_s));
    QVERIFY2(result.import.error.startsWith(m_server + u": Prometheus answered with an error (bad_data): "_s),
             qPrintable(result.import.error));
    QVERIFY2(result.import.error.contains(u"parse error"_s), qPrintable(result.import.error));
}

void TestPrometheusLive::addsASeriesFromTheCommandLineAndRemembersTheQuery()
{
    waitForScrapes(3);
    const QString report = m_dir.filePath(u"r.leakreport"_s);
    const lr::test::ProgramRun created = lr::test::runLeakReport({u"new"_s, report}, m_dir.path());
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));

    qputenv("LEAKREPORT_PROMETHEUS_TOKEN", "secret-token-never-stored");
    const lr::test::ProgramRun run = lr::test::runLeakReport(
        {u"series"_s, u"add"_s, report, u"--role"_s, u"before"_s, u"--prometheus"_s, m_server, u"--query"_s, kGauge,
         u"--since"_s, u"2m"_s, u"--step"_s, u"1s"_s},
        m_dir.path());
    qunsetenv("LEAKREPORT_PROMETHEUS_TOKEN");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"added \"leaktest_heap_bytes{"_s), qPrintable(run.err));
    QVERIFY(!lr::test::readBytes(report).contains("secret-token"));

    const lr::LoadResult loaded = lr::ReportFile::load(report, *lr::ReportTemplate::builtin());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.content.series.size(), 1);
    const lr::MemorySeries &series = loaded.content.series.first();
    QCOMPARE(series.role, lr::SeriesRole::Before);
    QVERIFY(!series.samples.isEmpty());
    QCOMPARE(series.source.live.server, m_server);
    QCOMPARE(series.source.live.promql, QString(kGauge));
    QCOMPARE(series.source.live.sinceMs, 120'000);
    QCOMPARE(series.source.live.stepMs, 1000);
    QVERIFY(series.source.live.stepChosen);
    QCOMPARE(series.source.live.endMs - series.source.live.startMs, 120'000);
}

QTEST_GUILESS_MAIN(TestPrometheusLive)
#include "tst_prometheuslive.moc"
