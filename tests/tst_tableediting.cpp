#include "testsupport.h"

#include "form/formbinder.h"
#include "form/rowseteditor.h"
#include "model/reporteditor.h"
#include "window/mainwindow.h"
#include "window/reportdocument.h"

#include <QApplication>
#include <QLineEdit>
#include <QMetaProperty>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {
// Every cell of row r starts with its own word, so a type-ahead search for "c" would find row 2.
const QStringList kRowWords{u"alpha"_s, u"bravo"_s, u"charlie"_s};

// Types into whatever has the keyboard focus, key by key, as a keyboard does.
void typeIntoFocus(const QString &text)
{
    for (const QChar c : text) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, c.toLatin1());
    }
}

bool isCellEditor(QWidget *widget)
{
    return qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
}
} // namespace

// Typing into the form's tables (every repeating group): whatever the clicks and keys before it,
// typed text goes into the cell the user chose and never into another row.
class TestTableEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void clickWaitClickType_editsTheClickedCell_data();
    void clickWaitClickType_editsTheClickedCell();
    void typingOnACurrentCell_editsItWithTheFirstKey_data();
    void typingOnACurrentCell_editsItWithTheFirstKey();
    void keyboardSearch_neverMovesToAnotherRow_data();
    void keyboardSearch_neverMovesToAnotherRow();

private:
    void addTableRows(); // one row per table and column
    // Puts rows alpha, bravo, charlie into the table and returns its view, on screen and focused.
    QTableView *prepare(const QString &rowSetId);
    void expectRows(const QString &rowSetId, int editedRow, int column, const QString &typed) const;
    // Types `text` into the focus (a cell editor from the first key on), commits it with Return
    // and checks that it went into (row, column) of the table and nowhere else.
    void typeCommitAndExpect(QTableView *view, const QString &rowSetId, int row, int column, const QString &text);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestTableEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    test::useOwnSettings(m_settingsDir.path()); // no window state from other runs
}

void TestTableEditing::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->buildAllPages();
}

void TestTableEditing::cleanup()
{
    m_window->document()->undoStack()->setClean();
    m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestTableEditing::addTableRows()
{
    QTest::addColumn<QString>("rowSetId");
    QTest::addColumn<int>("column");
    const auto t = ReportTemplate::builtin();
    for (const SectionDef &section : t->sections()) {
        for (const RowSetDef *rowSet : section.rowSets) {
            for (int column = 0; column < rowSet->columns.size(); ++column)
                QTest::addRow("%s/%s", qPrintable(rowSet->id), qPrintable(rowSet->columns[column].id)) << rowSet->id << column;
        }
    }
}

QTableView *TestTableEditing::prepare(const QString &rowSetId)
{
    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    const RowSetDef *rowSet = nullptr;
    for (int i = 0; i < t.sections().size() && !rowSet; ++i) {
        for (const RowSetDef *candidate : t.sections()[i].rowSets) {
            if (candidate->id == rowSetId) {
                rowSet = candidate;
                m_window->showSection(i);
            }
        }
    }
    if (!rowSet)
        return nullptr;
    QList<Row> rows;
    for (const QString &word : kRowWords) {
        Row row = rowSet->newRow();
        for (const FieldDef &column : rowSet->columns)
            row[column.id] = word + u' ' + column.id;
        rows.append(row);
    }
    m_window->document()->editor()->setRows(rowSetId, rows, u"test rows"_s);
    RowSetEditor *editor = m_window->binder()->rowSetEditor(rowSetId);
    if (!editor)
        return nullptr;
    QTableView *view = editor->view();
    view->scrollTo(view->model()->index(0, 0));
    view->setFocus();
    return view;
}

void TestTableEditing::expectRows(const QString &rowSetId, int editedRow, int column, const QString &typed) const
{
    const Report *report = m_window->document()->report();
    const RowSetDef *rowSet = report->reportTemplate().rowSet(rowSetId);
    QVERIFY(rowSet);
    QCOMPARE(report->rowCount(rowSetId), kRowWords.size());
    for (int row = 0; row < kRowWords.size(); ++row) {
        for (int c = 0; c < rowSet->columns.size(); ++c) {
            const QString id = rowSet->columns[c].id;
            const QString expected = row == editedRow && c == column ? typed : kRowWords[row] + u' ' + id;
            QCOMPARE(report->cell(rowSetId, row, id), expected);
        }
    }
}

void TestTableEditing::typeCommitAndExpect(QTableView *view, const QString &rowSetId, int row, int column,
                                           const QString &text)
{
    typeIntoFocus(text);
    QCOMPARE(view->currentIndex(), view->model()->index(row, column));
    QWidget *cellEditor = QApplication::focusWidget(); // a line edit, or a wrapping box in a list
    QVERIFY(isCellEditor(cellEditor));
    QCOMPARE(cellEditor->metaObject()->userProperty().read(cellEditor).toString(), text);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    const Report *report = m_window->document()->report();
    const QString columnId = report->reportTemplate().rowSet(rowSetId)->columns[column].id;
    QTRY_COMPARE(report->cell(rowSetId, row, columnId), text); // committed
    expectRows(rowSetId, row, column, text);
}

void TestTableEditing::clickWaitClickType_editsTheClickedCell_data()
{
    addTableRows();
}

void TestTableEditing::clickWaitClickType_editsTheClickedCell()
{
    // The finding: click a cell, wait, click it again and type at once. The second click on the
    // selected cell opens its editor only after the double-click interval; the first key went to
    // the type-ahead search, jumped to "charlie", and the rest replaced that row's cell.
    QFETCH(QString, rowSetId);
    QFETCH(int, column);
    QTableView *view = prepare(rowSetId);
    QVERIFY(view);
    const QModelIndex cell = view->model()->index(0, column);
    const QPoint at = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(view->currentIndex(), cell);
    // A second click, later than a double click could be (QTest moves its event clock on by the
    // delay instead of sleeping).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at, QApplication::doubleClickInterval() + 100);
    typeCommitAndExpect(view, rowSetId, 0, column, u"charlie typed"_s);
}

void TestTableEditing::typingOnACurrentCell_editsItWithTheFirstKey_data()
{
    addTableRows();
}

void TestTableEditing::typingOnACurrentCell_editsItWithTheFirstKey()
{
    // Keyboard only: the cell is current, nothing is being edited; the first key opens the editor
    // with itself, also after the delayed editor of a click has opened and been left.
    QFETCH(QString, rowSetId);
    QFETCH(int, column);
    QTableView *view = prepare(rowSetId);
    QVERIFY(view);
    const QModelIndex cell = view->model()->index(1, column);
    view->setCurrentIndex(cell);
    typeCommitAndExpect(view, rowSetId, 1, column, u"charlie typed"_s);
    if (QTest::currentTestFailed())
        return;

    // A click on the selected cell whose editor opened before the typing: the typing goes into it.
    const QPoint at = view->visualRect(cell).center();
    view->setFocus();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at, QApplication::doubleClickInterval() + 100);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at, QApplication::doubleClickInterval() + 100);
    QTRY_VERIFY(isCellEditor(QApplication::focusWidget()));
    typeCommitAndExpect(view, rowSetId, 1, column, u"bravo again"_s);
}

void TestTableEditing::keyboardSearch_neverMovesToAnotherRow_data()
{
    addTableRows();
}

void TestTableEditing::keyboardSearch_neverMovesToAnotherRow()
{
    // However a key reaches the view's type-ahead search, it does not move the current cell.
    QFETCH(QString, rowSetId);
    QFETCH(int, column);
    QTableView *view = prepare(rowSetId);
    QVERIFY(view);
    const QModelIndex cell = view->model()->index(0, column);
    view->setCurrentIndex(cell);
    view->keyboardSearch(u"c"_s);
    QCOMPARE(view->currentIndex(), cell);
    QVERIFY(view->selectionModel()->isRowSelected(0));
    QVERIFY(!view->selectionModel()->isRowSelected(2));
    expectRows(rowSetId, -1, column, QString());
}

QTEST_MAIN(TestTableEditing)
#include "tst_tableediting.moc"
