// "Fill From Data": the template decides which field gets which statistic; typed values are
// replaced only when the caller says so (the editor asks first).
#include "testsupport.h"

#include "series/datafill.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kStart = 1763460000000; // 2025-11-18 10:00 UTC

// Every 15 minutes for 7 hours: `mbAt(hours)` megabytes.
MemorySeries series(SeriesRole role, double (*mbAt)(double))
{
    MemorySeries result;
    result.name = role == SeriesRole::Before ? u"before"_s : u"after"_s;
    result.role = role;
    for (int quarter = 0; quarter <= 28; ++quarter)
        result.samples.append({kStart + quarter * kHour / 4, mbAt(quarter / 4.0) * 1e6});
    return result;
}

// Before: 200 MB + 10 MB/hour. First hour: 200, 202.5, 205, 207.5, 210 -> median 205; at 6 h 260;
// peak at 7 h 270. After: flat 205 MB. Reduction at 6 h: (260 - 205) / 260 = 21.2% -> "21%".
double leaking(double hours) { return 200 + 10 * hours; }
double flat(double) { return 205; }
double creeping(double hours) { return 205 + 0.5 * hours; }

QHash<QString, QString> proposedById(const QList<FieldFill> &fills)
{
    QHash<QString, QString> byId;
    for (const FieldFill &fill : fills)
        byId.insert(fill.fieldId, fill.proposed);
    return byId;
}

} // namespace

class TestDataFill : public QObject
{
    Q_OBJECT

private slots:
    void everyFromDataInTheTemplate_namesAKnownStatistic()
    {
        const QStringList known = DataFill::statisticNames();
        int declared = 0;
        for (const SectionDef &section : ReportTemplate::builtin()->sections()) {
            for (const FieldDef *field : section.fields) {
                if (field->fromData.isEmpty())
                    continue;
                ++declared;
                QVERIFY2(known.contains(field->fromData), qPrintable(field->id + u": "_s + field->fromData));
            }
        }
        QCOMPARE(declared, 15); // 10 from the memory series, 2 from GC pauses, 3 from OOM events
    }

    void beforeAndAfter_fillEveryDeclaredField()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.series = {series(SeriesRole::Before, leaking), series(SeriesRole::After, flat)};
        const QList<FieldFill> fills = DataFill::propose(*reportTemplate, content);
        const QHash<QString, QString> expected = {
            {u"exampleBeforeBaseline"_s, u"205"_s},  {u"exampleBeforeAfter6h"_s, u"260"_s},
            {u"exampleBeforeGrowthRate"_s, u"10"_s}, {u"beforeFixBaseline"_s, u"205"_s},
            {u"beforeFixAfter6h"_s, u"260"_s},       {u"beforeFixGrowthRate"_s, u"10"_s},
            {u"afterFixBaseline"_s, u"205"_s},       {u"afterFixAfter6h"_s, u"205"_s},
            {u"afterFixGrowthRate"_s, u"0"_s},
            {u"improvementMemoryReduction"_s, u"21% at 6 hours (260 MB to 205 MB)"_s},
        };
        QCOMPARE(proposedById(fills), expected);
        for (const FieldFill &fill : fills)
            QVERIFY(!fill.overwritesTypedValue());
        const auto label = [&](const QString &id) {
            for (const FieldFill &fill : fills) {
                if (fill.fieldId == id)
                    return fill.label;
            }
            return QString();
        };
        QCOMPARE(label(u"beforeFixBaseline"_s), u"Post-Deployment Metrics \u203a Before Fix \u203a Memory baseline"_s);
        QCOMPARE(label(u"exampleBeforeGrowthRate"_s), u"Detection Method \u203a Example Metrics \u203a Before \u203a Growth rate"_s);

        const ReportContent filled = DataFill::apply(content, fills, false);
        QCOMPARE(filled.values.value(u"afterFixAfter6h"_s), u"205"_s);
        QCOMPARE(filled.series, content.series);
    }

    // A new report starts with the template's "Growth rate: 0 MB/hour" after the fix; that is not
    // something the user typed, so the data replaces it without asking.
    void templateDefaults_areNotTypedValues()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.series = {series(SeriesRole::Before, leaking), series(SeriesRole::After, creeping)};
        const QList<FieldFill> fills = DataFill::propose(*reportTemplate, content);
        QCOMPARE(proposedById(fills).value(u"afterFixGrowthRate"_s), u"0.5"_s);
        for (const FieldFill &fill : fills)
            QVERIFY2(!fill.overwritesTypedValue(), qPrintable(fill.fieldId + u": "_s + fill.current));
        QCOMPARE(DataFill::apply(content, fills, false).values.value(u"afterFixGrowthRate"_s), u"0.5"_s);
    }

    void typedValues_areReplacedOnlyWhenAllowed()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.series = {series(SeriesRole::Before, leaking)};
        content.values[u"beforeFixBaseline"_s] = u"190"_s; // typed by the user
        content.values[u"beforeFixAfter6h"_s] = u"260"_s;  // typed, and what the data says
        const QList<FieldFill> fills = DataFill::propose(*reportTemplate, content);
        QStringList overwriting;
        for (const FieldFill &fill : fills) {
            if (fill.overwritesTypedValue())
                overwriting.append(fill.fieldId + u": "_s + fill.current + u" -> "_s + fill.proposed);
        }
        QCOMPARE(overwriting, QStringList{u"beforeFixBaseline: 190 -> 205"_s});
        QCOMPARE(DataFill::apply(content, fills, false).values.value(u"beforeFixBaseline"_s), u"190"_s);
        QCOMPARE(DataFill::apply(content, fills, true).values.value(u"beforeFixBaseline"_s), u"205"_s);
    }

    void onlyBefore_fillsNoAfterOrImprovement()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        content.series = {series(SeriesRole::Before, leaking)};
        const QHash<QString, QString> proposed = proposedById(DataFill::propose(*reportTemplate, content));
        QCOMPARE(proposed.size(), 6);
        QVERIFY(!proposed.contains(u"afterFixBaseline"_s));
        QVERIFY(!proposed.contains(u"improvementMemoryReduction"_s));
    }

    void noSeries_proposesNothing()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        QVERIFY(DataFill::propose(*reportTemplate, test::sampleContent()).isEmpty());
    }

    void shortSeries_leavesTheSixHourFieldsAlone()
    {
        const auto reportTemplate = ReportTemplate::builtin();
        ReportContent content = ReportContent::fromTemplate(*reportTemplate);
        MemorySeries before = series(SeriesRole::Before, leaking);
        before.samples.resize(9); // two hours
        content.series = {before};
        const QHash<QString, QString> proposed = proposedById(DataFill::propose(*reportTemplate, content));
        QVERIFY(!proposed.contains(u"beforeFixAfter6h"_s));
        QCOMPARE(proposed.value(u"beforeFixGrowthRate"_s), u"10"_s);
    }

    void formatMB_data()
    {
        QTest::addColumn<double>("megabytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("hundreds") << 438.4 << u"438"_s;
        QTest::newRow("tens") << 38.25 << u"38.3"_s;
        QTest::newRow("tens whole") << 38.0 << u"38"_s;
        QTest::newRow("small") << 0.6 << u"0.6"_s;
        QTest::newRow("smaller") << 0.054 << u"0.05"_s;
        QTest::newRow("zero") << 0.0 << u"0"_s;
        QTest::newRow("tiny negative") << -0.001 << u"0"_s;
        QTest::newRow("negative") << -12.34 << u"-12.3"_s;
    }

    void formatMB()
    {
        QFETCH(double, megabytes);
        QFETCH(QString, text);
        QCOMPARE(DataFill::formatMB(megabytes), text);
    }
};

} // namespace lr

QTEST_GUILESS_MAIN(lr::TestDataFill)
#include "tst_datafill.moc"
