#pragma once

#include <QKeySequence>
#include <QList>

class QAction;

namespace lr {

// The platform's keys for a standard action, followed by the conventional one (Ctrl+Shift+S for
// Save As, Ctrl+Q for Quit, ...) where the platform's key scheme lacks it: plain X11 has no Save
// As key, and some platform themes give Quit none and Close only Ctrl+F4.
void setStandardShortcut(QAction *action, QKeySequence::StandardKey key);

} // namespace lr
