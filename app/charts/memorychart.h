#pragma once

#include "series/memoryseries.h"

#include <QChartView>

#include <optional>

class QLineSeries;
class QValueAxis;

namespace lr {

// The before/after memory curves, overlaid on hours since each series started so the two
// compare directly, each with its least-squares trend line (slope in the legend), and an
// optional threshold line (the memory limit). Drag to zoom into a time range, wheel to zoom,
// right-click or Escape to reset. What is drawn is downsampled to about two points per pixel
// column (peaks kept) and redone for the visible range after every zoom, with one replace()
// per series; statistics elsewhere always use every sample.
class MemoryChart : public QChartView
{
    Q_OBJECT

public:
    explicit MemoryChart(QWidget *parent = nullptr);

    void setSeries(const QList<MemorySeries> &series);
    // MB (10^6 bytes); 0 hides the line.
    void setThresholdMB(double megabytes);
    // A vertical "Deploy" line that many hours into the chart; a negative value hides it.
    void setDeployMarkerHours(double hours);
    void resetZoom();
    // Exports draw the chart in English, like the rest of the report; the editor draws it in the
    // user's language (the default).
    void setTranslated(bool translated);

    // The visible time range, in hours since the series start.
    QPair<double, double> visibleHours() const;
    void setVisibleHours(double from, double to);
    // Points drawn for series `index` now (after downsampling).
    qsizetype drawnPointCount(int index) const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Plotted
    {
        MemorySeries data;
        QLineSeries *line = nullptr;
        QLineSeries *trend = nullptr;
        // Computed once per series: the chart's own controls redraw without going over the samples.
        std::optional<double> growthMBPerHour;
        QList<QPointF> trendEnds; // (hours, bytes)
    };
    void rebuild();
    void redraw(); // downsample the visible range into every line
    void updateValueAxis();
    double unitDivisor() const; // bytes per displayed unit (MB or GB)
    double topBytes() const;    // the highest sample or the memory limit
    QString text(const char *sourceText) const; // tr(), unless the chart is drawn for an export
    QString unitText(double divisor) const;     // "MB" or "GB"
    void setFixedTexts();

    QList<Plotted> m_plotted;
    QLineSeries *m_threshold = nullptr;
    QLineSeries *m_deployMarker = nullptr;
    double m_deployHours = -1;
    QValueAxis *m_hoursAxis;
    QValueAxis *m_memoryAxis;
    double m_thresholdMB = 0;
    double m_peakBytes = 0; // over every sample of every series
    double m_fullHours = 1;
    bool m_redrawing = false;
    bool m_translated = true;
};

} // namespace lr
