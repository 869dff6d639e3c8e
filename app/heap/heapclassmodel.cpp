#include "heap/heapclassmodel.h"

#include "heap/snapshotfill.h"

using namespace Qt::StringLiterals;

namespace lr {

namespace {

qint64 number(const HeapClassDelta &delta, int column)
{
    switch (column) {
    case HeapClassModel::NewCount: return delta.newCount;
    case HeapClassModel::DeletedCount: return delta.deletedCount;
    case HeapClassModel::CountDelta: return delta.countDelta;
    case HeapClassModel::AllocBytes: return delta.allocBytes;
    case HeapClassModel::FreedBytes: return delta.freedBytes;
    case HeapClassModel::SizeDelta: return delta.sizeDelta;
    case HeapClassModel::RetainedBytes: return delta.retainedBytes;
    }
    return 0;
}

bool isBytes(int column)
{
    return column == HeapClassModel::AllocBytes || column == HeapClassModel::FreedBytes
        || column == HeapClassModel::SizeDelta || column == HeapClassModel::RetainedBytes;
}

bool isSigned(int column)
{
    return column == HeapClassModel::CountDelta || column == HeapClassModel::SizeDelta;
}

} // namespace

HeapClassModel::HeapClassModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HeapClassModel::setClasses(const QList<HeapClassDelta> &classes)
{
    beginResetModel();
    m_classes = classes;
    endResetModel();
}

int HeapClassModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int HeapClassModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HeapClassModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HeapClassDelta &delta = m_classes.at(index.row());
    const int column = index.column();
    if (role == SortRole)
        return column == Name ? QVariant(delta.name) : QVariant(number(delta, column));
    if (role == Qt::TextAlignmentRole)
        return column == Name ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole && column == Name)
        return SnapshotFill::retainerChain(delta.retainerPath).join(u" \u2192 "_s);
    if (role != Qt::DisplayRole)
        return {};
    if (column == Name)
        return delta.name;
    const qint64 value = number(delta, column);
    const QString sign = isSigned(column) && value > 0 ? u"+"_s : QString();
    if (isBytes(column))
        //: Megabytes (10^6 bytes)
        return QString(sign + tr("%1 MB").arg(SnapshotFill::formatMB(value)));
    return QString(sign + QString::number(value));
}

QVariant HeapClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Constructor");
    case NewCount: return tr("# New");
    case DeletedCount: return tr("# Deleted");
    case CountDelta: return tr("# Delta");
    case AllocBytes: return tr("Alloc. Size");
    case FreedBytes: return tr("Freed Size");
    case SizeDelta: return tr("Size Delta");
    case RetainedBytes: return tr("Retained Size");
    }
    return {};
}

} // namespace lr
