#include "prevention/alertrules.h"

#include "series/growthfit.h"
#include "series/seriesstatistics.h"
#include "template/typednumber.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// YAML single-quoted scalar: only the quote itself is escaped (doubled).
QString quoted(const QString &text)
{
    QString escaped = text;
    return u'\'' + escaped.replace(u'\'', u"''"_s) + u'\'';
}

// Thresholds in the rules keep two decimals (691.2 MB, not DataFill's rounded 691).
QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

QString minutes(int m)
{
    return m % 60 == 0 ? QString::number(m / 60) + u'h' : QString::number(m) + u'm';
}

QString hoursText(int minutes)
{
    return number(minutes / 60.0);
}

// The fields whose "fromAlerts" names a value, with the checklist item each belongs to.
template<typename F>
void forAlertFields(const ReportTemplate &reportTemplate, F &&visit)
{
    for (const SectionDef &section : reportTemplate.sections()) {
        SectionVisitor visitor;
        visitor.field = [&](const FieldDef &field, const ChecklistItemDef *item) {
            if (!field.fromAlerts.isEmpty())
                visit(section, field, item);
        };
        walkSection(section, visitor);
    }
}

} // namespace

std::optional<AlertRules> AlertRules::derive(const ReportTemplate &reportTemplate, const ReportContent &content,
                                             const AlertOptions &options, QString *error)
{
    const MemorySeries *before = seriesWithRole(content.series, SeriesRole::Before);
    const std::optional<GrowthAnalysis> leak = before ? GrowthAnalysis::of(*before) : std::nullopt;
    if (!leak) {
        *error = tr("the report has no before series timed in time (import the samples from before the fix)");
        return std::nullopt;
    }
    if (!(leak->raw->low() > 0)) {
        *error = tr("the before series shows no growth to alert on: %1 ± %2 MB/hour (95 %)")
                     .arg(number(leak->raw->mbPerHour), number(leak->raw->halfWidth));
        return std::nullopt;
    }
    AlertRules rules;
    if (!reportTemplate.sections().isEmpty() && !reportTemplate.sections().first().fields.isEmpty())
        rules.service = content.values.value(reportTemplate.sections().first().fields.first()->id).trimmed();
    rules.beforeMBPerHour = leak->raw->mbPerHour;

    if (!options.metric.isEmpty()) {
        rules.metric = options.metric;
    } else if (before->source.format == u"prometheus" && !before->source.query.isEmpty()) {
        rules.metric = before->source.query;
        rules.metricFromSeries = true;
    } else {
        rules.metric = defaultMetric();
        rules.notes.append(tr("the before series did not come from Prometheus (%1), so the rules watch %2; "
                              "give the metric that measures this service with --metric")
                               .arg(before->source.format, defaultMetric()));
    }

    // Halfway between the fixed version and the leak (see the header).
    const MemorySeries *after = seriesWithRole(content.series, SeriesRole::After);
    const std::optional<GrowthAnalysis> fixed = after ? GrowthAnalysis::of(*after) : std::nullopt;
    const double fixedHigh = fixed ? std::max(0.0, fixed->raw->high()) : 0.0;
    const double leakLow = leak->raw->low();
    if (fixedHigh < leakLow) {
        rules.growthThresholdMBPerHour = (fixedHigh + leakLow) / 2;
    } else {
        rules.growthThresholdMBPerHour = leakLow / 2;
        rules.notes.append(tr("the after series may still grow up to %1 MB/hour, as fast as the leak's lower bound: "
                              "the growth rule may fire on the fixed version too")
                               .arg(number(fixedHigh)));
    }
    if (!fixed)
        rules.notes.append(tr("no after series: the growth threshold is half the leak's lower bound"));
    const double swing = 2 * (leak->floor ? std::max(leak->raw->residualMB, leak->floor->residualMB) : leak->raw->residualMB);
    const double sustainHours = std::clamp(swing / rules.growthThresholdMBPerHour, 0.5, 6.0);
    rules.sustainMinutes = int(std::ceil(sustainHours * 4)) * 15;

    if (options.memoryLimitMB > 0) {
        rules.limitMB = options.memoryLimitMB;
        const std::optional<SeriesStatistics> stats = SeriesStatistics::compute(*before);
        const double climb = std::max(0.0, options.memoryLimitMB - (stats ? stats->baselineMB : 0.0));
        rules.predictHorizonHours = int(std::clamp(std::round(climb / rules.beforeMBPerHour / 2), 1.0, 24.0));
    } else {
        rules.notes.append(tr("no memory limit given (--memory-limit MB): only the growth rule is written"));
    }
    forAlertFields(reportTemplate, [&](const SectionDef &, const FieldDef &field, const ChecklistItemDef *) {
        if (field.fromAlerts != u"heapThreshold")
            return;
        const std::optional<TypedNumber> typed = TypedNumber::parse(content.values.value(field.id).trimmed());
        if (typed && typed->number.toDouble() > 0 && typed->number.toDouble() < 100)
            rules.heapPercent = typed->number.toDouble();
    });
    return rules;
}

QString AlertRules::yaml() const
{
    const QString name = service.isEmpty() ? u"leakreport"_s : u"leakreport-"_s + service;
    const QString window = minutes(std::max(60, sustainMinutes));
    QString y;
    y += u"# Generated by LeakReport from the report's memory series: the leak grew "_s + number(beforeMBPerHour)
        + u" MB/hour before the fix.\n"_s;
    y += u"# MB = 10^6 bytes. Check with: promtool check rules FILE\n"_s;
    y += u"groups:\n  - name: "_s + quoted(name) + u"\n    rules:\n"_s;
    const auto rule = [&](const QString &alert, const QString &expr, const QString &forDuration, const QString &severity,
                          const QString &summary, const QString &description) {
        y += u"      - alert: "_s + alert + u'\n';
        y += u"        expr: "_s + quoted(expr) + u'\n';
        y += u"        for: "_s + forDuration + u'\n';
        y += u"        labels:\n          severity: "_s + severity + u'\n';
        y += u"        annotations:\n"_s;
        y += u"          summary: "_s + quoted(summary) + u'\n';
        y += u"          description: "_s + quoted(description) + u'\n';
    };
    rule(u"MemoryLeakGrowth"_s,
         u"deriv(%1[%2]) * 3600 / 1e6 > %3"_s.arg(metric, window, number(growthThresholdMBPerHour)),
         minutes(sustainMinutes), u"warning"_s,
         u"Memory grows faster than %1 MB/hour"_s.arg(number(growthThresholdMBPerHour)),
         u"{{ $labels.instance }} grows {{ $value | printf \"%.1f\" }} MB/hour; the leak grew %1 MB/hour before its fix."_s
             .arg(number(beforeMBPerHour)));
    if (limitMB) {
        rule(u"MemoryLimitProjected"_s,
             u"predict_linear(%1[%2], %3) / 1e6 > %4"_s.arg(metric, window).arg(predictHorizonHours * 3600).arg(number(*limitMB)),
             u"15m"_s, u"warning"_s,
             u"Memory will reach the %1 MB limit within %2 h"_s.arg(number(*limitMB)).arg(predictHorizonHours),
             u"At the rate of the last %1, {{ $labels.instance }} reaches its %2 MB limit within %3 h."_s
                 .arg(window, number(*limitMB))
                 .arg(predictHorizonHours));
        rule(u"MemoryNearLimit"_s, u"%1 / 1e6 > %2"_s.arg(metric, number(*limitMB * heapPercent / 100)), u"5m"_s,
             u"critical"_s, u"Memory above %1% of the %2 MB limit"_s.arg(number(heapPercent), number(*limitMB)),
             u"{{ $labels.instance }} uses {{ $value | printf \"%.0f\" }} MB of its %1 MB limit."_s.arg(number(*limitMB)));
    }
    return y;
}

QList<FieldFill> AlertRules::monitoringFills(const ReportTemplate &reportTemplate, const ReportContent &content) const
{
    QList<FieldFill> fills;
    forAlertFields(reportTemplate, [&](const SectionDef &section, const FieldDef &field, const ChecklistItemDef *) {
        QString proposed;
        if (field.fromAlerts == u"growthThreshold")
            proposed = DataFill::formatMB(growthThresholdMBPerHour);
        else if (field.fromAlerts == u"growthDuration")
            proposed = hoursText(sustainMinutes);
        else if (field.fromAlerts == u"heapThreshold" && limitMB)
            proposed = DataFill::formatMB(heapPercent);
        if (proposed.isEmpty())
            return;
        const QString current = content.values.value(field.id).trimmed();
        fills.append({field.id, section.title + u" \u203a "_s + field.label,
                      FieldDef::isUnfilled(current, field.placeholder) ? QString() : current, proposed});
    });
    return fills;
}

ReportContent AlertRules::withMonitoring(const ReportTemplate &reportTemplate, const ReportContent &content,
                                         bool replaceTyped) const
{
    ReportContent filled = DataFill::apply(content, monitoringFills(reportTemplate, content), replaceTyped);
    forAlertFields(reportTemplate, [&](const SectionDef &, const FieldDef &field, const ChecklistItemDef *item) {
        if (item && filled.values.value(field.id) != content.values.value(field.id))
            filled.checked.insert(item->id, true);
    });
    return filled;
}

} // namespace lr
