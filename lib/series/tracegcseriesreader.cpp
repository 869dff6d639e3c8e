#include "series/tracegcseriesreader.h"

using namespace Qt::StringLiterals;

namespace lr {

SeriesImportResult TraceGcSeriesReader::read(QIODevice &device, const QString &displayName)
{
    Q_UNUSED(device);
    return {{}, displayName + u": not implemented yet"_s};
}

} // namespace lr
