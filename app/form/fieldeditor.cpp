#include "form/fieldeditor.h"

#include "form/fieldeditors.h"
#include "window/appicons.h"
#include "template/reporttemplate.h"

#include <QAction>
#include <QLineEdit>

namespace lr {

FieldEditor::FieldEditor(const FieldDef &field, QObject *parent)
    : QObject(parent)
    , m_field(field)
{
}

void FieldEditor::setProblem(const QString &message, bool isError)
{
    m_problem = message;
    m_problemIsError = isError && !message.isEmpty();
}

void FieldEditor::showProblemOn(QLineEdit *lineEdit, const QString &message, bool isError)
{
    FieldEditor::setProblem(message, isError);
    if (message.isEmpty()) {
        delete m_problemAction;
        return;
    }
    if (!m_problemAction)
        m_problemAction = lineEdit->addAction(QIcon(), QLineEdit::TrailingPosition);
    m_problemAction->setIcon(AppIcons::problemIcon(isError));
    m_problemAction->setText(message); // what a screen reader says for the warning sign
    m_problemAction->setToolTip(message);
}

FieldEditor *FieldEditor::create(const FieldDef &field, const ReportTemplate &reportTemplate, QWidget *parent)
{
    FieldEditor *editor = createForType(field, reportTemplate, parent);
    // A screen reader says "Service, edit" and reads the template's hint as the description
    // (Qt's own name would be the label's text with its colon, or nothing for a text box).
    editor->focusTarget()->setAccessibleName(field.label);
    if (FieldDef::isRealPlaceholder(field.placeholder))
        editor->focusTarget()->setAccessibleDescription(field.placeholder);
    return editor;
}

FieldEditor *FieldEditor::createForType(const FieldDef &field, const ReportTemplate &reportTemplate, QWidget *parent)
{
    switch (field.type) {
    case FieldType::Date:
    case FieldType::DateTime:
        return new DateFieldEditor(field, parent);
    case FieldType::Choice:
        return new ChoiceFieldEditor(field, field.options, parent);
    case FieldType::Language: {
        QStringList ids;
        for (const CodeLanguage &language : reportTemplate.languages())
            ids.append(language.id);
        return new ChoiceFieldEditor(field, ids, parent);
    }
    case FieldType::Code:
        return new CodeFieldEditor(field, parent);
    case FieldType::Text:
        if (field.prose)
            return new ProseFieldEditor(field, parent);
        break;
    case FieldType::Time:
    case FieldType::Number:
    case FieldType::Integer:
    case FieldType::Url:
        break;
    }
    return new LineFieldEditor(field, parent);
}

} // namespace lr
