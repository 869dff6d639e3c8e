#include "io/recoverystore.h"

#include "io/atomicwrite.h"
#include "io/recordingjournal.h"
#include "io/reportfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>

#if defined(Q_OS_UNIX) && !defined(Q_OS_LINUX)
#include <cerrno>
#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// The writer's pid is also the start of the file name, so that even an unreadable file can be
// attributed to its process.
qint64 pidFromFileName(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    bool ok = false;
    const qint64 pid = name.section(u'-', 0, 0).toLongLong(&ok);
    return ok ? pid : 0;
}

bool processIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false; // kill(0, ...) would address the whole process group
#if defined(Q_OS_LINUX)
    return QFileInfo::exists(u"/proc/"_s + QString::number(pid));
#elif defined(Q_OS_UNIX)
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return false;
#endif
}

} // namespace

RecoveryStore::RecoveryStore(std::shared_ptr<const ReportTemplate> reportTemplate, QString directory)
    : m_template(std::move(reportTemplate))
    , m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/recovery"_s
                      : std::move(directory))
{
    // Random rather than a counter: a later process may get the pid of a crashed one and must not
    // overwrite the copy that is waiting to be recovered. One read of the system source: seeding
    // QRandomGenerator::global() for this single number took 0.3 ms of the window's start-up.
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 16);
    m_sessionPath = QDir(m_directory).filePath(u"%1-%2.%3"_s.arg(QCoreApplication::applicationPid())
                                                   .arg(token, kSuffix));
    m_recordingPath = QDir(m_directory).filePath(u"%1-%2-recording.%3"_s.arg(QCoreApplication::applicationPid())
                                                     .arg(token, kSuffix));
}

namespace {
// The recovery file's JSON: the native file's own, wrapped, so the copy reads exactly like a saved report.
QByteArray recoveryJson(const ReportTemplate &reportTemplate, const ReportContent &content, const QString &originalPath)
{
    QJsonObject root;
    root.insert(u"recoveryFormat"_s, RecoveryStore::kFormatVersion);
    root.insert(u"originalPath"_s, originalPath);
    root.insert(u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(u"pid"_s, QCoreApplication::applicationPid());
    root.insert(u"report"_s, QJsonDocument::fromJson(ReportFile::toJson(reportTemplate, content)).object());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
} // namespace

bool RecoveryStore::save(const ReportContent &content, const QString &originalPath, QString *error)
{
    return writeCopy(m_sessionPath, content, originalPath, error);
}

bool RecoveryStore::saveRecording(const ReportContent &content, const QString &originalPath, QString *error)
{
    return writeCopy(m_recordingPath, content, originalPath, error);
}

bool RecoveryStore::writeCopy(const QString &path, const ReportContent &content, const QString &originalPath,
                              QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = tr("%1: cannot create the recovery folder").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    return writeFileAtomically(path, recoveryJson(*m_template, content, originalPath), error);
}

void RecoveryStore::discardRecording()
{
    QFile::remove(m_recordingPath);
    QFile::remove(RecordingJournal::pathFor(m_recordingPath));
}

void RecoveryStore::discardSession()
{
    QFile::remove(m_sessionPath);
}

QList<RecoveryEntry> RecoveryStore::orphanedEntries() const
{
    QList<RecoveryEntry> entries;
    const QDir dir(m_directory);
    const QStringList names = dir.entryList({u"*."_s + kSuffix}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        if (path == m_sessionPath || processIsRunning(pidFromFileName(path)))
            continue;
        entries.append(readEntry(path, *m_template));
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

RecoveryEntry RecoveryStore::readEntry(const QString &recoveryPath, const ReportTemplate &reportTemplate)
{
    RecoveryEntry entry;
    entry.recoveryPath = recoveryPath;
    entry.pid = pidFromFileName(recoveryPath);
    const QFileInfo info(recoveryPath);
    entry.savedAt = info.lastModified().toUTC(); // until the file says better
    const QString name = QDir::toNativeSeparators(recoveryPath);
    const auto failed = [&](const QString &problem) {
        entry.error = name + u": "_s + problem;
        return entry;
    };

    if (info.size() > ReportFile::kMaxFileSize)
        return failed(tr("the file is too large"));
    QFile file(recoveryPath);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("cannot open: %1").arg(file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(tr("not valid JSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    const int format = root.value("recoveryFormat"_L1).toInt();
    if (format < 1)
        return failed(tr("not a LeakReport recovery file"));
    if (format > kFormatVersion)
        return failed(tr("written by a newer LeakReport (recovery format %1)").arg(format));

    entry.originalPath = root.value("originalPath"_L1).toString();
    const QDateTime savedAt = QDateTime::fromString(root.value("savedAt"_L1).toString(), Qt::ISODateWithMs);
    if (savedAt.isValid())
        entry.savedAt = savedAt.toUTC();
    if (const qint64 pid = root.value("pid"_L1).toInteger(); pid > 0)
        entry.pid = pid;
    const QJsonValue report = root.value("report"_L1);
    if (!report.isObject())
        return failed(tr("the recovery file holds no report"));
    const LoadResult loaded =
        ReportFile::fromJson(QJsonDocument(report.toObject()).toJson(QJsonDocument::Compact), reportTemplate, name);
    if (!loaded.ok()) {
        entry.error = loaded.error;
        return entry;
    }
    entry.content = loaded.content;
    QStringList recovered; // a recording's samples since the copy was written (saveRecording)
    RecordingJournal::recoverInto(recoveryPath, &entry.content.series, &recovered);
    return entry;
}

bool RecoveryStore::discard(const RecoveryEntry &entry)
{
    QFile::remove(RecordingJournal::pathFor(entry.recoveryPath));
    return QFile::remove(entry.recoveryPath) || !QFileInfo::exists(entry.recoveryPath);
}

} // namespace lr
