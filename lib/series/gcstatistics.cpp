#include "series/gcstatistics.h"

#include "i18n/plural.h"
#include "series/datafill.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// Below this a rate per minute mostly measures how the log was cut.
constexpr double kMinSpanMinutes = 1.0 / 60.0;

// Nearest rank: the smallest pause with at least `percent` of the pauses at or below it.
double percentile(const QList<double> &sorted, double percent)
{
    const auto rank = qsizetype(std::ceil(percent / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

// Milliseconds, counts and percentages read best rounded as the report's MB figures are.
QString figure(double value)
{
    return DataFill::formatMB(value);
}

} // namespace

std::optional<GcStatistics> GcStatistics::compute(const MemorySeries &series)
{
    if (series.gcPauses.isEmpty())
        return std::nullopt;
    GcStatistics stats;
    QList<double> pauses;
    pauses.reserve(series.gcPauses.size());
    double total = 0;
    qint64 first = series.gcPauses.constFirst().time, last = first;
    for (const GcPause &pause : series.gcPauses) {
        pauses.append(pause.pauseMs);
        total += pause.pauseMs;
        stats.fullCount += pause.kind == GcPause::Kind::Full;
        first = std::min(first, pause.time);
        last = std::max(last, pause.time);
    }
    std::sort(pauses.begin(), pauses.end());
    stats.count = pauses.size();
    stats.p50Ms = percentile(pauses, 50);
    stats.p95Ms = percentile(pauses, 95);
    stats.maxMs = pauses.constLast();
    stats.spanMinutes = double(last - first) / 60000.0;
    if (stats.count >= 2 && stats.spanMinutes >= kMinSpanMinutes) {
        // n GCs span n - 1 gaps: the rate of the gaps, not of the count.
        stats.perMinute = double(stats.count - 1) / stats.spanMinutes;
        stats.timeInGcPercent = std::min(100.0, 100.0 * total / (stats.spanMinutes * 60000.0));
    }
    if (series.v8AverageMu >= 0)
        stats.v8AverageMu = series.v8AverageMu;
    return stats;
}

QString GcStatistics::summary() const
{
    QString text = withEnglishPlural(tr("GC pauses p50 %1 ms, p95 %2 ms, max %3 ms over %n GC(s)", nullptr, int(count)), count)
                       .arg(figure(p50Ms), figure(p95Ms), figure(maxMs));
    if (perMinute)
        text += tr("; %1 GCs/min").arg(figure(*perMinute));
    if (timeInGcPercent)
        text += tr("; %1% of the time in GC").arg(figure(*timeInGcPercent));
    if (v8AverageMu)
        text += tr(" (V8 mutator utilisation %1)").arg(QString::number(*v8AverageMu, 'f', 3));
    return text;
}

std::optional<GcStatistics::Change> GcStatistics::pressureChange(const GcStatistics &before, const GcStatistics &after)
{
    const auto change = [](double from, double to, const QString &measure) -> std::optional<Change> {
        if (!(from > 0))
            return std::nullopt;
        return Change{100.0 * (from - to) / from, measure};
    };
    if (before.timeInGcPercent && after.timeInGcPercent)
        return change(*before.timeInGcPercent, *after.timeInGcPercent,
                      tr("time in GC %1% to %2%").arg(figure(*before.timeInGcPercent), figure(*after.timeInGcPercent)));
    if (before.perMinute && after.perMinute)
        return change(*before.perMinute, *after.perMinute,
                      tr("%1 to %2 GCs/min").arg(figure(*before.perMinute), figure(*after.perMinute)));
    return std::nullopt;
}

} // namespace lr
