// Every write of LeakReport (CLI, Save, autosave, recovery, exports, chart images) goes through
// lib/io/atomicwrite: it completes, or the old file stays byte-identical and the caller is told.
#include "io/atomicwrite.h"
#include "io/fileidentity.h"
#include "io/reportfile.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

// A QSaveFile on a disk that fills up after `capacity` bytes: writes beyond it come back short,
// then fail, as write(2) does with ENOSPC.
class FillingSaveFile : public QSaveFile
{
public:
    FillingSaveFile(const QString &path, qint64 capacity, bool shortWrites)
        : QSaveFile(path)
        , m_capacity(capacity)
        , m_shortWrites(shortWrites)
    {
    }

protected:
    qint64 writeData(const char *data, qint64 length) override
    {
        const qint64 room = m_capacity - m_written;
        if (room <= 0 || (!m_shortWrites && length > room)) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        const qint64 n = QSaveFile::writeData(data, std::min(length, room));
        m_written += std::max<qint64>(n, 0);
        return n;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
    bool m_shortWrites;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestAtomicWrite : public QObject
{
    Q_OBJECT

private slots:
    void failingWriteAtEveryOffset_keepsTheOldFile_data();
    void failingWriteAtEveryOffset_keepsTheOldFile();
    void fileSet_fullDisk_keepsEveryOldFile();
    void deviceTarget_isWrittenInPlace();
    void folderTarget_isRefused();
    void sameFile_comparesIdentityNotNames();
};

void TestAtomicWrite::failingWriteAtEveryOffset_keepsTheOldFile_data()
{
    QTest::addColumn<bool>("shortWrites");
    QTest::newRow("writes fail") << false;
    QTest::newRow("writes come back short, then fail") << true;
}

void TestAtomicWrite::failingWriteAtEveryOffset_keepsTheOldFile()
{
    QFETCH(bool, shortWrites);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.leakreport"_s);
    const QByteArray old = "the report as it was\n";
    writeFile(path, old);
    // A small payload: what once came out as a 0-byte file, being under QSaveFile's 16 KB buffer.
    const QByteArray payload = ReportFile::toJson(*ReportTemplate::builtin(), test::sampleContent()).left(700);
    for (qint64 capacity = 0; capacity < payload.size(); ++capacity) {
        FillingSaveFile file(path, capacity, shortWrites);
        QString error;
        QVERIFY2(!commitThroughSaveFile(file, payload, &error), qPrintable(u"succeeded with room for %1 bytes"_s.arg(capacity)));
        QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u": "_s) && error.contains(u"left as it was"_s),
                 qPrintable(error));
        QVERIFY2(test::readBytes(path) == old, qPrintable(u"changed with room for %1 bytes"_s.arg(capacity)));
    }
    QCOMPARE(namesIn(dir.path()), QStringList{u"r.leakreport"_s}); // no temporary file left
    FillingSaveFile roomy(path, payload.size(), shortWrites);
    QString error;
    QVERIFY2(commitThroughSaveFile(roomy, payload, &error), qPrintable(error));
    QCOMPARE(test::readBytes(path), payload);
}

// A Markdown export and its chart images: never a new Markdown file beside old images, or new
// images beside old Markdown, because the disk filled up between them.
void TestAtomicWrite::fileSet_fullDisk_keepsEveryOldFile()
{
    QTemporaryDir dir;
    const QString full = dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(full));
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, full}) != 0)
        QSKIP("mounting a 64 KB tmpfs is not permitted here (needs root); "
              "failingWriteAtEveryOffset_keepsTheOldFile covers the same logic");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {full}); });

    const QStringList names = {u"r.assets/memory-chart.png"_s, u"r.assets/memory-chart.svg"_s, u"r.md"_s};
    QVERIFY(QDir(full).mkpath(u"r.assets"_s));
    for (const QString &name : names)
        writeFile(QDir(full).filePath(name), "old " + name.toUtf8());
    // Room for two new pages of 4 KB: the first two files fit, the third does not.
    writeFile(QDir(full).filePath(u"reserve"_s), QByteArray(8192, 'r'));
    {
        QFile filler(QDir(full).filePath(u"filler"_s));
        QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size()) {
        }
    }
    QVERIFY(QFile::remove(QDir(full).filePath(u"reserve"_s)));
    const QStringList before = namesIn(full);

    QList<FileData> files;
    for (const QString &name : names)
        files.append({QDir(full).filePath(name), QByteArray(4096, 'n')});
    QString error;
    QVERIFY(!writeFilesAtomically(files, &error));
    QVERIFY2(error.contains(u"left as it was"_s), qPrintable(error));
    for (const QString &name : names)
        QCOMPARE(test::readBytes(QDir(full).filePath(name)), "old " + name.toUtf8());
    QCOMPARE(namesIn(full), before);
    QCOMPARE(namesIn(QDir(full).filePath(u"r.assets"_s)), QStringList({u"memory-chart.png"_s, u"memory-chart.svg"_s}));
}

// As root on its own device nodes (mknod), so that a broken build replaces those, not the
// machine's /dev/null; a user cannot replace /dev/null anyway.
void TestAtomicWrite::deviceTarget_isWrittenInPlace()
{
    QTemporaryDir dir;
    const auto device = [&](const QString &name, unsigned minor) {
        const QString own = dir.filePath(name);
        return ::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0 ? own : u"/dev/"_s + name;
    };
    const QString null = device(u"null"_s, 3), full = device(u"full"_s, 7);
    QString error;
    QVERIFY2(writeFileAtomically(null, "gone", &error), qPrintable(error));
    QVERIFY(!writeFileAtomically(full, "no room", &error));
    QVERIFY2(error.startsWith(full + u": "_s) && error.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(error));
    for (const QString &node : {null, full}) {
        struct stat info{};
        QCOMPARE(::stat(QFile::encodeName(node).constData(), &info), 0);
        QVERIFY2(S_ISCHR(info.st_mode), qPrintable(node + u" was replaced"_s));
        QVERIFY(isSpecialFile(node));
    }
}

void TestAtomicWrite::folderTarget_isRefused()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!writeFileAtomically(dir.path(), "x", &error));
    QVERIFY2(error.contains(u"is a folder"_s), qPrintable(error));
    QVERIFY(!isSpecialFile(dir.path()));
}

void TestAtomicWrite::sameFile_comparesIdentityNotNames()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.leakreport"_s);
    writeFile(path, "r");
    writeFile(dir.filePath(u"other.leakreport"_s), "r");
    QVERIFY(QFile::link(path, dir.filePath(u"symlink"_s)));
    QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(dir.filePath(u"hardlink"_s)).constData()), 0);
    QVERIFY(isSameFile(path, dir.path() + u"/./r.leakreport"_s));
    QVERIFY(isSameFile(path, dir.filePath(u"symlink"_s)));
    QVERIFY(isSameFile(path, dir.filePath(u"hardlink"_s)));
    QVERIFY(!isSameFile(path, dir.filePath(u"other.leakreport"_s))); // same content, another file
    QVERIFY(!isSameFile(path, dir.filePath(u"missing"_s)));
    QVERIFY(!isSpecialFile(path));
}

QTEST_GUILESS_MAIN(TestAtomicWrite)
#include "tst_atomicwrite.moc"
