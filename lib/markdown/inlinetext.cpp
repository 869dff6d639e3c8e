#include "markdown/inlinetext.h"

#include "markdown/cmarkdocument.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr::markdown {

namespace {

QString literalOf(cmark_node *node)
{
    return QString::fromUtf8(cmark_node_get_literal(node));
}

// A code span as it was written: a fence of backticks longer than any run inside.
QString codeSpan(const QString &code)
{
    int longest = 0, run = 0;
    for (const QChar c : code) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, u'`');
    const bool pad = code.startsWith(u'`') || code.endsWith(u'`');
    return pad ? QString(fence + u' ' + code + u' ' + fence) : QString(fence + code + fence);
}

void appendText(cmark_node *node, bool inTableCell, QString &out);

void appendChildren(cmark_node *parent, bool inTableCell, QString &out)
{
    for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child))
        appendText(child, inTableCell, out);
}

void appendText(cmark_node *node, bool inTableCell, QString &out)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_TEXT:
        out += literalOf(node);
        return;
    case CMARK_NODE_CODE:
        out += codeSpan(literalOf(node));
        return;
    case CMARK_NODE_SOFTBREAK:
        out += u' ';
        return;
    case CMARK_NODE_LINEBREAK:
        out += u'\n';
        return;
    case CMARK_NODE_HTML_INLINE: {
        const QString html = literalOf(node);
        static const QStringList lineBreaks = {u"<br>"_s, u"<br/>"_s, u"<br />"_s};
        out += inTableCell && lineBreaks.contains(html, Qt::CaseInsensitive) ? u"\n"_s : html;
        return;
    }
    case CMARK_NODE_EMPH:
        out += u'*';
        appendChildren(node, inTableCell, out);
        out += u'*';
        return;
    case CMARK_NODE_STRONG:
        out += u"**"_s;
        appendChildren(node, inTableCell, out);
        out += u"**"_s;
        return;
    case CMARK_NODE_LINK:
    case CMARK_NODE_IMAGE: {
        QString label;
        appendChildren(node, inTableCell, label);
        const QString url = QString::fromUtf8(cmark_node_get_url(node));
        const bool image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
        // An autolink (a bare URL or <URL>) is its own text.
        if (!image && (label == url || u"mailto:"_s + label == url))
            out += label;
        else
            out += (image ? u"!["_s : u"["_s) + label + u"]("_s + url + u')';
        return;
    }
    default:
        if (CmarkDocument::typeName(node) == u"strikethrough") {
            out += u"~~"_s;
            appendChildren(node, inTableCell, out);
            out += u"~~"_s;
            return;
        }
        appendChildren(node, inTableCell, out);
        return;
    }
}

// Characters that can make a piece of Markdown differ from its text.
bool mayHoldMarkup(const QString &text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': case '&': case '`': case '*': case '_': case '[': case ']': case '<': case '~': case '!':
            return true;
        default:
            break;
        }
    }
    return false;
}

} // namespace

QString textOfInlines(cmark_node *parent, bool inTableCell)
{
    QString text;
    appendChildren(parent, inTableCell, text);
    return text;
}

QString unescapeInline(const QString &fragment, QChar before)
{
    const QString trimmed = fragment.trimmed();
    if (!mayHoldMarkup(trimmed))
        return trimmed;
    // Parsed behind a stand-in for the character that preceded it, so emphasis sees the same
    // neighbour. A no-break space counts as white space for emphasis but opens no block.
    QChar standIn = u'\u00A0';
    if (!before.isNull() && !before.isSpace())
        standIn = before.isLetterOrNumber() ? u'a' : u'.';
    const CmarkDocument document(standIn + trimmed);
    cmark_node *paragraph = cmark_node_first_child(document.root());
    if (!paragraph || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH || cmark_node_next(paragraph))
        return trimmed;
    const QString text = textOfInlines(paragraph);
    if (!text.startsWith(standIn))
        return trimmed;
    return text.mid(1).trimmed();
}

} // namespace lr::markdown
