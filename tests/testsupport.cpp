#include "testsupport.h"

#include "io/reportfile.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lr::test {

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
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

} // namespace lr::test
