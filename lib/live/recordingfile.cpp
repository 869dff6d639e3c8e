#include "live/recordingfile.h"

#include "io/reportfile.h"
#include "live/processrecorder.h"
#include "template/reporttemplate.h"

#include <QFileInfo>

namespace lr {

RecordingFile::RecordingFile(const QString &path, SeriesRole role)
    : m_path(path)
    , m_role(role)
    , m_template(ReportTemplate::builtin())
    , m_journal(path)
{
    m_save = [this](const ReportContent &content, QString *error) {
        return ReportFile::save(m_path, *m_template, content, error);
    };
}

RecordingFile::RecordingFile(const QString &path, SeriesRole role, const ReportContent &base, SaveFunction save)
    : m_path(path)
    , m_role(role)
    , m_save(std::move(save))
    , m_template(ReportTemplate::builtin())
    , m_content(base)
    , m_kept(ProcessRecorder::withRecording(base.series, {}, role))
    , m_journal(path)
{
}

RecordingFile::~RecordingFile() = default;

bool RecordingFile::open(QString *error)
{
    m_existed = QFileInfo::exists(m_path);
    if (m_existed) {
        LoadResult loaded = ReportFile::load(m_path, *m_template);
        if (!loaded.ok()) {
            *error = loaded.error;
            return false;
        }
        m_content = std::move(loaded.content);
    } else {
        m_content = ReportContent::fromTemplate(*m_template);
    }
    m_kept = ProcessRecorder::withRecording(m_content.series, {}, m_role);
    return true;
}

bool RecordingFile::write(const QList<MemorySeries> &recorded, QString *error)
{
    // A few seconds between rewrites keep the cost of encoding and syncing the whole report
    // (milliseconds once it holds many samples) well under 1 % of a core at a 100 ms interval.
    constexpr qint64 kReportEveryMs = 5000;
    bool sameSeries = m_sinceReportWritten.isValid() && recorded.size() == m_written.size();
    for (const MemorySeries &one : recorded)
        sameSeries = sameSeries && m_written.contains(one.name) && m_written.value(one.name) <= one.samples.size();
    if (!sameSeries || m_sinceReportWritten.hasExpired(kReportEveryMs)) {
        m_content.series = m_kept + recorded;
        if (!m_save(m_content, error) || !m_journal.restart(error))
            return false;
        m_written.clear();
        for (const MemorySeries &one : recorded)
            m_written.insert(one.name, one.samples.size());
        m_sinceReportWritten.start();
        return true;
    }
    for (const MemorySeries &one : recorded) {
        qsizetype &written = m_written[one.name];
        for (; written < one.samples.size(); ++written) {
            if (!m_journal.append(one.name, one.samples[written], error))
                return false;
        }
    }
    return true;
}

bool RecordingFile::finish(const QList<MemorySeries> &recorded, QString *error)
{
    if (!m_sinceReportWritten.isValid())
        return true; // no sample came: the report was never touched
    m_content.series = m_kept + recorded;
    if (!m_save(m_content, error))
        return false; // the journal still holds what the report lacks
    m_journal.remove();
    return true;
}

} // namespace lr
