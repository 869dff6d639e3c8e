#include "testsupport.h"

#include "commandline.h"
#include "charts/memorydatapanel.h"
#include "form/fieldeditor.h"
#include "form/formbinder.h"
#include "form/rowseteditor.h"
#include "form/sectionpage.h"
#include "io/reportfile.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "window/mainwindow.h"
#include "window/previewpane.h"
#include "window/reportdocument.h"
#include "window/sectionnavigator.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include "form/codeedit.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace lr;

// How the editor is worked from the keyboard and the mouse: shortcuts, mnemonics, Tab order,
// tables and text boxes that fit what they hold. Offscreen, as a user would drive it.
class TestInteraction : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clearAction_showsWithTextAndEmptiesTheFieldInOneStep();

    void qtStandardOptions_openTheEditor_data();
    void qtStandardOptions_openTheEditor();
    void standardShortcuts_setWhereThePlatformLeavesThemEmpty_data();
    void standardShortcuts_setWhereThePlatformLeavesThemEmpty();
    void deleteOnACell_clearsTheCellNotTheRow();
    void removeSeries_disabledOnAnEmptyTable();
    void openFile_showsTheHeaderPage();
    void saveAs_proposesANameFromServiceAndDate();
    void openDialog_startsInTheLastFolder();
    void tables_showEveryRowAndTheWheelScrollsThePage();
    void tab_fromTheNavigatorGoesToTheFormBeforeThePreview();
    void mnemonics_neverClashInAnyWindowState();
    void accessibleNames_comeFromTheLabels();
    void accessibleTree_everyInputOfEveryPageIsNamed();
    void codeEditors_growWithTheirLines_andNumberThem();
    void codeEditors_tabIndents_ctrlTabMovesOn();
    void codeEditors_wheelScrollsThePageNotSideways();

private:
    SectionPage *currentPage() const;
    int sectionIndex(const QString &sectionId) const;
    void showSection(const QString &sectionId);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestInteraction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    test::useOwnSettings(m_settingsDir.path());
}

void TestInteraction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->buildAllPages();
}

void TestInteraction::cleanup()
{
    m_window->document()->undoStack()->setClean();
    m_window->close();
    m_window.reset();
    m_dir.reset();
}

SectionPage *TestInteraction::currentPage() const
{
    auto *pages = m_window->findChild<QStackedWidget *>(u"pages"_s);
    return pages ? qobject_cast<SectionPage *>(pages->currentWidget()) : nullptr;
}

int TestInteraction::sectionIndex(const QString &sectionId) const
{
    const QList<SectionDef> &sections = m_window->document()->report()->reportTemplate().sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].id == sectionId)
            return i;
    }
    return -1;
}

void TestInteraction::showSection(const QString &sectionId)
{
    m_window->navigator()->setCurrentSection(sectionIndex(sectionId));
}

// `leakreport -style Fusion report.leakreport` opens the editor on the report: Qt's options are
// not a command (it once said 'unknown command "Fusion"').
void TestInteraction::qtStandardOptions_openTheEditor_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("commandLine");
    QTest::newRow("-style Fusion FILE") << QStringList{u"leakreport"_s, u"-style"_s, u"Fusion"_s, u"r.leakreport"_s} << false;
    QTest::newRow("-style Fusion") << QStringList{u"leakreport"_s, u"-style"_s, u"Fusion"_s} << false;
    QTest::newRow("--platform xcb -reverse FILE")
        << QStringList{u"leakreport"_s, u"--platform"_s, u"xcb"_s, u"-reverse"_s, u"r.md"_s} << false;
    QTest::newRow("-stylesheet s.qss") << QStringList{u"leakreport"_s, u"-stylesheet"_s, u"s.qss"_s} << false;
    QTest::newRow("-style Fusion export") << QStringList{u"leakreport"_s, u"-style"_s, u"Fusion"_s, u"export"_s} << true;
    QTest::newRow("help export") << QStringList{u"leakreport"_s, u"help"_s, u"export"_s} << true;
}

void TestInteraction::qtStandardOptions_openTheEditor()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, commandLine);
    QCOMPARE(CommandLine::wantsCommandLine(arguments), commandLine);
}

// Where the platform's key scheme has no key for an action (Save As on plain X11, Quit under
// some platform themes), the conventional one is set; the platform's own keys stay first.
void TestInteraction::standardShortcuts_setWhereThePlatformLeavesThemEmpty_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("expected");
    QTest::newRow("New") << u"actionNew"_s << QKeySequence(Qt::CTRL | Qt::Key_N);
    QTest::newRow("Open") << u"actionOpen"_s << QKeySequence(Qt::CTRL | Qt::Key_O);
    QTest::newRow("Save") << u"actionSave"_s << QKeySequence(Qt::CTRL | Qt::Key_S);
    QTest::newRow("Save As") << u"actionSaveAs"_s << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QTest::newRow("Close") << u"actionClose"_s << QKeySequence(Qt::CTRL | Qt::Key_W);
    QTest::newRow("Quit") << u"actionQuit"_s << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("Undo") << u"actionUndo"_s << QKeySequence(Qt::CTRL | Qt::Key_Z);
    QTest::newRow("Redo") << u"actionRedo"_s << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
}

void TestInteraction::standardShortcuts_setWhereThePlatformLeavesThemEmpty()
{
    QFETCH(QString, action);
    QFETCH(QKeySequence, expected);
    auto *found = m_window->findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    QVERIFY2(found->shortcuts().contains(expected),
             qPrintable(action + u" has "_s + QKeySequence::listToString(found->shortcuts())));
    // No key twice among the window's actions: a shared key triggers neither.
    for (QAction *other : m_window->findChildren<QAction *>()) {
        if (other != found && !other->shortcuts().isEmpty() && other->shortcuts().contains(expected))
            QFAIL(qPrintable(other->objectName() + u" also has "_s + expected.toString()));
    }
}

// Delete clears what the cell holds, as in a spreadsheet; removing the row is the Remove
// button's (Ctrl+Delete).
void TestInteraction::deleteOnACell_clearsTheCellNotTheRow()
{
    showSection(u"incidentTimeline"_s);
    RowSetEditor *editor = m_window->binder()->rowSetEditor(u"timeline"_s);
    QVERIFY(editor);
    auto *view = editor->findChild<QTableView *>();
    QAbstractItemModel *model = view->model();
    const int rows = model->rowCount();
    QVERIFY(rows >= 2);
    QVERIFY(model->setData(model->index(1, 1), u"Alert fired"_s));
    view->setFocus();
    view->setCurrentIndex(model->index(1, 1));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(model->index(1, 1).data().toString(), QString());
    QTRY_COMPARE(m_window->document()->undoStack()->undoText(), m_window->document()->undoStack()->undoText());
    m_window->document()->undoStack()->undo();
    QCOMPARE(model->index(1, 1).data().toString(), u"Alert fired"_s);
    view->setCurrentIndex(model->index(1, 1));
    QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier);
    QCOMPARE(model->rowCount(), rows - 1);
}

void TestInteraction::removeSeries_disabledOnAnEmptyTable()
{
    QAction *memoryData = m_window->findChild<QAction *>(u"actionToggleMemoryData"_s);
    QVERIFY(memoryData);
    memoryData->trigger();
    auto *panel = m_window->findChild<MemoryDataPanel *>();
    QVERIFY(panel);
    QPushButton *remove = nullptr;
    for (QPushButton *button : panel->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == u"Remove")
            remove = button;
    }
    QVERIFY(remove);
    QVERIFY(m_window->document()->report()->content().series.isEmpty());
    QVERIFY2(!remove->isEnabled(), "Remove is enabled with no series to remove");
}

void TestInteraction::openFile_showsTheHeaderPage()
{
    const QString path = m_dir->filePath(u"sample.leakreport"_s);
    QString error;
    QVERIFY2(ReportFile::save(path, m_window->document()->report()->reportTemplate(), test::sampleContent(), &error),
             qPrintable(error));
    showSection(u"lessonsLearned"_s);
    QVERIFY(m_window->navigator()->currentSection() > 0);
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->navigator()->currentSection(), 0);
    QCOMPARE(currentPage()->objectName(), u"page_header"_s);
}

void TestInteraction::saveAs_proposesANameFromServiceAndDate()
{
    ReportDocument *document = m_window->document();
    const QString folder = m_dir->path();
    QCOMPARE(QFileInfo(document->suggestedSavePath(folder)).fileName(), u"memory-leak-report.leakreport"_s);
    document->editor()->setValue(u"service"_s, u"Checkout API (EU/West)"_s);
    document->editor()->setValue(u"date"_s, u"2026-11-18"_s);
    QCOMPARE(document->suggestedSavePath(folder), QDir(folder).filePath(u"checkout-api-eu-west-2026-11-18.leakreport"_s));
    document->editor()->setValue(u"date"_s, QString());
    QCOMPARE(QFileInfo(document->suggestedSavePath(folder)).fileName(), u"checkout-api-eu-west.leakreport"_s);
}

// The Open dialog starts where the last report was opened or saved, in this window or an earlier one.
void TestInteraction::openDialog_startsInTheLastFolder()
{
    QTemporaryDir elsewhere;
    const QString path = QDir(elsewhere.path()).filePath(u"kept.leakreport"_s);
    QString error;
    QVERIFY2(ReportFile::save(path, m_window->document()->report()->reportTemplate(), test::sampleContent(), &error),
             qPrintable(error));
    QVERIFY(m_window->openFile(path));
    m_window->document()->undoStack()->setClean();
    m_window->close();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s));
    QCOMPARE(QDir(m_window->openDirectory()).canonicalPath(), QDir(elsewhere.path()).canonicalPath());
}

// Every table shows all its rows (the timeline showed 5½ of 6), and the wheel over a table
// scrolls the page around it instead of the table's rows (which hid row 1).
void TestInteraction::tables_showEveryRowAndTheWheelScrollsThePage()
{
    showSection(u"incidentTimeline"_s);
    SectionPage *page = currentPage();
    QVERIFY(page);
    const QList<QTableView *> tables = page->findChildren<QTableView *>();
    QVERIFY(!tables.isEmpty());
    for (QTableView *view : tables) {
        const int rows = view->model()->rowCount();
        QTRY_VERIFY2(view->visualRect(view->model()->index(rows - 1, 0)).bottom() < view->viewport()->height(),
                     qPrintable(view->objectName()));
        QCOMPARE(view->verticalScrollBar()->maximum(), 0);
    }
    QTableView *view = tables.first();
    page->ensureWidgetVisible(view, 0, 0);
    QTRY_VERIFY(page->verticalScrollBar()->maximum() > 0);
    const int before = page->verticalScrollBar()->value();
    const QPoint at = view->viewport()->rect().center();
    QWheelEvent wheel(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel);
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QVERIFY2(page->verticalScrollBar()->value() > before, "the wheel over a table did not scroll the page");
}

// Tab from the section list lands in the form's first field; the preview (whose links Tab used
// to walk first) comes after the form, and Tab leaves it in one step.
void TestInteraction::tab_fromTheNavigatorGoesToTheFormBeforeThePreview()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    showSection(u"header"_s);
    m_window->navigator()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->navigator());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_window->binder()->fieldEditor(u"service"_s)->focusTarget());
    QWidget *preview = m_window->preview();
    int tabs = 1;
    while (!preview->isAncestorOf(QApplication::focusWidget()) && tabs < 200) {
        QVERIFY2(currentPage()->isAncestorOf(QApplication::focusWidget()),
                 qPrintable(u"Tab left the form for "_s + QString::fromLatin1(QApplication::focusWidget()->metaObject()->className())));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ++tabs;
    }
    QVERIFY2(preview->isAncestorOf(QApplication::focusWidget()), "the preview cannot be reached with Tab");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY2(!m_window->preview()->browser()->isAncestorOf(QApplication::focusWidget())
                 && QApplication::focusWidget() != m_window->preview()->browser(),
             "Tab walks the preview's links");
}

namespace {
// The Alt+letter of a widget's text, or a null character.
QChar mnemonicOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    return QChar(key[0].key()).toLower();
}

QString describe(const QWidget *widget, const QString &text)
{
    return QString::fromLatin1(widget->metaObject()->className()) + u" \""_s + text + u'"';
}

// Every Alt+letter live in the window now: visible labels with a buddy, buttons, the menu bar.
QMultiHash<QChar, QString> liveMnemonics(QMainWindow *window)
{
    QMultiHash<QChar, QString> found;
    for (QAction *menu : window->menuBar()->actions()) {
        if (const QChar c = mnemonicOf(menu->text()); !c.isNull())
            found.insert(c, u"menu \""_s + menu->text() + u'"');
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != window)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget); group && group->isCheckable())
            text = group->title();
        if (const QChar c = mnemonicOf(text); !c.isNull())
            found.insert(c, describe(widget, text));
    }
    return found;
}

QStringList clashes(const QMultiHash<QChar, QString> &mnemonics)
{
    QStringList found;
    for (const QChar c : mnemonics.uniqueKeys()) {
        if (mnemonics.count(c) > 1)
            found.append(u"Alt+%1: %2"_s.arg(c, mnemonics.values(c).join(u", "_s)));
    }
    return found;
}
} // namespace

// Alt+letter goes to one place: with Memory Data open, Alt+F alternated between the File menu
// and Fill Report From Data, and Paste and Deploy at shared P. Each section page, with and
// without the Memory Data panel, and each menu.
void TestInteraction::mnemonics_neverClashInAnyWindowState()
{
    QStringList found;
    QAction *memoryData = m_window->findChild<QAction *>(u"actionToggleMemoryData"_s);
    const qsizetype sections = m_window->document()->report()->reportTemplate().sections().size();
    for (const bool memoryShown : {false, true}) {
        if (memoryData->isChecked() != memoryShown)
            memoryData->trigger();
        QTRY_COMPARE(m_window->findChild<QDockWidget *>(u"memoryDock"_s)->isVisible(), memoryShown);
        for (int i = 0; i < sections; ++i) {
            m_window->navigator()->setCurrentSection(i);
            for (const QString &clash : clashes(liveMnemonics(m_window.get())))
                found.append(u"%1%2: %3"_s.arg(currentPage()->objectName(), memoryShown ? u" + Memory Data"_s : QString(), clash));
        }
    }
    for (QMenu *menu : m_window->findChildren<QMenu *>()) {
        QMultiHash<QChar, QString> inMenu;
        for (QAction *action : menu->actions()) {
            if (const QChar c = mnemonicOf(action->text()); !c.isNull() && action->isVisible())
                inMenu.insert(c, action->text());
        }
        for (const QString &clash : clashes(inMenu))
            found.append(menu->title() + u": "_s + clash);
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

namespace {
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name) : QString();
}
} // namespace

// A screen reader says "Service, edit": each input's accessible name is its label's text
// (without the mnemonic's & and the colon), its description the template's hint, and the
// navigator reads out how much of each section is filled.
void TestInteraction::accessibleNames_comeFromTheLabels()
{
    QStringList wrong;
    const QList<SectionDef> &sections = m_window->document()->report()->reportTemplate().sections();
    for (int i = 0; i < sections.size(); ++i) {
        m_window->navigator()->setCurrentSection(i);
        for (QLabel *label : currentPage()->findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            QString expected = label->text().remove(u'&').trimmed();
            if (expected.endsWith(u':'))
                expected.chop(1);
            // On Linux a combo box's accessible name is its current text, and the label comes
            // through the "labelled by" relation: its accessibleName property is what we set.
            const QString name = qobject_cast<QComboBox *>(label->buddy()) ? label->buddy()->accessibleName()
                                                                            : accessibleName(label->buddy());
            if (name != expected)
                wrong.append(u"%1: \"%2\" named \"%3\""_s.arg(label->buddy()->objectName(), expected,
                                                               name));
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QWidget *service = m_window->binder()->fieldEditor(u"service"_s)->focusTarget();
    QVERIFY(!QAccessible::queryAccessibleInterface(service)->text(QAccessible::Description).isEmpty());

    QAccessibleInterface *navigator = QAccessible::queryAccessibleInterface(m_window->navigator());
    QVERIFY(navigator);
    QStringList names;
    for (int i = 0; i < navigator->childCount(); ++i)
        names.append(navigator->child(i)->text(QAccessible::Name));
    QVERIFY2(names.join(u'|').contains(u"Header, 0 of "_s), qPrintable(names.join(u'|')));
}

namespace {
void collectUnnamed(QAccessibleInterface *interface, const QString &path, QStringList *unnamed, int depth = 0)
{
    static const QList<QAccessible::Role> inputs = {QAccessible::EditableText, QAccessible::ComboBox, QAccessible::CheckBox,
                                                    QAccessible::SpinBox, QAccessible::Table, QAccessible::Tree,
                                                    QAccessible::PushButton, QAccessible::List};
    if (!interface || depth > 40 || interface->state().invisible)
        return;
    const QString name = interface->text(QAccessible::Name);
    const QString here = path + u'/' + (interface->object() ? interface->object()->objectName() : QString());
    if (inputs.contains(interface->role()) && name.trimmed().isEmpty())
        unnamed->append(here + u" ("_s + QString::number(int(interface->role()), 16) + u')');
    if (interface->role() == QAccessible::Table || interface->role() == QAccessible::Tree)
        return; // the cells are named by their data
    for (int i = 0; i < interface->childCount(); ++i)
        collectUnnamed(interface->child(i), here, unnamed, depth + 1);
}
} // namespace

// A screen reader's view of each page: every input the tree holds has a name.
void TestInteraction::accessibleTree_everyInputOfEveryPageIsNamed()
{
    const QList<SectionDef> &sections = m_window->document()->report()->reportTemplate().sections();
    QStringList unnamed;
    int inputs = 0;
    for (int i = 0; i < sections.size(); ++i) {
        m_window->navigator()->setCurrentSection(i);
        collectUnnamed(QAccessible::queryAccessibleInterface(currentPage()), currentPage()->objectName(), &unnamed);
        inputs += int(currentPage()->findChildren<QLineEdit *>().size() + currentPage()->findChildren<QPlainTextEdit *>().size());
    }
    QVERIFY(inputs > 50);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
}

namespace {
CodeEdit *codeEditor(MainWindow *window, const QString &fieldId)
{
    return qobject_cast<CodeEdit *>(window->binder()->fieldEditor(fieldId)->focusTarget());
}
} // namespace

// Code boxes were about six lines tall with both scroll bars: they grow with their lines (up to
// CodeEdit::kMaxLines), show line numbers in a gutter that widens with the count, and scroll
// only beyond that.
void TestInteraction::codeEditors_growWithTheirLines_andNumberThem()
{
    showSection(u"rootCauseAnalysis"_s);
    CodeEdit *code = codeEditor(m_window.get(), u"vulnerableCode"_s);
    QVERIFY(code);
    QStringList lines;
    for (int i = 1; i <= 12; ++i)
        lines.append(u"const line%1 = %1;"_s.arg(i));
    code->setPlainText(lines.join(u'\n'));
    const int twelve = code->height();
    QTRY_COMPARE(code->visibleLineNumbers().size(), 12);
    QCOMPARE(code->visibleLineNumbers().first(), 1);
    QTRY_COMPARE(code->verticalScrollBar()->maximum(), 0); // once the layout has given it the height
    const int narrowGutter = code->gutterWidth();
    for (int i = 13; i <= 120; ++i)
        lines.append(u"const line%1 = %1;"_s.arg(i));
    code->setPlainText(lines.join(u'\n'));
    QVERIFY2(code->height() > twelve, qPrintable(u"%1 <= %2"_s.arg(code->height()).arg(twelve)));
    QVERIFY(code->gutterWidth() > narrowGutter); // three digits
    QTRY_VERIFY(code->verticalScrollBar()->maximum() > 0); // beyond kMaxLines it scrolls
    QVERIFY(code->viewport()->geometry().left() >= code->gutterWidth());
}

// Tab types a tab (code is indented with it); with lines selected it indents each and Shift+Tab
// outdents them; Ctrl+Tab leaves the box and Ctrl+Shift+Tab goes back. Tab used to leave the box.
void TestInteraction::codeEditors_tabIndents_ctrlTabMovesOn()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    showSection(u"rootCauseAnalysis"_s);
    CodeEdit *code = codeEditor(m_window.get(), u"vulnerableCode"_s);
    code->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QTest::keyClick(code, Qt::Key_Tab);
    QTest::keyClicks(code, u"x();"_s);
    QCOMPARE(QApplication::focusWidget(), code);
    QCOMPARE(code->toPlainText(), u"\tx();"_s);
    QCOMPARE(m_window->document()->report()->value(u"vulnerableCode"_s), u"\tx();"_s);

    code->setPlainText(u"a\n  b\nc"_s);
    code->selectAll();
    QTest::keyClick(code, Qt::Key_Tab);
    QCOMPARE(code->toPlainText(), u"\ta\n\t  b\n\tc"_s);
    QTest::keyClick(code, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(code, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(code->toPlainText(), u"a\nb\nc"_s);

    QTest::keyClick(code, Qt::Key_Tab, Qt::ControlModifier);
    QWidget *next = QApplication::focusWidget();
    QVERIFY(next && next != code);
    code->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), code);
    QTest::keyClick(code, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(QApplication::focusWidget() != code && QApplication::focusWidget() != next);
}

// Grown to its lines, a code box has nothing to scroll up or down: the wheel over it scrolls the
// page (QAbstractScrollArea turned it into sideways scrolling of the box).
void TestInteraction::codeEditors_wheelScrollsThePageNotSideways()
{
    showSection(u"rootCauseAnalysis"_s);
    SectionPage *page = currentPage();
    CodeEdit *code = codeEditor(m_window.get(), u"vulnerableCode"_s);
    code->setPlainText(u"short();\n"_s + QString(400, u'x'));
    QTRY_VERIFY(code->horizontalScrollBar()->maximum() > 0);
    page->ensureWidgetVisible(code, 0, 0);
    QTRY_VERIFY(page->verticalScrollBar()->maximum() > 0);
    const int before = page->verticalScrollBar()->value();
    const QPoint at = code->viewport()->rect().center();
    QWheelEvent wheel(at, code->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(code->viewport(), &wheel);
    QCOMPARE(code->horizontalScrollBar()->value(), 0);
    QVERIFY2(page->verticalScrollBar()->value() > before, "the wheel over a code box did not scroll the page");
}

// Text fields have a clear button as QLineEdit's own (which looked its icon up in the icon theme
// twice per field at start-up): shown while there is text, one undo step.
void TestInteraction::clearAction_showsWithTextAndEmptiesTheFieldInOneStep()
{
    auto *service = qobject_cast<QLineEdit *>(m_window->binder()->fieldEditor(u"service"_s)->focusTarget());
    QVERIFY(service);
    QAction *clear = nullptr;
    for (QAction *action : service->actions()) {
        if (action->text() == u"Clear"_s)
            clear = action;
    }
    QVERIFY(clear);
    QVERIFY(!clear->isVisible());
    QTest::keyClicks(service, u"session-gateway"_s);
    QVERIFY(clear->isVisible());
    m_window->document()->editor()->closeMergeWindow();
    QUndoStack *undo = m_window->document()->undoStack();
    const int steps = undo->count();
    clear->trigger();
    QCOMPARE(service->text(), QString());
    QCOMPARE(m_window->document()->report()->value(u"service"_s), QString());
    QVERIFY(!clear->isVisible());
    QCOMPARE(undo->count(), steps + 1);
    undo->undo();
    QCOMPARE(m_window->document()->report()->value(u"service"_s), u"session-gateway"_s);
    // Number fields are short and have none.
    auto *crashes = qobject_cast<QLineEdit *>(m_window->binder()->fieldEditor(u"impactOomIncidents"_s)->focusTarget());
    QVERIFY(crashes);
    QVERIFY(!service->isClearButtonEnabled() && !crashes->isClearButtonEnabled()); // not Qt's own: ours
}

QTEST_MAIN(TestInteraction)
#include "tst_interaction.moc"
