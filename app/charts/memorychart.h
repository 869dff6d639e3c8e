#pragma once

#include "series/axisscale.h"
#include "series/memoryseries.h"

#include <QChartView>

#include <optional>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace lr {

// The before/after memory curves, overlaid on the time since each series started so the two
// compare directly, each with its least-squares trend line (slope in the legend), and an
// optional threshold line (the memory limit). The x axis reads in the unit that fits the span
// (ms, s, min, h, d, refitted as you zoom) with round ticks; massif series timed in instructions or bytes allocated get
// that axis instead, and a chart never mixes two kinds of axis: series of another kind than the
// before series (else the first) are left out and named under the title. Drag a rectangle to zoom
// into it (time and memory), wheel to zoom in time, Ctrl+wheel in memory, right-click or Escape to
// reset; the tooltip shows the sample nearest the pointer. Colours follow the palette (dark too). What is drawn is downsampled to about two
// points per pixel column (peaks kept) and redone for the visible range after every zoom, with
// one replace() per series; statistics elsewhere always use every sample.
class MemoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit MemoryChart(QWidget *parent = nullptr);

    void setSeries(const QList<MemorySeries> &series);
    // The chart's title; a note naming the series left out goes under it.
    void setTitle(const QString &title);
    // MB (10^6 bytes); 0 hides the line.
    void setThresholdMB(double megabytes);
    // A vertical "Deploy" line that many hours into the chart; a negative value hides it.
    void setDeployMarkerHours(double hours);
    // Out-of-memory kills that many hours into the chart, marked along its top edge.
    void setOomMarkerHours(const QList<double> &hours);
    qsizetype oomMarkerCount() const { return m_oomHours.size(); }
    void resetZoom();
    // Exports draw the chart in English, like the rest of the report; the editor draws it in the
    // user's language (the default).
    void setTranslated(bool translated);

    // The x axis: what it counts and in which unit.
    const AxisScale &axisScale() const { return m_scale; }
    // The series not drawn because they count something else on their x axis.
    const QStringList &leftOut() const { return m_leftOut; }
    // The visible range, in the axis' displayed unit since the series started.
    QPair<double, double> visibleRange() const;
    void setVisibleRange(double from, double to);
    // The same in hours, for a time axis.
    QPair<double, double> visibleHours() const;
    void setVisibleHours(double from, double to);
    // Points drawn for series `index` now (after downsampling).
    qsizetype drawnPointCount(int index) const;
    // The visible memory range, in the axis' unit (MB or GB); drag a rectangle or Ctrl+wheel to zoom it.
    QPair<double, double> visibleMemoryRange() const;
    void setVisibleMemoryRange(double from, double to);
    // The tooltip for the pointer at `viewPosition`: the drawn sample nearest to it within a few
    // pixels (its series' role, time and memory), else empty.
    QString sampleTextAt(const QPointF &viewPosition) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Plotted
    {
        MemorySeries data;
        QLineSeries *line = nullptr;
        QLineSeries *trend = nullptr;
        // Computed once per series: the chart's own controls redraw without going over the samples.
        std::optional<double> growthMBPerHour;
        QList<QPointF> trendEnds; // (series units since the start, bytes)
    };
    void rebuild();
    void redraw(); // downsample the visible range into every line
    void updateValueAxis();
    void updateTicks(); // round steps for the visible range
    void updateMemoryTicks();
    int memoryIntervals() const; // how many tick intervals fit the plot's height
    void zoomMemoryAxis(const QPointF &viewPosition, double factor);
    void applyColours(); // from the palette: background, text, grid, and each line's pen
    QString seriesLabel(const MemorySeries &series) const; // the role, or an other series' name
    // Zoomed far in (or out again), the axis takes the unit that fits what is visible: six
    // minutes of a 7-hour run read in minutes.
    void fitUnitToRange();
    void placeAlongX(); // the trend, limit and deploy lines, in the axis' unit
    void updateTitle();
    double unitDivisor() const; // bytes per displayed unit (MB or GB)
    double topBytes() const;    // the highest sample or the memory limit
    QString text(const char *sourceText) const; // tr(), unless the chart is drawn for an export
    QString unitText(double divisor) const;     // "MB" or "GB"
    void setFixedTexts();

    QList<Plotted> m_plotted;
    QLineSeries *m_threshold = nullptr;
    QLineSeries *m_deployMarker = nullptr;
    double m_deployHours = -1;
    QScatterSeries *m_oomMarkers = nullptr;
    QList<double> m_oomHours;
    QValueAxis *m_xAxis;
    QValueAxis *m_memoryAxis;
    double m_thresholdMB = 0;
    double m_peakBytes = 0; // over every sample of every series
    AxisScale m_scale = AxisScale::forSpan(MemorySeries::TimeUnit::Milliseconds, 0);
    double m_fullSpan = 1; // in displayed units
    QStringList m_leftOut;
    QString m_title;
    bool m_redrawing = false;
    bool m_translated = true;
};

} // namespace lr
