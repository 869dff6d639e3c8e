#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

class QFileDevice;
class QSaveFile;

namespace lr {

// Writes `data` to `path` so that it either completes or changes nothing.
// A regular file (or a new one) is written through QSaveFile: every write and the flush are
// checked, the data synced, and only then the temporary file renamed over the old one, so a full
// disk leaves the old file byte-identical. A device or FIFO (/dev/null, /dev/full, a pipe) is
// written directly: it is never replaced by a regular file, and its write errors are reported.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

// Several files that belong together (a Markdown export and its chart images): every one is
// written and synced beside its target first, and only when all of them are complete are they
// renamed into place, in the given order (put the file that refers to the others last). A full
// disk leaves every old file as it was.
using FileData = std::pair<QString, QByteArray>;
bool writeFilesAtomically(const QList<FileData> &files, QString *error);

// The steps behind writeFileAtomically() on a QSaveFile the caller made, so tests can pass one
// whose writes fail at any byte. `file` must not be open yet.
bool commitThroughSaveFile(QSaveFile &file, const QByteArray &data, QString *error);

// Writes all of `data` to an open device and flushes it; false at the first short or failed
// write. Qt 6.4's QSaveFile keeps writes under ~16 KB in its buffer and commit() ignores the
// buffer's failed flush (ENOSPC), so the flush must be checked here.
bool writeAllAndFlush(QFileDevice &file, const QByteArray &data);

} // namespace lr
