#include "markdown/cmarkdocument.h"
#include "markdown/markdownescape.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr::markdown;

// A value is inline Markdown as typed. Printed in its place, it must keep the document's
// structure (same blocks around it) and mean what it means alone: the HTML of the document is the
// HTML of the same document with the value's own inline HTML in its place.
class TestMarkdownEscape : public QObject
{
    Q_OBJECT

private slots:
    void inlineValue_keepsStructureAndMeaning_data();
    void inlineValue_keepsStructureAndMeaning();
    void typedMarkdown_isPrintedAsTyped_data();
    void typedMarkdown_isPrintedAsTyped();
    void tableCell_unescapesWhatItEscaped();
    void separatorInValue_isEscaped();
    void codeWithFences_getsALongerFence_data();
    void codeWithFences_getsALongerFence();
    void infoString_losesBackticks();
};

namespace {

struct Context
{
    QString name;
    QString prefix;
    QString suffix;
    InlineContext inlineContext;
};

QList<Context> contexts()
{
    InlineContext lineStart;
    lineStart.atLineStart = true;
    InlineContext cell;
    cell.inTableCell = true;
    // Each value is followed by the next line of its block, which unclosed markup could reach.
    return {
        {u"label"_s, u"**Service**: "_s, u"\n**Date**: 2026-01-01 ` * _ ~~ ] <"_s, {}},
        {u"bullet"_s, u"- "_s, u"\n- next ` * _ ~~ ]"_s, lineStart},
        {u"numbered"_s, u"1. "_s, u"\n2. next ` * _ ~~ ]"_s, lineStart},
        {u"checklist"_s, u"- [ ] Other: "_s, u"\n- [ ] next ` * _ ~~ ]"_s, {}},
        {u"table"_s, u"| Time | Event |\n|------|-------|\n| "_s, u" | x |\n| y | ` * |"_s, cell},
    };
}

constexpr QStringView kToken = u"VALUEHERE";

// The inline HTML of a value alone, behind a letter so that nothing in it can start a block.
QString aloneHtml(const QString &value)
{
    const QString html = CmarkDocument(u"x "_s + value).toHtml().trimmed();
    return html.mid(5, html.size() - 5 - 4); // "<p>x " ... "</p>"
}

} // namespace

void TestMarkdownEscape::inlineValue_keepsStructureAndMeaning_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("meant"); // the inline Markdown it stands for; empty means `value`
    QTest::addColumn<int>("contextIndex");

    const QList<std::pair<const char *, QString>> values = {
        {"plain", u"checkout-api"_s},
        {"pipe", u"a | b || c"_s},
        {"heading marker", u"# not a heading"_s},
        {"hashes only", u"###"_s},
        {"dash", u"- not a list"_s},
        {"star", u"* not a list"_s},
        {"plus", u"+ not a list"_s},
        {"rule", u"---"_s},
        {"star rule", u"* * *"_s},
        {"setext", u"=== x"_s},
        {"ordered", u"1. not a list"_s},
        {"ordered paren", u"12) not a list"_s},
        {"quote", u"> not a quote"_s},
        {"code span", u"call `removeListener()` now"_s},
        {"unclosed backtick", u"a ` b"_s},
        {"unclosed double backtick", u"a `` b ` c"_s},
        {"triple backticks", u"```js"_s},
        {"tilde fence", u"~~~"_s},
        {"emphasis", u"*very* _much_ **so** __too__"_s},
        {"snake case", u"session_manager_v2.ts"_s},
        {"leading underscore", u"_private and trailing_"_s},
        {"link", u"[docs](http://example.com) ![img](x.png)"_s},
        {"brackets", u"[Service Name]"_s},
        {"link definition", u"[foo]: http://example.com"_s},
        {"task marker", u"[ ] not a task"_s},
        {"html", u"<script>alert(1)</script> <b>bold</b>"_s},
        {"html block", u"<div>block</div>"_s},
        {"autolink angle", u"<http://example.com>"_s},
        {"entity", u"&amp; &#35; &#x41; &copy;"_s},
        {"ampersand", u"R&D & ops"_s},
        {"strikethrough", u"~~gone~~ ~x~"_s},
        {"approximately", u"~4% of sessions"_s},
        {"backslash", u"C:\\temp\\new \\*"_s},
        {"unicode", u"Größe ✓ → 日本語 🚀"_s},
        {"url", u"https://grafana.example.com/d/abc_def?from=now-6h&to=now"_s},
        {"www", u"www.example.com/path"_s},
        {"angle arrows", u"Map<string, Session> -> leak"_s},
        {"exclamation", u"Watch out!"_s},
        {"label look-alike", u"**Date**: 2026-01-01"_s},
    };
    const QList<Context> all = contexts();
    for (int c = 0; c < all.size(); ++c) {
        for (const auto &[name, value] : values) {
            // Raw HTML that would open an HTML block at the start of a list item is escaped: it
            // shows as the text typed (safe rendering drops raw HTML either way).
            const bool htmlBlock = all[c].inlineContext.atLineStart && value.startsWith(u'<') && !value.startsWith(u"<http"_s);
            QTest::addRow("%s in %s", name, qPrintable(all[c].name)) << value << (htmlBlock ? u'\\' + value : QString()) << c;
        }
        // A trailing backslash would be a hard line break before the next line.
        QTest::addRow("trailing backslash in %s", qPrintable(all[c].name)) << u"ends with \\"_s
            << u"ends with \\\\"_s << c;
        // Line breaks: spaces inline, <br> in table cells.
        const bool table = all[c].inlineContext.inTableCell;
        QTest::addRow("newlines in %s", qPrintable(all[c].name))
            << u"first line\r\nsecond | line\n\nthird"_s
            << (table ? u"first line<br>second | line<br><br>third"_s : u"first line second | line third"_s) << c;
        QTest::addRow("outer spaces in %s", qPrintable(all[c].name)) << u"  padded  "_s << u"padded"_s << c;
    }
}

void TestMarkdownEscape::inlineValue_keepsStructureAndMeaning()
{
    QFETCH(QString, value);
    QFETCH(QString, meant);
    QFETCH(int, contextIndex);
    const Context context = contexts().at(contextIndex);
    if (meant.isEmpty())
        meant = value;

    const QString printed = escapeInline(value, context.inlineContext);
    const QString actual = CmarkDocument(context.prefix + printed + context.suffix).toHtml();
    QString expected = CmarkDocument(context.prefix + kToken + context.suffix).toHtml();
    expected.replace(kToken.toString(), aloneHtml(meant));
    if (actual != expected)
        qWarning().noquote() << "printed as:" << printed;
    QCOMPARE(actual, expected);
}

void TestMarkdownEscape::typedMarkdown_isPrintedAsTyped_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("inTableCell");
    QTest::addColumn<QString>("printed");
    QTest::newRow("code span") << u"`price-update` and `once()`"_s << false << u"`price-update` and `once()`"_s;
    QTest::newRow("tilde") << u"~4%"_s << false << u"~4%"_s;
    QTest::newRow("pipe inline") << u"(web | mobile)"_s << false << u"(web | mobile)"_s;
    QTest::newRow("pipe in cell") << u"(web | mobile)"_s << true << u"(web \\| mobile)"_s;
    QTest::newRow("emphasis and link") << u"*new* [PR](https://e.com/1) ~~old~~"_s << false
                                       << u"*new* [PR](https://e.com/1) ~~old~~"_s;
    QTest::newRow("escapes typed") << u"\\*not emphasis\\*"_s << false << u"\\*not emphasis\\*"_s;
}

void TestMarkdownEscape::typedMarkdown_isPrintedAsTyped()
{
    QFETCH(QString, value);
    QFETCH(bool, inTableCell);
    QFETCH(QString, printed);
    InlineContext context;
    context.inTableCell = inTableCell;
    QCOMPARE(escapeInline(value, context), printed);
}

void TestMarkdownEscape::tableCell_unescapesWhatItEscaped()
{
    InlineContext cell;
    cell.inTableCell = true;
    const QList<std::pair<QString, QString>> values = {
        {u"a | b"_s, u"a | b"_s}, {u"a \\| b"_s, u"a \\| b"_s}, {u"a \\\\| b"_s, u"a \\\\| b"_s},
        {u"`x | y`"_s, u"`x | y`"_s}, {u"one\ntwo"_s, u"one\ntwo"_s},
        {u"end \\"_s, u"end \\\\"_s}, // a trailing backslash gets its escape, meaning the same
    };
    for (const auto &[value, readBack] : values)
        QCOMPARE(unescapeTableCell(escapeInline(value, cell)), readBack);
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
