#pragma once

#include <QString>

namespace lr {
class MainWindow;
struct FieldDef;
}

namespace lr::test {

// A value of the right shape for a field, distinct per field: what the filler types.
QString sampleValueFor(const FieldDef &field);

// Fills every part of the report through the window's widgets, the way a user would: typing
// into every field, ticking every checklist item, choosing in every combo box, typing into one
// cell of every table and into every section's notes. Returns false (with a QtTest failure
// message) when a widget is missing.
bool fillEveryWidget(MainWindow &window);

} // namespace lr::test
