// Heap snapshot evidence end to end, on real Node snapshots (tests/data/heap/leak.js leaks exactly
// kLeaks SessionContext objects a round through a Redis-style listener's closure): `leakreport
// snapshots add REPORT S1 S2 S3 --fill` records and fills the report atomically, and the editor's
// panel does the same with the real comparison on its worker thread.
#include "heapsample.h"
#include "testsupport.h"

#include "heap/heapcomparer.h"
#include "heap/heapsnapshotspanel.h"
#include "heap/snapshotfill.h"
#include "io/reportfile.h"
#include "markdown/markdownwriter.h"
#include "model/report.h"
#include "model/reporteditor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

constexpr int kLeaks = 150;
constexpr int kShortLived = 400;

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}


} // namespace

class TestSnapshotsAdd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkdir(u"snapshots"_s));
        QString error;
        m_files = test::writeLeakSnapshots(m_dir.filePath(u"snapshots"_s), kLeaks, kShortLived, &error);
        QVERIFY2(!m_files.isEmpty(), qPrintable(error));
    }

    void add_recordsTheSnapshots_andFillsTheReport()
    {
        const QString report = m_dir.filePath(u"fill.leakreport"_s);
        QCOMPARE(test::runLeakReport({u"new"_s, report}, m_dir.path()).exitCode, 0);
        const test::ProgramRun run = test::runLeakReport(QStringList{u"snapshots"_s, u"add"_s, report} + m_files
                                                             + QStringList{u"--fill"_s}, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QByteArray(QByteArray("recorded ") + QFileInfo(m_files[0]).fileName().toUtf8())), run.out.constData());
        const LoadResult loaded = ReportFile::load(report, *ReportTemplate::builtin());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        const ReportContent &content = loaded.content;
        QCOMPARE(content.heapComparison.snapshots.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(content.heapComparison.snapshots[i].sha256, sha256Of(m_files[i]));
            QCOMPARE(content.heapComparison.snapshots[i].fileBytes, QFileInfo(m_files[i]).size());
        }
        QVERIFY(content.heapComparison.classes.size() <= SnapshotFill::kKeptBySizeDelta + SnapshotFill::kKeptByRetained);

        // What an investigator reads in DevTools: the leaked contexts, exactly, and why they stay.
        QCOMPARE(content.values.value(u"leakedObject"_s), u"SessionContext"_s);
        const int row = int(test::rowSetColumn(content, u"growingObjects"_s, u"type"_s).indexOf(u"SessionContext"_s));
        QVERIFY2(row >= 0, qPrintable(test::rowSetColumn(content, u"growingObjects"_s, u"type"_s).join(u", "_s)));
        QCOMPARE(test::rowSetColumn(content, u"growingObjects"_s, u"instances"_s).at(row), QString::number(kLeaks));
        const QStringList chain = test::rowSetColumn(content, u"retainerPath"_s, u"step"_s);
        QVERIFY2(chain.size() >= 8 && chain.first() == u"(GC roots)"_s && chain.contains(u"redisBus"_s)
                     && chain.contains(u"(closure)"_s) && chain.last() == u"SessionContext"_s,
                 qPrintable(chain.join(u" | "_s)));
        QVERIFY(content.checked.value(u"toolDevToolsSnapshots"_s));
        QCOMPARE(test::rowSetColumn(content, u"heapSnapshots"_s, u"location"_s), QStringList({QFileInfo(m_files[0]).fileName(),
                 QFileInfo(m_files[1]).fileName(), QFileInfo(m_files[2]).fileName()}));
        const QString markdown = MarkdownWriter(*ReportTemplate::builtin()).write(content);
        QVERIFY2(markdown.contains(u"- SessionContext: +%1 instances (+"_s.arg(kLeaks)), qPrintable(markdown));
        QVERIFY2(markdown.contains(u"(GC roots)\n  \u2192 "_s), qPrintable(markdown));
    }

    void add_keepsTypedTextUnlessForced()
    {
        const QString report = m_dir.filePath(u"typed.leakreport"_s);
        ReportContent content = ReportContent::fromTemplate(*ReportTemplate::builtin());
        content.values[u"leakedObject"_s] = u"`EventEmitter` listeners"_s;
        QString error;
        QVERIFY2(ReportFile::save(report, *ReportTemplate::builtin(), content, &error), qPrintable(error));
        const QStringList add = QStringList{u"snapshots"_s, u"add"_s, report} + m_files + QStringList{u"--fill"_s};
        test::ProgramRun run = test::runLeakReport(add, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("kept Investigation Steps \u203a Leaked Object: \u201c`EventEmitter` listeners\u201d (the snapshots say SessionContext)"),
                 run.out.constData());
        QCOMPARE(ReportFile::load(report, *ReportTemplate::builtin()).content.values.value(u"leakedObject"_s),
                 u"`EventEmitter` listeners"_s);
        run = test::runLeakReport(add + QStringList{u"--force"_s}, m_dir.path());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(ReportFile::load(report, *ReportTemplate::builtin()).content.values.value(u"leakedObject"_s), u"SessionContext"_s);
    }

    void badSnapshot_orUsage_leaveTheReportByteIdentical_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated snapshot") << u"truncated"_s << u"cut.heapsnapshot"_s;
        QTest::newRow("one snapshot") << u"one"_s << u"two or three snapshots"_s;
        QTest::newRow("force without fill") << u"force"_s << u"--force only applies with --fill"_s;
    }

    void badSnapshot_orUsage_leaveTheReportByteIdentical()
    {
        QFETCH(QString, problem);
        QFETCH(QString, expected);
        const QString report = m_dir.filePath(u"kept.leakreport"_s);
        QFile::remove(report);
        QCOMPARE(test::runLeakReport({u"new"_s, report}, m_dir.path()).exitCode, 0);
        const QByteArray before = test::readBytes(report);
        QStringList files = m_files;
        if (problem == u"truncated"_s) {
            const QString cut = m_dir.filePath(u"cut.heapsnapshot"_s);
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(test::readBytes(m_files[2]).first(4096));
            out.close();
            files[2] = cut;
        } else if (problem == u"one"_s) {
            files = m_files.mid(0, 1);
        }
        QStringList arguments = QStringList{u"snapshots"_s, u"add"_s, report} + files;
        if (problem == u"force"_s)
            arguments.append(u"--force"_s);
        const test::ProgramRun run = test::runLeakReport(arguments, m_dir.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QCOMPARE(test::readBytes(report), before);
    }

    void editorPanel_comparesRealSnapshotsOnItsWorker_andFills()
    {
        Report report(ReportTemplate::builtin());
        QUndoStack undo;
        ReportEditor editor(&report, &undo);
        HeapSnapshotsPanel panel(&editor, &HeapComparer::compare);
        panel.show();
        QSignalSpy finished(panel.runner(), &HeapComparisonRunner::finished);
        QSignalSpy failed(panel.runner(), &HeapComparisonRunner::failed);
        panel.addSnapshots(m_files);
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() == 1, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(report.content().heapComparison.snapshots.size(), 3);
        panel.fillReportFromSnapshots(); // a new report: nothing typed, nothing to ask
        QCOMPARE(report.value(u"leakedObject"_s), u"SessionContext"_s);
        QCOMPARE(undo.count(), 2); // the comparison, then the fill
    }

private:
    QTemporaryDir m_dir;
    QStringList m_files;
};

QTEST_MAIN(TestSnapshotsAdd)
#include "tst_snapshotsadd.moc"
