#pragma once

#include <QString>

namespace lr {

// Whether two paths name the same file: the same device and inode (after symbolic links), so
// "r.leakreport", "./r.leakreport", a symbolic link and a hard link to it are all one file.
// False when either does not exist.
bool isSameFile(const QString &a, const QString &b);

// Whether `path` exists and is neither a regular file nor a folder (after symbolic links): a
// device such as /dev/null, a FIFO or a socket. Such an output is written in place, never replaced.
bool isSpecialFile(const QString &path);

} // namespace lr
