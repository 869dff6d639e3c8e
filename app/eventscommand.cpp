// The command line's `events add`: out-of-memory events from logs into a report (see commandline.h).
#include "commandline.h"

#include "events/oomcounts.h"
#include "events/oomeventreader.h"
#include "events/oomtimeline.h"
#include "i18n/plural.h"
#include "io/fileidentity.h"
#include "io/reportfile.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lr {

int CommandLine::runEvents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add out-of-memory events to a report, from a kernel log (dmesg -T, dmesg --time-format iso,\n"
           "journalctl -k, /var/log/kern.log), kubectl describe pod, kubectl get events -o json, or a Node\n"
           "log with \"JavaScript heap out of memory\". Events the report holds already are skipped.\n"
           "They count the OOM incidents (see leakreport fill and leakreport check)."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"add"_s, tr("The action (only \"add\" for now)."));
    parser.addPositionalArgument(u"REPORT"_s, tr("The .leakreport file to add to."));
    parser.addPositionalArgument(u"FILE"_s, tr("The log."));
    const QCommandLineOption year(u"year"_s, tr("The year of journalctl's short times (\"Nov 18 09:41:07\"), which print none."),
                                  u"year"_s);
    const QCommandLineOption timeline(u"timeline"_s, tr("Also add a row to the Incident Timeline for each new event."));
    parser.addOptions({year, timeline});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"events"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "events"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.first() != u"add")
        return usageError(tr("usage: events add REPORT FILE"), u"events"_s);
    OomEventReader::Options options;
    if (parser.isSet(year)) {
        bool ok = false;
        options.year = parser.value(year).toInt(&ok);
        if (!ok || options.year < 1970 || options.year > 9999)
            return usageError(tr("--year: \"%1\" is not a year").arg(parser.value(year)), u"events"_s);
    }
    const QString reportPath = positional[1];
    const QString logPath = positional[2];
    if (!checkNativeReportPath(reportPath, tr("events")))
        return UsageOrInputError;
    if (isSameFile(reportPath, logPath))
        return usageError(tr("the log %1 is the report itself; the output would replace the input").arg(logPath),
                          u"events"_s);

    const auto reportTemplate = ReportTemplate::builtin();
    std::optional<LoadResult> report = loadCheckedReport(reportPath);
    if (!report)
        return UsageOrInputError;
    LoadResult &loaded = *report;
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return inputError(tr("%1: cannot open: %2").arg(logPath, log.errorString()));
    const OomImportResult imported = OomEventReader::read(log, QFileInfo(logPath).fileName(), options);
    if (!imported.ok())
        return inputError(imported.error);
    for (const QString &note : imported.notes)
        m_err << "leakreport: " << note << '\n';

    ReportContent content = loaded.content;
    const QList<OomEvent> before = content.oomEvents;
    const qsizetype added = mergeOomEvents(content.oomEvents, imported.events);
    QList<OomEvent> newEvents;
    for (const OomEvent &event : std::as_const(content.oomEvents)) {
        if (!before.contains(event))
            newEvents.append(event);
    }
    qsizetype rows = 0;
    if (parser.isSet(timeline)) {
        rows = OomTimeline::newRows(*reportTemplate, content, newEvents).size();
        content = OomTimeline::withRows(*reportTemplate, content, newEvents);
    }
    if (content != loaded.content) {
        QString error;
        if (!ReportFile::save(reportPath, *reportTemplate, content, &error)) {
            m_err << "leakreport: " << error << '\n';
            return OutputError;
        }
    }
    for (const OomEvent &event : std::as_const(newEvents)) {
        const QString when = event.time.isValid() ? event.time.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s)
                                                  : tr("%1 ms after the process started").arg(event.processTimeMs);
        m_err << "leakreport: " << tr("added %1: %2").arg(when, describeEvent(event)) << '\n';
    }
    const qsizetype known = imported.events.size() - added;
    m_err << "leakreport: "
          << withEnglishPlural(tr("%n OOM event(s) added", nullptr, int(added)), int(added));
    if (known > 0)
        m_err << ", " << withEnglishPlural(tr("%n already in the report", nullptr, int(known)), int(known));
    if (rows > 0)
        m_err << ", " << withEnglishPlural(tr("%n timeline row(s)", nullptr, int(rows)), int(rows));
    m_err << '\n';
    const OomCounts counts = OomCounts::of(content);
    if (counts.beforePerWeek && counts.afterPerMonth) {
        m_err << "leakreport: " << tr("OOM incidents: %1 in all, %2 in the %3 days before Deployment Time, %4 in the %5 days after")
                                       .arg(counts.total).arg(*counts.beforePerWeek).arg(OomCounts::kDaysBefore)
                                       .arg(*counts.afterPerMonth).arg(OomCounts::kDaysAfter) << '\n';
    } else {
        m_err << "leakreport: " << tr("OOM incidents: %1 in all (no Deployment Time for the rates before and after the fix)")
                                       .arg(counts.total) << '\n';
    }
    return Success;
}

} // namespace lr
