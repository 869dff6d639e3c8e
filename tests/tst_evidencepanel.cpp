// The editor's side of OOM and GC evidence: OOM events from a log into the report and, asked
// first, into the Incident Timeline as one undo step; their markers on the memory chart; the
// GC Logs excerpt, asked before it replaces typed text.
#include "charts/evidenceimport.h"
#include "charts/memorychart.h"
#include "charts/memorydatapanel.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "window/mainwindow.h"
#include "window/reportdocument.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lr;

class TestEvidencePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_window = std::make_unique<MainWindow>(m_dir.filePath(u"recovery"_s));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showMemoryData();
    }

    void cleanupTestCase()
    {
        m_window->document()->undoStack()->setClean(); // no prompt when closing
        m_window->close();
        m_window.reset();
    }

    void oomEvents_askThenAddEventsAndRowsInOneStep()
    {
        Report *report = m_window->document()->report();
        QUndoStack *undo = m_window->document()->undoStack();
        const ReportContent before = report->content();
        const int rowsBefore = int(before.rows.value(u"timeline"_s).size());

        QString question;
        const bool added = answering(u"Add to &Timeline"_s, &question, [&] {
            return EvidenceImport::addOomEvents(m_window.get(), m_window->document()->editor(), oomData(u"journalctl-short-iso.log"_s));
        });
        QVERIFY(added);
        QVERIFY2(question.contains(u"2 rows"_s), qPrintable(question));
        QCOMPARE(report->content().oomEvents.size(), 2);
        const QList<Row> rows = report->content().rows.value(u"timeline"_s);
        QCOMPARE(rows.size(), rowsBefore + 2);
        QCOMPARE(rows.at(rowsBefore).value(u"time"_s), u"2026-11-18 09:41 UTC"_s);
        QCOMPARE(rows.at(rowsBefore + 1).value(u"time"_s), u"2026-11-18 13:02 UTC"_s);

        undo->undo(); // one step takes both back
        QCOMPARE(report->content(), before);
        undo->redo();

        // "Events Only" adds no rows; a log the report holds adds nothing and says so.
        undo->undo();
        QVERIFY(answering(u"&Events Only"_s, &question, [&] {
            return EvidenceImport::addOomEvents(m_window.get(), m_window->document()->editor(), oomData(u"journalctl-short-iso.log"_s));
        }));
        QCOMPARE(report->content().oomEvents.size(), 2);
        QCOMPARE(report->content().rows.value(u"timeline"_s).size(), rowsBefore);
        QVERIFY(!answering(u"OK"_s, &question, [&] {
            return EvidenceImport::addOomEvents(m_window.get(), m_window->document()->editor(), oomData(u"journalctl-short-iso.log"_s));
        }));
        QVERIFY2(question.contains(u"already"_s), qPrintable(question));
        undo->undo();
        QCOMPARE(report->content(), before);
    }

    void oomEvents_areMarkedOnTheChart()
    {
        ReportEditor *editor = m_window->document()->editor();
        ReportContent content = editor->report()->content();
        MemorySeries series; // wall-clock samples from 09:00 to 14:00 on the day of the two kills
        series.name = u"rss"_s;
        series.role = SeriesRole::Before;
        series.source.format = u"csv"_s;
        const qint64 start = QDateTime::fromString(u"2026-11-18T09:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
        for (int minute = 0; minute <= 300; minute += 10)
            series.samples.append({start + minute * 60000LL, 400e6 + minute * 1e6});
        content.series = {series};
        editor->replaceContent(content, u"series"_s);
        QCOMPARE(m_window->memoryDataPanel()->chart()->oomMarkerCount(), qsizetype(0));
        QVERIFY(answering(u"&Events Only"_s, nullptr, [&] {
            return EvidenceImport::addOomEvents(m_window.get(), editor, oomData(u"journalctl-short-iso.log"_s));
        }));
        QCOMPARE(m_window->memoryDataPanel()->chart()->oomMarkerCount(), qsizetype(2));
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->memoryDataPanel()->chart()->oomMarkerCount(), qsizetype(0));
        m_window->document()->undoStack()->undo();
    }

    void gcExcerpt_asksBeforeReplacingTypedText()
    {
        QByteArray log;
        for (int line = 1; line <= 30; ++line)
            log += "[7:0x1]   " + QByteArray::number(line * 10) + " ms: Scavenge 5.0 (8.0) -> 4.0 (8.0) MB, "
                + QByteArray::number(line == 12 ? 40.0 : 1.0, 'f', 2) + " / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; \n";
        const QString path = m_dir.filePath(u"gc.log"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(log);
        file.close();

        ReportEditor *editor = m_window->document()->editor();
        editor->setValue(u"gcLogs"_s, u"typed by hand"_s);
        QString question;
        QVERIFY(!answering(u"Cancel"_s, &question, [&] { return EvidenceImport::insertGcExcerpt(m_window.get(), editor, path); }));
        QVERIFY2(question.contains(u"Replace"_s), qPrintable(question));
        QCOMPARE(editor->report()->content().values.value(u"gcLogs"_s), u"typed by hand"_s);
        QVERIFY(answering(u"&Replace"_s, &question, [&] { return EvidenceImport::insertGcExcerpt(m_window.get(), editor, path); }));
        const QString excerpt = editor->report()->content().values.value(u"gcLogs"_s);
        QCOMPARE(excerpt.count(u'\n'), 2); // lines 11, 12 and 13
        QVERIFY(excerpt.contains(u"40.00 / 0.00 ms"_s));
        m_window->document()->undoStack()->undo();
        QCOMPARE(editor->report()->content().values.value(u"gcLogs"_s), u"typed by hand"_s);
        m_window->document()->undoStack()->undo();
    }

private:
    static QString oomData(const QString &name) { return QStringLiteral(LEAKREPORT_TEST_DATA) + u"/oom/"_s + name; }

    // Runs `action`, clicking the message box button whose text is `button`; `question` gets the
    // box's text and informative text.
    template<typename Action>
    bool answering(const QString &button, QString *question, Action action)
    {
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            if (question)
                *question = box->text() + u'\n' + box->informativeText();
            for (QAbstractButton *candidate : box->buttons()) {
                if (candidate->text() == button || (box->buttonRole(candidate) == QMessageBox::RejectRole && button == u"Cancel")) {
                    candidate->click();
                    return;
                }
            }
            box->reject();
        });
        answer.start(0);
        const bool result = action();
        answer.stop();
        return result;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestEvidencePanel)
#include "tst_evidencepanel.moc"
