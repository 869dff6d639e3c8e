#include "model/reporteditor.h"
#include "model/rowsetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

class TestRowSetModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheRowSet();
    void placeholders_comeFromTheTemplate();
    void setData_isAnUndoableCellEdit();
    void insertRemoveMove_areUndoableAndPrecise();
    void sortRows_isOneStep();
    void undoRedo_keepViewsInStep();
    void contentReset_resetsTheModel();
    void extraColumns_areShownAndEditable();

private:
    std::unique_ptr<Report> m_report;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReportEditor> m_editor;
    std::unique_ptr<RowSetModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestRowSetModel::init()
{
    m_report = std::make_unique<Report>(ReportTemplate::builtin());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ReportEditor>(m_report.get(), m_stack.get());
    m_model = std::make_unique<RowSetModel>(m_editor.get(), u"timeline"_s);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestRowSetModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_editor.reset();
    m_stack.reset();
    m_report.reset();
}

void TestRowSetModel::showsTheRowSet()
{
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->columnCount(), 3);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), u"Time"_s);
    QCOMPARE(m_model->headerData(2, Qt::Vertical).toInt(), 3);
    QCOMPARE(m_model->index(5, 1).data().toString(), u"Validation complete"_s);
    QCOMPARE(m_model->index(0, 0).data(RowSetModel::FieldTypeRole).toInt(), int(FieldType::Time));
    QVERIFY(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsEditable);
    // A column with a unit says so in its header.
    RowSetModel snapshots(m_editor.get(), u"heapSnapshots"_s);
    QCOMPARE(snapshots.headerData(1, Qt::Horizontal).toString(), u"Size (MB)"_s);
}

void TestRowSetModel::placeholders_comeFromTheTemplate()
{
    QCOMPARE(m_model->index(0, 0).data(RowSetModel::PlaceholderRole).toString(), u"[HH:MM]"_s);
    QCOMPARE(m_model->index(2, 2).data(RowSetModel::PlaceholderRole).toString(), u"[What was found]"_s);
    QCOMPARE(m_model->index(2, 2).data(Qt::ToolTipRole).toString(), u"[What was found]"_s);
    RowSetModel files(m_editor.get(), u"filesModified"_s);
    QCOMPARE(files.index(1, 0).data(RowSetModel::PlaceholderRole).toString(), u"[file2.ts]"_s);
}

void TestRowSetModel::setData_isAnUndoableCellEdit()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_model->setData(m_model->index(1, 0), u"09:30"_s));
    QCOMPARE(m_report->cell(u"timeline"_s, 1, u"time"_s), u"09:30"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    m_stack->undo();
    QCOMPARE(m_model->index(1, 0).data().toString(), QString());
    QCOMPARE(changed.count(), 2);
}

void TestRowSetModel::insertRemoveMove_areUndoableAndPrecise()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QVERIFY(m_model->insertRows(2, 1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_report->rowCount(u"timeline"_s), 7);
    QVERIFY(m_model->moveRows({}, 0, 1, {}, 3)); // Detection after the next two rows
    QCOMPARE(moved.count(), 1);
    QCOMPARE(m_model->index(2, 1).data().toString(), u"Detection"_s);
    QVERIFY(m_model->removeRows(0, 2));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(reset.count(), 0); // own changes are announced precisely
    QCOMPARE(m_stack->count(), 3);
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(0, 1).data().toString(), u"Detection"_s);
    QCOMPARE(m_report->content(), ReportContent::fromTemplate(m_report->reportTemplate()));
    QVERIFY(!m_model->moveRows({}, 0, 1, {}, 1)); // onto itself
    QVERIFY(!m_model->removeRows(5, 2));
}

void TestRowSetModel::sortRows_isOneStep()
{
    m_model->setData(m_model->index(0, 0), u"09:00"_s);
    m_model->setData(m_model->index(1, 0), u"11:00"_s);
    const int steps = m_stack->count();
    QVERIFY(m_model->sortRows([](const Row &a, const Row &b) { return a.value(u"time"_s) > b.value(u"time"_s); },
                              u"Sort"_s));
    QCOMPARE(m_stack->count(), steps + 1);
    QCOMPARE(m_model->index(0, 0).data().toString(), u"11:00"_s);
    QCOMPARE(m_model->index(1, 0).data().toString(), u"09:00"_s);
    QVERIFY(!m_model->sortRows([](const Row &a, const Row &b) { return a.value(u"time"_s) > b.value(u"time"_s); },
                               u"Sort"_s)); // already in order
}

void TestRowSetModel::undoRedo_keepViewsInStep()
{
    QVERIFY(m_model->insertRows(6, 2));
    QVERIFY(m_model->setData(m_model->index(7, 1), u"Late event"_s));
    QVERIFY(m_model->moveRows({}, 7, 1, {}, 0));
    const ReportContent edited = m_report->content();
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_stack->undo(); // the move: same row count, so only changed cells are reported
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changed.first().at(1).toModelIndex().row(), 7);
    QCOMPARE(m_model->index(7, 1).data().toString(), u"Late event"_s);
    m_stack->undo();
    m_stack->undo(); // the insert: the row count changes, so views are reset
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    while (m_stack->canRedo())
        m_stack->redo();
    QCOMPARE(m_model->rowCount(), 8);
    QCOMPARE(m_model->index(0, 1).data().toString(), u"Late event"_s);
    QCOMPARE(m_report->content(), edited);
}

void TestRowSetModel::contentReset_resetsTheModel()
{
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    ReportContent content = m_report->content();
    content.rows[u"timeline"_s].removeLast();
    m_report->setContent(content);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 5);
    m_editor->insertRow(u"timeline"_s, 0); // from elsewhere: a reset keeps views right
    QCOMPARE(m_model->rowCount(), 6);
}

void TestRowSetModel::extraColumns_areShownAndEditable()
{
    // A hand-written timeline with an "Owner" column: it is a column of the form, after the
    // template's, edited like the others and undoable.
    const QString owner = RowSetDef::extraColumnKey(3, u"Owner"_s);
    ReportContent content = m_report->content();
    content.rows[u"timeline"_s][0][owner] = u"Priya"_s;
    content.rows[u"timeline"_s][2][owner] = u"Sam"_s;
    m_report->setContent(content);
    QCOMPARE(m_model->columnCount(), 4);
    QCOMPARE(m_model->headerData(3, Qt::Horizontal).toString(), u"Owner"_s);
    QCOMPARE(m_model->index(0, 3).data().toString(), u"Priya"_s);
    QCOMPARE(m_model->index(1, 3).data().toString(), QString());
    QVERIFY(m_model->setData(m_model->index(1, 3), u"Lee"_s));
    QCOMPARE(m_report->cell(u"timeline"_s, 1, owner), u"Lee"_s);
    QCOMPARE(m_report->cell(u"timeline"_s, 1, u"details"_s), QString()); // no other cell changed
    m_stack->undo();
    QCOMPARE(m_model->index(1, 3).data().toString(), QString());
    // Removing every row that has the column removes the column.
    QVERIFY(m_model->removeRows(0, 3));
    QCOMPARE(m_model->columnCount(), 3);
    m_stack->undo();
    QCOMPARE(m_model->columnCount(), 4);
}

QTEST_GUILESS_MAIN(TestRowSetModel)
#include "tst_rowsetmodel.moc"
