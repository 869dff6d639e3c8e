#include "testsupport.h"

#include "charts/memorychart.h"
#include "charts/memorydatapanel.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "series/massifseriesreader.h"

#include <QFile>
#include <QLabel>
#include <QUndoStack>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace lr;

// The memory chart's x axis: what it counts (time, or massif's instructions or bytes allocated),
// in a unit that fits the span with round, distinct tick labels, and never two kinds in one chart.
class TestMemoryChart : public QObject
{
    Q_OBJECT

private slots:
    void massifSeries_getTheirOwnAxis_data();
    void massifSeries_getTheirOwnAxis();
    void timeAxis_fitsTheSpan_data();
    void timeAxis_fitsTheSpan();
    void zoomingIn_keepsTheLabelsDistinct();
    void zoomingIn_switchesToTheUnitThatFits();
    void beforeAndAfterOnDifferentAxes_drawOnlyOne();
    void export_namesTheLeftOutSeriesInEnglish();
    void panel_saysWhatTheStatisticsMean();
};

namespace {

constexpr qint64 kEpoch = 1'767'225'600'000; // 2026-01-01, epoch ms

MemorySeries massif(const QString &file)
{
    QFile input(QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/massif/"_s + file);
    if (!input.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(input.fileName()));
    const SeriesImportResult result = MassifSeriesReader::read(input, file);
    if (!result.ok())
        qFatal("%s", qPrintable(result.error));
    return result.series.first();
}

// `count` samples evenly over `spanMs`, growing.
MemorySeries timed(qint64 spanMs, int count = 61, SeriesRole role = SeriesRole::Before)
{
    MemorySeries series;
    series.name = u"heap"_s;
    series.role = role;
    for (int i = 0; i < count; ++i)
        series.samples.append({kEpoch + spanMs * i / (count - 1), 200e6 + i * 1e6});
    return series;
}

QValueAxis *xAxis(MemoryChart &chart)
{
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Horizontal);
    return axes.size() == 1 ? qobject_cast<QValueAxis *>(axes.first()) : nullptr;
}

// The tick labels the axis prints, as it computes them (QValueAxis: fixed ticks spread evenly,
// dynamic ticks at multiples of the interval from the anchor), with its printf label format.
QStringList tickLabels(const QValueAxis &axis)
{
    QList<double> values;
    if (axis.tickType() == QValueAxis::TicksFixed) {
        for (int i = 0; i < axis.tickCount(); ++i)
            values.append(axis.min() + (axis.max() - axis.min()) * i / (axis.tickCount() - 1));
    } else {
        const double step = axis.tickInterval();
        for (double v = axis.tickAnchor() + std::ceil((axis.min() - axis.tickAnchor()) / step - 1e-9) * step;
             v <= axis.max() + step * 1e-9; v += step)
            values.append(v);
    }
    QStringList labels;
    for (double v : values)
        labels.append(QString::asprintf(axis.labelFormat().toLatin1().constData(), v));
    return labels;
}

// Distinct labels, each a round number: the step between neighbours is 1, 2 or 5 times a power of ten.
QString labelProblem(const QStringList &labels)
{
    if (labels.size() < 3 || labels.size() > 11)
        return u"%1 labels: %2"_s.arg(labels.size()).arg(labels.join(u", "_s));
    for (qsizetype i = 1; i < labels.size(); ++i) {
        if (labels[i] == labels[i - 1])
            return u"repeated label: "_s + labels.join(u", "_s);
        const double step = labels[i].toDouble() - labels[i - 1].toDouble();
        const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-9));
        if (std::abs(mantissa - 1) > 1e-6 && std::abs(mantissa - 2) > 1e-6 && std::abs(mantissa - 5) > 1e-6)
            return u"not a round step: "_s + labels.join(u", "_s);
    }
    return {};
}

} // namespace

void TestMemoryChart::massifSeries_getTheirOwnAxis_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("axisTitle");
    QTest::addColumn<QString>("chartTitle");
    QTest::addColumn<double>("end"); // of the axis, in its unit

    // The last snapshots: time=328097 instructions, time=371008 bytes allocated.
    QTest::newRow("instructions") << u"leaky-instructions-stacks.out"_s
                                  << u"Instructions executed since the series started (thousands)"_s
                                  << u"Memory over instructions"_s << 328.097;
    QTest::newRow("bytes allocated") << u"leaky-time-unit-B.out"_s << u"Bytes allocated since the series started (kB)"_s
                                     << u"Memory over bytes allocated"_s << 371.008;
}

void TestMemoryChart::massifSeries_getTheirOwnAxis()
{
    QFETCH(QString, file);
    QFETCH(QString, axisTitle);
    QFETCH(QString, chartTitle);
    QFETCH(double, end);

    MemoryChart chart;
    chart.resize(800, 400);
    MemorySeries series = massif(file);
    series.role = SeriesRole::Before;
    chart.setSeries({series});
    QValueAxis *axis = xAxis(chart);
    QVERIFY(axis);
    // Not "Hours since the series started" with 328097 instructions drawn as 0.09 hours.
    QCOMPARE(axis->titleText(), axisTitle);
    QCOMPARE(chart.chart()->title(), chartTitle);
    QCOMPARE(axis->min(), 0.0);
    QVERIFY2(std::abs(axis->max() - end) < 1e-9, qPrintable(QString::number(axis->max(), 'g', 17)));
    const QString problem = labelProblem(tickLabels(*axis));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Nor a trend "per hour", nor a deploy marker "hours" in.
    chart.setDeployMarkerHours(1);
    for (const QAbstractSeries *drawn : chart.chart()->series())
        QVERIFY2(!drawn->name().contains(u"hour"_s) && !drawn->name().contains(u"Deploy"_s), qPrintable(drawn->name()));
}

void TestMemoryChart::timeAxis_fitsTheSpan_data()
{
    QTest::addColumn<qint64>("span"); // ms
    QTest::addColumn<QString>("axisTitle");
    QTest::addColumn<double>("end");

    QTest::newRow("90 s") << qint64(90'000) << u"Seconds since the series started"_s << 90.0;
    QTest::newRow("5 min") << qint64(300'000) << u"Minutes since the series started"_s << 5.0;
    QTest::newRow("59 min") << qint64(59 * 60'000) << u"Minutes since the series started"_s << 59.0;
    QTest::newRow("7 h") << qint64(7 * 3'600'000) << u"Hours since the series started"_s << 7.0;
    QTest::newRow("10 days") << qint64(240 * 3'600'000LL) << u"Days since the series started"_s << 10.0;
}

void TestMemoryChart::timeAxis_fitsTheSpan()
{
    QFETCH(qint64, span);
    QFETCH(QString, axisTitle);
    QFETCH(double, end);

    MemoryChart chart;
    chart.resize(800, 400);
    chart.setSeries({timed(span)});
    QValueAxis *axis = xAxis(chart);
    QVERIFY(axis);
    QCOMPARE(axis->titleText(), axisTitle);
    QVERIFY2(std::abs(axis->max() - end) < 1e-9, qPrintable(QString::number(axis->max(), 'g', 17)));
    // Under ~6 minutes every label used to read 0.0 (hours with one decimal).
    const QString problem = labelProblem(tickLabels(*axis));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestMemoryChart::zoomingIn_keepsTheLabelsDistinct()
{
    MemoryChart chart;
    chart.resize(800, 400);
    chart.setSeries({timed(7 * 3'600'000)});
    QValueAxis *axis = xAxis(chart);
    QVERIFY(axis);
    for (const auto &[from, to] : {std::pair{1.0, 2.0}, std::pair{1.0, 1.1}, std::pair{3.25, 3.26}}) {
        chart.setVisibleHours(from, to);
        QCOMPARE(chart.visibleHours(), qMakePair(from, to));
        const QString problem = labelProblem(tickLabels(*axis));
        QVERIFY2(problem.isEmpty(), qPrintable(u"%1..%2 h: "_s.arg(from).arg(to) + problem));
    }
}

void TestMemoryChart::zoomingIn_switchesToTheUnitThatFits()
{
    MemoryChart chart;
    chart.resize(800, 400);
    chart.setSeries({timed(7 * 3'600'000)});
    chart.setThresholdMB(300);
    chart.setDeployMarkerHours(3);
    QValueAxis *axis = xAxis(chart);
    QVERIFY(axis);
    const auto lineNamed = [&chart](const QString &prefix) -> QLineSeries * {
        for (QAbstractSeries *series : chart.chart()->series()) {
            if (series->name().startsWith(prefix))
                return qobject_cast<QLineSeries *>(series);
        }
        return nullptr;
    };
    QCOMPARE(lineNamed(u"Deploy"_s)->at(0).x(), 3.0);

    chart.setVisibleHours(2.9, 3.1); // 12 minutes
    QCOMPARE(axis->titleText(), u"Minutes since the series started"_s);
    QVERIFY(qFuzzyCompare(axis->min(), 174.0) && qFuzzyCompare(axis->max(), 186.0));
    QVERIFY(qFuzzyCompare(chart.visibleHours().first, 2.9) && qFuzzyCompare(chart.visibleHours().second, 3.1));
    QCOMPARE(lineNamed(u"Deploy"_s)->at(0).x(), 180.0);     // the lines move with the unit
    QCOMPARE(lineNamed(u"Limit"_s)->at(1).x(), 7 * 60.0);
    // And so do the samples, one every 7 minutes: 168 (just outside, so the line enters the view), 175.
    QCOMPARE(lineNamed(u"Before fix"_s)->at(0).x(), 168.0);
    QCOMPARE(lineNamed(u"Before fix"_s)->at(1).x(), 175.0);
    const QString problem = labelProblem(tickLabels(*axis));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    chart.resetZoom();
    QCOMPARE(axis->titleText(), u"Hours since the series started"_s);
    QCOMPARE(axis->max(), 7.0);
    QCOMPARE(lineNamed(u"Deploy"_s)->at(0).x(), 3.0);
}

void TestMemoryChart::beforeAndAfterOnDifferentAxes_drawOnlyOne()
{
    MemorySeries after = massif(u"leaky-instructions-stacks.out"_s);
    after.role = SeriesRole::After;
    MemoryChart chart;
    chart.resize(800, 400);
    chart.setSeries({after, timed(7 * 3'600'000)}); // the before series decides, wherever it is
    QStringList drawn;
    for (const QAbstractSeries *series : chart.chart()->series())
        drawn.append(series->name());
    QVERIFY2(!drawn.join(u'|').contains(u"After fix"_s), qPrintable(drawn.join(u'|')));
    QVERIFY2(drawn.join(u'|').contains(u"Before fix"_s), qPrintable(drawn.join(u'|')));
    QCOMPARE(xAxis(chart)->titleText(), u"Hours since the series started"_s);
    QCOMPARE(chart.chart()->title(),
             u"Memory over time<br/><small>Not drawn, on another x axis: After fix (instructions)</small>"_s);

    // Without a before series, the first series decides.
    MemorySeries other = timed(3'600'000, 61, SeriesRole::Other);
    chart.setSeries({after, other});
    QCOMPARE(xAxis(chart)->titleText(), u"Instructions executed since the series started (thousands)"_s);
    QCOMPARE(chart.chart()->title(),
             u"Memory over instructions<br/><small>Not drawn, on another x axis: Other (time)</small>"_s);
}

void TestMemoryChart::export_namesTheLeftOutSeriesInEnglish()
{
    MemorySeries after = massif(u"leaky-time-unit-B.out"_s);
    after.role = SeriesRole::After;
    MemoryChart chart;
    chart.setTranslated(false);
    chart.setSeries({timed(300'000), after});
    chart.setTitle(u"Memory before and after the fix"_s);
    QCOMPARE(chart.chart()->title(), u"Memory before and after the fix<br/><small>Not drawn, on another x axis: "
                                     "After fix (bytes allocated)</small>"_s);
    QCOMPARE(xAxis(chart)->titleText(), u"Minutes since the series started"_s);
}

// The Memory Data panel words the statistics as `leakreport stats` does (lr::SeriesSummary).
void TestMemoryChart::panel_saysWhatTheStatisticsMean()
{
    Report report(ReportTemplate::builtin());
    QUndoStack undo;
    ReportEditor editor(&report, &undo);
    MemoryDataPanel panel(&editor);
    MemorySeries after = massif(u"leaky-instructions-stacks.out"_s);
    after.role = SeriesRole::After;
    panel.addSeries(timed(300'000), SeriesRole::Before); // 5 minutes, 1 MB a 5 s step
    panel.addSeries(after, SeriesRole::After);
    const QString text = panel.findChild<QLabel *>(u"seriesStatistics"_s)->text();
    // 61 samples 5 s apart, 200 + i MB: the first 50 s hold i = 0..10, median 205 MB.
    QVERIFY2(text.contains(u"baseline 205 MB (median of the first 50 s, a sixth of the run)"_s), qPrintable(text));
    QVERIFY2(text.contains(u"no growth per hour: the samples are timed in instructions, not in time (profile with "
                           "valgrind --tool=massif --time-unit=ms for a rate)"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"The before series is measured in time and the after series in instructions"_s), qPrintable(text));
    QCOMPARE(panel.chart()->leftOut(), QStringList{u"After fix (instructions)"_s});
}

QTEST_MAIN(TestMemoryChart)
#include "tst_memorychart.moc"
