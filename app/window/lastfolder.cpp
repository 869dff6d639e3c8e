#include "window/lastfolder.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr auto kKey = "files/lastFolder"_L1;
} // namespace

QString LastFolder::get()
{
    const QString candidates[] = {QSettings().value(kKey).toString(),
                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), QDir::homePath()};
    for (const QString &folder : candidates) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::currentPath();
}

void LastFolder::remember(const QString &filePath)
{
    if (!filePath.isEmpty())
        QSettings().setValue(kKey, QFileInfo(filePath).absolutePath());
}

} // namespace lr
