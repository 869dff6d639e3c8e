#pragma once

#include "model/reportcontent.h"
#include "series/datafill.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace lr {

// What the rules are generated from besides the report.
struct AlertOptions
{
    double memoryLimitMB = 0; // 0: none known, so no rule that needs it
    QString metric;           // a PromQL selector; empty: the before series' own (Prometheus) or a default
};

// Prometheus alerting rules that would have caught the leak, with thresholds from the report's
// data: a growth rule on deriv() over the metric the before series came from, a projection
// rule on predict_linear() against the memory limit, and a level rule at a share of the limit.
//
// The growth threshold lies halfway between the fixed version's growth (the after series'
// 95 % upper bound, or 0 without one) and the leak's (the before series' lower bound), so that
// it fires on the leak and not on the fix. It must hold for as long as the leak needs to climb
// two standard deviations of the sawtooth's swing (at least 30 minutes, at most 6 hours), so a
// single garbage-collection cycle never fires it. The projection looks half the time the leak
// took from its baseline to the limit ahead (1 to 24 hours).
struct AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(lr::AlertRules)

public:
    QString service;
    QString metric;
    bool metricFromSeries = false;  // the before series' Prometheus selector, else a default or the option
    double beforeMBPerHour = 0;
    double growthThresholdMBPerHour = 0;
    int sustainMinutes = 0;         // "for:" of the growth rule, and its deriv() window (at least 1 h)
    std::optional<double> limitMB;
    int predictHorizonHours = 0;    // with a limit
    double heapPercent = 90;        // of the limit; the report's own value when typed
    QStringList notes;              // what a reader should know (a default metric, no limit)

    // Nothing, with `error` saying why, when the report has no before series timed in ms or it
    // shows no growth.
    static std::optional<AlertRules> derive(const ReportTemplate &reportTemplate, const ReportContent &content,
                                            const AlertOptions &options, QString *error);

    // The rules file: YAML that `promtool check rules` accepts.
    QString yaml() const;
    // The Monitoring Added values these rules stand for, for the fields whose "fromAlerts" names them.
    QList<FieldFill> monitoringFills(const ReportTemplate &reportTemplate, const ReportContent &content) const;
    // `content` with those values filled and their checklist items ticked.
    ReportContent withMonitoring(const ReportTemplate &reportTemplate, const ReportContent &content, bool replaceTyped) const;

    static QString defaultMetric() { return QStringLiteral("process_resident_memory_bytes"); }
};

} // namespace lr
