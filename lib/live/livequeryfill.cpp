#include "live/livequeryfill.h"

using namespace Qt::StringLiterals;

namespace lr {

QString LiveQueryFill::codeSpan(const QString &promql)
{
    // CommonMark: a span opened by n backticks ends at the next run of exactly n, so use one more
    // than the longest run inside, and pad with spaces when the query starts or ends with one.
    qsizetype longest = 0, run = 0;
    for (const QChar c : promql) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = promql.startsWith(u'`') || promql.endsWith(u'`');
    return fence + (pad ? u" "_s : QString()) + promql + (pad ? u" "_s : QString()) + fence;
}

ReportContent LiveQueryFill::apply(ReportContent content, const LiveQuery &query, const QString &description)
{
    const QString promql = query.promql.simplified(); // one line: a field, and a row of the fence, are one line
    const QString field = QString::fromLatin1(kQueryField);
    if (content.values.value(field).trimmed().isEmpty())
        content.values.insert(field, codeSpan(promql));
    QList<Row> &rows = content.rows[QString::fromLatin1(kQueriesRowSet)];
    const bool present = std::any_of(rows.cbegin(), rows.cend(),
                                     [&](const Row &row) { return row.value(u"query"_s).simplified() == promql; });
    if (!present)
        rows.append(Row{{u"description"_s, description}, {u"query"_s, promql}});
    return content;
}

} // namespace lr
