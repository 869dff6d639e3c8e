#pragma once

#include "model/report.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace lr {

// Every edit the user makes goes through here, so each one can be undone. Edits that change
// nothing push nothing; typing into one field (or cell, or notes) merges into one undo step
// until the user pauses or moves elsewhere (closeMergeWindow).
class ReportEditor : public QObject
{
    Q_OBJECT

public:
    // A pause this long between keystrokes starts a new undo step.
    static constexpr qint64 kMergeWindowMs = 1500;

    ReportEditor(Report *report, QUndoStack *undoStack, QObject *parent = nullptr);

    Report *report() const { return m_report; }
    QUndoStack *undoStack() const { return m_undoStack; }

    void setValue(const QString &fieldId, const QString &value);
    void setChecked(const QString &itemId, bool checked);
    void setNotes(const QString &sectionId, const QString &notes);
    void setCell(const QString &rowSetId, int row, const QString &columnId, const QString &value);
    void insertRow(const QString &rowSetId, int at, const Row &row = {});
    void removeRows(const QString &rowSetId, QList<int> rows); // one undo step for several rows
    void moveRow(const QString &rowSetId, int from, int to);
    void setRows(const QString &rowSetId, const QList<Row> &rows, const QString &actionText);
    void replaceContent(const ReportContent &content, const QString &actionText);
    // Ends typing merges, so the next keystroke starts a new undo step (focus changes call it).
    void closeMergeWindow();

    // Milliseconds from an arbitrary origin; tests replace it to avoid sleeping.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

private:
    qint64 mergeKeyForKeystroke();
    QString fieldLabel(const QString &fieldId) const;
    QString rowSetLabel(const QString &rowSetId) const;
    void pushRows(const QString &rowSetId, const QList<Row> &after, const QString &text);

    Report *m_report;
    QUndoStack *m_undoStack;
    std::function<qint64()> m_clock;
    qint64 m_mergeKey = 0;
    qint64 m_lastKeystroke = -1;
};

} // namespace lr
