#include "live/processrecorder.h"

#include "i18n/plural.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr int kKillAfterMs = 3000;
const QString kFormat = u"process"_s;

qsizetype indexOf(ProcessMetric metric)
{
    return qsizetype(metric);
}

QString companionSuffix(SeriesRole role)
{
    return u" (with "_s + roleName(role) + u')';
}

// The program's name as the kernel knows it, for a process the recorder did not start.
QString commandName(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    if (comm.open(QIODevice::ReadOnly))
        return QString::fromUtf8(comm.readAll()).trimmed();
    return u"pid %1"_s.arg(pid);
}

} // namespace

ProcessRecorder::ProcessRecorder(const RecordingOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(int(qMax<qint64>(10, options.intervalMs)));
    connect(&m_timer, &QTimer::timeout, this, &ProcessRecorder::takeSample);
    m_killTimer.setSingleShot(true);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

ProcessRecorder::~ProcessRecorder()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        disconnect(m_process.get(), nullptr, this, nullptr);
        m_process->kill(); // a recorder that goes away takes the program it started with it
        m_process->waitForFinished(kKillAfterMs);
    }
}

qint64 ProcessRecorder::pid() const
{
    return m_sampler ? m_sampler->pid() : 0;
}

bool ProcessRecorder::startCommand(const QString &program, const QStringList &arguments, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    m_process->setInputChannelMode(QProcess::ForwardedInputChannel);
    m_process->start(program, arguments);
    if (!m_process->waitForStarted(-1)) {
        *error = tr("cannot start %1: %2").arg(program, m_process->errorString());
        m_process.reset();
        return false;
    }
    connect(m_process.get(), &QProcess::finished, this, &ProcessRecorder::onProcessFinished);
    m_program = QFileInfo(program).fileName();
    return begin(m_process->processId(), error);
}

bool ProcessRecorder::attach(qint64 pid, QString *error)
{
    if (pid <= 0) {
        *error = tr("%1 is not a process id").arg(pid);
        return false;
    }
    m_program = commandName(pid);
    return begin(pid, error);
}

bool ProcessRecorder::begin(qint64 pid, QString *error)
{
    m_sampler = std::make_unique<ProcessSampler>(pid);
    ProcessMemory memory;
    const ProcessSampler::Outcome outcome = m_sampler->sample(&memory, error);
    if (outcome == ProcessSampler::Outcome::Exited && !m_process)
        *error = tr("there is no process %1").arg(pid);
    if (outcome != ProcessSampler::Outcome::Sampled)
        return false;
    if (!ProcessMetrics::valueOf(memory, m_options.metric)) {
        *error = m_options.metric == ProcessMetric::Cgroup
            ? tr("process %1 is in no cgroup v2 group of its own, so it has no memory.current; choose another metric").arg(pid)
            : tr("the kernel gives no %1 for process %2 (PSS needs /proc/PID/smaps_rollup, Linux 4.14)")
                  .arg(ProcessMetrics::label(m_options.metric))
                  .arg(pid);
        return false;
    }
    m_source = m_sampler->sourceDescription();
    m_elapsed.start();
    m_timer.start();
    takeSample(); // the first sample now, not one interval in
    return true;
}

void ProcessRecorder::takeSample()
{
    if (m_stopping || m_finished)
        return;
    ProcessMemory memory;
    QString error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (m_sampler->sample(&memory, &error)) {
    case ProcessSampler::Outcome::Sampled:
        break;
    case ProcessSampler::Outcome::Exited:
        m_timer.stop();
        // A child of ours: its exit code comes with QProcess's finished signal.
        if (m_process && m_process->state() != QProcess::NotRunning)
            return;
        finish(StopReason::ProcessExited, error);
        return;
    case ProcessSampler::Outcome::Unreadable:
        m_stopReason = StopReason::Failed;
        m_stopMessage = error;
        stop();
        return;
    }
    for (const ProcessMetric metric : ProcessMetrics::kAll) {
        if (const std::optional<double> bytes = ProcessMetrics::valueOf(memory, metric))
            m_samples[indexOf(metric)].append({now, *bytes});
    }
    emit sampled(memory, now);
    // Half an interval early counts as reached, so a 10 s recording at 1 s has 11 samples, not 12.
    if (m_options.durationMs > 0 && m_elapsed.elapsed() + m_options.intervalMs / 2 >= m_options.durationMs) {
        m_stopReason = StopReason::DurationReached;
        m_stopMessage = tr("the duration is up");
        stop();
    }
}

void ProcessRecorder::stop()
{
    if (m_stopping || m_finished)
        return;
    m_stopping = true;
    m_timer.stop();
    if (m_stopMessage.isEmpty())
        m_stopMessage = tr("stopped");
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        m_killTimer.start(kKillAfterMs);
        return; // finish() when it has ended
    }
    finish(m_stopReason, m_stopMessage);
}

void ProcessRecorder::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    if (m_stopping) {
        //: %1 says why the recording stopped ("the duration is up"), %2 is the program
        finish(m_stopReason, tr("%1; %2 was ended").arg(m_stopMessage, m_program));
        return;
    }
    // Ctrl+C in a terminal reaches the program too, and may end it before the recorder hears of it.
    const QString how = status == QProcess::CrashExit ? tr("%1 was ended by a signal or crashed").arg(m_program)
                                                      : tr("%1 exited with code %2").arg(m_program).arg(exitCode);
    finish(StopReason::ProcessExited, how);
}

void ProcessRecorder::finish(StopReason reason, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_stopReason = reason;
    const int count = int(samples(m_options.metric).size());
    //: %1 says why the recording stopped ("app exited with code 0")
    m_stopMessage = withEnglishPlural(tr("%1 after %n sample(s)", nullptr, count), count).arg(message);
    emit finished(reason);
}

const QList<MemorySample> &ProcessRecorder::samples(ProcessMetric metric) const
{
    return m_samples[indexOf(metric)];
}

QList<MemorySeries> ProcessRecorder::series(SeriesRole role) const
{
    QList<MemorySeries> recorded;
    const auto make = [&](ProcessMetric metric, SeriesRole seriesRole, const QString &suffix) {
        MemorySeries series;
        series.name = m_program + u' ' + ProcessMetrics::label(metric) + suffix;
        series.role = seriesRole;
        series.samples = samples(metric);
        series.source = {m_source, kFormat, u"pid %1 %2"_s.arg(pid()).arg(ProcessMetrics::name(metric))};
        return series;
    };
    recorded.append(make(m_options.metric, role, QString()));
    if (role == SeriesRole::Other)
        return recorded; // companions are told apart by the role they go with
    for (const ProcessMetric metric : ProcessMetrics::kAll) {
        if (metric != m_options.metric && !samples(metric).isEmpty())
            recorded.append(make(metric, SeriesRole::Other, companionSuffix(role)));
    }
    return recorded;
}

QList<MemorySeries> ProcessRecorder::withRecording(const QList<MemorySeries> &existing, const QList<MemorySeries> &recorded,
                                                   SeriesRole role)
{
    QList<MemorySeries> series;
    for (const MemorySeries &one : existing) {
        if (!((role != SeriesRole::Other && one.role == role) || isCompanionOf(one, role)))
            series.append(one);
    }
    return series + recorded;
}

bool ProcessRecorder::isCompanionOf(const MemorySeries &series, SeriesRole role)
{
    return series.role == SeriesRole::Other && series.source.format == kFormat && series.name.endsWith(companionSuffix(role));
}

} // namespace lr
