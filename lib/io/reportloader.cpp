#include "io/reportloader.h"

#include "markdown/markdownreader.h"

namespace lr {

LoadResult loadReport(const QString &path, const ReportTemplate &reportTemplate)
{
    if (MarkdownReader::isMarkdownPath(path))
        return MarkdownReader(reportTemplate).load(path);
    return ReportFile::load(path, reportTemplate);
}

} // namespace lr
