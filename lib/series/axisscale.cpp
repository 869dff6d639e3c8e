#include "series/axisscale.h"

#include "series/datafill.h"

#include <cmath>
#include <span>

namespace lr {

namespace {

struct Unit
{
    double size;        // in series units
    const char *amount; // "%1 min"
    const char *title;
};

constexpr Unit kTimeUnits[] = {
    {1, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 ms"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Milliseconds since the series started")},
    {1e3, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 s"), QT_TRANSLATE_NOOP("lr::AxisScale", "Seconds since the series started")},
    {6e4, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 min"), QT_TRANSLATE_NOOP("lr::AxisScale", "Minutes since the series started")},
    {3.6e6, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 h"), QT_TRANSLATE_NOOP("lr::AxisScale", "Hours since the series started")},
    {8.64e7, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 d"), QT_TRANSLATE_NOOP("lr::AxisScale", "Days since the series started")},
};

// As massif-visualizer labels massif's --time-unit=i and --time-unit=B.
constexpr Unit kInstructionUnits[] = {
    {1, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 instructions"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Instructions executed since the series started")},
    {1e3, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 thousand instructions"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Instructions executed since the series started (thousands)")},
    {1e6, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 million instructions"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Instructions executed since the series started (millions)")},
    {1e9, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 billion instructions"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Instructions executed since the series started (billions)")},
    {1e12, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 trillion instructions"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Instructions executed since the series started (trillions)")},
};

constexpr Unit kAllocatedUnits[] = {
    {1, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 B allocated"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Bytes allocated since the series started")},
    {1e3, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 kB allocated"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Bytes allocated since the series started (kB)")},
    {1e6, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 MB allocated"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Bytes allocated since the series started (MB)")},
    {1e9, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 GB allocated"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Bytes allocated since the series started (GB)")},
    {1e12, QT_TRANSLATE_NOOP("lr::AxisScale", "%1 TB allocated"),
     QT_TRANSLATE_NOOP("lr::AxisScale", "Bytes allocated since the series started (TB)")},
};

std::span<const Unit> unitsOf(MemorySeries::TimeUnit kind)
{
    switch (kind) {
    case MemorySeries::TimeUnit::Milliseconds:
        return kTimeUnits;
    case MemorySeries::TimeUnit::Instructions:
        return kInstructionUnits;
    case MemorySeries::TimeUnit::BytesAllocated:
        return kAllocatedUnits;
    }
    return kTimeUnits;
}

QString text(const char *source, bool translated)
{
    return translated ? AxisScale::tr(source) : QString::fromUtf8(source);
}

} // namespace

AxisScale AxisScale::forSpan(MemorySeries::TimeUnit kind, double span)
{
    const std::span<const Unit> units = unitsOf(kind);
    const double least = kind == MemorySeries::TimeUnit::Milliseconds ? 2 : 1;
    int chosen = 0;
    for (int i = 1; i < int(units.size()); ++i) {
        if (span >= least * units[i].size)
            chosen = i;
    }
    return AxisScale(kind, chosen);
}

double AxisScale::unitSize() const
{
    return unitsOf(m_kind)[m_unit].size;
}

QString AxisScale::title(bool translated) const
{
    return text(unitsOf(m_kind)[m_unit].title, translated);
}

QString AxisScale::format(double span, bool translated) const
{
    return text(unitsOf(m_kind)[m_unit].amount, translated).arg(DataFill::formatMB(span / unitSize()));
}

QString AxisScale::quantity(MemorySeries::TimeUnit kind, bool translated)
{
    switch (kind) {
    case MemorySeries::TimeUnit::Milliseconds:
        break;
    case MemorySeries::TimeUnit::Instructions:
        return text(QT_TR_NOOP("instructions"), translated);
    case MemorySeries::TimeUnit::BytesAllocated:
        return text(QT_TR_NOOP("bytes allocated"), translated);
    }
    return text(QT_TR_NOOP("time"), translated);
}

QString AxisScale::formatSpan(MemorySeries::TimeUnit kind, double span, bool translated)
{
    return forSpan(kind, span).format(span, translated);
}

double AxisScale::tickStep(double visible, int maxIntervals)
{
    if (!(visible > 0) || maxIntervals < 1)
        return 1;
    const double least = visible / maxIntervals;
    const double decade = std::pow(10.0, std::floor(std::log10(least)));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * decade >= least * (1 - 1e-9)) // 1e-9: 0.3 / 3 is 0.09999...
            return factor * decade;
    }
    return 10 * decade;
}

int AxisScale::decimals(double step)
{
    return step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
}

} // namespace lr
