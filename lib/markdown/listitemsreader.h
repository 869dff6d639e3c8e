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
    void keepExtraItems(const BlockDef &block, const QStringList &extraItems);

    ReadContext &m_context;
};

} // namespace lr::reading
