#include "markdown/markdownwriter.h"

#include "markdown/markdownescape.h"
#include "markdown/readcontext.h" // labelledLine(): what the reader takes for a labelled line

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

using markdown::InlineContext;

// Where a value is printed decides its escaping: inline Markdown, or literal text in a fence.
enum class Where { Inline, Fence };

QString render(const FieldDef &field, const QString &value, const QString &placeholder, Where where,
               const InlineContext &context = {})
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return placeholder;
    // The unit is decided on the value as typed ("~40" -> "~40 MB/hour"), then the whole is escaped.
    const QString typed = field.withUnit(trimmed);
    const QString text = where == Where::Inline ? markdown::escapeInline(typed, context)
                                                : markdown::singleLine(typed);
    if (text.isEmpty()) // nothing printable ("<br>" alone in a table cell): the field is empty
        return placeholder;
    return text;
}

QString render(const FieldDef &field, const ReportContent &content, Where where)
{
    return render(field, content.values.value(field.id), field.placeholder, where);
}

QString labelLine(const BlockDef &block)
{
    return u"**"_s + block.label + u"**"_s + block.labelSuffix + u':';
}

QString listMarker(const QString &marker, int rowNumber)
{
    if (marker.isEmpty())
        return {};
    if (marker == u"1.")
        return QString::number(rowNumber) + u". "_s;
    return marker + u' ';
}

} // namespace

MarkdownWriter::MarkdownWriter(const ReportTemplate &reportTemplate)
    : m_template(reportTemplate)
{
}

QString MarkdownWriter::write(const ReportContent &content) const
{
    QStringList sections;
    for (int i = 0; i < m_template.sections().size(); ++i)
        sections.append(writeSection(content, i));
    return sections.join(kSectionSeparator);
}

QString MarkdownWriter::writeSection(const ReportContent &content, int sectionIndex) const
{
    const SectionDef &section = m_template.sections().at(sectionIndex);
    QStringList parts;
    if (section.headingLevel > 0)
        parts.append(QString(section.headingLevel, u'#') + u' ' + section.heading);
    for (const SubsectionDef &sub : section.subsections) {
        if (!sub.title.isEmpty())
            parts.append(u"### "_s + sub.title);
        for (const BlockDef &block : sub.blocks) {
            const QString text = writeBlock(content, block);
            if (!text.isEmpty()) // a list whose rows were all removed leaves no empty lines behind
                parts.append(text);
        }
    }
    const QString notes = markdown::withoutSpaceBeforeBlankLines(content.notes.value(section.id).trimmed());
    if (!notes.isEmpty())
        parts.append(notes);
    return parts.join(u"\n\n"_s) + u'\n';
}

QString MarkdownWriter::writeBlock(const ReportContent &content, const BlockDef &block) const
{
    if (block.kind == BlockDef::Kind::Chart) {
        if (m_chartImagePath.isEmpty() || !hasSamples(content.series))
            return {}; // a report without data prints as the template does
        return u"!["_s + block.label + u"]("_s + m_chartImagePath + u')';
    }
    QStringList lines;
    if (!block.label.isEmpty() && block.kind != BlockDef::Kind::Fields)
        lines.append(labelLine(block));

    switch (block.kind) {
    case BlockDef::Kind::Fields: {
        QStringList ownParagraph;
        for (const FieldDef &field : block.fields) {
            lines.append(u"**"_s + field.label + u"**: "_s + render(field, content, Where::Inline));
            appendLinesAfterLabelledLine(lines, ownParagraph, content.notes.value(BlockDef::linesAfterKey(field.id)));
        }
        if (!ownParagraph.isEmpty())
            lines.append(u'\n' + ownParagraph.join(u'\n'));
        break;
    }
    case BlockDef::Kind::FieldList:
        for (const FieldDef &field : block.fields) {
            lines.append(u"- "_s + field.label + u": "_s + render(field, content, Where::Inline));
            appendLinesUnderItem(lines, content.notes.value(BlockDef::linesAfterKey(field.id)));
        }
        appendExtraItems(lines, content, block);
        break;
    case BlockDef::Kind::Checklist:
        for (const ChecklistItemDef &item : block.items) {
            lines.append(writeChecklistItem(content, item));
            appendLinesUnderItem(lines, content.notes.value(BlockDef::linesAfterKey(item.id)));
        }
        appendExtraItems(lines, content, block);
        break;
    case BlockDef::Kind::Table:
        lines.append(writeTable(*block.rows, content.rows.value(block.rows->id)));
        break;
    case BlockDef::Kind::List: {
        const QString items = writeRowLines(*block.rows, content.rows.value(block.rows->id), false);
        if (items.isEmpty() && lines.isEmpty())
            return {};
        if (!items.isEmpty())
            lines.append(items);
        break;
    }
    case BlockDef::Kind::Chain:
        lines.append(writeChain(*block.rows, content.rows.value(block.rows->id)));
        break;
    case BlockDef::Kind::Fence: {
        QStringList groups;
        for (const FenceGroupDef &group : block.groups) {
            QStringList groupLines;
            if (!group.title.isEmpty())
                groupLines.append(group.title);
            for (const FieldDef &field : group.fields)
                groupLines.append(group.linePrefix + field.label + u": "_s + render(field, content, Where::Fence));
            if (group.rows) {
                const QString rowLines = writeRowLines(*group.rows, content.rows.value(group.rows->id), true);
                if (!rowLines.isEmpty())
                    groupLines.append(rowLines);
            }
            groups.append(groupLines.join(u'\n'));
        }
        if (const QString extra = content.notes.value(block.extraLinesKey()); !extra.trimmed().isEmpty()) {
            // After rows a blank line ends the last row, so the lines do not read back as part of it.
            const auto &rows = block.groups.last().rows;
            const bool rowsSpanLines = rows && rows->pattern.parts().size() > 0
                && std::any_of(rows->pattern.parts().cbegin(), rows->pattern.parts().cend(),
                               [](const TextPattern::Part &p) { return !p.isSlot && p.text.contains(u'\n'); });
            groups.last() += (rowsSpanLines ? u"\n\n"_s : u"\n"_s) + extra;
        }
        lines.append(markdown::fencedBlock(block.language, groups.join(u"\n\n"_s)));
        break;
    }
    case BlockDef::Kind::Code:
        lines.append(writeCode(content, block));
        break;
    case BlockDef::Kind::Chart:
        break; // written above
    }
    return lines.join(u'\n');
}

// Items typed by hand into a list follow the template's items in the same list.
void MarkdownWriter::appendExtraItems(QStringList &lines, const ReportContent &content, const BlockDef &block)
{
    const QString extra = content.notes.value(block.extraLinesKey());
    if (extra.trimmed().isEmpty())
        return;
    // A line typed without a marker (or with another one) would join the item above or start a
    // new list: it becomes an item of this list; indented lines stay under their item.
    static const QRegularExpression marker(u"^[-*+][ \t]+"_s);
    for (QString line : extra.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.front().isSpace())
            line = u"- "_s + line.remove(marker);
        lines.append(line);
    }
}

// Lines kept under a list item: indented lines (a nested list, a second paragraph) and items as
// typed; a line typed without indent or bullet becomes a nested item, so it cannot join the
// item's own value.
void MarkdownWriter::appendLinesUnderItem(QStringList &lines, const QString &linesAfter)
{
    if (linesAfter.trimmed().isEmpty())
        return;
    static const QRegularExpression marker(u"^[-*+][ \t]+"_s);
    for (QString line : linesAfter.split(u'\n')) {
        if (line.trimmed().isEmpty())
            line.clear();
        else if (marker.match(line).hasMatch())
            line = u"- "_s + line.remove(marker); // another bullet would start another list
        else if (!line.front().isSpace())
            line = u"  - "_s + line;
        lines.append(line);
    }
    while (lines.last().isEmpty())
        lines.removeLast();
}

// Lines kept after a labelled line: "**Label**: value" lines stay in the paragraph; any other
// line would be read back as the field's value continued, so it gets a paragraph of its own.
void MarkdownWriter::appendLinesAfterLabelledLine(QStringList &lines, QStringList &ownParagraph,
                                                  const QString &linesAfter)
{
    for (const QString &line : linesAfter.split(u'\n')) {
        if (line.trimmed().isEmpty())
            continue;
        if (reading::labelledLine().match(line.trimmed()).hasMatch())
            lines.append(line.trimmed());
        else
            ownParagraph.append(line.trimmed());
    }
}

QString MarkdownWriter::writeChecklistItem(const ReportContent &content, const ChecklistItemDef &item) const
{
    QString text;
    const QList<TextPattern::Part> &parts = item.text.parts();
    for (int i = 0; i < parts.size(); ++i) {
        if (!parts[i].isSlot) {
            text += parts[i].text;
            continue;
        }
        const FieldDef &slot = *item.detail(parts[i].text);
        InlineContext context;
        context.separator = item.text.separatorAfter(i);
        text += render(slot, content.values.value(slot.id), slot.placeholder, Where::Inline, context);
    }
    return (content.checked.value(item.id) ? u"- [x] "_s : u"- [ ] "_s) + text;
}

QString MarkdownWriter::writeRowLines(const RowSetDef &rowSet, const QList<Row> &rows, bool insideFence) const
{
    QStringList lines;
    const QList<TextPattern::Part> &parts = rowSet.pattern.parts();
    for (int r = 0; r < rows.size(); ++r) {
        QString line = listMarker(rowSet.marker, r + 1);
        for (int i = 0; i < parts.size(); ++i) {
            const TextPattern::Part &part = parts[i];
            if (!part.isSlot) {
                line += part.text;
            } else if (part.text == u"n") {
                line += QString::number(r + 1);
            } else {
                const FieldDef &column = *rowSet.column(part.text);
                const QString placeholder = rowSet.placeholder(rows[r], r, column);
                if (insideFence) {
                    line += render(column, rows[r].value(column.id), placeholder, Where::Fence);
                } else {
                    InlineContext context;
                    context.atLineStart = i == 0;
                    context.separator = rowSet.pattern.separatorAfter(i);
                    line += render(column, rows[r].value(column.id), placeholder, Where::Inline, context);
                }
            }
        }
        lines.append(line);
    }
    return lines.join(rowSet.blankLineBetweenRows ? u"\n\n"_s : u"\n"_s);
}

QString MarkdownWriter::writeTable(const RowSetDef &rowSet, const QList<Row> &rows) const
{
    InlineContext cell;
    cell.inTableCell = true;
    const QStringList extraColumns = RowSetDef::extraColumns(rows);
    QStringList header, rule;
    for (const FieldDef &column : rowSet.columns)
        header.append(column.label);
    for (const QString &key : extraColumns)
        header.append(markdown::escapeInline(RowSetDef::extraColumnHeading(key), cell));
    for (const QString &heading : std::as_const(header))
        rule.append(QString(heading.size() + 2, u'-'));
    QStringList lines = {u"| "_s + header.join(u" | "_s) + u" |"_s, u'|' + rule.join(u'|') + u'|'};
    for (int r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (const FieldDef &column : rowSet.columns)
            cells.append(render(column, rows[r].value(column.id), rowSet.placeholder(rows[r], r, column),
                                Where::Inline, cell));
        for (const QString &key : extraColumns)
            cells.append(markdown::escapeInline(rows[r].value(key), cell));
        lines.append(u"| "_s + cells.join(u" | "_s) + u" |"_s);
    }
    return lines.join(u'\n');
}

QString MarkdownWriter::writeChain(const RowSetDef &rowSet, const QList<Row> &rows) const
{
    // Window / Global
    //   → [Variable name]
    //     → [Object/function]
    const FieldDef &step = rowSet.columns.first();
    QStringList lines;
    for (int r = 0; r < rows.size(); ++r) {
        const QString text = render(step, rows[r].value(step.id), rowSet.placeholder(rows[r], r, step), Where::Fence);
        lines.append(r == 0 ? text : QString(2 * r, u' ') + u"→ "_s + text);
    }
    return markdown::fencedBlock(QString(), lines.join(u'\n'));
}

QString MarkdownWriter::writeCode(const ReportContent &content, const BlockDef &block) const
{
    QString language;
    if (block.codeLanguage) {
        language = content.values.value(block.codeLanguage->id).trimmed();
        if (language.isEmpty())
            language = block.codeLanguage->placeholder;
    }
    QStringList lines;
    if (block.codeFile) {
        const QString comment = m_template.commentPrefix(language);
        lines.append(comment + u" File: "_s + render(*block.codeFile, content, Where::Fence) + u':'
                     + render(*block.codeLine, content, Where::Fence));
        if (block.codeExplanation)
            lines.append(comment + u' ' + render(*block.codeExplanation, content, Where::Fence));
        lines.append(QString());
    }
    // Code keeps its indentation and inner blank lines; only trailing line breaks are dropped.
    QString code = content.values.value(block.code->id);
    code.replace(u"\r\n"_s, u"\n"_s);
    while (code.endsWith(u'\n'))
        code.chop(1);
    lines.append(code.trimmed().isEmpty() ? block.code->placeholder : code);
    return markdown::fencedBlock(language, lines.join(u'\n'));
}

} // namespace lr
