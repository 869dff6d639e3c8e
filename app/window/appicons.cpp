#include "window/appicons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace lr::AppIcons {

namespace {

struct IconSource
{
    QLatin1StringView file;      // under :/icons/
    QLatin1StringView themeName; // freedesktop icon naming; empty: always the bundled icon
};

IconSource sourceOf(Name name)
{
    switch (name) {
    case Name::NewReport: return {"document-new"_L1, "document-new"_L1};
    case Name::Open: return {"document-open"_L1, "document-open"_L1};
    case Name::Save: return {"document-save"_L1, "document-save"_L1};
    case Name::Undo: return {"edit-undo"_L1, "edit-undo"_L1};
    case Name::Redo: return {"edit-redo"_L1, "edit-redo"_L1};
    case Name::Export: return {"document-export"_L1, "document-export"_L1};
    case Name::Preview: return {"view-preview"_L1, "view-preview"_L1};
    case Name::MemoryData: return {"memory-chart"_L1, "office-chart-line"_L1};
    case Name::Calendar: return {"calendar"_L1, {}};
    case Name::Clear: return {"edit-clear"_L1, "edit-clear"_L1};
    case Name::Error: return {"problem-error"_L1, {}};
    case Name::NotFilled: return {"problem-unfilled"_L1, {}};
    case Name::Complete: return {"section-complete"_L1, {}};
    }
    return {};
}

// Renders a bundled SVG with "currentColor" replaced by the application palette's text colour
// of the mode asked for (disabled icons take the disabled text colour, selected ones the
// highlighted text colour). Pixmaps are made at the size asked for, on first paint, and kept.
class PaletteSvgIconEngine : public QIconEngine
{
public:
    explicit PaletteSvgIconEngine(const QString &path)
        : m_path(path)
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, ratio));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        const QColor colour = colourFor(mode);
        const QSize pixels = (QSizeF(size) * scale).toSize();
        // Keyed by colour, not mode: Normal and Active draw alike and are drawn once.
        const QString key = u"%1x%2/%3"_s.arg(pixels.width()).arg(pixels.height()).arg(colour.rgba());
        if (const auto found = m_pixmaps.constFind(key); found != m_pixmaps.cend())
            return *found;
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QByteArray svg = svgSource();
        svg.replace("currentColor", colour.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(), QSizeF(pixels)));
        painter.end();
        QPixmap pixmap = QPixmap::fromImage(std::move(image));
        pixmap.setDevicePixelRatio(scale);
        m_pixmaps.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine *clone() const override { return new PaletteSvgIconEngine(m_path); }
    QString key() const override { return u"LeakReportPaletteSvg"_s; }
    bool isNull() override { return svgSource().isEmpty(); }

private:
    static QColor colourFor(QIcon::Mode mode)
    {
        const QPalette palette = QGuiApplication::palette();
        switch (mode) {
        case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
        case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
        case QIcon::Normal:
        case QIcon::Active: break;
        }
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    const QByteArray &svgSource()
    {
        if (m_svg.isNull()) {
            QFile file(m_path);
            m_svg = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("");
        }
        return m_svg;
    }

    QString m_path;
    QByteArray m_svg;
    QHash<QString, QPixmap> m_pixmaps;
};

} // namespace

QIcon bundledIcon(Name name)
{
    // One icon per name for the whole application: its engine keeps the pixmaps it drew, so a
    // sign shown on fifty fields or problem lines is drawn once per size and palette.
    static QHash<int, QIcon> icons;
    auto found = icons.find(int(name));
    if (found == icons.end())
        found = icons.insert(int(name), QIcon(new PaletteSvgIconEngine(u":/icons/%1.svg"_s.arg(sourceOf(name).file))));
    return *found;
}

QIcon icon(Name name)
{
    const IconSource source = sourceOf(name);
    // Without an icon theme (outside KDE and GNOME, offscreen) the theme lookup finds nothing
    // and costs start-up time: the bundled icon straight away.
    if (const QString theme = QIcon::themeName(); source.themeName.isEmpty() || theme.isEmpty() || theme == u"hicolor")
        return bundledIcon(name);
    return QIcon::fromTheme(source.themeName, bundledIcon(name));
}

QIcon problemIcon(bool isError)
{
    return icon(isError ? Name::Error : Name::NotFilled);
}

} // namespace lr::AppIcons
