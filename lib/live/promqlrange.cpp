#include "live/promqlrange.h"

#include "series/epochtime.h"

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

struct DurationUnit
{
    QLatin1StringView suffix;
    qint64 ms;
};

// Longest suffix first, so "ms" is not read as "m" then "s".
constexpr DurationUnit kUnits[] = {{"ms"_L1, 1},          {"y"_L1, 365 * 86'400'000LL}, {"w"_L1, 7 * 86'400'000LL},
                                   {"d"_L1, 86'400'000LL}, {"h"_L1, 3'600'000LL},        {"m"_L1, 60'000LL},
                                   {"s"_L1, 1000LL}};

// Seconds as Prometheus's API takes them: whole or with milliseconds.
QString secondsText(qint64 ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

std::optional<qint64> PromqlRange::parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool plain = false;
    const double seconds = text.toDouble(&plain);
    if (plain)
        return seconds > 0 && seconds < 1e12 ? std::optional<qint64>(std::llround(seconds * 1000)) : std::nullopt;
    qint64 total = 0;
    while (!text.isEmpty()) {
        qsizetype digits = 0;
        while (digits < text.size() && text[digits].isDigit())
            ++digits;
        if (digits == 0 || digits > 12)
            return std::nullopt;
        const qint64 count = text.first(digits).toLongLong();
        text = text.sliced(digits);
        const auto unit = std::find_if(std::begin(kUnits), std::end(kUnits),
                                       [&](const DurationUnit &u) { return text.startsWith(u.suffix); });
        if (unit == std::end(kUnits))
            return std::nullopt;
        total += count * unit->ms;
        text = text.sliced(unit->suffix.size());
    }
    return total > 0 ? std::optional<qint64>(total) : std::nullopt;
}

QString PromqlRange::durationText(qint64 ms)
{
    QString text;
    for (const DurationUnit &unit : kUnits) {
        if (unit.ms == 1 || unit.suffix == "y"_L1 || unit.suffix == "w"_L1)
            continue;
        if (ms >= unit.ms) {
            text += QString::number(ms / unit.ms) + unit.suffix;
            ms %= unit.ms;
        }
    }
    if (ms > 0 || text.isEmpty())
        text += QString::number(ms) + u"ms"_s;
    return text;
}

QString PromqlRange::serverBase(const QString &url, QString *error)
{
    QUrl parsed = QUrl::fromUserInput(url.trimmed());
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != "http"_L1 && scheme != "https"_L1) || parsed.host().isEmpty()) {
        // Named without a password it may carry: messages end up in terminals and logs.
        *error = tr("\"%1\" is not an http:// or https:// URL of a Prometheus server")
                     .arg(parsed.isValid() ? parsed.toString(QUrl::RemoveUserInfo) : tr("an invalid URL"));
        return {};
    }
    parsed.setUserInfo({});
    parsed.setQuery(QString());
    parsed.setFragment({});
    QString path = parsed.path();
    for (const QLatin1StringView tail : {"/api/v1/query_range"_L1, "/api/v1/query"_L1, "/graph"_L1}) {
        if (path.endsWith(tail))
            path.chop(tail.size());
    }
    while (path.endsWith(u'/'))
        path.chop(1);
    parsed.setPath(path);
    return parsed.toString();
}

std::optional<LiveQuery> PromqlRange::resolve(const LiveQuery &query, qint64 nowMs, QString *error)
{
    LiveQuery resolved = query;
    if (query.promql.trimmed().isEmpty()) {
        *error = tr("no PromQL query");
        return std::nullopt;
    }
    if (query.sinceMs > 0) {
        resolved.endMs = nowMs;
        resolved.startMs = nowMs - query.sinceMs;
    }
    const qint64 span = resolved.endMs - resolved.startMs;
    if (span <= 0) {
        *error = tr("the range is empty: the start %1 is not before the end %2")
                     .arg(isoTime(resolved.startMs), isoTime(resolved.endMs));
        return std::nullopt;
    }
    // Whole seconds, at least one: n points over the span need a step of span / (n - 1).
    const qint64 smallestStep = (span + kMaxPointsPerSeries - 2) / (kMaxPointsPerSeries - 1);
    if (!query.stepChosen) {
        resolved.stepMs = std::max<qint64>(1000, (smallestStep + 999) / 1000 * 1000);
    } else if (query.stepMs <= 0) {
        *error = tr("the step must be a positive duration");
        return std::nullopt;
    } else if (query.stepMs < smallestStep) {
        *error = tr("a step of %1 over %2 gives %3 points per series; Prometheus refuses more than 11,000: "
                    "use a step of at least %4")
                     .arg(durationText(query.stepMs), durationText(span))
                     .arg(span / query.stepMs + 1)
                     .arg(durationText((smallestStep + 999) / 1000 * 1000));
        return std::nullopt;
    }
    return resolved;
}

QUrl PromqlRange::queryRangeUrl(const LiveQuery &resolved)
{
    QUrl url(resolved.server + u"/api/v1/query_range"_s);
    // Encoded by hand: Go reads "+" in a query string as a space, so PromQL's "+" must be %2B.
    url.setQuery("query="_L1 + QString::fromLatin1(QUrl::toPercentEncoding(resolved.promql)) + "&start="_L1
                     + secondsText(resolved.startMs) + "&end="_L1 + secondsText(resolved.endMs) + "&step="_L1
                     + secondsText(resolved.stepMs),
                 QUrl::StrictMode);
    return url;
}

} // namespace lr
