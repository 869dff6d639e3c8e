// HeapComparer: reads the snapshots one after another, keeping of the earlier ones only their
// object tables (id, class, size), then compares them with the last, whose graph gives the
// retained sizes and the retainer paths.
#include "heap/heapcomparer.h"

#include "heap/heapdominators.h"
#include "heap/heapobjecttable.h"
#include "heap/heapretainerpaths.h"
#include "heap/heapsnapshotfile.h"
#include "heap/heapsnapshotreader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <new>
#include <thread>
#include <tuple>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr double kReadingShare = 0.9; // of the progress; the analysis of the last snapshot is the rest

struct Tally
{
    qint64 newCount = 0, deletedCount = 0, allocBytes = 0, freedBytes = 0;
    uint32_t representative = HeapRetainerPaths::kUnreachable; // a node of the last snapshot
};

// Walks two id-sorted tables together: `onlyA(a)`, `onlyB(b)`, `both(a, b)` with indexes.
template<typename OnlyA, typename OnlyB, typename Both>
void merge(const std::vector<HeapObject> &a, const std::vector<HeapObject> &b, OnlyA onlyA, OnlyB onlyB, Both both)
{
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].id < b[j].id))
            onlyA(i++);
        else if (i == a.size() || b[j].id < a[i].id)
            onlyB(j++);
        else
            both(i++, j++);
    }
}

// The growth: with two snapshots DevTools' Comparison (new and deleted between them), with
// three the three-snapshot technique: what S2 added to S1 and S3 still holds are the leak
// candidates (counted as new), what S2 added and S3 no longer holds was short-lived (counted as
// deleted). The nodes of the new objects / candidates in the last snapshot get their group.
std::vector<Tally> tallyGrowth(const std::vector<HeapObjectTable> &tables, size_t groupCount,
                               std::vector<int32_t> &groupOfNode)
{
    std::vector<Tally> tally(groupCount);
    const HeapObjectTable &last = tables.back();
    auto addNew = [&](size_t lastIndex) {
        const HeapObject &object = last.objects()[lastIndex];
        ++tally[object.group].newCount;
        tally[object.group].allocBytes += qint64(object.selfSize);
        groupOfNode[last.nodes()[lastIndex]] = int32_t(object.group);
    };
    auto addDeleted = [&](const HeapObject &object) {
        ++tally[object.group].deletedCount;
        tally[object.group].freedBytes += qint64(object.selfSize);
    };
    const auto &first = tables[0].objects();
    const auto &lastObjects = last.objects();
    if (tables.size() == 2) {
        merge(first, lastObjects, [&](size_t i) { addDeleted(first[i]); }, addNew, [](size_t, size_t) {});
        return tally;
    }
    // Objects S2 allocated after S1, in id order, then matched against S3.
    const auto &second = tables[1].objects();
    std::vector<HeapObject> allocated;
    merge(first, second, [](size_t) {}, [&](size_t j) { allocated.push_back(second[j]); }, [](size_t, size_t) {});
    merge(allocated, lastObjects, [&](size_t i) { addDeleted(allocated[i]); }, [](size_t) {},
          [&](size_t, size_t j) { addNew(j); });
    return tally;
}

// A group's representative: the one of its new objects with the most readable, then shortest,
// then heaviest path.
void pickRepresentatives(std::vector<Tally> &tally, const std::vector<int32_t> &groupOfNode,
                         const HeapRetainerPaths &paths, const HeapDominators &dominators)
{
    auto rank = [&](uint32_t node) {
        return std::tuple(!paths.isUserVisible(node), paths.distance(node), ~dominators.retainedSize(node), node);
    };
    for (uint32_t node = 0; node < groupOfNode.size(); ++node) {
        if (groupOfNode[node] < 0 || paths.distance(node) == HeapRetainerPaths::kUnreachable)
            continue;
        uint32_t &best = tally[groupOfNode[node]].representative;
        if (best == HeapRetainerPaths::kUnreachable || rank(node) < rank(best))
            best = node;
    }
}

QString cancelledMessage()
{
    return QCoreApplication::translate("lr::HeapComparer", "cancelled");
}

} // namespace

std::optional<HeapComparison> HeapComparer::compare(const QStringList &snapshotFiles, QString *error,
                                                    const ProgressCallback &progress)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    if (snapshotFiles.size() < 2 || snapshotFiles.size() > 3) {
        message = QCoreApplication::translate("lr::HeapComparer", "a comparison takes two or three snapshots, not %1")
                      .arg(snapshotFiles.size());
        return std::nullopt;
    }
    qint64 totalBytes = 0;
    for (const QString &file : snapshotFiles)
        totalBytes += qMax<qint64>(1, QFileInfo(file).size());

    HeapComparison comparison;
    HeapClassNames classes;
    std::vector<HeapObjectTable> tables(snapshotFiles.size());
    const qsizetype lastIndex = snapshotFiles.size() - 1;

    // The earlier snapshots are read on a second thread while this one reads the last (on two
    // cores a comparison takes about as long as its last file); they keep only their tables.
    // Only this thread calls `progress`: the other counts its bytes in `earlierDone` and stops
    // when `stop` is set (cancelled, or this side failed).
    std::atomic<qint64> earlierDone{0};
    std::atomic<bool> stop{false};
    QString earlierError;
    bool earlierCancelled = false; // stopped because this side failed or was cancelled
    std::thread earlier([&] {
        try {
            qint64 before = 0;
            for (qsizetype i = 0; i < lastIndex; ++i) {
                const qint64 bytes = qMax<qint64>(1, QFileInfo(snapshotFiles[i]).size());
                HeapSnapshotReader::Options options;
                options.progress = [&](double fraction) {
                    earlierDone = before + qint64(fraction * double(bytes));
                    return !stop.load();
                };
                const HeapSnapshotReader::Result read = HeapSnapshotReader::readFile(snapshotFiles[i], options);
                if (!read.ok()) {
                    earlierError = read.error;
                    earlierCancelled = read.cancelled;
                    stop = true;
                    return;
                }
                comparison.snapshots.append(HeapSnapshotFile::summarize(snapshotFiles[i], *read.snapshot, read.fileBytes, read.sha256));
                tables[i] = HeapObjectTable(*read.snapshot, classes); // the graph itself is not needed
                earlierDone = before += bytes;
            }
        } catch (const std::bad_alloc &) {
            earlierError = QCoreApplication::translate("lr::HeapComparer", "not enough memory to compare the snapshots");
            stop = true;
        }
    });
    const QString &lastFile = snapshotFiles[lastIndex];
    const qint64 lastBytes = qMax<qint64>(1, QFileInfo(lastFile).size());
    HeapSnapshotReader::Options options;
    options.progress = [&](double fraction) {
        if (stop)
            return false;
        const double done = double(earlierDone.load()) + fraction * double(lastBytes);
        if (progress && !progress(kReadingShare * done / double(totalBytes)))
            stop = true;
        return !stop.load();
    };
    HeapSnapshotReader::Result read = HeapSnapshotReader::readFile(lastFile, options);
    if (read.cancelled)
        stop = true;
    earlier.join(); // on this side's own failure the earlier files are still read, to name the first bad one
    if (!earlierError.isEmpty() || !read.ok()) {
        // An earlier file's own problem first; a side stopped by the other says nothing new.
        message = !earlierError.isEmpty() && (!earlierCancelled || read.ok()) ? earlierError : read.error;
        return std::nullopt;
    }
    comparison.snapshots.append(HeapSnapshotFile::summarize(lastFile, *read.snapshot, read.fileBytes, read.sha256));
    const std::optional<HeapSnapshot> last = std::move(read.snapshot);
    tables.back().keepNodes(*last, classes);

    auto step = [&](double fraction) { return !progress || progress(kReadingShare + (1 - kReadingShare) * fraction); };
    std::vector<int32_t> groupOfNode(last->nodeCount(), -1);
    std::vector<Tally> tally = tallyGrowth(tables, classes.size(), groupOfNode);
    tables.clear();
    if (!step(0.1)) {
        message = cancelledMessage();
        return std::nullopt;
    }
    const HeapDominators dominators(*last);
    if (!step(0.6)) {
        message = cancelledMessage();
        return std::nullopt;
    }
    const std::vector<uint64_t> retained = dominators.retainedSizeByGroup(groupOfNode, classes.size());
    const HeapRetainerPaths paths(*last);
    pickRepresentatives(tally, groupOfNode, paths, dominators);

    const bool threeSnapshots = snapshotFiles.size() == 3;
    for (size_t group = 0; group < tally.size(); ++group) {
        const Tally &t = tally[group];
        if (t.newCount == 0 && t.deletedCount == 0)
            continue;
        HeapClassDelta delta;
        delta.name = QString::fromStdString(classes.name(uint32_t(group)));
        delta.newCount = t.newCount;
        delta.deletedCount = t.deletedCount;
        delta.allocBytes = t.allocBytes;
        delta.freedBytes = t.freedBytes;
        // Three snapshots: the growth is what leaked; the short-lived objects are shown, not subtracted.
        delta.countDelta = threeSnapshots ? t.newCount : t.newCount - t.deletedCount;
        delta.sizeDelta = threeSnapshots ? t.allocBytes : t.allocBytes - t.freedBytes;
        delta.retainedBytes = qint64(retained[group]);
        if (t.representative != HeapRetainerPaths::kUnreachable)
            delta.retainerPath = paths.pathTo(t.representative);
        comparison.classes.append(delta);
    }
    std::sort(comparison.classes.begin(), comparison.classes.end(), [](const HeapClassDelta &a, const HeapClassDelta &b) {
        return std::tuple(-a.sizeDelta, -a.countDelta, a.name) < std::tuple(-b.sizeDelta, -b.countDelta, b.name);
    });
    step(1.0);
    return comparison;
}

} // namespace lr
