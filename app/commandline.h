#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace lr {

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
    int runSeries(const QStringList &arguments); // seriescommands.cpp
    int runStats(const QStringList &arguments);  // seriescommands.cpp
    int runFill(const QStringList &arguments);   // fillcommand.cpp
    int usageError(const QString &message, const QString &command);
    int inputError(const QString &message);
    void printWarnings(const QStringList &warnings); // a reader's or exporter's warnings, on stderr
    QString globalHelp() const;
    static QString helpText(const QCommandLineParser &parser, QLatin1StringView command);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace lr
