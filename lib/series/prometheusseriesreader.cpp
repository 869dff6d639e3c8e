#include "series/prometheusseriesreader.h"

using namespace Qt::StringLiterals;

namespace lr {

SeriesImportResult PrometheusSeriesReader::read(QIODevice &device, const QString &displayName)
{
    Q_UNUSED(device);
    return {{}, displayName + u": not implemented yet"_s};
}

} // namespace lr
