#include "charts/recordprocessdialog.h"

#include "charts/memorychart.h"
#include "io/recoverystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

RecordProcessDialog::RecordProcessDialog(SeriesRole proposedRole, QWidget *parent)
    : QDialog(parent)
    , m_startCommand(new QRadioButton(tr("Start a comma&nd:"), this))
    , m_command(new QLineEdit(this))
    , m_attach(new QRadioButton(tr("Running &process ID:"), this))
    , m_pid(new QSpinBox(this))
    , m_metric(new QComboBox(this))
    , m_interval(new QSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_role(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_status(new QLabel(this))
    , m_chart(new MemoryChart(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"recordProcessDialog"_s);
    setWindowTitle(tr("Record Process"));
    m_startCommand->setChecked(true);
    m_command->setObjectName(u"recordCommand"_s);
    m_command->setPlaceholderText(tr("node --expose-gc server.js"));
    m_pid->setObjectName(u"recordPid"_s);
    m_pid->setRange(1, 1 << 30);
    for (const ProcessMetric metric : ProcessMetrics::kAll)
        m_metric->addItem(ProcessMetrics::label(metric), int(metric));
    m_metric->setToolTip(tr("The figure that becomes the series; the others are kept as series of role Other"));
    m_interval->setRange(10, 3'600'000);
    m_interval->setValue(1000);
    //: Milliseconds
    m_interval->setSuffix(u' ' + tr("ms"));
    m_duration->setRange(0, 100'000);
    //: Minutes
    m_duration->setSuffix(u' ' + tr("min"));
    m_duration->setSpecialValueText(tr("until stopped"));
    m_role->addItem(tr("Before fix"), int(SeriesRole::Before));
    m_role->addItem(tr("After fix"), int(SeriesRole::After));
    m_role->setCurrentIndex(proposedRole == SeriesRole::After ? 1 : 0);
    m_status->setObjectName(u"recordStatus"_s);
    m_status->setWordWrap(true);
    m_chart->setTitle(tr("Memory of the recorded process"));
    m_buttons->addButton(tr("&Add to Report"), QDialogButtonBox::AcceptRole)->setObjectName(u"addRecording"_s);

    auto *form = new QFormLayout;
    form->addRow(m_startCommand, m_command);
    form->addRow(m_attach, m_pid);
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    form->addRow(metricLabel, m_metric);
    auto *intervalLabel = new QLabel(tr("&Interval:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);
    auto *durationLabel = new QLabel(tr("&Duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, m_duration);
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    form->addRow(roleLabel, m_role);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_buttons);
    resize(760, 620);

    connect(m_start, &QPushButton::clicked, this, &RecordProcessDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &RecordProcessDialog::stop);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordProcessDialog::reject);
    connect(m_startCommand, &QRadioButton::toggled, this, &RecordProcessDialog::updateState);
    updateState();
}

RecordProcessDialog::~RecordProcessDialog()
{
    dropKeptSamples(); // the window closed on purpose: nothing to recover
}

void RecordProcessDialog::setCommand(const QString &commandLine)
{
    m_startCommand->setChecked(true);
    m_command->setText(commandLine);
}

void RecordProcessDialog::setProcessId(qint64 pid)
{
    m_attach->setChecked(true);
    m_pid->setValue(int(pid));
}

void RecordProcessDialog::setIntervalMs(int milliseconds)
{
    m_interval->setValue(milliseconds);
}

void RecordProcessDialog::setMetric(ProcessMetric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

SeriesRole RecordProcessDialog::role() const
{
    return SeriesRole(m_role->currentData().toInt());
}

QString RecordProcessDialog::statusText() const
{
    return m_status->text();
}

QList<MemorySeries> RecordProcessDialog::recordedSeries() const
{
    return m_recorder ? m_recorder->series(role()) : QList<MemorySeries>();
}

void RecordProcessDialog::start()
{
    RecordingOptions options;
    options.metric = ProcessMetric(m_metric->currentData().toInt());
    options.intervalMs = m_interval->value();
    options.durationMs = qint64(m_duration->value()) * 60'000;
    m_recorder = std::make_unique<ProcessRecorder>(options);
    connect(m_recorder.get(), &ProcessRecorder::sampled, this, &RecordProcessDialog::showSamples);
    connect(m_recorder.get(), &ProcessRecorder::finished, this, &RecordProcessDialog::finished);
    m_recorded.clear();
    QString error;
    bool started = false;
    if (m_startCommand->isChecked()) {
        const QStringList words = QProcess::splitCommand(m_command->text());
        if (words.isEmpty())
            error = tr("Type the command to start.");
        else
            started = m_recorder->startCommand(words.first(), words.mid(1), &error);
    } else {
        started = m_recorder->attach(m_pid->value(), &error);
    }
    if (!started) {
        m_recorder.reset();
        m_status->setText(error);
        updateState();
        return;
    }
    m_status->setText(tr("Recording process %1…").arg(m_recorder->pid()));
    dropKeptSamples(); // of a recording before this one
    if (m_store) {
        RecoveryStore *store = m_store;
        m_kept = std::make_unique<RecordingFile>(store->recordingPath(), role(), m_base,
                                                 [store, path = m_reportPath](const ReportContent &content, QString *error) {
                                                     return store->saveRecording(content, path, error);
                                                 });
    }
    showSamples();
    updateState();
}

void RecordProcessDialog::stop()
{
    if (m_recorder)
        m_recorder->stop();
}

void RecordProcessDialog::showSamples()
{
    m_recorded = m_recorder->series(role());
    m_chart->setSeries(m_recorded.mid(0, 1)); // the chosen metric; the other figures are kept, not drawn
    keepSamples();
}

void RecordProcessDialog::keepSamplesIn(RecoveryStore *store, const ReportContent &base, const QString &reportPath)
{
    m_store = store;
    m_base = base;
    m_reportPath = reportPath;
}

void RecordProcessDialog::keepSamples()
{
    if (!m_kept || m_recorded.isEmpty() || m_recorded.first().samples.isEmpty())
        return;
    QString error;
    if (!m_kept->write(m_recorded, &error)) {
        m_kept.reset(); // recording on, without a copy rather than with a stale one
        m_store->discardRecording();
        m_status->setText(tr("Recording, but a crash would lose it: %1").arg(error));
    }
}

void RecordProcessDialog::dropKeptSamples()
{
    if (m_kept)
        m_kept->discardJournal();
    m_kept.reset();
    if (m_store)
        m_store->discardRecording();
}

void RecordProcessDialog::done(int result)
{
    stop();
    // Closed without adding: nothing to recover. Added to the report: the copy stays until the
    // dialog goes, after the report's own recovery copy has taken the recording (see
    // MemoryDataPanel::recordingAdded); dropped here, a crash in between lost the recording.
    if (result != Accepted)
        dropKeptSamples();
    QDialog::done(result);
}

void RecordProcessDialog::finished()
{
    m_status->setText(m_recorder->stopMessage());
    updateState();
}

void RecordProcessDialog::updateState()
{
    const bool recording = m_recorder && !m_recorder->isFinished();
    m_start->setEnabled(!recording);
    m_stop->setEnabled(recording);
    for (QWidget *input : std::initializer_list<QWidget *>{m_startCommand, m_attach, m_metric, m_interval, m_duration, m_role})
        input->setEnabled(!recording);
    m_command->setEnabled(!recording && m_startCommand->isChecked());
    m_pid->setEnabled(!recording && !m_startCommand->isChecked());
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    if (QPushButton *add = findChild<QPushButton *>(u"addRecording"_s))
        add->setEnabled(!recording && !m_recorded.isEmpty() && !m_recorded.first().samples.isEmpty());
}

void RecordProcessDialog::reject()
{
    stop();
    QDialog::reject();
}

} // namespace lr
