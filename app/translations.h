#pragma once

class QCoreApplication;

namespace lr {
// Installs the translations for the user's UI languages: Qt's own (standard dialogs, context
// menus) from the system, LeakReport's from the resources. Both the editor and the command line
// call it; a language with no translation leaves the English source strings.
void installTranslations(QCoreApplication &app);
}
