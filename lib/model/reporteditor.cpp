#include "model/reporteditor.h"

#include "model/reportcommands.h"

#include <QDateTime>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

ReportEditor::ReportEditor(Report *report, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_report(report)
    , m_undoStack(undoStack)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

qint64 ReportEditor::mergeKeyForKeystroke()
{
    const qint64 now = m_clock();
    if (m_lastKeystroke < 0 || now - m_lastKeystroke >= kMergeWindowMs)
        ++m_mergeKey;
    m_lastKeystroke = now;
    return m_mergeKey;
}

void ReportEditor::closeMergeWindow()
{
    ++m_mergeKey;
    m_lastKeystroke = -1;
}

QString ReportEditor::fieldLabel(const QString &fieldId) const
{
    const FieldDef *field = m_report->reportTemplate().field(fieldId);
    return field ? field->label : fieldId;
}

QString ReportEditor::rowSetLabel(const QString &rowSetId) const
{
    const RowSetDef *rowSet = m_report->reportTemplate().rowSet(rowSetId);
    return rowSet ? rowSet->label : rowSetId;
}

void ReportEditor::setValue(const QString &fieldId, const QString &value)
{
    if (!m_report->reportTemplate().field(fieldId) || m_report->value(fieldId) == value)
        return;
    auto *command = new TextEditCommand(m_report, TextEditCommand::Target::Value, fieldId, -1, QString(),
                                        m_report->value(fieldId), value, tr("Edit \"%1\"").arg(fieldLabel(fieldId)),
                                        mergeKeyForKeystroke());
    // "OOM crashes (frequency: twice a day)" means the symptom was seen: filling the detail ticks it.
    if (const ChecklistItemDef *item = m_report->reportTemplate().checklistItemOfDetail(fieldId))
        command->setTicksItem(item->id, m_report->isChecked(item->id));
    m_undoStack->push(command);
}

void ReportEditor::setNotes(const QString &sectionId, const QString &notes)
{
    // A section's notes, or the extra lines of one of its fences.
    const SectionDef *section = m_report->reportTemplate().sectionOfNotes(sectionId);
    if (!section || m_report->notes(sectionId) == notes)
        return;
    m_undoStack->push(new TextEditCommand(m_report, TextEditCommand::Target::Notes, sectionId, -1, QString(),
                                          m_report->notes(sectionId), notes,
                                          tr("Edit Notes of \"%1\"").arg(section->title), mergeKeyForKeystroke()));
}

void ReportEditor::setCell(const QString &rowSetId, int row, const QString &columnId, const QString &value)
{
    const RowSetDef *rowSet = m_report->reportTemplate().rowSet(rowSetId);
    const FieldDef *column = rowSet ? rowSet->column(columnId) : nullptr;
    const bool extra = rowSet && RowSetDef::isExtraColumnKey(columnId); // a column a hand-written table added
    if ((!column && !extra) || row < 0 || row >= m_report->rowCount(rowSetId)
        || m_report->cell(rowSetId, row, columnId) == value)
        return;
    const QString columnName = column ? column->label : RowSetDef::extraColumnHeading(columnId);
    m_undoStack->push(new TextEditCommand(m_report, TextEditCommand::Target::Cell, rowSetId, row, columnId,
                                          m_report->cell(rowSetId, row, columnId), value,
                                          tr("Edit %1, Row %2, %3").arg(rowSet->label).arg(row + 1).arg(columnName),
                                          mergeKeyForKeystroke()));
}

void ReportEditor::setChecked(const QString &itemId, bool checked)
{
    const ChecklistItemDef *item = m_report->reportTemplate().checklistItem(itemId);
    if (!item || m_report->isChecked(itemId) == checked)
        return;
    closeMergeWindow();
    const QString text = checked ? tr("Tick \"%1\"") : tr("Untick \"%1\"");
    m_undoStack->push(new SetCheckedCommand(m_report, itemId, checked, text.arg(item->displayText())));
}

void ReportEditor::pushRows(const QString &rowSetId, const QList<Row> &after, const QString &text)
{
    closeMergeWindow();
    m_undoStack->push(new SetRowsCommand(m_report, rowSetId, m_report->rows(rowSetId), after, text));
}

void ReportEditor::insertRow(const QString &rowSetId, int at, const Row &row)
{
    const RowSetDef *rowSet = m_report->reportTemplate().rowSet(rowSetId);
    if (!rowSet || at < 0 || at > m_report->rowCount(rowSetId))
        return;
    QList<Row> rows = m_report->rows(rowSetId);
    Row complete = rowSet->newRow();
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (complete.contains(it.key()))
            complete[it.key()] = it.value();
    }
    rows.insert(at, complete);
    pushRows(rowSetId, rows, tr("Add %1 Row").arg(rowSet->label));
}

void ReportEditor::removeRows(const QString &rowSetId, QList<int> rows)
{
    const int count = m_report->rowCount(rowSetId);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    rows.removeIf([count](int row) { return row < 0 || row >= count; });
    if (rows.isEmpty() || !m_report->reportTemplate().rowSet(rowSetId))
        return;
    QList<Row> remaining = m_report->rows(rowSetId);
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        remaining.removeAt(*it);
    //: %1 is the list's name ("Timeline"); the second text is only used for two rows or more
    const QString text = rows.size() == 1 ? tr("Remove %1 Row").arg(rowSetLabel(rowSetId))
                                          : tr("Remove %n %1 Rows", nullptr, int(rows.size())).arg(rowSetLabel(rowSetId));
    pushRows(rowSetId, remaining, text);
}

void ReportEditor::moveRow(const QString &rowSetId, int from, int to)
{
    const int count = m_report->rowCount(rowSetId);
    if (!m_report->reportTemplate().rowSet(rowSetId) || from < 0 || from >= count || to < 0 || to >= count || from == to)
        return;
    QList<Row> rows = m_report->rows(rowSetId);
    rows.move(from, to);
    pushRows(rowSetId, rows, tr("Move %1 Row").arg(rowSetLabel(rowSetId)));
}

void ReportEditor::setRows(const QString &rowSetId, const QList<Row> &rows, const QString &actionText)
{
    if (!m_report->reportTemplate().rowSet(rowSetId) || m_report->rows(rowSetId) == rows)
        return;
    pushRows(rowSetId, rows, actionText);
}

void ReportEditor::replaceContent(const ReportContent &content, const QString &actionText)
{
    if (m_report->content() == content)
        return;
    closeMergeWindow();
    m_undoStack->push(new ReplaceContentCommand(m_report, content, actionText));
}

} // namespace lr
