#pragma once

#include "io/reportfile.h"

namespace lr {

// Opens a report from either of the files people have: the native .leakreport file, or a
// Markdown report (.md, .markdown) written from the template by hand or by LeakReport. For
// Markdown, `warnings` is the import report: what was kept as notes where.
LoadResult loadReport(const QString &path, const ReportTemplate &reportTemplate);

} // namespace lr
