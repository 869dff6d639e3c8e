#pragma once

class QWheelEvent;
class QWidget;

namespace lr {

// A box on a form page that shows all it holds (a table sized to its rows, a code editor grown
// to its lines) has nothing to scroll: a vertical turn of the wheel over it scrolls the page
// around it. Qt passes only the window system's own wheel events on to the parent, so the box
// hands it over itself. True when `event` went to the page.
bool passWheelToPage(QWidget *box, QWheelEvent *event);

} // namespace lr
