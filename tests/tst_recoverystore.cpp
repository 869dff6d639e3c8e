#include "io/recoverystore.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

// Linux never hands out pids above 2^22 (PID_MAX_LIMIT), so no process can own this one.
constexpr qint64 kImpossiblePid = (qint64(1) << 22) + 4321;

QStringList recoveryFiles(const QString &directory)
{
    return QDir(directory).entryList({u"*.leakreport-recovery"_s}, QDir::Files);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// A copy of `sourcePath` that claims to come from `pid`, as a crashed process would have left it.
QString copyAsFromProcess(const QString &sourcePath, qint64 pid, const QString &directory)
{
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(source.readAll()).object();
    root.insert(u"pid"_s, pid);
    const QString path = QDir(directory).filePath(u"%1-0123abcd.leakreport-recovery"_s.arg(pid));
    return writeFile(path, QJsonDocument(root).toJson()) ? path : QString();
}

} // namespace

class TestRecoveryStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultDirectory_isInTheAppDataFolder();
    void sessionPaths_areUniquePerStore();
    void save_roundTripsTheSample();
    void save_createsTheDirectoryOnDemand();
    void savingTwice_keepsOneFile();
    void discardSession_removesTheFile();
    void deadProcess_isOrphaned_data();
    void deadProcess_isOrphaned();
    void corruptFile_isListedAndCanBeDiscarded();
    void newerFormat_isReportedNotGuessed();
};

void TestRecoveryStore::defaultDirectory_isInTheAppDataFolder()
{
    const RecoveryStore store(ReportTemplate::builtin());
    QCOMPARE(store.directory(),
             QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s);
    QCOMPARE(QFileInfo(store.sessionPath()).absolutePath(), QDir(store.directory()).absolutePath());
}

void TestRecoveryStore::sessionPaths_areUniquePerStore()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const RecoveryStore first(ReportTemplate::builtin(), dir.path());
    const RecoveryStore second(ReportTemplate::builtin(), dir.path());
    QVERIFY(first.sessionPath() != second.sessionPath());
    const QString prefix = QString::number(QCoreApplication::applicationPid()) + u'-';
    QVERIFY2(QFileInfo(first.sessionPath()).fileName().startsWith(prefix), qPrintable(first.sessionPath()));
    QVERIFY(first.sessionPath().endsWith(u".leakreport-recovery"_s));
}

void TestRecoveryStore::save_roundTripsTheSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecoveryStore store(ReportTemplate::builtin(), dir.path());
    const ReportContent sample = test::sampleContent();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QString error;
    QVERIFY2(store.save(sample, u"/reports/gateway.leakreport"_s, &error), qPrintable(error));

    const RecoveryEntry entry = RecoveryStore::readEntry(store.sessionPath(), *ReportTemplate::builtin());
    QVERIFY2(entry.error.isEmpty(), qPrintable(entry.error));
    QCOMPARE(entry.recoveryPath, store.sessionPath());
    QCOMPARE(entry.originalPath, u"/reports/gateway.leakreport"_s);
    QCOMPARE(entry.pid, QCoreApplication::applicationPid());
    QCOMPARE(entry.savedAt.timeSpec(), Qt::UTC);
    QVERIFY(entry.savedAt >= before && entry.savedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY(entry.content == sample);
}

void TestRecoveryStore::save_createsTheDirectoryOnDemand()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString directory = dir.filePath(u"nested/recovery"_s);
    RecoveryStore store(ReportTemplate::builtin(), directory);
    QVERIFY(!QFileInfo::exists(directory)); // nothing is written before there is something to keep
    QVERIFY(store.orphanedEntries().isEmpty());
    QString error;
    QVERIFY2(store.save(ReportContent::fromTemplate(*ReportTemplate::builtin()), QString(), &error), qPrintable(error));
    QVERIFY(QFileInfo(directory).isDir());
    QVERIFY(QFileInfo::exists(store.sessionPath()));
}

void TestRecoveryStore::savingTwice_keepsOneFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecoveryStore store(ReportTemplate::builtin(), dir.path());
    ReportContent content = ReportContent::fromTemplate(*ReportTemplate::builtin());
    QString error;
    QVERIFY(store.save(content, QString(), &error));
    content.values[u"service"_s] = u"billing"_s;
    QVERIFY(store.save(content, u"/reports/billing.leakreport"_s, &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary files left either
    const RecoveryEntry entry = RecoveryStore::readEntry(store.sessionPath(), *ReportTemplate::builtin());
    QCOMPARE(entry.content.values.value(u"service"_s), u"billing"_s);
    QCOMPARE(entry.originalPath, u"/reports/billing.leakreport"_s);
}

void TestRecoveryStore::discardSession_removesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecoveryStore store(ReportTemplate::builtin(), dir.path());
    QString error;
    QVERIFY(store.save(ReportContent::fromTemplate(*ReportTemplate::builtin()), QString(), &error));
    QVERIFY(QFileInfo::exists(store.sessionPath()));
    store.discardSession();
    QVERIFY(!QFileInfo::exists(store.sessionPath()));
    store.discardSession(); // nothing left to remove: harmless
    QVERIFY(recoveryFiles(dir.path()).isEmpty());
}

void TestRecoveryStore::deadProcess_isOrphaned_data()
{
    QTest::addColumn<qint64>("deadPid");
    QTest::newRow("impossible pid") << kImpossiblePid;
    QProcess finished;
    finished.start(u"/bin/true"_s, {});
    if (finished.waitForStarted()) {
        const qint64 pid = finished.processId();
        finished.waitForFinished();
        QTest::newRow("exited process") << pid;
    }
}

void TestRecoveryStore::deadProcess_isOrphaned()
{
    QFETCH(qint64, deadPid);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    RecoveryStore crashed(ReportTemplate::builtin(), dir.path());
    const ReportContent sample = test::sampleContent();
    QString error;
    QVERIFY(crashed.save(sample, u"/reports/gateway.leakreport"_s, &error));
    const QString orphanPath = copyAsFromProcess(crashed.sessionPath(), deadPid, dir.path());
    QVERIFY(!orphanPath.isEmpty());

    RecoveryStore current(ReportTemplate::builtin(), dir.path());
    QVERIFY(current.save(ReportContent::fromTemplate(*ReportTemplate::builtin()), QString(), &error));
    QCOMPARE(recoveryFiles(dir.path()).size(), 3);

    // Neither this store's own file nor another live session of this process is offered.
    const QList<RecoveryEntry> entries = current.orphanedEntries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().recoveryPath, orphanPath);
    QCOMPARE(entries.first().pid, deadPid);
    QVERIFY2(entries.first().error.isEmpty(), qPrintable(entries.first().error));
    QCOMPARE(entries.first().originalPath, u"/reports/gateway.leakreport"_s);
    QVERIFY(entries.first().content == sample);

    QVERIFY(RecoveryStore::discard(entries.first()));
    QVERIFY(current.orphanedEntries().isEmpty());
}

void TestRecoveryStore::corruptFile_isListedAndCanBeDiscarded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString corruptPath = dir.filePath(u"%1-feed.leakreport-recovery"_s.arg(kImpossiblePid));
    QVERIFY(writeFile(corruptPath, "{\"recoveryFormat\": 1, \"report\": {\"formatVer"));
    QVERIFY(writeFile(dir.filePath(u"unrelated.txt"_s), "not ours"));

    const RecoveryStore store(ReportTemplate::builtin(), dir.path());
    const QList<RecoveryEntry> entries = store.orphanedEntries();
    QCOMPARE(entries.size(), 1);
    const RecoveryEntry &entry = entries.first();
    QCOMPARE(entry.recoveryPath, corruptPath);
    QCOMPARE(entry.pid, kImpossiblePid); // from the file name, since the content is unreadable
    QVERIFY2(entry.error.contains(u"not valid JSON"_s), qPrintable(entry.error));
    QVERIFY(entry.savedAt.isValid()); // the file's time, so that the list can still show one

    QVERIFY(RecoveryStore::discard(entry));
    QVERIFY(!QFileInfo::exists(corruptPath));
    QVERIFY(store.orphanedEntries().isEmpty());
    QVERIFY(QFileInfo::exists(dir.filePath(u"unrelated.txt"_s)));
}

void TestRecoveryStore::newerFormat_isReportedNotGuessed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"%1-beef.leakreport-recovery"_s.arg(kImpossiblePid));
    QVERIFY(writeFile(path, R"({"recoveryFormat": 2, "report": {}})"));
    const RecoveryEntry entry = RecoveryStore::readEntry(path, *ReportTemplate::builtin());
    QVERIFY2(entry.error.contains(u"newer LeakReport"_s), qPrintable(entry.error));

    QVERIFY(writeFile(path, R"({"recoveryFormat": 1, "report": {"formatVersion": 1, "template": {"id": "other"}, "sections": {}}})"));
    const RecoveryEntry otherTemplate = RecoveryStore::readEntry(path, *ReportTemplate::builtin());
    QVERIFY2(otherTemplate.error.contains(u"made for the template \"other\""_s), qPrintable(otherTemplate.error));
}

QTEST_GUILESS_MAIN(TestRecoveryStore)
#include "tst_recoverystore.moc"
