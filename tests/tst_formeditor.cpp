#include "formfiller.h"
#include "testsupport.h"

#include "check/reportvalidator.h"
#include "form/fieldeditor.h"
#include "form/formbinder.h"
#include "form/rowseteditor.h"
#include "form/sectionpage.h"
#include "io/reportfile.h"
#include "markdown/markdownwriter.h"
#include "model/reporteditor.h"
#include "charts/chartcolours.h"
#include "charts/memorychart.h"
#include "charts/memorydatapanel.h"
#include "series/seriesimporter.h"
#include "window/exportcontroller.h"
#include "window/mainwindow.h"
#include "window/previewpane.h"
#include "window/problemspanel.h"
#include "window/recentfiles.h"
#include "window/reportdocument.h"
#include "window/sectionnavigator.h"

#include <QAbstractButton>
#include <QBuffer>
#include <QTextCursor>
#include <QDoubleSpinBox>
#include <QAbstractSeries>
#include <QChart>
#include <QTableWidget>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QCalendarWidget>
#include <QTimeEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

// The editor window driven through its widgets, as a user would, offscreen.
class TestFormEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyTemplatePart_hasExactlyOneWidget();
    void everyWidget_isNamedAfterItsField();
    void extraLines_typedUnderABlock_arePrintedInsideIt();
    void linesUnderAnItem_getABoxRightUnderIt_data();
    void linesUnderAnItem_getABoxRightUnderIt();
    void typing_updatesModelAndMarkdown_data();
    void typing_updatesModelAndMarkdown();
    void choice_updatesModelAndMarkdown();
    void datePicker_startsFromTheTypedValueAndKeepsItsZone();
    void checklist_ticksAndInlineDetail();
    void code_keepsLinesAndLanguage();
    void tableCell_updatesModelAndMarkdown();
    void tableRows_addRemoveMoveAreUndoable();
    void timeline_sortsByTimeAndReportsDurations();
    void undoRedo_restoreWidgets();
    void typing_mergesIntoOneUndoStep();
    void navigator_countsFilledParts();
    void preview_rendersAfterAPauseAndSwitchesToMarkdown();
    void preview_wrapsLongCodeLinesInsteadOfScrollingSideways();
    void problems_listRequiredFieldsAndJumpToThem();
    void openAndSave_roundTripTheSample();
    void recentFiles_newestFirstAndKeptForTheNextWindow();
    void openMarkdown_importsIntoTheFormAndNeverWritesTheMarkdown();
    void exportPdfAndHtml_fromTheWindow_writeNextToTheReport();
    void memoryData_importChartAndFill_undoable();
    void unsavedChanges_promptOnClose();
    void windowTitle_showsNameAndModifiedMarker();

private:
    FieldEditor *editorFor(const QString &fieldId) const { return m_window->binder()->fieldEditor(fieldId); }
    QString markdown() const
    {
        const Report *report = m_window->document()->report();
        return MarkdownWriter(report->reportTemplate()).write(report->content());
    }
    // Clicks a button of the next message box as soon as it shows.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                    QTest::mouseClick(box->button(button), Qt::LeftButton);
                    return;
                }
            }
        });
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestFormEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recent files stay out of the user's
    // ...and out of other runs': the first run on a fresh machine showed the Memory Data panel a
    // turn of the event loop late, later runs restored a dock state that hid the delay.
    QVERIFY(m_settingsDir.isValid());
    test::useOwnSettings(m_settingsDir.path());
}

void TestFormEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->buildAllPages();
}

void TestFormEditor::cleanup()
{
    m_window->document()->undoStack()->setClean(); // no prompt when closing
    m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestFormEditor::everyTemplatePart_hasExactlyOneWidget()
{
    // Pages not built yet are built while idle, once the window is on screen.
    MainWindow fresh(m_dir->filePath(u"recovery2"_s));
    QVERIFY(fresh.binder()->boundIds().size() < m_window->binder()->boundIds().size());
    fresh.show();
    QTRY_COMPARE(fresh.binder()->boundIds().size(), m_window->binder()->boundIds().size());

    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    QStringList expected;
    for (const SectionDef &section : t.sections()) {
        for (const FieldDef *field : section.fields)
            expected.append(field->id);
        for (const ChecklistItemDef *item : section.checklistItems)
            expected.append(item->id);
        for (const RowSetDef *rowSet : section.rowSets)
            expected.append(rowSet->id);
        expected.append(u"notes:"_s + section.id);
        for (const SubsectionDef &subsection : section.subsections) {
            for (const BlockDef &block : subsection.blocks) {
                if (!block.extraLinesKey().isEmpty()) // a fence's extra lines, shown under it
                    expected.append(u"notes:"_s + block.extraLinesKey());
            }
        }
    }
    QStringList bound = m_window->binder()->boundIds();
    QCOMPARE(QSet<QString>(bound.cbegin(), bound.cend()).size(), bound.size()); // nothing bound twice
    bound.sort();
    expected.sort();
    QCOMPARE(bound, expected); // nothing missing, nothing invented
}

void TestFormEditor::everyWidget_isNamedAfterItsField()
{
    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    for (const SectionDef &section : t.sections()) {
        for (const FieldDef *field : section.fields) {
            const QList<QWidget *> named = m_window->findChildren<QWidget *>(field->id);
            QCOMPARE(named.size(), 1);
            QCOMPARE(named.first(), editorFor(field->id)->focusTarget());
        }
    }
}

// Every fence, checklist and field list shows a text area for lines of its own the template does
// not have; what is typed there is printed inside that block, after its lines, undoably (in a
// list as an item of it).
void TestFormEditor::extraLines_typedUnderABlock_arePrintedInsideIt()
{
    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    int fences = 0, lists = 0;
    for (int s = 0; s < t.sections().size(); ++s) {
        m_window->page(s);
        for (const SubsectionDef &subsection : t.sections()[s].subsections) {
            for (const BlockDef &block : subsection.blocks) {
                const QString key = block.extraLinesKey();
                const bool list = block.kind == BlockDef::Kind::Checklist || block.kind == BlockDef::Kind::FieldList;
                if (block.kind != BlockDef::Kind::Fence && !list)
                    continue;
                ++(list ? lists : fences);
                QVERIFY2(!key.isEmpty(), qPrintable(block.label));
                QPlainTextEdit *lines = m_window->binder()->notesEditor(key);
                QVERIFY2(lines, qPrintable(key));
                const QString typed = u"Runbook: wiki/"_s + key;
                lines->setFocus();
                QTest::keyClicks(lines, typed);
                QCOMPARE(m_window->document()->report()->notes(key), typed);
                if (list) {
                    // Right after the block's last item, before the blank line that ends the list.
                    const QString written = markdown();
                    const qsizetype at = written.indexOf(u"\n- "_s + typed + u'\n');
                    QVERIFY2(at > 0 && written.at(written.lastIndexOf(u'\n', at - 1) + 1) == u'-', qPrintable(key));
                } else {
                    QVERIFY2(markdown().contains(u'\n' + typed + u"\n```\n"_s), qPrintable(key));
                }
                m_window->document()->undoStack()->undo();
                QCOMPARE(m_window->document()->report()->notes(key), QString());
                QCOMPARE(lines->toPlainText(), QString());
            }
        }
    }
    QVERIFY(fences >= 4);
    QVERIFY(lists >= 8);
}

void TestFormEditor::linesUnderAnItem_getABoxRightUnderIt_data()
{
    QTest::addColumn<QString>("id");     // the field or checklist item the lines are under
    QTest::addColumn<QString>("nextId"); // the one that follows it on the page
    QTest::newRow("field item") << u"impactOomIncidents"_s << u"impactAffectedUsers"_s;
    QTest::newRow("labelled line") << u"reportCompleted"_s << u"nextReview"_s;
    QTest::newRow("checklist item") << u"symptomLinearGrowth"_s << u"symptomOomCrashes"_s;
}

// Lines kept under an item (a nested bullet read from the Markdown) show in a box between that
// item and the next, made when there are such lines; typing there is an undoable edit.
void TestFormEditor::linesUnderAnItem_getABoxRightUnderIt()
{
    QFETCH(QString, id);
    QFETCH(QString, nextId);
    const QString key = BlockDef::linesAfterKey(id);
    QVERIFY2(!m_window->binder()->notesEditor(key), "no box while there is nothing under the item");
    m_window->document()->editor()->setNotes(key, u"  - three of them at the peak"_s);
    QPlainTextEdit *lines = m_window->binder()->notesEditor(key);
    QVERIFY(lines);
    QCOMPARE(lines->toPlainText(), u"  - three of them at the peak"_s);
    QWidget *item = m_window->binder()->widgetFor(id);
    QWidget *next = m_window->binder()->widgetFor(nextId);
    QVERIFY(item && next);
    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    m_window->showSection(int(std::distance(t.sections().data(), t.sectionOfNotes(key))));
    QTRY_VERIFY(lines->isVisible());
    const int y = lines->mapTo(m_window.get(), QPoint()).y();
    QVERIFY2(y > item->mapTo(m_window.get(), QPoint()).y() && y < next->mapTo(m_window.get(), QPoint()).y(),
             "between the item and the next one");
    lines->setFocus();
    lines->moveCursor(QTextCursor::End);
    QTest::keyClicks(lines, u" (Black Friday)"_s);
    QCOMPARE(m_window->document()->report()->notes(key), u"  - three of them at the peak (Black Friday)"_s);
    m_window->document()->undoStack()->undo();
    QCOMPARE(lines->toPlainText(), u"  - three of them at the peak"_s);
}

void TestFormEditor::typing_updatesModelAndMarkdown_data()
{
    QTest::addColumn<QString>("fieldId");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("markdownLine");
    QTest::newRow("text") << u"service"_s << u"checkout-api"_s << u"**Service**: checkout-api"_s;
    QTest::newRow("date") << u"date"_s << u"2026-11-18"_s << u"**Date**: 2026-11-18"_s;
    QTest::newRow("number with unit") << u"exampleBeforeBaseline"_s << u"210"_s << u"- Heap usage baseline: 210 MB"_s;
    QTest::newRow("integer") << u"impactOomIncidents"_s << u"12"_s << u"- OOM incidents: 12"_s;
    QTest::newRow("url") << u"pullRequest"_s << u"https://git.example.com/pr/1"_s
                         << u"**Pull Request**: https://git.example.com/pr/1"_s;
    // A field holds inline Markdown as typed: nothing here changes the document's structure.
    QTest::newRow("inline Markdown") << u"investigator"_s << u"# Not a heading | pipe `code`"_s
                                     << u"**Investigator**: # Not a heading | pipe `code`"_s;
}

void TestFormEditor::typing_updatesModelAndMarkdown()
{
    QFETCH(QString, fieldId);
    QFETCH(QString, typed);
    QFETCH(QString, markdownLine);
    auto *lineEdit = qobject_cast<QLineEdit *>(editorFor(fieldId)->focusTarget());
    QVERIFY(lineEdit);
    QVERIFY(!lineEdit->placeholderText().isEmpty());
    QTest::keyClicks(lineEdit, typed);
    QCOMPARE(m_window->document()->report()->value(fieldId), typed);
    QVERIFY2(markdown().contains(u'\n' + markdownLine + u'\n'), qPrintable(markdown().left(600)));
    QVERIFY(m_window->document()->isModified());
}

// The picker opens on what was typed (read as the checks read it) and writes the template's
// spelling back, keeping the zone that was typed.
void TestFormEditor::datePicker_startsFromTheTypedValueAndKeepsItsZone()
{
    auto *lineEdit = qobject_cast<QLineEdit *>(editorFor(u"deploymentTime"_s)->focusTarget());
    QVERIFY(lineEdit);
    QTest::keyClicks(lineEdit, u"2026-11-19 14:20 CET"_s);
    QAction *pick = nullptr;
    for (QAction *action : lineEdit->actions()) {
        if (action->text() == u"Pick a date and time"_s)
            pick = action;
    }
    QVERIFY(pick && !pick->icon().isNull());

    QDate shownDate;
    QTime shownTime;
    QTimer::singleShot(0, this, [&] {
        QWidget *popup = QApplication::activePopupWidget();
        QVERIFY(popup);
        auto *calendar = popup->findChild<QCalendarWidget *>();
        auto *timeEdit = popup->findChild<QTimeEdit *>();
        QVERIFY(calendar && timeEdit);
        shownDate = calendar->selectedDate();
        shownTime = timeEdit->time();
        calendar->setSelectedDate(QDate(2026, 11, 20));
        emit calendar->activated(calendar->selectedDate());
    });
    pick->trigger();
    QCOMPARE(shownDate, QDate(2026, 11, 19));
    QCOMPARE(shownTime, QTime(14, 20));
    QCOMPARE(m_window->document()->report()->value(u"deploymentTime"_s), u"2026-11-20 14:20 CET"_s);
}

void TestFormEditor::choice_updatesModelAndMarkdown()
{
    auto *combo = qobject_cast<QComboBox *>(editorFor(u"severity"_s)->focusTarget());
    QVERIFY(combo);
    QCOMPARE(combo->currentIndex(), -1);
    QCOMPARE(combo->placeholderText(), u"[Critical/High/Medium/Low]"_s);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_window->document()->report()->value(u"severity"_s), u"High"_s);
    QVERIFY(markdown().contains(u"\n**Severity**: High\n"_s));
    // A value that is not an option (hand-edited file) is shown and kept, not dropped.
    m_window->document()->editor()->setValue(u"severity"_s, u"Sev-2"_s);
    QCOMPARE(combo->currentText(), u"Sev-2"_s);
    QCOMPARE(m_window->document()->report()->value(u"severity"_s), u"Sev-2"_s);
}

void TestFormEditor::checklist_ticksAndInlineDetail()
{
    QAbstractButton *box = m_window->binder()->checkBox(u"symptomLinearGrowth"_s);
    QVERIFY(box);
    m_window->showSection(3);
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    QVERIFY(m_window->document()->report()->isChecked(u"symptomLinearGrowth"_s));
    auto *rate = qobject_cast<QLineEdit *>(editorFor(u"symptomGrowthRate"_s)->focusTarget());
    QVERIFY(rate);
    QCOMPARE(rate->placeholderText(), u"X MB/hour"_s);
    QVERIFY(m_window->findChild<QLabel *>(u"symptomGrowthRateUnit"_s)); // the unit shows beside the field
    QTest::keyClicks(rate, u"38"_s);
    QVERIFY(markdown().contains(u"\n- [x] Linear memory growth (38 MB/hour)\n"_s));
    // Typing an item's detail ticks its box, and undoing the typing unticks it. A still clock keeps
    // every keystroke in one undo step however slowly a loaded machine delivers them.
    m_window->document()->editor()->setClock([] { return qint64(1); });
    QAbstractButton *other = m_window->binder()->checkBox(u"symptomOther"_s);
    auto *otherText = qobject_cast<QLineEdit *>(editorFor(u"symptomOtherText"_s)->focusTarget());
    otherText->setFocus();
    QTest::keyClicks(otherText, u"Redis CPU"_s);
    QVERIFY(other->isChecked());
    QVERIFY(markdown().contains(u"\n- [x] Other: Redis CPU\n"_s));
    m_window->document()->undoStack()->undo();
    QVERIFY(!other->isChecked());
    QCOMPARE(otherText->text(), QString());
    QVERIFY(markdown().contains(u"\n- [ ] Other: ___\n"_s));
    m_window->document()->undoStack()->redo();
    QVERIFY(other->isChecked());
    QCOMPARE(otherText->text(), u"Redis CPU"_s);
}

void TestFormEditor::code_keepsLinesAndLanguage()
{
    auto *code = qobject_cast<QPlainTextEdit *>(editorFor(u"vulnerableCode"_s)->focusTarget());
    QVERIFY(code);
    QCOMPARE(code->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
    QTest::keyClicks(code, u"emitter.on('x', handler);"_s);
    QTest::keyClick(code, Qt::Key_Return);
    QTest::keyClicks(code, u"```inner fence"_s);
    auto *language = qobject_cast<QComboBox *>(editorFor(u"vulnerableCodeLanguage"_s)->focusTarget());
    QVERIFY(language);
    QCOMPARE(language->currentText(), u"typescript"_s);
    QTest::keyClicks(qobject_cast<QLineEdit *>(editorFor(u"vulnerableCodeFile"_s)->focusTarget()), u"src/a.ts"_s);
    QTest::keyClicks(qobject_cast<QLineEdit *>(editorFor(u"vulnerableCodeLine"_s)->focusTarget()), u"42"_s);
    const QString text = markdown();
    QVERIFY2(text.contains(u"````typescript\n// File: src/a.ts:42\n"_s), qPrintable(text.mid(text.indexOf(u"**Vulnerable"_s), 300)));
    QVERIFY(text.contains(u"emitter.on('x', handler);\n```inner fence\n````"_s));
    QCOMPARE(m_window->document()->report()->value(u"vulnerableCode"_s), u"emitter.on('x', handler);\n```inner fence"_s);
}

void TestFormEditor::tableCell_updatesModelAndMarkdown()
{
    m_window->showSection(2);
    RowSetEditor *timeline = m_window->binder()->rowSetEditor(u"timeline"_s);
    QVERIFY(timeline);
    QTableView *view = timeline->view();
    const QModelIndex time = view->model()->index(0, 0);
    view->setFocus();
    view->setCurrentIndex(time);
    view->edit(time);
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    QCOMPARE(cellEditor->placeholderText(), u"[HH:MM]"_s);
    QTest::keyClicks(cellEditor, u"09:12"_s);
    QTest::keyClick(cellEditor, Qt::Key_Return);
    // The delegate commits on Return through a queued call.
    QTRY_COMPARE(m_window->document()->report()->cell(u"timeline"_s, 0, u"time"_s), u"09:12"_s);
    QVERIFY(markdown().contains(u"\n| 09:12 | Detection | [How was leak detected? Alert, manual observation, etc.] |\n"_s));
}

void TestFormEditor::tableRows_addRemoveMoveAreUndoable()
{
    m_window->showSection(2);
    Report *report = m_window->document()->report();
    RowSetEditor *timeline = m_window->binder()->rowSetEditor(u"timeline"_s);
    QTableView *view = timeline->view();
    view->setCurrentIndex(view->model()->index(1, 1));
    timeline->addRow();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape); // leave the new row's editor
    QCOMPARE(report->rowCount(u"timeline"_s), 7);
    QCOMPARE(report->cell(u"timeline"_s, 2, u"event"_s), QString());
    view->setCurrentIndex(view->model()->index(2, 1));
    timeline->moveCurrentRow(-1);
    QCOMPARE(report->cell(u"timeline"_s, 1, u"event"_s), QString());
    QCOMPARE(report->cell(u"timeline"_s, 2, u"event"_s), u"Investigation started"_s);
    view->setFocus();
    view->clearSelection();
    view->setCurrentIndex(view->model()->index(1, 1));
    timeline->removeSelectedRows();
    QCOMPARE(report->rowCount(u"timeline"_s), 6);
    QUndoStack *stack = m_window->document()->undoStack();
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(report->content(), ReportContent::fromTemplate(report->reportTemplate()));
    QVERIFY(!m_window->document()->isModified());
}

void TestFormEditor::timeline_sortsByTimeAndReportsDurations()
{
    m_window->showSection(2);
    ReportEditor *editor = m_window->document()->editor();
    editor->setValue(u"date"_s, u"2026-11-18"_s);
    editor->setCell(u"timeline"_s, 0, u"time"_s, u"11:00"_s);  // Detection
    editor->setCell(u"timeline"_s, 1, u"time"_s, u"09:30"_s);  // Investigation started, earlier
    editor->setCell(u"timeline"_s, 5, u"time"_s, u"18:00"_s);  // Validation complete
    auto *warnings = m_window->findChild<QLabel *>(u"timelineWarnings"_s);
    auto *durations = m_window->findChild<QLabel *>(u"timelineDurations"_s);
    QVERIFY(warnings && durations);
    QVERIFY2(warnings->text().contains(u"Investigation started"_s), qPrintable(warnings->text()));
    QVERIFY2(durations->text().contains(u"7 h"_s), qPrintable(durations->text())); // 11:00 to 18:00
    auto *sort = m_window->findChild<QPushButton *>(u"sortTimeline"_s);
    QVERIFY(sort && sort->isEnabled());
    const int steps = m_window->document()->undoStack()->count();
    QTest::mouseClick(sort, Qt::LeftButton);
    QCOMPARE(m_window->document()->undoStack()->count(), steps + 1); // one undoable step
    Report *report = m_window->document()->report();
    QCOMPARE(report->cell(u"timeline"_s, 0, u"time"_s), u"09:30"_s);
    QCOMPARE(report->cell(u"timeline"_s, 1, u"time"_s), u"11:00"_s);
    QCOMPARE(report->cell(u"timeline"_s, 2, u"time"_s), u"18:00"_s); // timed rows first
    QVERIFY(!sort->isEnabled());
}

void TestFormEditor::undoRedo_restoreWidgets()
{
    auto *service = qobject_cast<QLineEdit *>(editorFor(u"service"_s)->focusTarget());
    QTest::keyClicks(service, u"gateway"_s);
    QAbstractButton *box = m_window->binder()->checkBox(u"toolPrometheus"_s);
    m_window->showSection(4);
    QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center());
    QUndoStack *stack = m_window->document()->undoStack();
    QCOMPARE(stack->undoText(), u"Tick \"Prometheus metrics\""_s);
    stack->undo();
    QVERIFY(!box->isChecked());
    stack->undo();
    QCOMPARE(service->text(), QString());
    QVERIFY(!m_window->document()->isModified());
    stack->redo();
    QCOMPARE(service->text(), u"gateway"_s);
    // Ctrl+Z in a line edit reaches the report's undo stack, not the line edit's own.
    service->setFocus();
    QTest::keySequence(service, QKeySequence::Undo);
    QCOMPARE(m_window->document()->report()->value(u"service"_s), QString());
    QCOMPARE(service->text(), QString());
}

void TestFormEditor::typing_mergesIntoOneUndoStep()
{
    auto *service = qobject_cast<QLineEdit *>(editorFor(u"service"_s)->focusTarget());
    QTest::keyClicks(service, u"checkout"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), 1);
    // Moving to another field starts a new step.
    auto *investigator = qobject_cast<QLineEdit *>(editorFor(u"investigator"_s)->focusTarget());
    investigator->setFocus();
    QTest::keyClicks(investigator, u"Priya"_s);
    service->setFocus();
    QTest::keyClicks(service, u"-api"_s);
    QCOMPARE(m_window->document()->undoStack()->count(), 3);
}

void TestFormEditor::navigator_countsFilledParts()
{
    SectionNavigator *navigator = m_window->navigator();
    const QString before = navigator->topLevelItem(0)->text(1);
    QVERIFY2(before.startsWith(u"0/"_s), qPrintable(before));
    QTest::keyClicks(editorFor(u"service"_s)->focusTarget(), u"gateway"_s);
    QVERIFY2(navigator->topLevelItem(0)->text(1).startsWith(u"1/"_s), qPrintable(navigator->topLevelItem(0)->text(1)));
    navigator->setCurrentSection(5);
    QCOMPARE(m_window->findChild<QStackedWidget *>(u"pages"_s)->currentIndex(), 5);
}

void TestFormEditor::preview_rendersAfterAPauseAndSwitchesToMarkdown()
{
    PreviewPane *preview = m_window->preview();
    QTest::keyClicks(editorFor(u"service"_s)->focusTarget(), u"gateway-preview"_s);
    QVERIFY(preview->isRefreshPending()); // debounced: typing is never blocked by rendering
    QTRY_VERIFY(preview->browser()->toPlainText().contains(u"Service: gateway-preview"_s));
    QVERIFY(preview->browser()->toHtml().contains(u"Incident Timeline"_s));
    // Task lists keep their ticks, which QTextBrowser cannot draw as check boxes.
    m_window->document()->editor()->setChecked(u"symptomGcPressure"_s, true);
    preview->refresh();
    QVERIFY(preview->browser()->toPlainText().contains(u"\u2611 GC pressure (frequent/long pauses)"_s));
    QVERIFY(preview->browser()->toPlainText().contains(u"\u2610 Connection pool exhaustion"_s));
    preview->setMode(PreviewPane::Mode::Markdown);
    QVERIFY(preview->markdownView()->toPlainText().contains(u"**Service**: gateway-preview"_s));
    // Notes with a remote image: rendered, but nothing is fetched (the image stays empty).
    m_window->document()->editor()->setNotes(u"header"_s, u"![graph](https://example.com/x.png) <script>x</script>"_s);
    preview->setMode(PreviewPane::Mode::Rendered);
    preview->refresh();
    QVERIFY(!preview->browser()->toHtml().contains(u"<script>"_s));
}

void TestFormEditor::preview_wrapsLongCodeLinesInsteadOfScrollingSideways()
{
    // A narrow side pane: one long code line must not put the whole report on a sideways scroll.
    const QString longLine = u"const listeners = registry.subscribe("_s + QString(u"'reconnect', "_s).repeated(30) + u"onReconnect);"_s;
    m_window->document()->editor()->setValue(u"vulnerableCode"_s, longLine);
    PreviewPane *preview = m_window->preview();
    preview->refresh();
    QTRY_VERIFY(preview->browser()->toPlainText().contains(u"onReconnect);"_s));
    // idealWidth() finishes the lazy layout, so the long line has been measured.
    const qreal usedWidth = preview->browser()->document()->idealWidth();
    QVERIFY2(usedWidth <= preview->browser()->viewport()->width(), qPrintable(QString::number(usedWidth)));
    QCOMPARE(preview->browser()->horizontalScrollBar()->maximum(), 0);
    // The recovery dialog shows the report in the same kind of browser, and wraps alike.
    LocalTextBrowser recoveryView;
    recoveryView.resize(415, 300);
    recoveryView.setHtml(LocalTextBrowser::htmlFromMarkdown(u"```\n"_s + longLine + u"\n```\n"_s));
    recoveryView.show();
    QVERIFY(QTest::qWaitForWindowExposed(&recoveryView));
    QVERIFY2(recoveryView.document()->idealWidth() <= recoveryView.viewport()->width(),
             qPrintable(QString::number(recoveryView.document()->idealWidth())));
}

void TestFormEditor::problems_listRequiredFieldsAndJumpToThem()
{
    m_window->validateNow();
    const QList<ReportProblem> &problems = m_window->problemsPanel()->problems();
    const auto service = std::find_if(problems.cbegin(), problems.cend(), [](const ReportProblem &p) {
        return p.fieldId == u"service" && p.kind == ReportProblem::Kind::MissingRequired;
    });
    QVERIFY(service != problems.cend());
    QVERIFY(!editorFor(u"service"_s)->problem().isEmpty()); // marked inline too
    m_window->showSection(5);
    m_window->goToProblem(*service);
    QCOMPARE(QApplication::focusWidget(), editorFor(u"service"_s)->focusTarget());
    QTest::keyClicks(editorFor(u"service"_s)->focusTarget(), u"gateway"_s);
    m_window->validateNow();
    QVERIFY(editorFor(u"service"_s)->problem().isEmpty());
    // A value of the wrong shape is reported with the field's label.
    QTest::keyClicks(editorFor(u"exampleBeforeBaseline"_s)->focusTarget(), u"about 200"_s);
    m_window->validateNow();
    QVERIFY(!editorFor(u"exampleBeforeBaseline"_s)->problem().isEmpty());
}

void TestFormEditor::openAndSave_roundTripTheSample()
{
    const QString samplePath = m_dir->filePath(u"sample.leakreport"_s);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, samplePath));
    QFile::setPermissions(samplePath, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(samplePath));
    QCOMPARE(m_window->document()->report()->content(), test::sampleContent());
    QCOMPARE(qobject_cast<QLineEdit *>(editorFor(u"service"_s)->focusTarget())->text(),
             u"session-gateway (WebSocket edge service)"_s);
    QVERIFY(!m_window->document()->isModified());
    const QString copy = m_dir->filePath(u"copy.leakreport"_s);
    QVERIFY(m_window->saveTo(copy));
    QCOMPARE(ReportFile::load(copy, m_window->document()->report()->reportTemplate()).content, test::sampleContent());
    const QString exported = m_dir->filePath(u"sample.md"_s);
    QVERIFY(m_window->exporter()->exportTo(exported, ExportFormat::Markdown));
    QVERIFY(test::sameText(test::readTextFile(exported), test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"))));

    // Exporting Markdown over the report itself would replace it, series and all: refused.
    const QString reportPath = m_window->document()->filePath();
    const QByteArray saved = test::readBytes(reportPath);
    QSignalSpy refused(m_window->exporter(), &ExportController::finished);
    answerNextMessageBox(QMessageBox::Ok);
    QVERIFY(!m_window->exporter()->exportTo(reportPath, ExportFormat::Markdown));
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().at(1).toString().contains(u"the report itself"_s), qPrintable(refused.first().at(1).toString()));
    QCOMPARE(test::readBytes(reportPath), saved);
}

void TestFormEditor::recentFiles_newestFirstAndKeptForTheNextWindow()
{
    RecentFiles().clear(); // earlier tests opened files too
    const QString first = m_dir->filePath(u"first.leakreport"_s), second = m_dir->filePath(u"second.leakreport"_s);
    QVERIFY(m_window->saveTo(first));
    QVERIFY(m_window->saveTo(second));
    QVERIFY(m_window->openFile(first));
    auto *menu = m_window->findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(menu);
    QVERIFY(menu->isEnabled());
    QStringList titles;
    for (QAction *action : menu->actions())
        titles.append(action->text());
    QCOMPARE(titles.mid(0, 2), (QStringList{u"&1 first.leakreport"_s, u"&2 second.leakreport"_s}));
    QCOMPARE(menu->actions().first()->statusTip(), QDir::toNativeSeparators(first));

    m_window->close(); // the list is written at the latest when the window goes
    m_window.reset();
    QCOMPARE(RecentFiles().files().mid(0, 2), (QStringList{first, second}));
    for (int i = 0; i < RecentFiles::kMaxFiles + 3; ++i) {
        RecentFiles files;
        files.add(m_dir->filePath(u"more%1.leakreport"_s.arg(i)));
    }
    QCOMPARE(RecentFiles().files().size(), RecentFiles::kMaxFiles);
    QCOMPARE(RecentFiles().files().first(), m_dir->filePath(u"more%1.leakreport"_s.arg(RecentFiles::kMaxFiles + 2)));
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s)); // for cleanup()
}

void TestFormEditor::openMarkdown_importsIntoTheFormAndNeverWritesTheMarkdown()
{
    QString markdown = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    markdown.replace(u"## Incident Timeline"_s, u"A hand-written remark.\n\n## Incident Timeline"_s);
    const QString mdPath = m_dir->filePath(u"written.md"_s);
    QFile md(mdPath);
    QVERIFY(md.open(QIODevice::WriteOnly));
    md.write(markdown.toUtf8());
    md.close();

    QString reportText;
    QTimer::singleShot(0, [&reportText] { // the import report says where the remark went
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                reportText = box->informativeText();
                box->accept();
            }
        }
    });
    QVERIFY(m_window->openFile(mdPath));
    QCOMPARE(reportText, u"2 paragraphs kept as notes in Executive Summary\n"
                         "1 paragraph kept as notes in Incident Timeline\n"
                         "1 paragraph kept as notes in Lessons Learned"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(editorFor(u"service"_s)->focusTarget())->text(),
             u"session-gateway (WebSocket edge service)"_s);
    QVERIFY(m_window->document()->report()->content().notes.value(u"executiveSummary"_s).endsWith(u"A hand-written remark."_s));
    QVERIFY(m_window->windowTitle().startsWith(u"written.md"_s));
    QCOMPARE(m_window->document()->filePath(), QString()); // Save asks where...
    const QString suggested = m_window->document()->suggestedSavePath(m_dir->path());
    QCOMPARE(suggested, QFileInfo(m_dir->filePath(u"written.leakreport"_s)).absoluteFilePath()); // ...as .leakreport

    QVERIFY(m_window->saveTo(suggested));
    QCOMPARE(test::readTextFile(mdPath), markdown); // the Markdown file is untouched
    QVERIFY(m_window->exporter()->exportTo(mdPath, ExportFormat::Markdown));    // and "Export Markdown" writes it on request,
    QString expected = test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"));
    expected.replace(u"\n---\n\n## Incident Timeline"_s, u"\nA hand-written remark.\n\n---\n\n## Incident Timeline"_s);
    QVERIFY(test::sameText(test::readTextFile(mdPath), expected)); // the remark as the section's last note
}

void TestFormEditor::exportPdfAndHtml_fromTheWindow_writeNextToTheReport()
{
    const QString samplePath = m_dir->filePath(u"gateway.leakreport"_s);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, samplePath));
    QFile::setPermissions(samplePath, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(samplePath));
    ExportController *exporter = m_window->exporter();
    const QString pdfPath = exporter->suggestedPath(ExportFormat::Pdf, QString());
    QCOMPARE(pdfPath, m_dir->filePath(u"gateway.pdf"_s));
    QCOMPARE(exporter->suggestedPath(ExportFormat::Html, QString()), m_dir->filePath(u"gateway.html"_s));

    // The page size is a menu choice that the next export uses.
    auto *letter = m_window->findChild<QAction *>(u"actionPageSizeLetter"_s);
    QVERIFY(letter);
    letter->trigger();
    QCOMPARE(exporter->pageSize(), QPageSize::Letter);

    QSignalSpy finished(exporter, &ExportController::finished);
    auto *exportPdf = m_window->findChild<QAction *>(u"actionExportPdf"_s);
    QVERIFY(exporter->exportTo(pdfPath, ExportFormat::Pdf));
    QVERIFY(exporter->isBusy());
    QVERIFY(!exportPdf->isEnabled()); // one export at a time
    QTest::keyClick(editorFor(u"service"_s)->focusTarget(), Qt::Key_End);
    QTest::keyClicks(editorFor(u"service"_s)->focusTarget(), u" typed meanwhile"_s); // typing goes on
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.first().at(1).toString(), QString()); // no error
    QVERIFY(exportPdf->isEnabled());
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Exported to"_s));

    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {pdfPath});
    QVERIFY(pdfinfo.waitForFinished(30000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    QVERIFY2(info.contains(u"letter"_s), qPrintable(info));
    QVERIFY(info.contains(u"session-gateway (WebSocket edge service)\n"_s)); // as it was when exporting

    const QString htmlPath = exporter->suggestedPath(ExportFormat::Html, QString());
    QVERIFY(exporter->exportTo(htmlPath, ExportFormat::Html));
    QVERIFY(finished.wait(30000));
    const QString service = m_window->document()->report()->value(u"service"_s);
    QCOMPARE(service, u"session-gateway (WebSocket edge service) typed meanwhile"_s);
    QVERIFY(test::readTextFile(htmlPath).contains(service.toHtmlEscaped()));
    m_window->findChild<QAction *>(u"actionPageSizeA4"_s)->trigger();
}

void TestFormEditor::memoryData_importChartAndFill_undoable()
{
    // Before: 200 MB + 10 MB/hour for 7 hours; after: flat 205 MB (see tst_datafill for the numbers).
    const auto csv = [](double (*mbAt)(double)) {
        QByteArray text = "\"Time\",\"heap\"\n";
        for (int minute = 0; minute <= 7 * 60; minute += 5)
            text += QByteArray::number(1763460000 + minute * 60) + ',' + QByteArray::number(qint64(mbAt(minute / 60.0) * 1e6)) + '\n';
        return text;
    };
    const auto importAs = [&](const QByteArray &text, SeriesRole role) {
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        const SeriesImportResult imported = SeriesImporter::read(buffer, u"test.csv"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        m_window->memoryDataPanel()->addSeries(imported.series.first(), role);
    };
    m_window->resize(1600, 1200); // room for a chart in the dock that the curves can be told apart on
    m_window->showMemoryData();
    MemoryDataPanel *panel = m_window->memoryDataPanel();
    QVERIFY(panel->isVisible());
    importAs(csv([](double h) { return 200 + 10 * h; }), SeriesRole::Before);
    importAs(csv([](double) { return 205.0; }), SeriesRole::After);
    QCOMPARE(m_window->document()->report()->content().series.size(), 2);
    QCOMPARE(panel->findChild<QTableWidget *>(u"seriesTable"_s)->rowCount(), 2);
    const QString statistics = panel->findChild<QLabel *>(u"seriesStatistics"_s)->text();
    QVERIFY2(statistics.startsWith(u"<b>Before fix</b>: growth 10 MB/hour (R\u00b2 1.00), baseline 205 MB, after 6 h 260 MB, peak 270 MB, "
                                   "95 % interval 10 to 10 MB/hour<br/>"
                                   "<b>After fix</b>: growth 0 MB/hour, baseline 205 MB, after 6 h 205 MB, peak 205 MB, "
                                   "95 % interval 0 to 0 MB/hour<br/>"
                                   "<b>Improvement</b>: growth 10 MB/hour less, 21.2% less after 6 h, peak 24.1% lower<br/>"_s),
             qPrintable(statistics));

    // The chart shows both curves, downsampled, and zooms.
    // The chart's size is the dock's: waited for, not set (the dock's layout would undo a resize).
    MemoryChart *chart = panel->chart();
    QTRY_VERIFY2(chart->width() >= 800 && chart->height() >= 400,
                 qPrintable(u"%1 x %2"_s.arg(chart->width()).arg(chart->height())));
    QVERIFY(chart->drawnPointCount(0) > 10);
    QVERIFY(chart->drawnPointCount(1) > 10);
    chart->setVisibleHours(1, 2);
    QCOMPARE(chart->visibleHours(), qMakePair(1.0, 2.0));
    // The memory limit and the deploy marker are lines of their own, named in the legend.
    panel->findChild<QDoubleSpinBox *>(u"memoryLimit"_s)->setValue(300);
    panel->findChild<QDoubleSpinBox *>(u"deployMarker"_s)->setValue(3);
    QStringList names;
    for (const QAbstractSeries *series : chart->chart()->series())
        names.append(series->name());
    QVERIFY2(names.contains(u"Limit 300 MB"_s) && names.contains(u"Deploy (3.0 h)"_s), qPrintable(names.join(u", "_s)));
    chart->setVisibleHours(1, 2);
    // Both curves are drawn, in their roles' colours (ChartColours: vermilion before, blue after
    // on a light palette); the scene draws what changed on a later turn of the event loop.
    const QColor beforeColour = ChartColours::seriesPen(SeriesRole::Before, chart->palette()).color();
    const QColor afterColour = ChartColours::seriesPen(SeriesRole::After, chart->palette()).color();
    const auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) < 90;
    };
    int before = 0, after = 0;
    const auto countColours = [&] {
        const QImage image = chart->grab().toImage();
        before = after = 0;
        for (int y = 0; y < image.height(); ++y) { // every row: the after curve is a flat line
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                // The curves and their trend lines (the after curve lies under its flat trend
                // line, so its own shade alone is not counted on) are near their role's colour.
                before += near(c, beforeColour);
                after += near(c, afterColour);
            }
        }
        return before > 20 && after > 20;
    };
    QTRY_VERIFY2(countColours(), qPrintable(u"before %1, after %2"_s.arg(before).arg(after)));

    // Fill From Data: one undo step; nothing typed here, so no question is asked.
    QUndoStack *undo = m_window->document()->undoStack();
    const int steps = undo->count();
    panel->fillReportFromData();
    QCOMPARE(undo->count(), steps + 1);
    QCOMPARE(m_window->document()->report()->value(u"beforeFixGrowthRate"_s), u"10"_s);
    // The status bar says which fields it filled (before: nothing was said).
    const QString said = m_window->statusBar()->currentMessage();
    QVERIFY2(said.startsWith(u"Fill From Data changed "_s) && said.endsWith(u"Undo takes it back."_s), qPrintable(said));
    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    for (const QString &id : {u"beforeFixGrowthRate"_s, u"improvementMemoryReduction"_s})
        QVERIFY2(said.contains(t.field(id)->label), qPrintable(said));
    // An export says which files it wrote beside the document (the alert rules were written
    // without a word).
    QSignalSpy exported(m_window->exporter(), &ExportController::finished);
    QVERIFY(m_window->exporter()->exportTo(m_dir->filePath(u"charted.md"_s), ExportFormat::Markdown));
    QTRY_COMPARE(exported.count(), 1); // Markdown is written at once, the others in a worker
    const QString exportSaid = m_window->statusBar()->currentMessage();
    QVERIFY2(exportSaid.contains(u"Beside it: charted.assets/memory-chart.png"_s)
                 && exportSaid.contains(u"charted.assets/memory-leak-alerts.yml"_s),
             qPrintable(exportSaid));
    QVERIFY(QFile::exists(m_dir->filePath(u"charted.assets/memory-leak-alerts.yml"_s)));
    QCOMPARE(m_window->document()->report()->value(u"improvementMemoryReduction"_s), u"21% at 6 hours (260 MB to 205 MB)"_s);
    undo->undo();
    QCOMPARE(m_window->document()->report()->value(u"beforeFixGrowthRate"_s), QString());
    undo->undo(); // the after series
    QCOMPARE(m_window->document()->report()->content().series.size(), 1);
    QTRY_COMPARE(panel->findChild<QTableWidget *>(u"seriesTable"_s)->rowCount(), 1);
}

void TestFormEditor::unsavedChanges_promptOnClose()
{
    QTest::keyClicks(editorFor(u"service"_s)->focusTarget(), u"unsaved"_s);
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->document()->report()->value(u"service"_s), u"unsaved"_s);
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->close());
}

void TestFormEditor::windowTitle_showsNameAndModifiedMarker()
{
    QVERIFY(m_window->windowTitle().startsWith(u"Untitled[*]"_s));
    QVERIFY(!m_window->isWindowModified());
    QTest::keyClicks(editorFor(u"service"_s)->focusTarget(), u"x"_s);
    QVERIFY(m_window->isWindowModified());
    const QString path = m_dir->filePath(u"named.leakreport"_s);
    QVERIFY(m_window->saveTo(path));
    QVERIFY(m_window->windowTitle().startsWith(u"named.leakreport[*]"_s));
    QVERIFY(!m_window->isWindowModified());
}

QTEST_MAIN(TestFormEditor)
#include "tst_formeditor.moc"
