#include "charts/memorychart.h"

#include "charts/chartcolours.h"
#include "charts/nearestpoint.h"

#include "series/datafill.h"
#include "series/downsampler.h"
#include "series/seriesstatistics.h"

#include <QHelpEvent>
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

// How near (in pixels) the pointer must be to a drawn sample for its tooltip.
constexpr double kToolTipReach = 24;

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
    setRubberBand(QChartView::RectangleRubberBand); // time and memory
    setMouseTracking(true);                         // the nearest sample's tooltip
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setFixedTexts();
    // Ticks at multiples of a round step from the series' start, whatever the range.
    m_xAxis->setTickType(QValueAxis::TicksDynamic);
    m_xAxis->setTickAnchor(0);
    m_memoryAxis->setTickType(QValueAxis::TicksDynamic);
    m_memoryAxis->setTickAnchor(0);
    chart()->addAxis(m_xAxis, Qt::AlignBottom);
    chart()->addAxis(m_memoryAxis, Qt::AlignLeft);
    connect(m_xAxis, &QValueAxis::rangeChanged, this, [this] {
        fitUnitToRange();
        updateTicks();
        redraw();
    });
    connect(m_memoryAxis, &QValueAxis::rangeChanged, this, &MemoryChart::updateMemoryTicks);
    // The tick spacing follows the plot's size, which Qt Charts lays out after a resize.
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        updateTicks();
        updateMemoryTicks();
    });
    applyColours();
    setToolTip(tr("Drag a rectangle to zoom into it, wheel to zoom in time, Ctrl+wheel in memory, "
                  "right-click or Escape to see everything"));
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
        if (!plotted.line) {
            plotted.line = new QLineSeries(this);
            chart()->addSeries(plotted.line);
            plotted.line->attachAxis(m_xAxis);
            plotted.line->attachAxis(m_memoryAxis);
        }
        // The legend names the role (a CSV column's name, "bytes", says nothing); series of role
        // other have only their name to tell them apart.
        QString name = seriesLabel(plotted.data);
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
        }
        plotted.line->setName(name);
    }

    if (m_thresholdMB > 0) {
        if (!m_threshold) {
            m_threshold = new QLineSeries(this);
            chart()->addSeries(m_threshold);
            m_threshold->attachAxis(m_xAxis);
            m_threshold->attachAxis(m_memoryAxis);
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
    applyColours();
    // Short: the axis title runs along the plot's height, which is small in a docked panel.
    m_memoryAxis->setTitleText(text(QT_TR_NOOP("Memory (%1)")).arg(unit));
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
    // From 0 to a round value above the top, so the ticks are round numbers (0, 100, 200 MB).
    const double top = topBytes() / unitDivisor();
    const double above = top > 0 ? top * 1.05 : 1;
    const double step = AxisScale::tickStep(above, memoryIntervals()); // the top is a tick
    setVisibleMemoryRange(0, std::ceil(above / step - 1e-9) * step);
}

int MemoryChart::memoryIntervals() const
{
    // About one label per 50 pixels of height; the view's half height before the first layout.
    const double height = chart()->plotArea().height() > 0 ? chart()->plotArea().height() : double(this->height()) / 2;
    return std::clamp(int(height / 50), 2, 8);
}

void MemoryChart::updateMemoryTicks()
{
    const double step = AxisScale::tickStep(m_memoryAxis->max() - m_memoryAxis->min(), memoryIntervals());
    m_memoryAxis->setTickInterval(step);
    m_memoryAxis->setLabelFormat(u"%.%1f"_s.arg(AxisScale::decimals(step)));
}

QPair<double, double> MemoryChart::visibleMemoryRange() const
{
    return {m_memoryAxis->min(), m_memoryAxis->max()};
}

void MemoryChart::setVisibleMemoryRange(double from, double to)
{
    if (to <= from)
        return;
    m_memoryAxis->setRange(from, to);
    updateMemoryTicks();
}

void MemoryChart::resetZoom()
{
    updateValueAxis();
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
    if (event->modifiers() & Qt::ControlModifier) {
        zoomMemoryAxis(event->position(), event->angleDelta().y() > 0 ? 0.8 : 1.25);
        event->accept();
        return;
    }
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

void MemoryChart::zoomMemoryAxis(const QPointF &viewPosition, double factor)
{
    const auto [from, to] = visibleMemoryRange();
    const double anchor = std::clamp(chart()->mapToValue(chart()->mapFromScene(mapToScene(viewPosition.toPoint()))).y(), from, to);
    const double newFrom = std::max(0.0, anchor - (anchor - from) * factor);
    setVisibleMemoryRange(newFrom, newFrom + (to - from) * factor);
}

void MemoryChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton)
        return; // dragging a zoom rectangle
    const QString tip = sampleTextAt(event->position());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

bool MemoryChart::event(QEvent *event)
{
    // The nearest sample's tooltip replaces the view's own hint while the pointer is near one.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (!sampleTextAt(help->pos()).isEmpty())
            return true;
    }
    return QChartView::event(event);
}

QString MemoryChart::sampleTextAt(const QPointF &viewPosition) const
{
    QList<QLineSeries *> lines;
    for (const Plotted &plotted : m_plotted)
        lines.append(plotted.line);
    const NearestPoint nearest = nearestDrawnPoint(*chart(), lines, mapToScene(viewPosition.toPoint()), kToolTipReach);
    if (nearest.line < 0)
        return {};
    //: A sample's tooltip: the series (its role), then "4.5 min: 230 MB"
    return tr("%1\n%2: %3 %4")
        .arg(seriesLabel(m_plotted[nearest.line].data), m_scale.format(nearest.value.x() * m_scale.unitSize()),
             DataFill::formatMB(nearest.value.y()), unitText(unitDivisor()));
}

QString MemoryChart::seriesLabel(const MemorySeries &series) const
{
    return series.role == SeriesRole::Other ? series.name : text(roleText(series.role));
}

void MemoryChart::applyColours()
{
    const QPalette colours = palette();
    ChartColours::styleChart(chart(), colours, {m_xAxis, m_memoryAxis});
    for (const Plotted &plotted : std::as_const(m_plotted)) {
        if (plotted.line)
            plotted.line->setPen(ChartColours::seriesPen(plotted.data.role, colours));
        if (plotted.trend)
            plotted.trend->setPen(ChartColours::trendPen(plotted.data.role, colours));
    }
    if (m_threshold)
        m_threshold->setPen(ChartColours::markerPen(colours, Qt::DashDotDotLine));
    if (m_deployMarker)
        m_deployMarker->setPen(ChartColours::markerPen(colours, Qt::DashDotLine));
}

void MemoryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
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
