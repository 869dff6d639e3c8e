#include "markdown/markdownescape.h"

#include "markdown/cmarkdocument.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr::markdown {

namespace {

bool isBackslashEscaped(const QString &text, qsizetype at)
{
    qsizetype backslashes = 0;
    while (at - backslashes > 0 && text[at - backslashes - 1] == u'\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

// A backtick run opens a code span only when a run of the same length follows; one that nothing
// closes in its own value would pair with backticks further down the document.
QString escapeUnclosedBackticks(const QString &line)
{
    QString out;
    out.reserve(line.size() + 4);
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u'`') {
            out += line[i++];
            continue;
        }
        qsizetype run = 1;
        while (i + run < line.size() && line[i + run] == u'`')
            ++run;
        if (isBackslashEscaped(line, i)) { // "\`" is already literal; the rest of the run is a run
            out += line[i++];
            continue;
        }
        qsizetype close = -1;
        for (qsizetype j = i + run; j < line.size();) {
            if (line[j] != u'`') {
                ++j;
                continue;
            }
            qsizetype other = 1;
            while (j + other < line.size() && line[j + other] == u'`')
                ++other;
            if (other == run) {
                close = j;
                break;
            }
            j += other;
        }
        if (close < 0) {
            for (qsizetype k = 0; k < run; ++k)
                out += u"\\`"_s;
            i += run;
        } else {
            out += line.mid(i, close + run - i); // the code span, untouched
            i = close + run;
        }
    }
    return out;
}

// True when `line`, as the first line of a list item, reads as one plain paragraph.
bool staysParagraphInListItem(const QString &line)
{
    const CmarkDocument document(u"- "_s + line);
    cmark_node *list = cmark_node_first_child(document.root());
    if (!list || cmark_node_next(list) || cmark_node_get_type(list) != CMARK_NODE_LIST)
        return false;
    cmark_node *item = cmark_node_first_child(list);
    if (!item || cmark_node_next(item) || CmarkDocument::typeName(item) != u"item")
        return false;
    cmark_node *paragraph = cmark_node_first_child(item);
    return paragraph && !cmark_node_next(paragraph) && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH;
}

// At the start of a list item, a value could open a heading, quote, nested list, task box,
// rule, fence, HTML block or link definition: cmark-gfm says whether it does, and a backslash
// before the marker (or before the "." of "1.") keeps it text.
QString escapeBlockStart(const QString &line, const QString &separator)
{
    // What follows in the line counts too: "[x]" alone is text, "[x] - notes" a task box.
    if (line.isEmpty()
        || (staysParagraphInListItem(line) && (separator.isEmpty() || staysParagraphInListItem(line + separator + u'x'))))
        return line;
    static const QRegularExpression orderedMarker(u"^[0-9]{1,9}(?=[.)])"_s);
    const QRegularExpressionMatch m = orderedMarker.match(line);
    if (m.hasMatch())
        return line.left(m.capturedLength()) + u'\\' + line.mid(m.capturedLength());
    if (line[0].unicode() < 128 && (line[0].isPunct() || line[0].isSymbol()))
        return u'\\' + line;
    return line;
}

// A value that ends in an unescaped backslash would be a hard line break before the next line.
QString escapeTrailingBackslash(const QString &text)
{
    if (text.endsWith(u'\\') && !isBackslashEscaped(text, text.size() - 1))
        return text + u'\\';
    return text;
}

QString escapeSeparator(const QString &text, const QString &separator)
{
    const qsizetype punctuation = separatorPunctuation(separator);
    if (punctuation < 0)
        return text;
    // Every occurrence, overlapping ones too ("a - - b"), and one that the separator itself would
    // complete after the value ("a -" followed by " - "): the reader splits at the first one.
    QString out = text;
    for (;;) {
        const qsizetype at = findSeparator(out + separator, separator);
        if (at < 0 || at >= out.size() || at + punctuation >= out.size())
            return out;
        out.insert(at + punctuation, u'\\');
    }
}

QStringList normalizedLines(const QString &text)
{
    QString unified = text;
    unified.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QStringList lines = unified.trimmed().split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    return lines;
}

// "<br>" (and "<br/>", "<br />") as the line break a table cell prints it for.
QString withLineBreaksForBr(QString text)
{
    static const QRegularExpression lineBreak(u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption);
    return text.replace(lineBreak, u"\n"_s);
}

} // namespace

qsizetype separatorPunctuation(const QString &separator)
{
    for (qsizetype i = 0; i < separator.size(); ++i) {
        if (separator[i].isPunct() || separator[i].isSymbol())
            return i;
    }
    return -1;
}

qsizetype findSeparator(const QString &text, const QString &separator, qsizetype from)
{
    const qsizetype punctuation = separatorPunctuation(separator);
    for (qsizetype at = text.indexOf(separator, from, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(separator, at + 1, Qt::CaseInsensitive)) {
        if (punctuation < 0 || !isBackslashEscaped(text, at + punctuation))
            return at;
    }
    return -1;
}

QString escapeInline(const QString &text, const InlineContext &context)
{
    // In a table cell a typed <br> is the line break it prints as, and reads back as one.
    QStringList lines = normalizedLines(context.inTableCell ? withLineBreaksForBr(text) : text);
    if (!context.inTableCell) // line breaks become spaces, so the lines are one line
        lines = QStringList{singleLine(text)};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = escapeUnclosedBackticks(lines[i]);
        if (!context.separator.isEmpty())
            line = escapeSeparator(line, context.separator);
        if (i == 0 && context.atLineStart)
            line = escapeBlockStart(line, context.separator);
        if (context.inTableCell) { // GitHub reads every "\\|" in a cell as a "|", code spans too
            line = escapeTrailingBackslash(line);
            line.replace(u'|', u"\\|"_s);
        }
        lines[i] = line;
    }
    if (context.inTableCell)
        return lines.join(u"<br>"_s);
    return escapeTrailingBackslash(lines.join(u' '));
}

QString unescapeTableCell(const QString &cellSource)
{
    QString text = cellSource.trimmed();
    return withLineBreaksForBr(text.replace(u"\\|"_s, u"|"_s));
}

QString withoutSpaceBeforeBlankLines(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    QString fence; // the fence that opened the code block we are in
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (fence.isEmpty() && (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s))) {
            fence = trimmed.left(3);
            continue;
        }
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence))
                fence.clear();
            continue;
        }
        const bool endsBlock = i + 1 == lines.size() || lines[i + 1].trimmed().isEmpty();
        if (endsBlock) {
            while (!lines[i].isEmpty() && lines[i].back().isSpace())
                lines[i].chop(1);
        }
    }
    return lines.join(u'\n');
}

QString singleLine(const QString &text)
{
    QStringList lines = normalizedLines(text);
    lines.removeAll(QString());
    return lines.join(u' ');
}

QString fencedBlock(const QString &infoString, const QString &content)
{
    qsizetype longestRun = 0;
    for (const QStringView line : QStringView(content).split(u'\n')) {
        const QStringView stripped = line.trimmed();
        qsizetype run = 0;
        while (run < stripped.size() && stripped[run] == u'`')
            ++run;
        longestRun = std::max(longestRun, run);
    }
    const QString fence(std::max<qsizetype>(3, longestRun + 1), u'`');
    // An info string may not hold backticks or line breaks; neither belongs in a language name.
    QString info = singleLine(infoString);
    info.remove(u'`');
    return fence + info + u'\n' + content + u'\n' + fence;
}

} // namespace lr::markdown
