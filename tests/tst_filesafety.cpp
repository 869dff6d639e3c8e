// Files you can trust: what the real `leakreport` executable does to its outputs on a full file
// system, when the output is the input, and when the output is a device, a FIFO or a pipe.
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

class TestFileSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fullDisk_everyWritingCommand_keepsTheOldFiles_data();
    void fullDisk_everyWritingCommand_keepsTheOldFiles();
    void outputIsInput_isRefused_data();
    void outputIsInput_isRefused();
    void deviceOutput_isWrittenInPlace_data();
    void deviceOutput_isWrittenInPlace();
    void fifoOutput_staysAFifoAndGetsTheBytes();
    void dashOutput_isStandardOutput();
    void readerWarnings_reachStandardError_data();
    void readerWarnings_reachStandardError();
    void damagedShape_isAnErrorNamingThePath();
    void standardOutputFull_exitsNonZero_data();
    void standardOutputFull_exitsNonZero();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments, const QString &stdoutFile = QString()) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_mounted; // the tmpfs of the current test, unmounted in cleanup()
};

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray csvOfHeap()
{
    QByteArray csv = "Time,heap\n";
    const QDateTime start(QDate(2026, 11, 18), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < 20; ++i)
        csv += start.addSecs(i * 600).toString(Qt::ISODate).toUtf8() + ',' + QByteArray::number(200'000'000 + i * 1'000'000) + '\n';
    return csv;
}

// Fills the file system holding `folder` until a write fails; what remains free is nothing.
void fill(const QString &folder)
{
    QFile filler(QDir(folder).filePath(u"filler"_s));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(512, 'x');
    while (filler.write(block) == block.size()) {
    }
    const QByteArray byte(1, 'x');
    while (filler.write(byte) == 1) {
    }
}

QStringList fileNamesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// LEAKREPORT_TEST_BINARY runs these checks on another build (an installed package, an older
// version) instead of the one the test was built with.
QString binary()
{
    const QString other = qEnvironmentVariable("LEAKREPORT_TEST_BINARY");
    return other.isEmpty() ? QStringLiteral(LEAKREPORT_BINARY) : other;
}

bool isCharacterDevice(const char *path)
{
    struct stat info{};
    return ::stat(path, &info) == 0 && S_ISCHR(info.st_mode);
}

} // namespace

TestFileSafety::Run TestFileSafety::run(const QStringList &arguments, const QString &stdoutFile) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(binary(), arguments);
    if (!process.waitForFinished(120000))
        qFatal("leakreport did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestFileSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(binary()));
    // Inputs, outside any full file system: the sample report, it as Markdown, one with a series.
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, path(u"sample.leakreport"_s)));
    QFile::setPermissions(path(u"sample.leakreport"_s), QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(run({u"export"_s, u"sample.leakreport"_s, u"-o"_s, u"sample.md"_s}).exitCode, 0);
    writeFile(path(u"heap.csv"_s), csvOfHeap());
    QVERIFY(QFile::copy(path(u"sample.leakreport"_s), path(u"charted.leakreport"_s)));
    const Run added = run({u"series"_s, u"add"_s, u"charted.leakreport"_s, u"heap.csv"_s, u"--role"_s, u"before"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestFileSafety::cleanup()
{
    if (!m_mounted.isEmpty())
        QProcess::execute(u"umount"_s, {m_mounted});
    m_mounted.clear();
}

void TestFileSafety::fullDisk_everyWritingCommand_keepsTheOldFiles_data()
{
    QTest::addColumn<QStringList>("arguments"); // "FULL" stands for the full file system's folder
    QTest::addColumn<QStringList>("outputs");   // the files there that must stay as they were

    const QString in = m_dir.path();
    QTest::newRow("new --force") << QStringList{u"new"_s, u"--force"_s, u"FULL/old.leakreport"_s}
                                 << QStringList{u"old.leakreport"_s};
    QTest::newRow("series add") << QStringList{u"series"_s, u"add"_s, u"FULL/old.leakreport"_s, in + u"/heap.csv"_s,
                                               u"--role"_s, u"after"_s}
                                << QStringList{u"old.leakreport"_s};
    QTest::newRow("import --force") << QStringList{u"import"_s, in + u"/sample.md"_s, u"-o"_s, u"FULL/old.leakreport"_s,
                                                   u"--force"_s}
                                    << QStringList{u"old.leakreport"_s};
    QTest::newRow("export md") << QStringList{u"export"_s, in + u"/sample.leakreport"_s, u"--format"_s, u"md"_s, u"-o"_s,
                                              u"FULL/old.md"_s}
                               << QStringList{u"old.md"_s};
    QTest::newRow("export html") << QStringList{u"export"_s, in + u"/sample.leakreport"_s, u"-o"_s, u"FULL/old.html"_s}
                                 << QStringList{u"old.html"_s};
    QTest::newRow("export pdf") << QStringList{u"export"_s, in + u"/sample.leakreport"_s, u"-o"_s, u"FULL/old.pdf"_s}
                                << QStringList{u"old.pdf"_s};
    QTest::newRow("export md with chart")
        << QStringList{u"export"_s, in + u"/charted.leakreport"_s, u"-o"_s, u"FULL/old.md"_s}
        << QStringList{u"old.md"_s, u"old.assets/memory-chart.png"_s, u"old.assets/memory-chart.svg"_s};
}

void TestFileSafety::fullDisk_everyWritingCommand_keepsTheOldFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, outputs);
    const QString full = path(u"full-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(QDir().mkpath(full));
    if (QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=64k"_s, u"tmpfs"_s, full}) != 0)
        QSKIP("mounting a 64 KB tmpfs is not permitted here (needs root); the fault-injection test in "
              "tst_atomicwrite covers the same logic");
    m_mounted = full;

    // The old files: a real report of 20 KB (an 8 KB one once came out truncated), and old exports.
    QMap<QString, QByteArray> before;
    for (const QString &output : outputs) {
        const QString target = QDir(full).filePath(output);
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        const QByteArray old = output.endsWith(u".leakreport"_s) ? lr::test::readBytes(path(u"sample.leakreport"_s))
                                                                  : "old " + output.toUtf8() + '\n';
        writeFile(target, old);
        before.insert(output, old);
    }
    fill(full);
    const QStringList namesBefore = fileNamesIn(full);

    for (QString &argument : arguments)
        argument.replace(u"FULL"_s, full);
    const Run r = run(arguments);
    QVERIFY2(r.exitCode != 0, "exit 0 on a full file system");
    QVERIFY2(r.err.contains(u"leakreport: "_s), qPrintable(r.err));
    QVERIFY2(!r.err.contains(u"added"_s), qPrintable(r.err)); // no success message before the write succeeded
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(lr::test::readBytes(QDir(full).filePath(it.key())) == it.value(), qPrintable(it.key() + u" changed"_s));
    QCOMPARE(fileNamesIn(full), namesBefore); // no temporary file left behind
}

void TestFileSafety::outputIsInput_isRefused_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("alias"); // how the output names the input

    for (const char *command : {"export", "import", "series add"}) {
        for (const char *alias : {"same", "dot-slash", "symlink", "hardlink"})
            QTest::addRow("%s %s", command, alias) << QString::fromLatin1(command) << QString::fromLatin1(alias);
    }
}

void TestFileSafety::outputIsInput_isRefused()
{
    QFETCH(QString, command);
    QFETCH(QString, alias);
    const QString input = command == u"import" ? u"victim.md"_s : u"victim.leakreport"_s;
    QFile::remove(path(input));
    QVERIFY(QFile::copy(path(command == u"import" ? u"sample.md"_s : u"charted.leakreport"_s), path(input)));
    QFile::setPermissions(path(input), QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = lr::test::readBytes(path(input));

    QString output = input;
    const QString linkName = u"link-"_s + input;
    QFile::remove(path(linkName));
    if (alias == u"dot-slash") {
        output = u"./"_s + input;
    } else if (alias == u"symlink") {
        QVERIFY(QFile::link(input, path(linkName)));
        output = linkName;
    } else if (alias == u"hardlink") {
        QCOMPARE(::link(QFile::encodeName(path(input)).constData(), QFile::encodeName(path(linkName)).constData()), 0);
        output = linkName;
    }

    Run r;
    if (command == u"export")
        r = run({u"export"_s, input, u"--format"_s, u"md"_s, u"-o"_s, output});
    else if (command == u"import")
        r = run({u"import"_s, input, u"-o"_s, output, u"--force"_s});
    else // the samples file is the report itself
        r = run({u"series"_s, u"add"_s, output, input});
    QVERIFY2(r.exitCode != 0, "exit 0 writing over the input");
    QVERIFY2(r.err.contains(u"input"_s), qPrintable(r.err));
    QVERIFY2(lr::test::readBytes(path(input)) == original, "the input was overwritten");
}

void TestFileSafety::deviceOutput_isWrittenInPlace_data()
{
    QTest::addColumn<QString>("device"); // "null" or "full"
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("exitCode");

    QTest::newRow("null md") << u"null"_s << u"md"_s << 0;
    QTest::newRow("null html") << u"null"_s << u"html"_s << 0;
    QTest::newRow("full md") << u"full"_s << u"md"_s << 1;
    QTest::newRow("full html") << u"full"_s << u"html"_s << 1;
}

// It once replaced a machine's /dev/null with a regular file: run as root, that is what a
// rename over the node does. As root the test makes its own null and full devices (mknod), so
// that a broken build can only replace those; otherwise /dev/null and /dev/full, which a user
// cannot replace anyway.
void TestFileSafety::deviceOutput_isWrittenInPlace()
{
    QFETCH(QString, device);
    QFETCH(QString, format);
    QFETCH(int, exitCode);
    const QString own = path(u"dev-"_s + device);
    QFile::remove(own);
    const bool privateNode = ::mknod(QFile::encodeName(own).constData(), S_IFCHR | 0666,
                                     makedev(1, device == u"null" ? 3 : 7)) == 0;
    const QString node = privateNode ? own : u"/dev/"_s + device;
    QVERIFY(isCharacterDevice(QFile::encodeName(node).constData()));
    const Run r = run({u"export"_s, u"charted.leakreport"_s, u"--format"_s, format, u"-o"_s, node});
    QVERIFY2(isCharacterDevice(QFile::encodeName(node).constData()), "the device node was replaced");
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err));
    if (exitCode != 0)
        QVERIFY2(r.err.contains(node) && r.err.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(node + u".assets"_s)); // no chart files beside a device
}

void TestFileSafety::fifoOutput_staysAFifoAndGetsTheBytes()
{
    const QString fifo = path(u"out.fifo"_s);
    QFile::remove(fifo);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QProcess reader;
    reader.start(u"cat"_s, {fifo});
    QVERIFY(reader.waitForStarted());
    const Run r = run({u"export"_s, u"sample.leakreport"_s, u"--format"_s, u"md"_s, u"-o"_s, fifo});
    QVERIFY(reader.waitForFinished(60000));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    struct stat info{};
    QCOMPARE(::stat(QFile::encodeName(fifo).constData(), &info), 0);
    QVERIFY2(S_ISFIFO(info.st_mode), "the FIFO was replaced by a regular file");
    QCOMPARE(reader.readAllStandardOutput(), lr::test::readBytes(path(u"sample.md"_s)));
}

void TestFileSafety::dashOutput_isStandardOutput()
{
    const Run r = run({u"export"_s, u"sample.leakreport"_s, u"--format"_s, u"md"_s, u"-o"_s, u"-"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, lr::test::readBytes(path(u"sample.md"_s)));
    QVERIFY(!QFileInfo::exists(path(u"-"_s)));
}

void TestFileSafety::readerWarnings_reachStandardError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats") << QStringList{u"stats"_s, u"odd.leakreport"_s};
    QTest::newRow("check") << QStringList{u"check"_s, u"odd.leakreport"_s};
    QTest::newRow("export") << QStringList{u"export"_s, u"odd.leakreport"_s, u"-o"_s, u"odd.md"_s};
    QTest::newRow("series add") << QStringList{u"series"_s, u"add"_s, u"odd.leakreport"_s, u"heap.csv"_s};
}

// The README promises a warning for keys a reader does not know; every command says it.
void TestFileSafety::readerWarnings_reachStandardError()
{
    QFETCH(QStringList, arguments);
    QByteArray json = lr::test::readBytes(path(u"sample.leakreport"_s));
    json.insert(json.indexOf('{') + 1, "\n    \"reviewedBy\": \"ana\",");
    writeFile(path(u"odd.leakreport"_s), json);
    const Run r = run(arguments);
    QVERIFY2(r.err.contains(u"reviewedBy: unknown key, ignored"_s), qPrintable(r.err));
}

void TestFileSafety::damagedShape_isAnErrorNamingThePath()
{
    QByteArray json = lr::test::readBytes(path(u"sample.leakreport"_s));
    const qsizetype fields = json.indexOf("\"fields\": {");
    QVERIFY(fields > 0);
    json.replace(fields, 11, "\"fields\": [ {");
    json.insert(json.indexOf('}', fields) + 1, " ]");
    writeFile(path(u"damaged.leakreport"_s), json);
    const Run r = run({u"check"_s, u"damaged.leakreport"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u".fields: expected an object, found a list"_s), qPrintable(r.err));
}

void TestFileSafety::standardOutputFull_exitsNonZero_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("stats") << QStringList{u"stats"_s, u"charted.leakreport"_s};
    QTest::newRow("stats --json") << QStringList{u"stats"_s, u"--json"_s, u"charted.leakreport"_s};
    QTest::newRow("export md") << QStringList{u"export"_s, u"sample.leakreport"_s};
    QTest::newRow("export html") << QStringList{u"export"_s, u"sample.leakreport"_s, u"--format"_s, u"html"_s};
    QTest::newRow("check") << QStringList{u"check"_s, u"sample.leakreport"_s};
    QTest::newRow("--help") << QStringList{u"--help"_s};
}

void TestFileSafety::standardOutputFull_exitsNonZero()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments, u"/dev/full"_s);
    QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + u": "_s + r.err));
    QVERIFY2(r.err.contains(u"standard output"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
