// The editor's live series: the Query Prometheus dialog runs without blocking and shows the
// server's own error text, Cancel stops a query without closing the dialog, and Refresh re-runs
// a series' remembered query into the same series, as one undo step. Offscreen, against a
// stand-in server in this process.
#include "charts/memorydatapanel.h"
#include "charts/prometheusquerydialog.h"
#include "httpresponder.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "template/reporttemplate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using lr::test::HttpResponder;

namespace {

QByteArray matrixOfTwoPods(int value)
{
    return R"({"status":"success","data":{"resultType":"matrix","result":[)"
           R"({"metric":{"__name__":"heap","pod":"a"},"values":[[1700000000,"1"],[1700000015,")"
        + QByteArray::number(value) + R"("]]},)"
           R"({"metric":{"__name__":"heap","pod":"b"},"values":[[1700000000,"2"]]}]}})";
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

// Fills in server and query as a user types them, and starts the query.
void typeAndRun(lr::PrometheusQueryDialog &dialog, const QString &server, const QString &query)
{
    dialog.show();
    child<QLineEdit>(dialog, "prometheusServer")->setText(server);
    child<QLineEdit>(dialog, "prometheusQuery")->setText(query);
    dialog.runQuery();
}

} // namespace

class TestPrometheusDialog : public QObject
{
    Q_OBJECT

private slots:
    void runsTheQueryAndHandsOverTheSeries();
    void showsTheServersErrorAndStaysOpen();
    void cancelKeepsTheDialogOpenThenCloses();
    void refreshReplacesTheSamplesOfTheSameSeries();
};

void TestPrometheusDialog::runsTheQueryAndHandsOverTheSeries()
{
    HttpResponder server([](const QByteArray &) { return HttpResponder::Response::with(200, "application/json", matrixOfTwoPods(3)); });
    QVERIFY(server.listen());
    lr::PrometheusQueryDialog dialog({});
    dialog.show();
    child<QLineEdit>(dialog, "prometheusServer")->setText(server.url());
    child<QLineEdit>(dialog, "prometheusQuery")->setText(u"heap"_s);
    child<QLineEdit>(dialog, "prometheusStep")->setText(u"15s"_s);
    QTest::mouseClick(child<QPushButton>(dialog, "runPrometheusQuery"), Qt::LeftButton);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.fetched().import.series.size(), 2);
    QCOMPARE(dialog.fetched().query.stepMs, 15000);
    QCOMPARE(dialog.fetched().query.sinceMs, 86'400'000); // the default: the last 24 hours
    QVERIFY(server.requests().first().contains("&step=15 "));
}

void TestPrometheusDialog::showsTheServersErrorAndStaysOpen()
{
    HttpResponder server([](const QByteArray &) {
        return HttpResponder::Response::with(
            400, "application/json",
            R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unclosed left parenthesis"})");
    });
    QVERIFY(server.listen());
    lr::PrometheusQueryDialog dialog({});
    typeAndRun(dialog, server.url(), u"sum(heap"_s);
    QVERIFY(!child<QPushButton>(dialog, "runPrometheusQuery")->isEnabled()); // running, the window still live
    QTRY_VERIFY(child<QPushButton>(dialog, "runPrometheusQuery")->isEnabled());
    QCOMPARE(child<QLabel>(dialog, "prometheusStatus")->text(),
             server.url() + u": Prometheus answered with an error (bad_data): 1:5: parse error: unclosed left parenthesis"_s);
    QVERIFY(dialog.isVisible());
}

void TestPrometheusDialog::cancelKeepsTheDialogOpenThenCloses()
{
    HttpResponder silent([](const QByteArray &) {
        HttpResponder::Response response;
        response.answer = false;
        return response;
    });
    QVERIFY(silent.listen());
    lr::PrometheusQueryDialog dialog({});
    typeAndRun(dialog, silent.url(), u"heap"_s);
    QTRY_COMPARE(silent.requests().size(), 1);
    dialog.reject();
    QCOMPARE(child<QLabel>(dialog, "prometheusStatus")->text(), silent.url() + u": cancelled"_s);
    QVERIFY(dialog.isVisible());
    QVERIFY(child<QPushButton>(dialog, "runPrometheusQuery")->isEnabled());
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TestPrometheusDialog::refreshReplacesTheSamplesOfTheSameSeries()
{
    int value = 3;
    HttpResponder server([&](const QByteArray &) { return HttpResponder::Response::with(200, "application/json", matrixOfTwoPods(value)); });
    QVERIFY(server.listen());
    lr::Report report(lr::ReportTemplate::builtin());
    QUndoStack undo;
    lr::ReportEditor editor(&report, &undo);
    lr::MemoryDataPanel panel(&editor);
    panel.show();

    lr::MemorySeries series;
    series.name = series.source.query = u"heap{pod=\"b\"}"_s; // the second of the two
    series.samples = {{1000, 1}};
    series.source.format = u"prometheus"_s;
    series.source.live = {server.url(), u"heap"_s, 1'700'000'000'000, 1'700'000'015'000, 0, 15'000, true};
    panel.addSeries(series, lr::SeriesRole::Before);
    auto *table = child<QTableWidget>(panel, "seriesTable");
    auto *refresh = child<QPushButton>(panel, "refreshSeries");
    QVERIFY(!refresh->isEnabled());
    table->selectRow(0);
    QVERIFY(refresh->isEnabled());
    const int steps = undo.count();
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_COMPARE(undo.count(), steps + 1);
    const lr::MemorySeries &refreshed = report.content().series.first();
    QCOMPARE(refreshed.name, series.name);
    QCOMPARE(refreshed.role, lr::SeriesRole::Before);
    QCOMPARE(refreshed.samples, (QList<lr::MemorySample>{{1'700'000'000'000, 2}}));
    QVERIFY(server.requests().first().contains("start=1700000000&end=1700000015&step=15 "));
    undo.undo();
    QCOMPARE(report.content().series.first().samples, series.samples);
}

QTEST_MAIN(TestPrometheusDialog)
#include "tst_prometheusdialog.moc"
