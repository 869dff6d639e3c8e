#include "window/problemsdocksizer.h"

#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QTreeWidget>

namespace lr {

ProblemsDockSizer::ProblemsDockSizer(QMainWindow *window, QDockWidget *dock, QTreeWidget *list)
    : QObject(window)
    , m_window(window)
    , m_dock(dock)
    , m_list(list)
{
    m_dock->installEventFilter(this);
}

int ProblemsDockSizer::compactHeight() const
{
    // The dock's title and margins, the list's frame and its one line ("No problems").
    const int chrome = m_dock->height() - m_list->height();
    QTreeWidgetItem *first = m_list->topLevelItem(0);
    const int line = first ? m_list->visualItemRect(first).height() : 0;
    return chrome + 2 * m_list->frameWidth() + std::max(line, m_list->fontMetrics().lineSpacing() + 4) + 2;
}

bool ProblemsDockSizer::canResize() const
{
    if (!m_dock->isVisible() || m_dock->isFloating())
        return false;
    for (const QDockWidget *other : m_window->tabifiedDockWidgets(m_dock)) {
        if (other->isVisible())
            return false; // the place is shared: its height is the other tab's too
    }
    return true;
}

void ProblemsDockSizer::showProblemCount(qsizetype count)
{
    if (!canResize())
        return;
    if (count == 0 && !m_compact) {
        m_stripHeight = m_dock->height();
        m_compact = true;
        resizeDock(compactHeight());
    } else if (count > 0 && m_compact) {
        restoreStrip();
    }
}

void ProblemsDockSizer::restoreStrip()
{
    if (!m_compact)
        return;
    m_compact = false;
    if (m_stripHeight > 0 && canResize())
        resizeDock(m_stripHeight);
}

void ProblemsDockSizer::resizeDock(int height)
{
    m_resizing = true;
    m_window->resizeDocks({m_dock}, {height}, Qt::Vertical);
    m_resizing = false;
}

bool ProblemsDockSizer::eventFilter(QObject *watched, QEvent *event)
{
    // Dragged taller by the user while compact: that is the strip now.
    if (watched == m_dock && event->type() == QEvent::Resize && m_compact && !m_resizing
        && m_dock->height() > compactHeight() + 4) {
        m_compact = false;
        m_stripHeight = m_dock->height();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lr
