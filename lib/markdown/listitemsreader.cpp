#include "markdown/listitemsreader.h"

#include "markdown/cmarkdocument.h"
#include "markdown/patternmatcher.h"

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace lr::reading {

void ListItemsReader::readFieldListItems(const BlockDef &block, cmark_node *list)
{
    QStringList unplaced;
    QStringList extraItems;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        const QString text = m_context.itemText(item);
        bool placed = false;
        for (const FieldDef &field : block.fields) {
            const QString prefix = field.label + u':';
            if (text.startsWith(prefix, Qt::CaseInsensitive)) {
                const QString raw = text.mid(prefix.size());
                m_context.setValue(field, m_context.cleanValue(field, raw, field.placeholder));
                placed = true;
                break;
            }
        }
        if (!placed)
            extraItems.append(m_context.sourceOf(item)); // with its bullet, as typed
        else if (paragraph && cmark_node_next(paragraph))
            unplaced.append(u"- "_s + m_context.sourceOf(cmark_node_next(paragraph)));
    }
    keepExtraItems(block, extraItems);
    if (!unplaced.isEmpty())
        m_context.keepAsNote(unplaced.join(u'\n'), &NoteCount::items, int(unplaced.size()));
}

void ListItemsReader::keepExtraItems(const BlockDef &block, const QStringList &extraItems)
{
    if (extraItems.isEmpty())
        return;
    // A hand-added item stays in its list, after the template's items, so its meaning is kept.
    QString &kept = m_context.content().notes[block.extraLinesKey()];
    kept += (kept.isEmpty() ? QString() : u"\n"_s) + extraItems.join(u'\n');
}

void ListItemsReader::readChecklistItems(const BlockDef &block, cmark_node *list)
{
    QList<PatternMatcher> matchers;
    for (const ChecklistItemDef &item : block.items)
        matchers.append(PatternMatcher(item.text));
    QStringList unplaced;
    QStringList extraItems;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        const QString text = m_context.itemText(item);
        // The tick is read from the item's own box: cmark-gfm 0.29 marks an item checked when
        // "[x]" appears anywhere in its line ("- [ ] Other: see [x]").
        static const QRegularExpression box(u"^(?:[-+*]|\\d{1,9}[.)])\\s+\\[([ xX])\\]"_s);
        const QRegularExpressionMatch tick = box.match(m_context.sourceOf(item));
        const bool task = markdown::CmarkDocument::typeName(item) == u"tasklist" && tick.hasMatch();
        const bool checked = task && tick.captured(1) != u" "_s;
        bool placed = false;
        for (int i = 0; i < block.items.size() && !placed; ++i) {
            const ChecklistItemDef &def = block.items[i];
            const auto captures = matchers[i].match(text);
            if (!captures)
                continue;
            placed = true;
            m_context.content().checked[def.id] = checked;
            m_context.countRecognised();
            for (int s = 0; s < captures->size(); ++s) {
                const FieldDef *detail = def.detail(captures->at(s).first);
                if (detail) {
                    m_context.setValue(*detail, m_context.cleanValue(*detail, captures->at(s).second, detail->placeholder));
                }
            }
        }
        if (!placed)
            extraItems.append(u"- "_s + QString(!task ? QString() : checked ? u"[x] "_s : u"[ ] "_s) + text);
        else if (paragraph && cmark_node_next(paragraph))
            unplaced.append(m_context.sourceOf(cmark_node_next(paragraph)));
    }
    keepExtraItems(block, extraItems);
    if (!unplaced.isEmpty())
        m_context.keepAsNote(unplaced.join(u'\n'), &NoteCount::items, int(unplaced.size()));
}

void ListItemsReader::readRowItems(const RowSetDef &rowSet, cmark_node *list)
{
    const PatternMatcher matcher(rowSet.pattern);
    QList<Row> &rows = m_context.content().rows[rowSet.id];
    QStringList unplaced;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node *paragraph = cmark_node_first_child(item);
        if (paragraph && cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) {
            unplaced.append(m_context.sourceOf(item));
            continue;
        }
        const QString text = m_context.itemText(item);
        const auto captures = matcher.match(text);
        if (captures) {
            rows.append(m_context.rowFromSlots(rowSet, *captures, int(rows.size())));
        } else {
            // Not in the pattern's shape: the whole item goes to the first column.
            Row row = rowSet.newRow();
            row[rowSet.columns.first().id] = text;
            rows.append(row);
        }
        m_context.countRecognised();
        for (cmark_node *more = cmark_node_next(paragraph); more; more = cmark_node_next(more))
            unplaced.append(m_context.sourceOf(more));
    }
    if (!unplaced.isEmpty())
        m_context.keepAsNote(unplaced.join(u"\n\n"_s), &NoteCount::items, int(unplaced.size()));
}

} // namespace lr::reading
