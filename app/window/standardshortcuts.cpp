#include "window/standardshortcuts.h"

#include <QAction>

namespace lr {

namespace {
struct Conventional
{
    QKeySequence::StandardKey key;
    QKeyCombination combination;
};

constexpr Conventional kConventional[] = {
    {QKeySequence::New, Qt::CTRL | Qt::Key_N},
    {QKeySequence::Open, Qt::CTRL | Qt::Key_O},
    {QKeySequence::Save, Qt::CTRL | Qt::Key_S},
    {QKeySequence::SaveAs, Qt::CTRL | Qt::SHIFT | Qt::Key_S},
    {QKeySequence::Close, Qt::CTRL | Qt::Key_W},
    {QKeySequence::Quit, Qt::CTRL | Qt::Key_Q},
    {QKeySequence::Undo, Qt::CTRL | Qt::Key_Z},
    {QKeySequence::Redo, Qt::CTRL | Qt::SHIFT | Qt::Key_Z},
};
} // namespace

void setStandardShortcut(QAction *action, QKeySequence::StandardKey key)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    for (const Conventional &conventional : kConventional) {
        if (conventional.key == key && !keys.contains(QKeySequence(conventional.combination)))
            keys.append(QKeySequence(conventional.combination));
    }
    action->setShortcuts(keys);
}

} // namespace lr
