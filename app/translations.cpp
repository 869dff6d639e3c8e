#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
void installIfFound(QCoreApplication &app, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    // load(QLocale, …) walks the UI languages in order (de_AT, de, …) and stops at the first found.
    if (translator->load(QLocale(), name, u"_"_s, directory))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}
} // namespace

void installTranslations(QCoreApplication &app)
{
    installIfFound(app, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    installIfFound(app, u"leakreport"_s, u":/i18n"_s);
}

} // namespace lr
