#include "claimfixture.h"
#include "io/reportfile.h"
#include "model/reporteditor.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/problemspanel.h"
#include "window/reportdocument.h"

#include <QAction>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

// The Problems panel shows a claim the data contradicts, and its "Use the Measured Value" sets
// the field in one undoable step.
class TestClaimsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void useMeasuredValue_setsTheFieldUndoably();

private:
    QTemporaryDir m_settingsDir;
};

void TestClaimsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    test::useOwnSettings(m_settingsDir.path());
}

void TestClaimsPanel::useMeasuredValue_setsTheFieldUndoably()
{
    QTemporaryDir dir;
    ReportContent content = test::sampleWithSeries();
    content.values[u"beforeFixGrowthRate"_s] = u"12"_s;
    const QString path = dir.filePath(u"r.leakreport"_s);
    QString error;
    QVERIFY2(ReportFile::save(path, *ReportTemplate::builtin(), content, &error), qPrintable(error));

    MainWindow window(dir.filePath(u"recovery"_s));
    QVERIFY(window.openFile(path));
    window.validateNow();
    ProblemsPanel *panel = window.problemsPanel();
    const QList<ReportProblem> &problems = panel->problems();
    const auto claim = std::find_if(problems.cbegin(), problems.cend(),
                                    [](const ReportProblem &p) { return p.kind == ReportProblem::Kind::ClaimMismatch; });
    QVERIFY(claim != problems.cend());
    QCOMPARE(claim->fieldId, u"beforeFixGrowthRate"_s);
    const QString measured = claim->measuredValue;
    QVERIFY(qAbs(measured.toDouble() - 38) < 1);

    // The errors group lists it; selecting it enables the action.
    QTreeWidgetItem *errors = panel->topLevelItem(0);
    QTreeWidgetItem *line = nullptr;
    for (int i = 0; i < errors->childCount(); ++i) {
        if (errors->child(i)->text(0).contains(u"12 MB/hour"_s))
            line = errors->child(i);
    }
    QVERIFY(line);
    QVERIFY(!panel->useMeasuredAction()->isEnabled() || panel->currentItem() == line);
    panel->setCurrentItem(line);
    QVERIFY(panel->useMeasuredAction()->isEnabled());
    QVERIFY(panel->useMeasuredAction()->toolTip().contains(measured));
    QUndoStack *undo = window.document()->undoStack();
    const int steps = undo->count();
    panel->useMeasuredAction()->trigger();
    QCOMPARE(window.document()->report()->content().values.value(u"beforeFixGrowthRate"_s), measured);
    QCOMPARE(undo->count(), steps + 1);
    window.validateNow();
    QVERIFY(std::none_of(panel->problems().cbegin(), panel->problems().cend(),
                         [](const ReportProblem &p) { return p.kind == ReportProblem::Kind::ClaimMismatch; }));
    undo->undo();
    QCOMPARE(window.document()->report()->content().values.value(u"beforeFixGrowthRate"_s), u"12"_s);
    undo->setClean();
}

QTEST_MAIN(TestClaimsPanel)
#include "tst_claimspanel.moc"
