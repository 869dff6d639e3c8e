#pragma once

#include <QString>

namespace lr::markdown {

// Where a value lands in the Markdown, which decides what must be escaped so that the value
// keeps its meaning and the document keeps its structure.
struct InlineContext
{
    bool atLineStart = false; // first thing in a list item: "#", "-", "1." would start a block
    bool inTableCell = false; // "|" would end the cell; line breaks become <br>
    QString separator;        // text that follows in the same line before another value
};

// A field's value is GitHub-flavoured inline Markdown as the user typed it. This prints it in its
// place, changing only what would otherwise change the document's structure or run into the
// next value: a block marker at the start of a list item, "|" in a table cell, line breaks
// (spaces inline, <br> in table cells), a backtick run that nothing closes (it would open a code
// span across the next line), a trailing backslash (a hard line break), the separator a reader
// splits at. Each escape is a backslash, so the value means what it meant alone.
QString escapeInline(const QString &text, const InlineContext &context = {});

// Where `separator` (the literal text between two slots of a row pattern, " - ") occurs in
// `text` from `from` on, skipping occurrences the writer escaped (a backslash before its first
// punctuation character); -1 if nowhere. The writer escapes exactly the occurrences this finds.
qsizetype findSeparator(const QString &text, const QString &separator, qsizetype from = 0);
qsizetype separatorPunctuation(const QString &separator);

// The inverse of the table-cell escaping: a cell's source text back as the value it printed.
QString unescapeTableCell(const QString &cellSource);

// Free Markdown (a section's notes) without white space at the end of a line that ends a block
// (before a blank line or at the end), which means nothing there and which a reader cannot keep;
// lines inside fenced code are left alone.
QString withoutSpaceBeforeBlankLines(const QString &markdown);

// Text inside a fenced block is literal; only line breaks must go, since each value is one line.
QString singleLine(const QString &text);

// A fenced code block around `content`, with a fence longer than any backtick run that starts a
// line of the content, so code containing ``` cannot close it early.
QString fencedBlock(const QString &infoString, const QString &content);

} // namespace lr::markdown
