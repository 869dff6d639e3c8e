// The files that make LeakReport a desktop application (packaging/): the MIME type finds reports
// by name and by content, the desktop entry and the AppStream metainfo agree with each other and
// with the program, and the freedesktop validators accept them.
#include "testsupport.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

const QString kAppId = QLatin1StringView(lr::kApplicationId);
const QString kMimeType = u"application/x-leakreport"_s;

QString packagingFile(const QString &name)
{
    return QStringLiteral(LEAKREPORT_SOURCE_DIR "/packaging/") + name;
}

struct ToolRun
{
    bool found = false;
    int exitCode = -1;
    QString output;
};

ToolRun runTool(const QString &program, const QStringList &arguments)
{
    ToolRun run;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return run;
    run.found = true;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = QString::fromUtf8(process.readAll());
    return run;
}

// The desktop entry's keys of the [Desktop Entry] group (the only group it has).
QHash<QString, QString> desktopEntry()
{
    QHash<QString, QString> entry;
    QFile file(packagingFile(kAppId + u".desktop"_s));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0 && !line.startsWith(u'#'))
            entry.insert(line.left(equals), line.mid(equals + 1));
    }
    return entry;
}

QStringList desktopList(const QString &value)
{
    QStringList items = value.split(u';');
    items.removeAll(QString());
    return items;
}

} // namespace

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mimeType_byNameAndByContent();
    void mimeType_otherJsonIsNotAReport();
    void desktopEntry_namesTheProgramTheIconAndTheTypes();
    void desktopEntry_passesTheValidator();
    void metainfo_matchesTheDesktopEntryAndTheVersion();
    void metainfo_passesTheValidator();

private:
    QTemporaryDir m_dataHome;
};

// The MIME package goes into a private XDG data folder, compiled by update-mime-database as the
// package's trigger would do, and QMimeDatabase reads it from there with the system's types.
void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    const QString packages = m_dataHome.filePath(u"mime/packages"_s);
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(packagingFile(kAppId + u".mime.xml"_s), packages + u'/' + kAppId + u".xml"_s));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.path()));
    const ToolRun update = runTool(u"update-mime-database"_s, {m_dataHome.filePath(u"mime"_s)});
    if (!update.found)
        QSKIP("update-mime-database (shared-mime-info) is not installed");
    // It warns, without failing, about what it does not understand in the XML.
    QVERIFY2(update.exitCode == 0 && update.output.trimmed().isEmpty(), qPrintable(update.output));
}

void TestDesktopIntegration::mimeType_byNameAndByContent()
{
    const QMimeDatabase database;
    const QMimeType byName = database.mimeTypeForFile(u"incident.leakreport"_s, QMimeDatabase::MatchExtension);
    QCOMPARE(byName.name(), kMimeType);
    QVERIFY(byName.inherits(u"application/json"_s));
    QCOMPARE(byName.iconName(), u"application-x-leakreport"_s);
    QVERIFY(!byName.comment().isEmpty());

    // What LeakReport writes, under a name that tells nothing: only the magic can know.
    const QString sample = QStringLiteral(LEAKREPORT_SOURCE_DIR "/resources/sample/sample.leakreport");
    QTemporaryDir dir;
    const QString noSuffix = dir.filePath(u"report-from-the-wiki"_s);
    QVERIFY(QFile::copy(sample, noSuffix));
    QCOMPARE(database.mimeTypeForFile(noSuffix).name(), kMimeType);
    QCOMPARE(database.mimeTypeForData(lr::test::readTextFile(sample).toUtf8()).name(), kMimeType);

    // The document icon the MIME type names is the one the package installs.
    QVERIFY(QFile::exists(packagingFile(u"icons/"_s + byName.iconName() + u".svg"_s)));
}

void TestDesktopIntegration::mimeType_otherJsonIsNotAReport()
{
    const QMimeDatabase database;
    QVERIFY(database.mimeTypeForData(QByteArray("{\n    \"name\": \"formatVersion\"\n}\n")).name() != kMimeType);
    QCOMPARE(database.mimeTypeForData(QByteArray("{\"formatVersion\":1}")).name(), kMimeType); // compact
    QVERIFY(database.mimeTypeForData(QByteArray("no \"formatVersion\" here")).name() != kMimeType);
    QCOMPARE(database.mimeTypeForFile(u"report.md"_s, QMimeDatabase::MatchExtension).name(), u"text/markdown"_s);
}

void TestDesktopIntegration::desktopEntry_namesTheProgramTheIconAndTheTypes()
{
    const QHash<QString, QString> entry = desktopEntry();
    QCOMPARE(entry.value(u"Type"_s), u"Application"_s);
    QCOMPARE(entry.value(u"Name"_s), QLatin1StringView(lr::kApplicationName));
    QCOMPARE(entry.value(u"Exec"_s).section(u' ', 0, 0), QFileInfo(QStringLiteral(LEAKREPORT_BINARY)).fileName());
    QCOMPARE(entry.value(u"Icon"_s), kAppId);
    QVERIFY(QFile::exists(packagingFile(u"icons/"_s + kAppId + u".svg"_s)));
    const QStringList types = desktopList(entry.value(u"MimeType"_s));
    QVERIFY(types.contains(kMimeType));
    QVERIFY(types.contains(u"text/markdown"_s));
    QVERIFY(!desktopList(entry.value(u"Keywords"_s)).isEmpty());
    QVERIFY(!entry.value(u"GenericName"_s).isEmpty());
    QVERIFY(!entry.value(u"Comment"_s).isEmpty());
}

void TestDesktopIntegration::desktopEntry_passesTheValidator()
{
    const ToolRun validate = runTool(u"desktop-file-validate"_s, {packagingFile(kAppId + u".desktop"_s)});
    if (!validate.found)
        QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
    QVERIFY2(validate.exitCode == 0 && validate.output.trimmed().isEmpty(), qPrintable(validate.output));
}

void TestDesktopIntegration::metainfo_matchesTheDesktopEntryAndTheVersion()
{
    QFile file(packagingFile(kAppId + u".metainfo.xml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable, newestRelease, license;
    QStringList mediaTypes;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"id")
            id = xml.readElementText();
        else if (name == u"launchable")
            launchable = xml.readElementText();
        else if (name == u"project_license")
            license = xml.readElementText();
        else if (name == u"mediatype")
            mediaTypes.append(xml.readElementText());
        else if (name == u"release" && newestRelease.isEmpty())
            newestRelease = xml.attributes().value(u"version"_s).toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + u".desktop"_s);
    QCOMPARE(newestRelease, QLatin1StringView(lr::kVersion));
    QCOMPARE(license, QLatin1StringView(lr::kLicense));
    QCOMPARE(mediaTypes, QStringList{kMimeType});
}

void TestDesktopIntegration::metainfo_passesTheValidator()
{
    const ToolRun validate =
        runTool(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, packagingFile(kAppId + u".metainfo.xml"_s)});
    if (!validate.found)
        QSKIP("appstreamcli (appstream) is not installed");
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.output));
}

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
