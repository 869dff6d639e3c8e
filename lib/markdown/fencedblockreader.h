#pragma once

#include "markdown/readcontext.h"

struct cmark_node;

namespace lr::reading {

// Reads the body of a fenced block the template declares: "Label: value" lines and rows of a
// fence, a chain of "→ step" lines, or code with its language, file and explanation.
class FencedBlockReader
{
public:
    explicit FencedBlockReader(ReadContext &context) : m_context(context) {}

    void readFence(const BlockDef &block, const QString &body);
    void readChain(const RowSetDef &rowSet, const QString &body);
    void readCode(const BlockDef &block, const QString &info, const QString &body);

private:
    ReadContext &m_context;
};

} // namespace lr::reading
