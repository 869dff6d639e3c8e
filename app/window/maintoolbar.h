#pragma once

class QMainWindow;
class QToolBar;

namespace lr {

// The main toolbar: the frequent actions of the window's menus (new, open, save, undo, redo,
// PDF export, preview and memory data), each with its icon. The actions are found by their
// object names, so the menus stay the one place that defines them.
QToolBar *addMainToolBar(QMainWindow *window);

} // namespace lr
