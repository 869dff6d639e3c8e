#include "events/oomcounts.h"

#include "model/reporttime.h"

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The template's field that says when the fix went out.
constexpr QStringView kDeploymentField = u"deploymentTime";

// Two logs of one kill (the kernel's line and node-problem-detector's OOMKilling event) name its pid.
constexpr qint64 kSameKillSeconds = 60;

bool sameIncident(const OomEvent &a, const OomEvent &b)
{
    if (a.source == b.source && a.time == b.time && a.processTimeMs == b.processTimeMs && a.pid == b.pid
        && a.process == b.process && a.where == b.where)
        return true; // the same log imported again
    return a.pid >= 0 && a.pid == b.pid && a.time.isValid() && b.time.isValid()
        && std::abs(a.time.secsTo(b.time)) <= kSameKillSeconds;
}
} // namespace

std::optional<QDateTime> OomCounts::deploymentTime(const ReportContent &content)
{
    const std::optional<ReportTime> typed = ReportTime::parse(content.values.value(kDeploymentField.toString()).trimmed());
    if (!typed || typed->date.isNull())
        return std::nullopt;
    return typed->toUtc(typed->date);
}

OomCounts OomCounts::of(const ReportContent &content)
{
    OomCounts counts;
    const std::optional<QDateTime> deployment = deploymentTime(content);
    if (deployment) {
        counts.deployment = *deployment;
        counts.beforePerWeek = 0;
        counts.afterPerMonth = 0;
    }
    for (const OomEvent &event : content.oomEvents) {
        counts.total += event.occurrences;
        if (!deployment || !event.time.isValid())
            continue;
        const qint64 seconds = deployment->secsTo(event.time);
        if (seconds < 0 && seconds >= -qint64(kDaysBefore) * 86400)
            *counts.beforePerWeek += event.occurrences;
        else if (seconds >= 0 && seconds < qint64(kDaysAfter) * 86400)
            *counts.afterPerMonth += event.occurrences;
    }
    return counts;
}

qsizetype mergeOomEvents(QList<OomEvent> &events, const QList<OomEvent> &imported)
{
    qsizetype added = 0;
    for (const OomEvent &event : imported) {
        if (std::any_of(events.cbegin(), events.cend(), [&](const OomEvent &known) { return sameIncident(known, event); }))
            continue;
        events.append(event);
        ++added;
    }
    // Timed events in time order; those known only by process time after them, as imported.
    std::stable_sort(events.begin(), events.end(), [](const OomEvent &a, const OomEvent &b) {
        if (a.time.isValid() != b.time.isValid())
            return a.time.isValid();
        return a.time.isValid() && a.time < b.time;
    });
    return added;
}

} // namespace lr
