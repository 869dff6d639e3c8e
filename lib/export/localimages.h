#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QStringList>

namespace lr {

// `image` as PNG file bytes: how exports carry an image that is not a file of a browser format.
QByteArray pngBytes(const QImage &image);

// The local images a report's Markdown refers to ("![chart](report.assets/memory.png)"), loaded
// from disk relative to the report's folder so that exports can embed them. URLs with a scheme
// (http:, data:, file:) are never loaded: exports show them as links and fetch nothing.
class LocalImages
{
    Q_DECLARE_TR_FUNCTIONS(lr::LocalImages)

public:
    static constexpr qint64 kMaxFileSize = qint64(32) * 1024 * 1024;

    explicit LocalImages(const QString &baseDirectory);

    // The image `url` names, or a null image when it is remote or cannot be read (see problems()).
    QImage image(const QString &url);
    // The file's bytes when a browser can show them as they are (PNG, JPEG, GIF), else PNG.
    QByteArray encoded(const QString &url, QByteArray *mimeType);

    // One line per image that could not be embedded: which, and why.
    QStringList problems() const { return m_problems; }
    // Whether an image loaded so far is a JPEG file: a photo, which lossless storage would swell.
    bool anyJpeg() const { return m_anyJpeg; }

private:
    struct Entry
    {
        QImage image;
        QByteArray bytes;
        QByteArray mimeType;
    };
    const Entry *load(const QString &url);

    QString m_baseDirectory;
    QHash<QString, Entry> m_entries; // by URL as written; a null image records a failure
    QStringList m_problems;
    bool m_anyJpeg = false;
};

} // namespace lr
