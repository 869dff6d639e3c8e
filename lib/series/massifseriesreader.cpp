#include "series/massifseriesreader.h"

using namespace Qt::StringLiterals;

namespace lr {

SeriesImportResult MassifSeriesReader::read(QIODevice &device, const QString &displayName)
{
    Q_UNUSED(device);
    return {{}, displayName + u": not implemented yet"_s};
}

} // namespace lr
