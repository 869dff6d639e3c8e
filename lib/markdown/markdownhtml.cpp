#include "markdown/markdownhtml.h"

#include "markdown/cmarkdocument.h"

#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lr::markdown {

namespace {

QList<cmark_node *> imagesIn(cmark_node *root)
{
    QList<cmark_node *> images;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(cmark_iter_get_node(iter)) == CMARK_NODE_IMAGE)
            images.append(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);
    return images;
}

// Replaces `image` by a link to the same URL around the same alt text.
void turnIntoLink(cmark_node *image)
{
    cmark_node *link = cmark_node_new(CMARK_NODE_LINK);
    cmark_node_set_url(link, cmark_node_get_url(image));
    cmark_node_set_title(link, cmark_node_get_title(image));
    while (cmark_node *child = cmark_node_first_child(image))
        cmark_node_append_child(link, child); // moves the child
    cmark_node_insert_before(image, link);
    cmark_node_free(image);
}

void resolveImages(cmark_node *root, const ImageUrlResolver &resolveImage)
{
    for (cmark_node *image : imagesIn(root)) {
        const QString written = QString::fromUtf8(cmark_node_get_url(image));
        const QString resolved = resolveImage ? resolveImage(written) : QString();
        if (resolved.isEmpty())
            turnIntoLink(image);
        else
            cmark_node_set_url(image, resolved.toUtf8().constData());
    }
}

// Safe mode would drop raw HTML typed into a field, losing it from the page; it is shown as the
// text it is instead, and "<br>" (how a table cell holds a line break) breaks the line.
void makeHtmlInert(cmark_node *root)
{
    QList<cmark_node *> html;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        const cmark_node_type type = cmark_node_get_type(cmark_iter_get_node(iter));
        if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK))
            html.append(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);
    static const QRegularExpression lineBreak(u"^<br\\s*/?>$"_s, QRegularExpression::CaseInsensitiveOption);
    for (cmark_node *node : html) {
        const QString literal = QString::fromUtf8(cmark_node_get_literal(node));
        cmark_node *replacement = nullptr;
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK) {
            replacement = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(text, literal.trimmed().toUtf8().constData());
            cmark_node_append_child(replacement, text);
        } else if (lineBreak.match(literal).hasMatch()) {
            replacement = cmark_node_new(CMARK_NODE_LINEBREAK);
        } else {
            replacement = cmark_node_new(CMARK_NODE_TEXT);
            cmark_node_set_literal(replacement, literal.toUtf8().constData());
        }
        cmark_node_replace(node, replacement);
        cmark_node_free(node);
    }
}

// cmark-gfm prints task items with exactly these two controls.
QString withGlyphCheckBoxes(QString html)
{
    // A list of tasks shows its boxes instead of bullets.
    html.replace(u"<ul>\n<li><input type=\"checkbox\""_s, u"<ul class=\"tasks\">\n<li><input type=\"checkbox\""_s);
    html.replace(u"<input type=\"checkbox\" checked=\"\" disabled=\"\" />"_s,
                 u"<span class=\"task checked\">"_s + kCheckedGlyph + u"</span>"_s);
    html.replace(u"<input type=\"checkbox\" disabled=\"\" />"_s,
                 u"<span class=\"task\">"_s + kUncheckedGlyph + u"</span>"_s);
    return html;
}

} // namespace

QString markdownToHtml(const QString &markdown, const ImageUrlResolver &resolveImage)
{
    CmarkDocument document(markdown);
    resolveImages(document.root(), resolveImage);
    makeHtmlInert(document.root());
    return withGlyphCheckBoxes(document.toHtml(CMARK_OPT_DEFAULT | CMARK_OPT_HARDBREAKS));
}

namespace {
// A value alone could read as a block ("# x", "- x", "1. x"); behind a letter it is inline only.
constexpr QStringView kInlineLead = u"x ";
} // namespace

QString inlineMarkdownToHtml(const QString &value)
{
    CmarkDocument document(kInlineLead + value.trimmed());
    resolveImages(document.root(), {});
    makeHtmlInert(document.root());
    QString html = document.toHtml(CMARK_OPT_DEFAULT).trimmed();
    const QString open = u"<p>"_s + kInlineLead;
    if (!html.startsWith(open) || !html.endsWith(u"</p>"_s))
        return value.toHtmlEscaped();
    return html.mid(open.size(), html.size() - open.size() - 4);
}

QString inlineMarkdownToPlainText(const QString &value)
{
    const CmarkDocument document(kInlineLead + value.trimmed());
    return CmarkDocument::literalText(document.root()).mid(kInlineLead.size()).simplified();
}

} // namespace lr::markdown
