#include "io/recoverystore.h"
#include "io/reportfile.h"
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

// Crash recovery end to end, with real processes: a window edited through its widgets is killed
// with SIGKILL, and a new window restores every field.
class TestRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killedEditor_isRestoredFieldByField();

private:
    static QProcessEnvironment isolatedEnvironment(const QTemporaryDir &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s)); // no settings from the user
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        return env;
    }
};

void TestRecovery::killedEditor_isRestoredFieldByField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString recoveryDir = dir.filePath(u"recovery"_s);
    const QString expectedPath = dir.filePath(u"expected.leakreport"_s);
    const QString restoredPath = dir.filePath(u"restored.leakreport"_s);

    QProcess editor;
    editor.setProcessEnvironment(isolatedEnvironment(dir));
    editor.start(QStringLiteral(LEAKREPORT_RECOVERY_HARNESS), {u"edit"_s, recoveryDir, expectedPath});
    QVERIFY2(editor.waitForStarted(), qPrintable(editor.errorString()));
    QByteArray output;
    while (!output.contains("READY") && editor.state() == QProcess::Running) {
        editor.waitForReadyRead(1000);
        output += editor.readAllStandardOutput();
    }
    QVERIFY2(output.contains("READY"), editor.readAllStandardError().constData());
    QCOMPARE(QDir(recoveryDir).entryList(QDir::Files).size(), 1);
    editor.kill(); // SIGKILL: no clean-up code runs
    QVERIFY(editor.waitForFinished());
    QCOMPARE(editor.exitStatus(), QProcess::CrashExit);

    QProcess restorer;
    restorer.setProcessEnvironment(isolatedEnvironment(dir));
    restorer.start(QStringLiteral(LEAKREPORT_RECOVERY_HARNESS), {u"restore"_s, recoveryDir, restoredPath});
    QVERIFY(restorer.waitForFinished(120000));
    QVERIFY2(restorer.exitCode() == 0, restorer.readAllStandardError().constData());

    const auto reportTemplate = ReportTemplate::builtin();
    const LoadResult expected = ReportFile::load(expectedPath, *reportTemplate);
    const LoadResult restored = ReportFile::load(restoredPath, *reportTemplate);
    QVERIFY2(expected.ok(), qPrintable(expected.error));
    QVERIFY2(restored.ok(), qPrintable(restored.error));
    // The edit really went through every kind of widget...
    const ReportContent empty = ReportContent::fromTemplate(*reportTemplate);
    for (auto it = empty.values.cbegin(); it != empty.values.cend(); ++it)
        QVERIFY2(expected.content.values.value(it.key()) != it.value(), qPrintable(it.key()));
    for (auto it = empty.checked.cbegin(); it != empty.checked.cend(); ++it)
        QVERIFY2(expected.content.checked.value(it.key()), qPrintable(it.key()));
    for (auto it = empty.rows.cbegin(); it != empty.rows.cend(); ++it)
        QVERIFY2(expected.content.rows.value(it.key()) != it.value(), qPrintable(it.key()));
    for (auto it = empty.notes.cbegin(); it != empty.notes.cend(); ++it)
        QVERIFY2(!expected.content.notes.value(it.key()).isEmpty(), qPrintable(it.key()));
    // ...and every field came back.
    for (auto it = expected.content.values.cbegin(); it != expected.content.values.cend(); ++it)
        QCOMPARE(restored.content.values.value(it.key()), it.value());
    QCOMPARE(restored.content.checked, expected.content.checked);
    QCOMPARE(restored.content.rows, expected.content.rows);
    QCOMPARE(restored.content.notes, expected.content.notes);
    QVERIFY(restored.content == expected.content);
    // Restoring consumed the killed session's copy.
    QCOMPARE(QDir(recoveryDir).entryList(QDir::Files).size(), 0);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
