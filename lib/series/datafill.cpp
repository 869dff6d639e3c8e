#include "series/datafill.h"

#include "events/oomcounts.h"
#include "series/gcstatistics.h"
#include "series/seriesstatistics.h"

#include <QHash>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

std::optional<SeriesStatistics> statisticsOfRole(const ReportContent &content, SeriesRole role)
{
    const MemorySeries *series = seriesWithRole(content.series, role);
    return series ? SeriesStatistics::compute(*series) : std::nullopt;
}

QString percent(double value)
{
    return QString::number(std::lround(value)) + u'%';
}

// The one-line summary for "Memory reduction", from the strongest evidence available.
QString memoryReduction(const SeriesStatistics &before, const SeriesStatistics &after)
{
    const SeriesImprovement improvement = SeriesImprovement::between(before, after);
    if (improvement.after6hReductionPercent && before.after6hMB && after.after6hMB)
        return u"%1 at 6 hours (%2 MB to %3 MB)"_s.arg(percent(*improvement.after6hReductionPercent),
                                                      DataFill::formatMB(*before.after6hMB),
                                                      DataFill::formatMB(*after.after6hMB));
    if (improvement.growthReductionPercent && before.growthMBPerHour && after.growthMBPerHour)
        return u"%1 less growth (%2 to %3 MB/hour)"_s.arg(percent(*improvement.growthReductionPercent),
                                                         DataFill::formatMB(*before.growthMBPerHour),
                                                         DataFill::formatMB(*after.growthMBPerHour));
    if (improvement.peakReductionPercent)
        return u"%1 lower peak (%2 MB to %3 MB)"_s.arg(percent(*improvement.peakReductionPercent),
                                                      DataFill::formatMB(before.peakMB), DataFill::formatMB(after.peakMB));
    return {};
}

void addSeriesValues(QHash<QString, QString> &values, const QString &prefix, const std::optional<SeriesStatistics> &stats)
{
    if (!stats)
        return;
    values.insert(prefix + u".baseline"_s, DataFill::formatMB(stats->baselineMB));
    values.insert(prefix + u".peak"_s, DataFill::formatMB(stats->peakMB));
    if (stats->after6hMB)
        values.insert(prefix + u".after6h"_s, DataFill::formatMB(*stats->after6hMB));
    if (stats->growthMBPerHour)
        values.insert(prefix + u".growth"_s, DataFill::formatMB(*stats->growthMBPerHour));
}

std::optional<GcStatistics> gcStatisticsOfRole(const ReportContent &content, SeriesRole role)
{
    const MemorySeries *series = seriesWithRole(content.series, role);
    return series ? GcStatistics::compute(*series) : std::nullopt;
}

// The GC figures of trace-gc series: the p95 pause, and the change in GC pressure between them.
void addGcValues(QHash<QString, QString> &values, const ReportContent &content)
{
    const std::optional<GcStatistics> before = gcStatisticsOfRole(content, SeriesRole::Before);
    const std::optional<GcStatistics> after = gcStatisticsOfRole(content, SeriesRole::After);
    if (before)
        values.insert(u"before.gcPauseP95"_s, DataFill::formatMB(before->p95Ms));
    if (after)
        values.insert(u"after.gcPauseP95"_s, DataFill::formatMB(after->p95Ms));
    if (!before || !after)
        return;
    if (const auto change = GcStatistics::pressureChange(*before, *after)) {
        const QString verb = change->reductionPercent >= 0 ? u"Reduced by"_s : u"Increased by"_s;
        values.insert(u"improvement.gcPressure"_s,
                      u"%1 %2 (%3)"_s.arg(verb, percent(std::abs(change->reductionPercent)), change->measure));
    }
}

// The OOM incident counts of the imported events (see OomCounts for the windows).
void addOomValues(QHash<QString, QString> &values, const ReportContent &content)
{
    if (content.oomEvents.isEmpty())
        return;
    const OomCounts counts = OomCounts::of(content);
    values.insert(OomCounts::kTotalStatistic.toString(), QString::number(counts.total));
    if (counts.beforePerWeek)
        values.insert(OomCounts::kBeforeStatistic.toString(), QString::number(*counts.beforePerWeek));
    if (counts.afterPerMonth)
        values.insert(OomCounts::kAfterStatistic.toString(), QString::number(*counts.afterPerMonth));
}

} // namespace

QStringList DataFill::statisticNames()
{
    QStringList names;
    for (const QString &role : {u"before"_s, u"after"_s}) {
        for (const QString &stat : {u"baseline"_s, u"after6h"_s, u"growth"_s, u"peak"_s})
            names.append(role + u'.' + stat);
    }
    names.append({u"before.gcPauseP95"_s, u"after.gcPauseP95"_s});
    names.append({u"improvement.memoryReduction"_s, u"improvement.gcPressure"_s});
    names.append({OomCounts::kTotalStatistic.toString(), OomCounts::kBeforeStatistic.toString(),
                  OomCounts::kAfterStatistic.toString()});
    return names;
}

QString DataFill::formatMB(double megabytes)
{
    const double magnitude = std::abs(megabytes);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    QString text = QString::number(megabytes, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == u"-0" ? u"0"_s : text;
}

QList<FieldFill> DataFill::propose(const ReportTemplate &reportTemplate, const ReportContent &content)
{
    const std::optional<SeriesStatistics> before = statisticsOfRole(content, SeriesRole::Before);
    const std::optional<SeriesStatistics> after = statisticsOfRole(content, SeriesRole::After);
    QHash<QString, QString> values;
    addSeriesValues(values, u"before"_s, before);
    addSeriesValues(values, u"after"_s, after);
    if (before && after) {
        if (const QString reduction = memoryReduction(*before, *after); !reduction.isEmpty())
            values.insert(u"improvement.memoryReduction"_s, reduction);
    }
    addGcValues(values, content);
    addOomValues(values, content);

    QList<FieldFill> fills;
    const auto consider = [&](const FieldDef &field, const QStringList &where) {
        if (field.fromData.isEmpty() || !values.contains(field.fromData))
            return;
        QStringList path = where;
        path.removeAll(QString());
        path.append(field.label);
        // A template default ("Growth rate: 0 MB/hour" after the fix) was not typed: no need to ask.
        const QString current = content.values.value(field.id);
        fills.append({field.id, path.join(u" \u203a "_s), current == field.defaultValue ? QString() : current,
                      values.value(field.fromData)});
    };
    // Labels repeat ("Memory baseline" before and after the fix), so each carries where it is.
    for (const SectionDef &section : reportTemplate.sections()) {
        for (const SubsectionDef &subsection : section.subsections) {
            const QString place = subsection.title.isEmpty() ? section.title : subsection.title;
            for (const BlockDef &block : subsection.blocks) {
                for (const FieldDef &field : block.fields)
                    consider(field, {place, block.label});
                for (const FenceGroupDef &group : block.groups) {
                    for (const FieldDef &field : group.fields)
                        consider(field, {place, block.label, group.title.chopped(group.title.endsWith(u':') ? 1 : 0)});
                }
            }
        }
    }
    return fills;
}

ReportContent DataFill::apply(const ReportContent &content, const QList<FieldFill> &fills, bool replaceTyped)
{
    ReportContent result = content;
    for (const FieldFill &fill : fills) {
        if (fill.overwritesTypedValue() && !replaceTyped)
            continue;
        result.values[fill.fieldId] = fill.proposed;
    }
    return result;
}

} // namespace lr
