#include "io/reportfile.h"
#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the real `leakreport` executable, as scripts and CI would.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version_printsTheVersion();
    void help_listsTheCommands();
    void helpAll_givesEveryCommandsUsage();
    void helpCommand_givesTheCommandsOwnHelp();
    void qtStandardOptions_passThrough_data();
    void qtStandardOptions_passThrough();
    void newThenExport_givesTheTemplate();
    void exportSample_matchesGoldenFile();
    void export_withoutOutput_writesToStandardOutput();
    void usageErrors_exitWithTwo_data();
    void usageErrors_exitWithTwo();
    void new_refusesToOverwriteWithoutForce();
    void export_intoMissingFolder_exitsWithOne();
    void check_sampleHasNoProblems();
    void check_newReportListsProblemsAndExitsWithOne();
    void check_errorsOnly();
    void check_filledReportAndUntickedDetail();
    void check_onlyUnfilledWithErrorsOnly_exitsWithZero();
    void check_unreadableReport_exitsWithTwo();
    void import_sampleMarkdown_givesTheSampleBack();
    void import_reportsNotesOnStandardError();
    void import_refusesToOverwriteAndRefusesNonReports();
    void exportAndCheck_acceptMarkdownInput();
    void exportPdf_withoutDisplay_letterPages();
    void exportHtml_formatFromTheOutputSuffix();
    void seriesAddThenStats_beforeAndAfter();
    void seriesAdd_severalSeriesNeedAChoice();
    void seriesAdd_picksASeriesByItsLabelSet();
    void seriesAdd_saysAndTakesTheUnit();

private:
    using Run = lr::test::ProgramRun;
    Run run(const QStringList &arguments) const;
    QTemporaryDir m_dir;
};

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments) const
{
    return lr::test::runLeakReport(arguments, m_dir.path()); // sub-commands must not need a display
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(LEAKREPORT_BINARY)));
}

void TestCommandLine::version_printsTheVersion()
{
    const Run r = run({u"--version"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("LeakReport 0."), r.out.constData());
}

void TestCommandLine::help_listsTheCommands()
{
    const Run r = run({u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("new "));
    QVERIFY(r.out.contains("export "));
    const Run exportHelp = run({u"export"_s, u"--help"_s});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY2(exportHelp.out.contains("--format"), exportHelp.out.constData());
}

// --help-all is what the man page is generated from: every command, named in its usage line
// however the program was started.
void TestCommandLine::helpAll_givesEveryCommandsUsage()
{
    const Run r = run({u"--help-all"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"new", "export", "import", "check", "series", "stats"}) {
        const QByteArray name = QByteArray("leakreport ") + command;
        const QByteArray section = '\n' + name + ":\n  " + name + " [options]";
        QVERIFY2(r.out.contains(section), section.constData());
        const Run own = run({QString::fromLatin1(command), u"--help"_s});
        QVERIFY2(own.out.startsWith(QByteArray("Usage: " + name + " [options]")), own.out.constData());
    }
    QVERIFY2(!r.out.contains(LEAKREPORT_BINARY), "the usage lines name the build's path");
    QVERIFY(r.out.contains("--page-size"));
}

// `leakreport help export` reads as `leakreport export --help`, as in git or cargo.
void TestCommandLine::helpCommand_givesTheCommandsOwnHelp()
{
    for (const char *command : {"new", "export", "import", "check", "series", "stats", "fill"}) {
        const Run viaHelp = run({u"help"_s, QString::fromLatin1(command)});
        const Run own = run({QString::fromLatin1(command), u"--help"_s});
        QCOMPARE(viaHelp.exitCode, 0);
        QVERIFY2(!own.out.isEmpty(), command);
        QCOMPARE(viaHelp.out, own.out);
    }
    const Run overview = run({u"help"_s});
    QCOMPARE(overview.exitCode, 0);
    QCOMPARE(overview.out, run({u"--help"_s}).out);
    const Run unknown = run({u"help"_s, u"exprot"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown command \"exprot\""_s), qPrintable(unknown.err));
}

// Qt's own options (-style Fusion, -platform offscreen, ...) are neither commands nor files:
// `leakreport -style Fusion report.leakreport` once failed with 'unknown command "Fusion"'.
void TestCommandLine::qtStandardOptions_passThrough_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expectedOutput");
    QTest::newRow("-style Fusion --version") << QStringList{u"-style"_s, u"Fusion"_s, u"--version"_s} << QByteArray("LeakReport ");
    QTest::newRow("--style Fusion --version") << QStringList{u"--style"_s, u"Fusion"_s, u"--version"_s} << QByteArray("LeakReport ");
    QTest::newRow("-style=Fusion --version") << QStringList{u"-style=Fusion"_s, u"--version"_s} << QByteArray("LeakReport ");
    QTest::newRow("-platform offscreen -reverse export --help")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"-reverse"_s, u"export"_s, u"--help"_s} << QByteArray("Usage: leakreport export");
    QTest::newRow("check -style Fusion IN") << QStringList{u"check"_s, u"-style"_s, u"Fusion"_s, u"qt.leakreport"_s}
                                           << QByteArray("qt.leakreport: ");
}

void TestCommandLine::qtStandardOptions_passThrough()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedOutput);
    QCOMPARE(run({u"new"_s, u"--force"_s, u"qt.leakreport"_s}).exitCode, 0);
    const Run r = run(arguments);
    QVERIFY2(r.out.startsWith(expectedOutput), qPrintable(r.err + QString::fromUtf8(r.out)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCommandLine::newThenExport_givesTheTemplate()
{
    QCOMPARE(run({u"new"_s, u"a.leakreport"_s}).exitCode, 0);
    const Run r = run({u"export"_s, u"a.leakreport"_s, u"--format"_s, u"md"_s, u"-o"_s, u"a.md"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QVERIFY(lr::test::sameText(lr::test::readTextFile(m_dir.filePath(u"a.md"_s)),
                               lr::test::readTextFile(u":/templates/memory-report-template.md"_s)));
}

void TestCommandLine::check_sampleHasNoProblems()
{
    // The bundled sample, as a user would have it on disk.
    const QString path = m_dir.filePath(u"sample.leakreport"_s);
    QFile::remove(path);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, path));
    const Run r = run({u"check"_s, path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("0 problems (0 errors, 0 unfilled)\n"));
    QCOMPARE(r.err, QString());
}

void TestCommandLine::check_newReportListsProblemsAndExitsWithOne()
{
    const QString path = m_dir.filePath(u"fresh.leakreport"_s);
    QCOMPARE(run({u"new"_s, u"--force"_s, path}).exitCode, 0);
    const Run r = run({u"check"_s, path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), path + u": Header › Service is required"_s);
    QVERIFY(lines.contains(path + u": Sign-off › Next Review is not filled in"_s));
    QCOMPARE(lines.last(), u"102 problems (4 errors, 98 unfilled)"_s);
    QCOMPARE(lines.size(), 102 + 1);
}

void TestCommandLine::check_errorsOnly()
{
    const QString path = m_dir.filePath(u"fresh.leakreport"_s);
    QCOMPARE(run({u"new"_s, u"--force"_s, path}).exitCode, 0);
    const Run r = run({u"check"_s, u"--errors-only"_s, path});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines, (QStringList{path + u": Header › Service is required"_s, path + u": Header › Date is required"_s,
                                 path + u": Header › Severity is required"_s,
                                 path + u": Executive Summary › TL;DR is required"_s,
                                 u"4 problems (4 errors, 0 unfilled)"_s}));
    const Run help = run({u"check"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains("--errors-only"), help.out.constData());
    QVERIFY(run({u"--help"_s}).out.contains("check "));
}

// A report filled the way the template's wording invites has no problem; a hand-written
// "- [ ] OOM crashes (frequency: twice a day)" is one error.
void TestCommandLine::check_filledReportAndUntickedDetail()
{
    const QString filled = QStringLiteral(LEAKREPORT_TEST_DATA "/filled-report.md");
    const Run clean = run({u"check"_s, filled});
    QCOMPARE(clean.out, QByteArray("0 problems (0 errors, 0 unfilled)\n"));
    QCOMPARE(clean.exitCode, 0);

    const QString md = m_dir.filePath(u"unticked.md"_s);
    QFile file(md);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lr::test::readTextFile(filled)
                   .replace(u"- [x] OOM crashes (frequency: twice a day)"_s, u"- [ ] OOM crashes (frequency: twice a day)"_s)
                   .toUtf8());
    file.close();
    const Run unticked = run({u"check"_s, u"--errors-only"_s, md});
    QCOMPARE(unticked.exitCode, 1);
    QCOMPARE(QString::fromUtf8(unticked.out),
             md + u": Symptoms and Detection › \u201cOOM crashes (frequency: ___)\u201d is not ticked, but its frequency is filled in\n"
                  u"1 problem (1 errors, 0 unfilled)\n"_s); // the summary keeps one fixed shape
}

void TestCommandLine::check_onlyUnfilledWithErrorsOnly_exitsWithZero()
{
    lr::ReportContent content = lr::test::sampleContent();
    content.values[u"nextReview"_s].clear();
    content.values[u"pullRequest"_s] = u"see Slack"_s;
    const QString path = m_dir.filePath(u"unfilled.leakreport"_s);
    QString error;
    QVERIFY2(lr::ReportFile::save(path, *lr::ReportTemplate::builtin(), content, &error), qPrintable(error));

    const Run all = run({u"check"_s, path});
    QCOMPARE(all.exitCode, 1);
    QVERIFY2(all.out.endsWith("2 problems (1 errors, 1 unfilled)\n"), all.out.constData());
    QVERIFY(all.out.contains("Next Review is not filled in"));

    content.values[u"pullRequest"_s] = u"https://git.example.com/pr/7"_s;
    QVERIFY2(lr::ReportFile::save(path, *lr::ReportTemplate::builtin(), content, &error), qPrintable(error));
    const Run errorsOnly = run({u"check"_s, u"--errors-only"_s, path});
    QCOMPARE(errorsOnly.exitCode, 0);
    QCOMPARE(errorsOnly.out, QByteArray("0 problems (0 errors, 0 unfilled)\n"));
    QCOMPARE(run({u"check"_s, path}).exitCode, 1); // without the option the unfilled field still counts
}

void TestCommandLine::check_unreadableReport_exitsWithTwo()
{
    QFile corrupt(m_dir.filePath(u"corrupt-check.leakreport"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\n  \"formatVersion\": 1,\n  oops\n}\n");
    corrupt.close();
    const Run r = run({u"check"_s, u"corrupt-check.leakreport"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"corrupt-check.leakreport:3:4: not valid JSON"_s), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    const Run missing = run({u"check"_s, u"missing.leakreport"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"missing.leakreport: no such file"_s), qPrintable(missing.err));
    QCOMPARE(run({u"check"_s}).exitCode, 2); // no file at all is a usage error
}

void TestCommandLine::exportSample_matchesGoldenFile()
{
    const Run r = run({u"export"_s, QStringLiteral(LEAKREPORT_SOURCE_DIR "/resources/sample/sample.leakreport"),
                       u"-o"_s, u"sample.md"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(lr::test::sameText(lr::test::readTextFile(m_dir.filePath(u"sample.md"_s)),
                               lr::test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"))));
}

void TestCommandLine::export_withoutOutput_writesToStandardOutput()
{
    QCOMPARE(run({u"new"_s, u"b.leakreport"_s}).exitCode, 0);
    const Run r = run({u"export"_s, u"b.leakreport"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), lr::test::readTextFile(u":/templates/memory-report-template.md"_s));
}

void TestCommandLine::usageErrors_exitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expectedMessage");
    QFile corrupt(m_dir.filePath(u"corrupt.leakreport"_s));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\n  \"formatVersion\": 1,\n  oops\n}\n");
    corrupt.close();
    QTest::newRow("unknown command") << QStringList{u"exprot"_s} << u"unknown command \"exprot\""_s;
    QTest::newRow("unknown format") << QStringList{u"export"_s, u"x.leakreport"_s, u"--format"_s, u"docx"_s}
                                    << u"unknown format \"docx\" (known: md, html, pdf)"_s;
    QTest::newRow("unknown option") << QStringList{u"export"_s, u"--colour"_s, u"x.leakreport"_s}
                                    << u"Unknown option 'colour'"_s;
    QTest::newRow("unknown page size") << QStringList{u"export"_s, u"x.leakreport"_s, u"-o"_s, u"x.pdf"_s, u"--page-size"_s, u"a5"_s}
                                       << u"unknown page size \"a5\" (known: a4, letter)"_s;
    QTest::newRow("no input") << QStringList{u"export"_s} << u"export takes exactly one input file"_s;
    QTest::newRow("two outputs for new") << QStringList{u"new"_s, u"a"_s, u"b"_s} << u"new takes exactly one file name"_s;
    QTest::newRow("missing input") << QStringList{u"export"_s, u"missing.leakreport"_s}
                                   << u"missing.leakreport: no such file"_s;
    QTest::newRow("corrupt input") << QStringList{u"export"_s, u"corrupt.leakreport"_s}
                                   << u"corrupt.leakreport:3:4: not valid JSON"_s;
}

void TestCommandLine::usageErrors_exitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expectedMessage);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expectedMessage), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCommandLine::new_refusesToOverwriteWithoutForce()
{
    QFile existing(m_dir.filePath(u"keep.leakreport"_s));
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("precious");
    existing.close();
    const Run refused = run({u"new"_s, u"keep.leakreport"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY(refused.err.contains(u"keep.leakreport already exists; use --force to replace it"_s));
    QCOMPARE(lr::test::readTextFile(existing.fileName()), u"precious"_s);
    QCOMPARE(run({u"new"_s, u"--force"_s, u"keep.leakreport"_s}).exitCode, 0);
    QVERIFY(lr::test::readTextFile(existing.fileName()).contains(u"formatVersion"_s));
}

void TestCommandLine::export_intoMissingFolder_exitsWithOne()
{
    QCOMPARE(run({u"new"_s, u"c.leakreport"_s}).exitCode, 0);
    const Run r = run({u"export"_s, u"c.leakreport"_s, u"-o"_s, u"no/such/dir/c.md"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no/such/dir/c.md: cannot write"_s), qPrintable(r.err));
}

void TestCommandLine::import_sampleMarkdown_givesTheSampleBack()
{
    const QString md = m_dir.filePath(u"imported-sample.md"_s);
    QFile::remove(md);
    QVERIFY(QFile::copy(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"), md));
    const Run r = run({u"import"_s, md});
    QCOMPARE(r.exitCode, 0);
    // The sample has notes in three sections: they come back as notes.
    QCOMPARE(r.err, u"leakreport: imported-sample.md: 1 paragraph kept as notes in Executive Summary\n"
                    "leakreport: imported-sample.md: 1 paragraph kept as notes in Incident Timeline\n"
                    "leakreport: imported-sample.md: 1 paragraph kept as notes in Lessons Learned\n"_s);
    const QString imported = m_dir.filePath(u"imported-sample.leakreport"_s); // the default name
    QVERIFY(QFile::exists(imported));
    const Run back = run({u"export"_s, imported, u"-o"_s, u"imported-again.md"_s});
    QCOMPARE(back.exitCode, 0);
    QVERIFY(lr::test::sameText(lr::test::readTextFile(m_dir.filePath(u"imported-again.md"_s)),
                               lr::test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"))));
}

void TestCommandLine::import_reportsNotesOnStandardError()
{
    QFile file(m_dir.filePath(u"notes.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Memory Leak Investigation Report\n\n**Service**: api\n\n## Executive Summary\n\nA paragraph.\n\nAnother.\n");
    file.close();
    const Run r = run({u"import"_s, file.fileName(), u"-o"_s, u"notes.leakreport"_s, u"--force"_s});
    QCOMPARE(r.exitCode, 0);
    // Two sections of eleven: read only because of --force, and the import report says so first.
    QCOMPARE(r.err, u"leakreport: notes.md: 2 of 11 sections of the template found\n"
                    "leakreport: notes.md: 2 paragraphs kept as notes in Executive Summary\n"_s);
    QCOMPARE(r.out, QByteArray());
}

void TestCommandLine::import_refusesToOverwriteAndRefusesNonReports()
{
    QCOMPARE(run({u"new"_s, u"taken.leakreport"_s, u"--force"_s}).exitCode, 0);
    QFile file(m_dir.filePath(u"taken.md"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Shopping\n\n- eggs\n");
    file.close();
    const Run exists = run({u"import"_s, u"taken.md"_s});
    QCOMPARE(exists.exitCode, 2);
    QVERIFY2(exists.err.contains(u"already exists"_s), qPrintable(exists.err));
    const Run refused = run({u"import"_s, u"taken.md"_s, u"--force"_s});
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(u"taken.md is not a memory-leak investigation report"_s), qPrintable(refused.err));
    QCOMPARE(run({u"import"_s, u"taken.md"_s, u"-o"_s, u"taken.md"_s}).exitCode, 2);
}

void TestCommandLine::exportAndCheck_acceptMarkdownInput()
{
    const QString md = m_dir.filePath(u"direct.md"_s);
    QFile::remove(md);
    QVERIFY(QFile::copy(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md"), md));
    const Run r = run({u"export"_s, md});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out), lr::test::readTextFile(QStringLiteral(LEAKREPORT_TEST_DATA "/sample-report.md")));
    // Its "0/month" and "# Memory growth rate" are the template's sample text, and real values.
    const Run check = run({u"check"_s, md});
    QCOMPARE(check.out, QByteArray("0 problems (0 errors, 0 unfilled)\n"));
    QCOMPARE(check.exitCode, 0);
}

void TestCommandLine::exportPdf_withoutDisplay_letterPages()
{
    const QString pdf = m_dir.filePath(u"sample.pdf"_s);
    const Run r = run({u"export"_s, QStringLiteral(LEAKREPORT_SOURCE_DIR "/resources/sample/sample.leakreport"), u"--format"_s,
                       u"pdf"_s, u"--page-size"_s, u"letter"_s, u"-o"_s, pdf});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(u"leakreport:"_s), qPrintable(r.err)); // no warnings
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    QProcess pdfinfo;
    pdfinfo.start(u"pdfinfo"_s, {pdf});
    QVERIFY(pdfinfo.waitForFinished(30000));
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    QVERIFY2(info.contains(u"612 x 792 pts (letter)"_s), qPrintable(info));
    QVERIFY(info.contains(u"Author:          Priya Raman"_s));
}

void TestCommandLine::exportHtml_formatFromTheOutputSuffix()
{
    const QString html = m_dir.filePath(u"sample.html"_s);
    const Run r = run({u"export"_s, QStringLiteral(LEAKREPORT_SOURCE_DIR "/resources/sample/sample.leakreport"), u"-o"_s, html});
    QCOMPARE(r.exitCode, 0);
    const QString text = lr::test::readTextFile(html);
    QVERIFY(text.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(text.contains(u"<title>Memory Leak Investigation Report: session-gateway (WebSocket edge service)</title>"_s));
}

namespace {
// Grafana-style CSV: 7 hours every 30 minutes, `mbAt(hours)` MB in bytes.
QByteArray grafanaCsv(const QStringList &columns, const std::function<double(int, double)> &mbAt)
{
    QByteArray csv = "\"Time\"";
    for (const QString &column : columns)
        csv += ",\"" + column.toUtf8() + '"';
    csv += '\n';
    const QDateTime start(QDate(2026, 11, 18), QTime(8, 0), Qt::UTC);
    for (int half = 0; half <= 14; ++half) {
        csv += start.addSecs(half * 1800).toString(Qt::ISODateWithMs).toUtf8();
        for (int c = 0; c < columns.size(); ++c)
            csv += ',' + QByteArray::number(qint64(mbAt(c, half / 2.0) * 1e6));
        csv += '\n';
    }
    return csv;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

void TestCommandLine::seriesAddThenStats_beforeAndAfter()
{
    const QString report = m_dir.filePath(u"series.leakreport"_s);
    QCOMPARE(run({u"new"_s, report, u"--force"_s}).exitCode, 0);
    // Before: 200 MB + 10 MB/hour (baseline 205, 260 at 6 h); after: flat 205 MB.
    writeFile(m_dir.filePath(u"before.csv"_s), grafanaCsv({u"heap"_s}, [](int, double h) { return 200 + 10 * h; }));
    writeFile(m_dir.filePath(u"after.csv"_s), grafanaCsv({u"heap"_s}, [](int, double) { return 205.0; }));
    Run r = run({u"series"_s, u"add"_s, report, u"--role"_s, u"before"_s, m_dir.filePath(u"before.csv"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"added \"heap\" (before, 15 samples)"_s), qPrintable(r.err));
    QCOMPARE(run({u"series"_s, u"add"_s, report, u"--role"_s, u"after"_s, m_dir.filePath(u"after.csv"_s)}).exitCode, 0);

    r = run({u"stats"_s, report});
    QCOMPARE(r.exitCode, 0);
    // Worded as the Memory Data panel words it (lr::SeriesSummary), one part a line.
    QCOMPARE(QString::fromUtf8(r.out), u"heap (before, before.csv)\n"
                                       "  15 samples over 7 h\n"
                                       "  growth 10 MB/hour (R\u00b2 1.00)\n"
                                       "  baseline 205 MB\n"
                                       "  after 6 h 260 MB\n"
                                       "  peak 270 MB\n"
                                       "  95 % interval 10 to 10 MB/hour\n" // a perfect line
                                       "heap (after, after.csv)\n"
                                       "  15 samples over 7 h\n"
                                       "  growth 0 MB/hour\n"
                                       "  baseline 205 MB\n"
                                       "  after 6 h 205 MB\n"
                                       "  peak 205 MB\n"
                                       "  95 % interval 0 to 0 MB/hour\n"
                                       "Improvement\n"
                                       "  growth 10 MB/hour less\n"
                                       "  21.2% less after 6 h\n"
                                       "  peak 24.1% lower\n"_s);

    r = run({u"stats"_s, report, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    const QJsonArray series = json.value(u"series"_s).toArray();
    QCOMPARE(series.size(), 2);
    QCOMPARE(series[0].toObject().value(u"role"_s).toString(), u"before"_s);
    QCOMPARE(qRound(series[0].toObject().value(u"growthMBPerHour"_s).toDouble() * 1000), 10000);
    QCOMPARE(series[1].toObject().value(u"growthMBPerHour"_s).toDouble(), 0.0);
    QCOMPARE(qRound(json.value(u"improvement"_s).toObject().value(u"after6hReductionMB"_s).toDouble()), 55);

    // Exports carry the chart: Markdown links it from a folder of its own, the PDF embeds it.
    QCOMPARE(run({u"export"_s, report, u"-o"_s, m_dir.filePath(u"series.md"_s)}).exitCode, 0);
    QVERIFY(lr::test::readTextFile(m_dir.filePath(u"series.md"_s))
                .contains(u"![Memory before and after the fix](series.assets/memory-chart.png)"_s));
    QVERIFY(QFile::exists(m_dir.filePath(u"series.assets/memory-chart.png"_s)));
    QVERIFY(QFile::exists(m_dir.filePath(u"series.assets/memory-chart.svg"_s)));
    QCOMPARE(run({u"export"_s, report, u"-o"_s, m_dir.filePath(u"series.pdf"_s)}).exitCode, 0);
    QProcess pdfimages;
    pdfimages.start(u"pdfimages"_s, {u"-list"_s, m_dir.filePath(u"series.pdf"_s)});
    QVERIFY(pdfimages.waitForFinished(30000));
    QVERIFY(pdfimages.readAllStandardOutput().contains(" 2400  1200 "));

    // However the JSON is laid out (here on one line), a report with series gets its chart.
    const QString compact = m_dir.filePath(u"compact.leakreport"_s);
    writeFile(compact, QJsonDocument::fromJson(lr::test::readTextFile(report).toUtf8()).toJson(QJsonDocument::Compact));
    r = run({u"export"_s, compact, u"-o"_s, m_dir.filePath(u"compact.md"_s)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(m_dir.filePath(u"compact.assets/memory-chart.png"_s)));

    // A second "before" replaces the first; the report keeps one series per role.
    QCOMPARE(run({u"series"_s, u"add"_s, report, u"--role"_s, u"before"_s, m_dir.filePath(u"after.csv"_s)}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run({u"stats"_s, report, u"--json"_s}).out).object().value(u"series"_s).toArray().size(), 2);
}

void TestCommandLine::seriesAdd_severalSeriesNeedAChoice()
{
    const QString report = m_dir.filePath(u"choice.leakreport"_s);
    QCOMPARE(run({u"new"_s, report, u"--force"_s}).exitCode, 0);
    const QString csv = m_dir.filePath(u"pods.csv"_s);
    writeFile(csv, grafanaCsv({u"pod-a"_s, u"pod-b"_s}, [](int c, double h) { return 100 + c * 50 + h; }));
    Run r = run({u"series"_s, u"add"_s, report, csv});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"pods.csv holds 2 series; choose one with --series NAME"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"  pod-b"_s));
    QCOMPARE(run({u"series"_s, u"add"_s, report, csv, u"--series"_s, u"pod-b"_s, u"--role"_s, u"after"_s}).exitCode, 0);
    QCOMPARE(run({u"series"_s, u"add"_s, report, csv, u"--all"_s}).exitCode, 0);
    const QJsonArray series = QJsonDocument::fromJson(run({u"stats"_s, report, u"--json"_s}).out).object().value(u"series"_s).toArray();
    QCOMPARE(series.size(), 3);
    // Samples live only in .leakreport files; and a broken samples file changes nothing.
    QCOMPARE(run({u"series"_s, u"add"_s, m_dir.filePath(u"r.md"_s), csv}).exitCode, 2);
    writeFile(m_dir.filePath(u"broken.csv"_s), "\"Time\",\"heap\"\n2026-11-18T08:00:00Z,lots\n");
    r = run({u"series"_s, u"add"_s, report, m_dir.filePath(u"broken.csv"_s)});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"broken.csv:2:"_s), qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(run({u"stats"_s, report, u"--json"_s}).out).object().value(u"series"_s).toArray().size(), 3);
}

void TestCommandLine::seriesAdd_picksASeriesByItsLabelSet()
{
    const QString report = m_dir.filePath(u"labels.leakreport"_s);
    QCOMPARE(run({u"new"_s, report, u"--force"_s}).exitCode, 0);
    const QString json = QStringLiteral(LEAKREPORT_TEST_DATA) + u"/series/prometheus/query-range-heap.json"_s;
    // The name prints as nodejs_heap_used_bytes{instance="gw-4:9100", job="gateway"}; any spelling of
    // the same labels, in any order, with or without quotes and spaces, picks it.
    for (const QString &pick : {u"{job=\"gateway\",instance=\"gw-4:9100\"}"_s, u"job=gateway, instance=gw-4:9100"_s,
                                u"nodejs_heap_used_bytes{instance='gw-4:9100'}"_s, u"instance=gw-4:9100"_s}) {
        const Run r = run({u"series"_s, u"add"_s, report, json, u"--series"_s, pick, u"--role"_s, u"after"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(pick + u": "_s + r.err));
        QVERIFY2(r.err.contains(u"added \"nodejs_heap_used_bytes{instance=\"gw-4:9100\", job=\"gateway\"}\""_s),
                 qPrintable(r.err));
    }
    // Nothing, or more than one, matches: the message says so and lists what there is.
    Run r = run({u"series"_s, u"add"_s, report, json, u"--series"_s, u"instance=gw-9"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"no series matches \"instance=gw-9\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"  nodejs_heap_used_bytes{instance=\"gw-3:9100\", job=\"gateway\"}"_s), qPrintable(r.err));
    r = run({u"series"_s, u"add"_s, report, json, u"--series"_s, u"job=gateway"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"2 series match \"job=gateway\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"  nodejs_heap_used_bytes{instance=\"gw-4:9100\", job=\"gateway\"}"_s), qPrintable(r.err));
}

void TestCommandLine::seriesAdd_saysAndTakesTheUnit()
{
    const QString report = m_dir.filePath(u"units.leakreport"_s);
    QCOMPARE(run({u"new"_s, report, u"--force"_s}).exitCode, 0);
    const QString csv = m_dir.filePath(u"rss.csv"_s);
    writeFile(csv, "time,rss_kb\n2026-11-18T08:00:00Z,1000000\n2026-11-18T09:00:00Z,2000000\n");
    Run r = run({u"series"_s, u"add"_s, report, csv, u"--role"_s, u"before"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"rss.csv: column \"rss_kb\": kB, read as KiB (1024 bytes), from the header"_s), qPrintable(r.err));
    QJsonObject before = QJsonDocument::fromJson(run({u"stats"_s, report, u"--json"_s}).out).object()
                             .value(u"series"_s).toArray().first().toObject();
    QCOMPARE(before.value(u"peakMB"_s).toDouble(), 2048.0);

    // No unit anywhere: bytes, and the summary says so; --unit changes it.
    const QString plain = m_dir.filePath(u"plain.csv"_s);
    writeFile(plain, "1763452800,1000000\n1763456400,2000000\n");
    r = run({u"series"_s, u"add"_s, report, plain, u"--role"_s, u"before"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"plain.csv: no header row"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"plain.csv: column \"column 2\": no unit in the header: bytes assumed"_s), qPrintable(r.err));
    r = run({u"series"_s, u"add"_s, report, plain, u"--role"_s, u"before"_s, u"--unit"_s, u"MiB"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(u"plain.csv: column \"column 2\": MiB (1048576 bytes), as chosen"_s), qPrintable(r.err));
    before = QJsonDocument::fromJson(run({u"stats"_s, report, u"--json"_s}).out).object()
                 .value(u"series"_s).toArray().first().toObject();
    QCOMPARE(before.value(u"peakMB"_s).toDouble(), 2000000 * 1.048576);
    r = run({u"series"_s, u"add"_s, report, plain, u"--unit"_s, u"parsecs"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"unknown unit \"parsecs\""_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCommandLine)

#include "tst_commandline.moc"
