// Any bytes, as a file someone imports memory samples from, through one reader (chosen at build
// time by LEAKREPORT_FUZZ_SERIES_FORMAT). The reader must neither crash nor misbehave under the
// sanitizers, and must keep its contract: an error imports nothing; success gives at least one
// series, each with samples sorted by time and finite, non-negative byte counts.
#include "series/seriesimporter.h"

#include <QBuffer>

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    const lr::SeriesImportResult result = lr::SeriesImporter::read(buffer, QStringLiteral("fuzz"),
                                                                   lr::SeriesFormat::LEAKREPORT_FUZZ_SERIES_FORMAT);
    if (!result.ok()) {
        if (!result.series.isEmpty())
            std::abort();
        return 0;
    }
    if (result.series.isEmpty())
        std::abort();
    for (const lr::MemorySeries &series : result.series) {
        for (qsizetype i = 0; i < series.samples.size(); ++i) {
            const lr::MemorySample &sample = series.samples[i];
            if (!std::isfinite(sample.bytes) || sample.bytes < 0)
                std::abort();
            if (i > 0 && series.samples[i - 1].time > sample.time)
                std::abort();
        }
    }
    return 0;
}
