#include "commandline.h"

#include "charts/exportevidence.h"
#include "check/reportvalidator.h"
#include "export/reportexporter.h"
#include "io/atomicwrite.h"
#include "io/fileidentity.h"
#include "io/reportfile.h"
#include "io/reportloader.h"
#include "markdown/markdownreader.h"
#include "markdown/markdownwriter.h"
#include "i18n/plural.h"
#include "version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

struct CommandInfo
{
    QLatin1StringView name;
    const char *summary; // translated where it is shown
};

constexpr CommandInfo kCommands[] = {
    {"new"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Write a new, empty report file")},
    {"export"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Export a report to another format")},
    {"import"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Read a Markdown report into a .leakreport file")},
    {"check"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "List a report's problems: missing, invalid and unfilled fields, claims the data contradicts")},
    {"series"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Add memory samples (CSV, Prometheus, trace-gc, massif) to a report")},
    {"stats"_L1,
     QT_TRANSLATE_NOOP("lr::CommandLine", "Print the growth rate, baseline, peak and improvement of a report's samples")},
    {"fill"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Fill a report's metric fields from its samples (Fill From Data)")},
    {"alerts"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Write Prometheus alerting rules from a report's samples")},
    {"record"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Record a process's memory (RSS, PSS, cgroup) into a report as it runs")},
    {"events"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Add out-of-memory events (kernel, kubectl, Node) to a report")},
    {"gclog"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Print the GC Logs excerpt of a --trace-gc log, or write it into a report")},
    {"snapshots"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Compare V8 heap snapshots, or record them in a report (snapshots compare|add)")},
    {"help"_L1, QT_TRANSLATE_NOOP("lr::CommandLine", "Show a command's options: 'leakreport help export'")},
};

// Qt's standard options that take a value (QGuiApplication, QApplication, the X11 platform),
// written `-style Fusion`, `--style Fusion` or `-style=Fusion`. Their value is not a command
// or a file, and a sub-command's own parser must not see them.
constexpr QLatin1StringView kQtOptionsWithValue[] = {
    "style"_L1,     "stylesheet"_L1,     "platform"_L1,        "platformpluginpath"_L1, "platformtheme"_L1,
    "plugin"_L1,    "qwindowgeometry"_L1, "qwindowicon"_L1,    "qwindowtitle"_L1,       "display"_L1,
    "geometry"_L1,  "session"_L1,        "qmljsdebugger"_L1,   "name"_L1,               "title"_L1,
};
constexpr QLatin1StringView kQtFlags[] = {"reverse"_L1, "widgetcount"_L1, "nograb"_L1, "dograb"_L1, "sync"_L1};

// The option's name without its dashes and any "=value"; empty for anything else.
QString qtOptionName(const QString &argument)
{
    if (!argument.startsWith(u'-') || argument == u"-" || argument == u"--")
        return {};
    QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
    return name.left(name.indexOf(u'='));
}

bool isOneOf(const QString &name, const auto &names)
{
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

// The arguments without Qt's standard options (and their values).
QStringList withoutQtOptions(const QStringList &arguments)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString name = i == 0 ? QString() : qtOptionName(arguments[i]);
        if (isOneOf(name, kQtFlags))
            continue;
        if (isOneOf(name, kQtOptionsWithValue)) {
            if (!arguments[i].contains(u'='))
                ++i; // its value
            continue;
        }
        rest.append(arguments[i]);
    }
    return rest;
}


QString firstPositional(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments[i].startsWith(u'-'))
            return arguments[i];
    }
    return {};
}

bool isCommand(const QString &name)
{
    for (const CommandInfo &command : kCommands) {
        if (command.name == name)
            return true;
    }
    return false;
}

// A bare word that names no file ("exprot") is a mistyped command, not a report to open.
bool looksLikeCommand(const QString &argument)
{
    return !argument.isEmpty() && !argument.contains(u'.') && !argument.contains(u'/')
        && !QFileInfo::exists(argument);
}

// The arguments a sub-command's own parser sees: the program name, then everything but the
// sub-command's name.
QStringList withoutCommand(const QStringList &arguments, const QString &command)
{
    QStringList rest = arguments;
    rest.removeAt(rest.indexOf(command, 1));
    return rest;
}

// A Markdown file refused for showing too little of the template can still be read on purpose.
QString loadErrorOf(const LoadResult &loaded)
{
    if (!loaded.coverage.isMeasured() || loaded.coverage.looksLikeReport())
        return loaded.error;
    return loaded.error + u' ' + QCoreApplication::translate("lr::CommandLine", "Use --force to read it anyway.");
}

NonReports nonReportsFor(const QCommandLineParser &parser, const QCommandLineOption &force)
{
    return parser.isSet(force) ? NonReports::Accept : NonReports::Refuse;
}

} // namespace

bool CommandLine::wantsCommandLine(const QStringList &allArguments)
{
    const QStringList arguments = withoutQtOptions(allArguments);
    if (const QString first = firstPositional(arguments); isCommand(first) || looksLikeCommand(first))
        return true;
    for (const QString &a : arguments.mid(1)) {
        if (a == u"--help" || a == u"-h" || a == u"--version" || a == u"-v" || a == u"--help-all")
            return true;
    }
    return false;
}

bool CommandLine::needsGui(const QStringList &allArguments)
{
    const QStringList arguments = withoutQtOptions(allArguments);
    if (firstPositional(arguments) != u"export")
        return false;
    // A PDF or HTML export names its format or its output file, and a report with memory series
    // has a chart to draw; a false alarm only costs the few milliseconds the application takes.
    // The report is opened here and again by the export: this runs before any application exists
    // (it picks which one), so loading the report here to pass it on would leave its error
    // messages untranslated. The scan stops at the series' key, ahead of the samples.
    for (const QString &argument : arguments.mid(1)) {
        const QString lower = argument.toLower();
        if (lower.contains(u"pdf"_s) || lower.contains(u"htm"_s))
            return true;
        if (lower.endsWith(u".leakreport"_s) && ReportFile::mayHoldSeries(argument))
            return true;
    }
    return false;
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

QString CommandLine::globalHelp() const
{
    //: Command and option names stay as they are; keep the second line under the first
    QString help = tr("Usage: leakreport [FILE] [--force]\n"
                      "       leakreport <command> [options]\n\n"
                      "Without a command, opens the editor, on FILE when given (.leakreport or .md;\n"
                      "--force opens a Markdown file that shows little of the template without asking).\n\n"
                      "Commands:\n");
    qsizetype nameWidth = 0; // the summaries start in one column, after the longest name
    for (const CommandInfo &command : kCommands)
        nameWidth = std::max(nameWidth, command.name.size());
    for (const CommandInfo &command : kCommands)
        help += u"  %1  %2\n"_s.arg(QString(command.name).leftJustified(nameWidth), tr(command.summary));
    help += u'\n' + tr("Options:") + u'\n';
    help += u"  -h, --help     "_s + tr("Show this help; 'leakreport <command> --help' for a command's options") + u'\n';
    help += u"  --help-all     "_s + tr("Show this help and every command's options") + u'\n';
    help += u"  -v, --version  "_s + tr("Show the version") + u"\n\n"_s;
    help += tr("Exit codes: 0 success, 1 the output could not be written (check: problems found),\n"
               "2 usage or input error.") + u'\n';
    return help;
}

int CommandLine::run(const QStringList &allArguments)
{
    const QStringList arguments = withoutQtOptions(allArguments);
    const QString command = firstPositional(arguments);
    if (command == u"help")
        return runHelp(withoutCommand(arguments, command));
    if (command == u"new")
        return runNew(withoutCommand(arguments, command));
    if (command == u"export")
        return runExport(withoutCommand(arguments, command));
    if (command == u"check")
        return runCheck(withoutCommand(arguments, command));
    if (command == u"import")
        return runImport(withoutCommand(arguments, command));
    if (command == u"series")
        return runSeries(withoutCommand(arguments, command));
    if (command == u"stats")
        return runStats(withoutCommand(arguments, command));
    if (command == u"fill")
        return runFill(withoutCommand(arguments, command));
    if (command == u"alerts")
        return runAlerts(withoutCommand(arguments, command));
    if (command == u"record")
        return runRecord(withoutCommand(arguments, command));
    if (command == u"events")
        return runEvents(withoutCommand(arguments, command));
    if (command == u"gclog")
        return runGcLog(withoutCommand(arguments, command));
    if (command == u"snapshots")
        return runSnapshots(withoutCommand(arguments, command));
    if (arguments.contains(u"--help-all"_s)) {
        // Every command's help in one text: what the man page is generated from. help2man makes
        // a line ending in a colon a heading, so each command gets one, and its usage line loses
        // "Usage:", which help2man only expects once.
        m_out << globalHelp();
        for (const CommandInfo &each : kCommands) {
            if (each.name == "help"_L1)
                continue; // has no options of its own
            QString commandHelp;
            QTextStream stream(&commandHelp);
            CommandLine(stream, m_err).run({arguments.first(), each.name, u"--help"_s});
            stream.flush();
            const QString usage = u"leakreport "_s + each.name;
            m_out << '\n' << usage << ":\n  " << commandHelp.mid(qMax(0, commandHelp.indexOf(usage)));
        }
        return Success;
    }
    if (arguments.contains(u"--version"_s) || arguments.contains(u"-v"_s)) {
        m_out << kApplicationName << ' ' << kVersion << '\n';
        return Success;
    }
    if (!command.isEmpty())
        return usageError(tr("unknown command \"%1\"").arg(command), QString());
    m_out << globalHelp();
    return Success;
}

// `leakreport help export` is `leakreport export --help`; `leakreport help` the overview.
int CommandLine::runHelp(const QStringList &arguments)
{
    const QString topic = firstPositional(arguments);
    if (topic.isEmpty() || topic == u"help") {
        m_out << globalHelp();
        return Success;
    }
    if (!isCommand(topic))
        return usageError(tr("unknown command \"%1\"").arg(topic), QString());
    return run({arguments.first(), topic, u"--help"_s});
}

QString CommandLine::helpText(const QCommandLineParser &parser, QLatin1StringView command)
{
    // Qt's usage line names the program as it was started (argv[0]); ours names the command too.
    QString text = parser.helpText();
    const QString program = QCoreApplication::arguments().value(0);
    if (const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program); at >= 0)
        text.replace(at, program.size(), u"leakreport "_s + command);
    return text;
}

int CommandLine::usageError(const QString &message, const QString &command)
{
    const QString help = u"leakreport "_s + (command.isEmpty() ? QString() : command + u' ') + u"--help"_s;
    m_err << "leakreport: " << message << '\n' << tr("Run '%1' for usage.").arg(help) << '\n';
    return UsageOrInputError;
}

int CommandLine::inputError(const QString &message)
{
    m_err << "leakreport: " << message << '\n';
    return UsageOrInputError;
}

bool CommandLine::checkNativeReportPath(const QString &path, const QString &keptThere)
{
    if (path.endsWith(u".leakreport"_s, Qt::CaseInsensitive))
        return true;
    inputError(tr("%1: %2 are kept in .leakreport files; import a Markdown report first (leakreport import)")
                   .arg(path, keptThere));
    return false;
}

std::optional<LoadResult> CommandLine::loadNativeReport(const QString &path, const QString &keptThere)
{
    if (!checkNativeReportPath(path, keptThere))
        return std::nullopt;
    return loadCheckedReport(path);
}

std::optional<LoadResult> CommandLine::loadCheckedReport(const QString &path)
{
    LoadResult loaded = ReportFile::load(path, *ReportTemplate::builtin());
    if (!loaded.ok()) {
        inputError(loaded.error);
        return std::nullopt;
    }
    printWarnings(loaded.warnings);
    return loaded;
}

void CommandLine::printWarnings(const QStringList &warnings)
{
    for (const QString &warning : warnings)
        m_err << "leakreport: " << tr("warning: %1").arg(warning) << '\n';
}

int CommandLine::finishStandardOutput(QTextStream &out, QTextStream &err, int exitCode)
{
    out.flush();
    if (out.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout))
        return exitCode;
    if (exitCode == OutputError)
        return exitCode; // the command said what it could not write
    const QString reason = qt_error_string(errno);
    err << "leakreport: " << tr("cannot write to standard output: %1").arg(reason) << '\n';
    err.flush();
    return exitCode == Success ? OutputError : exitCode;
}

int CommandLine::runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a new report: every field empty, ready to fill in."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"OUT"_s, tr("The report file to create (.leakreport)."), u"OUT.leakreport"_s);
    const QCommandLineOption force({u"f"_s, u"force"_s}, tr("Replace OUT if it exists."));
    parser.addOption(force);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"new"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "new"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("new takes exactly one file name"), u"new"_s);
    const QString path = positional.first();
    if (QFileInfo::exists(path) && !parser.isSet(force))
        return inputError(tr("%1 already exists; use --force to replace it").arg(path));

    const auto reportTemplate = ReportTemplate::builtin();
    QString error;
    if (!ReportFile::save(path, *reportTemplate, ReportContent::fromTemplate(*reportTemplate), &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    return Success;
}

int CommandLine::runExport(const QStringList &arguments)
{
    const QString formats = ReportExporter::formatNames().join(u", "_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a report. Markdown mirrors the report template; HTML (one self-contained\n"
                                        "file) and PDF are laid out for review. Works without a display."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"IN"_s, tr("The report to export: a .leakreport file or a Markdown report (.md)."));
    const QCommandLineOption format({u"f"_s, u"format"_s},
                                    tr("Output format: %1 (default: from the output file's suffix, else md).").arg(formats),
                                    u"format"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write to FILE instead of standard output."), u"FILE"_s);
    const QCommandLineOption pageSize(u"page-size"_s, tr("PDF page size: a4 or letter (default a4)."), u"size"_s, u"a4"_s);
    const QCommandLineOption force(u"force"_s, tr("Read a Markdown IN even if it shows little of the report template."));
    parser.addOption(format);
    parser.addOption(output);
    parser.addOption(pageSize);
    parser.addOption(force);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"export"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "export"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("export takes exactly one input file"), u"export"_s);
    const QString outPath = parser.value(output);
    ExportFormat exportFormat = ExportFormat::Markdown;
    if (parser.isSet(format)) {
        if (!ReportExporter::formatFromName(parser.value(format), &exportFormat))
            return usageError(tr("unknown format \"%1\" (known: %2)").arg(parser.value(format), formats), u"export"_s);
    } else {
        ReportExporter::formatFromName(QFileInfo(outPath).suffix(), &exportFormat);
    }
    ExportOptions options;
    if (!ReportExporter::pageSizeFromName(parser.value(pageSize), &options.pageSize))
        return usageError(tr("unknown page size \"%1\" (known: a4, letter)").arg(parser.value(pageSize)), u"export"_s);

    const auto reportTemplate = ReportTemplate::builtin();
    const QString inPath = positional.first();
    const LoadResult loaded = loadReport(inPath, *reportTemplate, nonReportsFor(parser, force));
    if (!loaded.ok())
        return inputError(loadErrorOf(loaded));
    printWarnings(loaded.warnings);

    const bool toStandardOutput = outPath.isEmpty() || outPath == u"-";
    if (!toStandardOutput && isSameFile(outPath, inPath))
        return usageError(tr("the output %1 is the input; choose another output file").arg(outPath), u"export"_s);
    options.baseDirectory = QFileInfo(inPath).absolutePath(); // images are relative to the report
    // A device or FIFO (/dev/null, a pipe) has no folder for the chart's files beside it.
    const bool hasFolder = !toStandardOutput && !isSpecialFile(outPath);
    if (hasFolder || exportFormat != ExportFormat::Markdown)
        ExportEvidence::addTo(options, *reportTemplate, loaded.content);
    if (hasFolder)
        options.assetsFolder = QFileInfo(outPath).completeBaseName() + u".assets"_s;
    const ReportExporter::Result exported = ReportExporter::exportReport(*reportTemplate, loaded.content, exportFormat, options);
    printWarnings(exported.warnings);
    if (toStandardOutput) {
        m_out.flush();
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || !writeAllAndFlush(stdOut, exported.bytes)) {
            m_err << "leakreport: " << tr("cannot write to standard output: %1").arg(stdOut.errorString()) << '\n';
            return OutputError;
        }
        return Success;
    }
    QString error;
    if (!ReportExporter::write(outPath, exported, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    return Success;
}

int CommandLine::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List what is missing, invalid or still unfilled in a report, one line each.\n"
                                        "Claims typed in the text are checked against the report's memory series and timeline.\n"
                                        "Exit code 0 when there is nothing to report, 1 when there is."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"IN"_s, tr("The report to check: a .leakreport file or a Markdown report (.md)."));
    const QCommandLineOption errorsOnly(u"errors-only"_s, tr("Leave out fields that are only unfilled."));
    const QCommandLineOption force(u"force"_s, tr("Read a Markdown IN even if it shows little of the report template."));
    const QCommandLineOption json(u"json"_s, tr("Print the problems as JSON: field id, severity, message, typed and measured values."));
    parser.addOption(errorsOnly);
    parser.addOption(force);
    parser.addOption(json);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"check"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "check"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("check takes exactly one input file"), u"check"_s);

    const auto reportTemplate = ReportTemplate::builtin();
    const QString path = positional.first();
    const LoadResult loaded = loadReport(path, *reportTemplate, nonReportsFor(parser, force));
    if (!loaded.ok())
        return inputError(loadErrorOf(loaded));
    printWarnings(loaded.warnings);

    return printProblems(path, loaded.content, parser.isSet(errorsOnly), parser.isSet(json)); // checkcommand.cpp
}

int CommandLine::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Read a report written in Markdown from the template into a .leakreport file.\n"
                                        "What fits no field is kept as notes; the import report on standard error says where."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"IN.md"_s, tr("The Markdown report."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("The file to write (default: IN with the .leakreport suffix)."),
                                    u"OUT.leakreport"_s);
    const QCommandLineOption force({u"f"_s, u"force"_s},
                                   tr("Replace OUT if it exists, and read IN even if it shows little of the report template."));
    parser.addOption(output);
    parser.addOption(force);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"import"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "import"_L1);
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("import takes exactly one input file"), u"import"_s);
    const QString inPath = positional.first();
    const QFileInfo in(inPath);
    QString outPath = parser.value(output);
    if (outPath.isEmpty())
        outPath = in.dir().filePath(in.completeBaseName() + u'.' + ReportFile::kSuffix);
    if (QFileInfo(outPath) == in || isSameFile(outPath, inPath))
        return usageError(tr("the output would replace the input %1").arg(inPath), u"import"_s);
    if (QFileInfo::exists(outPath) && !parser.isSet(force))
        return inputError(tr("%1 already exists; use --force to replace it").arg(outPath));

    const auto reportTemplate = ReportTemplate::builtin();
    const LoadResult loaded = importMarkdown(inPath, *reportTemplate, nonReportsFor(parser, force));
    if (!loaded.ok())
        return inputError(loadErrorOf(loaded));
    for (const QString &message : loaded.warnings)
        m_err << "leakreport: " << in.fileName() << ": " << message << '\n';
    QString error;
    if (!ReportFile::save(outPath, *reportTemplate, loaded.content, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    return Success;
}

} // namespace lr
