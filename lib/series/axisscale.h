#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>

namespace lr {

// How a distance along a series' x axis reads (a sample's time minus the first one's), in the
// unit that fits the span: milliseconds, seconds, minutes, hours or days for time; for massif's other time
// units, instructions (thousands, millions, ...) or bytes allocated (kB, MB, GB: 10^3 steps, as
// the memory axis). One place for the chart's axis, the statistics text and `leakreport stats`.
class AxisScale
{
    Q_DECLARE_TR_FUNCTIONS(lr::AxisScale)

public:
    // The unit for a span of `span`, in the series' own unit (ms, instructions, bytes): the
    // largest that still reads as at least 2 of it for time (90 min, not 1.5 h), 1 for counts.
    static AxisScale forSpan(MemorySeries::TimeUnit kind, double span);

    MemorySeries::TimeUnit kind() const { return m_kind; }
    bool isTime() const { return m_kind == MemorySeries::TimeUnit::Milliseconds; }
    // Series units per displayed unit: 60,000 for minutes, 10^6 for millions of instructions.
    double unitSize() const;
    // "Minutes since the series started"; in English when not `translated` (exports).
    QString title(bool translated = true) const;
    // `span` (series units) in this unit: "4.5 min", "1.2 million instructions", "340 kB allocated".
    QString format(double span, bool translated = true) const;
    // What the axis counts: "time", "instructions", "bytes allocated".
    static QString quantity(MemorySeries::TimeUnit kind, bool translated = true);
    // A duration or count in the unit that fits it.
    static QString formatSpan(MemorySeries::TimeUnit kind, double span, bool translated = true);

    // A round step between ticks, 1, 2 or 5 × 10^n displayed units, the smallest that gives at
    // most `maxIntervals` intervals over `visible` displayed units; and the decimals its labels need.
    static double tickStep(double visible, int maxIntervals);
    static int decimals(double step);

private:
    AxisScale(MemorySeries::TimeUnit kind, int unit)
        : m_kind(kind)
        , m_unit(unit)
    {
    }

    MemorySeries::TimeUnit m_kind;
    int m_unit; // index into the kind's unit table
};

} // namespace lr
