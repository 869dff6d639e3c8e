#pragma once

#include "markdown/readcontext.h"

struct cmark_node;

namespace lr::reading {

// Reads the items of a list the template declares: "Label: value" items into a field list,
// task items into a checklist, other items into rows by the row set's pattern.
class ListItemsReader
{
public:
    explicit ListItemsReader(ReadContext &context) : m_context(context) {}

    void readFieldListItems(const BlockDef &block, cmark_node *list);
    void readChecklistItems(const BlockDef &block, cmark_node *list);
    void readRowItems(const RowSetDef &rowSet, cmark_node *list);

private:
    // An item the block does not declare, kept in its list; `asItem` is how the block's own extra
    // lines hold it.
    void keepExtraItem(const BlockDef &block, const QString *idAbove, cmark_node *item, const QString &asItem);

    ReadContext &m_context;
};

} // namespace lr::reading
