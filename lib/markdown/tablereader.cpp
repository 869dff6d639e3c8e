#include "markdown/tablereader.h"

#include "markdown/cmarkdocument.h"
#include "markdown/markdownescape.h"

#include <cmark-gfm.h>

using namespace Qt::StringLiterals;

namespace lr::reading {

void TableReader::readTable(const RowSetDef &rowSet, cmark_node *node)
{
    cmark_node *header = cmark_node_first_child(node);
    // Columns are found by their heading (or one of its aliases), so reordered columns read
    // right; a column the template does not have is kept as an extra column of its rows.
    QStringList keys;
    for (cmark_node *cell = cmark_node_first_child(header); cell; cell = cmark_node_next(cell)) {
        const QString heading = markdown::unescapeTableCell(m_context.sourceOf(cell));
        const FieldDef *column = rowSet.columnForHeading(markdown::CmarkDocument::literalText(cell));
        keys.append(column && !keys.contains(column->id) ? column->id
                                                         : RowSetDef::extraColumnKey(int(keys.size()), heading));
    }
    QList<Row> &rows = m_context.content().rows[rowSet.id];
    for (cmark_node *tableRow = cmark_node_next(header); tableRow; tableRow = cmark_node_next(tableRow)) {
        QList<std::pair<QString, QString>> captures;
        int i = 0;
        for (cmark_node *cell = cmark_node_first_child(tableRow); cell; cell = cmark_node_next(cell), ++i) {
            if (i < keys.size())
                captures.append({keys[i], markdown::unescapeTableCell(m_context.sourceOf(cell))});
        }
        rows.append(m_context.rowFromSlots(rowSet, captures, int(rows.size())));
    }
}

} // namespace lr::reading
