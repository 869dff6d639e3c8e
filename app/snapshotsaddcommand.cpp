// The command line's `snapshots add`: records heap snapshot evidence in a report, and with --fill
// writes the Investigation Steps from it as the editor's Fill From Snapshots does (see commandline.h).
#include "commandline.h"

#include "heap/heapcomparer.h"
#include "heap/snapshotfill.h"
#include "i18n/plural.h"
#include "io/reportfile.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace lr {

int CommandLine::runSnapshotsAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record two or three V8 heap snapshots in a report: each snapshot's file name, sizes, object count,\n"
           "capture time and SHA-256, and the comparison's top classes with their retainer paths (never the\n"
           "snapshots themselves: the report opens without them). With three snapshots the classes are the\n"
           "three-snapshot technique's leak candidates. --fill also writes Investigation Steps from them, as the\n"
           "editor's Fill Report From Snapshots does; text typed differently is kept unless --force."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"REPORT"_s, tr("The .leakreport file to record the snapshots in."));
    parser.addPositionalArgument(u"SNAPSHOTS"_s, tr("Two or three .heapsnapshot files of one process, oldest first."),
                                 u"S1 S2 [S3]"_s);
    const QCommandLineOption fill(u"fill"_s, tr("Also fill Investigation Steps and the Appendix from the snapshots."));
    const QCommandLineOption force({u"f"_s, u"force"_s}, tr("With --fill: replace text typed in the report that differs."));
    parser.addOptions({fill, force});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"snapshots"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "snapshots add"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3 || positional.size() > 4)
        return usageError(tr("snapshots add takes a report and two or three snapshots"), u"snapshots"_s);
    if (parser.isSet(force) && !parser.isSet(fill))
        return usageError(tr("--force only applies with --fill"), u"snapshots"_s);
    const QString path = positional.first();
    const std::optional<LoadResult> report = loadNativeReport(path, tr("snapshot summaries"));
    if (!report)
        return UsageOrInputError;
    const LoadResult &loaded = *report;
    const auto reportTemplate = ReportTemplate::builtin();
    QString error;
    const std::optional<HeapComparison> comparison = HeapComparer::compare(positional.mid(1), &error);
    if (!comparison)
        return inputError(error);

    ReportContent content = SnapshotFill::record(loaded.content, *comparison);
    for (const HeapSnapshotSummary &snapshot : comparison->snapshots) {
        //: %1 file name, %2 MB of heap, %3 objects, %4 SHA-256
        m_out << tr("recorded %1: %2 MB heap, %3 objects, SHA-256 %4")
                     .arg(snapshot.fileName, SnapshotFill::formatMB(snapshot.heapBytes))
                     .arg(snapshot.nodeCount).arg(snapshot.sha256) << '\n';
    }
    m_out << withEnglishPlural(tr("%n group(s) of objects kept in the report", nullptr, int(content.heapComparison.classes.size())),
                               content.heapComparison.classes.size()) << '\n';
    if (parser.isSet(fill)) {
        const SnapshotProposal proposal = SnapshotFill::propose(*reportTemplate, content);
        const bool replaceTyped = parser.isSet(force);
        const QList<FieldFill> typedChanges = SnapshotFill::typedChanges(proposal);
        for (const FieldFill &typed : typedChanges) {
            if (replaceTyped)
                m_out << tr("replaced %1: \u201c%2\u201d \u2192 %3").arg(typed.label, typed.current, typed.proposed) << '\n';
            else
                m_out << tr("kept %1: \u201c%2\u201d (the snapshots say %3)").arg(typed.label, typed.current, typed.proposed) << '\n';
        }
        content = SnapshotFill::apply(content, proposal, replaceTyped);
        const int filled = int(proposal.fields.size() + proposal.rowSets.size() + proposal.itemsToTick.size()
                               - (replaceTyped ? 0 : typedChanges.size()));
        m_out << withEnglishPlural(tr("%n place(s) filled from the snapshots", nullptr, filled), filled) << '\n';
    }
    if (!ReportFile::save(path, *reportTemplate, content, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    return Success;
}

} // namespace lr
