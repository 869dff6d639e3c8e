// The command line's `alerts`: Prometheus alerting rules from the report's data (see commandline.h).
#include "commandline.h"

#include "io/atomicwrite.h"
#include "io/fileidentity.h"
#include "io/reportfile.h"
#include "prevention/alertrules.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace lr {

int CommandLine::runAlerts(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write Prometheus alerting rules that would have caught the leak: growth (deriv) above a threshold\n"
           "between the fixed version's rate and the leak's, a projection (predict_linear) reaching the memory\n"
           "limit, and memory near the limit. Thresholds come from the report's before and after series."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"REPORT"_s, tr("The report (.leakreport) with a before series."));
    const QCommandLineOption output({u"o"_s, u"output"_s}, tr("Write the rules to FILE (default: standard output)."), u"FILE"_s);
    const QCommandLineOption limit(u"memory-limit"_s, tr("The service's memory limit in MB (10^6 bytes)."), u"MB"_s);
    const QCommandLineOption metric(u"metric"_s,
                                    tr("The PromQL selector to watch (default: the before series' Prometheus metric)."),
                                    u"SELECTOR"_s);
    const QCommandLineOption fill(u"fill"_s, tr("Also put the thresholds into the report's Monitoring Added and save it."));
    const QCommandLineOption force(u"force"_s, tr("With --fill, replace thresholds typed with other values."));
    for (const QCommandLineOption &option : {output, limit, metric, fill, force})
        parser.addOption(option);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"alerts"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "alerts"_L1);
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("alerts takes exactly one report"), u"alerts"_s);
    const QString path = parser.positionalArguments().first();
    AlertOptions options;
    options.metric = parser.value(metric).trimmed();
    if (parser.isSet(limit)) {
        bool ok = false;
        options.memoryLimitMB = parser.value(limit).toDouble(&ok);
        if (!ok || !(options.memoryLimitMB > 0))
            return usageError(tr("--memory-limit wants a number of MB, not \"%1\"").arg(parser.value(limit)), u"alerts"_s);
    }
    const QString outPath = parser.value(output);
    const bool toStandardOutput = outPath.isEmpty() || outPath == u"-";
    if (!toStandardOutput && isSameFile(outPath, path))
        return usageError(tr("the output %1 is the input; choose another output file").arg(outPath), u"alerts"_s);

    const auto reportTemplate = ReportTemplate::builtin();
    const LoadResult loaded = ReportFile::load(path, *reportTemplate);
    if (!loaded.ok())
        return inputError(loaded.error);
    printWarnings(loaded.warnings);
    QString error;
    const std::optional<AlertRules> rules = AlertRules::derive(*reportTemplate, loaded.content, options, &error);
    if (!rules)
        return inputError(tr("%1: %2").arg(path, error));
    for (const QString &note : rules->notes)
        m_err << "leakreport: " << tr("note: %1").arg(note) << '\n';

    const QByteArray yaml = rules->yaml().toUtf8();
    if (toStandardOutput) {
        m_out << rules->yaml();
    } else if (!writeFileAtomically(outPath, yaml, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    if (!parser.isSet(fill))
        return Success;
    const ReportContent filled = rules->withMonitoring(*reportTemplate, loaded.content, parser.isSet(force));
    for (const FieldFill &f : rules->monitoringFills(*reportTemplate, loaded.content)) {
        const bool kept = filled.values.value(f.fieldId) != f.proposed;
        //: %1 the field, %2 the value the rules use
        m_err << "leakreport: " << (kept ? tr("kept %1 as typed (the rules use %2; --force replaces it)")
                                         : tr("filled %1: %2")).arg(f.label, f.proposed) << '\n';
    }
    if (filled == loaded.content)
        return Success;
    if (!ReportFile::save(path, *reportTemplate, filled, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    return Success;
}

} // namespace lr
