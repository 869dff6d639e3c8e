#pragma once

#include <QString>

#include <cmark-gfm.h>

namespace lr::markdown {

// The inverse of escapeInline: what the user typed, given the Markdown that printed it.
//
// Escapes and entities are undone by cmark-gfm. Markup that a writer never produces (emphasis,
// links, code spans written by hand) is kept as its Markdown source, so that nothing a person
// wrote is dropped: "*slow*" stays "*slow*".

// The text of the inline children of `parent` (a paragraph, heading or table cell). In a table
// cell, <br> is a line break.
QString textOfInlines(cmark_node *parent, bool inTableCell = false);

// A piece of one line of Markdown, cut out of its line by a template pattern. `before` is the
// character that preceded it in the line (null at the start of the line): emphasis rules depend
// on it, and at the start of a line the writer has escaped anything that would open a block.
QString unescapeInline(const QString &fragment, QChar before);

} // namespace lr::markdown
