#pragma once

#include "series/datafill.h"

#include <QCoreApplication>

namespace lr {

// A list "Fill From Snapshots" would write: which, what it holds now, what the snapshots say.
struct RowSetFill
{
    QString rowSetId;
    QString label;       // "Investigation Steps › Objects growing between snapshots", for the confirmation
    QList<Row> current;
    QList<Row> proposed; // columns the snapshots do not fill keep what `current` holds
    bool replacesTyped = false; // a cell the user typed would change: only after a confirmation
    QString currentText, proposedText; // the filled columns, "SessionContext - 21.0; Buffer - 3.2", for the confirmation
};

// Everything Fill From Snapshots would change, as one step.
struct SnapshotProposal
{
    QList<FieldFill> fields;
    QList<RowSetFill> rowSets;
    QStringList itemsToTick; // checklist items the snapshots show were used

    bool isEmpty() const { return fields.isEmpty() && rowSets.isEmpty() && itemsToTick.isEmpty(); }
};

// Records heap snapshot evidence in a report and fills the Investigation sections from it. Which
// field, list and column gets what is declared in the template ("fromSnapshots": "method",
// "growingClasses", "class.sizeDeltaMB", ...), so this class names no field. MB are 10^6 bytes.
class SnapshotFill
{
    Q_DECLARE_TR_FUNCTIONS(lr::SnapshotFill)

public:
    // How many classes the report keeps: the largest size deltas, and the largest retainers.
    static constexpr int kKeptBySizeDelta = 20;
    static constexpr int kKeptByRetained = 5;
    static constexpr int kTopRows = 3; // "Objects growing" and "Top 3 memory consumers"

    // Every name a template may give in "fromSnapshots": field values, "tick" for a checklist item,
    // the row sources of lists and the column values of their rows.
    static QStringList fieldValueNames();
    static QStringList rowSourceNames();
    static QStringList columnValueNames(const QString &rowSource);

    // `content` holding the summaries and top classes of `comparison` (never the snapshots).
    static ReportContent record(const ReportContent &content, const HeapComparison &comparison);
    // What the recorded evidence would write; empty when the report holds no snapshots.
    static SnapshotProposal propose(const ReportTemplate &reportTemplate, const ReportContent &content);
    // Each typed value or list the proposal would replace, with its label, old and new text.
    static QList<FieldFill> typedChanges(const SnapshotProposal &proposal);
    // `content` with the proposal applied; typed values are replaced only if `replaceTyped`.
    static ReportContent apply(const ReportContent &content, const SnapshotProposal &proposal, bool replaceTyped);

    // The class Fill From Snapshots calls the leaked object: the program's constructor that grew
    // most (DevTools' groups and V8's internal objects only when nothing else grew); empty when
    // nothing grew.
    static QString leakedClassName(const HeapComparison &comparison);
    // The retainer path as the template's chain prints it, one reference a line: "(GC roots)",
    // then each edge ("redisBus", "'reconnect'", "[12]"), and the objects worth naming.
    static QStringList retainerChain(const QList<RetainerStep> &path);
    // "21.0", "0.42", "0.007": megabytes (10^6 bytes) with one decimal, two below 1 MB, three below 0.1 MB.
    static QString formatMB(qint64 bytes);
};

} // namespace lr
