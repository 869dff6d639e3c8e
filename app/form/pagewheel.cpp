#include "form/pagewheel.h"

#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace lr {

bool passWheelToPage(QWidget *box, QWheelEvent *event)
{
    if (event->angleDelta().y() == 0)
        return false; // sideways: the box's own horizontal scrolling
    for (QWidget *parent = box->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *page = qobject_cast<QAbstractScrollArea *>(parent)) {
            QCoreApplication::sendEvent(page->verticalScrollBar(), event);
            return true;
        }
    }
    return false;
}

} // namespace lr
