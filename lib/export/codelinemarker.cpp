#include "export/codelinemarker.h"

#include <QFontMetricsF>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The report's stylesheet pads code blocks by 6 pt on each side, which block formats do not show.
constexpr qreal kCodePaddingPoints = 6;

// The format of the block's text (a block's own char format can differ from its fragments').
QTextCharFormat textFormat(const QTextBlock &block)
{
    return block.begin().atEnd() ? block.charFormat() : block.begin().fragment().charFormat();
}

bool isCode(const QTextBlock &block)
{
    const QTextCharFormat format = textFormat(block);
    const QStringList families = format.fontFamilies().toStringList();
    return format.fontFixedPitch() || (!families.isEmpty() && families.first().contains(u"Mono"_s));
}

// Where to break `text` so each piece fits `width`: after the last space or punctuation in the
// last fifth of a piece when there is one (a word stays whole), else where the width runs out.
QList<int> breakPositions(const QString &text, const QFontMetricsF &metrics, qreal width, qreal markerWidth)
{
    QList<int> breaks;
    qreal used = 0;
    int lineStart = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text[i] == QChar::LineSeparator) {
            used = 0;
            lineStart = i + 1;
            continue;
        }
        const qreal advance = metrics.horizontalAdvance(text[i]);
        if (used + advance <= width || i == lineStart) {
            used += advance;
            continue;
        }
        int at = i;
        for (int j = i - 1; j > lineStart + (i - lineStart) * 4 / 5; --j) {
            if (text[j].isSpace() || text[j] == u',' || text[j] == u';' || text[j] == u'(') {
                at = j + 1;
                break;
            }
        }
        breaks.append(at);
        lineStart = at;
        used = markerWidth + metrics.horizontalAdvance(text.mid(at, i + 1 - at));
    }
    return breaks;
}
} // namespace

int CodeLineMarker::markContinuations(QTextDocument &document, const QPaintDevice *device, qreal textWidth)
{
    const qreal padding = kCodePaddingPoints / 72.0 * device->logicalDpiX();
    const QString marker = QString(QChar::LineSeparator) + kMarker + u' ';
    int marked = 0;
    // One edit for all the markers: the document lays out again once, at the end. Inserted one by
    // one, each insertion laid out its whole block again: a 1 MB code block took 23 s, 2 MB 63 s.
    QTextCursor edit(&document);
    edit.beginEditBlock();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!isCode(block))
            continue;
        const QFontMetricsF metrics(textFormat(block).font(), device);
        const QTextBlockFormat format = block.blockFormat();
        const qreal width = textWidth - format.leftMargin() - format.rightMargin() - format.textIndent() - 2 * padding;
        const QList<int> breaks = breakPositions(block.text(), metrics, width,
                                                 metrics.horizontalAdvance(marker.mid(1)));
        // From the last to the first, so the earlier positions still hold.
        for (auto it = breaks.crbegin(); it != breaks.crend(); ++it) {
            edit.setPosition(block.position() + *it);
            edit.insertText(marker);
            ++marked;
        }
    }
    edit.endEditBlock();
    return marked;
}

} // namespace lr
