#include "heap/heapsnapshotreader.h"

#include "heap/heapsnapshotparser.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <simdjson.h>

#include <new>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr qint64 kReadChunkBytes = qint64(16) << 20;
constexpr double kReadShare = 0.2; // of the progress, for reading the bytes; parsing is the rest

qint64 megabytes(qint64 bytes)
{
    return (bytes + 999'999) / 1'000'000;
}

// What the machine can give now (Linux: MemAvailable), or 0 when unknown.
qint64 availableMemory()
{
    QFile meminfo(u"/proc/meminfo"_s);
    if (!meminfo.open(QIODevice::ReadOnly))
        return 0;
    while (!meminfo.atEnd()) {
        const QByteArray line = meminfo.readLine();
        if (line.startsWith("MemAvailable:"))
            return line.mid(13).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

QString memoryRefusal(const QString &name, qint64 fileBytes, qint64 available)
{
    return HeapSnapshotReader::tr("%1: not enough memory: reading a snapshot of %2 MB needs about %3 MB, "
                                  "and %4 MB are available")
        .arg(name)
        .arg(megabytes(fileBytes))
        .arg(megabytes(HeapSnapshotReader::peakMemoryFor(fileBytes)))
        .arg(megabytes(available));
}

HeapSnapshotReader::Result parsePadded(const simdjson::padded_string &bytes, const QString &name,
                                       const HeapSnapshotReader::ProgressCallback &progress, double progressStart)
{
    HeapSnapshotReader::Result result;
    result.fileBytes = qint64(bytes.size());
    HeapSnapshotParser parser(bytes.data(), bytes.size(), name, [&](double fraction) {
        return !progress || progress(progressStart + (1 - progressStart) * fraction);
    });
    try {
        HeapSnapshot snapshot;
        if (parser.parse(snapshot))
            result.snapshot = std::move(snapshot);
        else
            result.error = parser.error();
        result.cancelled = parser.cancelled();
    } catch (const std::bad_alloc &) {
        result.snapshot.reset();
        result.error = HeapSnapshotReader::tr("%1: not enough memory to hold the snapshot's %2 MB")
                           .arg(name)
                           .arg(megabytes(result.fileBytes));
    }
    return result;
}

} // namespace

qint64 HeapSnapshotReader::peakMemoryFor(qint64 fileBytes)
{
    // Measured with bench/heap-bench on Node snapshots of 4.6, 55 and 108 MB: the bytes (1x), the
    // arrays (0.76x), the rest after the edges copied as a document of its own (the strings,
    // up to 0.3x) and simdjson's index of one 1 MB chunk; 249 MB peak RSS for the 108 MB file.
    return fileBytes * 5 / 2 + (qint64(32) << 20);
}

qint64 HeapSnapshotReader::maxFileBytes()
{
    return qint64(simdjson::SIMDJSON_MAXSIZE_BYTES);
}

HeapSnapshotReader::Result HeapSnapshotReader::readFile(const QString &path, const Options &options)
{
    Result result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    const qint64 size = file.size();
    result.fileBytes = size;
    if (size > maxFileBytes()) {
        result.error = tr("%1: the file has %2 MB; a heap snapshot can have at most %3 MB here "
                          "(the most simdjson reads as one document)")
                           .arg(path)
                           .arg(megabytes(size))
                           .arg(maxFileBytes() / 1'000'000);
        return result;
    }
    const qint64 available = options.memoryLimitBytes > 0 ? options.memoryLimitBytes : availableMemory();
    if (available > 0 && peakMemoryFor(size) > available) {
        result.error = memoryRefusal(path, size, available);
        return result;
    }

    try {
        simdjson::padded_string bytes{size_t(size)};
        if (size > 0 && !bytes.data()) {
            result.error = tr("%1: not enough memory to hold the file's %2 MB").arg(path).arg(megabytes(size));
            return result;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (qint64 done = 0; done < size;) {
            const qint64 got = file.read(bytes.data() + done, qMin(kReadChunkBytes, size - done));
            if (got <= 0) {
                result.error = tr("%1: cannot read at byte %2: %3").arg(path).arg(done).arg(file.errorString());
                return result;
            }
            hash.addData(QByteArrayView(bytes.data() + done, got));
            done += got;
            if (options.progress && !options.progress(kReadShare * double(done) / double(size))) {
                result.error = tr("%1: cancelled").arg(path);
                result.cancelled = true;
                return result;
            }
        }
        Result parsed = parsePadded(bytes, path, options.progress, kReadShare);
        parsed.sha256 = QString::fromLatin1(hash.result().toHex());
        return parsed;
    } catch (const std::bad_alloc &) {
        result.error = tr("%1: not enough memory to hold the file's %2 MB").arg(path).arg(megabytes(size));
        return result;
    }
}

HeapSnapshotReader::Result HeapSnapshotReader::readBytes(const QByteArray &bytes, const QString &displayName,
                                                         const Options &options)
{
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    Result result = parsePadded(padded, displayName, options.progress, 0);
    result.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return result;
}

} // namespace lr
