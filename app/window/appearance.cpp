#include "window/appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr::Appearance {

QFont monospaceFont(const QFont &applicationFont, const QFont &platformFixedFont)
{
    QFont font = platformFixedFont;
    // fontconfig's generic "monospace" comes last; the named faces first, so it picks one we know.
    font.setFamilies({platformFixedFont.family(), u"DejaVu Sans Mono"_s, u"Liberation Mono"_s, u"Noto Sans Mono"_s,
                      u"monospace"_s});
    font.setStyleHint(QFont::Monospace, QFont::PreferDefault);
    font.setFixedPitch(true);
    if (applicationFont.pointSizeF() > 0)
        font.setPointSizeF(applicationFont.pointSizeF());
    else
        font.setPixelSize(applicationFont.pixelSize());
    return font;
}

QFont monospaceFont()
{
    return monospaceFont(QApplication::font(), QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

QString monospaceCssFamilies()
{
    QStringList quoted;
    for (const QString &family : monospaceFont().families())
        quoted.append(family == u"monospace" ? family : u'"' + family + u'"');
    return quoted.join(u", "_s);
}

} // namespace lr::Appearance
