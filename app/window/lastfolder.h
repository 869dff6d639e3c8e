#pragma once

#include <QString>

namespace lr {

// The folder the file dialogs start in: where the last report was opened or saved, remembered
// for the next session; else Documents, else the home folder. Always a folder that exists (a
// missing one made the Open dialog start in ~ with "Documents" typed as the file name).
class LastFolder
{
public:
    static QString get();
    static void remember(const QString &filePath);
};

} // namespace lr
