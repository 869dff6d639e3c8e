#include "claimfixture.h"

#include "testsupport.h"
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lr::test {

MemorySeries heapSeries(const QDateTime &start, double hours, double startMB, double mbPerHour, double swingMB,
                        int periodMinutes, SeriesRole role)
{
    MemorySeries series;
    series.name = role == SeriesRole::After ? u"heap after"_s : u"heap before"_s;
    series.role = role;
    series.source = {u"heap.csv"_s, u"csv"_s, u"heap_bytes"_s};
    const qint64 t0 = start.toMSecsSinceEpoch();
    for (int minute = 0; minute <= int(hours * 60); ++minute) {
        const double h = minute / 60.0;
        const double saw = swingMB * double(minute % periodMinutes) / periodMinutes;
        const double jitter = (minute * 7919 % 11) / 10.0 - 0.5;
        series.samples.append({t0 + qint64(minute) * 60'000, (startMB + mbPerHour * h + saw + jitter) * kBytesPerMB});
    }
    return series;
}

ReportContent sampleWithSeries()
{
    ReportContent content = sampleContent();
    content.series.append(heapSeries(QDateTime(QDate(2026, 11, 18), QTime(0, 0), QTimeZone::utc()), 8, 191, 38));
    content.series.append(heapSeries(QDateTime(QDate(2026, 11, 19), QTime(14, 30), QTimeZone::utc()), 7, 205, 0.65, 3, 10,
                                     SeriesRole::After));
    return content;
}

} // namespace lr::test
