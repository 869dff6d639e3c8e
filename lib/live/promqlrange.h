#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace lr {

// What a query_range request asks for, worked out from a LiveQuery before it is sent: the server
// URL checked and stripped of credentials, the range made absolute, and a step that keeps each
// series within Prometheus's limit of 11,000 points.
class PromqlRange
{
    Q_DECLARE_TR_FUNCTIONS(lr::PromqlRange)

public:
    static constexpr qint64 kMaxPointsPerSeries = 11000; // Prometheus refuses more per series

    // A Prometheus duration ("90s", "24h", "1h30m", "7d", "1w", "500ms"), or a plain number of
    // seconds, in milliseconds; nullopt when it is none of these or not positive.
    static std::optional<qint64> parseDuration(QStringView text);
    // "24h", "1h30m", "15s", "500ms": a duration as Prometheus writes it.
    static QString durationText(qint64 ms);

    // The base URL as the series keeps it: http(s), no user info, query or fragment, no trailing
    // slash; a URL ending in /api/v1/query_range loses that path. Sets `error` and gives an empty
    // string when the URL is not an http(s) URL with a host.
    static QString serverBase(const QString &url, QString *error);

    // `query` with its range made absolute (a `sinceMs` range ends at `nowMs`) and its step chosen
    // (when not the user's), or `error` set: an empty or inverted range, a step that would give
    // more than 11,000 points.
    static std::optional<LiveQuery> resolve(const LiveQuery &query, qint64 nowMs, QString *error);

    // The GET URL for a resolved query.
    static QUrl queryRangeUrl(const LiveQuery &resolved);
};

} // namespace lr
