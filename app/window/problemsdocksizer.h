#pragma once

#include <QObject>

class QDockWidget;
class QMainWindow;
class QTreeWidget;

namespace lr {

// The Problems dock's height: the strip the user gives it while it lists problems (kept by the
// window state across sessions), and a single line while there is nothing to report, so an empty
// panel does not hold a sixth of the window. It changes only a dock that is docked and alone in
// its place (never under a visible Memory Data tab).
class ProblemsDockSizer : public QObject
{
    Q_OBJECT

public:
    ProblemsDockSizer(QMainWindow *window, QDockWidget *dock, QTreeWidget *list);

    // After each check: compact with nothing to report, the user's strip again with problems.
    void showProblemCount(qsizetype count);
    // Before the window state is saved: the strip, so the next session starts with it.
    void restoreStrip();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int compactHeight() const;
    bool canResize() const;
    void resizeDock(int height);

    QMainWindow *m_window;
    QDockWidget *m_dock;
    QTreeWidget *m_list;
    int m_stripHeight = 0; // the height it had, or was given, while listing problems
    bool m_compact = false;
    bool m_resizing = false;
};

} // namespace lr
