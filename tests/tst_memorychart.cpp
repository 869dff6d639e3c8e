#include "testsupport.h"

#include "charts/memorychart.h"
#include "charts/memorydatapanel.h"
#include "io/recordingjournal.h"
#include "io/recoverystore.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "series/massifseriesreader.h"

#include "charts/chartrenderer.h"
#include "charts/exportevidence.h"
#include "charts/recordprocessdialog.h"
#include "window/mainwindow.h"
#include "window/reportdocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLegend>
#include <QWheelEvent>
#include <QDir>
#include <QFile>
#include <QUndoStack>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QToolTip>
#include <QUndoStack>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

#include <array>

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
    void seriesAreNamedByRole_notByTheirColumn();
    void beforeAndAfter_partForColourBlindReaders();
    void ticks_areRoundOnBothAxes_data();
    void ticks_areRoundOnBothAxes();
    void ticks_followTheChartsSize();
    void rectangleDrag_zoomsTimeAndMemory();
    void tooltip_showsTheNearestSample_withoutHittingTheLine();
    void darkPalette_isFollowed_butExportsStayWhite();
    void export_marksTheOomKillsAsTheScreenDoes();
    void panel_removeIsDisabledWithNothingToRemove();
    void recordDialog_drawsLiveAndStops();
    void recordDialog_addsTheRecordingAsOneUndoStep();
    void recordDialog_keepsItsSamplesForCrashRecovery();
    void addToReport_leavesNoMomentWithoutACopyOfTheRecording();
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

QValueAxis *memoryAxis(MemoryChart &chart)
{
    const QList<QAbstractAxis *> axes = chart.chart()->axes(Qt::Vertical);
    return axes.size() == 1 ? qobject_cast<QValueAxis *>(axes.first()) : nullptr;
}

QLineSeries *lineNamed(MemoryChart &chart, const QString &prefix)
{
    for (QAbstractSeries *series : chart.chart()->series()) {
        if (series->name().startsWith(prefix))
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

// A chart laid out as on screen, never shown.
void layOut(MemoryChart &chart)
{
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(900, 500);
    chart.show();
    QCoreApplication::processEvents();
}

// Where a value of `line` is drawn, in the view's coordinates.
QPoint viewPointOf(MemoryChart &chart, QLineSeries *line, const QPointF &value)
{
    return chart.mapFromScene(chart.chart()->mapToScene(chart.chart()->mapToPosition(value, line)));
}

QPalette darkPalette()
{
    QPalette dark;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        dark.setColor(group, QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        dark.setColor(group, QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        dark.setColor(group, QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(group, QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        dark.setColor(group, QPalette::Mid, QColor(0x40, 0x45, 0x4a));
    }
    return dark;
}

// How a colour looks to a reader with a colour-vision deficiency (Machado et al. 2009, full
// severity, on linear RGB), in CIE L*a*b*, so distances are perceptual (CIE76 Delta E).
std::array<double, 3> seenAs(const QColor &colour, const std::array<std::array<double, 3>, 3> &deficiency)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double in[3] = {linear(colour.redF()), linear(colour.greenF()), linear(colour.blueF())};
    double rgb[3];
    for (int row = 0; row < 3; ++row)
        rgb[row] = std::clamp(deficiency[row][0] * in[0] + deficiency[row][1] * in[1] + deficiency[row][2] * in[2], 0.0, 1.0);
    const double x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2];
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2];
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x / 0.9505) - f(y)), 200 * (f(y) - f(z / 1.089))};
}

double imageLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7, ++count)
            sum += QColor(image.pixel(x, y)).lightnessF();
    }
    return sum / count;
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

void TestMemoryChart::seriesAreNamedByRole_notByTheirColumn()
{
    MemorySeries before = timed(3'600'000);
    before.name = u"bytes"_s; // the CSV column
    MemorySeries after = timed(3'600'000, 61, SeriesRole::After);
    after.name = u"bytes"_s;
    for (MemorySample &sample : after.samples)
        sample.bytes += 100e6; // apart from the before line
    MemoryChart chart;
    layOut(chart);
    chart.setSeries({before, after});
    QLineSeries *beforeLine = lineNamed(chart, u"Before fix"_s);
    QVERIFY(beforeLine && lineNamed(chart, u"After fix"_s));
    const QString tip = chart.sampleTextAt(viewPointOf(chart, beforeLine, beforeLine->points().first()));
    QVERIFY2(tip.startsWith(u"Before fix\n"_s) && !tip.contains(u"bytes"_s), qPrintable(tip));
}

void TestMemoryChart::beforeAndAfter_partForColourBlindReaders()
{
    using Matrix = std::array<std::array<double, 3>, 3>;
    const QList<std::pair<const char *, Matrix>> readers = {
        {"normal vision", Matrix{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}}},
        {"protanopia", Matrix{{{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}}},
        {"deuteranopia", Matrix{{{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}}},
        {"tritanopia", Matrix{{{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}}}};
    for (const bool dark : {false, true}) {
        MemoryChart chart;
        if (dark)
            chart.setPalette(darkPalette());
        chart.setSeries({timed(3'600'000), timed(3'600'000, 61, SeriesRole::After)});
        const QPen before = lineNamed(chart, u"Before fix"_s)->pen();
        const QPen after = lineNamed(chart, u"After fix"_s)->pen();
        // Lines that differ in more than colour: grey print and every reader.
        QVERIFY(before.style() != after.style());
        for (const auto &[reader, matrix] : readers) {
            const auto a = seenAs(before.color(), matrix);
            const auto b = seenAs(after.color(), matrix);
            const double deltaE = std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
            // Red against green, as before, is 16 for deuteranopia; 40 is clearly two colours.
            QVERIFY2(deltaE >= 40, qPrintable(u"%1, %2 palette: Delta E %3"_s.arg(QLatin1StringView(reader),
                                                                              dark ? u"dark"_s : u"light"_s).arg(deltaE)));
        }
        // And each stands out from the background.
        const QColor base = chart.palette().color(QPalette::Base);
        for (const QColor &line : {before.color(), after.color()})
            QVERIFY2(qAbs(line.lightnessF() - base.lightnessF()) > 0.25, qPrintable(line.name() + u" on "_s + base.name()));
    }
}

void TestMemoryChart::ticks_areRoundOnBothAxes_data()
{
    QTest::addColumn<qint64>("spanMs");
    QTest::addColumn<double>("peakMB");
    QTest::newRow("8 h, 230 MB") << qint64(8 * 3'600'000) << 230.0;
    QTest::newRow("7 h, 437 MB") << qint64(7 * 3'600'000) << 437.0;
    QTest::newRow("90 min, 61 MB") << qint64(90 * 60'000) << 61.0;
    QTest::newRow("2 d, 1.9 GB") << qint64(2 * 86'400'000) << 1900.0;
    QTest::newRow("3 h, 12.3 GB") << qint64(3 * 3'600'000) << 12300.0;
}

void TestMemoryChart::ticks_areRoundOnBothAxes()
{
    QFETCH(qint64, spanMs);
    QFETCH(double, peakMB);
    MemorySeries series = timed(spanMs);
    for (qsizetype i = 0; i < series.samples.size(); ++i)
        series.samples[i].bytes = peakMB * 1e6 * double(i + 1) / double(series.samples.size());
    MemoryChart chart;
    layOut(chart);
    chart.setSeries({series});
    for (QValueAxis *axis : {xAxis(chart), memoryAxis(chart)}) {
        const QStringList labels = tickLabels(*axis);
        const QString problem = labelProblem(labels);
        QVERIFY2(problem.isEmpty(), qPrintable(axis->titleText() + u": "_s + problem));
        QCOMPARE(labels.first().toDouble(), 0.0);
    }
    // The memory axis reaches past the peak, to a tick.
    QVERIFY(memoryAxis(chart)->max() * (peakMB >= 2000 ? 1000 : 1) >= peakMB);
    QVERIFY(tickLabels(*memoryAxis(chart)).last().toDouble() == memoryAxis(chart)->max());
}

// A chart laid out small (a dock opening) and then given room gets the ticks of its new size:
// it kept "0, 5" across 8 hours in a 580 px plot.
void TestMemoryChart::ticks_followTheChartsSize()
{
    MemoryChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.resize(330, 300);
    chart.show();
    chart.setSeries({timed(8 * 3'600'000)});
    QTRY_VERIFY(tickLabels(*xAxis(chart)).size() <= 3);
    chart.resize(1100, 500);
    QTRY_COMPARE(tickLabels(*xAxis(chart)), (QStringList{u"0"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s}));
}

void TestMemoryChart::rectangleDrag_zoomsTimeAndMemory()
{
    MemoryChart chart;
    layOut(chart);
    chart.setSeries({timed(8 * 3'600'000)});
    const auto [timeFrom, timeTo] = chart.visibleRange();
    const auto [memoryFrom, memoryTo] = chart.visibleMemoryRange();
    const QRectF plot = chart.chart()->plotArea();
    const QPoint from = chart.mapFromScene(plot.topLeft() + QPointF(plot.width() * 0.25, plot.height() * 0.25));
    const QPoint to = chart.mapFromScene(plot.topLeft() + QPointF(plot.width() * 0.5, plot.height() * 0.5));
    QWidget *viewport = chart.viewport();
    QMouseEvent press(QEvent::MouseButtonPress, from, viewport->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &press);
    QMouseEvent move(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QMouseEvent release(QEvent::MouseButtonRelease, to, viewport->mapToGlobal(to), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &release);
    // A quarter of each axis, from a quarter in: 2 to 4 hours, and the middle quarter of memory.
    const auto [hoursFrom, hoursTo] = chart.visibleHours();
    QVERIFY2(qAbs(hoursFrom - 2) < 0.2 && qAbs(hoursTo - 4) < 0.2, qPrintable(u"%1..%2 h"_s.arg(hoursFrom).arg(hoursTo)));
    const auto [zoomedFrom, zoomedTo] = chart.visibleMemoryRange();
    const double span = memoryTo - memoryFrom;
    QVERIFY2(qAbs(zoomedFrom - (memoryFrom + span / 2)) < span * 0.05 && qAbs(zoomedTo - (memoryFrom + span * 0.75)) < span * 0.05,
             qPrintable(u"%1..%2 of %3..%4"_s.arg(zoomedFrom).arg(zoomedTo).arg(memoryFrom).arg(memoryTo)));
    // The ticks stay round, zoomed in.
    QVERIFY2(labelProblem(tickLabels(*memoryAxis(chart))).isEmpty(), qPrintable(tickLabels(*memoryAxis(chart)).join(u", "_s)));
    // Ctrl+wheel zooms memory alone; Escape brings everything back.
    const QPointF centre = chart.mapFromScene(plot.center());
    QWheelEvent wheel(centre, chart.mapToGlobal(centre), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    const auto zoomedHours = chart.visibleHours();
    QApplication::sendEvent(viewport, &wheel);
    QCOMPARE(chart.visibleHours(), zoomedHours);
    QVERIFY(chart.visibleMemoryRange().second - chart.visibleMemoryRange().first < (zoomedTo - zoomedFrom) * 0.9);
    QTest::keyClick(&chart, Qt::Key_Escape);
    QCOMPARE(chart.visibleRange(), qMakePair(timeFrom, timeTo));
    QCOMPARE(chart.visibleMemoryRange(), qMakePair(memoryFrom, memoryTo));
}

void TestMemoryChart::tooltip_showsTheNearestSample_withoutHittingTheLine()
{
    MemoryChart chart;
    layOut(chart);
    chart.setSeries({timed(60 * 60'000)}); // an hour, a sample a minute: 200 + i MB
    QLineSeries *line = lineNamed(chart, u"Before fix"_s);
    QVERIFY(line);
    const QPointF sample = line->points().at(30); // 30 min, 230 MB
    QCOMPARE(sample.y(), 230.0);
    const QPoint onLine = viewPointOf(chart, line, sample);
    // 8 px off the line, below it: the nearest sample all the same.
    const QPoint near = onLine + QPoint(3, 8);
    QCOMPARE(chart.sampleTextAt(near), u"Before fix\n30 min: 230 MB"_s);
    QCOMPARE(chart.sampleTextAt(onLine + QPoint(0, -60)), QString()); // far from every sample
    // And the real pointer shows it.
    QMouseEvent move(QEvent::MouseMove, near, chart.viewport()->mapToGlobal(near), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(chart.viewport(), &move);
    QTRY_COMPARE(QToolTip::text(), u"Before fix\n30 min: 230 MB"_s);
}

void TestMemoryChart::darkPalette_isFollowed_butExportsStayWhite()
{
    const QList<MemorySeries> series = {timed(3'600'000), timed(3'600'000, 61, SeriesRole::After)};
    MemoryChart chart;
    layOut(chart);
    chart.setSeries(series);
    QVERIFY2(imageLightness(chart.grab().toImage()) > 0.8, "the light chart is not light");
    chart.setPalette(darkPalette());
    QCoreApplication::processEvents();
    QVERIFY2(imageLightness(chart.grab().toImage()) < 0.3, "the chart stays white under a dark palette");
    QCOMPARE(memoryAxis(chart)->labelsBrush().color(), darkPalette().color(QPalette::Text));
    QCOMPARE(chart.chart()->legend()->labelColor(), darkPalette().color(QPalette::Text));

    // An export from an editor in dark mode is still printed on white.
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    ExportOptions options;
    ChartRenderer::addTo(options, series);
    QApplication::setPalette(original);
    QVERIFY2(imageLightness(options.chartImage) > 0.8, "the exported chart is dark");
}

// The exported chart (PDF, HTML, the Markdown's PNG and SVG) marks the report's OOM kills as
// the on-screen chart does: the exports had no markers.
void TestMemoryChart::export_marksTheOomKillsAsTheScreenDoes()
{
    ReportContent content;
    content.series = {timed(6 * 3'600'000), timed(6 * 3'600'000, 61, SeriesRole::After)};
    content.series[0].source.format = u"csv"_s;
    OomEvent inside;
    inside.time = QDateTime::fromMSecsSinceEpoch(kEpoch + 2 * 3'600'000, QTimeZone::utc());
    OomEvent outside = inside; // after the series ends: not on the chart
    outside.time = inside.time.addDays(1);
    content.oomEvents = {inside, outside};
    ExportOptions options;
    ExportEvidence::addTo(options, *ReportTemplate::builtin(), content);
    QVERIFY2(options.chartSvg.contains("OOM kills (1)"), options.chartSvg.left(400).constData());
    content.oomEvents.clear();
    ExportOptions without;
    ExportEvidence::addTo(without, *ReportTemplate::builtin(), content);
    QVERIFY(!without.chartSvg.isEmpty());
    QVERIFY(!without.chartSvg.contains("OOM kills"));
}

void TestMemoryChart::panel_removeIsDisabledWithNothingToRemove()
{
    Report report(ReportTemplate::builtin());
    QUndoStack undo;
    ReportEditor editor(&report, &undo);
    MemoryDataPanel panel(&editor);
    panel.show();
    auto *remove = panel.findChild<QPushButton *>(u"removeSeries"_s);
    QVERIFY(remove);
    QVERIFY(!remove->isEnabled());
    // Nor can a query be run again or alert rules be derived without a series (both were enabled).
    QVERIFY(!panel.findChild<QPushButton *>(u"refreshSeries"_s)->isEnabled());
    QVERIFY(!panel.findChild<QPushButton *>(u"alertRules"_s)->isEnabled());
    panel.addSeries(timed(300'000), SeriesRole::Before);
    auto *table = panel.findChild<QTableWidget *>(u"seriesTable"_s);
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!remove->isEnabled());
}

void TestMemoryChart::recordDialog_drawsLiveAndStops()
{
    RecordProcessDialog dialog(SeriesRole::Before);
    dialog.setAttribute(Qt::WA_DontShowOnScreen);
    dialog.show();
    dialog.setCommand(QStringLiteral(LEAKREPORT_MEMGROWER) + u" 5000000 60"_s);
    dialog.setIntervalMs(100);
    dialog.start();
    QVERIFY2(dialog.statusText().startsWith(u"Recording process"_s), qPrintable(dialog.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(dialog.chart()->drawnPointCount(0) >= 3, 20000); // the chart follows the samples
    auto *add = dialog.findChild<QPushButton *>(u"addRecording"_s);
    QVERIFY(!add->isEnabled()); // not while recording
    dialog.stop();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(u"stopped; memgrower was ended after"_s), 20000);
    QVERIFY(add->isEnabled());
    QVERIFY(dialog.recordedSeries().first().samples.size() >= 3);
    // Every label and button has an Alt+letter of its own.
    QStringList keys;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const QString text = qobject_cast<QLabel *>(widget)           ? static_cast<QLabel *>(widget)->text()
                             : qobject_cast<QAbstractButton *>(widget) ? static_cast<QAbstractButton *>(widget)->text()
                                                                       : QString();
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty() && widget->isVisible())
            keys.append(mnemonic.toString());
    }
    QVERIFY2(keys.size() >= 9, qPrintable(keys.join(u' ')));
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestMemoryChart::recordDialog_addsTheRecordingAsOneUndoStep()
{
    Report report(ReportTemplate::builtin());
    QUndoStack undo;
    ReportEditor editor(&report, &undo);
    MemoryDataPanel panel(&editor);
    MemorySeries kept = timed(300'000, 61, SeriesRole::After);
    panel.addSeries(kept, SeriesRole::After);
    RecordProcessDialog dialog(SeriesRole::Before);
    dialog.setCommand(QStringLiteral(LEAKREPORT_MEMGROWER) + u" 5000000 0.5"_s);
    dialog.setIntervalMs(100);
    dialog.start();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(u"memgrower exited with code 0"_s), 20000);
    const int steps = undo.count();
    panel.addRecording(dialog.recordedSeries(), dialog.role());
    QCOMPARE(undo.count(), steps + 1);
    const QList<MemorySeries> &series = report.content().series;
    QVERIFY(seriesWithRole(series, SeriesRole::Before));
    QCOMPARE(seriesWithRole(series, SeriesRole::Before)->name, u"memgrower RSS"_s);
    QCOMPARE(*seriesWithRole(series, SeriesRole::After), kept);
    undo.undo();
    QVERIFY(!seriesWithRole(report.content().series, SeriesRole::Before));
}

// Record Process… keeps its samples as they come in a recovery copy of the report (the report as
// it was, with the recording in place): a crash while recording loses at most one interval. The
// copy goes with the dialog. (The samples lived only in the dialog until Add to Report.)
void TestMemoryChart::recordDialog_keepsItsSamplesForCrashRecovery()
{
    QTemporaryDir folder;
    RecoveryStore store(ReportTemplate::builtin(), folder.path());
    ReportContent base = ReportContent::fromTemplate(*ReportTemplate::builtin());
    base.values[u"service"_s] = u"typed before recording"_s;
    base.series = {timed(300'000, 61, SeriesRole::After)};
    auto dialog = std::make_unique<RecordProcessDialog>(SeriesRole::Before);
    dialog->keepSamplesIn(&store, base, u"/reports/r.leakreport"_s);
    dialog->setCommand(QStringLiteral(LEAKREPORT_MEMGROWER) + u" 1000000 60"_s);
    dialog->setIntervalMs(100);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->recordedSeries().isEmpty() && dialog->recordedSeries().first().samples.size() >= 8, 20000);
    // What a crash now would leave: the copy, and the journal beside it.
    const qsizetype shown = dialog->recordedSeries().first().samples.size();
    const RecoveryEntry entry = RecoveryStore::readEntry(store.recordingPath(), *ReportTemplate::builtin());
    QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
    QCOMPARE(entry.originalPath, u"/reports/r.leakreport"_s);
    QCOMPARE(entry.content.values.value(u"service"_s), u"typed before recording"_s);
    QVERIFY(seriesWithRole(entry.content.series, SeriesRole::After));
    const MemorySeries *recorded = seriesWithRole(entry.content.series, SeriesRole::Before);
    QVERIFY(recorded);
    QVERIFY2(recorded->samples.size() >= shown - 1, qPrintable(u"%1 of %2"_s.arg(recorded->samples.size()).arg(shown)));
    QVERIFY(QFile::exists(RecordingJournal::pathFor(store.recordingPath())));
    static_cast<QDialog *>(dialog.get())->reject(); // Close
    QVERIFY(!QFile::exists(store.recordingPath()));
    QVERIFY(!QFile::exists(RecordingJournal::pathFor(store.recordingPath())));
}

// After Add to Report the recording's copy went at once, and the report's own copy holding the
// recording followed up to 1.5 s later: a crash in between lost the recording.
void TestMemoryChart::addToReport_leavesNoMomentWithoutACopyOfTheRecording()
{
    QTemporaryDir folder;
    MainWindow window(folder.path());
    MemoryDataPanel *panel = window.memoryDataPanel();
    auto *record = panel->findChild<QPushButton *>(u"recordProcess"_s);
    QVERIFY(record);
    record->click();
    auto *dialog = panel->findChild<RecordProcessDialog *>();
    QVERIFY(dialog);
    dialog->setCommand(QStringLiteral(LEAKREPORT_MEMGROWER) + u" 1000000 60"_s);
    dialog->setIntervalMs(100);
    dialog->start();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->recordedSeries().isEmpty() && dialog->recordedSeries().first().samples.size() >= 3, 20000);
    dialog->accept(); // Add to Report
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the dialog goes, and its copy
    QStringList held;
    for (const QFileInfo &file : QDir(folder.path()).entryInfoList({u"*.leakreport-recovery"_s}, QDir::Files)) {
        const RecoveryEntry entry = RecoveryStore::readEntry(file.filePath(), *ReportTemplate::builtin());
        if (const MemorySeries *recorded = seriesWithRole(entry.content.series, SeriesRole::Before);
            recorded && recorded->samples.size() >= 3)
            held.append(file.fileName());
    }
    QVERIFY2(!held.isEmpty(), "no recovery copy holds the recording");
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestMemoryChart)
#include "tst_memorychart.moc"
