#include "window/recentfiles.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
const QString kSettingsKey = u"recentFiles"_s;
constexpr int kSaveDelayMs = 1000;
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
    , m_files(QSettings().value(kSettingsKey).toStringList().mid(0, kMaxFiles))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &RecentFiles::save);
}

RecentFiles::~RecentFiles()
{
    if (m_saveTimer.isActive())
        save();
}

void RecentFiles::add(const QString &path)
{
    QStringList files = m_files;
    files.removeAll(path);
    files.prepend(path);
    setFiles(files.mid(0, kMaxFiles));
}

void RecentFiles::clear()
{
    setFiles({});
}

void RecentFiles::setFiles(const QStringList &files)
{
    if (files == m_files)
        return;
    m_files = files;
    m_saveTimer.start();
    emit changed();
}

void RecentFiles::save()
{
    m_saveTimer.stop();
    QSettings settings;
    if (m_files.isEmpty())
        settings.remove(kSettingsKey);
    else
        settings.setValue(kSettingsKey, m_files);
}

} // namespace lr
