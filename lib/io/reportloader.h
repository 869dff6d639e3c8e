#pragma once

#include "io/reportfile.h"

namespace lr {

// Whether a Markdown file that shows less of the template than a report does is read anyway
// (TemplateCoverage says where the line is).
enum class NonReports { Refuse, Accept };

// Opens a report from either of the files people have: the native .leakreport file, or a
// Markdown report (.md, .markdown) written from the template by hand or by LeakReport. For
// Markdown, `warnings` is the import report: what was kept as notes where.
LoadResult loadReport(const QString &path, const ReportTemplate &reportTemplate,
                      NonReports nonReports = NonReports::Refuse);

// Reads a Markdown report whatever its suffix. Below the template coverage of a report the
// result is an error, or with NonReports::Accept a first warning that says how little was found;
// a report with some sections missing has that first warning too.
LoadResult importMarkdown(const QString &path, const ReportTemplate &reportTemplate, NonReports nonReports);

} // namespace lr
