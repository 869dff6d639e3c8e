#include "io/atomicwrite.h"

#include "io/fileidentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <vector>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace lr {

namespace {

QString failedMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("lr::AtomicWrite", "%1: writing failed, the file was left as it was: %2").arg(QDir::toNativeSeparators(path), reason);
}

QString cannotOpenMessage(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("lr::AtomicWrite", "%1: cannot write: %2").arg(QDir::toNativeSeparators(path), reason);
}

// The data must be on disk before the rename makes it the file: a crash right after a rename
// of unsynced data can leave an empty file on some file systems (ext4 without auto_da_alloc).
bool syncToDisk(QFileDevice &file)
{
#ifdef Q_OS_UNIX
    return ::fsync(file.handle()) == 0 || errno == EINVAL || errno == EROFS; // EINVAL: cannot sync (a pipe)
#else
    Q_UNUSED(file);
    return true;
#endif
}

// The rename itself is durable only once the folder's entry is on disk; a failure here does
// not make the new file wrong, so it is not reported.
void syncFolder(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// /dev/null, /dev/full, a FIFO or a terminal: the node stays, the data goes straight into it.
bool writeDirectly(const QString &path, const QByteArray &data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannotOpenMessage(path, file.errorString());
        return false;
    }
    if (!writeAllAndFlush(file, data)) {
        *error = QCoreApplication::translate("lr::AtomicWrite", "%1: writing failed: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Writes the new content beside the target; nothing is replaced yet.
bool stage(QSaveFile &file, const QByteArray &data, QString *error)
{
    const QString path = file.fileName();
    // Unbuffered: each write reaches the file system at once and reports its own error.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = cannotOpenMessage(path, file.errorString());
        return false;
    }
    if (!writeAllAndFlush(file, data) || !syncToDisk(file)) {
        const QString reason = file.error() == QFileDevice::NoError || file.errorString().isEmpty()
            ? QCoreApplication::translate("lr::AtomicWrite", "the data could not be written completely")
            : file.errorString();
        file.cancelWriting(); // the destructor removes the temporary file
        *error = failedMessage(path, reason);
        return false;
    }
    return true;
}

bool commitStaged(QSaveFile &file, QString *error)
{
    if (!file.commit()) {
        *error = failedMessage(file.fileName(), file.errorString());
        return false;
    }
    syncFolder(file.fileName());
    return true;
}

bool isDirectTarget(const QString &path, QString *error, bool *direct)
{
    const QFileInfo info(path); // follows a symbolic link: its target is what gets written
    if (info.isDir()) {
        *error = QCoreApplication::translate("lr::AtomicWrite", "%1: is a folder").arg(QDir::toNativeSeparators(path));
        return false;
    }
    *direct = isSpecialFile(path);
    return true;
}

} // namespace

bool writeAllAndFlush(QFileDevice &file, const QByteArray &data)
{
    qsizetype written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return file.flush();
}

bool commitThroughSaveFile(QSaveFile &file, const QByteArray &data, QString *error)
{
    return stage(file, data, error) && commitStaged(file, error);
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    return writeFilesAtomically({{path, data}}, error);
}

bool writeFilesAtomically(const QList<FileData> &files, QString *error)
{
    std::vector<std::unique_ptr<QSaveFile>> staged(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        bool direct = false;
        if (!isDirectTarget(files[i].first, error, &direct))
            return false;
        if (direct)
            continue; // a device has no old content to keep: written in the second pass
        staged[i] = std::make_unique<QSaveFile>(files[i].first);
        if (!stage(*staged[i], files[i].second, error))
            return false; // the staged files' destructors remove their temporary files
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (staged[i] ? !commitStaged(*staged[i], error) : !writeDirectly(files[i].first, files[i].second, error))
            return false;
    }
    return true;
}

} // namespace lr
