// The command line's memory-series commands: `series add` and `stats` (see commandline.h).
#include "commandline.h"

#include "i18n/plural.h"
#include "io/fileidentity.h"
#include "io/reportfile.h"
#include "series/growthfit.h"
#include "series/gcstatistics.h"
#include "series/seriesimporter.h"
#include "series/serieslabels.h"
#include "series/seriesstatistics.h"
#include "series/seriessummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A summary line as `stats` prints it: the label, then each part on a line of its own.
QString summaryText(const SummaryLine &line)
{
    QString text = line.label + u'\n';
    for (const QString &part : line.parts)
        text += u"  "_s + part + u'\n';
    return text;
}

QJsonObject slopeJson(const SlopeEstimate &fit)
{
    return {{u"mbPerHour"_s, fit.mbPerHour},
            {u"low"_s, fit.low()},
            {u"high"_s, fit.high()},
            {u"standardError"_s, fit.standardError},
            {u"residualAutocorrelation"_s, fit.residualAutocorrelation},
            {u"effectiveSamples"_s, fit.effectiveSamples},
            {u"points"_s, fit.points}};
}

// The growth with its 95 % interval, the post-GC floor fit, the time to the limit, the warnings.
QJsonObject growthJson(const GrowthAnalysis &growth, double limitMB)
{
    QJsonObject json{{u"raw"_s, slopeJson(*growth.raw)}, {u"warnings"_s, QJsonArray::fromStringList(growth.warnings)}};
    if (growth.floor)
        json.insert(u"postGcFloor"_s, slopeJson(*growth.floor));
    if (const std::optional<TimeToLimit> oom = limitMB > 0 ? TimeToLimit::of(*growth.raw, limitMB) : std::nullopt) {
        json.insert(u"timeToLimit"_s, QJsonObject{{u"limitMB"_s, oom->limitMB},
                                                  {u"hours"_s, oom->hours},
                                                  {u"soonestHours"_s, oom->soonest},
                                                  {u"latestHours"_s, optionalNumber(oom->latest)},
                                                  {u"alreadyReached"_s, oom->alreadyReached}});
    }
    return json;
}

QJsonObject statisticsJson(const MemorySeries &series, const std::optional<SeriesStatistics> &stats,
                           const std::optional<GrowthAnalysis> &growth, double limitMB)
{
    QJsonObject json{{u"name"_s, series.name},
                     {u"role"_s, roleName(series.role)},
                     {u"source"_s, series.source.fileName},
                     {u"format"_s, series.source.format},
                     {u"timeUnit"_s, timeUnitName(series.timeUnit)}};
    if (!stats)
        return json;
    json.insert(u"samples"_s, stats->sampleCount);
    json.insert(u"durationHours"_s, stats->durationHours);
    json.insert(u"span"_s, stats->span); // in timeUnit, for series without hours
    json.insert(u"baselineWindow"_s, stats->baselineWindow);
    json.insert(u"growthMBPerHour"_s, optionalNumber(stats->growthMBPerHour));
    json.insert(u"rSquared"_s, optionalNumber(stats->rSquared));
    json.insert(u"baselineMB"_s, stats->baselineMB);
    json.insert(u"after6hMB"_s, optionalNumber(stats->after6hMB));
    json.insert(u"peakMB"_s, stats->peakMB);
    if (growth)
        json.insert(u"growth"_s, growthJson(*growth, limitMB));
    if (const std::optional<GcStatistics> gc = GcStatistics::compute(series)) {
        json.insert(u"gc"_s, QJsonObject{{u"count"_s, double(gc->count)}, {u"fullCount"_s, double(gc->fullCount)},
                                         {u"pauseP50Ms"_s, gc->p50Ms}, {u"pauseP95Ms"_s, gc->p95Ms},
                                         {u"pauseMaxMs"_s, gc->maxMs}, {u"perMinute"_s, optionalNumber(gc->perMinute)},
                                         {u"timeInGcPercent"_s, optionalNumber(gc->timeInGcPercent)},
                                         {u"v8AverageMu"_s, optionalNumber(gc->v8AverageMu)}});
    }
    return json;
}

} // namespace

int CommandLine::runSeries(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Add memory samples to a report, from a CSV or TSV file (Grafana's CSV export too), a Prometheus\n"
           "query_range JSON response, a Node.js --trace-gc log or a valgrind massif file, or straight from a\n"
           "Prometheus server (--prometheus). A series with the role before or after replaces the report's\n"
           "series of that role."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"add"_s, tr("The action (only \"add\" for now)."));
    parser.addPositionalArgument(u"REPORT"_s, tr("The .leakreport file to add to."));
    parser.addPositionalArgument(u"FILE"_s, tr("The samples (not with --prometheus)."));
    const QCommandLineOption role(u"role"_s, tr("What the samples show: before, after or other (default other)."),
                                  u"role"_s, u"other"_s);
    const QCommandLineOption format(u"format"_s, tr("auto, csv, prometheus, trace-gc or massif (default auto: from the content)."),
                                    u"format"_s, u"auto"_s);
    const QCommandLineOption pick(u"series"_s, tr("When FILE holds several series (CSV columns, Prometheus label sets): "
                                                  "the one to add, by name or by labels in any order and spelling "
                                                  "(job=api, pod=a). Without it such a file is refused with the list."),
                                  u"name"_s);
    const QCommandLineOption all(u"all"_s, tr("Add every series FILE holds (role other)."));
    const QCommandLineOption unit(u"unit"_s, tr("The unit of CSV numbers that have none of their own, whatever the header "
                                                "says: bytes, KiB (= kB), MB, MiB, GB, GiB, or a number of bytes."),
                                  u"unit"_s);
    parser.addOptions({role, format, pick, all, unit});
    addPrometheusOptions(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"series"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "series"_L1);
        return Success;
    }
    const bool fromServer = parser.isSet(u"prometheus"_s);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (fromServer ? 2 : 3) || positional.first() != u"add")
        return usageError(fromServer ? tr("usage: series add REPORT --prometheus URL --query PROMQL") : tr("usage: series add REPORT FILE"),
                          u"series"_s);
    SeriesChoice choice;
    if (!roleFromName(parser.value(role), &choice.role))
        return usageError(tr("unknown role \"%1\" (known: before, after, other)").arg(parser.value(role)), u"series"_s);
    if (parser.isSet(pick))
        choice.pick = parser.value(pick);
    choice.all = parser.isSet(all);
    SeriesFormat seriesFormat = SeriesFormat::Auto;
    if (!SeriesImporter::formatFromName(parser.value(format), &seriesFormat))
        return usageError(tr("unknown format \"%1\" (known: auto, csv, prometheus, trace-gc, massif)")
            .arg(parser.value(format)),
                          u"series"_s);
    SeriesReadOptions readOptions{seriesFormat, std::nullopt};
    if (parser.isSet(unit)) {
        readOptions.unit = ByteUnits::fromChoice(parser.value(unit));
        if (!readOptions.unit)
            return usageError(tr("unknown unit \"%1\" (known: %2, or a number of bytes)")
                                  .arg(parser.value(unit), ByteUnits::choices().join(u", "_s)),
                              u"series"_s);
    }
    const QString reportPath = positional[1];
    if (!checkNativeReportPath(reportPath, tr("samples")))
        return UsageOrInputError;
    if (!fromServer && isSameFile(reportPath, positional[2]))
        return usageError(tr("the samples file %1 is the report itself; the output would replace the input")
                              .arg(positional[2]), u"series"_s);
    // The report is checked before the samples are read, so a bad report is named first.
    std::optional<LoadResult> report = loadCheckedReport(reportPath);
    if (!report)
        return UsageOrInputError;
    LoadResult &loaded = *report;
    if (fromServer)
        return fetchPrometheusSeries(parser, reportPath, loaded, choice);
    const SeriesImportResult imported = SeriesImporter::readFile(positional[2], readOptions);
    if (!imported.ok())
        return inputError(imported.error);
    return addSeries(reportPath, loaded, choice, imported, QFileInfo(positional[2]).fileName());
}

int CommandLine::addSeries(const QString &reportPath, LoadResult &loaded, const SeriesChoice &choice,
                           const SeriesImportResult &imported, const QString &sourceName)
{
    QList<MemorySeries> chosen = imported.series;
    if (choice.pick) {
        chosen.clear();
        const QList<qsizetype> matches = SeriesPick::matching(imported.series, *choice.pick);
        if (matches.size() != 1 && !choice.all)
            return inputError(SeriesPick::refusal(imported.series, *choice.pick, sourceName, matches.size()));
        for (const qsizetype index : matches)
            chosen.append(imported.series[index]);
    }
    for (const QString &note : imported.notes)
        m_err << "leakreport: " << sourceName << ": " << note << '\n';
    if (chosen.size() != 1 && !choice.all) {
        QStringList names;
        for (const MemorySeries &series : imported.series)
            names.append(u"  "_s + series.name);
        return inputError(tr("%1 holds %n series; choose one with --series NAME (or add them all with --all):\n%2",
                             nullptr, int(imported.series.size()))
                              .arg(sourceName, names.join(u'\n')));
    }
    QList<MemorySeries> &reportSeries = loaded.content.series;
    QStringList added;
    for (MemorySeries series : chosen) {
        series.role = chosen.size() == 1 ? choice.role : SeriesRole::Other;
        addReplacingRole(reportSeries, series);
        const int samples = int(series.samples.size());
        //: %1 is the series' name, %2 its role as the command line names it (before, after, other)
        added.append(withEnglishPlural(tr("added \"%1\" (%2, %n sample(s))", nullptr, samples), samples)
                         .arg(series.name, roleName(series.role)));
    }
    QString error;
    if (!ReportFile::save(reportPath, *ReportTemplate::builtin(), loaded.content, &error)) {
        m_err << "leakreport: " << error << '\n';
        return OutputError;
    }
    for (const QString &line : added) // only once it is true
        m_err << "leakreport: " << line << '\n';
    return Success;
}

int CommandLine::runStats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the statistics of a report's memory series: growth (least squares, with R²),\n"
                                        "baseline (median of the first hour), value after 6 hours, peak, and the improvement\n"
                                        "from the before series to the after series. MB are 10^6 bytes."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"REPORT"_s, tr("The .leakreport file."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON, for machines."));
    const QCommandLineOption limit(u"memory-limit"_s, tr("The memory limit in MB, for the time until it is reached."), u"MB"_s);
    parser.addOption(json);
    parser.addOption(limit);
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"stats"_s);
    bool limitOk = true;
    const double limitMB = parser.isSet(limit) ? parser.value(limit).toDouble(&limitOk) : 0.0;
    if (!limitOk || limitMB < 0)
        return usageError(tr("--memory-limit wants a number of MB, not \"%1\"").arg(parser.value(limit)), u"stats"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "stats"_L1);
        return Success;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("stats takes exactly one report"), u"stats"_s);
    const auto reportTemplate = ReportTemplate::builtin();
    const LoadResult loaded = ReportFile::load(parser.positionalArguments().first(), *reportTemplate);
    if (!loaded.ok())
        return inputError(loaded.error);
    printWarnings(loaded.warnings);

    QJsonArray seriesJson;
    const MemorySeries *beforeSeries = seriesWithRole(loaded.content.series, SeriesRole::Before);
    const MemorySeries *afterSeries = seriesWithRole(loaded.content.series, SeriesRole::After);
    std::optional<SeriesStatistics> before, after;
    for (const MemorySeries &series : loaded.content.series) {
        const std::optional<SeriesStatistics> stats = SeriesStatistics::compute(series);
        if (&series == beforeSeries)
            before = stats;
        if (&series == afterSeries)
            after = stats;
        const std::optional<GrowthAnalysis> growth = GrowthAnalysis::of(series);
        seriesJson.append(statisticsJson(series, stats, growth, limitMB));
        if (parser.isSet(json))
            continue;
        const QString label = series.name + u" ("_s + roleName(series.role) + u", "_s + series.source.fileName + u')';
        if (!stats) {
            m_out << summaryText({label, {tr("no samples")}});
            continue;
        }
        SummaryLine line = SeriesSummary::statistics(label, *stats);
        line.parts.prepend(SeriesSummary::extent(*stats));
        if (growth)
            line.parts.append(SeriesSummary::growth(*growth, limitMB));
        if (const std::optional<GcStatistics> gc = GcStatistics::compute(series))
            line.parts.append(gc->summary());
        m_out << summaryText(line);
    }
    QJsonObject improvementJson;
    if (before && after) {
        const SeriesImprovement improvement = SeriesImprovement::between(*before, *after);
        improvementJson = {{u"growthReductionMBPerHour"_s, optionalNumber(improvement.growthReductionMBPerHour)},
                           {u"growthReductionPercent"_s, optionalNumber(improvement.growthReductionPercent)},
                           {u"after6hReductionMB"_s, optionalNumber(improvement.after6hReductionMB)},
                           {u"after6hReductionPercent"_s, optionalNumber(improvement.after6hReductionPercent)},
                           {u"peakReductionMB"_s, improvement.peakReductionMB},
                           {u"peakReductionPercent"_s, optionalNumber(improvement.peakReductionPercent)}};
        if (!parser.isSet(json)) {
            m_out << summaryText(SeriesSummary::improvement(improvement));
            if (const QString note = SeriesSummary::axesDiffer(*before, *after); !note.isEmpty())
                m_out << note << '\n';
        }
    }
    if (parser.isSet(json)) {
        QJsonObject root{{u"units"_s, u"MB = 10^6 bytes; hours; span and baselineWindow in the series' timeUnit"_s}, {u"series"_s, seriesJson}};
        if (!improvementJson.isEmpty())
            root.insert(u"improvement"_s, improvementJson);
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else if (loaded.content.series.isEmpty()) {
        m_out << tr("no memory series (add one with: leakreport series add REPORT --role before FILE)") << '\n';
    }
    return Success;
}

} // namespace lr
