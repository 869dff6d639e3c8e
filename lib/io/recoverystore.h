#pragma once

#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace lr {

struct RecoveryEntry
{
    QString recoveryPath;   // the recovery file itself
    QString originalPath;   // the .leakreport being edited, empty for an unsaved new report
    QDateTime savedAt;      // when the copy was written (UTC)
    qint64 pid = 0;         // process that wrote it
    ReportContent content;  // what would be restored
    QString error;          // set when the recovery file cannot be read (entry still listed so the user can discard it)
};

// Recovery copies of open reports, one file per editing session, in a folder the app owns
// (default: QStandardPaths::AppLocalDataLocation + "/recovery"). Written atomically, so a crash
// while autosaving leaves the previous copy intact.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(lr::RecoveryStore)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr QLatin1StringView kSuffix{"leakreport-recovery"};

    explicit RecoveryStore(std::shared_ptr<const ReportTemplate> reportTemplate, QString directory = {});

    QString directory() const { return m_directory; }
    // The file this process writes: "<pid>-<random>.leakreport-recovery", unique per store object.
    QString sessionPath() const { return m_sessionPath; }

    // Writes (or replaces) this session's copy; creates the directory on demand.
    bool save(const ReportContent &content, const QString &originalPath, QString *error);
    // Removes this session's file (after a clean save or close).
    void discardSession();

    // The copy of the report with a recording in progress (Record Process…), beside the session's:
    // written every few seconds with the samples in between in its RecordingJournal, so that a
    // crash while recording loses at most one interval. Listed like any copy once the process is gone.
    QString recordingPath() const { return m_recordingPath; }
    bool saveRecording(const ReportContent &content, const QString &originalPath, QString *error);
    void discardRecording(); // with its journal

    // Recovery files left by processes that are no longer running, newest first. Excludes the
    // files of this process, which are live sessions. Unreadable files are listed with `error`.
    QList<RecoveryEntry> orphanedEntries() const;

    // Reads one recovery file; problems end up in RecoveryEntry::error.
    static RecoveryEntry readEntry(const QString &recoveryPath, const ReportTemplate &reportTemplate);
    // Removes the entry's file; true when it is gone.
    static bool discard(const RecoveryEntry &entry);

private:
    // Either copy, atomically, creating the directory on demand.
    bool writeCopy(const QString &path, const ReportContent &content, const QString &originalPath, QString *error) const;

    std::shared_ptr<const ReportTemplate> m_template;
    QString m_directory;
    QString m_sessionPath;
    QString m_recordingPath;
};

} // namespace lr
