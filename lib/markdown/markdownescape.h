#pragma once

#include <QString>

namespace lr::markdown {

// Where a value lands in the Markdown, which decides what must be escaped so that the text
// reads back as the same text and the document keeps its structure.
struct InlineContext
{
    bool atLineStart = false; // first thing in a list item: "#", "-", "1." would start a block
    bool inTableCell = false; // "|" would end the cell; line breaks become <br>
    QString separator;        // text that follows in the same line before another value
};

// Plain text as literal inline Markdown: backslash-escapes what cmark-gfm would read as markup
// (emphasis, code spans, links, HTML, entities, strikethrough, pipes), collapses line breaks
// (to spaces, or <br> in table cells) and trims the ends. Intraword underscores stay readable.
QString escapeInline(const QString &text, const InlineContext &context = {});

// Text inside a fenced block is literal; only line breaks must go, since each value is one line.
QString singleLine(const QString &text);

// A fenced code block around `content`, with a fence longer than any backtick run that starts a
// line of the content, so code containing ``` cannot close it early.
QString fencedBlock(const QString &infoString, const QString &content);

} // namespace lr::markdown
