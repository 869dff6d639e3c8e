#include "series/memoryseries.h"

using namespace Qt::StringLiterals;

namespace lr {

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
