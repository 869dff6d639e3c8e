#pragma once

#include <QString>

#include <cmark-gfm.h>

namespace lr::markdown {

// A Markdown text parsed by cmark-gfm with the GitHub extensions (table, tasklist,
// strikethrough, autolink, tagfilter). The one place that owns parser and tree; the HTML
// renderer is handed the parser's extension list, without which tables and task lists vanish.
class CmarkDocument
{
public:
    explicit CmarkDocument(const QString &markdown, int options = CMARK_OPT_DEFAULT);
    ~CmarkDocument();
    CmarkDocument(const CmarkDocument &) = delete;
    CmarkDocument &operator=(const CmarkDocument &) = delete;

    cmark_node *root() const { return m_root; }

    // Safe HTML: raw HTML and dangerous URLs are dropped unless `options` says CMARK_OPT_UNSAFE.
    QString toHtml(int options = CMARK_OPT_DEFAULT) const;

    // The text a reader sees in `node`: text, code spans and line breaks of its descendants,
    // with Markdown escapes already undone by the parser.
    static QString literalText(cmark_node *node);
    static QString typeName(cmark_node *node);
    // The first node of `type` at or below `node` in document order, or null.
    static cmark_node *findFirst(cmark_node *node, cmark_node_type type);
    // The same by type name ("table", "table_cell"): Debian's headers do not export the
    // extensions' node type constants.
    static cmark_node *findFirst(cmark_node *node, const QString &typeName);

private:
    cmark_parser *m_parser = nullptr;
    cmark_node *m_root = nullptr;
};

} // namespace lr::markdown
