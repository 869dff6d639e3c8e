#include "heap/snapshotfill.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// The values written are report text, in the template's language (English), like the template's
// own words: they are not translated.

QString methodText(const HeapComparison &comparison)
{
    if (comparison.usesThreeSnapshotTechnique())
        return u"Three-snapshot technique: objects allocated between snapshots 1 and 2 that are still alive "
               u"in snapshot 3, grouped by constructor (retained sizes from the dominator tree of snapshot 3)"_s;
    return u"Comparison of snapshots 1 and 2 grouped by constructor, as in Chrome DevTools' Comparison view "
           u"(objects matched by node id; retained sizes from the dominator tree of snapshot 2)"_s;
}

QString captureTime(const HeapSnapshotSummary &snapshot, const QString &format)
{
    return snapshot.capturedAt.isValid() ? snapshot.capturedAt.toUTC().toString(format) + u" UTC"_s : QString();
}

// "Heap-….heapsnapshot (54.2 MB, 2026-12-07 05:35:12 UTC from the file name, SHA-256 `…`)"
QString fileRecord(const HeapSnapshotSummary &snapshot)
{
    QStringList details = {SnapshotFill::formatMB(snapshot.fileBytes) + u" MB"_s};
    if (snapshot.capturedAt.isValid()) {
        details.append(captureTime(snapshot, u"yyyy-MM-dd HH:mm:ss"_s)
                       + (snapshot.capturedAtSource == HeapSnapshotSummary::CaptureTimeSource::FileName
                              ? u" from the file name"_s
                              : u" from the file's modification time"_s));
    }
    if (!snapshot.sha256.isEmpty())
        details.append(u"SHA-256 `"_s + snapshot.sha256 + u'`');
    return snapshot.fileName + u" ("_s + details.join(u", "_s) + u')';
}

QHash<QString, QString> snapshotValues(const HeapSnapshotSummary &snapshot)
{
    return {{u"snapshot.capturedAt"_s, captureTime(snapshot, u"yyyy-MM-dd HH:mm"_s)},
            {u"snapshot.heapMB"_s, SnapshotFill::formatMB(snapshot.heapBytes)},
            {u"snapshot.fileMB"_s, SnapshotFill::formatMB(snapshot.fileBytes)},
            {u"snapshot.fileName"_s, snapshot.fileName},
            {u"snapshot.fileRecord"_s, fileRecord(snapshot)}};
}

QHash<QString, QString> classValues(const HeapClassDelta &delta)
{
    return {{u"class.name"_s, delta.name},
            {u"class.countDelta"_s, QString::number(delta.countDelta)},
            {u"class.sizeDeltaMB"_s, SnapshotFill::formatMB(delta.sizeDelta)},
            {u"class.retainedMB"_s, SnapshotFill::formatMB(delta.retainedBytes)},
            {u"class.retainerPath"_s, SnapshotFill::retainerChain(delta.retainerPath).join(u" \u2192 "_s)}};
}

// DevTools' own groups ("(compiled code)", "(array)", "(closure)") and V8's internal objects
// ("system / Context"): they grow with any program, the JIT's code too, and a small leak of the
// program's own objects sits below them.
bool isEngineGroup(const QString &name)
{
    return name.startsWith(u'(') || name.startsWith(u"system / "_s);
}

// The classes that grew: the leak candidates, the program's own constructors first (as memlab
// leaves the engine's objects out), each part largest growth first.
QList<HeapClassDelta> growingClasses(const HeapComparison &comparison)
{
    QList<HeapClassDelta> growing;
    for (const HeapClassDelta &delta : comparison.classes) {
        // Under 1000 bytes the report would print "+0.000 MB": two stream objects, not a leak.
        if (delta.countDelta > 0 && delta.sizeDelta >= 1000)
            growing.append(delta);
    }
    std::stable_sort(growing.begin(), growing.end(), [](const HeapClassDelta &a, const HeapClassDelta &b) {
        if (isEngineGroup(a.name) != isEngineGroup(b.name))
            return !isEngineGroup(a.name);
        return a.sizeDelta > b.sizeDelta;
    });
    return growing;
}

QList<HeapClassDelta> largestRetainers(const HeapComparison &comparison)
{
    QList<HeapClassDelta> retainers;
    for (const HeapClassDelta &delta : comparison.classes) {
        if (delta.retainedBytes > 0)
            retainers.append(delta);
    }
    std::stable_sort(retainers.begin(), retainers.end(),
                     [](const HeapClassDelta &a, const HeapClassDelta &b) { return a.retainedBytes > b.retainedBytes; });
    return retainers;
}

// The rows a row source gives: column value name -> text, one map a row.
QList<QHash<QString, QString>> sourceRows(const QString &source, const HeapComparison &comparison)
{
    QList<QHash<QString, QString>> rows;
    if (source == u"snapshots"_s) {
        for (const HeapSnapshotSummary &snapshot : comparison.snapshots)
            rows.append(snapshotValues(snapshot));
    } else if (source == u"growingClasses"_s || source == u"topConsumers"_s) {
        const QList<HeapClassDelta> classes =
            source == u"growingClasses"_s ? growingClasses(comparison) : largestRetainers(comparison);
        for (const HeapClassDelta &delta : classes.first(std::min<qsizetype>(classes.size(), SnapshotFill::kTopRows)))
            rows.append(classValues(delta));
    } else if (source == u"retainerPath"_s) {
        const QList<HeapClassDelta> growing = growingClasses(comparison);
        for (const QString &step : SnapshotFill::retainerChain(growing.isEmpty() ? QList<RetainerStep>()
                                                                                 : growing.first().retainerPath))
            rows.append(QHash<QString, QString>{{u"step"_s, step}});
    }
    return rows;
}

QHash<QString, QString> fieldValues(const HeapComparison &comparison)
{
    QHash<QString, QString> values = {{u"method"_s, methodText(comparison)}};
    if (const QString leaked = SnapshotFill::leakedClassName(comparison); !leaked.isEmpty())
        values.insert(u"leakedObject"_s, leaked);
    return values;
}

// The template's own row `index` (its defaults), or an empty row past them.
Row initialRow(const RowSetDef &rowSet, qsizetype index)
{
    const QList<Row> initial = rowSet.initialRows();
    return index < initial.size() ? initial[index] : rowSet.newRow();
}

// True when the user typed `row`'s cell of `column`: not empty and not the template's default.
bool isTyped(const RowSetDef &rowSet, const Row &row, qsizetype index, const FieldDef &column)
{
    const QString value = row.value(column.id).trimmed();
    return !value.isEmpty() && value != initialRow(rowSet, index).value(column.id).trimmed();
}

bool rowHasTypedCell(const RowSetDef &rowSet, const Row &row, qsizetype index)
{
    return std::any_of(rowSet.columns.cbegin(), rowSet.columns.cend(),
                       [&](const FieldDef &column) { return isTyped(rowSet, row, index, column); });
}

QString rowsText(const RowSetDef &rowSet, const QList<Row> &rows)
{
    QStringList lines;
    for (const Row &row : rows) {
        QStringList cells;
        for (const FieldDef &column : rowSet.columns) {
            if (!column.fromSnapshots.isEmpty() && !row.value(column.id).trimmed().isEmpty())
                cells.append(row.value(column.id).trimmed());
        }
        if (!cells.isEmpty())
            lines.append(cells.join(u" - "_s));
    }
    return lines.join(u"; "_s);
}

std::optional<RowSetFill> rowSetFill(const RowSetDef &rowSet, const QString &place, const QList<Row> &current,
                                     const HeapComparison &comparison)
{
    const QList<QHash<QString, QString>> values = sourceRows(rowSet.fromSnapshots, comparison);
    if (values.isEmpty())
        return std::nullopt;
    RowSetFill fill{rowSet.id, place + u" \u203a "_s + rowSet.label, current, {}, false};
    for (qsizetype i = 0; i < values.size(); ++i) {
        Row row = i < current.size() ? current[i] : rowSet.newRow();
        for (const FieldDef &column : rowSet.columns) {
            if (column.fromSnapshots.isEmpty())
                continue; // a location typed beside a file name stays
            const QString proposed = values[i].value(column.fromSnapshots);
            if (i < current.size() && isTyped(rowSet, current[i], i, column)
                && current[i].value(column.id).trimmed() != proposed)
                fill.replacesTyped = true;
            row.insert(column.id, proposed);
        }
        fill.proposed.append(row);
    }
    // Rows past the evidence: a template placeholder row goes, a row the user typed stays.
    for (qsizetype i = values.size(); i < current.size(); ++i) {
        if (rowHasTypedCell(rowSet, current[i], i))
            fill.proposed.append(current[i]);
    }
    if (fill.proposed == current)
        return std::nullopt;
    fill.currentText = rowsText(rowSet, current);
    fill.proposedText = rowsText(rowSet, fill.proposed);
    return fill;
}

} // namespace

QStringList SnapshotFill::fieldValueNames()
{
    return {u"method"_s, u"leakedObject"_s, u"tick"_s};
}

QStringList SnapshotFill::rowSourceNames()
{
    return {u"snapshots"_s, u"growingClasses"_s, u"topConsumers"_s, u"retainerPath"_s};
}

QStringList SnapshotFill::columnValueNames(const QString &rowSource)
{
    if (rowSource == u"snapshots"_s)
        return snapshotValues({}).keys();
    if (rowSource == u"growingClasses"_s || rowSource == u"topConsumers"_s)
        return classValues({}).keys();
    if (rowSource == u"retainerPath"_s)
        return {u"step"_s};
    return {};
}

QString SnapshotFill::formatMB(qint64 bytes)
{
    const double megabytes = double(bytes) / 1e6;
    const double magnitude = std::abs(megabytes);
    const int decimals = magnitude >= 0.995 || bytes == 0 ? 1 : magnitude >= 0.0995 ? 2 : 3;
    const QString text = QString::number(megabytes, 'f', decimals);
    return text.startsWith(u'-') && text.toDouble() == 0 ? text.sliced(1) : text;
}

QString SnapshotFill::leakedClassName(const HeapComparison &comparison)
{
    const QList<HeapClassDelta> growing = growingClasses(comparison);
    return growing.isEmpty() ? QString() : growing.first().name;
}

QStringList SnapshotFill::retainerChain(const QList<RetainerStep> &path)
{
    if (path.isEmpty())
        return {};
    QStringList chain = {u"(GC roots)"_s};
    for (qsizetype i = 0; i < path.size(); ++i) {
        const RetainerStep &step = path[i];
        if (!step.edge.isEmpty())
            chain.append(step.edge);
        else if (i == 0 && step.node == chain.first())
            continue; // the path was given from the root node itself
        // The edge names the way; an object is named where the edge does not say what it holds
        // (an element "[12]" holding a "(closure)", whose "ctx" follows) and at the end: the
        // object that leaks.
        if (i == path.size() - 1 || step.node == u"(closure)"_s)
            chain.append(step.node);
    }
    return chain;
}

ReportContent SnapshotFill::record(const ReportContent &content, const HeapComparison &comparison)
{
    QSet<QString> kept;
    QList<HeapClassDelta> bySize = comparison.classes;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [](const HeapClassDelta &a, const HeapClassDelta &b) { return a.sizeDelta > b.sizeDelta; });
    for (const HeapClassDelta &delta : bySize.first(std::min<qsizetype>(bySize.size(), kKeptBySizeDelta)))
        kept.insert(delta.name);
    const QList<HeapClassDelta> retainers = largestRetainers(comparison);
    for (const HeapClassDelta &delta : retainers.first(std::min<qsizetype>(retainers.size(), kKeptByRetained)))
        kept.insert(delta.name);
    ReportContent result = content;
    result.heapComparison = {comparison.snapshots, {}};
    for (const HeapClassDelta &delta : comparison.classes) {
        if (kept.contains(delta.name))
            result.heapComparison.classes.append(delta);
    }
    return result;
}

SnapshotProposal SnapshotFill::propose(const ReportTemplate &reportTemplate, const ReportContent &content)
{
    SnapshotProposal proposal;
    const HeapComparison &comparison = content.heapComparison;
    if (comparison.snapshots.isEmpty())
        return proposal;
    const QHash<QString, QString> values = fieldValues(comparison);
    for (const SectionDef &section : reportTemplate.sections()) {
        SectionVisitor visitor;
        visitor.field = [&](const FieldDef &field, const ChecklistItemDef *) {
            if (field.fromSnapshots.isEmpty() || !values.contains(field.fromSnapshots))
                return;
            const QString current = content.values.value(field.id);
            const QString proposed = values.value(field.fromSnapshots);
            if (current != proposed)
                proposal.fields.append({field.id, section.title + u" \u203a "_s + field.label,
                                        current == field.defaultValue ? QString() : current, proposed});
        };
        visitor.checklist = [&](const QList<ChecklistItemDef> &items) {
            for (const ChecklistItemDef &item : items) {
                if (item.fromSnapshots == u"tick"_s && !content.checked.value(item.id))
                    proposal.itemsToTick.append(item.id);
            }
        };
        visitor.rowSet = [&](const RowSetDef &rowSet) {
            if (rowSet.fromSnapshots.isEmpty())
                return;
            if (auto fill = rowSetFill(rowSet, section.title, content.rows.value(rowSet.id), comparison))
                proposal.rowSets.append(*fill);
        };
        walkSection(section, visitor);
    }
    return proposal;
}

QList<FieldFill> SnapshotFill::typedChanges(const SnapshotProposal &proposal)
{
    QList<FieldFill> changes;
    for (const FieldFill &fill : proposal.fields) {
        if (fill.overwritesTypedValue())
            changes.append(fill);
    }
    for (const RowSetFill &fill : proposal.rowSets) {
        if (fill.replacesTyped)
            changes.append({fill.rowSetId, fill.label, fill.currentText, fill.proposedText});
    }
    return changes;
}

ReportContent SnapshotFill::apply(const ReportContent &content, const SnapshotProposal &proposal, bool replaceTyped)
{
    ReportContent result = DataFill::apply(content, proposal.fields, replaceTyped);
    for (const RowSetFill &fill : proposal.rowSets) {
        if (!fill.replacesTyped || replaceTyped)
            result.rows[fill.rowSetId] = fill.proposed;
    }
    for (const QString &item : proposal.itemsToTick)
        result.checked[item] = true;
    return result;
}

} // namespace lr
