// Heap snapshots: parse throughput (MB/s, MB = 10^6 bytes), memory per MB of snapshot, and the
// wall time and peak RSS of a whole comparison, as `snapshots compare` runs it.
//   leakreport-heap-bench S1 S2 [S3]
//   leakreport-heap-bench --generate RECORDS1 RECORDS2 RECORDS3   (writes them with node first)
// The comparison runs first so that the peak RSS is its own. Numbers only; it never fails on time.
#include "heap/heapcomparer.h"
#include "heap/heapsnapshotreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double peakRssMB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) * 1024 / 1e6;
}

QStringList generate(const QStringList &counts, const QString &folder)
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        std::fprintf(stderr, "heap-bench: node is not installed (scripts/install-deps.sh)\n");
        return {};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(node, QStringList{u"--max-old-space-size=8192"_s, QStringLiteral(LEAKREPORT_SOURCE_DIR "/bench/make-heap-snapshots.js"), folder} + counts);
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    QTemporaryDir scratch;
    if (files.value(0) == u"--generate") {
        files = generate(files.mid(1), scratch.path());
        if (files.isEmpty())
            return 2;
    }
    if (files.size() < 2 || files.size() > 3) {
        std::fprintf(stderr, "usage: leakreport-heap-bench S1 S2 [S3] | --generate N1 N2 N3\n");
        return 2;
    }
    qint64 totalBytes = 0;
    for (const QString &file : files)
        totalBytes += QFileInfo(file).size();

    QElapsedTimer timer;
    timer.start();
    QString error;
    const auto comparison = lr::HeapComparer::compare(files, &error);
    const double compareSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!comparison) {
        std::fprintf(stderr, "heap-bench: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("compare %d snapshots (%.1f MB): %.2f s wall, peak RSS %.0f MB, %lld classes changed\n",
                int(files.size()), double(totalBytes) / 1e6, compareSeconds, peakRssMB(),
                qlonglong(comparison->classes.size()));

    for (const QString &file : files) {
        timer.restart();
        const lr::HeapSnapshotReader::Result read = lr::HeapSnapshotReader::readFile(file);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!read.ok()) {
            std::fprintf(stderr, "heap-bench: %s\n", qPrintable(read.error));
            return 2;
        }
        const double megabytes = double(read.fileBytes) / 1e6;
        std::printf("parse %s: %.1f MB in %.2f s = %.0f MB/s; %u nodes, %u edges; arrays %.2f bytes per byte of file\n",
                    qPrintable(QFileInfo(file).fileName()), megabytes, seconds, megabytes / seconds,
                    read.snapshot->nodeCount(), read.snapshot->edgeCount(),
                    double(read.snapshot->memoryBytes()) / double(read.fileBytes));
    }
    return 0;
}
