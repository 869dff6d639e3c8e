#include "export/longblocksplitter.h"

#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

namespace lr {

namespace {

// Where the lines that start a new piece begin, as document positions.
QList<int> cutPositions(const QTextBlock &block, int maxLines)
{
    QList<int> cuts;
    const QTextLayout *layout = block.layout();
    for (int line = maxLines; line < layout->lineCount(); line += maxLines)
        cuts.append(block.position() + layout->lineAt(line).textStart());
    return cuts;
}

void cutAt(QTextDocument &document, int position)
{
    QTextCursor cursor(&document);
    cursor.setPosition(position);
    // A line that starts after a hard break: the break becomes the cut, or the piece before
    // would end in an empty line.
    if (document.characterAt(position - 1) == QChar::LineSeparator)
        cursor.deletePreviousChar();
    const QTextBlock before = cursor.block();
    QTextBlockFormat continuation = before.blockFormat();
    continuation.setTopMargin(0);
    continuation.setTextIndent(0);
    continuation.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    cursor.insertBlock(continuation, cursor.charFormat());
    // A list item's continuation is not another item: it keeps the item's indentation, no bullet.
    if (QTextList *list = cursor.block().textList())
        list->remove(cursor.block());
    QTextBlockFormat ending = before.blockFormat();
    ending.setBottomMargin(0);
    QTextCursor(before).setBlockFormat(ending);
}

} // namespace

int LongBlockSplitter::split(QTextDocument &document, int maxLines)
{
    QList<int> cuts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.layout() && block.layout()->lineCount() > maxLines)
            cuts += cutPositions(block, maxLines);
    }
    // From the end, so that each cut leaves the positions before it where they were; in one
    // edit block, so that the layout runs once at the end, not once per cut over the whole rest.
    QTextCursor editBlock(&document);
    editBlock.beginEditBlock();
    for (auto it = cuts.crbegin(); it != cuts.crend(); ++it)
        cutAt(document, *it);
    editBlock.endEditBlock();
    return int(cuts.size());
}

} // namespace lr
