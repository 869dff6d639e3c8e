#include "markdown/cmarkdocument.h"

#include <cmark-gfm-core-extensions.h>

#include <cstdlib>
#include <mutex>

using namespace Qt::StringLiterals;

namespace lr::markdown {

namespace {
void ensureExtensionsRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

constexpr const char *kExtensions[] = {"table", "tasklist", "strikethrough", "autolink", "tagfilter"};
} // namespace

CmarkDocument::CmarkDocument(const QString &markdown, int options)
{
    ensureExtensionsRegistered();
    m_parser = cmark_parser_new(options);
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser, extension);
    }
    const QByteArray utf8 = markdown.toUtf8();
    cmark_parser_feed(m_parser, utf8.constData(), size_t(utf8.size()));
    m_root = cmark_parser_finish(m_parser);
}

CmarkDocument::~CmarkDocument()
{
    if (m_root)
        cmark_node_free(m_root);
    if (m_parser)
        cmark_parser_free(m_parser);
}

QString CmarkDocument::toHtml(int options) const
{
    char *html = cmark_render_html(m_root, options, cmark_parser_get_syntax_extensions(m_parser));
    const QString result = QString::fromUtf8(html);
    std::free(html);
    return result;
}

QString CmarkDocument::literalText(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *current = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(current);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE || type == CMARK_NODE_CODE_BLOCK
            || type == CMARK_NODE_HTML_INLINE)
            text += QString::fromUtf8(cmark_node_get_literal(current));
        else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            text += u'\n';
    }
    cmark_iter_free(iter);
    return text;
}

QString CmarkDocument::typeName(cmark_node *node)
{
    return QString::fromUtf8(cmark_node_get_type_string(node));
}

namespace {
template<typename Predicate>
cmark_node *findFirstMatching(cmark_node *node, Predicate matches)
{
    cmark_node *found = nullptr;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev; !found && (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev == CMARK_EVENT_ENTER && matches(cmark_iter_get_node(iter)))
            found = cmark_iter_get_node(iter);
    }
    cmark_iter_free(iter);
    return found;
}
} // namespace

cmark_node *CmarkDocument::findFirst(cmark_node *node, cmark_node_type type)
{
    return findFirstMatching(node, [type](cmark_node *n) { return cmark_node_get_type(n) == type; });
}

cmark_node *CmarkDocument::findFirst(cmark_node *node, const QString &typeName)
{
    return findFirstMatching(node, [&typeName](cmark_node *n) { return CmarkDocument::typeName(n) == typeName; });
}

} // namespace lr::markdown
