#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lr {

class ReportEditor;

// The editor's side of GC and OOM evidence from log files, each one undo step:
//   - OOM events from a kernel, kubectl or Node log into the report, then, asking first, as rows
//     of the Incident Timeline;
//   - the GC Logs excerpt of a --trace-gc log into the Appendix, asking before it replaces text.
class EvidenceImport
{
    Q_DECLARE_TR_FUNCTIONS(lr::EvidenceImport)

public:
    // False when nothing changed (an unreadable log, the user cancelled, nothing new).
    static bool addOomEvents(QWidget *parent, ReportEditor *editor, const QString &path);
    static bool insertGcExcerpt(QWidget *parent, ReportEditor *editor, const QString &path);
};

} // namespace lr
