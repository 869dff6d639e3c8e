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
        || head.contains(" ms: Minor ") || head.contains(" ms: pause="))
        return SeriesFormat::TraceGc;
    return looksLikeTable(head) ? SeriesFormat::Csv : SeriesFormat::Auto;
}

SeriesImportResult SeriesImporter::read(QIODevice &device, const QString &displayName, SeriesFormat format)
{
    return read(device, displayName, SeriesReadOptions{format, std::nullopt});
}

SeriesImportResult SeriesImporter::read(QIODevice &device, const QString &displayName, const SeriesReadOptions &options)
{
    SeriesFormat format = options.format;
    const QByteArray head = device.peek(kDetectBytes);
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) // PowerShell's "> file" writes UTF-16
        return {{}, tr("%1: UTF-16 text; save it as UTF-8 and import it again").arg(displayName)};
    if (format == SeriesFormat::Auto) {
        format = detect(head);
        if (format == SeriesFormat::Auto)
            return {{}, tr("%1: not a format LeakReport reads (CSV or TSV with a header, Prometheus "
                               "query_range JSON, a Node.js --trace-gc log or a massif file)").arg(displayName)};
    }
    if (options.unit && format != SeriesFormat::Csv) {
        return {{}, tr("%1: a %2 file states its own unit; a unit can be chosen for CSV columns only")
                        .arg(displayName, formatName(format))};
    }
    SeriesImportResult result;
    switch (format) {
    case SeriesFormat::Csv:
        return CsvSeriesReader::read(device, displayName, options.unit);
    case SeriesFormat::Prometheus:
        result = PrometheusSeriesReader::read(device, displayName);
        result.notes.append(tr("values in bytes, the base unit of Prometheus metrics"));
        break;
    case SeriesFormat::TraceGc:
        return TraceGcSeriesReader::read(device, displayName);
    case SeriesFormat::Massif:
        result = MassifSeriesReader::read(device, displayName);
        result.notes.append(tr("heap and stack sizes in bytes, as massif counts them"));
        break;
    case SeriesFormat::Auto:
        break;
    }
    if (!result.ok())
        result.notes.clear();
    return result;
}

SeriesImportResult SeriesImporter::readFile(const QString &path, SeriesFormat format)
{
    return readFile(path, SeriesReadOptions{format, std::nullopt});
}

SeriesImportResult SeriesImporter::readFile(const QString &path, const SeriesReadOptions &options)
{
    const QString displayName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return {{}, tr("%1: no such file").arg(displayName)};
    if (file.size() > kMaxInputSize)
        return tooLargeFailure(displayName);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, tr("%1: %2").arg(displayName, file.errorString())};
    SeriesImportResult result = read(file, displayName, options);
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
