#pragma once

#include <QFont>

namespace lr::Appearance {

// The font for code fields and the preview's code: the platform's fixed font, at the size of
// the application font (so a larger font setting enlarges code too), with monospace fallbacks
// for when the platform names a family that is not installed (qt6ct's choice on another machine).
QFont monospaceFont(const QFont &applicationFont, const QFont &platformFixedFont);
// The same for the running application's fonts.
QFont monospaceFont();
// `font-family` for the preview's style sheet, from monospaceFont().
QString monospaceCssFamilies();

} // namespace lr::Appearance
