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
    m_content.series = m_kept + recorded;
    return ReportFile::save(m_path, *m_template, m_content, error);
}

} // namespace lr
