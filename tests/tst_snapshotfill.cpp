// Heap snapshot evidence in the report: the native file keeps the snapshots' summaries and the top
// classes (never the snapshots), and "Fill From Snapshots" writes the Investigation sections from
// them where the template declares "fromSnapshots", asking before it replaces what was typed.
#include "heapsample.h"
#include "testsupport.h"

#include "heap/snapshotfill.h"
#include "io/reportfile.h"
#include "markdown/markdownwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

const ReportTemplate &tmpl() { return *ReportTemplate::builtin(); }

ReportContent reportWithEvidence()
{
    return SnapshotFill::record(ReportContent::fromTemplate(tmpl()), test::sampleHeapComparison());
}


} // namespace

class TestSnapshotFill : public QObject
{
    Q_OBJECT

private slots:
    void everyFromSnapshotsInTheTemplate_namesAKnownValue()
    {
        int declared = 0;
        QStringList wrong;
        for (const SectionDef &section : tmpl().sections()) {
            for (const FieldDef *field : section.fields) {
                if (!field->fromSnapshots.isEmpty() && ++declared && !SnapshotFill::fieldValueNames().contains(field->fromSnapshots))
                    wrong.append(field->id + u": "_s + field->fromSnapshots);
            }
            for (const ChecklistItemDef *item : section.checklistItems) {
                if (!item->fromSnapshots.isEmpty() && ++declared && item->fromSnapshots != u"tick"_s)
                    wrong.append(item->id + u": "_s + item->fromSnapshots);
            }
            for (const RowSetDef *rowSet : section.rowSets) {
                if (rowSet->fromSnapshots.isEmpty()) {
                    for (const FieldDef &c : rowSet->columns) {
                        if (!c.fromSnapshots.isEmpty())
                            wrong.append(rowSet->id + u'.' + c.id + u": in a list Fill From Snapshots does not fill"_s);
                    }
                    continue;
                }
                ++declared;
                if (!SnapshotFill::rowSourceNames().contains(rowSet->fromSnapshots))
                    wrong.append(rowSet->id + u": "_s + rowSet->fromSnapshots);
                const QStringList known = SnapshotFill::columnValueNames(rowSet->fromSnapshots);
                for (const FieldDef &c : rowSet->columns) {
                    if (!c.fromSnapshots.isEmpty() && !known.contains(c.fromSnapshots))
                        wrong.append(rowSet->id + u'.' + c.id + u": "_s + c.fromSnapshots);
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
        // Method, Leaked Object, the DevTools tick, and five lists.
        QCOMPARE(declared, 8);
    }

    void evidence_savesAndReopensWithoutTheSnapshotFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"r.leakreport"_s);
        const ReportContent content = reportWithEvidence();
        QCOMPARE(content.heapComparison, test::sampleHeapComparison());
        QString error;
        QVERIFY2(ReportFile::save(path, tmpl(), content, &error), qPrintable(error));
        const LoadResult loaded = ReportFile::load(path, tmpl());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error));
        QVERIFY2(loaded.warnings.isEmpty(), qPrintable(loaded.warnings.join(u'\n')));
        QCOMPARE(loaded.content.heapComparison, content.heapComparison);
        QCOMPARE(loaded.content, content);
        // A report without snapshots keeps the file it always had.
        QVERIFY(!ReportFile::toJson(tmpl(), ReportContent::fromTemplate(tmpl())).contains("heapComparison"));
    }

    void evidence_damaged_isRefusedWithItsJsonPath_data()
    {
        QTest::addColumn<QString>("pointer"); // "snapshots/0/sha256"
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sha256 short") << u"snapshots/1/sha256"_s << QJsonValue(u"abc"_s)
                                      << u"heapComparison.snapshots[1].sha256: expected 64 lower-case hexadecimal digits"_s;
        QTest::newRow("time not a time") << u"snapshots/0/capturedAt"_s << QJsonValue(u"yesterday"_s)
                                         << u"heapComparison.snapshots[0].capturedAt: expected a date and time"_s;
        QTest::newRow("time source unknown") << u"snapshots/2/capturedAtSource"_s << QJsonValue(u"guess"_s)
                                             << u"heapComparison.snapshots[2].capturedAtSource: expected \"fileName\" or \"modificationTime\""_s;
        QTest::newRow("bytes negative") << u"snapshots/0/fileBytes"_s << QJsonValue(-1)
                                        << u"heapComparison.snapshots[0].fileBytes: expected a whole number >= 0, found -1"_s;
        QTest::newRow("count fraction") << u"classes/0/countDelta"_s << QJsonValue(1.5)
                                        << u"heapComparison.classes[0].countDelta: expected a whole number, found 1.5"_s;
        QTest::newRow("count as text") << u"classes/1/newCount"_s << QJsonValue(u"12"_s)
                                       << u"heapComparison.classes[1].newCount: expected a whole number >= 0, found a string"_s;
        QTest::newRow("path not a list") << u"classes/0/retainerPath"_s << QJsonValue(u"a -> b"_s)
                                         << u"heapComparison.classes[0].retainerPath: expected a list, found a string"_s;
        QTest::newRow("step not an object") << u"classes/0/retainerPath/2"_s << QJsonValue(7)
                                            << u"heapComparison.classes[0].retainerPath[2]: expected an object, found a number"_s;
        QTest::newRow("snapshots not a list") << u"snapshots"_s << QJsonValue(QJsonObject())
                                              << u"heapComparison.snapshots: expected a list, found an object"_s;
    }

    void evidence_damaged_isRefusedWithItsJsonPath()
    {
        QFETCH(QString, pointer);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject root = QJsonDocument::fromJson(ReportFile::toJson(tmpl(), reportWithEvidence())).object();
        QVERIFY(root.value(u"heapComparison"_s).isObject());
        const QStringList keys = pointer.split(u'/');
        std::function<QJsonValue(const QJsonValue &, int)> set = [&](const QJsonValue &at, int depth) -> QJsonValue {
            if (depth == keys.size())
                return value;
            bool isIndex = false;
            const int index = keys[depth].toInt(&isIndex);
            if (isIndex) {
                QJsonArray array = at.toArray();
                array.replace(index, set(array[index], depth + 1));
                return array;
            }
            QJsonObject object = at.toObject();
            object.insert(keys[depth], set(object.value(keys[depth]), depth + 1));
            return object;
        };
        root.insert(u"heapComparison"_s, set(root.value(u"heapComparison"_s), 0));
        const LoadResult result = ReportFile::fromJson(QJsonDocument(root).toJson(), tmpl(), u"r.leakreport"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.startsWith(u"r.leakreport: "_s + expected), qPrintable(result.error));
    }

    void record_keepsTheTopClassesNotTheWholeComparison()
    {
        HeapComparison comparison = test::sampleHeapComparison();
        comparison.classes.clear();
        for (int i = 0; i < 300; ++i) // sizeDelta 300, 299, ...; retained largest for the smallest deltas
            comparison.classes.append({u"Class%1"_s.arg(i), 1, 0, 1, 300 - i, 0, 300 - i, qint64(i) * 1000, {}});
        const HeapComparison kept = SnapshotFill::record({}, comparison).heapComparison;
        QCOMPARE(kept.snapshots, comparison.snapshots);
        QCOMPARE(kept.classes.size(), SnapshotFill::kKeptBySizeDelta + SnapshotFill::kKeptByRetained);
        QCOMPARE(kept.classes.first().name, u"Class0"_s);
        QCOMPARE(kept.classes[SnapshotFill::kKeptBySizeDelta - 1].name, u"Class19"_s);
        QCOMPARE(kept.classes.last().name, u"Class299"_s); // the largest retainer stays
        QCOMPARE(kept.classes[SnapshotFill::kKeptBySizeDelta].name, u"Class295"_s);
    }

    void newReport_isFilledWhereTheTemplateDeclares()
    {
        const ReportContent content = reportWithEvidence();
        const SnapshotProposal proposal = SnapshotFill::propose(tmpl(), content);
        QVERIFY(SnapshotFill::typedChanges(proposal).isEmpty()); // nothing typed: nothing to ask
        const ReportContent filled = SnapshotFill::apply(content, proposal, false);

        QVERIFY(filled.checked.value(u"toolDevToolsSnapshots"_s));
        QVERIFY(filled.values.value(u"comparisonMethod"_s).startsWith(u"Three-snapshot technique: objects allocated between snapshots 1 and 2"_s));
        QCOMPARE(filled.values.value(u"leakedObject"_s), u"SessionContext"_s);
        QCOMPARE(test::rowSetColumn(filled, u"heapSnapshots"_s, u"timestamp"_s),
                 QStringList({u"2026-12-07 05:35 UTC"_s, u"2026-12-07 05:40 UTC"_s, u"2026-12-07 05:45 UTC"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"heapSnapshots"_s, u"size"_s), QStringList({u"3.9"_s, u"30.5"_s, u"52.0"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"heapSnapshots"_s, u"location"_s),
                 QStringList({u"Heap-20261207-053512-4242-0.heapsnapshot"_s, u"Heap-20261207-054012-4242-1.heapsnapshot"_s,
                              u"after-load.heapsnapshot"_s}));
        // The program's constructors first, then DevTools' groups such as "(closure)".
        QCOMPARE(test::rowSetColumn(filled, u"growingObjects"_s, u"type"_s), QStringList({u"SessionContext"_s, u"Buffer"_s, u"(closure)"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"growingObjects"_s, u"instances"_s), QStringList({u"26200"_s, u"1000"_s, u"26200"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"growingObjects"_s, u"size"_s), QStringList({u"21.0"_s, u"3.2"_s, u"1.6"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"topConsumers"_s, u"type"_s), QStringList({u"Buffer"_s, u"SessionContext"_s, u"(closure)"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"topConsumers"_s, u"size"_s), QStringList({u"33.0"_s, u"24.6"_s, u"1.6"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"topConsumers"_s, u"retainerPath"_s).at(1),
                 u"(GC roots) \u2192 redisBus \u2192 _events \u2192 'reconnect' \u2192 [12] \u2192 (closure) \u2192 ctx \u2192 SessionContext"_s);
        QCOMPARE(test::rowSetColumn(filled, u"retainerPath"_s, u"step"_s),
                 QStringList({u"(GC roots)"_s, u"redisBus"_s, u"_events"_s, u"'reconnect'"_s, u"[12]"_s, u"(closure)"_s,
                              u"ctx"_s, u"SessionContext"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"snapshotFiles"_s, u"file"_s).at(2),
                 u"after-load.heapsnapshot (104.0 MB, 2026-12-07 05:45:59 UTC from the file's modification time, SHA-256 `"_s
                     + QString(64, u'c') + u"`)"_s);
        QCOMPARE(test::rowSetColumn(filled, u"snapshotFiles"_s, u"file"_s).size(), 3); // the template's two rows grow to three

        // What a reviewer reads: the template's own shapes.
        const QString markdown = MarkdownWriter(tmpl()).write(filled);
        for (const QString &line : {u"- [x] Chrome DevTools heap snapshots"_s,
                                    u"Snapshot 2: 2026-12-07 05:40 UTC - 30.5 MB - Heap-20261207-054012-4242-1.heapsnapshot"_s,
                                    u"- SessionContext: +26200 instances (+21.0 MB)"_s,
                                    u"1. Buffer - 33.0 MB - (GC roots) \u2192 pool \u2192 [3] \u2192 Buffer"_s,
                                    u"**Leaked Object**: SessionContext"_s,
                                    u"(GC roots)\n  \u2192 redisBus\n    \u2192 _events\n"_s,
                                    u"              \u2192 SessionContext\n```"_s,
                                    u"- Heap-20261207-053512-4242-0.heapsnapshot (4.1 MB, 2026-12-07 05:35:12 UTC from the file name, SHA-256 `"_s})
            QVERIFY2(markdown.contains(line), qPrintable(line + u"\n---\n"_s + markdown));
        // Filled once, there is nothing left to fill.
        QVERIFY(SnapshotFill::propose(tmpl(), filled).isEmpty());
    }

    void typedValues_areReplacedOnlyWhenAsked_locationsTypedBesideFilesStay()
    {
        ReportContent content = reportWithEvidence();
        content.values[u"leakedObject"_s] = u"`EventEmitter` listeners"_s;
        content.rows[u"growingObjects"_s][0][u"type"_s] = u"Socket"_s;
        content.rows[u"snapshotFiles"_s][0][u"location"_s] = u"s3://incidents/INC-7/"_s;
        content.rows[u"retainerPath"_s][1][u"step"_s] = u"sessionCache"_s;
        const SnapshotProposal proposal = SnapshotFill::propose(tmpl(), content);
        QStringList asked;
        for (const FieldFill &change : SnapshotFill::typedChanges(proposal))
            asked.append(change.label + u": "_s + change.current + u" -> "_s + change.proposed);
        QCOMPARE(asked.size(), 3);
        QVERIFY2(asked[0].startsWith(u"Investigation Steps \u203a Leaked Object: `EventEmitter` listeners -> SessionContext"_s), qPrintable(asked[0]));
        QVERIFY2(asked[1].startsWith(u"Investigation Steps \u203a Objects growing between snapshots: Socket -> SessionContext - 26200 - 21.0;"_s), qPrintable(asked[1]));
        QVERIFY2(asked[2].startsWith(u"Investigation Steps \u203a Retainer path: Window / Global; sessionCache -> (GC roots); redisBus;"_s), qPrintable(asked[2]));

        const ReportContent emptyOnly = SnapshotFill::apply(content, proposal, false);
        QCOMPARE(emptyOnly.values.value(u"leakedObject"_s), u"`EventEmitter` listeners"_s);
        QCOMPARE(emptyOnly.rows.value(u"growingObjects"_s), content.rows.value(u"growingObjects"_s));
        QCOMPARE(emptyOnly.rows.value(u"retainerPath"_s), content.rows.value(u"retainerPath"_s));
        QCOMPARE(test::rowSetColumn(emptyOnly, u"topConsumers"_s, u"type"_s).first(), u"Buffer"_s); // untyped lists fill anyway
        const ReportContent replaced = SnapshotFill::apply(content, proposal, true);
        QCOMPARE(replaced.values.value(u"leakedObject"_s), u"SessionContext"_s);
        QCOMPARE(test::rowSetColumn(replaced, u"growingObjects"_s, u"type"_s).first(), u"SessionContext"_s);
        for (const ReportContent &filled : {emptyOnly, replaced}) {
            QCOMPARE(test::rowSetColumn(filled, u"snapshotFiles"_s, u"location"_s),
                     QStringList({u"s3://incidents/INC-7/"_s, QString(), QString()}));
            QVERIFY(test::rowSetColumn(filled, u"snapshotFiles"_s, u"file"_s).first().startsWith(u"Heap-20261207-053512-4242-0.heapsnapshot ("_s));
        }
    }

    // Real snapshots of a small leak: V8's JIT code and internal objects grow more than the 150
    // leaked contexts (measured with tests/data/heap/leak.js: "(compiled code)" +0.028 MB,
    // "(array)" +0.022 MB, "system / Context" +0.006 MB, SessionContext +0.007 MB).
    void leakedObject_isTheProgramsConstructor_notTheEnginesGroups()
    {
        HeapComparison comparison = test::sampleHeapComparison();
        comparison.classes.prepend({u"(compiled code)"_s, 329, 1, 328, 28000, 0, 28000, 29000, {}});
        comparison.classes.insert(1, {u"system / Context"_s, 152, 0, 152, 60000000, 0, 60000000, 44000, {}});
        comparison.classes.append({u"SyncWriteStream"_s, 2, 0, 2, 320, 0, 320, 900, {}}); // prints as +0.000 MB
        const ReportContent content = SnapshotFill::record(ReportContent::fromTemplate(tmpl()), comparison);
        const ReportContent filled = SnapshotFill::apply(content, SnapshotFill::propose(tmpl(), content), false);
        QCOMPARE(filled.values.value(u"leakedObject"_s), u"SessionContext"_s);
        QCOMPARE(test::rowSetColumn(filled, u"growingObjects"_s, u"type"_s), QStringList({u"SessionContext"_s, u"Buffer"_s, u"system / Context"_s}));
        QCOMPARE(test::rowSetColumn(filled, u"retainerPath"_s, u"step"_s).last(), u"SessionContext"_s);
    }

    void twoSnapshots_sayDevToolsComparison_andNoEvidenceProposesNothing()
    {
        HeapComparison two = test::sampleHeapComparison();
        two.snapshots.removeLast();
        const ReportContent content = SnapshotFill::record(ReportContent::fromTemplate(tmpl()), two);
        const ReportContent filled = SnapshotFill::apply(content, SnapshotFill::propose(tmpl(), content), false);
        QVERIFY(filled.values.value(u"comparisonMethod"_s).startsWith(u"Comparison of snapshots 1 and 2 grouped by constructor"_s));
        QCOMPARE(filled.rows.value(u"heapSnapshots"_s).size(), 2); // the template's third line goes
        QVERIFY(SnapshotFill::propose(tmpl(), ReportContent::fromTemplate(tmpl())).isEmpty());
    }

    void megabytes_areTenToTheSixBytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issue example") << qint64(21000000) << u"21.0"_s;
        QTest::newRow("rounds") << qint64(52049999) << u"52.0"_s;
        QTest::newRow("under 1 MB") << qint64(420000) << u"0.42"_s;
        QTest::newRow("rounds up to 1") << qint64(999999) << u"1.0"_s;
        QTest::newRow("zero") << qint64(0) << u"0.0"_s;
        QTest::newRow("a small leak") << qint64(7200) << u"0.007"_s;
        QTest::newRow("shrinking") << qint64(-3600) << u"-0.004"_s;
        QTest::newRow("nearly nothing") << qint64(-300) << u"0.000"_s; // no "-0.000"
        QTest::newRow("a gigabyte") << qint64(1073741824) << u"1073.7"_s;
    }

    void megabytes_areTenToTheSixBytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, expected);
        QCOMPARE(SnapshotFill::formatMB(bytes), expected);
    }
};

} // namespace lr

QTEST_GUILESS_MAIN(lr::TestSnapshotFill)
#include "tst_snapshotfill.moc"
