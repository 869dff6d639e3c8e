// The Memory Data panel's import: it says how each column's numbers were read and lets the
// user choose the unit of the numbers that carry none (issue 15, finding 8).
#include "charts/memorydatapanel.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "window/mainwindow.h"
#include "window/reportdocument.h"

#include <QApplication>
#include <QFile>
#include <QInputDialog>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lr;

class TestMemoryDataImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void memoryData_importSaysAndTakesTheUnit();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestMemoryDataImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<MainWindow>(m_dir.filePath(u"recovery"_s));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMemoryDataImport::cleanupTestCase()
{
    m_window->document()->undoStack()->setClean(); // no prompt when closing
    m_window->close();
    m_window.reset();
}

void TestMemoryDataImport::memoryData_importSaysAndTakesTheUnit()
{
    // A ps log without a header: its numbers are KiB, which nothing in the file says.
    const QString path = m_dir.filePath(u"ps-units.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("1763460000,1000\n1763463600,2000\n");
    file.close();
    m_window->showMemoryData();

    QStringList titles;
    QString unitQuestion;
    QString roleQuestion;
    QTimer answer; // each dialog of the import in turn: the unit, then the role
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        titles.append(dialog->windowTitle());
        if (dialog->windowTitle() == u"Units of the Samples"_s) {
            unitQuestion = dialog->labelText();
            dialog->setTextValue(u"KiB"_s);
        } else {
            roleQuestion = dialog->labelText();
            dialog->setTextValue(u"Other"_s);
        }
        dialog->accept();
    });
    answer.start(0);
    m_window->memoryDataPanel()->importFile(path);
    answer.stop();

    QCOMPARE(titles, (QStringList{u"Units of the Samples"_s, u"Series Role"_s}));
    QVERIFY2(unitQuestion.contains(u"no header row"_s) && unitQuestion.contains(u"bytes assumed"_s), qPrintable(unitQuestion));
    QVERIFY2(roleQuestion.contains(u"KiB (1024 bytes), as chosen"_s), qPrintable(roleQuestion));
    const QList<MemorySeries> &series = m_window->document()->report()->content().series;
    const auto added = std::find_if(series.cbegin(), series.cend(),
                                    [](const MemorySeries &one) { return one.source.fileName == u"ps-units.csv"_s; });
    QVERIFY(added != series.cend());
    QCOMPARE(added->samples, (QList<MemorySample>{{1763460000000, 1000 * 1024.0}, {1763463600000, 2000 * 1024.0}}));
    m_window->document()->undoStack()->undo();
}

QTEST_MAIN(TestMemoryDataImport)

#include "tst_memorydataimport.moc"
