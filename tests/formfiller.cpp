#include "formfiller.h"

#include "form/fieldeditor.h"
#include "form/formbinder.h"
#include "form/rowseteditor.h"
#include "form/sectionpage.h"
#include "model/rowsetmodel.h"
#include "window/mainwindow.h"
#include "window/reportdocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lr::test {

QString sampleValueFor(const FieldDef &field)
{
    switch (field.type) {
    case FieldType::Date:
        return u"2026-11-18"_s;
    case FieldType::DateTime:
        return u"2026-11-19 14:20 UTC"_s;
    case FieldType::Time:
        return u"09:12"_s;
    case FieldType::Number:
        return u"%1.5"_s.arg(qHash(field.id) % 900 + 10);
    case FieldType::Integer:
        return QString::number(qHash(field.id) % 900 + 10);
    case FieldType::Url:
        return u"https://example.com/"_s + field.id;
    case FieldType::Code:
    case FieldType::Text:
    case FieldType::Choice:
    case FieldType::Language:
        break;
    }
    return u"Typed into "_s + field.id;
}

namespace {
void typeInto(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClicks(widget, text);
}
} // namespace

bool fillEveryWidget(MainWindow &window)
{
    const ReportTemplate &reportTemplate = window.document()->report()->reportTemplate();
    FormBinder *binder = window.binder();
    for (int s = 0; s < reportTemplate.sections().size(); ++s) {
        const SectionDef &section = reportTemplate.sections()[s];
        window.showSection(s);
        for (const FieldDef *field : section.fields) {
            FieldEditor *editor = binder->fieldEditor(field->id);
            if (!editor) {
                QTest::qFail(qPrintable(u"no widget for field "_s + field->id), __FILE__, __LINE__);
                return false;
            }
            QWidget *target = editor->focusTarget();
            window.page(s)->reveal(target);
            if (auto *combo = qobject_cast<QComboBox *>(target)) {
                target->setFocus();
                QTest::keyClick(combo, Qt::Key_Down);
            } else if (auto *code = qobject_cast<QPlainTextEdit *>(target); code && field->isMultiLine()) {
                typeInto(code, u"first line of "_s + field->id);
                QTest::keyClick(code, Qt::Key_Return);
                QTest::keyClicks(code, u"  second line"_s);
            } else if (auto *prose = qobject_cast<QPlainTextEdit *>(target)) {
                prose->selectAll();
                typeInto(prose, sampleValueFor(*field));
            } else if (auto *lineEdit = qobject_cast<QLineEdit *>(target)) {
                lineEdit->selectAll();
                typeInto(lineEdit, sampleValueFor(*field));
            }
        }
        for (const ChecklistItemDef *item : section.checklistItems) {
            QAbstractButton *box = binder->checkBox(item->id);
            if (!box) {
                QTest::qFail(qPrintable(u"no check box for "_s + item->id), __FILE__, __LINE__);
                return false;
            }
            window.page(s)->reveal(box);
            if (!box->isChecked()) // typing an item's detail above has ticked it already
                QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
        }
        for (const RowSetDef *rowSet : section.rowSets) {
            RowSetEditor *rows = binder->rowSetEditor(rowSet->id);
            if (!rows) {
                QTest::qFail(qPrintable(u"no table for "_s + rowSet->id), __FILE__, __LINE__);
                return false;
            }
            window.page(s)->reveal(rows);
            QTableView *view = rows->view();
            const QModelIndex cell = view->model()->index(0, int(rowSet->columns.size()) - 1);
            view->setFocus();
            view->setCurrentIndex(cell);
            view->edit(cell);
            QWidget *cellEditor = QApplication::focusWidget(); // a line edit, or a wrapping one in a list
            if (!qobject_cast<QLineEdit *>(cellEditor) && !qobject_cast<QPlainTextEdit *>(cellEditor)) {
                QTest::qFail(qPrintable(u"no cell editor in "_s + rowSet->id), __FILE__, __LINE__);
                return false;
            }
            QTest::keyClick(cellEditor, Qt::Key_A, Qt::ControlModifier); // select all
            QTest::keyClicks(cellEditor, u"Cell of "_s + rowSet->id);
            QTest::keyClick(cellEditor, Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits through a queued call
        }
        if (QPlainTextEdit *notes = binder->notesEditor(section.id))
            typeInto(notes, u"Notes for "_s + section.id);
        for (const SubsectionDef &subsection : section.subsections) {
            for (const BlockDef &block : subsection.blocks) {
                if (QPlainTextEdit *lines = block.extraLinesKey().isEmpty() ? nullptr : binder->notesEditor(block.extraLinesKey()))
                    typeInto(lines, u"More: "_s + block.extraLinesKey());
            }
        }
    }
    return true;
}

} // namespace lr::test
