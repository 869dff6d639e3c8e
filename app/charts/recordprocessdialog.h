#pragma once

#include "live/processrecorder.h"
#include "live/recordingfile.h"
#include "model/reportcontent.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace lr {

class MemoryChart;
class RecoveryStore;

// Record Process…: start a command or pick a running process, choose the metric, the interval and
// an optional duration, and watch the memory on a live chart until Stop, the duration, or the
// process's exit. "Add to Report" then hands over what was recorded (recordedSeries()); closing
// without it keeps the report as it was.
class RecordProcessDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecordProcessDialog(SeriesRole proposedRole, QWidget *parent = nullptr);
    ~RecordProcessDialog() override;

    // The recording's series (the chosen metric's with the chosen role, then the other figures
    // with role other); empty before a recording has samples.
    QList<MemorySeries> recordedSeries() const;
    SeriesRole role() const;

    // For tests and scripts: the fields the user fills in.
    void setCommand(const QString &commandLine);
    void setProcessId(qint64 pid);
    void setIntervalMs(int milliseconds);
    void setMetric(ProcessMetric metric);
    // Keeps what is recorded, as it comes, in `store`'s recording copy of the report `base` (saved
    // at `reportPath`), so that a crash while recording loses at most one interval: the copy is
    // offered at the next start like any recovery copy. It goes when the dialog closes.
    void keepSamplesIn(RecoveryStore *store, const ReportContent &base, const QString &reportPath);

    MemoryChart *chart() const { return m_chart; }
    QString statusText() const;

    void start();
    void stop();

protected:
    void reject() override; // Close or Escape: stop a running recording first
    void done(int result) override; // the recovery copy of the recording is no longer needed

private:
    void showSamples();
    void finished();
    void updateState();
    void keepSamples();
    void dropKeptSamples();

    QRadioButton *m_startCommand;
    QLineEdit *m_command;
    QRadioButton *m_attach;
    QSpinBox *m_pid;
    QComboBox *m_metric;
    QSpinBox *m_interval; // ms
    QSpinBox *m_duration; // minutes; 0: until stopped
    QComboBox *m_role;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    MemoryChart *m_chart;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<ProcessRecorder> m_recorder;
    QList<MemorySeries> m_recorded;
    RecoveryStore *m_store = nullptr;
    ReportContent m_base;
    QString m_reportPath;
    std::unique_ptr<RecordingFile> m_kept; // the recording's recovery copy
};

} // namespace lr
