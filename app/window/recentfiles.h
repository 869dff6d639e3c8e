#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace lr {

// The most recently opened or saved reports, newest first, kept in QSettings.
// Writing the settings file costs a few milliseconds of disk I/O (sometimes far more), so a
// change is written a moment later, off the path of opening a file, and at the latest when
// this object is destroyed.
class RecentFiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 8;

    explicit RecentFiles(QObject *parent = nullptr);
    ~RecentFiles() override;

    QStringList files() const { return m_files; }
    void add(const QString &path);
    void clear();
    // Writes a pending change now.
    void save();

signals:
    void changed();

private:
    void setFiles(const QStringList &files);

    QStringList m_files;
    QTimer m_saveTimer;
};

} // namespace lr
