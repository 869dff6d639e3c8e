#include "charts/memorychart.h"

#include "series/datafill.h"
#include "series/downsampler.h"
#include "series/seriesstatistics.h"

#include <QLegendMarker>
#include <QLineSeries>
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

double hoursOf(const MemorySeries &series, qint64 time)
{
    return series.samples.isEmpty() ? 0 : double(time - series.samples.first().time) / kMsPerHour;
}

// Least-squares line through the samples, as its two ends (hours, bytes).
QList<QPointF> trendEnds(const MemorySeries &series, const SeriesStatistics &stats)
{
    if (!stats.growthMBPerHour || series.samples.size() < 2)
        return {};
    double meanHours = 0, meanBytes = 0;
    for (const MemorySample &sample : series.samples) {
        meanHours += hoursOf(series, sample.time);
        meanBytes += sample.bytes;
    }
    meanHours /= double(series.samples.size());
    meanBytes /= double(series.samples.size());
    const double slope = *stats.growthMBPerHour * kBytesPerMB;
    const double end = hoursOf(series, series.samples.last().time);
    return {QPointF(0, meanBytes - slope * meanHours), QPointF(end, meanBytes + slope * (end - meanHours))};
}
} // namespace

MemoryChart::MemoryChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_hoursAxis(new QValueAxis(this))
    , m_memoryAxis(new QValueAxis(this))
{
    setObjectName(u"memoryChart"_s);
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 220);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    setFixedTexts();
    m_hoursAxis->setLabelFormat(u"%.1f"_s);
    chart()->addAxis(m_hoursAxis, Qt::AlignBottom);
    chart()->addAxis(m_memoryAxis, Qt::AlignLeft);
    connect(m_hoursAxis, &QValueAxis::rangeChanged, this, [this] { redraw(); });
    setToolTip(tr("Drag to zoom into a time range, wheel to zoom, right-click or Escape to see everything"));
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
    chart()->setTitle(text(QT_TR_NOOP("Memory over time")));
    m_hoursAxis->setTitleText(text(QT_TR_NOOP("Hours since the series started")));
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
    m_peakBytes = 0;
    for (const MemorySeries &one : series) {
        if (one.samples.isEmpty())
            continue;
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

void MemoryChart::rebuild()
{
    // Attaching axes emits rangeChanged: no redraw until every line exists.
    m_redrawing = true;
    m_fullHours = 0;
    for (const Plotted &plotted : std::as_const(m_plotted))
        m_fullHours = std::max(m_fullHours, hoursOf(plotted.data, plotted.data.samples.last().time));
    if (m_fullHours <= 0)
        m_fullHours = 1;
    const double divisor = unitDivisor();
    const QString unit = unitText(divisor);

    for (Plotted &plotted : m_plotted) {
        const QColor colour = colourFor(plotted.data.role);
        if (!plotted.line) {
            plotted.line = new QLineSeries(this);
            chart()->addSeries(plotted.line);
            plotted.line->attachAxis(m_hoursAxis);
            plotted.line->attachAxis(m_memoryAxis);
            const MemorySeries *data = &plotted.data;
            connect(plotted.line, &QLineSeries::hovered, this, [this, data](const QPointF &point, bool state) {
                if (!state)
                    return;
                const QString shownUnit = unitText(unitDivisor());
                QToolTip::showText(QCursor::pos(), tr("%1\n%2 h: %3 %4")
                                                       .arg(data->name, QString::number(point.x(), 'f', 2),
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
                plotted.trend->attachAxis(m_hoursAxis);
                plotted.trend->attachAxis(m_memoryAxis);
                const QList<QLegendMarker *> markers = chart()->legend()->markers(plotted.trend);
                for (QLegendMarker *marker : markers)
                    marker->setVisible(false); // the slope is in the series' own legend entry
            }
            QList<QPointF> ends = plotted.trendEnds;
            for (QPointF &end : ends)
                end.setY(end.y() / divisor);
            plotted.trend->replace(ends);
            plotted.trend->setPen(QPen(colour.darker(150), 1.5, Qt::DashLine));
        }
        plotted.line->setName(name);
    }

    if (m_thresholdMB > 0) {
        if (!m_threshold) {
            m_threshold = new QLineSeries(this);
            chart()->addSeries(m_threshold);
            m_threshold->attachAxis(m_hoursAxis);
            m_threshold->attachAxis(m_memoryAxis);
            m_threshold->setPen(QPen(QColor(0x6a, 0x1b, 0x9a), 1.2, Qt::DotLine));
        }
        const double y = m_thresholdMB * kBytesPerMB / divisor;
        m_threshold->setName(text(QT_TR_NOOP("Limit %1 %2")).arg(DataFill::formatMB(y), unit));
        m_threshold->replace({QPointF(0, y), QPointF(m_fullHours, y)});
    } else if (m_threshold) {
        chart()->removeSeries(m_threshold);
        delete m_threshold;
        m_threshold = nullptr;
    }

    updateValueAxis();
    if (m_deployHours >= 0 && !m_plotted.isEmpty()) {
        if (!m_deployMarker) {
            m_deployMarker = new QLineSeries(this);
            chart()->addSeries(m_deployMarker);
            m_deployMarker->attachAxis(m_hoursAxis);
            m_deployMarker->attachAxis(m_memoryAxis);
            m_deployMarker->setPen(QPen(QColor(0x37, 0x47, 0x4f), 1.5, Qt::DashDotLine));
        }
        m_deployMarker->setName(text(QT_TR_NOOP("Deploy (%1 h)")).arg(QString::number(m_deployHours, 'f', 1)));
        m_deployMarker->replace({QPointF(m_deployHours, 0), QPointF(m_deployHours, m_memoryAxis->max())});
    } else if (m_deployMarker) {
        chart()->removeSeries(m_deployMarker);
        delete m_deployMarker;
        m_deployMarker = nullptr;
    }
    // Short: the axis title runs along the plot's height, which is small in a docked panel.
    m_memoryAxis->setTitleText(text(QT_TR_NOOP("Memory (%1)")).arg(unit));
    m_memoryAxis->setLabelFormat(divisor == kBytesPerGB ? u"%.1f"_s : u"%.0f"_s);
    resetZoom();
    m_redrawing = false;
    redraw(); // the range may not have changed, but the series did
}

void MemoryChart::updateValueAxis()
{
    const double top = topBytes() / unitDivisor();
    m_memoryAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    m_memoryAxis->applyNiceNumbers();
}

void MemoryChart::resetZoom()
{
    setVisibleHours(0, m_fullHours);
}

QPair<double, double> MemoryChart::visibleHours() const
{
    return {m_hoursAxis->min(), m_hoursAxis->max()};
}

void MemoryChart::setVisibleHours(double from, double to)
{
    if (to <= from)
        return;
    m_hoursAxis->setRange(from, to);
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
    const auto [fromHours, toHours] = visibleHours();
    for (Plotted &plotted : m_plotted) {
        if (!plotted.line)
            continue;
        const qint64 start = plotted.data.samples.first().time;
        const QList<MemorySample> shown = Downsampler::minMaxPerColumn(
            plotted.data.samples, start + qint64(fromHours * kMsPerHour), start + qint64(std::ceil(toHours * kMsPerHour)), columns);
        QList<QPointF> points;
        points.reserve(shown.size());
        for (const MemorySample &sample : shown)
            points.append(QPointF(hoursOf(plotted.data, sample.time), sample.bytes / divisor));
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
    const auto [from, to] = visibleHours();
    const double span = to - from;
    const QPointF value = chart()->mapToValue(chart()->mapFromScene(mapToScene(event->position().toPoint())));
    const double anchor = std::clamp(value.x(), from, to);
    const double factor = event->angleDelta().y() > 0 ? 0.8 : 1.25;
    const double newSpan = std::min(span * factor, m_fullHours);
    const double newFrom = std::clamp(anchor - (anchor - from) * newSpan / span, 0.0, m_fullHours - newSpan);
    setVisibleHours(newFrom, newFrom + newSpan);
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
    const auto [from, to] = visibleHours();
    const double step = (to - from) / 10;
    switch (event->key()) {
    case Qt::Key_Escape:
        resetZoom();
        return;
    case Qt::Key_Left:
        setVisibleHours(std::max(0.0, from - step), std::max(0.0, from - step) + (to - from));
        return;
    case Qt::Key_Right:
        setVisibleHours(std::min(m_fullHours - (to - from), from + step), std::min(m_fullHours - (to - from), from + step) + (to - from));
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        setVisibleHours(from + step, to - step);
        return;
    case Qt::Key_Minus:
        setVisibleHours(std::max(0.0, from - step), std::min(m_fullHours, to + step));
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

} // namespace lr
