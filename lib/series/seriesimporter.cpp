#include "series/seriesimporter.h"

#include "series/csvseriesreader.h"
#include "series/massifseriesreader.h"
#include "series/prometheusseriesreader.h"
#include "series/seriesinput.h"
#include "series/tracegcseriesreader.h"

#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Logs may hold a lot of application output before the first GC line.
constexpr qint64 kDetectBytes = 1024 * 1024;

struct FormatName
{
    SeriesFormat format;
    QLatin1StringView name;
};
constexpr FormatName kFormatNames[] = {{SeriesFormat::Auto, "auto"_L1},
                                       {SeriesFormat::Csv, "csv"_L1},
                                       {SeriesFormat::Prometheus, "prometheus"_L1},
                                       {SeriesFormat::TraceGc, "trace-gc"_L1},
                                       {SeriesFormat::Massif, "massif"_L1}};

// A header row with a delimiter, and a next line with as many of it: a table, not a log whose
// lines happen to hold commas.
bool looksLikeTable(QByteArrayView head)
{
    const qsizetype firstEnd = head.indexOf('\n');
    const QByteArrayView first = firstEnd < 0 ? head : head.first(firstEnd);
    for (const char delimiter : {'\t', ',', ';'}) {
        const qsizetype columns = first.count(delimiter);
        if (columns == 0)
            continue;
        if (firstEnd < 0)
            return true;
        QByteArrayView rest = head.sliced(firstEnd + 1);
        const qsizetype secondEnd = rest.indexOf('\n');
        const QByteArrayView second = secondEnd < 0 ? rest : rest.first(secondEnd);
        // Quoted cells may hold the delimiter; a header of quoted names is a table anyway.
        if (second.trimmed().isEmpty() || second.count(delimiter) == columns || first.startsWith('"'))
            return true;
    }
    return false;
}

QByteArrayView withoutBom(QByteArrayView head)
{
    return head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head;
}
} // namespace

SeriesFormat SeriesImporter::detect(QByteArrayView head)
{
    head = withoutBom(head);
    const QByteArrayView trimmed = head.trimmed();
    if (trimmed.startsWith('{') && (head.contains("\"resultType\"") || head.contains("\"status\"")))
        return SeriesFormat::Prometheus;
    if (MassifSeriesReader::looksLikeMassif(head))
        return SeriesFormat::Massif;
    if (head.contains(" ms: Scavenge") || head.contains(" ms: Mark-Compact") || head.contains(" ms: Mark-sweep")
        || head.contains(" ms: Minor "))
        return SeriesFormat::TraceGc;
    return looksLikeTable(head) ? SeriesFormat::Csv : SeriesFormat::Auto;
}

SeriesImportResult SeriesImporter::read(QIODevice &device, const QString &displayName, SeriesFormat format)
{
    const QByteArray head = device.peek(kDetectBytes);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) // PowerShell's "> file" writes UTF-16
        return {{}, tr("%1: UTF-16 text; save it as UTF-8 and import it again").arg(displayName)};
    if (format == SeriesFormat::Auto) {
        format = detect(head);
        if (format == SeriesFormat::Auto)
            return {{}, tr("%1: not a format LeakReport reads (CSV or TSV with a header, Prometheus "
                               "query_range JSON, a Node.js --trace-gc log or a massif file)").arg(displayName)};
    }
    switch (format) {
    case SeriesFormat::Csv:
        return CsvSeriesReader::read(device, displayName);
    case SeriesFormat::Prometheus:
        return PrometheusSeriesReader::read(device, displayName);
    case SeriesFormat::TraceGc:
        return TraceGcSeriesReader::read(device, displayName);
    case SeriesFormat::Massif:
        return MassifSeriesReader::read(device, displayName);
    case SeriesFormat::Auto:
        break;
    }
    return {};
}

SeriesImportResult SeriesImporter::readFile(const QString &path, SeriesFormat format)
{
    const QString displayName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return {{}, tr("%1: no such file").arg(displayName)};
    if (file.size() > kMaxInputSize)
        return tooLargeFailure(displayName);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: %2").arg(displayName, file.errorString())};
    SeriesImportResult result = read(file, displayName, format);
    for (MemorySeries &series : result.series)
        series.source.fileName = displayName;
    return result;
}

QString SeriesImporter::formatName(SeriesFormat format)
{
    for (const FormatName &entry : kFormatNames) {
        if (entry.format == format)
            return entry.name;
    }
    return {};
}

bool SeriesImporter::formatFromName(const QString &name, SeriesFormat *format)
{
    for (const FormatName &entry : kFormatNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            *format = entry.format;
            return true;
        }
    }
    return false;
}

} // namespace lr
