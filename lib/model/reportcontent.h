#pragma once

#include "events/oomevent.h"
#include "heap/heapcomparison.h"
#include "series/memoryseries.h"
#include "template/reporttemplate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace lr {

// Everything the user filled in, as plain values: what the native file saves, what undo and
// recovery copy, what the Markdown writer prints. Every id the template declares is present,
// so two contents compare equal exactly when they hold the same report.
struct ReportContent
{
    QHash<QString, QString> values;     // field id -> text as typed (labelled values, details, code)
    QHash<QString, bool> checked;       // checklist item id -> ticked
    QHash<QString, QList<Row>> rows;    // row set id -> rows
    QHash<QString, QString> notes;      // section id -> free Markdown for what has no field;
                                        // BlockDef::extraLinesKey() -> extra lines kept in a fence
    QList<MemorySeries> series;         // memory samples behind the before/after charts
    QList<OomEvent> oomEvents;          // out-of-memory kills imported from logs, in time order
    // Heap snapshot evidence: the snapshots' summaries and the comparison's top classes, never
    // the snapshots themselves (see SnapshotFill::record), so the report reopens without them.
    HeapComparison heapComparison;

    // A new report: defaults where the template has them, empty elsewhere.
    static ReportContent fromTemplate(const ReportTemplate &reportTemplate);

    bool operator==(const ReportContent &other) const = default;
};

} // namespace lr
