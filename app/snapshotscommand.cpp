// The command line's heap snapshot commands: `snapshots compare` here, `snapshots add` in
// snapshotsaddcommand.cpp (see commandline.h). Each action is one row of kSnapshotActions and
// one member function.
#include "commandline.h"

#include "heap/heapcomparer.h"
#include "heap/heapsnapshotfile.h"
#include "heap/snapshotfill.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

struct SnapshotAction
{
    QLatin1StringView name;
    int (CommandLine::*run)(const QStringList &arguments);
};

// MB are 10^6 bytes, as everywhere in the report.
QString megabytes(qint64 bytes, bool signedValue = false)
{
    const QString text = QString::number(double(bytes) / 1e6, 'f', 3);
    return signedValue && bytes > 0 ? u'+' + text : text;
}

QString signedCount(qint64 count)
{
    return count > 0 ? u'+' + QString::number(count) : QString::number(count);
}

QString captureTimeSourceKey(HeapSnapshotSummary::CaptureTimeSource source)
{
    return source == HeapSnapshotSummary::CaptureTimeSource::FileName ? u"fileName"_s : u"modificationTime"_s;
}

QJsonObject snapshotJson(const HeapSnapshotSummary &summary)
{
    return {{u"file"_s, summary.fileName},
            {u"bytes"_s, summary.fileBytes},
            {u"heapBytes"_s, summary.heapBytes},
            {u"nodes"_s, summary.nodeCount},
            {u"capturedAt"_s, summary.capturedAt.toString(Qt::ISODate)},
            {u"capturedAtSource"_s, captureTimeSourceKey(summary.capturedAtSource)},
            {u"sha256"_s, summary.sha256}};
}

QJsonObject classJson(const HeapClassDelta &delta)
{
    QJsonArray path;
    for (const RetainerStep &step : delta.retainerPath)
        path.append(QJsonObject{{u"edge"_s, step.edge}, {u"node"_s, step.node}});
    return {{u"name"_s, delta.name},
            {u"newCount"_s, delta.newCount},
            {u"deletedCount"_s, delta.deletedCount},
            {u"countDelta"_s, delta.countDelta},
            {u"allocBytes"_s, delta.allocBytes},
            {u"freedBytes"_s, delta.freedBytes},
            {u"sizeDelta"_s, delta.sizeDelta},
            {u"retainedBytes"_s, delta.retainedBytes},
            {u"retainerPath"_s, path}};
}

} // namespace

int CommandLine::runSnapshots(const QStringList &arguments)
{
    static constexpr SnapshotAction kSnapshotActions[] = {
        {"compare"_L1, &CommandLine::runSnapshotsCompare},
        {"add"_L1, &CommandLine::runSnapshotsAdd},
    };
    const QString action = arguments.value(1);
    for (const SnapshotAction &each : kSnapshotActions) {
        if (each.name == action) {
            QStringList rest = arguments;
            rest.removeAt(1); // the action's own parser sees the program name, then its arguments
            return (this->*each.run)(rest);
        }
    }
    QStringList names;
    for (const SnapshotAction &each : kSnapshotActions)
        names.append(each.name);
    if (action.isEmpty())
        return usageError(tr("snapshots takes an action: %1").arg(names.join(u", "_s)), u"snapshots"_s);
    if (action == u"--help" || action == u"-h") {
        m_out << tr("Usage: leakreport snapshots <action> ...\nActions: %1\n").arg(names.join(u", "_s));
        // Each action's own help follows, so that --help-all (the man page) has them all.
        for (const SnapshotAction &each : kSnapshotActions) {
            m_out << '\n';
            (this->*each.run)({arguments.value(0), u"--help"_s});
        }
        return Success;
    }
    return usageError(tr("unknown snapshots action \"%1\"").arg(action), u"snapshots"_s);
}

int CommandLine::runSnapshotsCompare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Compare V8 heap snapshots (.heapsnapshot, from Node or Chrome DevTools) of one process.\n"
           "Two snapshots: DevTools' Comparison, objects new and deleted between them, grouped by class.\n"
           "Three: the three-snapshot technique, objects allocated between S1 and S2 and still alive in\n"
           "S3 (the leak candidates; \"deleted\" counts those S3 no longer holds).\n"
           "Retained sizes and retainer paths are those of the last snapshot. MB are 10^6 bytes."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"S1"_s, tr("The first (baseline) snapshot."));
    parser.addPositionalArgument(u"S2"_s, tr("The second snapshot."));
    parser.addPositionalArgument(u"S3"_s, tr("Optional: the third snapshot."), u"[S3]"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of text."));
    const QCommandLineOption top(u"top"_s, tr("Show the N classes that grew most (default 20; 0 shows all)."), u"N"_s, u"20"_s);
    parser.addOptions({json, top});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), u"snapshots compare"_s);
    if (parser.isSet(u"help"_s)) {
        m_out << helpText(parser, "snapshots compare"_L1);
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() < 2 || files.size() > 3)
        return usageError(tr("snapshots compare takes two or three snapshot files"), u"snapshots compare"_s);
    bool topOk = false;
    const int topCount = parser.value(top).toInt(&topOk);
    if (!topOk || topCount < 0)
        return usageError(tr("--top takes a whole number >= 0, not \"%1\"").arg(parser.value(top)), u"snapshots compare"_s);

    QString error;
    const std::optional<HeapComparison> comparison = HeapComparer::compare(files, &error);
    if (!comparison)
        return inputError(error);
    const QList<HeapClassDelta> classes = topCount == 0 ? comparison->classes : comparison->classes.mid(0, topCount);

    if (parser.isSet(json)) {
        QJsonArray snapshots, classList;
        for (const HeapSnapshotSummary &summary : comparison->snapshots)
            snapshots.append(snapshotJson(summary));
        for (const HeapClassDelta &delta : classes)
            classList.append(classJson(delta));
        const QJsonObject root{{u"technique"_s, comparison->usesThreeSnapshotTechnique() ? u"three-snapshot"_s : u"comparison"_s},
                               {u"snapshots"_s, snapshots},
                               {u"classes"_s, classList}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Success;
    }

    m_out << (comparison->usesThreeSnapshotTechnique()
                  ? tr("Three-snapshot technique: objects allocated between S1 and S2 that S3 still holds.")
                  : tr("Comparison: objects new and deleted between S1 and S2."))
          << '\n';
    for (qsizetype i = 0; i < comparison->snapshots.size(); ++i) {
        const HeapSnapshotSummary &s = comparison->snapshots[i];
        //: S%1 is the snapshot's number; then its file, sizes in MB (10^6 bytes), nodes, time and where it came from
        m_out << tr("S%1 %2: %3 MB file, %4 MB heap, %5 nodes, captured %6 (from the %7), SHA-256 %8")
                     .arg(i + 1)
                     .arg(s.fileName, megabytes(s.fileBytes), megabytes(s.heapBytes))
                     .arg(s.nodeCount)
                     .arg(s.capturedAt.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s), HeapSnapshotFile::sourceName(s.capturedAtSource), s.sha256)
              << '\n';
    }
    m_out << '\n'
          << tr("%1 %2 %3 %4 %5 %6 %7 %8")
                 .arg(tr("Class"), -32)
                 .arg(tr("New"), 9)
                 .arg(tr("Deleted"), 9)
                 .arg(tr("Delta"), 9)
                 .arg(tr("Alloc MB"), 11)
                 .arg(tr("Freed MB"), 11)
                 .arg(tr("Size delta MB"), 14)
                 .arg(tr("Retained MB"), 12)
          << '\n';
    for (const HeapClassDelta &delta : classes) {
        m_out << u"%1 %2 %3 %4 %5 %6 %7 %8"_s.arg(delta.name.left(32), -32)
                     .arg(delta.newCount, 9)
                     .arg(delta.deletedCount, 9)
                     .arg(signedCount(delta.countDelta), 9)
                     .arg(megabytes(delta.allocBytes), 11)
                     .arg(megabytes(delta.freedBytes), 11)
                     .arg(megabytes(delta.sizeDelta, true), 14)
                     .arg(megabytes(delta.retainedBytes), 12)
              << '\n';
        if (!delta.retainerPath.isEmpty())
            m_out << u"    "_s << SnapshotFill::retainerChain(delta.retainerPath).join(u" → "_s) << '\n';
    }
    if (classes.size() < comparison->classes.size())
        m_out << tr("(%1 more classes; --top 0 shows all)").arg(comparison->classes.size() - classes.size()) << '\n';
    return Success;
}

} // namespace lr
