#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

namespace lr {

// The samples a recorder took since it last rewrote its report, appended beside it
// (REPORT.leakreport.recording) one line each as they come: one JSON object per line,
// {"series": name, "time": ms, "bytes": n}. Rewriting the whole report after every sample kept
// a killed recorder's loss to one interval but cost 1.2-2.4 % of a core at 100 ms; appending a
// line costs a write(). The report is rewritten every few seconds and the journal emptied; a
// journal left by a killed recorder is read back by ReportFile::load, so the report reopens
// with every sample that reached the disk (a torn last line is left out).
class RecordingJournal
{
    Q_DECLARE_TR_FUNCTIONS(lr::RecordingJournal)

public:
    static QString pathFor(const QString &reportPath);

    explicit RecordingJournal(const QString &reportPath);

    // Empties the journal (creating it): its samples are in the report now.
    bool restart(QString *error);
    bool append(const QString &seriesName, const MemorySample &sample, QString *error);
    // After the final rewrite of the report.
    void remove();

    // Adds to `series` the journal's samples later than each series' last one (so reading a
    // journal twice, or one whose samples the report already holds, adds nothing); samples of a
    // series the report no longer has are left out. Says what it recovered in `warnings`.
    static void recoverInto(const QString &reportPath, QList<MemorySeries> *series, QStringList *warnings);

private:
    QFile m_file;
};

} // namespace lr
