#include "model/reportcommands.h"

namespace lr {

TextEditCommand::TextEditCommand(Report *report, Target target, const QString &id, int row, const QString &columnId,
                                 const QString &before, const QString &after, const QString &text, qint64 mergeKey)
    : QUndoCommand(text)
    , m_report(report)
    , m_target(target)
    , m_id(id)
    , m_row(row)
    , m_columnId(columnId)
    , m_before(before)
    , m_after(after)
    , m_mergeKey(mergeKey)
{
}

bool TextEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TextEditCommand *>(other);
    if (next->m_target != m_target || next->m_id != m_id || next->m_row != m_row || next->m_columnId != m_columnId
        || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    // The keystroke just applied saw the tick this command set; the merged typing decides it
    // from where the typing started ("R", then deleted again: no tick).
    if (!m_itemId.isEmpty())
        m_report->setChecked(m_itemId, checkedAfter());
    // Typed and then deleted again: nothing to undo.
    setObsolete(m_after == m_before && (m_itemId.isEmpty() || checkedAfter() == m_checkedBefore));
    return true;
}

void TextEditCommand::undo()
{
    apply(m_before);
    if (!m_itemId.isEmpty())
        m_report->setChecked(m_itemId, m_checkedBefore);
}

void TextEditCommand::redo()
{
    apply(m_after);
    if (!m_itemId.isEmpty())
        m_report->setChecked(m_itemId, checkedAfter());
}

void TextEditCommand::setTicksItem(const QString &itemId, bool checkedBefore)
{
    m_itemId = itemId;
    m_checkedBefore = checkedBefore;
}

void TextEditCommand::apply(const QString &text)
{
    switch (m_target) {
    case Target::Value:
        m_report->setValue(m_id, text);
        break;
    case Target::Notes:
        m_report->setNotes(m_id, text);
        break;
    case Target::Cell:
        m_report->setCell(m_id, m_row, m_columnId, text);
        break;
    }
}

SetCheckedCommand::SetCheckedCommand(Report *report, const QString &itemId, bool checked, const QString &text)
    : QUndoCommand(text)
    , m_report(report)
    , m_itemId(itemId)
    , m_checked(checked)
{
}

SetRowsCommand::SetRowsCommand(Report *report, const QString &rowSetId, const QList<Row> &before,
                               const QList<Row> &after, const QString &text)
    : QUndoCommand(text)
    , m_report(report)
    , m_rowSetId(rowSetId)
    , m_before(before)
    , m_after(after)
{
}

ReplaceContentCommand::ReplaceContentCommand(Report *report, const ReportContent &after, const QString &text)
    : QUndoCommand(text)
    , m_report(report)
    , m_before(report->content())
    , m_after(after)
{
}

} // namespace lr
