#pragma once

#include <QChar>

class QPaintDevice;
class QTextDocument;

namespace lr {

// A code line longer than the page is wide wraps, and on paper the continuation must not pass for
// a line of its own: each continuation starts on a new line with a visible "↪ " marker, as
// listings in print do. Works on the document before it is laid out, measuring each code block's
// text in its own font on the device it will be printed on.
class CodeLineMarker
{
public:
    static constexpr QChar kMarker{0x21AA}; // ↪

    // Returns how many continuations it marked.
    static int markContinuations(QTextDocument &document, const QPaintDevice *device, qreal textWidth);
};

} // namespace lr
