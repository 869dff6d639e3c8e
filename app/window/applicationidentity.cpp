#include "window/applicationidentity.h"

#include "version.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace lr {

void describeApplication()
{
    QCoreApplication::setApplicationName(QLatin1StringView(kApplicationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(kVersion));
    QCoreApplication::setOrganizationName(QStringLiteral("LeakReport"));
    // Lets Wayland and the desktop match the window to the installed .desktop entry and icon.
    QGuiApplication::setDesktopFileName(QLatin1StringView(kApplicationId));
}

} // namespace lr
