#include "series/memoryseries.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

const MemorySeries *seriesWithRole(const QList<MemorySeries> &series, SeriesRole role)
{
    for (const MemorySeries &one : series) {
        if (one.role == role)
            return &one;
    }
    return nullptr;
}

void addReplacingRole(QList<MemorySeries> &series, const MemorySeries &added)
{
    if (added.role != SeriesRole::Other)
        series.removeIf([&added](const MemorySeries &existing) { return existing.role == added.role; });
    series.append(added);
}

bool hasSamples(const QList<MemorySeries> &series)
{
    return std::any_of(series.cbegin(), series.cend(), [](const MemorySeries &one) { return !one.samples.isEmpty(); });
}

QString roleName(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Before:
        return u"before"_s;
    case SeriesRole::After:
        return u"after"_s;
    case SeriesRole::Other:
        return u"other"_s;
    }
    return {};
}

bool roleFromName(const QString &name, SeriesRole *role)
{
    for (SeriesRole candidate : {SeriesRole::Before, SeriesRole::After, SeriesRole::Other}) {
        if (name.compare(roleName(candidate), Qt::CaseInsensitive) == 0) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString timeUnitName(MemorySeries::TimeUnit unit)
{
    switch (unit) {
    case MemorySeries::TimeUnit::Milliseconds:
        return u"ms"_s;
    case MemorySeries::TimeUnit::Instructions:
        return u"i"_s;
    case MemorySeries::TimeUnit::BytesAllocated:
        return u"B"_s;
    }
    return {};
}

bool timeUnitFromName(const QString &name, MemorySeries::TimeUnit *unit)
{
    for (auto candidate : {MemorySeries::TimeUnit::Milliseconds, MemorySeries::TimeUnit::Instructions,
                           MemorySeries::TimeUnit::BytesAllocated}) {
        if (name == timeUnitName(candidate)) {
            *unit = candidate;
            return true;
        }
    }
    return false;
}

} // namespace lr
