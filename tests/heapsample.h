#pragma once

#include "heap/heapcomparison.h"
#include "model/reportcontent.h"

namespace lr::test {

// A comparison of three snapshots as the investigator saw it, made by hand until the
// analysis behind HeapComparer runs on real snapshots: SessionContext leaks (+26200 instances,
// +21.0 MB) through a Redis event listener's closure; strings churn without growing.
HeapComparison sampleHeapComparison();

// The values of one column of a report's list, row by row.
QStringList rowSetColumn(const ReportContent &content, const QString &rowSetId, const QString &columnId);

} // namespace lr::test
