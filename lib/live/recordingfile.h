#pragma once

#include "model/reportcontent.h"
#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace lr {

class ReportTemplate;

// The report a recording goes into, written again (atomically) after every sample, so a crash
// or a kill loses at most the last interval and never leaves a torn file: the report on disk is
// always the previous complete one or the new complete one. A recording replaces the report's
// series of its role and the companions of the recording before it of that role; everything else
// in the report stays as it was.
class RecordingFile
{
    Q_DECLARE_TR_FUNCTIONS(lr::RecordingFile)

public:
    RecordingFile(const QString &path, SeriesRole role);
    ~RecordingFile();

    // Reads the report (a new one from the template when `path` does not exist). False and
    // `error` when it cannot be read.
    bool open(QString *error);
    // Writes the report with `recorded` (see ProcessRecorder::series) in place of the old recording.
    bool write(const QList<MemorySeries> &recorded, QString *error);
    bool existedBefore() const { return m_existed; }

private:
    QString m_path;
    SeriesRole m_role;
    std::shared_ptr<const ReportTemplate> m_template;
    ReportContent m_content;
    QList<MemorySeries> m_kept; // the report's series the recording does not replace
    bool m_existed = false;
};

} // namespace lr
