#pragma once

#include <QString>

namespace lr {

// The export style sheet as QTextDocument reads it for print. Qt's rich-text CSS drops a margin
// given in pt (it knows px, scaled to the device as 1/96 inch): "p { margin-bottom: 6pt }" left no
// space between paragraphs in the PDF, and headings sat on the text above them. Here every margin
// length in pt becomes the px it means (x 96/72); font sizes, which Qt reads in pt, and paddings
// stay as written (a code block padded for real had a line drawn on both pages of a page break
// inside it).
QString printStyleSheet(const QString &styleSheet);

} // namespace lr
