#pragma once

#include "series/seriesimporter.h"

#include <QWidget>

#include <functional>
#include <optional>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lr {

class MemoryChart;
class PrometheusClient;
struct PrometheusFetch;
class ReportEditor;

// The report's memory data: the series it holds (import from a file or paste from a spreadsheet
// or Grafana, choose each one's role, remove), their statistics, the chart, and "Fill Report From
// Data". Every change goes through the report's undo stack.
class MemoryDataPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MemoryDataPanel(ReportEditor *editor, QWidget *parent = nullptr);

    MemoryChart *chart() const { return m_chart; }

    // Adds what `imported` holds: asks which series if there are several and which role (the
    // first missing one of before/after is proposed). Returns false if nothing was added.
    bool addImported(const SeriesImportResult &imported);
    // Adds without asking, replacing the report's series of the same role (before/after).
    void addSeries(MemorySeries series, SeriesRole role);
    void importFile(const QString &path);
    void pasteFromClipboard();
    // Proposes values from the statistics; asks before replacing anything typed.
    void fillReportFromData();

private:
    // Reads with `read`; for a table, shows how each column's numbers were read and offers another
    // unit for the numbers without one, then reads again with it. Nothing when the user cancels.
    std::optional<SeriesImportResult> readChoosingUnit(const std::function<SeriesImportResult(const SeriesReadOptions &)> &read);
    void importInteractively();
    // Live series (memorydatapanellive.cpp): the Query Prometheus dialog, and Refresh, which
    // re-runs the selected series' query without blocking.
    void queryPrometheus();
    void refreshSelected();
    void applyRefresh(const QString &seriesName, const PrometheusFetch &fetched);
    void removeSelected();
    void setRole(int index, SeriesRole role);
    void refresh(); // from the report, when its series changed
    void showStatistics();
    void updateButtons();
    void commit(const QList<MemorySeries> &series, const QString &actionText);

    ReportEditor *m_editor;
    QTableWidget *m_table;
    MemoryChart *m_chart;
    QLabel *m_statistics;
    QDoubleSpinBox *m_threshold;
    QDoubleSpinBox *m_deploy;
    QPushButton *m_remove;
    QPushButton *m_fill;
    QPushButton *m_refresh;
    PrometheusClient *m_refresher = nullptr;
    QList<MemorySeries> m_shown;
};

} // namespace lr
