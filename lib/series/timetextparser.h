#pragma once

// Time cells in the forms tools write, to milliseconds since the Unix epoch: ISO 8601
// ("2024-03-01 10:00:00", "2024-03-01T10:00:00.250Z", "...+01:00"; no offset means UTC), an
// RFC 2822 date, or a plain number of epoch seconds (below 1e11, may have a fraction),
// milliseconds (below 1e14), microseconds (below 1e17) or nanoseconds. Times outside the years
// 1..9999 are refused.

#include <QByteArrayView>

namespace lr {

// One parser per input: rows usually share their date, so it keeps the last day it converted and
// the calendar arithmetic (QDate) runs once per day, not once per row.
class TimeTextParser
{
public:
    // `text` without blanks around it.
    bool parse(QByteArrayView text, qint64 *msSinceEpoch);

    // The last date converted and its Julian day number.
    struct LastDay
    {
        int year = 0;
        int month = 0;
        int day = 0;
        qint64 julianDay = 0;
    };

private:
    LastDay m_lastDay;
};

} // namespace lr
