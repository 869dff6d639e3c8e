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
class RecoveryStore;
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
    // Writes Prometheus alerting rules from the series and the memory limit to `path` (atomically)
    // and fills Monitoring Added's empty thresholds from them, in one undo step. False with
    // `error` when the data gives no rules or the file cannot be written; the report is unchanged.
    bool writeAlertRules(const QString &path, QString *error);
    // Puts a recording (RecordProcessDialog::recordedSeries) in place of the series of its role.
    void addRecording(const QList<MemorySeries> &recorded, SeriesRole role);
    // Where Record Process… keeps its samples as they come, for crash recovery (the window's
    // store), and the path the report is saved at.
    void keepRecordingsIn(RecoveryStore *store, std::function<QString()> reportPath);

signals:
    // What a fill changed, for the status bar (see FillConfirmation::apply).
    void filled(const QString &summary);
    // A recording went into the report: its recovery copy goes with the dialog, so the report's
    // own copy is due now, not within the autosave interval.
    void recordingAdded();

private:
    // Reads with `read`; for a table, shows how each column's numbers were read and offers another
    // unit for the numbers without one, then reads again with it. Nothing when the user cancels.
    std::optional<SeriesImportResult> readChoosingUnit(const std::function<SeriesImportResult(const SeriesReadOptions &)> &read);
    void importInteractively();
    void saveAlertRulesInteractively();
    void recordProcess(); // Record Process…: a dialog with a live chart; its recording is one undo step
    // Live series (memorydatapanellive.cpp): the Query Prometheus dialog, and Refresh, which
    // re-runs the selected series' query without blocking.
    void queryPrometheus();
    void refreshSelected();
    void applyRefresh(const QString &seriesName, const PrometheusFetch &fetched);
    void removeSelected();
    void setRole(int index, SeriesRole role);
    void refresh(); // from the report, when its series changed
    void showStatistics();
    // Puts the deploy marker at the report's Fix deployed time when the before series has
    // wall-clock times that span it, so marker, Fix deployed and Deployment Time agree (the
    // checks compare the last two); a marker the user moved stays where it is.
    void followDeployTime();
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
    QPushButton *m_alerts;
    QPushButton *m_refresh;
    PrometheusClient *m_refresher = nullptr;
    QList<MemorySeries> m_shown;
    bool m_followingDeploy = false;
    bool m_deploySetByHand = false;
    RecoveryStore *m_recoveryStore = nullptr;
    std::function<QString()> m_reportPath;
};

} // namespace lr
