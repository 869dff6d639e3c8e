#include "model/completeness.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

QString describe(const QString &sectionId, const Completeness &c)
{
    return u"%1: %2/%3"_s.arg(sectionId).arg(c.filled).arg(c.total);
}

} // namespace

namespace lr {
// Lets QCOMPARE print "3/11" on a mismatch.
char *toString(const Completeness &c)
{
    return qstrdup(QByteArray(QByteArray::number(c.filled) + '/' + QByteArray::number(c.total)).constData());
}
} // namespace lr

class TestCompleteness : public QObject
{
    Q_OBJECT

private slots:
    void newReport_isEmptyExceptTemplateDefaults();
    void sample_isCompleteInEverySection();
    void checklist_tickAndDetails();
    void rowSets_countOnlyWhatTheUserWrote();
    void report_isTheSumOfItsSections();
    void unknownSection_isEmpty();
};

void TestCompleteness::newReport_isEmptyExceptTemplateDefaults()
{
    const auto t = ReportTemplate::builtin();
    const ReportContent fresh = ReportContent::fromTemplate(*t);
    for (const SectionDef &section : t->sections()) {
        // Code languages and the template's sample values (After Fix: "0 MB/hour", "0/month")
        // are a new report's values; the checks take them as filled too.
        int defaults = 0;
        for (const FieldDef *field : section.fields)
            defaults += !field->defaultValue.isEmpty();
        const Completeness c = sectionCompleteness(*t, fresh, section.id);
        QVERIFY2(c.total > 0, qPrintable(section.id));
        QVERIFY2(c.filled == defaults, qPrintable(describe(section.id, c)));
    }
    QCOMPARE(sectionCompleteness(*t, fresh, u"header"_s), (Completeness{0, 4}));
    // Checklist 1, how discovered 1, monitoring fence 3, two example fences 3 + 3; details of
    // unticked items are not asked for.
    QCOMPARE(sectionCompleteness(*t, fresh, u"symptomsAndDetection"_s), (Completeness{0, 11}));
    // Leak pattern, code block language/file/line/explanation/code, two step lists, reproduction time.
    QCOMPARE(sectionCompleteness(*t, fresh, u"rootCauseAnalysis"_s), (Completeness{1, 9}));
}

void TestCompleteness::sample_isCompleteInEverySection()
{
    const auto t = ReportTemplate::builtin();
    const ReportContent sample = test::sampleContent();
    for (const SectionDef &section : t->sections()) {
        const Completeness c = sectionCompleteness(*t, sample, section.id);
        QVERIFY2(c.total > 0 && c.filled == c.total, qPrintable(describe(section.id, c)));
    }
}

void TestCompleteness::checklist_tickAndDetails()
{
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    const auto symptoms = [&] { return sectionCompleteness(*t, content, u"symptomsAndDetection"_s); };
    QCOMPARE(symptoms(), (Completeness{0, 11}));

    content.values[u"symptomOtherText"_s] = u"Slow responses"_s; // detail of an unticked item
    QCOMPARE(symptoms(), (Completeness{0, 11}));

    content.values[u"symptomOtherText"_s].clear();
    content.checked[u"symptomOther"_s] = true; // the checklist counts, and its detail is now asked for
    QCOMPARE(symptoms(), (Completeness{1, 12}));

    content.values[u"symptomOtherText"_s] = u"Slow responses"_s;
    QCOMPARE(symptoms(), (Completeness{2, 12}));

    content.values[u"symptomOtherText"_s] = u"   "_s; // blank is not filled
    QCOMPARE(symptoms(), (Completeness{1, 12}));

    content.checked[u"symptomGcPressure"_s] = true; // no details, checklist already counted
    QCOMPARE(symptoms(), (Completeness{1, 12}));

    content.checked[u"symptomLinearGrowth"_s] = true; // one more detail (growth rate)
    content.values[u"symptomGrowthRate"_s] = u"40"_s;
    QCOMPARE(symptoms(), (Completeness{2, 13}));
}

void TestCompleteness::rowSets_countOnlyWhatTheUserWrote()
{
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    const auto timeline = [&] { return sectionCompleteness(*t, content, u"incidentTimeline"_s); };
    QCOMPARE(timeline(), (Completeness{0, 1})); // the milestone events are the template's

    content.rows[u"timeline"_s].append(Row{{u"time"_s, QString()}, {u"event"_s, u" Detection "_s}, {u"details"_s, QString()}});
    QCOMPARE(timeline(), (Completeness{0, 1})); // a default key again, even with spaces

    content.rows[u"timeline"_s][2][u"time"_s] = u"11:55"_s;
    QCOMPARE(timeline(), (Completeness{1, 1}));

    content = ReportContent::fromTemplate(*t);
    content.rows[u"timeline"_s][0][u"event"_s] = u"First alert"_s; // a renamed milestone is the user's text
    QCOMPARE(timeline(), (Completeness{1, 1}));

    // A list without default values: any non-blank cell counts, an emptied list does not.
    content = ReportContent::fromTemplate(*t);
    const auto lessons = [&] { return sectionCompleteness(*t, content, u"lessonsLearned"_s); };
    const int before = lessons().filled;
    content.rows[u"wentWell"_s][1][u"text"_s] = u"Snapshots pinpointed the retainer quickly"_s;
    QCOMPARE(lessons().filled, before + 1);
    content.rows[u"wentWell"_s].clear();
    QCOMPARE(lessons().filled, before);
}

void TestCompleteness::report_isTheSumOfItsSections()
{
    const auto t = ReportTemplate::builtin();
    for (const ReportContent &content : {ReportContent::fromTemplate(*t), test::sampleContent()}) {
        Completeness sum;
        for (const SectionDef &section : t->sections()) {
            sum.filled += sectionCompleteness(*t, content, section.id).filled;
            sum.total += sectionCompleteness(*t, content, section.id).total;
        }
        QCOMPARE(reportCompleteness(*t, content), sum);
    }
    const Completeness sample = reportCompleteness(*t, test::sampleContent());
    QCOMPARE(sample.filled, sample.total);
    QVERIFY(reportCompleteness(*t, ReportContent::fromTemplate(*t)).filled < sample.total);
}

void TestCompleteness::unknownSection_isEmpty()
{
    const auto t = ReportTemplate::builtin();
    QCOMPARE(sectionCompleteness(*t, test::sampleContent(), u"noSuchSection"_s), (Completeness{0, 0}));
}

QTEST_GUILESS_MAIN(TestCompleteness)
#include "tst_completeness.moc"
