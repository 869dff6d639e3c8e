#pragma once

#include "model/reportcontent.h"
#include "series/seriesimporter.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace lr::test {

QByteArray readBytes(const QString &path);
QString readTextFile(const QString &path);
// Adds a "path" column and one row per file of each folder under tests/data (a fuzz corpus,
// sample files), named folder/file; returns how many rows it added.
qsizetype addDataFileRows(const QStringList &folders);
// The bundled sample report, read from the resources.
ReportContent sampleContent();
// True when the texts are equal; otherwise prints a `diff -u` of them.
bool sameText(const QString &actual, const QString &expected);
// Compares `actual` with the golden file; on a mismatch the test fails with a `diff -u`.
// LEAKREPORT_UPDATE_GOLDEN=1 rewrites the golden file instead (review the diff before committing).
bool matchesGoldenFile(const QString &actual, const QString &goldenPath);

// What a run of the built leakreport program gave.
struct ProgramRun
{
    int exitCode = -1; // -1 when it crashed
    QByteArray out;
    QString err;
};
// Runs leakreport with `arguments` in `workingDirectory`, without a display (its sub-commands
// must not need one).
ProgramRun runLeakReport(const QStringList &arguments, const QString &workingDirectory);
// Runs a poppler tool ("pdftotext", "pdfinfo", "pdfimages") on `pdf`, written to a temporary
// file that replaces the "PDF" among `arguments`; its standard output. Fails the process when the
// tool is missing (scripts/install-deps.sh installs poppler-utils) or fails.
QString runPdfTool(const QString &tool, QStringList arguments, const QByteArray &pdf);
// What node printed (stdout and stderr merged, as a log file gets them) running `script` with
// `flags`, and its pid; `error` says why there is no log (node missing: run scripts/install-deps.sh).
struct NodeRun
{
    QByteArray log;
    qint64 pid = 0;
    QString error;
};
NodeRun runNode(const QByteArray &script, const QStringList &flags);
// Keeps every object it makes: with --max-old-space-size=16 V8 dies "JavaScript heap out of memory".
inline constexpr char kNodeHeapFillingScript[] =
    "const keep = [];\nfor (let i = 0; ; i++) keep.push({ i, s: 'x'.repeat(20) + i });\n";

// Runs tests/data/heap/leak.js with node into `folder`: three snapshots whose truth is known
// (`leaks` SessionContext objects a round, `shortLived` RequestScratch in flight). Their paths,
// oldest first; empty with `error` set when node is missing or fails.
QStringList writeLeakSnapshots(const QString &folder, int leaks, int shortLived, QString *error);
// Gives this test process settings of its own in `directory` (window and dock state, recent files,
// export settings), for QSettings objects made from now on: a run never starts from what an
// earlier run, or the same test running beside it, left in ~/.qttest.
void useOwnSettings(const QString &directory);

// What the series fuzz target (fuzz/fuzz_seriesreader.cpp) checks, for replaying its corpus: an
// error imports nothing; success gives at least one series, each sorted by time with finite,
// non-negative byte counts. Empty when `result` keeps that contract, else what it broke.
QString seriesContractBreach(const SeriesImportResult &result);

} // namespace lr::test

namespace lr {
// Lets QCOMPARE print the sample where two lists of samples differ.
char *toString(const MemorySample &sample);
} // namespace lr
