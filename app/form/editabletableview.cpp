#include "form/editabletableview.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace lr {

namespace {
// A key that types a character (what Qt's item views otherwise send to the search).
bool typesText(const QKeyEvent *event)
{
    constexpr Qt::KeyboardModifiers kCommandModifiers = Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    return !event->text().isEmpty() && event->text().front().isPrint() && !(event->modifiers() & kCommandModifiers);
}
} // namespace

void EditableTableView::keyboardSearch(const QString &)
{
}

void EditableTableView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    if (state() == EditingState || !current.isValid() || !typesText(event)) {
        QTableView::keyPressEvent(event);
        return;
    }
    event->accept();
    if (edit(current, AnyKeyPressed, event))
        return; // the editor opened with the key
    // Refused while a click on the selected cell waits out the double-click interval. A double
    // click cancels that wait and opens the editor now (Qt forwards no key with it: we do).
    if (!edit(current, DoubleClicked, nullptr))
        return; // not editable: the key does nothing
    if (QWidget *editor = indexWidget(current))
        QCoreApplication::sendEvent(editor->focusProxy() ? editor->focusProxy() : editor, event);
}

} // namespace lr
