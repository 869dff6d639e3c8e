#include "series/downsampler.h"

#include <algorithm>

namespace lr {

namespace {

// Offset from fromTime at which slice `index` begins: ceil(span * index / columns), computed
// without a 128-bit product (span may be the whole qint64 range). With span = q * columns + r,
// that is q * index + ceil(r * index / columns), and r * index < 2^62.
quint64 sliceStart(quint64 span, quint64 columns, quint64 index)
{
    const quint64 whole = span / columns;
    const quint64 rest = span % columns;
    return whole * index + (rest * index + columns - 1) / columns;
}

// Appends the lowest and the highest sample of [begin, end) in time order.
void appendExtremes(QList<MemorySample> &out, const MemorySample *begin, const MemorySample *end)
{
    const MemorySample *lowest = begin;
    const MemorySample *highest = begin;
    for (const MemorySample *s = begin + 1; s != end; ++s) {
        if (s->bytes < lowest->bytes)
            lowest = s;
        else if (s->bytes > highest->bytes)
            highest = s;
    }
    out.append(*std::min(lowest, highest));
    if (lowest != highest)
        out.append(*std::max(lowest, highest));
}

// The samples of each slice are contiguous because the input is sorted: one walk finds each
// slice's end (a slice is a few hundred samples, still in L1 cache when its extremes are taken);
// an empty slice costs one comparison.
void appendMinMaxPerSlice(QList<MemorySample> &out, const MemorySample *begin, const MemorySample *end,
                          qint64 fromTime, qint64 toTime, int columns)
{
    const quint64 span = quint64(toTime) - quint64(fromTime); // exact even when toTime - fromTime overflows
    const quint64 sliceCount = quint64(columns);
    const MemorySample *s = begin;
    for (quint64 slice = 0; slice < sliceCount && s != end; ++slice) {
        const MemorySample *sliceEnd = end; // the last slice takes the rest, toTime included
        if (slice + 1 < sliceCount) {
            // fromTime + offset <= toTime, so the conversion back to qint64 does not wrap.
            const qint64 limit = qint64(quint64(fromTime) + sliceStart(span, sliceCount, slice + 1));
            sliceEnd = s;
            while (sliceEnd != end && sliceEnd->time < limit)
                ++sliceEnd;
        }
        if (sliceEnd != s)
            appendExtremes(out, s, sliceEnd);
        s = sliceEnd;
    }
}

} // namespace

QList<MemorySample> Downsampler::minMaxPerColumn(const QList<MemorySample> &samples, qint64 fromTime, qint64 toTime,
                                                 int columns)
{
    if (columns <= 0 || fromTime > toTime)
        return {};
    const MemorySample *begin = samples.constData();
    const MemorySample *end = begin + samples.size();
    const MemorySample *first = std::lower_bound(begin, end, fromTime,
                                                 [](const MemorySample &s, qint64 t) { return s.time < t; });
    const MemorySample *last = std::upper_bound(first, end, toTime,
                                                [](qint64 t, const MemorySample &s) { return t < s.time; });
    const qsizetype visible = last - first;
    const qsizetype budget = 2 * qsizetype(columns);

    QList<MemorySample> out;
    out.reserve(std::min(visible, budget) + 2);
    if (first != begin)
        out.append(first[-1]);
    if (visible < budget) {
        for (const MemorySample *s = first; s != last; ++s)
            out.append(*s);
    } else {
        appendMinMaxPerSlice(out, first, last, fromTime, toTime, columns);
    }
    if (last != end)
        out.append(*last);
    return out;
}

} // namespace lr
