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
    setObsolete(m_after == m_before); // typed and then deleted again: nothing to undo
    return true;
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
