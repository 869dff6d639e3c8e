#pragma once

#include "markdown/readcontext.h"

struct cmark_node;

namespace lr::reading {

// Reads a GFM table into a row set: columns found by their heading or its aliases, columns the
// template does not have kept as extra columns of the rows.
class TableReader
{
public:
    explicit TableReader(ReadContext &context) : m_context(context) {}

    void readTable(const RowSetDef &rowSet, cmark_node *table);

private:
    ReadContext &m_context;
};

} // namespace lr::reading
