#pragma once

#include "template/fielddef.h"

#include <QObject>
#include <QPointer>

class QAction;
class QLineEdit;
class QWidget;

namespace lr {

class ReportTemplate;

// The widget that edits one field's text. The form binder moves text between it and the
// report; `edited` fires only for the user's own changes, never for setText().
class FieldEditor : public QObject
{
    Q_OBJECT

public:
    explicit FieldEditor(const FieldDef &field, QObject *parent = nullptr);

    const FieldDef &field() const { return m_field; }
    // What the form lays out; owned by the form page once it is placed.
    virtual QWidget *widget() const = 0;
    // What takes the keyboard focus and serves as the label's buddy.
    virtual QWidget *focusTarget() const { return widget(); }
    virtual QString text() const = 0;
    virtual void setText(const QString &text) = 0;
    // Marks the field with a problem (tooltip and the sign of an error or of a part not filled
    // in, as in the Problems panel); an empty message clears it.
    virtual void setProblem(const QString &message, bool isError = true);
    QString problem() const { return m_problem; }
    bool problemIsError() const { return m_problemIsError; }

    // The right editor for the field's type: line edits, date pickers, combo boxes, code.
    static FieldEditor *create(const FieldDef &field, const ReportTemplate &reportTemplate, QWidget *parent);

signals:
    void edited(const QString &text);

protected:
    // Shared by editors built on a QLineEdit: a trailing warning sign that explains the problem.
    void showProblemOn(QLineEdit *lineEdit, const QString &message, bool isError);

private:
    static FieldEditor *createForType(const FieldDef &field, const ReportTemplate &reportTemplate, QWidget *parent);

    FieldDef m_field;
    QString m_problem;
    bool m_problemIsError = false;
    QPointer<QAction> m_problemAction;
};

} // namespace lr
