#include "check/reportvalidator.h"
#include "model/reporttime.h"
#include "model/timelineanalysis.h"
#include "testsupport.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lr;

// What typed dates and times mean to the two readers: the timeline (when a row happened) and the
// checks ("is not a time"). The two deliberately differ, and each row pins both.
namespace {

QDateTime utc(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

const QDate kReportDate(2026, 3, 2);
const QDate kNoReportDate(2000, 1, 1); // the day bare times fall on when the header has no date

QDateTime onReportDay(int hour, int minute)
{
    return QDateTime(kReportDate, QTime(hour, minute), QTimeZone::utc());
}

// The timeline's reading of `time` in the first row of a report dated `reportDate`.
std::optional<QDateTime> timelineTime(const QString &time, const QString &reportDate)
{
    const auto t = ReportTemplate::builtin();
    ReportContent content = ReportContent::fromTemplate(*t);
    content.values[u"date"_s] = reportDate;
    content.rows[u"timeline"_s][0][u"time"_s] = time;
    return TimelineAnalysis(*t, content).timeOfRow(0);
}

// Whether the checks take `text` in a field of `type`; validate() hands them trimmed values.
bool checkAccepts(FieldType type, const QString &text)
{
    FieldDef field;
    field.type = type;
    return ReportValidator(*ReportTemplate::builtin()).valueError(field, text.trimmed()).isEmpty();
}

enum Accepted { None = 0, AsTime = 1, AsDateTime = 2, AsDate = 4 };

} // namespace

class TestReportTime : public QObject
{
    Q_OBJECT

private slots:
    void timelineAndChecks_readTypedValues_data();
    void timelineAndChecks_readTypedValues();
    void reportDate_placesBareTimes_data();
    void reportDate_placesBareTimes();
    void parse_splitsWhatWasTyped_data();
    void parse_splitsWhatWasTyped();
};

void TestReportTime::timelineAndChecks_readTypedValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("timeline"); // invalid: the timeline reads no time
    QTest::addColumn<int>("accepted");       // Accepted flags: the field types the checks take it in
    const QDateTime none;
    const int timeAndDateTime = AsTime | AsDateTime;

    // The spellings the template asks for: both read them.
    QTest::newRow("time of day") << u"09:12"_s << onReportDay(9, 12) << int(AsTime);
    QTest::newRow("midnight") << u"00:00"_s << onReportDay(0, 0) << int(AsTime);
    QTest::newRow("last minute") << u"23:59"_s << onReportDay(23, 59) << int(AsTime);
    QTest::newRow("date and time") << u"2026-11-19 14:20"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("ISO T") << u"2026-11-19T14:20"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("UTC") << u"2026-11-19 14:20 UTC"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("utc, lower case") << u"2026-11-19 14:20 utc"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("ISO T, UTC") << u"2026-11-19T14:20 UTC"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("leap day") << u"2024-02-29 10:00"_s << utc(2024, 2, 29, 10, 0) << timeAndDateTime;
    QTest::newRow("before 1970") << u"1969-12-31 23:59"_s << utc(1969, 12, 31, 23, 59) << timeAndDateTime;
    QTest::newRow("year 9999") << u"9999-12-31 23:59"_s << utc(9999, 12, 31, 23, 59) << timeAndDateTime;
    QTest::newRow("date") << u"2026-11-19"_s << none << int(AsDate);
    QTest::newRow("surrounding spaces") << u"  23:59 "_s << onReportDay(23, 59) << int(AsTime);
    QTest::newRow("tab and line break around") << u"\t09:30\n"_s << onReportDay(9, 30) << int(AsTime);
    QTest::newRow("date, spaces around") << u" 2026-11-19 "_s << none << int(AsDate);

    // Looser spellings only the timeline reads.
    QTest::newRow("one-digit hour") << u"9:05"_s << onReportDay(9, 5) << int(None);
    QTest::newRow("hour 0") << u"0:00"_s << onReportDay(0, 0) << int(None);
    QTest::newRow("bare time, UTC") << u"09:30 UTC"_s << onReportDay(9, 30) << int(None);
    QTest::newRow("bare time, glued UTC") << u"09:30UTC"_s << onReportDay(9, 30) << int(None);
    QTest::newRow("bare time, utc") << u"09:30 utc"_s << onReportDay(9, 30) << int(None);
    QTest::newRow("bare time, two spaces UTC") << u"09:30  UTC"_s << onReportDay(9, 30) << int(None);
    QTest::newRow("lower-case t") << u"2026-11-19t14:20"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("two spaces after date") << u"2026-11-19  14:20"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("T then space") << u"2026-11-19T 14:20"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("T then tab") << u"2026-11-19T\t14:20"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("date, one-digit hour") << u"2026-11-19 9:20"_s << utc(2026, 11, 19, 9, 20) << int(None);
    QTest::newRow("bare time, Z") << u"09:30 Z"_s << onReportDay(9, 30) << int(None);
    QTest::newRow("bare time, glued Z") << u"09:30Z"_s << onReportDay(9, 30) << int(None);
    QTest::newRow("bare time, offset") << u"09:30 +02:00"_s << onReportDay(7, 30) << int(None);
    QTest::newRow("glued Z") << u"2026-11-19 14:20Z"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("ISO Z") << u"2026-11-19T14:20Z"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("ISO glued offset") << u"2026-11-19T14:20+02:00"_s << utc(2026, 11, 19, 12, 20) << int(None);
    QTest::newRow("glued UTC") << u"2026-11-19 14:20UTC"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("two spaces before UTC") << u"2026-11-19 14:20  UTC"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("tab before UTC") << u"2026-11-19 14:20\tUTC"_s << utc(2026, 11, 19, 14, 20) << int(None);
    QTest::newRow("mixed-case Utc") << u"2026-11-19 14:20 Utc"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("100 spaces before UTC") << u"2026-11-19 14:20"_s + QString(100, u' ') + u"UTC"_s
                                           << utc(2026, 11, 19, 14, 20) << int(None);

    // Other zones: the checks take them all; the timeline applies offsets and the names that
    // mean UTC, and cannot place abbreviations such as CET (ambiguous) in time.
    QTest::newRow("offset") << u"2026-11-19 14:20 +02:00"_s << utc(2026, 11, 19, 12, 20) << timeAndDateTime;
    QTest::newRow("offset without colon") << u"2026-11-19 14:20 -0530"_s << utc(2026, 11, 19, 19, 50) << timeAndDateTime;
    QTest::newRow("ISO T, offset") << u"2026-11-19T14:20 +02:00"_s << utc(2026, 11, 19, 12, 20) << timeAndDateTime;
    QTest::newRow("offset to the day before") << u"2026-11-19 01:00 +02:00"_s << utc(2026, 11, 18, 23, 0) << timeAndDateTime;
    QTest::newRow("offset to the day after") << u"2026-12-31 23:30 -01:00"_s << utc(2027, 1, 1, 0, 30) << timeAndDateTime;
    QTest::newRow("furthest zone, +14:00") << u"2026-11-19 14:20 +14:00"_s << utc(2026, 11, 19, 0, 20) << timeAndDateTime;
    QTest::newRow("zero offset, minus") << u"2026-11-19 14:20 -00:00"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("zone Z") << u"2026-11-19 14:20 Z"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("GMT") << u"2026-11-19 14:20 GMT"_s << utc(2026, 11, 19, 14, 20) << timeAndDateTime;
    QTest::newRow("zone word") << u"2026-11-19 14:20 CET"_s << none << timeAndDateTime;
    QTest::newRow("five-letter zone") << u"2026-11-19 14:20 ACDTX"_s << none << timeAndDateTime;
    QTest::newRow("PM taken as a zone") << u"2026-11-19 09:30 PM"_s << none << timeAndDateTime;
    QTest::newRow("offset beyond any zone") << u"2026-11-19 14:20 +15:00"_s << none << timeAndDateTime;
    QTest::newRow("offset minutes past 59") << u"2026-11-19 14:20 +02:60"_s << none << timeAndDateTime;

    // Neither reads these.
    QTest::newRow("empty") << QString() << none << int(None);
    QTest::newRow("whitespace") << u" \t "_s << none << int(None);
    QTest::newRow("words") << u"after lunch"_s << none << int(None);
    QTest::newRow("hour 24") << u"24:00"_s << none << int(None);
    QTest::newRow("minute 60") << u"10:60"_s << none << int(None);
    QTest::newRow("one-digit minute") << u"9:5"_s << none << int(None);
    QTest::newRow("three-digit hour") << u"009:30"_s << none << int(None);
    QTest::newRow("no colon") << u"0930"_s << none << int(None);
    QTest::newRow("dot") << u"09.30"_s << none << int(None);
    QTest::newRow("dash") << u"09-30"_s << none << int(None);
    QTest::newRow("h") << u"09h30"_s << none << int(None);
    QTest::newRow("full-width colon") << u"09：30"_s << none << int(None);
    QTest::newRow("space after colon") << u"09: 30"_s << none << int(None);
    QTest::newRow("space before colon") << u"09 :30"_s << none << int(None);
    QTest::newRow("seconds") << u"09:30:00"_s << none << int(None);
    QTest::newRow("am") << u"9:30am"_s << none << int(None);
    QTest::newRow("bare time, PM") << u"12:00 PM"_s << none << int(None);
    QTest::newRow("negative hour") << u"-1:30"_s << none << int(None);
    QTest::newRow("plus sign") << u"+9:30"_s << none << int(None);
    QTest::newRow("bare time, zone word") << u"09:30 CET"_s << none << int(None);
    QTest::newRow("bare time, UTCX") << u"09:30 UTCX"_s << none << int(None);
    QTest::newRow("date and time, seconds") << u"2026-11-19 14:20:05"_s << none << int(None);
    QTest::newRow("date, 24:00") << u"2026-02-28 24:00"_s << none << int(None);
    QTest::newRow("30 February") << u"2026-02-30 10:00"_s << none << int(None);
    QTest::newRow("29 February, no leap year") << u"2025-02-29 10:00"_s << none << int(None);
    QTest::newRow("year 0") << u"0000-01-01 10:00"_s << none << int(None);
    QTest::newRow("short date parts") << u"2026-1-5 10:00"_s << none << int(None);
    QTest::newRow("slashes") << u"2026/11/19 14:20"_s << none << int(None);
    QTest::newRow("underscore") << u"2026-11-19_14:20"_s << none << int(None);
    QTest::newRow("tab between") << u"2026-11-19\t14:20"_s << none << int(None);
    QTest::newRow("one-digit offset") << u"2026-11-19 14:20 +2"_s << none << int(None);
    QTest::newRow("hours-only offset") << u"2026-11-19 14:20 +02"_s << none << int(None);
    QTest::newRow("offset with seconds") << u"2026-11-19 14:20 +02:00:00"_s << none << int(None);
    QTest::newRow("UTC+2") << u"2026-11-19 14:20 UTC+2"_s << none << int(None);
    QTest::newRow("six-letter zone") << u"2026-11-19 14:20 ABCDEF"_s << none << int(None);
    QTest::newRow("non-ASCII zone") << u"2026-11-19 14:20 ÜTC"_s << none << int(None);
    QTest::newRow("full-width UTC") << u"09:30 ＵＴＣ"_s << none << int(None);
    QTest::newRow("date then T only") << u"2026-11-19T"_s << none << int(None);
    QTest::newRow("month 13") << u"2026-13-01"_s << none << int(None);
    QTest::newRow("month 0") << u"2026-00-10"_s << none << int(None);
    QTest::newRow("day 0") << u"2026-11-00"_s << none << int(None);
    QTest::newRow("date, 30 February") << u"2026-02-30"_s << none << int(None);
    QTest::newRow("date, slashes") << u"2026/11/19"_s << none << int(None);
    QTest::newRow("date, dots") << u"2026.11.19"_s << none << int(None);
    QTest::newRow("date, European") << u"18.11.2026"_s << none << int(None);
    QTest::newRow("date, trailing letter") << u"2026-11-19x"_s << none << int(None);
    QTest::newRow("date, signed year") << u"+2026-11-19"_s << none << int(None);
    QTest::newRow("date, no dashes") << u"20261119"_s << none << int(None);
    QTest::newRow("Arabic-Indic digits") << u"٠٩:٣٠"_s << none << int(None);
    QTest::newRow("full-width digits") << u"０９:３０"_s << none << int(None);
    QTest::newRow("one full-width digit") << u"0９:30"_s << none << int(None);
    QTest::newRow("date, Arabic-Indic digits") << u"٢٠٢٦-١١-١٩"_s << none << int(None);
    QTest::newRow("time, Arabic-Indic digits") << u"2026-11-19 ١٤:٢٠"_s << none << int(None);
    QTest::newRow("date, full-width digits") << u"２０２６-11-19"_s << none << int(None);
    QTest::newRow("200-digit hour") << QString(200, u'9') + u":00"_s << none << int(None);
    QTest::newRow("10000 digits") << QString(10000, u'1') << none << int(None);
    QTest::newRow("time, then 1000 letters") << u"09:30 "_s + QString(1000, u'x') << none << int(None);
}

void TestReportTime::timelineAndChecks_readTypedValues()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, timeline);
    QFETCH(int, accepted);
    const std::optional<QDateTime> read = timelineTime(text, kReportDate.toString(Qt::ISODate));
    QCOMPARE(read.has_value(), timeline.isValid());
    if (read)
        QCOMPARE(*read, timeline);
    QCOMPARE(checkAccepts(FieldType::Time, text), bool(accepted & AsTime));
    QCOMPARE(checkAccepts(FieldType::DateTime, text), bool(accepted & AsDateTime));
    QCOMPARE(checkAccepts(FieldType::Date, text), bool(accepted & AsDate));
}

void TestReportTime::reportDate_placesBareTimes_data()
{
    // The timeline reads the header's Date more loosely than the checks do (Qt's ISO date reader).
    QTest::addColumn<QString>("reportDate");
    QTest::addColumn<QDate>("day");
    QTest::newRow("date") << u"2026-03-02"_s << kReportDate;
    QTest::newRow("spaces around") << u"  2026-03-02 "_s << kReportDate;
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("slashes") << u"2026/03/02"_s << kReportDate;
    QTest::newRow("dots") << u"2026.03.02"_s << kReportDate;
    QTest::newRow("trailing letter") << u"2026-03-02x"_s << kReportDate;
    QTest::newRow("with a time") << u"2026-03-02 14:20"_s << kReportDate;
    QTest::newRow("with T") << u"2026-03-02T"_s << kReportDate;
    QTest::newRow("empty") << QString() << kNoReportDate;
    QTest::newRow("placeholder") << u"YYYY-MM-DD"_s << kNoReportDate;
    QTest::newRow("30 February") << u"2026-02-30"_s << kNoReportDate;
    QTest::newRow("month 13") << u"2026-13-01"_s << kNoReportDate;
    QTest::newRow("year 0") << u"0000-01-01"_s << kNoReportDate;
    QTest::newRow("short parts") << u"2026-3-2"_s << kNoReportDate;
    QTest::newRow("European") << u"02.03.2026"_s << kNoReportDate;
    QTest::newRow("no dashes") << u"20260302"_s << kNoReportDate;
    QTest::newRow("trailing digit") << u"2026-03-021"_s << kNoReportDate;
    QTest::newRow("signed year") << u"+2026-03-02"_s << kNoReportDate;
    QTest::newRow("Arabic-Indic digits") << u"٢٠٢٦-٠٣-٠٢"_s << kNoReportDate;
    QTest::newRow("full-width digits") << u"２０２６-03-02"_s << kNoReportDate;
}

void TestReportTime::reportDate_placesBareTimes()
{
    QFETCH(QString, reportDate);
    QFETCH(QDate, day);
    QCOMPARE(timelineTime(u"09:12"_s, reportDate), QDateTime(day, QTime(9, 12), QTimeZone::utc()));
}

void TestReportTime::parse_splitsWhatWasTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("canonical");
    QTest::addColumn<std::optional<int>>("secondsAheadOfUtc");
    const QDate day(2026, 11, 19);
    const std::optional<int> utcZone = 0, named = std::nullopt;
    QTest::newRow("time of day") << u"09:30"_s << QDate() << QTime(9, 30) << QString() << true << utcZone;
    QTest::newRow("date and time") << u"2026-11-19 14:20"_s << day << QTime(14, 20) << QString() << true << utcZone;
    QTest::newRow("ISO T, offset") << u"2026-11-19T14:20 +02:00"_s << day << QTime(14, 20) << u"+02:00"_s << true << std::optional<int>(7200);
    QTest::newRow("zone word") << u"2026-11-19 14:20 cet"_s << day << QTime(14, 20) << u"cet"_s << true << named;
    QTest::newRow("one-digit hour") << u"9:30"_s << QDate() << QTime(9, 30) << QString() << false << utcZone;
    QTest::newRow("bare time, UTC") << u"09:30 UTC"_s << QDate() << QTime(9, 30) << u"UTC"_s << false << utcZone;
    QTest::newRow("lower-case t") << u"2026-11-19t14:20"_s << day << QTime(14, 20) << QString() << false << utcZone;
    QTest::newRow("glued zone") << u"2026-11-19 14:20CET"_s << day << QTime(14, 20) << u"CET"_s << false << named;
}

void TestReportTime::parse_splitsWhatWasTyped()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QTime, time);
    QFETCH(QString, zone);
    QFETCH(bool, canonical);
    QFETCH(std::optional<int>, secondsAheadOfUtc);
    const std::optional<ReportTime> parsed = ReportTime::parse(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->date, date);
    QCOMPARE(parsed->time, time);
    QCOMPARE(parsed->zone, zone);
    QCOMPARE(parsed->canonical, canonical);
    QCOMPARE(parsed->secondsAheadOfUtc(), secondsAheadOfUtc);
}

QTEST_GUILESS_MAIN(TestReportTime)
#include "tst_reporttime.moc"
