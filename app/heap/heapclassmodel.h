#pragma once

#include "heap/heapcomparison.h"

#include <QAbstractTableModel>

namespace lr {

// The classes of a heap comparison as a table, one row a constructor group, for the Heap
// Snapshots panel. Sizes show as MB (10^6 bytes); Qt::UserRole gives the number to sort by.
class HeapClassModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, NewCount, DeletedCount, CountDelta, AllocBytes, FreedBytes, SizeDelta, RetainedBytes, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;

    explicit HeapClassModel(QObject *parent = nullptr);

    void setClasses(const QList<HeapClassDelta> &classes);
    const HeapClassDelta &classAt(int row) const { return m_classes.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<HeapClassDelta> m_classes;
};

} // namespace lr
