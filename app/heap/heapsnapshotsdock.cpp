#include "heap/heapsnapshotsdock.h"

#include "heap/heapsnapshotspanel.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace lr {

HeapSnapshotsDock::HeapSnapshotsDock(ReportEditor *editor, HeapComparisonRunner::CompareFunction compare, QWidget *parent)
    : QDockWidget(tr("Heap Snapshots"), parent)
    , m_editor(editor)
    , m_compare(std::move(compare))
{
    setObjectName(u"heapSnapshotsDock"_s); // the window's saved state names its docks
    QAction *toggle = toggleViewAction();
    toggle->setText(tr("&Heap Snapshots"));
    toggle->setToolTip(tr("Compare two or three V8 heap snapshots and fill Investigation Steps from them"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    toggle->setObjectName(u"actionToggleHeapSnapshots"_s);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            panel();
    });
}

HeapSnapshotsPanel *HeapSnapshotsDock::panel()
{
    if (!m_panel) {
        m_panel = new HeapSnapshotsPanel(m_editor, m_compare, this);
        setWidget(m_panel);
    }
    return m_panel;
}

void HeapSnapshotsDock::showPanel()
{
    show();
    raise();
    panel();
}

} // namespace lr
