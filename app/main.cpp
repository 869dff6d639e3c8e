#include "commandline.h"
#include "translations.h"
#include "window/applicationidentity.h"
#include "window/mainwindow.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {
QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    // Sub-commands run without a display, so they get a core application only.
    if (lr::CommandLine::wantsCommandLine(arguments)) {
        std::unique_ptr<QCoreApplication> app;
        if (lr::CommandLine::needsGui(arguments)) {
            // PDF layout needs fonts, not a screen: the offscreen platform works with no display.
            qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv); // Qt Charts draws with widgets
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        lr::describeApplication();
        lr::installTranslations(*app);
        QTextStream out(stdout), err(stderr);
        const int exitCode = lr::CommandLine(out, err).run(QCoreApplication::arguments());
        return lr::CommandLine::finishStandardOutput(out, err, exitCode);
    }

    QApplication app(argc, argv);
    lr::describeApplication();
    lr::installTranslations(app);
    lr::MainWindow window;
    QStringList files = QCoreApplication::arguments().mid(1);
    // --force: a Markdown file that shows little of the template opens without asking.
    const bool force = files.removeAll(QStringLiteral("--force")) > 0;
    if (!files.isEmpty())
        window.openFile(files.first(), force ? lr::NonReports::Accept : lr::NonReports::Refuse);
    window.show();
    // After the window is up, so the user sees where the recovered report will go.
    QTimer::singleShot(0, &window, &lr::MainWindow::offerRecovery);
    return app.exec();
}
