#include "markdown/markdownescape.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr::markdown {

namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber(); }

// "&amp;", "&#123;", "&#x1F;" would turn into the character they name.
bool startsEntity(const QString &text, qsizetype at)
{
    static const QRegularExpression entity(
        u"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});"_s);
    return entity.match(text, at, QRegularExpression::NormalMatch,
                            QRegularExpression::AnchorAtOffsetMatchOption).hasMatch();
}

QString escapeCharacters(const QString &line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        bool escape = false;
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '[': case ']': case '<': case '~': case '|':
            escape = true;
            break;
        case '_': // snake_case_names are safe; only a flanking underscore can open emphasis
            escape = i == 0 || i + 1 == line.size() || !isWordChar(line[i - 1]) || !isWordChar(line[i + 1]);
            break;
        case '&':
            escape = startsEntity(line, i);
            break;
        default:
            break;
        }
        if (escape)
            out += u'\\';
        out += c;
    }
    return out;
}

// At the start of a list item, these would open a heading, quote, nested list or rule.
QString escapeBlockStart(const QString &line)
{
    if (line.isEmpty())
        return line;
    if (QStringView(u"#>+-=").contains(line[0]))
        return u'\\' + line;
    static const QRegularExpression orderedMarker(u"^[0-9]{1,9}(?=[.)])"_s);
    const QRegularExpressionMatch m = orderedMarker.match(line);
    if (m.hasMatch())
        return line.left(m.capturedLength()) + u'\\' + line.mid(m.capturedLength());
    return line;
}

QString escapeSeparator(const QString &text, const QString &separator)
{
    qsizetype punctuation = -1;
    for (qsizetype i = 0; i < separator.size(); ++i) {
        if (separator[i].isPunct() || separator[i].isSymbol()) {
            punctuation = i;
            break;
        }
    }
    // Every occurrence, overlapping ones too ("a - - b"), and one that the separator itself would
    // complete after the value ("a -" followed by " - "): the reader splits at the first one.
    const QString withSeparator = text + separator;
    if (punctuation < 0 || withSeparator.indexOf(separator) == text.size())
        return text;
    QList<bool> escapeAt(text.size(), false);
    for (qsizetype at = withSeparator.indexOf(separator); at >= 0 && at < text.size();
         at = withSeparator.indexOf(separator, at + 1)) {
        if (at + punctuation < text.size())
            escapeAt[at + punctuation] = true;
    }
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (escapeAt[i])
            out += u'\\';
        out += text[i];
    }
    return out;
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

} // namespace

QString escapeInline(const QString &text, const InlineContext &context)
{
    QStringList lines = normalizedLines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = escapeCharacters(lines[i]);
        if (!context.separator.isEmpty())
            line = escapeSeparator(line, context.separator);
        if (i == 0 && context.atLineStart)
            line = escapeBlockStart(line);
        lines[i] = line;
    }
    if (context.inTableCell)
        return lines.join(u"<br>"_s);
    lines.removeAll(QString());
    return lines.join(u' ');
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
