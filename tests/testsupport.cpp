#include "testsupport.h"

#include "io/reportfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr::test {

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QString runPdfTool(const QString &tool, QStringList arguments, const QByteArray &pdf)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"report.pdf"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        qFatal("cannot write %s", qPrintable(path));
    file.close();
    arguments.replace(arguments.indexOf(u"PDF"_s), path);
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("%s failed (poppler-utils installed?): %s", qPrintable(tool), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

ProgramRun runLeakReport(const QStringList &arguments, const QString &workingDirectory)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(LEAKREPORT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("leakreport did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

NodeRun runNode(const QByteArray &script, const QStringList &flags)
{
    NodeRun run;
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty()) {
        run.error = u"node is not installed: run scripts/install-deps.sh"_s;
        return run;
    }
    QTemporaryDir dir;
    QFile file(dir.filePath(u"script.js"_s));
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(script) != script.size()) {
        run.error = u"cannot write the node script"_s;
        return run;
    }
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(node, flags + QStringList{file.fileName()});
    if (!process.waitForStarted()) {
        run.error = u"node did not start: "_s + process.errorString();
        return run;
    }
    run.pid = process.processId();
    if (!process.waitForFinished(60000))
        run.error = u"node did not finish in 60 s"_s;
    run.log = process.readAll();
    return run;
}

QStringList writeLeakSnapshots(const QString &folder, int leaks, int shortLived, QString *error)
{
    QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty())
        node = QStandardPaths::findExecutable(u"nodejs"_s);
    if (node.isEmpty()) {
        *error = u"node is not installed: run scripts/install-deps.sh"_s;
        return {};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(node, {QStringLiteral(LEAKREPORT_TEST_DATA) + u"/heap/leak.js"_s, folder, QString::number(leaks),
                         QString::number(shortLived)});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"leak.js failed (exit code %1)"_s.arg(process.exitCode());
        return {};
    }
    QStringList files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.heapsnapshot"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    if (files.size() != 3)
        *error = u"leak.js wrote %1 snapshots, not 3"_s.arg(files.size());
    return files.size() == 3 ? files : QStringList();
}

QString readTextFile(const QString &path)
{
    return QString::fromUtf8(readBytes(path));
}

qsizetype addDataFileRows(const QStringList &folders)
{
    QTest::addColumn<QString>("path");
    qsizetype rows = 0;
    for (const QString &folder : folders) {
        const QDir dir(QStringLiteral(LEAKREPORT_TEST_DATA) + u'/' + folder);
        for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(folder + u'/' + file)) << dir.filePath(file);
            ++rows;
        }
    }
    return rows;
}

void useOwnSettings(const QString &directory)
{
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, directory);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, directory);
}

ReportContent sampleContent()
{
    const LoadResult loaded = ReportFile::load(u":/sample/sample.leakreport"_s, *ReportTemplate::builtin());
    if (!loaded.ok() || !loaded.warnings.isEmpty())
        qFatal("the sample report does not load cleanly: %s %s", qPrintable(loaded.error),
               qPrintable(loaded.warnings.join(u'\n')));
    return loaded.content;
}

bool matchesGoldenFile(const QString &actual, const QString &goldenPath)
{
    if (qEnvironmentVariableIntValue("LEAKREPORT_UPDATE_GOLDEN")) {
        QFile golden(goldenPath);
        if (!golden.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(goldenPath));
        golden.write(actual.toUtf8());
        qWarning("rewrote %s", qPrintable(goldenPath));
        return true;
    }
    return sameText(actual, readTextFile(goldenPath));
}

bool sameText(const QString &actual, const QString &expected)
{
    if (actual == expected)
        return true;
    QTemporaryDir dir;
    const QString expectedPath = dir.filePath(u"expected"_s);
    QFile expectedFile(expectedPath);
    if (expectedFile.open(QIODevice::WriteOnly))
        expectedFile.write(expected.toUtf8());
    expectedFile.close();
    const QString actualPath = dir.filePath(u"actual"_s);
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly))
        out.write(actual.toUtf8());
    out.close();
    QProcess diff;
    diff.start(u"diff"_s, {u"-u"_s, expectedPath, actualPath});
    diff.waitForFinished();
    qWarning().noquote() << "text differs from what was expected:\n" << QString::fromUtf8(diff.readAllStandardOutput());
    return false;
}

QString seriesContractBreach(const SeriesImportResult &result)
{
    if (!result.ok())
        return result.series.isEmpty() ? QString() : u"an error with series"_s;
    if (result.series.isEmpty())
        return u"success without series"_s;
    for (const MemorySeries &series : result.series) {
        for (qsizetype i = 0; i < series.samples.size(); ++i) {
            const MemorySample &sample = series.samples[i];
            if (!std::isfinite(sample.bytes) || sample.bytes < 0)
                return u"a sample that is not a finite, non-negative byte count"_s;
            if (i > 0 && series.samples[i - 1].time > sample.time)
                return u"samples out of time order"_s;
        }
    }
    return {};
}

} // namespace lr::test

namespace lr {
char *toString(const MemorySample &sample)
{
    return QTest::toString(u"(%1, %2 B)"_s.arg(sample.time).arg(sample.bytes, 0, 'f', 1));
}
} // namespace lr
