#pragma once

#include <QByteArray>
#include <QString>

namespace lr {

// Writes `data` to `path` through QSaveFile: the old file stays untouched until the new one is
// complete, so a crash or a full disk never leaves half a file behind.
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace lr
