#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include "io/reportfile.h"
#include "series/memoryseries.h"

#include <optional>

class QCommandLineParser;

namespace lr {

struct ReportContent;
struct SeriesImportResult;

// The non-interactive side of `leakreport`: sub-commands that read and write report files.
// Exit codes: 0 success, 1 the output could not be written (or, for check, problems were
// found), 2 a usage or input error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(lr::CommandLine)

public:
    enum ExitCode { Success = 0, OutputError = 1, ProblemsFound = 1, UsageOrInputError = 2 };

    // True when `arguments` ask for the command line rather than the editor: a sub-command,
    // --help or --version. Decided before any QCoreApplication exists.
    static bool wantsCommandLine(const QStringList &arguments);
    // True when the sub-command lays out pages or images and so needs a QGuiApplication (fonts).
    static bool needsGui(const QStringList &arguments);

    CommandLine(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);
    // After run() with `out` on the standard output: flushes it, and turns a write error there
    // (a full disk, a closed pipe) into exit code 1 with a message, as for any other output.
    static int finishStandardOutput(QTextStream &out, QTextStream &err, int exitCode);

private:
    int runHelp(const QStringList &arguments);
    int runNew(const QStringList &arguments);
    int runExport(const QStringList &arguments);
    int runCheck(const QStringList &arguments);
    int runImport(const QStringList &arguments);
    // check's output, as lines or JSON; the exit code (checkcommand.cpp).
    int printProblems(const QString &path, const ReportContent &content, bool errorsOnly, bool json);
    int runSeries(const QStringList &arguments); // seriescommands.cpp
    int runStats(const QStringList &arguments);  // seriescommands.cpp
    // Which of the read series `series add` adds, and as what.
    struct SeriesChoice
    {
        SeriesRole role = SeriesRole::Other;
        std::optional<QString> pick; // --series
        bool all = false;            // --all
    };
    // `series add` once the samples are read: picks the series, adds them, saves the report.
    int addSeries(const QString &reportPath, LoadResult &loaded, const SeriesChoice &choice,
                  const SeriesImportResult &imported, const QString &sourceName); // seriescommands.cpp
    // `series add --prometheus`: the samples from a server (prometheusseriescommand.cpp).
    static void addPrometheusOptions(QCommandLineParser &parser);
    int fetchPrometheusSeries(const QCommandLineParser &parser, const QString &reportPath, LoadResult &loaded,
                              const SeriesChoice &choice);
    int runFill(const QStringList &arguments);   // fillcommand.cpp
    int runAlerts(const QStringList &arguments); // alertscommand.cpp
    int runRecord(const QStringList &arguments); // recordcommand.cpp
    int runEvents(const QStringList &arguments); // eventscommand.cpp
    int runGcLog(const QStringList &arguments);  // gclogcommand.cpp
    int runSnapshots(const QStringList &arguments);        // snapshotscommand.cpp: dispatches to an action
    int runSnapshotsCompare(const QStringList &arguments); // snapshotscommand.cpp
    int runSnapshotsAdd(const QStringList &arguments);     // snapshotsaddcommand.cpp
    int usageError(const QString &message, const QString &command);
    int inputError(const QString &message);
    // The commands that change a report work on .leakreport files: false, with the error printed
    // ("r.md: samples are kept in .leakreport files; import a Markdown report first"), for another.
    bool checkNativeReportPath(const QString &path, const QString &keptThere);
    // checkNativeReportPath, then the report loaded and its reader's warnings printed; nullopt once
    // the error is printed.
    std::optional<LoadResult> loadNativeReport(const QString &path, const QString &keptThere);
    // Its second half, for a command that checks other arguments between the two.
    std::optional<LoadResult> loadCheckedReport(const QString &path);
    void printWarnings(const QStringList &warnings); // a reader's or exporter's warnings, on stderr
    QString globalHelp() const;
    static QString helpText(const QCommandLineParser &parser, QLatin1StringView command);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace lr
