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
#include <QApplication>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
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

    void qtStandardOptions_openTheEditor_data();
    void qtStandardOptions_openTheEditor();
    void standardShortcuts_setWhereThePlatformLeavesThemEmpty_data();
    void standardShortcuts_setWhereThePlatformLeavesThemEmpty();
    void deleteOnACell_clearsTheCellNotTheRow();
    void removeSeries_disabledOnAnEmptyTable();
    void openFile_showsTheHeaderPage();
    void saveAs_proposesANameFromServiceAndDate();
    void openDialog_startsInTheLastFolder();

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

QTEST_MAIN(TestInteraction)
#include "tst_interaction.moc"
