#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QPlainTextEdit;
class QWidget;

namespace lr {

class FieldEditor;
class Report;
class ReportEditor;
class RowSetEditor;
struct ReportProblem;

// Connects form widgets to the report, both ways: what the user types becomes an undoable edit,
// and every change of the report (undo, redo, open, restore) shows in its widget. Knows every
// bound widget by id, so problems can be marked and jumped to.
class FormBinder : public QObject
{
    Q_OBJECT

public:
    explicit FormBinder(ReportEditor *editor, QObject *parent = nullptr);

    ReportEditor *editor() const { return m_editor; }

    void bindField(FieldEditor *fieldEditor);
    void bindCheckBox(const QString &itemId, QAbstractButton *checkBox);
    void bindNotes(const QString &sectionId, QPlainTextEdit *notes);
    void bindRowSet(const QString &rowSetId, RowSetEditor *rowSetEditor);

    // Every id that has a widget: fields, checklist items, row sets and section notes ("notes:" + id).
    QStringList boundIds() const;
    FieldEditor *fieldEditor(const QString &fieldId) const { return m_fields.value(fieldId); }
    QAbstractButton *checkBox(const QString &itemId) const;
    RowSetEditor *rowSetEditor(const QString &rowSetId) const;
    QPlainTextEdit *notesEditor(const QString &sectionId) const;

    // Marks each field named by a problem and clears the marks of the others.
    void showProblems(const QList<ReportProblem> &problems);
    // The widget to focus for a field, checklist item or row set id (null when unknown).
    QWidget *widgetFor(const QString &id, int row = -1, const QString &columnId = {}) const;

private:
    void showValue(const QString &fieldId);
    void showChecked(const QString &itemId);
    void showNotes(const QString &sectionId);
    void showEverything();

    ReportEditor *m_editor;
    Report *m_report;
    QHash<QString, FieldEditor *> m_fields;
    QHash<QString, QPointer<QAbstractButton>> m_checkBoxes;
    QHash<QString, QPointer<QPlainTextEdit>> m_notes;
    QHash<QString, QPointer<RowSetEditor>> m_rowSets;
};

} // namespace lr
