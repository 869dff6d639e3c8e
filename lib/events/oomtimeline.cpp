#include "events/oomtimeline.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

QList<Row> OomTimeline::newRows(const ReportTemplate &reportTemplate, const ReportContent &content,
                                const QList<OomEvent> &events)
{
    const RowSetDef *rowSet = reportTemplate.rowSet(kRowSetId.toString());
    if (!rowSet)
        return {};
    const QList<Row> existing = content.rows.value(rowSet->id);
    QList<Row> rows;
    for (const OomEvent &event : events) {
        if (!event.time.isValid())
            continue;
        Row row = rowSet->newRow();
        row[u"time"_s] = event.time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        row[u"event"_s] = tr("OOM kill");
        row[u"details"_s] = describeEvent(event);
        const auto same = [&](const Row &other) {
            return other.value(u"time"_s).trimmed() == row.value(u"time"_s) && other.value(u"event"_s).trimmed() == row.value(u"event"_s);
        };
        if (std::any_of(existing.cbegin(), existing.cend(), same) || std::any_of(rows.cbegin(), rows.cend(), same))
            continue;
        rows.append(row);
    }
    return rows;
}

ReportContent OomTimeline::withRows(const ReportTemplate &reportTemplate, const ReportContent &content,
                                    const QList<OomEvent> &events)
{
    ReportContent result = content;
    result.rows[kRowSetId.toString()].append(newRows(reportTemplate, content, events));
    return result;
}

} // namespace lr
