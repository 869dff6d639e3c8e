#pragma once

class QTextDocument;

namespace lr {

// QTextLayout::draw() itemizes its whole block again on every call, and a PDF draws each page
// separately: one block that runs over many pages (a 10 MB paragraph, a long line in a code
// block) cost pages x block length, 211 s for 10 MB. Cutting such a block where the laid-out
// document already breaks a line keeps every draw to a page's worth of text. The pieces have no
// margin between them and break their lines exactly where the whole block did, so the page
// looks the same and the text reads the same (a line break stays a line break).
class LongBlockSplitter
{
public:
    // A block of more lines than this is cut every `maxLines` lines (a page holds about 55).
    static constexpr int kDefaultMaxLines = 32;

    // Needs a laid-out document (pageCount() finishes the layout); lays the pieces out again.
    // Returns how many cuts were made.
    static int split(QTextDocument &document, int maxLines = kDefaultMaxLines);
};

} // namespace lr
