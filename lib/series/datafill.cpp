#include "series/datafill.h"

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

} // namespace

QStringList DataFill::statisticNames()
{
    QStringList names;
    for (const QString &role : {u"before"_s, u"after"_s}) {
        for (const QString &stat : {u"baseline"_s, u"after6h"_s, u"growth"_s, u"peak"_s})
            names.append(role + u'.' + stat);
    }
    names.append(u"improvement.memoryReduction"_s);
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
