#include "form/formbinder.h"

#include "check/reportvalidator.h"
#include "form/fieldeditor.h"
#include "form/rowseteditor.h"
#include "model/reporteditor.h"

#include <QAbstractButton>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
const QString kNotesPrefix = u"notes:"_s;
}

FormBinder::FormBinder(ReportEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_report(editor->report())
{
    connect(m_report, &Report::valueChanged, this, &FormBinder::showValue);
    connect(m_report, &Report::checkedChanged, this, &FormBinder::showChecked);
    connect(m_report, &Report::notesChanged, this, &FormBinder::showNotes);
    connect(m_report, &Report::contentReset, this, &FormBinder::showEverything);
}

void FormBinder::bindField(FieldEditor *fieldEditor)
{
    const QString id = fieldEditor->field().id;
    Q_ASSERT_X(!m_fields.contains(id), "FormBinder", "a field is bound twice");
    m_fields.insert(id, fieldEditor);
    fieldEditor->setText(m_report->value(id));
    connect(fieldEditor, &FieldEditor::edited, this, [this, id](const QString &text) { m_editor->setValue(id, text); });
}

void FormBinder::bindCheckBox(const QString &itemId, QAbstractButton *checkBox)
{
    m_checkBoxes.insert(itemId, checkBox);
    checkBox->setChecked(m_report->isChecked(itemId));
    // clicked, not toggled: only the user's own clicks (and Space) become edits.
    connect(checkBox, &QAbstractButton::clicked, this, [this, itemId](bool checked) {
        m_editor->setChecked(itemId, checked);
    });
}

void FormBinder::bindNotes(const QString &sectionId, QPlainTextEdit *notes)
{
    m_notes.insert(sectionId, notes);
    notes->setPlainText(m_report->notes(sectionId));
    connect(notes, &QPlainTextEdit::textChanged, this, [this, sectionId, notes] {
        if (notes->toPlainText() != m_report->notes(sectionId))
            m_editor->setNotes(sectionId, notes->toPlainText());
    });
}

void FormBinder::bindRowSet(const QString &rowSetId, RowSetEditor *rowSetEditor)
{
    m_rowSets.insert(rowSetId, rowSetEditor);
}

QAbstractButton *FormBinder::checkBox(const QString &itemId) const
{
    return m_checkBoxes.value(itemId);
}

RowSetEditor *FormBinder::rowSetEditor(const QString &rowSetId) const
{
    return m_rowSets.value(rowSetId);
}

QPlainTextEdit *FormBinder::notesEditor(const QString &sectionId) const
{
    return m_notes.value(sectionId);
}

QStringList FormBinder::boundIds() const
{
    QStringList ids = m_fields.keys();
    ids += m_checkBoxes.keys();
    ids += m_rowSets.keys();
    for (const QString &sectionId : m_notes.keys())
        ids += kNotesPrefix + sectionId;
    return ids;
}

void FormBinder::showProblems(const QList<ReportProblem> &problems)
{
    // A field shows its first problem, an error before a part not filled in.
    QHash<QString, const ReportProblem *> shown;
    for (const ReportProblem &problem : problems) {
        if (problem.row >= 0)
            continue; // table cells show their problems in the problems list
        const ReportProblem *&first = shown[problem.fieldId];
        if (!first || (problem.isError() && !first->isError()))
            first = &problem;
    }
    for (FieldEditor *fieldEditor : std::as_const(m_fields)) {
        const ReportProblem *problem = shown.value(fieldEditor->field().id);
        const QString message = problem ? problem->message : QString();
        const bool isError = problem && problem->isError();
        if (message != fieldEditor->problem() || isError != fieldEditor->problemIsError())
            fieldEditor->setProblem(message, isError);
    }
}

QWidget *FormBinder::widgetFor(const QString &id, int row, const QString &columnId) const
{
    if (FieldEditor *fieldEditor = m_fields.value(id))
        return fieldEditor->focusTarget();
    if (QAbstractButton *checkBox = m_checkBoxes.value(id))
        return checkBox;
    if (RowSetEditor *rowSetEditor = m_rowSets.value(id))
        return rowSetEditor->focusCell(row, columnId);
    if (id.startsWith(kNotesPrefix))
        return m_notes.value(id.mid(kNotesPrefix.size()));
    return nullptr;
}

void FormBinder::showValue(const QString &fieldId)
{
    if (FieldEditor *fieldEditor = m_fields.value(fieldId))
        fieldEditor->setText(m_report->value(fieldId));
}

void FormBinder::showChecked(const QString &itemId)
{
    if (QAbstractButton *checkBox = m_checkBoxes.value(itemId))
        checkBox->setChecked(m_report->isChecked(itemId));
}

void FormBinder::showNotes(const QString &sectionId)
{
    QPlainTextEdit *notes = m_notes.value(sectionId);
    if (notes && notes->toPlainText() != m_report->notes(sectionId))
        notes->setPlainText(m_report->notes(sectionId));
}

void FormBinder::showEverything()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        showValue(it.key());
    for (auto it = m_checkBoxes.cbegin(); it != m_checkBoxes.cend(); ++it)
        showChecked(it.key());
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it)
        showNotes(it.key());
}

} // namespace lr
