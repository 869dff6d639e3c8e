#include "markdown/readcontext.h"

#include "markdown/cmarkdocument.h"
#include "i18n/plural.h"

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace lr::reading {

// Labels and headings compare without case, spacing, a trailing colon or a leading "1. ".
QString normalized(QString text)
{
    static const QRegularExpression numbering(u"^\\d+[.)]\\s+"_s);
    text = text.simplified();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.remove(numbering).trimmed().toCaseFolded();
}

// A soft-wrapped paragraph as the one line it means: each line trimmed, joined by a space, and
// nothing else touched, so runs of spaces inside a line stay as typed.
QString joinedLines(const QString &source)
{
    QStringList lines = source.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    lines.removeAll(QString());
    return lines.join(u' ');
}

// "**Label**: value", also "**Label:** value".
const QRegularExpression &labelledLine()
{
    static const QRegularExpression re(u"^(\\*\\*|__)(.+?)\\1\\s*(:?)\\s*(.*)$"_s);
    return re;
}

ReadContext::ReadContext(const ReportTemplate &reportTemplate, const QString &text)
    : m_template(reportTemplate)
    , m_content(ReportContent::fromTemplate(reportTemplate))
{
    m_lines = text.toUtf8().split('\n');
}

QString ReadContext::sourceOf(cmark_node *node) const
{
    const int first = cmark_node_get_start_line(node) - 1, last = cmark_node_get_end_line(node) - 1;
    if (markdown::CmarkDocument::typeName(node) == u"table_cell") { // one line, cut at both ends
        const int start = cmark_node_get_start_column(node), end = cmark_node_get_end_column(node);
        if (start < 1 || end < start || first < 0 || first >= m_lines.size())
            return {}; // a cell the row does not have
        return QString::fromUtf8(m_lines[first].mid(start - 1, end - start + 1)).trimmed();
    }
    QByteArray bytes;
    for (int i = std::max(first, 0); i <= last && i < m_lines.size(); ++i) {
        if (i > first)
            bytes += '\n';
        // The first line starts where the node does: after a list marker, for instance.
        bytes += i == first ? m_lines[i].mid(std::max(cmark_node_get_start_column(node) - 1, 0)) : m_lines[i];
    }
    return QString::fromUtf8(bytes).trimmed();
}

QString ReadContext::sourceLines(int first, int last) const
{
    last = std::min<int>(last, int(m_lines.size()));
    while (last >= first && m_lines[last - 1].trimmed().isEmpty())
        --last;
    QByteArray bytes;
    for (int i = std::max(first, 1); i <= last; ++i)
        bytes += (i > first ? "\n" : "") + m_lines[i - 1];
    return QString::fromUtf8(bytes);
}

QString ReadContext::linesUnderItem(cmark_node *item) const
{
    cmark_node *paragraph = cmark_node_first_child(item);
    if (!paragraph || !cmark_node_next(paragraph))
        return {};
    return sourceLines(cmark_node_get_end_line(paragraph) + 1, cmark_node_get_end_line(item));
}

void ReadContext::keepLinesAfter(const QString &fieldOrItemId, const QString &lines)
{
    if (lines.isEmpty())
        return;
    QString &kept = m_content.notes[BlockDef::linesAfterKey(fieldOrItemId)];
    kept += (kept.isEmpty() ? QString() : u"\n"_s) + lines;
}

QString ReadContext::itemText(cmark_node *item) const
{
    if (cmark_node *paragraph = cmark_node_first_child(item); paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH)
        return joinedLines(sourceOf(paragraph));
    // "- [Panel]: #hash" is a link reference definition to cmark, which leaves the item empty;
    // its text is still the item's source after the marker (and the task box).
    static const QRegularExpression marker(u"^(?:[-+*]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?"_s);
    return joinedLines(sourceOf(item).remove(marker));
}

void ReadContext::keepAsNote(const QString &markdown, int NoteCount::*what, int count)
{
    if (markdown.trimmed().isEmpty())
        return;
    m_notes[m_section].append(markdown.trimmed());
    m_noteCounts[m_section].*what += count;
}

QString ReadContext::cleanValue(const FieldDef &field, const QString &text, const QString &placeholder) const
{
    const QString value = text.trimmed();
    if (value == placeholder.trimmed())
        return field.valueReadFromPlaceholder(placeholder);
    return field.withoutUnit(value);
}

Row ReadContext::rowFromSlots(const RowSetDef &rowSet, const QList<std::pair<QString, QString>> &captures, int index) const
{
    Row raw = rowSet.newRow();
    for (int s = 0; s < captures.size(); ++s) {
        const QString &text = captures[s].second;
        raw[captures[s].first] = text.trimmed();
    }
    // Placeholders depend on the row (its key column), so compare once the row is known.
    Row row = raw;
    for (const FieldDef &column : rowSet.columns)
        row[column.id] = cleanValue(column, raw.value(column.id), rowSet.placeholder(raw, index, column));
    return row;
}

void ReadContext::setValue(const FieldDef &field, const QString &value)
{
    m_content.values[field.id] = value;
    ++m_recognised;
}

QStringList ReadContext::storeNotes()
{
    QStringList warnings;
    for (auto it = m_notes.cbegin(); it != m_notes.cend(); ++it) {
        const SectionDef &s = m_template.sections().at(it.key());
        m_content.notes[s.id] = it.value().join(u"\n\n"_s);
        const NoteCount &count = m_noteCounts.value(it.key());
        QStringList parts;
        if (count.paragraphs)
            parts.append(withEnglishPlural(tr("%n paragraph(s)", nullptr, count.paragraphs), count.paragraphs));
        if (count.lines)
            parts.append(withEnglishPlural(tr("%n line(s)", nullptr, count.lines), count.lines));
        if (count.items)
            parts.append(withEnglishPlural(tr("%n list item(s)", nullptr, count.items), count.items));
        if (count.subsections) {
            //: A heading the template does not have, kept together with the text under it
            parts.append(withEnglishPlural(tr("%n unknown heading(s) with text", nullptr, count.subsections),
                                           count.subsections));
        }
        if (count.blocks)
            parts.append(withEnglishPlural(tr("%n other block(s)", nullptr, count.blocks), count.blocks));
        //: %1 lists what was kept ("2 paragraphs, 1 line"), %2 is the section's title
        warnings.append(tr("%1 kept as notes in %2")
            .arg(parts.join(tr(", ", "between the counts of what was kept")), s.title));
    }
    return warnings;
}

} // namespace lr::reading
