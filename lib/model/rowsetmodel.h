#pragma once

#include "template/reporttemplate.h"

#include <QAbstractTableModel>

#include <functional>

namespace lr {

class Report;
class ReportEditor;

// One row set of a report (timeline, files, steps...) as a table model for Qt's item views.
// Edits go through the ReportEditor, so they are undoable; undo, redo and file loads come back
// through the report's signals and reach views as the smallest change that describes them.
class RowSetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        PlaceholderRole = Qt::UserRole + 1, // the template's text for an empty cell
        FieldTypeRole,                      // int(FieldType) of the column
    };

    RowSetModel(ReportEditor *editor, const QString &rowSetId, QObject *parent = nullptr);

    const RowSetDef &rowSet() const { return *m_rowSet; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    // Stable-sorts the rows as one undoable step.
    bool sortRows(const std::function<bool(const Row &, const Row &)> &lessThan, const QString &actionText);

    // The row key behind a column: a declared column id, or an extra column's key (see
    // RowSetDef::extraColumnKey) after the declared ones.
    QString columnKey(int column) const;

private:
    void reportRowsChanged(const QString &rowSetId);
    void resetFromReport();

    ReportEditor *m_editor;
    Report *m_report;
    const RowSetDef *m_rowSet;
    QList<Row> m_rows; // what the views were last told about
    QStringList m_extraColumns; // of m_rows, after the declared columns
    bool m_ownChange = false; // the change in progress has been announced precisely already
};

} // namespace lr
