#include "charts/exportevidence.h"

#include "charts/chartrenderer.h"
#include "events/oommarkers.h"
#include "model/reportcontent.h"
#include "prevention/alertrules.h"

namespace lr {

void ExportEvidence::addTo(ExportOptions &options, const ReportTemplate &reportTemplate, const ReportContent &content)
{
    ChartRenderer::addTo(options, content.series, OomMarkers::onChart(content.series, content.oomEvents));
    // Without a memory limit (the report has no field for one) the rules are the growth rule
    // and, where typed, the heap share; a report that shows no growth gets no file.
    QString whyNone;
    if (const std::optional<AlertRules> rules = AlertRules::derive(reportTemplate, content, AlertOptions(), &whyNone))
        options.alertRules = rules->yaml().toUtf8();
}

} // namespace lr
