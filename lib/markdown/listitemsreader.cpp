#include "markdown/listitemsreader.h"

#include "markdown/cmarkdocument.h"
#include "markdown/patternmatcher.h"

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace lr::reading {

void ListItemsReader::readFieldListItems(const BlockDef &block, cmark_node *list)
{
    const QString *above = nullptr; // the id of the template's item above, once there is one
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        const QString text = m_context.itemText(item);
        const FieldDef *placed = nullptr;
        for (const FieldDef &field : block.fields) {
            const QString prefix = field.label + u':';
            if (text.startsWith(prefix, Qt::CaseInsensitive)) {
                m_context.setValue(field, m_context.cleanValue(field, text.mid(prefix.size()), field.placeholder));
                placed = &field;
                break;
            }
        }
        if (placed) {
            above = &placed->id;
            m_context.keepLinesAfter(placed->id, m_context.linesUnderItem(item));
        } else {
            keepExtraItem(block, above, item, m_context.sourceOf(item)); // with its bullet, as typed
        }
    }
}

void ListItemsReader::keepExtraItem(const BlockDef &block, const QString *idAbove, cmark_node *item,
                                    const QString &asItem)
{
    // Between two of the template's items it stays under the one above, exactly as typed; after
    // the last (or before the first) it joins the list's own extra lines, printed at its end.
    const QString lastId = block.kind == BlockDef::Kind::Checklist ? block.items.last().id : block.fields.last().id;
    if (idAbove && *idAbove != lastId) {
        m_context.keepLinesAfter(*idAbove, m_context.sourceLines(cmark_node_get_start_line(item),
                                                                 cmark_node_get_end_line(item)));
        return;
    }
    QString &kept = m_context.content().notes[block.extraLinesKey()];
    kept += (kept.isEmpty() ? QString() : u"\n"_s) + asItem;
}

void ListItemsReader::readChecklistItems(const BlockDef &block, cmark_node *list)
{
    QList<PatternMatcher> matchers;
    for (const ChecklistItemDef &item : block.items)
        matchers.append(PatternMatcher(item.text));
    const QString *above = nullptr;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        const QString text = m_context.itemText(item);
        // The tick is read from the item's own box: cmark-gfm 0.29 marks an item checked when
        // "[x]" appears anywhere in its line ("- [ ] Other: see [x]").
        static const QRegularExpression box(u"^(?:[-+*]|\\d{1,9}[.)])\\s+\\[([ xX])\\]"_s);
        const QRegularExpressionMatch tick = box.match(m_context.sourceOf(item));
        const bool task = markdown::CmarkDocument::typeName(item) == u"tasklist" && tick.hasMatch();
        const bool checked = task && tick.captured(1) != u" "_s;
        const ChecklistItemDef *placed = nullptr;
        for (int i = 0; i < block.items.size() && !placed; ++i) {
            const ChecklistItemDef &def = block.items[i];
            const auto captures = matchers[i].match(text);
            if (!captures)
                continue;
            placed = &def;
            m_context.content().checked[def.id] = checked;
            m_context.countRecognised();
            for (int s = 0; s < captures->size(); ++s) {
                const FieldDef *detail = def.detail(captures->at(s).first);
                if (detail) {
                    m_context.setValue(*detail, m_context.cleanValue(*detail, captures->at(s).second, detail->placeholder));
                }
            }
        }
        if (placed) {
            above = &placed->id;
            m_context.keepLinesAfter(placed->id, m_context.linesUnderItem(item));
        } else {
            keepExtraItem(block, above, item,
                          u"- "_s + QString(!task ? QString() : checked ? u"[x] "_s : u"[ ] "_s) + text);
        }
    }
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
