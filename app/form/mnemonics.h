#pragma once

#include <QSet>
#include <QString>

namespace lr {

// Gives each label of a page its own Alt+letter: the first letter of the label that no other
// label of the page (and no menu of the window) uses yet. Labels that find no free letter
// stay without one rather than sharing.
class MnemonicAssigner
{
public:
    MnemonicAssigner();
    QString withMnemonic(const QString &label);

private:
    QSet<QChar> m_used;
};

} // namespace lr
