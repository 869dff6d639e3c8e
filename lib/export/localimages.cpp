#include "export/localimages.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Formats every browser shows, embedded byte for byte; anything else is converted to PNG.
QByteArray browserMimeType(const QByteArray &format)
{
    if (format == "png")
        return "image/png";
    if (format == "jpeg" || format == "jpg")
        return "image/jpeg";
    if (format == "gif")
        return "image/gif";
    return {};
}
} // namespace

QByteArray pngBytes(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

LocalImages::LocalImages(const QString &baseDirectory)
    : m_baseDirectory(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory)
{
}

const LocalImages::Entry *LocalImages::load(const QString &url)
{
    if (auto found = m_entries.constFind(url); found != m_entries.cend())
        return found->image.isNull() ? nullptr : &*found;

    Entry &entry = m_entries[url];
    const QUrl parsed(url);
    if (url.isEmpty() || !parsed.isValid() || !parsed.scheme().isEmpty())
        return nullptr; // remote or not a path: shown as a link, which is no problem
    const QString path = QDir(m_baseDirectory).absoluteFilePath(parsed.path());
    QFile file(path);
    auto fail = [&](const QString &why) -> const Entry * {
        m_problems.append(tr("image %1: %2").arg(url, why));
        return nullptr;
    };
    if (!file.exists())
        return fail(tr("no such file (looked for %1)").arg(QDir::toNativeSeparators(path)));
    if (file.size() > kMaxFileSize)
        return fail(tr("larger than %1 MB").arg(kMaxFileSize / (1024 * 1024)));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    QImage image = reader.read();
    if (image.isNull())
        return fail(tr("not a readable image (%1)").arg(reader.errorString()));

    entry.image = image;
    entry.mimeType = browserMimeType(format);
    m_anyJpeg = m_anyJpeg || entry.mimeType == "image/jpeg";
    if (!entry.mimeType.isEmpty()) {
        entry.bytes = bytes;
    } else {
        entry.bytes = pngBytes(image);
        entry.mimeType = "image/png";
    }
    return &entry;
}

QImage LocalImages::image(const QString &url)
{
    const Entry *entry = load(url);
    return entry ? entry->image : QImage();
}

QByteArray LocalImages::encoded(const QString &url, QByteArray *mimeType)
{
    const Entry *entry = load(url);
    if (!entry)
        return {};
    *mimeType = entry->mimeType;
    return entry->bytes;
}

} // namespace lr
