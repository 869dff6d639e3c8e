#pragma once

#include "export/exportoptions.h"

namespace lr {

class ReportTemplate;
struct ReportContent;

// What an export carries from the report's evidence besides its text, the same from the window
// and the command line: the memory chart with its OOM markers, and the alert rules the data
// gives (written beside the export, as Alert Rules… would save them).
namespace ExportEvidence {
void addTo(ExportOptions &options, const ReportTemplate &reportTemplate, const ReportContent &content);
} // namespace ExportEvidence

} // namespace lr
