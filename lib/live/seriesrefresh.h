#pragma once

#include "series/seriesimporter.h"

#include <QCoreApplication>

namespace lr {

// What Refresh does with a re-run query's answer: the series keeps its name, role and place and
// takes the new samples and range. Of several series in the answer, it takes the one with its
// label set (its name); one series alone is taken whatever its labels became.
class SeriesRefresh
{
    Q_DECLARE_TR_FUNCTIONS(lr::SeriesRefresh)

public:
    // False with `error` set when the answer has no series for it.
    static bool apply(MemorySeries *series, const SeriesImportResult &answer, const LiveQuery &sent, QString *error);
};

} // namespace lr
