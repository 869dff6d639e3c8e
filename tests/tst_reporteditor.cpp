#include "model/reporteditor.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

class TestReportEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyOperation_undoesToTheExactContent();
    void noOpEdits_pushNothing();
    void typing_mergesWithinTheWindow();
    void typing_splitsAfterAPauseOrCloseMergeWindow();
    void typing_backToTheStart_leavesNoStep();
    void typing_windowBoundary();
    void typing_notesAndCells_mergeAndSplitLikeFields();
    void checkboxesAndRowOperations_neverMerge();
    void undoRedo_goThroughTheReportSignals();
    void commandTexts_nameWhatChanged();
    void removeRows_isOneStep();
    void replaceContent_isOneUndoableStep();
    void checklistDetail_typingTicksItsItem_inTheSameStep();

private:
    void type(const QString &fieldId, const QString &finalText)
    {
        for (int i = 1; i <= finalText.size(); ++i) {
            m_now += 100;
            m_editor->setValue(fieldId, finalText.left(i));
        }
    }

    std::unique_ptr<Report> m_report;
    std::unique_ptr<QUndoStack> m_stack;
    std::unique_ptr<ReportEditor> m_editor;
    qint64 m_now = 0;
};

void TestReportEditor::init()
{
    m_report = std::make_unique<Report>(ReportTemplate::builtin());
    m_stack = std::make_unique<QUndoStack>();
    m_editor = std::make_unique<ReportEditor>(m_report.get(), m_stack.get());
    m_now = 1'000'000;
    m_editor->setClock([this] { return m_now; });
}

void TestReportEditor::cleanup()
{
    m_editor.reset();
    m_stack.reset();
    m_report.reset();
}

void TestReportEditor::everyOperation_undoesToTheExactContent()
{
    const ReportContent empty = m_report->content();
    m_editor->setValue(u"service"_s, u"gateway"_s);
    m_editor->setChecked(u"symptomOomCrashes"_s, true);
    m_editor->setNotes(u"header"_s, u"a note"_s);
    m_editor->setCell(u"timeline"_s, 0, u"time"_s, u"09:12"_s);
    m_editor->insertRow(u"timeline"_s, 1, {{u"event"_s, u"Mitigation"_s}});
    m_editor->moveRow(u"timeline"_s, 1, 3);
    m_editor->removeRows(u"filesModified"_s, {0});
    m_editor->setRows(u"wentWell"_s, {{{u"text"_s, u"fast"_s}}}, u"Replace"_s);
    const ReportContent edited = m_report->content();
    QCOMPARE(m_report->cell(u"timeline"_s, 3, u"event"_s), u"Mitigation"_s);
    QCOMPARE(m_report->rowCount(u"filesModified"_s), 1);
    QCOMPARE(m_stack->count(), 8);
    while (m_stack->canUndo())
        m_stack->undo();
    QCOMPARE(m_report->content(), empty);
    while (m_stack->canRedo())
        m_stack->redo();
    QCOMPARE(m_report->content(), edited);
}

void TestReportEditor::noOpEdits_pushNothing()
{
    m_editor->setValue(u"service"_s, QString());
    m_editor->setChecked(u"symptomOomCrashes"_s, false);
    m_editor->setNotes(u"header"_s, QString());
    m_editor->setCell(u"timeline"_s, 0, u"event"_s, u"Detection"_s);
    m_editor->moveRow(u"timeline"_s, 2, 2);
    m_editor->removeRows(u"timeline"_s, {});
    m_editor->setValue(u"noSuchField"_s, u"x"_s);
    m_editor->setCell(u"timeline"_s, 99, u"time"_s, u"x"_s);
    QCOMPARE(m_stack->count(), 0);
}

void TestReportEditor::typing_mergesWithinTheWindow()
{
    type(u"service"_s, u"gateway"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_report->value(u"service"_s), u"gateway"_s);
    m_stack->undo();
    QCOMPARE(m_report->value(u"service"_s), QString());
    // Cells and notes merge the same way.
    for (const QString &text : {u"0"_s, u"09"_s, u"09:"_s, u"09:1"_s}) {
        m_now += 50;
        m_editor->setCell(u"timeline"_s, 0, u"time"_s, text);
    }
    QCOMPARE(m_stack->count(), 1);
}

void TestReportEditor::typing_splitsAfterAPauseOrCloseMergeWindow()
{
    type(u"service"_s, u"gate"_s);
    m_now += ReportEditor::kMergeWindowMs + 1;
    m_editor->setValue(u"service"_s, u"gatew"_s);
    QCOMPARE(m_stack->count(), 2);
    m_editor->closeMergeWindow();
    m_editor->setValue(u"service"_s, u"gatewa"_s);
    QCOMPARE(m_stack->count(), 3);
    // Another field never merges into the previous one.
    m_editor->setValue(u"investigator"_s, u"P"_s);
    QCOMPARE(m_stack->count(), 4);
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_report->value(u"service"_s), u"gatew"_s);
}

void TestReportEditor::typing_backToTheStart_leavesNoStep()
{
    m_editor->setValue(u"service"_s, u"x"_s);
    m_now += 10;
    m_editor->setValue(u"service"_s, QString());
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(m_report->value(u"service"_s), QString());
}

void TestReportEditor::typing_windowBoundary()
{
    m_editor->setValue(u"service"_s, u"g"_s);
    m_now += ReportEditor::kMergeWindowMs - 1;
    m_editor->setValue(u"service"_s, u"ga"_s);
    QCOMPARE(m_stack->count(), 1);
    m_now += ReportEditor::kMergeWindowMs;
    m_editor->setValue(u"service"_s, u"gat"_s);
    QCOMPARE(m_stack->count(), 2);
    // A later step typed back to where it started disappears; the earlier one stays.
    m_now += 10;
    m_editor->setValue(u"service"_s, u"ga"_s);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Edit \"Service\""_s);
    m_stack->undo();
    QCOMPARE(m_report->value(u"service"_s), QString());
}

void TestReportEditor::typing_notesAndCells_mergeAndSplitLikeFields()
{
    for (const QString &text : {u"l"_s, u"le"_s, u"lea"_s, u"leak"_s}) {
        m_now += 200;
        m_editor->setNotes(u"header"_s, text);
    }
    QCOMPARE(m_stack->count(), 1);
    m_editor->setCell(u"timeline"_s, 0, u"time"_s, u"0"_s);
    m_editor->setCell(u"timeline"_s, 0, u"time"_s, u"09"_s);
    QCOMPARE(m_stack->count(), 2);
    // Another cell of the same row is another step, even while typing fast.
    m_editor->setCell(u"timeline"_s, 0, u"details"_s, u"d"_s);
    QCOMPARE(m_stack->count(), 3);
    m_editor->setCell(u"timeline"_s, 1, u"details"_s, u"d"_s);
    QCOMPARE(m_stack->count(), 4);
    m_editor->closeMergeWindow();
    m_editor->setCell(u"timeline"_s, 1, u"details"_s, u"de"_s);
    QCOMPARE(m_stack->count(), 5);
    m_stack->undo();
    QCOMPARE(m_report->cell(u"timeline"_s, 1, u"details"_s), u"d"_s);
    m_stack->undo();
    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_report->cell(u"timeline"_s, 0, u"time"_s), QString());
    QCOMPARE(m_report->notes(u"header"_s), u"leak"_s);
    m_stack->undo();
    QCOMPARE(m_report->notes(u"header"_s), QString());
}

void TestReportEditor::checkboxesAndRowOperations_neverMerge()
{
    m_editor->setValue(u"service"_s, u"g"_s);
    m_editor->setChecked(u"toolPrometheus"_s, true);
    m_editor->setChecked(u"toolPrometheus"_s, false);
    // The tick in between ended the typing step, even though no time passed.
    m_editor->setValue(u"service"_s, u"ga"_s);
    QCOMPARE(m_stack->count(), 4);
    m_editor->insertRow(u"timeline"_s, 0);
    m_editor->insertRow(u"timeline"_s, 0);
    m_editor->moveRow(u"timeline"_s, 0, 1);
    m_editor->moveRow(u"timeline"_s, 1, 0);
    QCOMPARE(m_stack->count(), 8);
    QCOMPARE(m_report->rowCount(u"timeline"_s), 8);
}

void TestReportEditor::undoRedo_goThroughTheReportSignals()
{
    QSignalSpy values(m_report.get(), &Report::valueChanged);
    QSignalSpy checks(m_report.get(), &Report::checkedChanged);
    QSignalSpy notes(m_report.get(), &Report::notesChanged);
    QSignalSpy rows(m_report.get(), &Report::rowsChanged);
    m_editor->setValue(u"service"_s, u"g"_s);
    m_editor->setChecked(u"toolPrometheus"_s, true);
    m_editor->setNotes(u"header"_s, u"n"_s);
    m_editor->insertRow(u"timeline"_s, 0);
    while (m_stack->canUndo())
        m_stack->undo();
    m_stack->redo();
    QCOMPARE(values.count(), 3);
    QCOMPARE(values.last().at(0).toString(), u"service"_s);
    QCOMPARE(checks.count(), 2);
    QCOMPARE(notes.count(), 2);
    QCOMPARE(rows.count(), 2);
    QCOMPARE(rows.last().at(0).toString(), u"timeline"_s);
}

void TestReportEditor::commandTexts_nameWhatChanged()
{
    m_editor->setValue(u"service"_s, u"x"_s);
    QCOMPARE(m_stack->undoText(), u"Edit \"Service\""_s);
    m_editor->setChecked(u"toolPrometheus"_s, true);
    QCOMPARE(m_stack->undoText(), u"Tick \"Prometheus metrics\""_s);
    m_editor->setChecked(u"toolPrometheus"_s, false);
    QCOMPARE(m_stack->undoText(), u"Untick \"Prometheus metrics\""_s);
    m_editor->insertRow(u"timeline"_s, 6);
    QCOMPARE(m_stack->undoText(), u"Add Timeline Row"_s);
    m_editor->moveRow(u"timeline"_s, 6, 0);
    QCOMPARE(m_stack->undoText(), u"Move Timeline Row"_s);
    m_editor->setCell(u"timeline"_s, 1, u"details"_s, u"d"_s);
    QCOMPARE(m_stack->undoText(), u"Edit Timeline, Row 2, Details"_s);
    m_editor->setNotes(u"header"_s, u"n"_s);
    QCOMPARE(m_stack->undoText(), u"Edit Notes of \"Header\""_s);
}

void TestReportEditor::removeRows_isOneStep()
{
    m_editor->removeRows(u"timeline"_s, {4, 1, 1, 99});
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Remove 2 Timeline Rows"_s);
    QCOMPARE(m_report->rowCount(u"timeline"_s), 4);
    QCOMPARE(m_report->cell(u"timeline"_s, 1, u"event"_s), u"Root cause identified"_s);
    m_stack->undo();
    QCOMPARE(m_report->rowCount(u"timeline"_s), 6);
}

void TestReportEditor::replaceContent_isOneUndoableStep()
{
    const ReportContent sample = test::sampleContent();
    QSignalSpy reset(m_report.get(), &Report::contentReset);
    m_editor->replaceContent(sample, u"Restore Recovered Report"_s);
    QCOMPARE(m_report->content(), sample);
    QCOMPARE(m_stack->undoText(), u"Restore Recovered Report"_s);
    m_stack->undo();
    QCOMPARE(m_report->content(), ReportContent::fromTemplate(m_report->reportTemplate()));
    QCOMPARE(reset.count(), 2);
}

// "OOM crashes (frequency: twice a day)" typed without a tick would print "- [ ] ...": filling a
// detail ticks its item, and undoing the typing unticks it again.
void TestReportEditor::checklistDetail_typingTicksItsItem_inTheSameStep()
{
    type(u"symptomOomFrequency"_s, u"twice a day"_s);
    QVERIFY(m_report->isChecked(u"symptomOomCrashes"_s));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Edit \"Frequency\""_s);
    m_stack->undo();
    QVERIFY(!m_report->isChecked(u"symptomOomCrashes"_s));
    QCOMPARE(m_report->value(u"symptomOomFrequency"_s), QString());
    m_stack->redo();
    QVERIFY(m_report->isChecked(u"symptomOomCrashes"_s));
    QCOMPARE(m_report->value(u"symptomOomFrequency"_s), u"twice a day"_s);

    // Typed and deleted again in one go: no tick and no step are left behind.
    m_now += 10'000;
    type(u"symptomOtherText"_s, u"Redis"_s);
    QVERIFY(m_report->isChecked(u"symptomOther"_s));
    for (int i = 4; i >= 0; --i) {
        m_now += 100;
        m_editor->setValue(u"symptomOtherText"_s, u"Redis"_s.left(i));
    }
    QVERIFY(!m_report->isChecked(u"symptomOther"_s));
    QCOMPARE(m_stack->count(), 1);

    // Either of two details ticks; clearing a detail later never unticks what was ticked.
    m_now += 10'000;
    type(u"monitorGrowthDuration"_s, u"2"_s);
    QVERIFY(m_report->isChecked(u"monitorGrowthAlert"_s));
    m_now += 10'000;
    m_editor->setValue(u"monitorGrowthDuration"_s, QString());
    QVERIFY(m_report->isChecked(u"monitorGrowthAlert"_s));

    // An item read unticked with its detail filled is ticked by the next edit of the detail.
    ReportContent content = m_report->content();
    content.checked[u"toolOther"_s] = false;
    content.values[u"toolOtherText"_s] = u"heaptrack"_s;
    m_editor->replaceContent(content, u"Open"_s);
    m_now += 10'000;
    m_editor->setValue(u"toolOtherText"_s, u"heaptrack 1.5"_s);
    QVERIFY(m_report->isChecked(u"toolOther"_s));
    m_stack->undo();
    QVERIFY(!m_report->isChecked(u"toolOther"_s));
    QCOMPARE(m_report->value(u"toolOtherText"_s), u"heaptrack"_s);
}

QTEST_GUILESS_MAIN(TestReportEditor)
#include "tst_reporteditor.moc"
