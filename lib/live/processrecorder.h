#pragma once

#include "live/processsampler.h"
#include "series/memoryseries.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <array>
#include <memory>

namespace lr {

struct RecordingOptions
{
    ProcessMetric metric = ProcessMetric::Rss;
    qint64 intervalMs = 1000;
    qint64 durationMs = 0; // 0: until stopped or the process exits
};

// Records a process's memory every interval: a process it starts (and ends when the recording is
// stopped, as `timeout` does) or one already running. Each figure the kernel gives is kept as a
// series of its own; the chosen metric's becomes the recording's series. Stops when asked, when the
// duration is up, or when the process exits; `finished` then says why, and what was recorded stays.
class ProcessRecorder : public QObject
{
    Q_OBJECT

public:
    enum class StopReason { Requested, DurationReached, ProcessExited, Failed };

    explicit ProcessRecorder(const RecordingOptions &options, QObject *parent = nullptr);
    ~ProcessRecorder() override;

    // Starts `program` with `arguments` (its output goes to ours) and records it from its first
    // sample. False (and `error`) when it cannot be started.
    bool startCommand(const QString &program, const QStringList &arguments, QString *error);
    // Records the running process `pid`. False (and `error`) when there is none or it cannot be read.
    bool attach(qint64 pid, QString *error);
    // Stops sampling; a started command is asked to end (SIGTERM, SIGKILL after 3 s) and
    // `finished` comes once it has.
    void stop();

    bool isRecording() const { return m_timer.isActive(); }
    bool isFinished() const { return m_finished; }
    qint64 pid() const;
    // What was recorded: the chosen metric's series with `role`, then every other figure the
    // kernel gave, with role Other, named after the program and the role ("app PSS (with before)").
    QList<MemorySeries> series(SeriesRole role) const;
    // The samples of one metric (bytes, ms since the epoch).
    const QList<MemorySample> &samples(ProcessMetric metric) const;
    // Why it stopped, for the user: "process 42 exited with code 0 after 12 samples".
    QString stopMessage() const { return m_stopMessage; }
    StopReason stopReason() const { return m_stopReason; }

    // The names its series get, so a new recording replaces the old one's companions too.
    static bool isCompanionOf(const MemorySeries &series, SeriesRole role);
    // A report's series with a recording of `role` in place of the series of that role and the
    // other figures of the recording before it; the rest stay as they were.
    static QList<MemorySeries> withRecording(const QList<MemorySeries> &existing, const QList<MemorySeries> &recorded,
                                             SeriesRole role);

signals:
    void sampled(const ProcessMemory &memory, qint64 timeMs);
    void finished(lr::ProcessRecorder::StopReason reason);

private:
    bool begin(qint64 pid, QString *error);
    void takeSample();
    void finish(StopReason reason, const QString &message);
    void onProcessFinished(int exitCode, QProcess::ExitStatus status);

    RecordingOptions m_options;
    std::unique_ptr<ProcessSampler> m_sampler;
    std::unique_ptr<QProcess> m_process; // when the recorder started it
    QString m_program;
    QTimer m_timer;
    QTimer m_killTimer;
    QElapsedTimer m_elapsed;
    std::array<QList<MemorySample>, std::size(ProcessMetrics::kAll)> m_samples;
    QString m_source;
    QString m_stopMessage;
    StopReason m_stopReason = StopReason::Requested;
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace lr
