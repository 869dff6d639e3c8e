#include "charts/memorychart.h"

#include "series/datafill.h"
#include "series/downsampler.h"
#include "series/seriesstatistics.h"

#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr double kMsPerHour = 3600.0 * 1000.0;

QColor colourFor(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Before:
        return QColor(0xc6, 0x28, 0x28);
    case SeriesRole::After:
        return QColor(0x2e, 0x7d, 0x32);
    case SeriesRole::Other:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

const char *roleText(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Before:
        return QT_TRANSLATE_NOOP("lr::MemoryChart", "Before fix");
    case SeriesRole::After:
        return QT_TRANSLATE_NOOP("lr::MemoryChart", "After fix");
    case SeriesRole::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("lr::MemoryChart", "Other");
}

// A sample's distance from the series' first, in the series' unit (ms, instructions, bytes).
double offsetOf(const MemorySeries &series, qint64 time)
{
    return series.samples.isEmpty() ? 0 : double(time - series.samples.first().time);
}

// Least-squares line through the samples, as its two ends (ms since the start, bytes). Only
// series timed in ms have one.
QList<QPointF> trendEnds(const MemorySeries &series, const SeriesStatistics &stats)
{
    if (!stats.growthMBPerHour || series.samples.size() < 2)
        return {};
    double meanOffset = 0, meanBytes = 0;
    for (const MemorySample &sample : series.samples) {
        meanOffset += offsetOf(series, sample.time);
        meanBytes += sample.bytes;
    }
    meanOffset /= double(series.samples.size());
    meanBytes /= double(series.samples.size());
    const double slope = *stats.growthMBPerHour * kBytesPerMB / kMsPerHour; // bytes per ms
    const double end = offsetOf(series, series.samples.last().time);
    return {QPointF(0, meanBytes - slope * meanOffset), QPointF(end, meanBytes + slope * (end - meanOffset))};
}

// The kind of x axis the chart uses: the before series', else the first series'.
MemorySeries::TimeUnit axisKindOf(const QList<MemorySeries> &series)
{
    for (const MemorySeries &one : series) {
        if (one.role == SeriesRole::Before && !one.samples.isEmpty())
            return one.timeUnit;
    }
    for (const MemorySeries &one : series) {
        if (!one.samples.isEmpty())
            return one.timeUnit;
    }
    return MemorySeries::TimeUnit::Milliseconds;
}
} // namespace

MemoryChart::MemoryChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_xAxis(new QValueAxis(this))
    , m_memoryAxis(new QValueAxis(this))
{
    setObjectName(u"memoryChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setFixedTexts();
    // Ticks at multiples of a round step from the series' start, whatever the range.
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_memoryAxis, Qt::AlignLeft);
    connect(m_xAxis, &QValueAxis::rangeChanged, this, [this] {
        fitUnitToRange();
        updateTicks();
        redraw();
    });
    setToolTip(tr("Drag to zoom into a range, wheel to zoom, right-click or Escape to see everything"));
}

void MemoryChart::setTranslated(bool translated)
{
    m_translated = translated;
    setFixedTexts();
    if (!m_plotted.isEmpty())
        rebuild();
}

QString MemoryChart::text(const char *sourceText) const
{
    return m_translated ? tr(sourceText) : QString::fromUtf8(sourceText);
}

QString MemoryChart::unitText(double divisor) const
{
    //: Units: megabytes (10^6 bytes) and gigabytes
    return divisor == kBytesPerGB ? text(QT_TR_NOOP("GB")) : text(QT_TR_NOOP("MB"));
}

void MemoryChart::setFixedTexts()
{
    updateTitle();
    m_xAxis->setTitleText(m_scale.title(m_translated));
}

void MemoryChart::setTitle(const QString &title)
{
    m_title = title;
    updateTitle();
}

void MemoryChart::updateTitle()
{
    QString title = m_title;
    if (title.isEmpty()) {
        title = m_scale.isTime() ? text(QT_TR_NOOP("Memory over time"))
                                 //: %1 is what the x axis counts: "instructions" or "bytes allocated"
                                 : text(QT_TR_NOOP("Memory over %1")).arg(AxisScale::quantity(m_scale.kind(), m_translated));
    }
    title = title.toHtmlEscaped();
    if (!m_leftOut.isEmpty()) {
        //: Under the chart's title: series whose x axis counts something else (time, instructions, bytes allocated)
        title += u"<br/><small>"_s + text(QT_TR_NOOP("Not drawn, on another x axis: %1")).arg(m_leftOut.join(u", "_s)).toHtmlEscaped()
            + u"</small>"_s;
    }
    chart()->setTitle(title);
}

double MemoryChart::topBytes() const
{
    return std::max(m_peakBytes, m_thresholdMB * kBytesPerMB);
}

double MemoryChart::unitDivisor() const
{
    return topBytes() >= 2 * kBytesPerGB ? kBytesPerGB : kBytesPerMB;
}

void MemoryChart::setSeries(const QList<MemorySeries> &series)
{
    for (const Plotted &plotted : std::as_const(m_plotted)) {
        chart()->removeSeries(plotted.line);
        delete plotted.line;
        if (plotted.trend) {
            chart()->removeSeries(plotted.trend);
            delete plotted.trend;
        }
    }
    m_plotted.clear();
    m_leftOut.clear();
    m_peakBytes = 0;
    const MemorySeries::TimeUnit axisKind = axisKindOf(series);
    for (const MemorySeries &one : series) {
        if (one.samples.isEmpty())
            continue;
        if (one.timeUnit != axisKind) {
            //: A series left out of the chart: its role, then what its x axis counts
            m_leftOut.append(text(QT_TR_NOOP("%1 (%2)")).arg(text(roleText(one.role)), AxisScale::quantity(one.timeUnit, m_translated)));
            continue;
        }
        Plotted plotted{one, nullptr, nullptr, std::nullopt, {}};
        if (const std::optional<SeriesStatistics> stats = SeriesStatistics::compute(one)) {
            plotted.growthMBPerHour = stats->growthMBPerHour;
            plotted.trendEnds = trendEnds(one, *stats);
            m_peakBytes = std::max(m_peakBytes, stats->peakMB * kBytesPerMB);
        }
        m_plotted.append(plotted);
    }
    rebuild();
}

void MemoryChart::setThresholdMB(double megabytes)
{
    m_thresholdMB = std::max(0.0, megabytes);
    rebuild();
}

void MemoryChart::setDeployMarkerHours(double hours)
{
    m_deployHours = hours;
    rebuild();
}

void MemoryChart::setOomMarkerHours(const QList<double> &hours)
{
    if (hours == m_oomHours)
        return;
    m_oomHours = hours;
    rebuild();
}

void MemoryChart::rebuild()
{
    // Attaching axes emits rangeChanged: no redraw until every line exists.
    m_redrawing = true;
    double fullSpan = 0; // series units
    for (const Plotted &plotted : std::as_const(m_plotted))
        fullSpan = std::max(fullSpan, offsetOf(plotted.data, plotted.data.samples.last().time));
    m_scale = AxisScale::forSpan(m_plotted.isEmpty() ? MemorySeries::TimeUnit::Milliseconds : m_plotted.first().data.timeUnit,
                                 fullSpan);
    m_fullSpan = fullSpan > 0 ? fullSpan / m_scale.unitSize() : 1;
    setFixedTexts();
    const double divisor = unitDivisor();
    const QString unit = unitText(divisor);

    for (Plotted &plotted : m_plotted) {
        const QColor colour = colourFor(plotted.data.role);
        if (!plotted.line) {
            plotted.line = new QLineSeries(this);
            chart()->addSeries(plotted.line);
            plotted.line->attachAxis(m_xAxis);
            plotted.line->attachAxis(m_memoryAxis);
            const MemorySeries *data = &plotted.data;
            connect(plotted.line, &QLineSeries::hovered, this, [this, data](const QPointF &point, bool state) {
                if (!state)
                    return;
                const QString shownUnit = unitText(unitDivisor());
                //: A point's tooltip: the series' name, then "4.5 min: 230 MB"
                QToolTip::showText(QCursor::pos(), tr("%1\n%2: %3 %4")
                                                       .arg(data->name, m_scale.format(point.x() * m_scale.unitSize()),
                                                            DataFill::formatMB(point.y()), shownUnit), this);
            });
        }
        plotted.line->setPen(QPen(colour, 1.5));
        // The legend stays short: the series' full name is in the table and the tooltip.
        QString name = text(roleText(plotted.data.role));
        if (plotted.growthMBPerHour && !plotted.trendEnds.isEmpty()) {
            //: A legend entry: the series' role, then the slope of its trend line
            name = text(QT_TR_NOOP("%1 (trend %2 MB/hour)")).arg(name, DataFill::formatMB(*plotted.growthMBPerHour));
            if (!plotted.trend) {
                plotted.trend = new QLineSeries(this);
                chart()->addSeries(plotted.trend);
                plotted.trend->attachAxis(m_xAxis);
                plotted.trend->attachAxis(m_memoryAxis);
                const QList<QLegendMarker *> markers = chart()->legend()->markers(plotted.trend);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(false); // the slope is in the series' own legend entry
            }
            plotted.trend->setPen(QPen(colour.darker(150), 1.5, Qt::DashLine));
        }
        plotted.line->setName(name);
    }

    if (m_thresholdMB > 0) {
        if (!m_threshold) {
            m_threshold = new QLineSeries(this);
            chart()->addSeries(m_threshold);
            m_threshold->attachAxis(m_xAxis);
            m_threshold->attachAxis(m_memoryAxis);
            m_threshold->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 1.2, Qt::DotLine));
        }
        const double y = m_thresholdMB * kBytesPerMB / divisor;
        m_threshold->setName(text(QT_TR_NOOP("Limit %1 %2")).arg(DataFill::formatMB(y), unit));
    } else if (m_threshold) {
        chart()->removeSeries(m_threshold);
        delete m_threshold;
        m_threshold = nullptr;
    }

    updateValueAxis();
    // Deployed "that many hours in" means nothing on an axis of instructions or bytes.
    if (m_deployHours >= 0 && !m_plotted.isEmpty() && m_scale.isTime()) {
        if (!m_deployMarker) {
            m_deployMarker = new QLineSeries(this);
            chart()->addSeries(m_deployMarker);
            m_deployMarker->attachAxis(m_xAxis);
            m_deployMarker->attachAxis(m_memoryAxis);
            m_deployMarker->setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.5, Qt::DashDotLine));
        }
        m_deployMarker->setName(text(QT_TR_NOOP("Deploy (%1 h)")).arg(QString::number(m_deployHours, 'f', 1)));
    } else if (m_deployMarker) {
        chart()->removeSeries(m_deployMarker);
        delete m_deployMarker;
        m_deployMarker = nullptr;
    }
    if (!m_oomHours.isEmpty() && !m_plotted.isEmpty() && m_scale.isTime()) {
        if (!m_oomMarkers) {
            m_oomMarkers = new QScatterSeries(this);
            chart()->addSeries(m_oomMarkers);
            m_oomMarkers->attachAxis(m_xAxis);
            m_oomMarkers->attachAxis(m_memoryAxis);
            m_oomMarkers->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
            m_oomMarkers->setMarkerSize(11);
            m_oomMarkers->setColor(QColor(0xc6, 0x28, 0x28));
            m_oomMarkers->setBorderColor(QColor(0x7f, 0x00, 0x00));
        }
        m_oomMarkers->setName(text(QT_TR_NOOP("OOM kills (%1)")).arg(m_oomHours.size()));
    } else if (m_oomMarkers) {
        chart()->removeSeries(m_oomMarkers);
        delete m_oomMarkers;
        m_oomMarkers = nullptr;
    }
    placeAlongX();
    // Short: the axis title runs along the plot's height, which is small in a docked panel.
    m_memoryAxis->setTitleText(text(QT_TR_NOOP("Memory (%1)")).arg(unit));
    m_memoryAxis->setLabelFormat(divisor == kBytesPerGB ? u"%.1f"_s : u"%.0f"_s);
    resetZoom();
    m_redrawing = false;
    redraw(); // the range may not have changed, but the series did
}

void MemoryChart::placeAlongX()
{
    const double divisor = unitDivisor();
    const double unitSize = m_scale.unitSize();
    for (const Plotted &plotted : std::as_const(m_plotted)) {
        if (!plotted.trend)
            continue;
        QList<QPointF> ends = plotted.trendEnds;
        for (QPointF &end : ends)
            end = QPointF(end.x() / unitSize, end.y() / divisor);
        plotted.trend->replace(ends);
    }
    if (m_threshold) {
        const double y = m_thresholdMB * kBytesPerMB / divisor;
        m_threshold->replace({QPointF(0, y), QPointF(m_fullSpan, y)});
    }
    if (m_deployMarker) {
        const double x = m_deployHours * kMsPerHour / unitSize;
        m_deployMarker->replace({QPointF(x, 0), QPointF(x, m_memoryAxis->max())});
    }
    if (m_oomMarkers) {
        QList<QPointF> points;
        for (const double hours : std::as_const(m_oomHours))
            points.append({hours * kMsPerHour / unitSize, m_memoryAxis->max() * 0.97});
        m_oomMarkers->replace(points);
    }
}

void MemoryChart::fitUnitToRange()
{
    if (m_redrawing || m_plotted.isEmpty())
        return;
    const auto [from, to] = visibleRange();
    const AxisScale fit = AxisScale::forSpan(m_scale.kind(), (to - from) * m_scale.unitSize());
    if (fit.unitSize() == m_scale.unitSize())
        return;
    // The same range in the new unit; the nested rangeChanged neither refits nor redraws.
    const double factor = m_scale.unitSize() / fit.unitSize();
    m_redrawing = true;
    m_scale = fit;
    m_fullSpan *= factor;
    setFixedTexts();
    placeAlongX();
    m_xAxis->setRange(from * factor, to * factor);
    m_redrawing = false;
}

void MemoryChart::updateValueAxis()
{
    const double top = topBytes() / unitDivisor();
    m_memoryAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    m_memoryAxis->applyNiceNumbers();
}

void MemoryChart::resetZoom()
{
    setVisibleRange(0, m_fullSpan);
}

QPair<double, double> MemoryChart::visibleRange() const
{
    return {m_xAxis->min(), m_xAxis->max()};
}

void MemoryChart::setVisibleRange(double from, double to)
{
    if (to <= from)
        return;
    m_xAxis->setRange(from, to);
    updateTicks(); // also when the range stays and the unit changed
}

QPair<double, double> MemoryChart::visibleHours() const
{
    const double perHour = kMsPerHour / m_scale.unitSize();
    return {m_xAxis->min() / perHour, m_xAxis->max() / perHour};
}

void MemoryChart::setVisibleHours(double from, double to)
{
    const double perHour = kMsPerHour / m_scale.unitSize();
    setVisibleRange(from * perHour, to * perHour);
}

void MemoryChart::updateTicks()
{
    // About one label per 90 pixels; the view's width before the first layout.
    const double width = chart()->plotArea().width() > 0 ? chart()->plotArea().width() : double(this->width());
    const int intervals = std::clamp(int(width / 90), 2, 10);
    const double step = AxisScale::tickStep(m_xAxis->max() - m_xAxis->min(), intervals);
    m_xAxis->setTickInterval(step);
    m_xAxis->setLabelFormat(u"%.%1f"_s.arg(AxisScale::decimals(step)));
}

qsizetype MemoryChart::drawnPointCount(int index) const
{
    return index >= 0 && index < m_plotted.size() ? m_plotted[index].line->count() : 0;
}

void MemoryChart::redraw()
{
    if (m_redrawing)
        return;
    m_redrawing = true;
    const double divisor = unitDivisor();
    const int columns = std::max(50, int(chart()->plotArea().width()));
    const auto [from, to] = visibleRange();
    const double unitSize = m_scale.unitSize();
    for (Plotted &plotted : m_plotted) {
        if (!plotted.line)
            continue;
        const qint64 start = plotted.data.samples.first().time;
        const QList<MemorySample> shown = Downsampler::minMaxPerColumn(
            plotted.data.samples, start + qint64(from * unitSize), start + qint64(std::ceil(to * unitSize)), columns);
        QList<QPointF> points;
        points.reserve(shown.size());
        for (const MemorySample &sample : shown)
            points.append(QPointF(offsetOf(plotted.data, sample.time) / unitSize, sample.bytes / divisor));
        plotted.line->replace(points); // one update per series, never append in a loop
    }
    m_redrawing = false;
}

void MemoryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    redraw(); // the number of pixel columns changed
}

void MemoryChart::wheelEvent(QWheelEvent *event)
{
    const auto [from, to] = visibleRange();
    const double span = to - from;
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())));
    const double anchor = std::clamp(value.x(), from, to);
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const double newSpan = std::min(span * factor, m_fullSpan);
    const double newFrom = std::clamp(anchor - (anchor - from) * newSpan / span, 0.0, m_fullSpan - newSpan);
    setVisibleRange(newFrom, newFrom + newSpan);
    event->accept();
}

void MemoryChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void MemoryChart::keyPressEvent(QKeyEvent *event)
{
    const auto [from, to] = visibleRange();
    const double step = (to - from) / 10;
    switch (event->key()) {
    case Qt::Key_Escape:
        resetZoom();
        return;
    case Qt::Key_Left:
        setVisibleRange(std::max(0.0, from - step), std::max(0.0, from - step) + (to - from));
        return;
    case Qt::Key_Right:
        setVisibleRange(std::min(m_fullSpan - (to - from), from + step), std::min(m_fullSpan - (to - from), from + step) + (to - from));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setVisibleRange(from + step, to - step);
        return;
    case Qt::Key_Minus:
        setVisibleRange(std::max(0.0, from - step), std::min(m_fullSpan, to + step));
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

} // namespace lr
