#include "window/maintoolbar.h"

#include "window/appicons.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The action of that name that is in a menu: the .ui file's Undo and Redo are stand-ins that
// the undo stack's own actions replace in the Edit menu, under the same names.
QAction *menuAction(QMainWindow *window, QLatin1StringView name)
{
    QAction *found = nullptr;
    for (QAction *action : window->findChildren<QAction *>(name)) {
        if (!found || !action->associatedObjects().isEmpty())
            found = action;
    }
    return found;
}
} // namespace

QToolBar *addMainToolBar(QMainWindow *window)
{
    using AppIcons::Name;
    struct Entry
    {
        QLatin1StringView actionName; // empty: a separator
        Name icon;
    };
    static constexpr Entry entries[] = {
        {"actionNew"_L1, Name::NewReport},
        {"actionOpen"_L1, Name::Open},
        {"actionSave"_L1, Name::Save},
        {{}, Name::NewReport},
        {"actionUndo"_L1, Name::Undo},
        {"actionRedo"_L1, Name::Redo},
        {{}, Name::NewReport},
        {"actionExportPdf"_L1, Name::Export},
        {{}, Name::NewReport},
        {"actionShowPreview"_L1, Name::Preview},
        {"actionToggleMemoryData"_L1, Name::MemoryData},
    };
    auto *toolBar = new QToolBar(QCoreApplication::translate("lr::MainWindow", "Main Toolbar"), window);
    toolBar->setObjectName(u"mainToolBar"_s); // its place and visibility are kept with the window state
    toolBar->setMovable(true);
    toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    for (const Entry &entry : entries) {
        if (entry.actionName.isEmpty()) {
            toolBar->addSeparator();
            continue;
        }
        QAction *action = menuAction(window, entry.actionName);
        Q_ASSERT_X(action, "addMainToolBar", "an action of the toolbar is missing from the window");
        if (!action)
            continue;
        action->setIcon(AppIcons::icon(entry.icon));
        toolBar->addAction(action);
    }
    window->addToolBar(Qt::TopToolBarArea, toolBar);
    return toolBar;
}

} // namespace lr
