#pragma once

#include <QString>

#include <functional>

namespace lr::markdown {

// Decides what an image in the Markdown shows: given the URL as written, the URL to embed (a
// data: URI, a document resource), or an empty string to show it as a link to the URL instead.
using ImageUrlResolver = std::function<QString(const QString &url)>;

// Markdown rendered for reading: cmark-gfm with the GitHub extensions in safe mode (raw HTML and
// javascript: links dropped, tags filtered), soft line breaks kept as line breaks so that
// consecutive "**Label**: value" lines stay on their own lines, task-list check boxes drawn as
// ☑ / ☐ (QTextDocument drops form controls), and images only where `resolveImage` allows them,
// so that rendering never fetches anything. Without a resolver every image becomes a link.
QString markdownToHtml(const QString &markdown, const ImageUrlResolver &resolveImage = {});

// One field's value, GitHub-flavoured inline Markdown, as HTML without a paragraph around it
// (code spans, emphasis, links, strikethrough), in the same safe mode; for places that show a
// value outside the Markdown body, such as the title block.
QString inlineMarkdownToHtml(const QString &value);
// The same value as the text a reader sees, for plain-text places (PDF title and author).
QString inlineMarkdownToPlainText(const QString &value);

inline constexpr QStringView kCheckedGlyph = u"\u2611";
inline constexpr QStringView kUncheckedGlyph = u"\u2610";

} // namespace lr::markdown
