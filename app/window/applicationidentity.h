#pragma once

namespace lr {

// The names the application goes by: organisation and application name (which place its
// settings and its data folder, ~/.local/share/LeakReport/LeakReport, where recovery copies
// go), version, and the desktop file name that lets the desktop match its windows.
void describeApplication();

} // namespace lr
