// Prints the time from a query_range request to the series in memory for the largest response a
// Prometheus server gives a range query: 20 series of 11,000 points (its per-series limit),
// served from 127.0.0.1 by a local stand-in server, through PrometheusClient (HTTP, size checks,
// simdjson parse off the event loop). Also the parse alone, to show what the network side costs.
// Medians of several runs; never fails on timing, only when something does not work at all.
#include "httpresponder.h"
#include "live/prometheusclient.h"
#include "series/prometheusseriesreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kSeries = 20;
constexpr int kPoints = 11000;
constexpr qint64 kStepSeconds = 15;
constexpr qint64 kStartSeconds = 1'767'225'600; // 2026-01-01T00:00:00Z
constexpr int kRuns = 7;

// Twenty pods' resident memory, each growing at its own rate, as Prometheus writes it.
QByteArray rangeResponse()
{
    QByteArray json = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    json.reserve(kSeries * kPoints * 30);
    char point[64];
    for (int s = 0; s < kSeries; ++s) {
        json += (s ? ",{" : "{") + R"("metric":{"__name__":"container_memory_working_set_bytes","namespace":"shop","pod":"checkout-)"_ba
            + QByteArray::number(s) + R"("},"values":[)";
        for (int i = 0; i < kPoints; ++i) {
            const int length = std::snprintf(point, sizeof point, "%s[%lld,\"%lld\"]", i ? "," : "",
                                              kStartSeconds + i * kStepSeconds, 200'000'000LL + (s + 1) * 1000LL * i);
            json.append(point, length);
        }
        json += "]}";
    }
    return json + "]}}";
}

double median(std::vector<double> times)
{
    std::nth_element(times.begin(), times.begin() + times.size() / 2, times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray response = rangeResponse();
    lr::test::HttpResponder server([&](const QByteArray &) {
        return lr::test::HttpResponder::Response::with(200, "application/json", response);
    });
    if (!server.listen()) {
        std::printf("cannot listen on 127.0.0.1\n");
        return 1;
    }
    lr::LiveQuery query;
    query.server = server.url();
    query.promql = u"container_memory_working_set_bytes{namespace=\"shop\"}"_s;
    query.startMs = kStartSeconds * 1000;
    query.endMs = (kStartSeconds + (kPoints - 1) * kStepSeconds) * 1000;
    query.stepMs = kStepSeconds * 1000;
    query.stepChosen = true;

    lr::PrometheusClient client;
    std::vector<double> requestMs, parseMs;
    lr::PrometheusFetch last;
    for (int run = 0; run <= kRuns; ++run) { // the first run warms up and is not counted
        QEventLoop loop;
        const QMetaObject::Connection done = QObject::connect(&client, &lr::PrometheusClient::finished, &loop,
                                                              [&](const lr::PrometheusFetch &result) {
                                                                  last = result;
                                                                  loop.quit();
                                                              });
        QElapsedTimer timer;
        timer.start();
        client.fetch(query, {});
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(done);
        if (!last.ok()) {
            std::printf("request failed: %s\n", qPrintable(last.import.error));
            return 1;
        }
        timer.start();
        const lr::SeriesImportResult parsed = lr::PrometheusSeriesReader::readJson(response, u"bench"_s);
        const double parsedMs = double(timer.nsecsElapsed()) / 1e6;
        if (run > 0) {
            requestMs.push_back(ms);
            parseMs.push_back(parsedMs);
        }
    }
    qint64 samples = 0;
    for (const lr::MemorySeries &series : last.import.series)
        samples += series.samples.size();
    const double megabytes = double(response.size()) / 1e6;
    std::printf("Prometheus query_range, %d series x %d points (%lld samples), %.1f MB of JSON, served on 127.0.0.1\n",
                kSeries, kPoints, static_cast<long long>(samples), megabytes);
    std::printf("  request to series (PrometheusClient)   %8.1f ms  median of %d\n", median(requestMs), kRuns);
    std::printf("  of which the parse (simdjson reader)   %8.1f ms  %.0f MB/s\n", median(parseMs),
                megabytes / (median(parseMs) / 1000.0));
    return samples == qint64(kSeries) * kPoints ? 0 : 1;
}
