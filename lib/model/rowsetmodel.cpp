#include "model/rowsetmodel.h"

#include "model/reporteditor.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

RowSetModel::RowSetModel(ReportEditor *editor, const QString &rowSetId, QObject *parent)
    : QAbstractTableModel(parent)
    , m_editor(editor)
    , m_report(editor->report())
    , m_rowSet(m_report->reportTemplate().rowSet(rowSetId))
    , m_rows(m_report->rows(rowSetId))
    , m_extraColumns(RowSetDef::extraColumns(m_rows))
{
    Q_ASSERT_X(m_rowSet, "RowSetModel", "unknown row set");
    connect(m_report, &Report::rowsChanged, this, &RowSetModel::reportRowsChanged);
    connect(m_report, &Report::contentReset, this, &RowSetModel::resetFromReport);
}

int RowSetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowSet->columns.size() + m_extraColumns.size());
}

QString RowSetModel::columnKey(int column) const
{
    if (column < m_rowSet->columns.size())
        return m_rowSet->columns[column].id;
    return m_extraColumns.value(column - m_rowSet->columns.size());
}

QVariant RowSetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows[index.row()];
    if (index.column() >= m_rowSet->columns.size()) { // an extra column: free text, no placeholder
        const bool shown = role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole;
        if (role == FieldTypeRole)
            return int(FieldType::Text);
        return shown ? QVariant(row.value(columnKey(index.column()))) : QVariant();
    }
    const FieldDef &column = m_rowSet->columns[index.column()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return row.value(column.id);
    case Qt::ToolTipRole: {
        const QString value = row.value(column.id);
        return value.isEmpty() ? m_rowSet->placeholder(row, index.row(), column) : value;
    }
    case PlaceholderRole:
        return m_rowSet->placeholder(row, index.row(), column);
    case FieldTypeRole:
        return int(column.type);
    default:
        return {};
    }
}

QVariant RowSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section >= m_rowSet->columns.size() && section < columnCount())
        return RowSetDef::extraColumnHeading(columnKey(section));
    if (section < 0 || section >= m_rowSet->columns.size())
        return {};
    const FieldDef &column = m_rowSet->columns[section];
    return column.unit.isEmpty() ? column.label : u"%1 (%2)"_s.arg(column.label, column.unit);
}

Qt::ItemFlags RowSetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool RowSetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    m_editor->setCell(m_rowSet->id, index.row(), columnKey(index.column()), value.toString());
    return true;
}

bool RowSetModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count < 1)
        return false;
    QList<Row> rows = m_rows;
    for (int i = 0; i < count; ++i)
        rows.insert(row, m_rowSet->newRow());
    beginInsertRows({}, row, row + count - 1);
    m_ownChange = true;
    //: %1 is the list's name ("Timeline"); the second text is only used for two rows or more
    m_editor->setRows(m_rowSet->id, rows, count == 1 ? tr("Add %1 Row").arg(m_rowSet->label)
                                                     : tr("Add %n %1 Rows", nullptr, count).arg(m_rowSet->label));
    m_ownChange = false;
    m_rows = m_report->rows(m_rowSet->id);
    endInsertRows();
    return true;
}

bool RowSetModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > rowCount())
        return false;
    QList<int> rows;
    for (int i = row; i < row + count; ++i)
        rows.append(i);
    beginRemoveRows({}, row, row + count - 1);
    m_ownChange = true;
    m_editor->removeRows(m_rowSet->id, rows);
    m_ownChange = false;
    m_rows = m_report->rows(m_rowSet->id);
    endRemoveRows();
    if (RowSetDef::extraColumns(m_rows) != m_extraColumns) // the last row with an extra column went
        resetFromReport();
    return true;
}

bool RowSetModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                           const QModelIndex &destinationParent, int destinationChild)
{
    // One row at a time is what the editor offers (Move Up / Move Down).
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= rowCount() || destinationChild < 0 || destinationChild > rowCount()
        || destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    m_ownChange = true;
    m_editor->moveRow(m_rowSet->id, sourceRow, to);
    m_ownChange = false;
    m_rows = m_report->rows(m_rowSet->id);
    endMoveRows();
    return true;
}

bool RowSetModel::sortRows(const std::function<bool(const Row &, const Row &)> &lessThan, const QString &actionText)
{
    QList<Row> rows = m_rows;
    std::stable_sort(rows.begin(), rows.end(), lessThan);
    if (rows == m_rows)
        return false;
    m_editor->setRows(m_rowSet->id, rows, actionText);
    return true;
}

void RowSetModel::reportRowsChanged(const QString &rowSetId)
{
    if (rowSetId != m_rowSet->id || m_ownChange)
        return;
    const QList<Row> rows = m_report->rows(rowSetId);
    if (rows.size() != m_rows.size() || RowSetDef::extraColumns(rows) != m_extraColumns) {
        resetFromReport();
        return;
    }
    // Same number of rows (a cell edit, a sort, an undo of either): tell views which cells changed.
    int firstRow = -1, lastRow = -1;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i] != m_rows[i]) {
            if (firstRow < 0)
                firstRow = i;
            lastRow = i;
        }
    }
    m_rows = rows;
    if (firstRow >= 0)
        emit dataChanged(index(firstRow, 0), index(lastRow, columnCount() - 1));
}

void RowSetModel::resetFromReport()
{
    beginResetModel();
    m_rows = m_report->rows(m_rowSet->id);
    m_extraColumns = RowSetDef::extraColumns(m_rows);
    endResetModel();
}

} // namespace lr
