#pragma once

#include "heap/heapcomparisonrunner.h"

#include <QDockWidget>

namespace lr {

class HeapSnapshotsPanel;
class ReportEditor;

// The dock that holds the Heap Snapshots panel beside Memory Data. The panel is built the first
// time the dock shows, so start-up stays lean; its toggle action goes in View.
class HeapSnapshotsDock : public QDockWidget
{
    Q_OBJECT

public:
    HeapSnapshotsDock(ReportEditor *editor, HeapComparisonRunner::CompareFunction compare, QWidget *parent = nullptr);

    HeapSnapshotsPanel *panel();
    // Shows, raises and builds the panel.
    void showPanel();

signals:
    // The panel's Fill From Snapshots changed the report (see FillConfirmation::apply).
    void filled(const QString &summary);

private:
    ReportEditor *m_editor;
    HeapComparisonRunner::CompareFunction m_compare;
    HeapSnapshotsPanel *m_panel = nullptr;
};

} // namespace lr
