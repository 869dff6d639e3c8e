#pragma once

#include <QSet>
#include <QString>

class QAbstractButton;

namespace lr {

// Gives each label of a page its own Alt+letter: the first letter of the label that no other
// label of the page (and no menu of the window) uses yet. Labels that find no free letter
// stay without one rather than sharing.
class MnemonicAssigner
{
public:
    MnemonicAssigner();
    QString withMnemonic(const QString &label);
    // Gives a button of the page (its text written with a letter of its own) the page's next free one.
    void relabel(QAbstractButton *button);

private:
    QSet<QChar> m_used;
};

} // namespace lr
