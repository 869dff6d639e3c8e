#include "heap/heapsnapshotsdock.h"

#include "heap/heapsnapshotspanel.h"

#include <QAction>
#include <QMainWindow>

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
    // Shown from the menu or its shortcut, it comes to the front of its tabs, with room.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showPanel();
    });
}

HeapSnapshotsPanel *HeapSnapshotsDock::panel()
{
    if (!m_panel) {
        m_panel = new HeapSnapshotsPanel(m_editor, m_compare, this);
        connect(m_panel, &HeapSnapshotsPanel::filled, this, &HeapSnapshotsDock::filled);
        setWidget(m_panel);
    }
    return m_panel;
}

void HeapSnapshotsDock::showPanel()
{
    show();
    raise();
    panel();
    // A class table and a path tree need room: the bottom area takes close to half the window.
    auto *window = qobject_cast<QMainWindow *>(parentWidget());
    if (window && !isFloating() && height() < window->height() * 2 / 5)
        window->resizeDocks({this}, {window->height() * 9 / 20}, Qt::Vertical);
}

} // namespace lr
