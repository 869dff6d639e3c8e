#include "claimfixture.h"
#include "io/reportfile.h"
#include "model/reporteditor.h"
#include "testsupport.h"
#include "charts/memorydatapanel.h"
#include "window/mainwindow.h"
#include "window/problemspanel.h"
#include "window/reportdocument.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
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
    void deployMarker_followsFixDeployed();
    void alertRules_areSavedAndFillMonitoringAdded();

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

// A before series with wall-clock times that spans the deploy: the chart's marker sits at the
// report's Fix deployed time, follows it when it is retyped, and stays where the user puts it.
void TestClaimsPanel::deployMarker_followsFixDeployed()
{
    QTemporaryDir dir;
    ReportContent content = test::sampleContent(); // Fix deployed 2026-11-19 14:20 UTC
    content.series.append(test::heapSeries(QDateTime(QDate(2026, 11, 19), QTime(10, 0), QTimeZone::utc()), 10, 200, 38));
    const QString path = dir.filePath(u"r.leakreport"_s);
    QString error;
    QVERIFY2(ReportFile::save(path, *ReportTemplate::builtin(), content, &error), qPrintable(error));
    MainWindow window(dir.filePath(u"recovery"_s));
    QVERIFY(window.openFile(path));
    window.showMemoryData();
    auto *marker = window.memoryDataPanel()->findChild<QDoubleSpinBox *>(u"deployMarker"_s);
    QVERIFY(marker);
    QCOMPARE(marker->value(), 4.3); // 14:20 is 4 h 20 min into the series
    window.document()->editor()->setValue(u"resolutionFixDeployed"_s, u"2026-11-19 16:50 UTC"_s);
    QCOMPARE(marker->value(), 6.8);
    window.document()->editor()->setValue(u"resolutionFixDeployed"_s, u"2026-11-21 10:00 UTC"_s); // after the series
    QCOMPARE(marker->value(), marker->minimum());
    marker->setValue(2);
    window.document()->editor()->setValue(u"resolutionFixDeployed"_s, u"2026-11-19 14:20 UTC"_s);
    QCOMPARE(marker->value(), 2.0);
    window.document()->undoStack()->setClean();
}

// The panel's Alert Rules: the file gets the rules at the panel's memory limit, Monitoring Added
// its empty thresholds (a typed one is kept), in one undo step.
void TestClaimsPanel::alertRules_areSavedAndFillMonitoringAdded()
{
    QTemporaryDir dir;
    ReportContent content = test::sampleWithSeries();
    content.values[u"monitorGrowthThreshold"_s].clear();
    const QString path = dir.filePath(u"r.leakreport"_s);
    QString error;
    QVERIFY2(ReportFile::save(path, *ReportTemplate::builtin(), content, &error), qPrintable(error));
    MainWindow window(dir.filePath(u"recovery"_s));
    QVERIFY(window.openFile(path));
    window.showMemoryData();
    MemoryDataPanel *panel = window.memoryDataPanel();
    QVERIFY(panel->findChild<QPushButton *>(u"alertRules"_s)->isEnabled());
    panel->findChild<QDoubleSpinBox *>(u"memoryLimit"_s)->setValue(768);
    QUndoStack *undo = window.document()->undoStack();
    const int steps = undo->count();
    const QString rulesPath = dir.filePath(u"rules.yml"_s);
    QVERIFY2(panel->writeAlertRules(rulesPath, &error), qPrintable(error));
    const QString rules = test::readTextFile(rulesPath);
    QVERIFY2(rules.contains(u"alert: MemoryLeakGrowth"_s) && rules.contains(u"predict_linear("_s)
                 && rules.contains(u"/ 1e6 > 614.4"_s), qPrintable(rules)); // the report's 80 % of 768 MB
    const ReportContent &now = window.document()->report()->content();
    QVERIFY(now.values.value(u"monitorGrowthThreshold"_s).toDouble() > 5);
    QCOMPARE(now.values.value(u"monitorGrowthDuration"_s), u"3"_s); // typed, kept
    QCOMPARE(undo->count(), steps + 1);
    undo->undo();
    QVERIFY(window.document()->report()->content().values.value(u"monitorGrowthThreshold"_s).isEmpty());
    // No before series: no rules, no file, nothing changed.
    content.series.clear();
    window.document()->editor()->replaceContent(content, u"clear"_s);
    QVERIFY(!panel->writeAlertRules(dir.filePath(u"none.yml"_s), &error));
    QVERIFY2(error.contains(u"no before series"_s), qPrintable(error));
    QVERIFY(!QFile::exists(dir.filePath(u"none.yml"_s)));
    undo->setClean();
}

QTEST_MAIN(TestClaimsPanel)
#include "tst_claimspanel.moc"
