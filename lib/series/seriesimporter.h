#pragma once

#include "io/sizelimits.h"
#include "series/byteunits.h"
#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QByteArrayView>

class QIODevice;

namespace lr {

enum class SeriesFormat { Auto, Csv, Prometheus, TraceGc, Massif };

struct SeriesImportResult
{
    bool ok() const { return error.isEmpty(); }

    // Every series the input holds: one per value column of a CSV, one per label set of a
    // Prometheus matrix, one for a trace-gc log or a massif file. Empty when `error` is set:
    // a file with a problem imports nothing.
    QList<MemorySeries> series;
    // "<displayName>:<line>: <reason>" (line omitted where the format has none, such as JSON
    // errors, which give the byte offset instead).
    QString error;
    // How the input was read, for the import summary: the unit of the numbers (one line per CSV
    // value column), a CSV table without a header. Without the file name.
    QStringList notes = {};
};

struct SeriesReadOptions
{
    SeriesFormat format = SeriesFormat::Auto;
    // The unit of every CSV number that has none of its own, whatever the header says. Other
    // formats state their unit and refuse one.
    std::optional<ByteUnit> unit;
};

// Reads memory samples from the tools investigators use. Every reader takes a QIODevice, never
// reads more than kMaxInputSize, returns samples sorted by time, and fails with file, line and
// reason. Roles are left as Other: the caller decides what a series stands for.
class SeriesImporter
{
    Q_DECLARE_TR_FUNCTIONS(lr::SeriesImporter)

public:
    static constexpr qint64 kMaxInputSize = kMaxSeriesInputSize; // see io/sizelimits.h

    // The format the first bytes look like, or Auto when none fits.
    static SeriesFormat detect(QByteArrayView head);
    static SeriesImportResult read(QIODevice &device, const QString &displayName, SeriesFormat format = SeriesFormat::Auto);
    static SeriesImportResult read(QIODevice &device, const QString &displayName, const SeriesReadOptions &options);
    static SeriesImportResult readFile(const QString &path, SeriesFormat format = SeriesFormat::Auto);
    static SeriesImportResult readFile(const QString &path, const SeriesReadOptions &options);

    // "auto", "csv", "prometheus", "trace-gc", "massif".
    static QString formatName(SeriesFormat format);
    static bool formatFromName(const QString &name, SeriesFormat *format);
};

} // namespace lr
