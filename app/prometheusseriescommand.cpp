// `leakreport series add REPORT --prometheus URL --query PROMQL`: a range query against a
// Prometheus-compatible server, added like a file's series (see commandline.h).
#include "commandline.h"

#include "io/reportfile.h"
#include "live/prometheusclient.h"
#include "live/promqlrange.h"
#include "series/epochtime.h"
#include "series/timetextparser.h"

#include <QCommandLineParser>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace lr {

void CommandLine::addPrometheusOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {u"prometheus"_s, tr("Query this Prometheus-compatible server (its base URL) instead of reading FILE. "
                             "Credentials come from LEAKREPORT_PROMETHEUS_TOKEN (bearer) or LEAKREPORT_PROMETHEUS_USER "
                             "and LEAKREPORT_PROMETHEUS_PASSWORD, and are never stored."), u"URL"_s},
        {u"query"_s, tr("The PromQL range query, with --prometheus."), u"PROMQL"_s},
        {u"since"_s, tr("The range: the last DURATION up to now (24h, 90m, 7d; default 24h)."), u"DURATION"_s},
        {u"start"_s, tr("The range's start, ISO 8601 or Unix seconds (with --end)."), u"TIME"_s},
        {u"end"_s, tr("The range's end, ISO 8601 or Unix seconds (with --start)."), u"TIME"_s},
        {u"step"_s, tr("The query resolution (15s, 1m); default: the finest within 11,000 points per series."),
         u"DURATION"_s},
        {u"timeout"_s, tr("Seconds to wait for the server (default 60)."), u"SECONDS"_s},
    });
}

int CommandLine::fetchPrometheusSeries(const QCommandLineParser &parser, const QString &reportPath, LoadResult &loaded,
                                       const SeriesChoice &choice)
{
    const QString command = u"series"_s;
    LiveQuery query;
    query.server = parser.value(u"prometheus"_s);
    query.promql = parser.value(u"query"_s);
    if (query.promql.trimmed().isEmpty())
        return usageError(tr("--prometheus needs --query PROMQL"), command);
    const bool absolute = parser.isSet(u"start"_s) || parser.isSet(u"end"_s);
    if (absolute && parser.isSet(u"since"_s))
        return usageError(tr("give either --since or --start and --end"), command);
    if (absolute) {
        TimeTextParser times;
        for (const auto &[option, target] : {std::pair{u"start"_s, &query.startMs}, std::pair{u"end"_s, &query.endMs}}) {
            if (!parser.isSet(option))
                return usageError(tr("--start and --end go together"), command);
            if (!times.parse(parser.value(option).trimmed().toUtf8(), target))
                return usageError(tr("--%1: \"%2\" is not a time (ISO 8601 or Unix seconds)").arg(option, parser.value(option)),
                                  command);
        }
    } else {
        const std::optional<qint64> since = PromqlRange::parseDuration(parser.value(u"since"_s).isEmpty()
                                                                           ? u"24h"_s : parser.value(u"since"_s));
        if (!since)
            return usageError(tr("--since: \"%1\" is not a duration (24h, 90m, 7d)").arg(parser.value(u"since"_s)), command);
        query.sinceMs = *since;
    }
    if (parser.isSet(u"step"_s)) {
        const std::optional<qint64> step = PromqlRange::parseDuration(parser.value(u"step"_s));
        if (!step)
            return usageError(tr("--step: \"%1\" is not a duration (15s, 1m)").arg(parser.value(u"step"_s)), command);
        query.stepMs = *step;
        query.stepChosen = true;
    }
    PrometheusClient client;
    if (parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || !(seconds > 0 && seconds < 86400))
            return usageError(tr("--timeout: \"%1\" is not a number of seconds").arg(parser.value(u"timeout"_s)), command);
        client.setTimeout(int(seconds * 1000));
    }

    PrometheusFetch fetched;
    QEventLoop loop;
    QObject::connect(&client, &PrometheusClient::finished, &loop, [&](const PrometheusFetch &result) {
        fetched = result;
        loop.quit();
    });
    client.fetch(query, PrometheusCredentials::fromEnvironment());
    loop.exec();
    if (!fetched.ok())
        return inputError(fetched.import.error);
    m_err << "leakreport: "
          << tr("%1: %2 from %3 to %4, step %5").arg(fetched.query.server, fetched.query.promql, isoTime(fetched.query.startMs),
                                                     isoTime(fetched.query.endMs), PromqlRange::durationText(fetched.query.stepMs))
          << '\n';
    return addSeries(reportPath, loaded, choice, fetched.import, fetched.query.server);
}

} // namespace lr
