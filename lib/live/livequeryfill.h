#pragma once

#include "model/reportcontent.h"
#include "series/memoryseries.h"

namespace lr {

// Puts a Prometheus query into the report where the template asks for one: the Data Collection
// section's "Prometheus query" field (when empty; what is typed is never replaced) and a row of
// the Appendix's Prometheus Queries block (unless that query is there already).
class LiveQueryFill
{
public:
    static constexpr auto kQueryField = "monitoringQuery";  // the template's "Prometheus query"
    static constexpr auto kQueriesRowSet = "prometheusQueries"; // columns description, query

    static ReportContent apply(ReportContent content, const LiveQuery &query, const QString &description);
    // The query as inline Markdown: a code span, with as many backticks as it needs.
    static QString codeSpan(const QString &promql);
};

} // namespace lr
