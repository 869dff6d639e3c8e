#include "model/report.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void newReport_startsFromTheTemplateDefaults();
    void setValue_notifiesOnlyOnChange();
    void unknownIds_areRefusedWithoutTrace();
    void rows_growShrinkAndMove();
    void insertedRows_holdExactlyTheColumns();
    void notes_arePerSection();
    void setContent_resetsViews();
};

void TestReport::newReport_startsFromTheTemplateDefaults()
{
    Report report(ReportTemplate::builtin());
    QCOMPARE(report.value(u"service"_s), QString());
    QCOMPARE(report.value(u"vulnerableCodeLanguage"_s), u"typescript"_s);
    QCOMPARE(report.rowCount(u"timeline"_s), 6);
    QCOMPARE(report.cell(u"timeline"_s, 5, u"event"_s), u"Validation complete"_s);
    QCOMPARE(report.rowCount(u"retainerPath"_s), 5);
    QVERIFY(!report.isChecked(u"symptomLinearGrowth"_s));
    QCOMPARE(report.content(), ReportContent::fromTemplate(*ReportTemplate::builtin()));
}

void TestReport::setValue_notifiesOnlyOnChange()
{
    Report report(ReportTemplate::builtin());
    QSignalSpy valueSpy(&report, &Report::valueChanged);
    QSignalSpy changedSpy(&report, &Report::changed);
    QVERIFY(report.setValue(u"service"_s, u"checkout-api"_s));
    QVERIFY(report.setValue(u"service"_s, u"checkout-api"_s));
    QCOMPARE(valueSpy.count(), 1);
    QCOMPARE(valueSpy.first().first().toString(), u"service"_s);
    QCOMPARE(changedSpy.count(), 1);
    QCOMPARE(report.value(u"service"_s), u"checkout-api"_s);

    QSignalSpy checkSpy(&report, &Report::checkedChanged);
    QVERIFY(report.setChecked(u"symptomOther"_s, true));
    QVERIFY(report.setChecked(u"symptomOther"_s, true));
    QCOMPARE(checkSpy.count(), 1);
    QVERIFY(report.isChecked(u"symptomOther"_s));
}

void TestReport::unknownIds_areRefusedWithoutTrace()
{
    Report report(ReportTemplate::builtin());
    QSignalSpy changedSpy(&report, &Report::changed);
    const ReportContent before = report.content();
    QVERIFY(!report.setValue(u"servcie"_s, u"typo"_s));
    QVERIFY(!report.setChecked(u"service"_s, true)); // a field is not a checklist item
    QVERIFY(!report.setCell(u"timeline"_s, 0, u"nope"_s, u"x"_s));
    QVERIFY(!report.setCell(u"timeline"_s, 6, u"event"_s, u"x"_s));
    QVERIFY(!report.setCell(u"nope"_s, 0, u"event"_s, u"x"_s));
    QVERIFY(!report.insertRow(u"nope"_s, 0));
    QVERIFY(!report.insertRow(u"timeline"_s, 7));
    QVERIFY(!report.removeRow(u"timeline"_s, -1));
    QVERIFY(!report.moveRow(u"timeline"_s, 0, 6));
    QVERIFY(!report.setNotes(u"nope"_s, u"x"_s));
    QCOMPARE(changedSpy.count(), 0);
    QCOMPARE(report.content(), before);
}

void TestReport::rows_growShrinkAndMove()
{
    Report report(ReportTemplate::builtin());
    QSignalSpy rowsSpy(&report, &Report::rowsChanged);
    QVERIFY(report.insertRow(u"timeline"_s, 1, Row{{u"event"_s, u"Escalated"_s}, {u"time"_s, u"09:40"_s}}));
    QCOMPARE(report.rowCount(u"timeline"_s), 7);
    QCOMPARE(report.cell(u"timeline"_s, 1, u"event"_s), u"Escalated"_s);
    QCOMPARE(report.cell(u"timeline"_s, 2, u"event"_s), u"Investigation started"_s);
    QVERIFY(report.moveRow(u"timeline"_s, 1, 6));
    QCOMPARE(report.cell(u"timeline"_s, 6, u"event"_s), u"Escalated"_s);
    QVERIFY(report.setCell(u"timeline"_s, 6, u"details"_s, u"Paged the owning team"_s));
    QVERIFY(report.setCell(u"timeline"_s, 6, u"details"_s, u"Paged the owning team"_s)); // no change
    QVERIFY(report.removeRow(u"timeline"_s, 0));
    QCOMPARE(report.rowCount(u"timeline"_s), 6);
    QCOMPARE(report.cell(u"timeline"_s, 0, u"event"_s), u"Investigation started"_s);
    QCOMPARE(rowsSpy.count(), 4);
    QVERIFY(report.setRows(u"wentWell"_s, {}));
    QCOMPARE(report.rowCount(u"wentWell"_s), 0);
}

void TestReport::insertedRows_holdExactlyTheColumns()
{
    Report report(ReportTemplate::builtin());
    QVERIFY(report.insertRow(u"filesModified"_s, 0, Row{{u"file"_s, u"a.ts"_s}, {u"stray"_s, u"x"_s}}));
    const Row row = report.rows(u"filesModified"_s).first();
    QCOMPARE(row.keys(), QStringList({u"description"_s, u"file"_s}));
    QCOMPARE(row.value(u"file"_s), u"a.ts"_s);
}

void TestReport::notes_arePerSection()
{
    Report report(ReportTemplate::builtin());
    QSignalSpy notesSpy(&report, &Report::notesChanged);
    QVERIFY(report.setNotes(u"appendix"_s, u"Extra context."_s));
    QCOMPARE(report.notes(u"appendix"_s), u"Extra context."_s);
    QCOMPARE(report.notes(u"header"_s), QString());
    QCOMPARE(notesSpy.count(), 1);
}

void TestReport::setContent_resetsViews()
{
    Report report(ReportTemplate::builtin());
    QSignalSpy resetSpy(&report, &Report::contentReset);
    ReportContent content = report.content();
    content.values[u"service"_s] = u"billing"_s;
    report.setContent(content);
    QCOMPARE(resetSpy.count(), 1);
    QCOMPARE(report.value(u"service"_s), u"billing"_s);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
