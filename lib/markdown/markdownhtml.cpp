#include "markdown/markdownhtml.h"

#include "markdown/cmarkdocument.h"

#include <QList>

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
    return withGlyphCheckBoxes(document.toHtml(CMARK_OPT_DEFAULT | CMARK_OPT_HARDBREAKS));
}

} // namespace lr::markdown
