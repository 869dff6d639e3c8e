#pragma once

#include "model/report.h"

#include <QUndoCommand>

namespace lr {

// The undo commands behind ReportEditor. Each stores the old and the new state of what it
// changes and applies it through Report's setters, so views hear about undo like any edit.

// Typing into one field, one cell or one section's notes: consecutive keystrokes merge into
// one command while they come quickly (the editor decides) and target the same thing.
class TextEditCommand : public QUndoCommand
{
public:
    enum class Target { Value, Notes, Cell };

    TextEditCommand(Report *report, Target target, const QString &id, int row, const QString &columnId,
                    const QString &before, const QString &after, const QString &text, qint64 mergeKey);

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    void redo() override;

    // Typing into a checklist item's inline detail ticks the item while the detail holds text,
    // in the same undo step; `checkedBefore` is the tick before the typing, which undo restores.
    void setTicksItem(const QString &itemId, bool checkedBefore);

private:
    void apply(const QString &text);
    bool checkedAfter() const { return m_checkedBefore || !m_after.trimmed().isEmpty(); }

    Report *m_report;
    Target m_target;
    QString m_id;
    int m_row;
    QString m_columnId;
    QString m_before;
    QString m_after;
    qint64 m_mergeKey;
    QString m_itemId; // the checklist item this detail ticks; empty for other targets
    bool m_checkedBefore = false;
};

class SetCheckedCommand : public QUndoCommand
{
public:
    SetCheckedCommand(Report *report, const QString &itemId, bool checked, const QString &text);
    void undo() override { m_report->setChecked(m_itemId, !m_checked); }
    void redo() override { m_report->setChecked(m_itemId, m_checked); }

private:
    Report *m_report;
    QString m_itemId;
    bool m_checked;
};

// Any change to the rows of a row set (add, remove, move, sort): the whole list before and after,
// which is small and always exactly right.
class SetRowsCommand : public QUndoCommand
{
public:
    SetRowsCommand(Report *report, const QString &rowSetId, const QList<Row> &before, const QList<Row> &after,
                   const QString &text);
    void undo() override { m_report->setRows(m_rowSetId, m_before); }
    void redo() override { m_report->setRows(m_rowSetId, m_after); }

private:
    Report *m_report;
    QString m_rowSetId;
    QList<Row> m_before;
    QList<Row> m_after;
};

class ReplaceContentCommand : public QUndoCommand
{
public:
    ReplaceContentCommand(Report *report, const ReportContent &after, const QString &text);
    void undo() override { m_report->setContent(m_before); }
    void redo() override { m_report->setContent(m_after); }

private:
    Report *m_report;
    ReportContent m_before;
    ReportContent m_after;
};

} // namespace lr
