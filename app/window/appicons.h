#pragma once

#include <QIcon>

namespace lr {

// The editor's icons. Toolbar actions take the desktop theme's icon where it has one (Breeze,
// Adwaita) and otherwise a bundled SVG; the bundled SVGs draw in the palette's text colour at
// paint time, so they stay visible under a dark palette and follow a palette change.
namespace AppIcons {

enum class Name {
    NewReport,
    Open,
    Save,
    Undo,
    Redo,
    Export,
    Preview,
    MemoryData,
    Calendar,
    Clear,      // empties a line edit
    Error,      // a problem that must be fixed: a required field is empty, a value is malformed
    NotFilled,  // a part still shows the template's placeholder
    Complete,   // a section with every part filled and no problem
};

QIcon icon(Name name);
// The sign of an error, or of a part not filled in: the same in the Problems panel, the
// navigator and on the field.
QIcon problemIcon(bool isError);
// The bundled SVG alone, never the theme's icon (tests, and icons whose meaning is our own).
QIcon bundledIcon(Name name);

} // namespace AppIcons
} // namespace lr
