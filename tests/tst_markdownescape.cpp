#include "markdown/cmarkdocument.h"
#include "markdown/markdownescape.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr::markdown;

// Every value, escaped for its place, must parse back with cmark-gfm into the same structure
// (same blocks, no markup appearing from user text) and the same text.
class TestMarkdownEscape : public QObject
{
    Q_OBJECT

private slots:
    void inlineValue_roundTripsThroughCmark_data();
    void inlineValue_roundTripsThroughCmark();
    void separatorInValue_isEscaped();
    void codeWithFences_getsALongerFence_data();
    void codeWithFences_getsALongerFence();
    void infoString_losesBackticks();
};

namespace {

// The blocks of a document and any inline node that is markup rather than text.
QString structureOf(cmark_node *root)
{
    QStringList parts;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        const QString type = CmarkDocument::typeName(node);
        // GFM's autolink extension turns URLs in text into links showing the URL itself: the
        // text is unchanged, so that is not markup from the user's value.
        const bool autolink = type == u"link"
            && QString::fromUtf8(cmark_node_get_url(node)).endsWith(CmarkDocument::literalText(node));
        const bool plainInline = type == u"text" || type == u"softbreak" || autolink
            || (type == u"html_inline" && CmarkDocument::literalText(node) == u"<br>");
        if (!plainInline)
            parts.append(type);
    }
    cmark_iter_free(iter);
    return parts.join(u' ');
}

struct Context
{
    QString name;
    QString prefix;
    QString suffix;
    InlineContext inlineContext;
    QString valueNodeType;
};

QList<Context> contexts()
{
    InlineContext lineStart;
    lineStart.atLineStart = true;
    InlineContext cell;
    cell.inTableCell = true;
    return {
        {u"label"_s, u"**Service**: "_s, QString(), {}, u"paragraph"_s},
        {u"bullet"_s, u"- "_s, QString(), lineStart, u"paragraph"_s},
        {u"numbered"_s, u"1. "_s, QString(), lineStart, u"paragraph"_s},
        {u"checklist"_s, u"- [ ] Other: "_s, QString(), {}, u"paragraph"_s},
        {u"table"_s, u"| Time | Event |\n|------|-------|\n| "_s, u" | x |"_s, cell, u"table_cell"_s},
    };
}

} // namespace

void TestMarkdownEscape::inlineValue_roundTripsThroughCmark_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedText"); // what a reader sees; empty means `value`
    QTest::addColumn<int>("contextIndex");

    const QList<std::pair<const char *, QString>> values = {
        {"plain", u"checkout-api"_s},
        {"pipe", u"a | b || c"_s},
        {"heading marker", u"# not a heading"_s},
        {"hashes only", u"###"_s},
        {"dash", u"- not a list"_s},
        {"plus", u"+ not a list"_s},
        {"rule", u"---"_s},
        {"setext", u"=== x"_s},
        {"ordered", u"1. not a list"_s},
        {"ordered paren", u"12) not a list"_s},
        {"quote", u"> not a quote"_s},
        {"backticks", u"call `removeListener()` now"_s},
        {"triple backticks", u"```js"_s},
        {"emphasis", u"*very* _much_ **so** __too__"_s},
        {"snake case", u"session_manager_v2.ts"_s},
        {"leading underscore", u"_private and trailing_"_s},
        {"link", u"[docs](http://example.com) ![img](x.png)"_s},
        {"brackets", u"[Service Name]"_s},
        {"task marker", u"[ ] not a task"_s},
        {"html", u"<script>alert(1)</script> <b>bold</b>"_s},
        {"autolink angle", u"<http://example.com>"_s},
        {"entity", u"&amp; &#35; &#x41; &copy;"_s},
        {"ampersand", u"R&D & ops"_s},
        {"strikethrough", u"~~gone~~ ~x~"_s},
        {"backslash", u"C:\\temp\\new \\*"_s},
        {"trailing backslash", u"ends with \\"_s},
        {"unicode", u"Größe ✓ → 日本語 🚀"_s},
        {"url", u"https://grafana.example.com/d/abc_def?from=now-6h&to=now"_s},
        {"www", u"www.example.com/path"_s},
        {"angle arrows", u"Map<string, Session> -> leak"_s},
        {"exclamation", u"Watch out!"_s},
    };
    const QList<Context> all = contexts();
    for (int c = 0; c < all.size(); ++c) {
        for (const auto &[name, value] : values)
            QTest::addRow("%s in %s", name, qPrintable(all[c].name)) << value << QString() << c;
        // Line breaks: collapsed to spaces inline, kept as <br> in table cells.
        const bool table = all[c].inlineContext.inTableCell;
        QTest::addRow("newlines in %s", qPrintable(all[c].name))
            << u"first line\r\nsecond | line\n\nthird"_s
            << (table ? u"first line<br>second | line<br><br>third"_s : u"first line second | line third"_s) << c;
        QTest::addRow("outer spaces in %s", qPrintable(all[c].name)) << u"  padded  "_s << u"padded"_s << c;
    }
}

void TestMarkdownEscape::inlineValue_roundTripsThroughCmark()
{
    QFETCH(QString, value);
    QFETCH(QString, expectedText);
    QFETCH(int, contextIndex);
    const Context context = contexts().at(contextIndex);
    if (expectedText.isEmpty())
        expectedText = value;

    const QString escaped = escapeInline(value, context.inlineContext);
    const CmarkDocument actual(context.prefix + escaped + context.suffix);
    const CmarkDocument reference(context.prefix + u"plain"_s + context.suffix);
    QCOMPARE(structureOf(actual.root()), structureOf(reference.root()));

    // The value's node: the paragraph (minus the label before it) or the first table body cell.
    cmark_node *node = CmarkDocument::findFirst(actual.root(), context.valueNodeType);
    if (context.valueNodeType == u"table_cell") {
        cmark_node *headerRow = cmark_node_first_child(CmarkDocument::findFirst(actual.root(), u"table"_s));
        node = cmark_node_first_child(cmark_node_next(headerRow));
    }
    QVERIFY(node);
    QString text = CmarkDocument::literalText(node);
    if (context.prefix.startsWith(u"**Service**"))
        text.remove(0, QStringLiteral("Service: ").size());
    if (context.prefix.contains(u"Other: "))
        text.remove(0, QStringLiteral("Other: ").size());
    QCOMPARE(text, expectedText);
}

void TestMarkdownEscape::separatorInValue_isEscaped()
{
    InlineContext context;
    context.atLineStart = true;
    context.separator = u" - "_s;
    const QString escaped = escapeInline(u"src/a - b.ts"_s, context);
    QCOMPARE(escaped, u"src/a \\- b.ts"_s);
    const CmarkDocument doc(u"- "_s + escaped + u" - Fixed it"_s);
    QCOMPARE(CmarkDocument::literalText(doc.root()), u"src/a - b.ts - Fixed it"_s);
}

void TestMarkdownEscape::codeWithFences_getsALongerFence_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expectedFence");
    QTest::newRow("plain") << u"const a = 1;"_s << u"```"_s;
    QTest::newRow("inner fence") << u"const md = `\n```js\nx\n```\n`;"_s << u"````"_s;
    QTest::newRow("indented long fence") << u"  `````\nstill code"_s << u"``````"_s;
    QTest::newRow("tilde fence") << u"~~~\nnot a backtick fence\n~~~"_s << u"```"_s;
    QTest::newRow("inline backticks") << u"a ``` b"_s << u"```"_s;
    QTest::newRow("blank lines and indentation") << u"if (x) {\n\n    deep();\n}\n"_s << u"```"_s;
}

void TestMarkdownEscape::codeWithFences_getsALongerFence()
{
    QFETCH(QString, code);
    QFETCH(QString, expectedFence);
    const QString block = fencedBlock(u"typescript"_s, code);
    QVERIFY(block.startsWith(expectedFence + u"typescript\n"));
    QVERIFY(block.endsWith(u'\n' + expectedFence));
    const CmarkDocument doc(block + u"\n\nafter"_s);
    cmark_node *codeBlock = cmark_node_first_child(doc.root());
    QCOMPARE(cmark_node_get_type(codeBlock), CMARK_NODE_CODE_BLOCK);
    QCOMPARE(QString::fromUtf8(cmark_node_get_fence_info(codeBlock)), u"typescript"_s);
    QCOMPARE(CmarkDocument::literalText(codeBlock), code + u'\n');
    QCOMPARE(cmark_node_get_type(cmark_node_next(codeBlock)), CMARK_NODE_PARAGRAPH);
}

void TestMarkdownEscape::infoString_losesBackticks()
{
    QCOMPARE(fencedBlock(u"type`script\n"_s, u"x"_s), u"```typescript\nx\n```"_s);
}

QTEST_GUILESS_MAIN(TestMarkdownEscape)
#include "tst_markdownescape.moc"
