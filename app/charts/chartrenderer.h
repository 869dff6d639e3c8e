#pragma once

#include "export/exportoptions.h"
#include "series/memoryseries.h"

namespace lr {

// The memory chart as the exports carry it: the on-screen chart (MemoryChart) drawn off screen,
// as a PNG-ready image at print resolution (2400 x 1200 pixels: 300 dpi across a 20 cm wide
// figure) and as SVG. Needs a QApplication (Qt Charts draws with widgets); the offscreen
// platform is enough.
class ChartRenderer
{
public:
    // Puts the chart of `series` into `options`, or nothing when no series has samples; the OOM
    // kills at `oomMarkerHours` (OomMarkers::onChart) are marked as on screen.
    static void addTo(ExportOptions &options, const QList<MemorySeries> &series, const QList<double> &oomMarkerHours = {});
};

} // namespace lr
