// A child process for tst_recovery: `edit` fills every widget of a real window and waits to be
// killed with SIGKILL once its recovery copy is on disk; `type` types into one field without a
// pause until it is killed, reporting each key; `restore` starts a new window, accepts the
// recovery dialog and writes what it restored. `edit` and `restore` write the report as native JSON.
#include "formfiller.h"

#include "form/fieldeditor.h"
#include "form/formbinder.h"

#include "io/atomicwrite.h"
#include "io/recoverystore.h"
#include "io/reportfile.h"
#include "window/autosave.h"
#include "window/mainwindow.h"
#include "window/recoverydialog.h"
#include "window/reportdocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
bool writeReport(lr::MainWindow &window, const QString &path)
{
    const lr::Report *report = window.document()->report();
    QString error;
    const bool ok = lr::writeFileAtomically(path, lr::ReportFile::toJson(report->reportTemplate(), report->content()), &error);
    if (!ok)
        std::fprintf(stderr, "%s\n", qPrintable(error));
    return ok;
}

int edit(const QString &recoveryDir, const QString &expectedPath)
{
    lr::MainWindow window(recoveryDir);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !lr::test::fillEveryWidget(window))
        return 3;
    if (!writeReport(window, expectedPath))
        return 4;
    // Wait for the autosave of the last edit, as a user who pauses would.
    QElapsedTimer waited;
    waited.start();
    while ((window.autosave()->isPending() || QDir(recoveryDir).entryList(QDir::Files).isEmpty()) && waited.elapsed() < 20000)
        QTest::qWait(50);
    std::printf("READY\n");
    std::fflush(stdout);
    return QApplication::exec(); // until SIGKILL
}

// Types the letters a, b, c, ... z, a, ... into the TL;DR field, one key every few milliseconds,
// and prints "TYPED <keys so far> <ms since the first key>" after each, by this process's own
// monotonic clock, so the test measures what a kill lost in the time of the typing itself.
int type(const QString &recoveryDir)
{
    lr::MainWindow window(recoveryDir);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    window.buildAllPages();
    lr::FieldEditor *editor = window.binder()->fieldEditor(u"tldr"_s);
    if (!editor)
        return 3;
    QWidget *field = editor->focusTarget();
    std::printf("READY\n");
    std::fflush(stdout);
    QElapsedTimer clock;
    qint64 keys = 0;
    QTimer typist;
    typist.setInterval(20); // a fast typist; the events of each key run in between
    QObject::connect(&typist, &QTimer::timeout, [&] {
        if (keys == 0)
            clock.start();
        QTest::keyClick(field, char('a' + keys % 26));
        ++keys;
        std::printf("TYPED %lld %lld\n", keys, clock.elapsed());
        std::fflush(stdout);
    });
    typist.start();
    return QApplication::exec(); // until SIGKILL
}

int restore(const QString &recoveryDir, const QString &restoredPath)
{
    lr::MainWindow window(recoveryDir);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 3;
    // Answer the dialog the way a user would: click Restore once it shows.
    QTimer::singleShot(0, &window, [&window] {
        auto *dialog = window.findChild<lr::RecoveryDialog *>();
        auto *restoreButton = dialog ? dialog->findChild<QAbstractButton *>(u"restoreButton"_s) : nullptr;
        if (restoreButton)
            QTest::mouseClick(restoreButton, Qt::LeftButton);
        else if (dialog)
            dialog->reject();
    });
    window.offerRecovery();
    if (!window.document()->isModified())
        return 5; // nothing was restored
    const bool ok = writeReport(window, restoredPath);
    window.autosave()->discard();
    return ok ? 0 : 4;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LeakReport"_s);
    QCoreApplication::setApplicationName(u"leakreport-recovery-harness"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args[1] == u"type")
        return type(args[2]);
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: recoveryharness edit|restore RECOVERY_DIR REPORT_OUT | type RECOVERY_DIR\n");
        return 2;
    }
    if (args[1] == u"edit")
        return edit(args[2], args[3]);
    if (args[1] == u"restore")
        return restore(args[2], args[3]);
    return 2;
}
