// The editor's Heap Snapshots panel (issue 16, item 4): snapshots compared on a worker thread with
// progress and Cancel while the window stays responsive, the comparison recorded as one undo step,
// a sortable and filterable class table, the retainer path as a tree, and Fill From Snapshots
// asking before it replaces typed text. The comparison itself is faked here; the panel only needs
// HeapComparer's contract (files in, comparison or "file: reason" out, progress that can cancel).
#include "heapsample.h"

#include "heap/heapclassmodel.h"
#include "heap/heapsnapshotsdock.h"
#include "heap/heapsnapshotspanel.h"
#include "heap/snapshotfill.h"
#include "model/report.h"
#include "model/reporteditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QTabBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUrl>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

// What the fake comparison saw and did, shared with its worker thread.
struct FakeComparer
{
    QStringList files;
    std::atomic_bool runUntilCancelled = false;
    std::atomic_bool sawCancel = false;
    QString failWith;

    HeapComparisonRunner::CompareFunction function()
    {
        return [this](const QStringList &given, QString *error, const HeapComparer::ProgressCallback &progress)
                   -> std::optional<HeapComparison> {
            files = given;
            if (runUntilCancelled) {
                // Like a parse of a large snapshot: progress until the user cancels.
                for (double done = 0;; done = std::min(0.99, done + 1e-4)) {
                    if (!progress(done)) {
                        sawCancel = true;
                        *error = given.first() + u": cancelled"_s;
                        return std::nullopt;
                    }
                    std::this_thread::yield();
                }
            }
            if (!failWith.isEmpty()) {
                *error = failWith;
                return std::nullopt;
            }
            progress(0.5);
            HeapComparison comparison = test::sampleHeapComparison();
            comparison.snapshots = comparison.snapshots.first(given.size());
            return comparison;
        };
    }
};

// Answers the next message box with the button named `buttonName`, once it shows.
void answerNextMessageBox(const QString &buttonName, QString *text)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *text = box->text() + u'\n' + box->detailedText();
        QAbstractButton *button = buttonName == u"cancel"_s ? box->button(QMessageBox::Cancel)
                                                            : box->findChild<QAbstractButton *>(buttonName);
        QVERIFY(button);
        button->click();
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

class TestHeapSnapshotsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_report = std::make_unique<Report>(ReportTemplate::builtin());
        m_undo = std::make_unique<QUndoStack>();
        m_editor = std::make_unique<ReportEditor>(m_report.get(), m_undo.get());
        m_fake = std::make_unique<FakeComparer>();
        m_panel = std::make_unique<HeapSnapshotsPanel>(m_editor.get(), m_fake->function());
        m_panel->resize(1100, 420);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset(); // waits for a worker still running
        m_editor.reset();
        m_undo.reset();
        m_report.reset();
    }

    void twoSnapshots_areComparedAndRecordedAsOneUndoStep()
    {
        QSignalSpy finished(m_panel->runner(), &HeapComparisonRunner::finished);
        m_panel->addSnapshots({u"/tmp/a.heapsnapshot"_s, u"/tmp/b.heapsnapshot"_s});
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_fake->files, QStringList({u"/tmp/a.heapsnapshot"_s, u"/tmp/b.heapsnapshot"_s}));
        QCOMPARE(m_report->content().heapComparison.snapshots.size(), 2);
        QCOMPARE(m_undo->count(), 1);
        QCOMPARE(m_undo->undoText(), u"Add Heap Snapshots"_s);
        auto *snapshots = m_panel->findChild<QTableWidget *>(u"snapshotTable"_s);
        QCOMPARE(snapshots->rowCount(), 2);
        QCOMPARE(snapshots->item(1, 0)->text(), u"Heap-20261207-054012-4242-1.heapsnapshot"_s);
        QCOMPARE(snapshots->item(1, 1)->text(), u"30.5 MB"_s);
        QVERIFY(m_panel->findChild<QPushButton *>(u"fillFromSnapshots"_s)->isEnabled());
        m_undo->undo();
        QCOMPARE(m_report->content().heapComparison, HeapComparison());
        QCOMPARE(snapshots->rowCount(), 0);
    }

    void oneSnapshot_waitsForTheNext_fourAreRefused()
    {
        auto *status = m_panel->findChild<QLabel *>(u"snapshotStatus"_s);
        QSignalSpy finished(m_panel->runner(), &HeapComparisonRunner::finished);
        m_panel->addSnapshots({u"/tmp/s1.heapsnapshot"_s});
        QVERIFY(!m_panel->runner()->isRunning());
        QVERIFY2(status->text().contains(u"s1.heapsnapshot chosen"_s), qPrintable(status->text()));
        m_panel->addSnapshots({u"/tmp/s2.heapsnapshot"_s});
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_fake->files, QStringList({u"/tmp/s1.heapsnapshot"_s, u"/tmp/s2.heapsnapshot"_s}));

        m_panel->addSnapshots({u"1"_s, u"2"_s, u"3"_s, u"4"_s});
        QVERIFY(!m_panel->runner()->isRunning());
        QVERIFY2(status->text().startsWith(u"4 snapshots chosen: compare two, or three"_s), qPrintable(status->text()));
    }

    void longComparison_showsProgress_staysResponsive_andCancels()
    {
        m_fake->runUntilCancelled = true;
        m_panel->addSnapshots({u"/tmp/big1.heapsnapshot"_s, u"/tmp/big2.heapsnapshot"_s, u"/tmp/big3.heapsnapshot"_s});
        auto *progress = m_panel->findChild<QProgressBar *>(u"comparisonProgress"_s);
        auto *cancel = m_panel->findChild<QPushButton *>(u"cancelComparison"_s);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 10000);
        QVERIFY(progress->isVisible() && cancel->isVisible());
        // The event loop runs while the worker does: a timer fires, a field takes typing.
        QTimer timer;
        QSignalSpy tick(&timer, &QTimer::timeout);
        timer.start(1);
        QVERIFY(tick.wait(5000));
        m_editor->setValue(u"service"_s, u"gateway"_s);
        QCOMPARE(m_report->value(u"service"_s), u"gateway"_s);

        QSignalSpy cancelled(m_panel->runner(), &HeapComparisonRunner::cancelled);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_fake->sawCancel.load(), 10000); // the worker stops, not only the bar
        QVERIFY(!progress->isVisible());
        QCOMPARE(m_report->content().heapComparison, HeapComparison());
        QVERIFY(m_panel->findChild<QLabel *>(u"snapshotStatus"_s)->text().contains(u"cancelled"_s));
    }

    void failedComparison_saysFileAndReason_reportUnchanged()
    {
        m_fake->failWith = u"/tmp/x.heapsnapshot: truncated at byte 1048576"_s;
        QSignalSpy failed(m_panel->runner(), &HeapComparisonRunner::failed);
        m_panel->addSnapshots({u"/tmp/x.heapsnapshot"_s, u"/tmp/y.heapsnapshot"_s});
        QVERIFY(failed.wait(10000));
        QCOMPARE(m_panel->findChild<QLabel *>(u"snapshotStatus"_s)->text(),
                 u"Could not compare the snapshots: /tmp/x.heapsnapshot: truncated at byte 1048576"_s);
        QCOMPARE(m_undo->count(), 0);
    }

    void droppedFiles_areCompared()
    {
        QTemporaryDir dir;
        QStringList files;
        for (const QString &name : {u"s1.heapsnapshot"_s, u"s2.heapsnapshot"_s}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            files.append(file.fileName());
        }
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(files[0]), QUrl::fromLocalFile(files[1])});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_panel.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy finished(m_panel->runner(), &HeapComparisonRunner::finished);
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_panel.get(), &drop);
        QVERIFY(finished.wait(10000));
        QCOMPARE(m_fake->files, files);
    }

    void classTable_sortsFiltersAndShowsTheRetainerPathAsATree()
    {
        m_editor->replaceContent(SnapshotFill::record(m_report->content(), test::sampleHeapComparison()), u"Add"_s);
        auto *table = m_panel->findChild<QTableView *>(u"classTable"_s);
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(table->model());
        QAbstractItemModelTester tester(proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy->rowCount(), 5);
        QCOMPARE(proxy->index(0, HeapClassModel::Name).data().toString(), u"SessionContext"_s); // largest size delta
        QCOMPARE(proxy->index(0, HeapClassModel::SizeDelta).data().toString(), u"+21.0 MB"_s);
        QCOMPARE(proxy->index(0, HeapClassModel::CountDelta).data().toString(), u"+26200"_s);

        table->sortByColumn(HeapClassModel::RetainedBytes, Qt::DescendingOrder);
        QCOMPARE(proxy->index(0, HeapClassModel::Name).data().toString(), u"Buffer"_s);
        table->sortByColumn(HeapClassModel::CountDelta, Qt::AscendingOrder); // numbers, not text: -30 first
        QCOMPARE(proxy->index(0, HeapClassModel::Name).data().toString(), u"Timeout"_s);

        QTest::keyClicks(m_panel->findChild<QLineEdit *>(u"classFilter"_s), u"SESSION"_s);
        QCOMPARE(proxy->rowCount(), 1);
        table->setCurrentIndex(proxy->index(0, 0));
        auto *tree = m_panel->findChild<QTreeWidget *>(u"retainerTree"_s);
        QStringList nested;
        for (QTreeWidgetItem *item = tree->topLevelItem(0); item; item = item->childCount() ? item->child(0) : nullptr)
            nested.append(QString(item->text(0) + u' ' + item->text(1)).trimmed());
        QCOMPARE(nested, QStringList({u"(GC roots)"_s, u"redisBus EventEmitter"_s, u"_events Object"_s, u"'reconnect' Array"_s,
                                      u"[12] (closure)"_s, u"ctx SessionContext"_s}));
        QCOMPARE(tree->topLevelItemCount(), 1);
    }

    // In real snapshots V8's JIT code grows most; the first row's path led to "(compiled code)".
    void leakedObject_isChosenAtFirst_withItsPath()
    {
        HeapComparison comparison = test::sampleHeapComparison();
        comparison.classes.prepend({u"(compiled code)"_s, 329, 1, 328, 50000000, 0, 50000000, 29000,
                                    {{u"[20]"_s, u"(compiled code)"_s}}});
        m_editor->replaceContent(SnapshotFill::record(m_report->content(), comparison), u"Add"_s);
        auto *table = m_panel->findChild<QTableView *>(u"classTable"_s);
        QCOMPARE(table->model()->index(0, HeapClassModel::Name).data().toString(), u"(compiled code)"_s);
        QCOMPARE(table->currentIndex().data().toString(), u"SessionContext"_s);
        auto *tree = m_panel->findChild<QTreeWidget *>(u"retainerTree"_s);
        QCOMPARE(tree->currentItem()->text(1), u"SessionContext"_s);
    }

    void fill_asksBeforeReplacingTypedText_andUndoesAsOneStep()
    {
        m_editor->replaceContent(SnapshotFill::record(m_report->content(), test::sampleHeapComparison()), u"Add"_s);
        m_editor->setValue(u"leakedObject"_s, u"EventEmitter"_s);
        m_editor->closeMergeWindow();
        const ReportContent before = m_report->content();
        const int steps = m_undo->count();

        QString asked;
        answerNextMessageBox(u"fillEmptyOnly"_s, &asked);
        QSignalSpy said(m_panel.get(), &HeapSnapshotsPanel::filled);
        m_panel->fillReportFromSnapshots();
        QCOMPARE(said.count(), 1); // for the status bar: what changed, named as the form names it
        const QString summary = said.first().first().toString();
        QVERIFY2(summary.startsWith(u"Fill From Snapshots changed "_s), qPrintable(summary));
        QVERIFY2(summary.contains(m_report->reportTemplate().rowSet(u"growingObjects"_s)->label), qPrintable(summary));
        QVERIFY2(!summary.contains(u"Leaked Object"_s), qPrintable(summary)); // kept as typed
        QVERIFY2(asked.contains(u"Investigation Steps \u203a Leaked Object: \u201cEventEmitter\u201d \u2192 \u201cSessionContext\u201d"_s),
                 qPrintable(asked));
        QCOMPARE(m_report->value(u"leakedObject"_s), u"EventEmitter"_s);
        QVERIFY(m_report->isChecked(u"toolDevToolsSnapshots"_s));
        QCOMPARE(m_report->cell(u"growingObjects"_s, 0, u"type"_s), u"SessionContext"_s);
        QCOMPARE(m_undo->count(), steps + 1);
        QCOMPARE(m_undo->undoText(), u"Fill From Snapshots"_s);
        m_undo->undo();
        QCOMPARE(m_report->content(), before);

        answerNextMessageBox(u"replace"_s, &asked);
        m_panel->fillReportFromSnapshots();
        QCOMPARE(m_report->value(u"leakedObject"_s), u"SessionContext"_s);

        // Cancel changes nothing.
        m_undo->undo();
        answerNextMessageBox(u"cancel"_s, &asked);
        m_panel->fillReportFromSnapshots();
        QCOMPARE(m_report->content(), before);
        QCOMPARE(m_undo->index(), steps);
    }

    // View > Heap Snapshots (Ctrl+Shift+H) brought back the dock behind the Problems tab, 100
    // pixels tall: shown from the menu it now comes to the front, with room for the table.
    void dockShownFromTheMenu_comesToTheFront()
    {
        QMainWindow window;
        window.resize(1280, 800);
        window.setCentralWidget(new QWidget(&window));
        auto *problems = new QDockWidget(u"Problems"_s, &window);
        problems->setObjectName(u"problemsDock"_s);
        window.addDockWidget(Qt::BottomDockWidgetArea, problems);
        auto *dock = new HeapSnapshotsDock(m_editor.get(), m_fake->function(), &window);
        window.addDockWidget(Qt::BottomDockWidgetArea, dock);
        window.tabifyDockWidget(problems, dock);
        dock->hide();
        problems->raise();
        window.resizeDocks({problems}, {100}, Qt::Vertical);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->toggleViewAction()->trigger();
        QTabBar *tabs = window.findChild<QTabBar *>();
        QVERIFY(tabs);
        QTRY_COMPARE(tabs->tabText(tabs->currentIndex()), u"Heap Snapshots"_s);
        QVERIFY(dock->findChild<HeapSnapshotsPanel *>());
        QTRY_VERIFY(dock->height() >= window.height() * 2 / 5);
    }

private:
    std::unique_ptr<Report> m_report;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ReportEditor> m_editor;
    std::unique_ptr<FakeComparer> m_fake;
    std::unique_ptr<HeapSnapshotsPanel> m_panel;
};

QTEST_MAIN(TestHeapSnapshotsPanel)
#include "tst_heapsnapshotspanel.moc"
