#pragma once

// What a reader does with the points of one series once its input is read: puts them in time
// order and drops repeated rows, refusing a time that has two different values. Shared by the
// readers whose inputs may come unsorted (CSV, Prometheus).

#include "series/memoryseries.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace lr {

// Sorts `points` by time (stable: equal times keep their input order) and appends them to the
// empty `samples`, a repeated time with the same bytes once. Point is any struct with `time` and
// `bytes`. Stops at the first time that has two different values and gives its two points, the
// one kept first; {nullptr, nullptr} when there is none.
template<typename Point>
std::pair<const Point *, const Point *> appendInTimeOrder(std::vector<Point> &points, QList<MemorySample> &samples)
{
    const auto earlier = [](const Point &a, const Point &b) { return a.time < b.time; };
    if (!std::is_sorted(points.begin(), points.end(), earlier))
        std::stable_sort(points.begin(), points.end(), earlier);
    samples.reserve(qsizetype(points.size()));
    const Point *kept = nullptr;
    for (const Point &point : points) {
        if (kept && kept->time == point.time) {
            if (kept->bytes == point.bytes)
                continue;
            return {kept, &point};
        }
        samples.append({point.time, point.bytes});
        kept = &point;
    }
    return {nullptr, nullptr};
}

} // namespace lr
