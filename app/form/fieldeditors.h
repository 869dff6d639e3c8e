#pragma once

#include "form/fieldeditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace lr {

class CodeEdit;
class ProseEdit;

// Text, URL, number and integer fields: a line edit with the template's placeholder, followed
// by the unit it counts in ("MB/hour") so the user sees what the number means.
class LineFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    LineFieldEditor(const FieldDef &field, QWidget *parent);

    QWidget *widget() const override { return m_container; }
    QWidget *focusTarget() const override;
    QString text() const override;
    void setText(const QString &text) override;
    void setProblem(const QString &message, bool isError) override;

protected:
    QLineEdit *lineEdit() const { return m_lineEdit; }

private:
    void addClearAction();

    QWidget *m_container;
    QLineEdit *m_lineEdit;
};

// The editors whose box is a QPlainTextEdit: its text, set without counting as the user's edit,
// and its own undo left to the report's undo stack.
class PlainTextFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    QWidget *widget() const override;
    QString text() const override;
    void setText(const QString &text) override;

protected:
    PlainTextFieldEditor(const FieldDef &field, QPlainTextEdit *edit);

private:
    QPlainTextEdit *m_edit;
    bool m_settingText = false;
};

// Text fields of a sentence or more ("prose" in the template): a ProseEdit that wraps and grows
// to a few lines, with the problem sign inside it as a line edit has it.
class ProseFieldEditor : public PlainTextFieldEditor
{
    Q_OBJECT

public:
    ProseFieldEditor(const FieldDef &field, QWidget *parent);

    void setProblem(const QString &message, bool isError) override;

private:
    ProseEdit *m_edit;
};

// Dates and date-times: typed freely (what the user types is kept as typed), or picked from a
// calendar popup that writes the template's format.
class DateFieldEditor : public LineFieldEditor
{
    Q_OBJECT

public:
    DateFieldEditor(const FieldDef &field, QWidget *parent);

private:
    void showPicker();
};

// Severity, status, environment and code languages: the template's options. A value that is
// not among them (from an older or hand-edited file) is kept as an extra entry, never dropped.
class ChoiceFieldEditor : public FieldEditor
{
    Q_OBJECT

public:
    ChoiceFieldEditor(const FieldDef &field, const QStringList &options, QWidget *parent);

    QWidget *widget() const override;
    QWidget *focusTarget() const override;
    QString text() const override;
    void setText(const QString &text) override;
    void setProblem(const QString &message, bool isError) override;

private:
    int ensureItem(const QString &text);

    QWidget *m_container;
    QComboBox *m_combo;
    QLabel *m_sign; // the problem sign beside the box
    int m_optionCount;
};

// Source code and log excerpts, in a CodeEdit (line numbers, grows with its lines, Tab indents,
// Ctrl+Tab moves on).
class CodeFieldEditor : public PlainTextFieldEditor
{
    Q_OBJECT

public:
    CodeFieldEditor(const FieldDef &field, QWidget *parent);

    void setProblem(const QString &message, bool isError) override;

private:
    CodeEdit *m_edit;
};

} // namespace lr
