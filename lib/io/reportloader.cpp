#include "io/reportloader.h"

#include "markdown/markdownreader.h"

#include <QFileInfo>

namespace lr {

LoadResult loadReport(const QString &path, const ReportTemplate &reportTemplate, NonReports nonReports)
{
    if (MarkdownReader::isMarkdownPath(path))
        return importMarkdown(path, reportTemplate, nonReports);
    return ReportFile::load(path, reportTemplate);
}

LoadResult importMarkdown(const QString &path, const ReportTemplate &reportTemplate, NonReports nonReports)
{
    LoadResult result = MarkdownReader(reportTemplate).load(path);
    if (!result.ok() || result.coverage.isComplete())
        return result;
    if (!result.coverage.looksLikeReport() && nonReports == NonReports::Refuse) {
        LoadResult refused;
        refused.error = result.coverage.refusal(QFileInfo(path).fileName());
        refused.coverage = result.coverage;
        return refused;
    }
    result.warnings.prepend(result.coverage.summary());
    return result;
}

} // namespace lr
