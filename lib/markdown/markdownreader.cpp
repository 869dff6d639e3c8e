#include "markdown/markdownreader.h"

#include "markdown/cmarkdocument.h"
#include "markdown/markdownescape.h"
#include "i18n/plural.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cmark-gfm-core-extensions.h>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

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

// Splits a line by a template pattern ("{file} - {description}"): the literal text must be
// there (in any case), each slot takes the text up to the next literal's first occurrence, the
// last one what is left. The writer escapes that literal inside values, so the first
// occurrence is the real one.
class PatternMatcher
{
public:
    // `literal`: the text is a fence line, where nothing is escaped.
    explicit PatternMatcher(const TextPattern &pattern, bool literal = false)
        : m_literal(literal)
    {
        for (const TextPattern::Part &part : pattern.parts())
            m_parts.append({part.isSlot, part.text});
    }

    // Slot name -> raw text, or nothing when the text does not have the pattern's shape.
    std::optional<QList<std::pair<QString, QString>>> match(const QString &text) const
    {
        QList<std::pair<QString, QString>> values;
        qsizetype at = 0;
        for (qsizetype i = 0; i < m_parts.size(); ++i) {
            const TextPattern::Part &part = m_parts[i];
            if (!part.isSlot) {
                if (QStringView(text).mid(at).startsWith(part.text, Qt::CaseInsensitive) == false)
                    return std::nullopt;
                at += part.text.size();
                continue;
            }
            if (part.text == u"n") { // the row number
                const qsizetype start = at;
                while (at < text.size() && text[at].isDigit())
                    ++at;
                if (at == start)
                    return std::nullopt;
                continue;
            }
            const bool last = i + 1 == m_parts.size();
            const bool suffixFollows = i + 2 == m_parts.size();
            qsizetype end = text.size();
            if (suffixFollows) {
                const QString &suffix = m_parts[i + 1].text;
                if (!text.endsWith(suffix, Qt::CaseInsensitive) || text.size() - suffix.size() < at)
                    return std::nullopt;
                end = text.size() - suffix.size();
            } else if (!last) {
                end = m_literal ? text.indexOf(m_parts[i + 1].text, at, Qt::CaseInsensitive)
                                : markdown::findSeparator(text, m_parts[i + 1].text, at);
                if (end < 0)
                    return std::nullopt;
            }
            values.append({part.text, text.mid(at, end - at)});
            at = end;
        }
        if (at != text.size())
            return std::nullopt;
        return values;
    }

private:
    QList<TextPattern::Part> m_parts;
    bool m_literal = false;
};

// What the reader keeps of a section it could not place, for the import report.
struct NoteCount
{
    int paragraphs = 0;
    int lines = 0;
    int items = 0;
    int subsections = 0;
    int blocks = 0;
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(lr::MarkdownReader)

public:
    Reader(const ReportTemplate &reportTemplate, const QString &text)
        : m_template(reportTemplate)
        , m_content(ReportContent::fromTemplate(reportTemplate))
    {
        m_lines = text.toUtf8().split('\n');
    }

    LoadResult run(cmark_node *root, const QString &displayName);

private:
    // Where the reader is.
    const SectionDef &section() const { return m_template.sections().at(m_section); }
    void enterSection(int index);
    bool enterSubsection(const QString &title);

    void readHeading(cmark_node *node);
    void readParagraph(cmark_node *node);
    void readList(cmark_node *node);
    void readTable(cmark_node *node);
    void readCodeBlock(cmark_node *node);

    bool readLabelledLine(const QString &line, bool isLastLine);
    const FieldDef *labelledField(const SectionDef &s, const QString &label) const;
    const BlockDef *labelledBlock(const QString &label) const;
    const BlockDef *unlabelledBlock(const std::function<bool(const BlockDef &)> &accepts) const;
    // A paragraph that is only the image a chart block of this section prints.
    bool isChartLine(cmark_node *paragraph) const;

    void readFieldListItems(const BlockDef &block, cmark_node *list);
    void readChecklistItems(const BlockDef &block, cmark_node *list);
    void readRowItems(const RowSetDef &rowSet, cmark_node *list);
    void readFence(const BlockDef &block, const QString &body);
    void readChain(const RowSetDef &rowSet, const QString &body);
    void readCode(const BlockDef &block, const QString &info, const QString &body);

    QString cleanValue(const FieldDef &field, const QString &text, const QString &placeholder) const;
    Row rowFromSlots(const RowSetDef &rowSet, const QList<std::pair<QString, QString>> &captures, int index) const;
    void setValue(const FieldDef &field, const QString &value);

    QString sourceOf(cmark_node *node) const;
    // The first paragraph of a list item, as Markdown source on one line.
    QString itemText(cmark_node *item) const;
    void keepAsNote(const QString &markdown, int NoteCount::*what, int count = 1);

    const ReportTemplate &m_template;
    ReportContent m_content;
    QList<QByteArray> m_lines;

    int m_section = 0;
    int m_subsection = -1;
    bool m_inUnknownSubsection = false;
    const BlockDef *m_pendingLabel = nullptr;
    QSet<const BlockDef *> m_filled;
    QSet<int> m_sectionsSeen;
    QSet<int> m_headingsFound; // sections found by their heading, for the template coverage
    QMap<int, QStringList> m_notes; // section index -> notes in order
    QMap<int, NoteCount> m_noteCounts;
    int m_recognised = 0;
};

void Reader::enterSection(int index)
{
    m_section = index;
    m_subsection = -1;
    m_inUnknownSubsection = false;
    m_pendingLabel = nullptr;
    if (m_sectionsSeen.contains(index))
        return;
    m_sectionsSeen.insert(index);
    // The file says what this section holds: lists it does not show are empty, not the template's.
    for (const RowSetDef *rowSet : section().rowSets)
        m_content.rows[rowSet->id].clear();
}

bool Reader::enterSubsection(const QString &title)
{
    const QString wanted = normalized(title);
    for (int i = 0; i < section().subsections.size(); ++i) {
        if (normalized(section().subsections[i].title) == wanted) {
            m_subsection = i;
            m_inUnknownSubsection = false;
            m_pendingLabel = nullptr;
            return true;
        }
    }
    return false;
}

QString Reader::sourceOf(cmark_node *node) const
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

QString Reader::itemText(cmark_node *item) const
{
    if (cmark_node *paragraph = cmark_node_first_child(item); paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH)
        return joinedLines(sourceOf(paragraph));
    // "- [Panel]: #hash" is a link reference definition to cmark, which leaves the item empty;
    // its text is still the item's source after the marker (and the task box).
    static const QRegularExpression marker(u"^(?:[-+*]|\\d{1,9}[.)])\\s+(?:\\[[ xX]\\]\\s+)?"_s);
    return joinedLines(sourceOf(item).remove(marker));
}

void Reader::keepAsNote(const QString &markdown, int NoteCount::*what, int count)
{
    if (markdown.trimmed().isEmpty())
        return;
    m_notes[m_section].append(markdown.trimmed());
    m_noteCounts[m_section].*what += count;
}

QString Reader::cleanValue(const FieldDef &field, const QString &text, const QString &placeholder) const
{
    const QString value = text.trimmed();
    if (value == placeholder.trimmed())
        return field.valueReadFromPlaceholder(placeholder);
    return field.withoutUnit(value);
}

void Reader::setValue(const FieldDef &field, const QString &value)
{
    m_content.values[field.id] = value;
    ++m_recognised;
}

const FieldDef *Reader::labelledField(const SectionDef &s, const QString &label) const
{
    const QString wanted = normalized(label);
    for (const SubsectionDef &sub : s.subsections) {
        for (const BlockDef &block : sub.blocks) {
            if (block.kind != BlockDef::Kind::Fields)
                continue;
            for (const FieldDef &field : block.fields) {
                if (normalized(field.label) == wanted)
                    return &field;
            }
        }
    }
    return nullptr;
}

const BlockDef *Reader::labelledBlock(const QString &label) const
{
    const QString wanted = normalized(label);
    const BlockDef *found = nullptr;
    for (const SubsectionDef &sub : section().subsections) {
        for (const BlockDef &block : sub.blocks) {
            if (block.kind == BlockDef::Kind::Fields || block.label.isEmpty() || normalized(block.label) != wanted)
                continue;
            if (!m_filled.contains(&block))
                return &block;
            found = found ? found : &block;
        }
    }
    return found;
}

bool Reader::isChartLine(cmark_node *paragraph) const
{
    cmark_node *image = cmark_node_first_child(paragraph);
    if (!image || cmark_node_get_type(image) != CMARK_NODE_IMAGE || cmark_node_next(image))
        return false;
    const QString alt = markdown::CmarkDocument::literalText(image);
    for (const SubsectionDef &sub : section().subsections) {
        for (const BlockDef &block : sub.blocks) {
            if (block.kind == BlockDef::Kind::Chart && block.label == alt)
                return true;
        }
    }
    return false;
}

const BlockDef *Reader::unlabelledBlock(const std::function<bool(const BlockDef &)> &accepts) const
{
    // The current sub-section first, then the whole section.
    const QList<SubsectionDef> &subs = section().subsections;
    auto search = [&](const SubsectionDef &sub) -> const BlockDef * {
        for (const BlockDef &block : sub.blocks) {
            if (block.label.isEmpty() && !m_filled.contains(&block) && accepts(block))
                return &block;
        }
        return nullptr;
    };
    if (m_subsection >= 0) {
        if (const BlockDef *block = search(subs[m_subsection]))
            return block;
    }
    for (const SubsectionDef &sub : subs) {
        if (const BlockDef *block = search(sub))
            return block;
    }
    return nullptr;
}

void Reader::readHeading(cmark_node *node)
{
    const int level = cmark_node_get_heading_level(node);
    const QString title = markdown::CmarkDocument::literalText(node).simplified();
    const QList<SectionDef> &sections = m_template.sections();
    if (level <= 2) {
        for (int i = 0; i < sections.size(); ++i) {
            if (sections[i].headingLevel > 0 && normalized(sections[i].heading) == normalized(title)) {
                enterSection(i);
                m_headingsFound.insert(i);
                ++m_recognised;
                return;
            }
        }
        // The report's own title may be worded differently; it is still the header.
        if (level == 1 && sections.first().headingLevel == 1 && m_sectionsSeen.isEmpty()) {
            enterSection(0);
            keepAsNote(sourceOf(node), &NoteCount::paragraphs);
            return;
        }
        // An unknown section: kept, with what follows, in the notes of the section before it.
        m_inUnknownSubsection = true;
        keepAsNote(sourceOf(node), &NoteCount::subsections);
        return;
    }
    if (enterSubsection(title)) {
        ++m_recognised;
        return;
    }
    m_inUnknownSubsection = true;
    m_pendingLabel = nullptr;
    keepAsNote(sourceOf(node), &NoteCount::subsections);
}

// One "**Label**: value" line of a paragraph. False when it is not a line of the template.
bool Reader::readLabelledLine(const QString &line, bool isLastLine)
{
    const QRegularExpressionMatch m = labelledLine().match(line.trimmed());
    if (!m.hasMatch())
        return false;
    const QString label = m.captured(2);
    const QString rawValue = m.captured(4);
    const bool colon = !m.captured(3).isEmpty() || label.endsWith(u':');
    if (!colon) {
        // "**Vulnerable Code** (before fix):" labels the block that follows.
        const BlockDef *block = labelledBlock(label);
        if (!block || !isLastLine || !rawValue.endsWith(u':'))
            return false;
        m_pendingLabel = block;
        ++m_recognised;
        return true;
    }
    if (const FieldDef *field = labelledField(section(), label)) {
        setValue(*field, cleanValue(*field, rawValue, field->placeholder));
        return true;
    }
    if (rawValue.trimmed().isEmpty() || (isLastLine && labelledBlock(label))) {
        if (const BlockDef *block = labelledBlock(label); block && isLastLine) {
            m_pendingLabel = block;
            ++m_recognised;
            return true;
        }
    }
    // Sections without a heading (the sign-off lines) are found by their labels.
    const QList<SectionDef> &sections = m_template.sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].headingLevel != 0)
            continue;
        if (const FieldDef *field = labelledField(sections[i], label)) {
            enterSection(i);
            setValue(*field, cleanValue(*field, rawValue, field->placeholder));
            return true;
        }
    }
    return false;
}

void Reader::readParagraph(cmark_node *node)
{
    if (m_inUnknownSubsection) {
        keepAsNote(sourceOf(node), &NoteCount::paragraphs);
        return;
    }
    m_pendingLabel = nullptr;
    if (isChartLine(node))
        return; // drawn again from the series at every export
    // A line that is not "**Label**: ..." continues the one above: the paragraph was re-wrapped,
    // and a soft line break means a space.
    QStringList lines;
    for (const QString &line : sourceOf(node).split(u'\n')) {
        if (!lines.isEmpty() && labelledLine().match(lines.last().trimmed()).hasMatch()
            && !labelledLine().match(line.trimmed()).hasMatch())
            lines.last() = lines.last().trimmed() + u' ' + line.trimmed();
        else
            lines.append(line);
    }
    QStringList unplaced;
    for (int i = 0; i < lines.size(); ++i) {
        if (!readLabelledLine(lines[i], i + 1 == lines.size()))
            unplaced.append(lines[i].trimmed());
    }
    if (unplaced.size() == lines.size())
        keepAsNote(sourceOf(node), &NoteCount::paragraphs);
    else if (!unplaced.isEmpty())
        keepAsNote(unplaced.join(u'\n'), &NoteCount::lines, int(unplaced.size()));
}

void Reader::readList(cmark_node *node)
{
    const BlockDef *pending = std::exchange(m_pendingLabel, nullptr);
    if (m_inUnknownSubsection) {
        keepAsNote(sourceOf(node), &NoteCount::blocks);
        return;
    }
    cmark_node *firstItem = cmark_node_first_child(node);
    const bool isTaskList = firstItem && markdown::CmarkDocument::typeName(firstItem) == u"tasklist";
    const BlockDef *block = pending;
    auto listKind = [isTaskList](const BlockDef &b) {
        if (isTaskList)
            return b.kind == BlockDef::Kind::Checklist;
        return b.kind == BlockDef::Kind::List || b.kind == BlockDef::Kind::FieldList;
    };
    if (block && !listKind(*block) && !(block->kind == BlockDef::Kind::Checklist))
        block = nullptr;
    if (!block)
        block = unlabelledBlock(listKind);
    if (!block) {
        int items = 0;
        for (cmark_node *item = firstItem; item; item = cmark_node_next(item))
            ++items;
        keepAsNote(sourceOf(node), &NoteCount::items, items);
        return;
    }
    m_filled.insert(block);
    ++m_recognised;
    switch (block->kind) {
    case BlockDef::Kind::FieldList:
        readFieldListItems(*block, node);
        break;
    case BlockDef::Kind::Checklist:
        readChecklistItems(*block, node);
        break;
    default:
        readRowItems(*block->rows, node);
        break;
    }
}

void Reader::readFieldListItems(const BlockDef &block, cmark_node *list)
{
    QStringList unplaced;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        const QString text = itemText(item);
        bool placed = false;
        for (const FieldDef &field : block.fields) {
            const QString prefix = field.label + u':';
            if (text.startsWith(prefix, Qt::CaseInsensitive)) {
                const QString raw = text.mid(prefix.size());
                setValue(field, cleanValue(field, raw, field.placeholder));
                placed = true;
                break;
            }
        }
        if (!placed || (paragraph && cmark_node_next(paragraph)))
            unplaced.append(u"- "_s + (placed ? sourceOf(cmark_node_next(paragraph)) : sourceOf(item)));
    }
    if (!unplaced.isEmpty())
        keepAsNote(unplaced.join(u'\n'), &NoteCount::items, int(unplaced.size()));
}

void Reader::readChecklistItems(const BlockDef &block, cmark_node *list)
{
    QList<PatternMatcher> matchers;
    for (const ChecklistItemDef &item : block.items)
        matchers.append(PatternMatcher(item.text));
    QStringList unplaced;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        const QString text = itemText(item);
        // The tick is read from the item's own box: cmark-gfm 0.29 marks an item checked when
        // "[x]" appears anywhere in its line ("- [ ] Other: see [x]").
        static const QRegularExpression box(u"^(?:[-+*]|\\d{1,9}[.)])\\s+\\[([ xX])\\]"_s);
        const QRegularExpressionMatch tick = box.match(sourceOf(item));
        const bool checked = markdown::CmarkDocument::typeName(item) == u"tasklist" && tick.hasMatch()
            && tick.captured(1) != u" "_s;
        bool placed = false;
        for (int i = 0; i < block.items.size() && !placed; ++i) {
            const ChecklistItemDef &def = block.items[i];
            const auto captures = matchers[i].match(text);
            if (!captures)
                continue;
            placed = true;
            m_content.checked[def.id] = checked;
            ++m_recognised;
            for (int s = 0; s < captures->size(); ++s) {
                const FieldDef *detail = def.detail(captures->at(s).first);
                if (detail) {
                    setValue(*detail, cleanValue(*detail, captures->at(s).second, detail->placeholder));
                }
            }
        }
        if (!placed)
            unplaced.append(u"- "_s + QString(checked ? u"[x] "_s : u"[ ] "_s) + text);
        else if (paragraph && cmark_node_next(paragraph))
            unplaced.append(sourceOf(cmark_node_next(paragraph)));
    }
    if (!unplaced.isEmpty())
        keepAsNote(unplaced.join(u'\n'), &NoteCount::items, int(unplaced.size()));
}

Row Reader::rowFromSlots(const RowSetDef &rowSet, const QList<std::pair<QString, QString>> &captures, int index) const
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

void Reader::readRowItems(const RowSetDef &rowSet, cmark_node *list)
{
    const PatternMatcher matcher(rowSet.pattern);
    QList<Row> &rows = m_content.rows[rowSet.id];
    QStringList unplaced;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        if (paragraph && cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) {
            unplaced.append(sourceOf(item));
            continue;
        }
        const QString text = itemText(item);
        const auto captures = matcher.match(text);
        if (captures) {
            rows.append(rowFromSlots(rowSet, *captures, int(rows.size())));
        } else {
            // Not in the pattern's shape: the whole item goes to the first column.
            Row row = rowSet.newRow();
            row[rowSet.columns.first().id] = text;
            rows.append(row);
        }
        ++m_recognised;
        for (cmark_node *more = cmark_node_next(paragraph); more; more = cmark_node_next(more))
            unplaced.append(sourceOf(more));
    }
    if (!unplaced.isEmpty())
        keepAsNote(unplaced.join(u"\n\n"_s), &NoteCount::items, int(unplaced.size()));
}

void Reader::readTable(cmark_node *node)
{
    m_pendingLabel = nullptr;
    const BlockDef *block = m_inUnknownSubsection ? nullptr
        : unlabelledBlock([](const BlockDef &b) { return b.kind == BlockDef::Kind::Table; });
    if (!block) {
        keepAsNote(sourceOf(node), &NoteCount::blocks);
        return;
    }
    m_filled.insert(block);
    ++m_recognised;
    const RowSetDef &rowSet = *block->rows;
    cmark_node *header = cmark_node_first_child(node);
    // Columns are found by their heading (or one of its aliases), so reordered columns read
    // right; a column the template does not have is kept as an extra column of its rows.
    QStringList keys;
    for (cmark_node *cell = cmark_node_first_child(header); cell; cell = cmark_node_next(cell)) {
        const QString heading = markdown::unescapeTableCell(sourceOf(cell));
        const FieldDef *column = rowSet.columnForHeading(markdown::CmarkDocument::literalText(cell));
        keys.append(column && !keys.contains(column->id) ? column->id
                                                         : RowSetDef::extraColumnKey(int(keys.size()), heading));
    }
    QList<Row> &rows = m_content.rows[rowSet.id];
    for (cmark_node *tableRow = cmark_node_next(header); tableRow; tableRow = cmark_node_next(tableRow)) {
        QList<std::pair<QString, QString>> captures;
        int i = 0;
        for (cmark_node *cell = cmark_node_first_child(tableRow); cell; cell = cmark_node_next(cell), ++i) {
            if (i < keys.size())
                captures.append({keys[i], markdown::unescapeTableCell(sourceOf(cell))});
        }
        rows.append(rowFromSlots(rowSet, captures, int(rows.size())));
    }
}

void Reader::readCodeBlock(cmark_node *node)
{
    const BlockDef *pending = std::exchange(m_pendingLabel, nullptr);
    QString body = QString::fromUtf8(cmark_node_get_literal(node));
    if (body.endsWith(u'\n'))
        body.chop(1);
    const QString info = QString::fromUtf8(cmark_node_get_fence_info(node)).trimmed();
    auto isCodeKind = [](const BlockDef &b) {
        return b.kind == BlockDef::Kind::Fence || b.kind == BlockDef::Kind::Chain || b.kind == BlockDef::Kind::Code;
    };
    const BlockDef *block = pending && isCodeKind(*pending) ? pending : nullptr;
    if (!block && !m_inUnknownSubsection) {
        // A fence with a fixed language (```promql) is found by it first.
        block = unlabelledBlock([&](const BlockDef &b) {
            return b.kind == BlockDef::Kind::Fence && !b.language.isEmpty() && b.language.compare(info, Qt::CaseInsensitive) == 0;
        });
        if (!block)
            block = unlabelledBlock(isCodeKind);
    }
    if (!block) {
        keepAsNote(sourceOf(node), &NoteCount::blocks);
        return;
    }
    m_filled.insert(block);
    ++m_recognised;
    switch (block->kind) {
    case BlockDef::Kind::Fence:
        readFence(*block, body);
        break;
    case BlockDef::Kind::Chain:
        readChain(*block->rows, body);
        break;
    default:
        readCode(*block, info, body);
        break;
    }
}

void Reader::readFence(const BlockDef &block, const QString &body)
{
    QStringList unplaced;
    const FenceGroupDef *group = block.groups.isEmpty() ? nullptr : &block.groups.first();
    QStringList pendingRowLines; // a row pattern may span lines ("# {description}\n{query}")
    auto flushRows = [&](bool force) {
        if (!group || !group->rows || pendingRowLines.isEmpty())
            return;
        const RowSetDef &rowSet = *group->rows;
        const int linesPerRow = int(rowSet.pattern.parts().isEmpty() ? 1 : 1
                                    + std::count_if(rowSet.pattern.parts().cbegin(), rowSet.pattern.parts().cend(),
                                                    [](const TextPattern::Part &p) { return !p.isSlot && p.text.contains(u'\n'); }));
        if (pendingRowLines.size() < linesPerRow && !force)
            return;
        const QString text = pendingRowLines.join(u'\n');
        pendingRowLines.clear();
        QString line = text;
        if (rowSet.marker == u"-")
            line.remove(QRegularExpression(u"^\\s*[-*+]\\s+"_s));
        else if (rowSet.marker == u"1.")
            line.remove(QRegularExpression(u"^\\s*\\d+[.)]\\s+"_s));
        const PatternMatcher matcher(rowSet.pattern, true);
        QList<Row> &rows = m_content.rows[rowSet.id];
        if (const auto captures = matcher.match(line)) {
            rows.append(rowFromSlots(rowSet, *captures, int(rows.size())));
            ++m_recognised;
        } else {
            unplaced.append(text);
        }
    };
    const QStringList lines = body.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            flushRows(true);
            continue;
        }
        bool placed = false;
        for (const FenceGroupDef &candidate : block.groups) {
            if (!candidate.title.isEmpty() && normalized(candidate.title) == normalized(line)) {
                flushRows(true);
                group = &candidate;
                placed = true;
                break;
            }
        }
        if (placed)
            continue;
        // "Label: value" lines of the current group, or else of any group of this block.
        QList<const FenceGroupDef *> candidates;
        if (group)
            candidates.append(group);
        for (const FenceGroupDef &g : block.groups)
            candidates.append(&g);
        for (const FenceGroupDef *candidatePointer : candidates) {
            const FenceGroupDef &candidate = *candidatePointer;
            for (const FieldDef &field : candidate.fields) {
                QString rest = line;
                static const QRegularExpression bullet(u"^[-*+]\\s+"_s); // any bullet where the template has one
                if (!candidate.linePrefix.trimmed().isEmpty())
                    rest.remove(bullet);
                if (rest.startsWith(field.label + u':', Qt::CaseInsensitive)) {
                    setValue(field, cleanValue(field, rest.mid(field.label.size() + 1), field.placeholder));
                    placed = true;
                    break;
                }
            }
            if (placed)
                break;
        }
        if (placed)
            continue;
        if (group && group->rows) {
            pendingRowLines.append(line);
            flushRows(false);
        } else {
            unplaced.append(line);
        }
    }
    flushRows(true);
    if (!unplaced.isEmpty()) {
        const QString label = block.label.isEmpty() ? QString() : u"**"_s + block.label + u"**:\n"_s;
        keepAsNote(label + u"```\n"_s + unplaced.join(u'\n') + u"\n```"_s, &NoteCount::lines, int(unplaced.size()));
    }
}

void Reader::readChain(const RowSetDef &rowSet, const QString &body)
{
    static const QRegularExpression arrow(u"^\\s*(?:→|->)\\s*"_s);
    const FieldDef &step = rowSet.columns.first();
    QList<Row> &rows = m_content.rows[rowSet.id];
    for (const QString &rawLine : body.split(u'\n')) {
        QString text = rawLine;
        text.remove(arrow);
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        Row raw = rowSet.newRow();
        raw[step.id] = text;
        Row row = raw;
        row[step.id] = cleanValue(step, text, rowSet.placeholder(raw, int(rows.size()), step));
        rows.append(row);
        ++m_recognised;
    }
}

void Reader::readCode(const BlockDef &block, const QString &info, const QString &body)
{
    QString language = info.section(u' ', 0, 0);
    if (block.codeLanguage)
        setValue(*block.codeLanguage, cleanValue(*block.codeLanguage, language, block.codeLanguage->placeholder));
    QStringList lines = body.split(u'\n');
    if (block.codeFile && !lines.isEmpty()) {
        const QString comment = m_template.commentPrefix(language.isEmpty() && block.codeLanguage
                                                             ? block.codeLanguage->placeholder : language);
        const QString fileLead = comment + u" File: "_s;
        if (lines.first().startsWith(fileLead)) {
            const QString location = lines.takeFirst().mid(fileLead.size());
            const qsizetype colon = location.lastIndexOf(u':');
            const QString file = colon >= 0 ? location.left(colon) : location;
            const QString line = colon >= 0 ? location.mid(colon + 1) : QString();
            setValue(*block.codeFile, cleanValue(*block.codeFile, file, block.codeFile->placeholder));
            if (block.codeLine)
                setValue(*block.codeLine, cleanValue(*block.codeLine, line, block.codeLine->placeholder));
            if (block.codeExplanation && !lines.isEmpty() && lines.first().startsWith(comment + u' ')) {
                const QString explanation = lines.takeFirst().mid(comment.size() + 1);
                setValue(*block.codeExplanation,
                         cleanValue(*block.codeExplanation, explanation, block.codeExplanation->placeholder));
            }
            if (!lines.isEmpty() && lines.first().trimmed().isEmpty())
                lines.removeFirst();
        }
    }
    const QString code = lines.join(u'\n');
    const FieldDef &codeField = *block.code;
    // Code keeps its indentation: only the placeholder comparison trims.
    setValue(codeField, code.trimmed() == codeField.placeholder.trimmed()
                             ? codeField.valueReadFromPlaceholder(codeField.placeholder) : code);
}

LoadResult Reader::run(cmark_node *root, const QString &displayName)
{
    m_sectionsSeen.clear();
    for (cmark_node *node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HEADING:
            readHeading(node);
            break;
        case CMARK_NODE_THEMATIC_BREAK:
            m_pendingLabel = nullptr;
            break;
        case CMARK_NODE_PARAGRAPH:
            readParagraph(node);
            break;
        case CMARK_NODE_LIST:
            readList(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            readCodeBlock(node);
            break;
        default:
            if (markdown::CmarkDocument::typeName(node) == u"table")
                readTable(node);
            else
                keepAsNote(sourceOf(node), &NoteCount::blocks);
            break;
        }
    }

    LoadResult result;
    const QString name = displayName.isEmpty() ? tr("The text") : displayName;
    if (m_recognised == 0) {
        result.error = tr("%1 is not a memory-leak investigation report: none of the template's sections "
                          "or fields were found in it.").arg(name);
        return result;
    }
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
        result.warnings.append(tr("%1 kept as notes in %2")
            .arg(parts.join(tr(", ", "between the counts of what was kept")), s.title));
    }
    result.content = m_content;
    const auto &sections = m_template.sections();
    result.coverage = TemplateCoverage(int(m_headingsFound.size()),
        int(std::count_if(sections.cbegin(), sections.cend(), [](const SectionDef &s) { return s.headingLevel > 0; })));
    return result;
}

} // namespace

MarkdownReader::MarkdownReader(const ReportTemplate &reportTemplate)
    : m_template(reportTemplate)
{
}

LoadResult MarkdownReader::read(const QString &markdown, const QString &displayName) const
{
    QString text = markdown;
    if (text.startsWith(u'\uFEFF'))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const markdown::CmarkDocument document(text);
    return Reader(m_template, text).run(document.root(), displayName);
}

LoadResult MarkdownReader::load(const QString &path) const
{
    LoadResult result;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open %1: %2").arg(name, file.errorString());
        return result;
    }
    if (file.size() > kMaxFileSize) {
        result.error = tr("%1 is too large for a report (%2 MB; the limit is %3 MB).")
                           .arg(name).arg(file.size() / 1000000).arg(kMaxFileSize / 1000000);
        return result;
    }
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        int line = 1; // the first line that does not decode
        for (const QByteArray &bytesOfLine : bytes.split('\n')) {
            QStringDecoder probe(QStringDecoder::Utf8);
            // Decoding happens on conversion; the line break ends a sequence cut short.
            const QString decoded = probe.decode(bytesOfLine + '\n');
            if (probe.hasError())
                break;
            ++line;
        }
        result.error = tr("%1 is not UTF-8 text (line %2).").arg(name).arg(line);
        return result;
    }
    return read(text, name);
}

bool MarkdownReader::isMarkdownPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"md" || suffix == u"markdown";
}

} // namespace lr
