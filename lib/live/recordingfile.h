#pragma once

#include "io/recordingjournal.h"
#include "model/reportcontent.h"
#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <functional>
#include <memory>

namespace lr {

class ReportTemplate;

// The report a recording goes into. Each sample reaches the disk as it comes, appended to the
// report's RecordingJournal; the report itself is written again (atomically) every few seconds
// and when the recording ends, and the journal then emptied. A crash or a kill so loses at most
// the last interval and never leaves a torn file: the report on disk is always a complete one,
// and reading it takes in the journal's samples. A recording replaces the report's series of its
// role and the companions of the recording before it of that role; everything else in the
// report stays as it was.
class RecordingFile
{
    Q_DECLARE_TR_FUNCTIONS(lr::RecordingFile)

public:
    // How the whole report is written: ReportFile::save, or a recovery copy (RecoveryStore).
    using SaveFunction = std::function<bool(const ReportContent &content, QString *error)>;

    RecordingFile(const QString &path, SeriesRole role);
    // A recording into a report held elsewhere (the editor's, which `base` is), kept by `save`
    // at `path` with its journal beside it: what Record Process… keeps for crash recovery.
    RecordingFile(const QString &path, SeriesRole role, const ReportContent &base, SaveFunction save);
    ~RecordingFile();

    // Reads the report (a new one from the template when `path` does not exist). False and
    // `error` when it cannot be read.
    bool open(QString *error);
    // Keeps `recorded` (see ProcessRecorder::series) in place of the old recording: the samples
    // new since the last call go to the journal, or the whole report is written again.
    bool write(const QList<MemorySeries> &recorded, QString *error);
    // Writes the report with everything recorded and removes the journal (nothing when no
    // sample was ever written).
    bool finish(const QList<MemorySeries> &recorded, QString *error);
    bool existedBefore() const { return m_existed; }
    // The recording went elsewhere (added to the editor's report, or dropped): the journal goes.
    void discardJournal() { m_journal.remove(); }

private:
    QString m_path;
    SeriesRole m_role;
    SaveFunction m_save;
    std::shared_ptr<const ReportTemplate> m_template;
    ReportContent m_content;
    QList<MemorySeries> m_kept; // the report's series the recording does not replace
    bool m_existed = false;
    RecordingJournal m_journal;
    QHash<QString, qsizetype> m_written; // samples of each recorded series in the report or the journal
    QElapsedTimer m_sinceReportWritten;
};

} // namespace lr
