#pragma once

#include "heap/heapcomparison.h"

namespace lr::test {

// A comparison of three snapshots as the investigator saw it, made by hand until the
// analysis behind HeapComparer runs on real snapshots: SessionContext leaks (+26200 instances,
// +21.0 MB) through a Redis event listener's closure; strings churn without growing.
HeapComparison sampleHeapComparison();

} // namespace lr::test
