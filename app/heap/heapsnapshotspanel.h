#pragma once

#include "heap/heapcomparisonrunner.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTreeWidget;

namespace lr {

class HeapClassModel;
class ReportEditor;

// The editor's Heap Snapshots panel: the snapshots the report records, the comparison's classes
// (sortable, filterable) and the retainer path of the class chosen, as a tree. Two or three
// snapshots added (file dialog or drag and drop) are compared on a worker thread with progress
// and Cancel; the result is recorded in the report as one undoable step, and Fill From
// Snapshots writes the Investigation sections from it.
class HeapSnapshotsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HeapSnapshotsPanel(ReportEditor *editor, HeapComparisonRunner::CompareFunction compare,
                                QWidget *parent = nullptr);

    // Adds snapshots to compare: two or three at once start a new comparison, one waits for the next.
    void addSnapshots(const QStringList &files);
    void fillReportFromSnapshots();
    HeapComparisonRunner *runner() const { return m_runner; }

signals:
    // What a fill changed, for the status bar (see FillConfirmation::apply).
    void filled(const QString &summary);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseSnapshots();
    void refresh();
    void showRetainerPath();
    void setBusy(bool busy);
    void recordComparison(const HeapComparison &comparison);

    ReportEditor *m_editor;
    HeapComparisonRunner *m_runner;
    HeapClassModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableWidget *m_snapshots;
    QLineEdit *m_filter;
    QTableView *m_classes;
    QTreeWidget *m_path;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_add;
    QPushButton *m_cancel;
    QPushButton *m_fill;
    QStringList m_pending; // chosen, waiting for a second snapshot
    HeapComparison m_shown;
};

} // namespace lr
