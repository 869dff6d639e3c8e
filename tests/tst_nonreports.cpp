// Markdown files that are not reports (READMEs, changelogs, checklists, other postmortems) are
// refused unless the user insists; hand-edited reports are still read. The corpus is in
// tests/data/non-reports and tests/data/hand-edited-reports.
#include "io/reportloader.h"
#include "template/reporttemplate.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/nonreportquestion.h"
#include "window/reportdocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

class TestNonReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nonReport_isRefusedNamingWhatWasFound_data();
    void nonReport_isRefusedNamingWhatWasFound();
    void handEditedReport_isAccepted_data();
    void handEditedReport_isAccepted();
    void coverage_countsTemplateSections_data();
    void coverage_countsTemplateSections();
    void nonReport_withAccept_isReadAndSaysHowLittleWasFound();
    void commandLine_refusesUnlessForced_data();
    void commandLine_refusesUnlessForced();
    void editor_asksBeforeOpeningANonReport();
    void editor_forcedOpenDoesNotAsk();

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };
    Run run(const QStringList &arguments) const;
    static QString corpusFile(const QString &name) { return QStringLiteral(LEAKREPORT_TEST_DATA "/") + name; }
    // Answers each message box with `button` as it shows, until stopped; records their object names.
    void answerMessageBoxes(QMessageBox::StandardButton button);

    QTemporaryDir m_dir;
    std::shared_ptr<const ReportTemplate> m_template;
    QStringList m_boxesSeen;
    QTimer m_answerer;
};

void TestNonReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = ReportTemplate::builtin();
}

TestNonReports::Run TestNonReports::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path()); // else Qt's warning about it joins the messages
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(LEAKREPORT_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("leakreport did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

void TestNonReports::nonReport_isRefusedNamingWhatWasFound_data()
{
    QVERIFY(test::addDataFileRows({u"non-reports"_s}) >= 12);
}

void TestNonReports::nonReport_isRefusedNamingWhatWasFound()
{
    QFETCH(QString, path);
    const LoadResult loaded = loadReport(path, *m_template);
    QVERIFY2(!loaded.ok(), qPrintable(path + u" was accepted: "_s + loaded.warnings.join(u"; "_s)));
    QVERIFY2(loaded.error.startsWith(QFileInfo(path).fileName()), qPrintable(loaded.error));
    // Either some of the template was found and the message says how much, or nothing at all.
    if (loaded.coverage.isMeasured())
        QVERIFY2(loaded.error.contains(u" of 11 sections of the template found"_s), qPrintable(loaded.error));
    else
        QVERIFY2(loaded.error.contains(u"is not a memory-leak investigation report"_s), qPrintable(loaded.error));
}

void TestNonReports::handEditedReport_isAccepted_data()
{
    QVERIFY(test::addDataFileRows({u"hand-edited-reports"_s}) >= 4);
    QTest::newRow("sample-report.md") << corpusFile(u"sample-report.md"_s);
}

void TestNonReports::handEditedReport_isAccepted()
{
    QFETCH(QString, path);
    const LoadResult loaded = loadReport(path, *m_template);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.coverage.looksLikeReport());
    QVERIFY(!loaded.content.values.value(u"service"_s).isEmpty());
}

void TestNonReports::coverage_countsTemplateSections_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("found");
    QTest::newRow("README: Related Documentation only") << u"non-reports/README.md"_s << 1;
    QTest::newRow("ADR: Appendix only") << u"non-reports/adr-0007-structured-logging.md"_s << 1;
    QTest::newRow("outage postmortem using five of the headings") << u"non-reports/postmortem-same-headings.md"_s << 5;
    QTest::newRow("complete report") << u"sample-report.md"_s << 11;
    QTest::newRow("report without its last two sections") << u"hand-edited-reports/trimmed-end.md"_s << 9;
    QTest::newRow("report with its own title") << u"hand-edited-reports/retitled-extra-section.md"_s << 10;
    QTest::newRow("report with the first half written") << u"hand-edited-reports/work-in-progress.md"_s << 6;
}

void TestNonReports::coverage_countsTemplateSections()
{
    QFETCH(QString, file);
    QFETCH(int, found);
    const LoadResult loaded = loadReport(corpusFile(file), *m_template, NonReports::Accept);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.coverage.sectionsInTemplate(), 11);
    QCOMPARE(loaded.coverage.sectionsFound(), found);
    QCOMPARE(loaded.coverage.looksLikeReport(), found >= 6);
    // Whatever is missing, the import report says so first.
    QCOMPARE(loaded.warnings.value(0) == u"%1 of 11 sections of the template found"_s.arg(found), found < 11);
}

void TestNonReports::nonReport_withAccept_isReadAndSaysHowLittleWasFound()
{
    const LoadResult loaded = loadReport(corpusFile(u"non-reports/README.md"_s), *m_template, NonReports::Accept);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.warnings.first(), u"1 of 11 sections of the template found"_s);
    // Nothing typed is lost: the text that fits no field is in the notes.
    QVERIFY(loaded.content.notes.value(u"header"_s).contains(u"The service behind `POST /v2/checkout`"_s));
}

void TestNonReports::commandLine_refusesUnlessForced_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString readme = corpusFile(u"non-reports/README.md"_s);
    QTest::newRow("import") << QStringList{u"import"_s, readme, u"-o"_s, m_dir.filePath(u"readme.leakreport"_s)};
    QTest::newRow("export") << QStringList{u"export"_s, readme, u"-o"_s, m_dir.filePath(u"readme.out.md"_s)};
    QTest::newRow("export pdf") << QStringList{u"export"_s, readme, u"-o"_s, m_dir.filePath(u"readme.pdf"_s)};
    QTest::newRow("check") << QStringList{u"check"_s, readme};
}

void TestNonReports::commandLine_refusesUnlessForced()
{
    QFETCH(QStringList, arguments);
    const Run refused = run(arguments);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.err, u"leakreport: README.md does not look like a memory-leak investigation report: 1 of 11 "
                          "sections of the template found (a report has at least 6). Use --force to read it anyway.\n"_s);
    const QString output = arguments.value(arguments.indexOf(u"-o"_s) + 1);
    if (arguments.contains(u"-o"_s))
        QVERIFY(!QFile::exists(output));

    const Run forced = run(arguments + QStringList{u"--force"_s});
    QVERIFY2(forced.err.contains(u"1 of 11 sections of the template found\n"_s), qPrintable(forced.err));
    if (arguments.first() == u"check") {
        QCOMPARE(forced.exitCode, 1); // read, and nearly everything is unfilled
    } else {
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(QFile::exists(output));
    }
}

void TestNonReports::answerMessageBoxes(QMessageBox::StandardButton button)
{
    m_boxesSeen.clear();
    m_answerer.disconnect();
    m_answerer.setInterval(10);
    connect(&m_answerer, &QTimer::timeout, this, [this, button] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            m_boxesSeen.append(box->objectName());
            if (QAbstractButton *answer = box->button(button))
                QTest::mouseClick(answer, Qt::LeftButton);
            else
                box->accept();
        }
    });
    m_answerer.start();
}

void TestNonReports::editor_asksBeforeOpeningANonReport()
{
    MainWindow window(m_dir.filePath(u"recovery"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = corpusFile(u"non-reports/meeting-notes-2024-03-14.md"_s);

    answerMessageBoxes(QMessageBox::Cancel);
    QVERIFY(!window.openFile(path));
    QCOMPARE(m_boxesSeen, QStringList{NonReportQuestion::kObjectName}); // asked, and no error box after
    QVERIFY(window.document()->importedFrom().isEmpty());
    QCOMPARE(window.document()->displayName(), u"Untitled"_s);

    answerMessageBoxes(QMessageBox::Open);
    QVERIFY(window.openFile(path));
    QCOMPARE(window.document()->importedFrom(), QFileInfo(path).absoluteFilePath());
    QTRY_VERIFY(m_boxesSeen.contains(u"importReport"_s)); // then the import report
    QCOMPARE(m_boxesSeen.first(), QString(NonReportQuestion::kObjectName));
    m_answerer.stop();

    // A report is opened without a question.
    answerMessageBoxes(QMessageBox::Ok);
    QVERIFY(window.openFile(corpusFile(u"hand-edited-reports/work-in-progress.md"_s)));
    QTRY_VERIFY(!m_boxesSeen.isEmpty());
    QVERIFY(!m_boxesSeen.contains(QString(NonReportQuestion::kObjectName)));
    m_answerer.stop();
    window.document()->undoStack()->setClean();
}

void TestNonReports::editor_forcedOpenDoesNotAsk()
{
    MainWindow window(m_dir.filePath(u"recovery"_s));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    answerMessageBoxes(QMessageBox::Ok);
    QVERIFY(window.openFile(corpusFile(u"non-reports/sre-postmortem-template.md"_s), NonReports::Accept));
    QTRY_VERIFY(!m_boxesSeen.isEmpty()); // the import report
    QVERIFY(!m_boxesSeen.contains(QString(NonReportQuestion::kObjectName)));
    m_answerer.stop();
    QVERIFY(window.document()->report()->content().notes.value(u"header"_s).contains(u"Blameless."_s));
    window.document()->undoStack()->setClean();
}

QTEST_MAIN(TestNonReports)
#include "tst_nonreports.moc"
