#include "heapsample.h"
#include "io/jsontext.h"
#include "io/reportfile.h"
#include "model/report.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;
using namespace lr;

class TestReportFile : public QObject
{
    Q_OBJECT

private slots:
    void saveAndLoad_giveBackTheSameReport();
    void series_saveAndLoadExactly_andOnlyWhenPresent();
    void series_areStoredCompactly_data();
    void series_areStoredCompactly();
    void formatVersion1Samples_areStillRead();
    void compactSamples_damaged_areRefusedWithPath_data();
    void compactSamples_damaged_areRefusedWithPath();
    void save_refusesAReportTooLargeToOpen();
    void savedJson_isStablePrettyAndVersioned();
    void save_replacesTheFileWhole();
    void save_intoMissingFolder_failsWithPath();
    void badFile_isRefusedWithClearMessage_data();
    void badFile_isRefusedWithClearMessage();
    void unknownKeys_areReportedNotLost();
    void unknownKeysEverywhere_areWarnedAbout();
    void everyValueOfAnotherType_isAnErrorNamingItsPath();
    void missingSections_stayEmpty();
    void byteOrderMark_isAccepted();
    void missingFile_directoryAndHugeFile_areRefused();
    void firstInvalidUtf8Offset_findsTheBadByte_data();
    void firstInvalidUtf8Offset_findsTheBadByte();
    void positionOfOffset_countsLinesAndColumns();
};

namespace {
const ReportTemplate &tmpl() { return *ReportTemplate::builtin(); }

QByteArray validJson()
{
    return ReportFile::toJson(tmpl(), ReportContent::fromTemplate(tmpl()));
}

// A valid file with one value replaced by `replacement` (raw JSON) at `pointer` ("a/b/c").
QByteArray validJsonWith(const QString &pointer, const QJsonValue &replacement)
{
    QJsonObject root = QJsonDocument::fromJson(validJson()).object();
    const QStringList keys = pointer.split(u'/');
    std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int depth) {
        if (depth == keys.size() - 1)
            o.insert(keys[depth], replacement);
        else
            o.insert(keys[depth], set(o.value(keys[depth]).toObject(), depth + 1));
        return o;
    };
    return QJsonDocument(set(root, 0)).toJson();
}
} // namespace

void TestReportFile::saveAndLoad_giveBackTheSameReport()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.leakreport"_s);
    ReportContent content = test::sampleContent();
    content.values[u"tldr"_s] = u"Ünïcödé ✓ → 日本語 🚀 \"quotes\" \\ back\nslash\ttab"_s;
    content.rows[u"wentWell"_s].clear();
    content.notes[u"appendix"_s] = u"## Extra\n\n- kept"_s;
    QString error;
    QVERIFY2(ReportFile::save(path, tmpl(), content, &error), qPrintable(error));
    const LoadResult loaded = ReportFile::load(path, tmpl());
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QVERIFY(loaded.warnings.isEmpty());
    QCOMPARE(loaded.content, content);
}

void TestReportFile::series_saveAndLoadExactly_andOnlyWhenPresent()
{
    ReportContent content = test::sampleContent();
    QVERIFY(!ReportFile::toJson(tmpl(), content).contains("\"series\"")); // files without data stay as they were
    MemorySeries before;
    before.name = u"nodejs_heap_used_bytes{instance=\"gw-3\"}"_s;
    before.role = SeriesRole::Before;
    before.source = {u"grafana.csv"_s, u"csv"_s, before.name, {}};
    before.samples = {{1763460000000, 210000000}, {1763460015000, 210512345.5}, {1763460030000, 0.1 + 0.2}};
    MemorySeries after;
    after.name = u"massif: ./gateway"_s;
    after.role = SeriesRole::After;
    after.timeUnit = MemorySeries::TimeUnit::Instructions;
    after.samples = {{0, 1024}, {123456789012, 2048}};
    content.series = {before, after};
    const QByteArray json = ReportFile::toJson(tmpl(), content);
    QVERIFY(json.startsWith("{\n    \"formatVersion\": 2,\n")); // older versions must not misread the samples
    const LoadResult loaded = ReportFile::fromJson(json, tmpl(), u"r.leakreport"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.content, content); // every double back bit for bit
}

namespace {
MemorySeries longSeries(qsizetype count, bool fractional)
{
    MemorySeries series;
    series.name = u"heap"_s;
    series.samples.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const double bytes = 200e6 + double(i % 977) * 12345 + (fractional ? 0.1 * double(i % 7) : 0.0);
        series.samples.append({1763460000000 + i * 15000, bytes});
    }
    return series;
}
} // namespace

// A 150 MB CSV once gave a 208 MB report: each sample was a JSON string of ~25 bytes.
void TestReportFile::series_areStoredCompactly_data()
{
    QTest::addColumn<bool>("fractional");
    QTest::addColumn<int>("maxBytesPerSample");
    // Varint deltas: 3 bytes of time (15 s), up to 4 of bytes (jumps of up to 12 MB), in base64.
    QTest::newRow("whole bytes") << false << 9;
    QTest::newRow("fractional bytes") << true << 16; // varint time deltas and 8-byte doubles, base64
}

void TestReportFile::series_areStoredCompactly()
{
    QFETCH(bool, fractional);
    QFETCH(int, maxBytesPerSample);
    const qsizetype count = 100000;
    ReportContent content = ReportContent::fromTemplate(tmpl());
    content.series = {longSeries(count, fractional)};
    const qsizetype emptySize = ReportFile::toJson(tmpl(), ReportContent::fromTemplate(tmpl())).size();
    const QByteArray json = ReportFile::toJson(tmpl(), content);
    const double perSample = double(json.size() - emptySize) / double(count);
    QVERIFY2(perSample <= maxBytesPerSample, qPrintable(u"%1 bytes per sample"_s.arg(perSample)));
    const LoadResult loaded = ReportFile::fromJson(json, tmpl(), u"r.leakreport"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.content, content);
}

// Format version 1 kept one "time bytes" string per sample; those files open as they did.
void TestReportFile::formatVersion1Samples_areStillRead()
{
    const QByteArray json = validJsonWith(u"series"_s, QJsonArray{QJsonObject{
        {u"name"_s, u"heap"_s}, {u"role"_s, u"before"_s}, {u"timeUnit"_s, u"ms"_s},
        {u"samples"_s, QJsonArray{u"1763460000000 210000000"_s, u"1763460015000 210512345.5"_s}}}});
    QVERIFY(json.contains("\"formatVersion\": 1"));
    const LoadResult loaded = ReportFile::fromJson(json, tmpl(), u"r.leakreport"_s);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.content.series.size(), 1);
    QCOMPARE(loaded.content.series.first().samples,
             QList<MemorySample>({{1763460000000, 210000000}, {1763460015000, 210512345.5}}));
}

void TestReportFile::compactSamples_damaged_areRefusedWithPath_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("count missing") << u"count"_s << QJsonValue(QJsonValue::Undefined) << u"series[0].samples.count: expected a number, found nothing"_s;
    QTest::newRow("count too high") << u"count"_s << QJsonValue(3) << u"series[0].samples.timeMs: holds 2 samples, not 3"_s;
    QTest::newRow("count huge") << u"count"_s << QJsonValue(1e15)
                                << u"series[0].samples.timeMs: holds 2 samples, not 1000000000000000"_s;
    QTest::newRow("count beyond 2^53") << u"count"_s << QJsonValue(1e300)
                                       << u"series[0].samples.count: expected a whole number from 0, found 1e+300"_s;
    QTest::newRow("count fraction") << u"count"_s << QJsonValue(1.5)
                                    << u"series[0].samples.count: expected a whole number from 0, found 1.5"_s;
    QTest::newRow("time not base64") << u"timeMs"_s << QJsonValue(u"!!!"_s) << u"series[0].samples.timeMs: not base64"_s;
    QTest::newRow("time cut short") << u"timeMs"_s << QJsonValue(u"gA=="_s) // one varint byte that promises more
                                    << u"series[0].samples.timeMs: ends in the middle of a number"_s;
    QTest::newRow("time backwards") << u"timeMs"_s << QJsonValue(u"AAM="_s) // 0, then -2
                                    << u"series[0].samples[1]: earlier than the sample before it"_s;
    QTest::newRow("bytes negative") << u"bytes"_s << QJsonValue(u"AwA="_s) // -2, then 0
                                    << u"series[0].samples[0]: bytes must be a finite number >= 0"_s;
    QTest::newRow("encoding unknown") << u"encoding"_s << QJsonValue(u"zstd"_s)
                                      << u"series[0].samples.encoding: expected \"delta-varint\""_s;
    QTest::newRow("both byte kinds") << u"bytesFloat64"_s << QJsonValue(u""_s)
                                     << u"series[0].samples: expected either \"bytes\" or \"bytesFloat64\""_s;
}

void TestReportFile::compactSamples_damaged_areRefusedWithPath()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    ReportContent content = ReportContent::fromTemplate(tmpl());
    content.series = {longSeries(2, false)};
    QJsonObject root = QJsonDocument::fromJson(ReportFile::toJson(tmpl(), content)).object();
    QJsonArray series = root.value(u"series"_s).toArray();
    QJsonObject one = series.first().toObject();
    QJsonObject samples = one.value(u"samples"_s).toObject();
    if (value.isUndefined())
        samples.remove(key);
    else
        samples.insert(key, value);
    one.insert(u"samples"_s, samples);
    series.replace(0, one);
    root.insert(u"series"_s, series);
    const LoadResult result = ReportFile::fromJson(QJsonDocument(root).toJson(), tmpl(), u"r.leakreport"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"r.leakreport: "_s) && result.error.contains(expected), qPrintable(result.error));
}

// What save writes, the open must read: a report over the limit is refused before writing.
void TestReportFile::save_refusesAReportTooLargeToOpen()
{
    QString error;
    QVERIFY(ReportFile::fitsSizeLimit(u"r.leakreport"_s, ReportFile::kMaxFileSize, &error));
    QVERIFY(!ReportFile::fitsSizeLimit(u"r.leakreport"_s, ReportFile::kMaxFileSize + 1, &error));
    QVERIFY2(error.startsWith(u"r.leakreport: "_s) && error.contains(u"256 MiB"_s), qPrintable(error));
}

void TestReportFile::savedJson_isStablePrettyAndVersioned()
{
    const ReportContent content = test::sampleContent();
    const QByteArray first = ReportFile::toJson(tmpl(), content);
    QCOMPARE(ReportFile::toJson(tmpl(), content), first);
    QVERIFY(first.startsWith("{\n    \"formatVersion\": 1,\n"));
    QVERIFY(first.contains("\n        \"executiveSummary\": {\n"));
    // Keys sorted: what git shows as a change is only what changed.
    ReportContent changed = content;
    changed.values[u"service"_s] = u"other-service"_s;
    const QList<QByteArray> a = first.split('\n'), b = ReportFile::toJson(tmpl(), changed).split('\n');
    QCOMPARE(a.size(), b.size());
    int differing = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differing += a[i] != b[i];
    QCOMPARE(differing, 1);
}

void TestReportFile::save_replacesTheFileWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.leakreport"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(QByteArray(100000, 'x'));
    old.close();
    QString error;
    QVERIFY(ReportFile::save(path, tmpl(), ReportContent::fromTemplate(tmpl()), &error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"r.leakreport"_s}); // no temp file left
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), validJson());
}

void TestReportFile::save_intoMissingFolder_failsWithPath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing/r.leakreport"_s);
    QString error;
    QVERIFY(!ReportFile::save(path, tmpl(), ReportContent::fromTemplate(tmpl()), &error));
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(path) + u": "), qPrintable(error));
}

void TestReportFile::badFile_isRefusedWithClearMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QByteArray() << u"r.leakreport: the file is empty"_s;
    QTest::newRow("blank") << QByteArray(" \n\t\n") << u"r.leakreport: the file is empty"_s;
    QTest::newRow("truncated") << validJson().left(200) << u"r.leakreport:"_s;
    QTest::newRow("syntax error position") << QByteArray("{\n  \"formatVersion\": 1,\n  \"sections\": {,}\n}")
                                           << u"r.leakreport:3:17: not valid JSON: "_s;
    QTest::newRow("array") << QByteArray("[1, 2]") << u"r.leakreport: not a LeakReport file (the JSON is not an object)"_s;
    QTest::newRow("other JSON") << QByteArray(R"({"name": "package", "version": "1.0.0"})")
                                << u"r.leakreport: not a LeakReport file (no \"formatVersion\")"_s;
    QTest::newRow("version as text") << validJsonWith(u"formatVersion"_s, u"1"_s)
                                     << u"\"formatVersion\" must be a whole number from 1, found a string"_s;
    QTest::newRow("version zero") << validJsonWith(u"formatVersion"_s, 0) << u"found 0"_s;
    QTest::newRow("version fraction") << validJsonWith(u"formatVersion"_s, 1.5) << u"found 1.5"_s;
    QTest::newRow("newer version") << validJsonWith(u"formatVersion"_s, 7)
                                   << u"r.leakreport: written by a newer LeakReport (format version 7; this version reads up to 2)"_s;
    QTest::newRow("other template") << validJsonWith(u"template/id"_s, u"incident-review"_s)
                                    << u"made for the template \"incident-review\""_s;
    QTest::newRow("sections not object") << validJsonWith(u"sections"_s, QJsonArray())
                                         << u"r.leakreport: sections: expected an object, found a list"_s;
    QTest::newRow("field is a number") << validJsonWith(u"sections/header/fields/service"_s, 42)
                                       << u"r.leakreport: sections.header.fields.service: expected a string, found a number"_s;
    QTest::newRow("check is text") << validJsonWith(u"sections/symptomsAndDetection/checked/symptomOther"_s, u"yes"_s)
                                   << u"sections.symptomsAndDetection.checked.symptomOther: expected a true/false value, found a string"_s;
    QTest::newRow("rows not a list") << validJsonWith(u"sections/incidentTimeline/rows/timeline"_s, u"none"_s)
                                     << u"sections.incidentTimeline.rows.timeline: expected a list, found a string"_s;
    QTest::newRow("row not an object") << validJsonWith(u"sections/incidentTimeline/rows/timeline"_s, QJsonArray{1})
                                       << u"sections.incidentTimeline.rows.timeline[0]: expected an object, found a number"_s;
    QTest::newRow("cell not text")
        << validJsonWith(u"sections/incidentTimeline/rows/timeline"_s, QJsonArray{QJsonObject{{u"time"_s, true}}})
        << u"sections.incidentTimeline.rows.timeline[0].time: expected a string, found a true/false value"_s;
    QTest::newRow("notes not text") << validJsonWith(u"sections/appendix/notes"_s, QJsonValue::Null)
                                    << u"sections.appendix.notes: expected a string, found null"_s;
    QByteArray latin1 = validJson();
    latin1.replace("\"service\": \"\"", "\"service\": \"caf\xE9\"");
    const TextPosition at = positionOfOffset(latin1, latin1.indexOf('\xE9'));
    QTest::newRow("latin-1")
        << latin1 << u"r.leakreport: not UTF-8 text: byte 0xE9 at line %1, column %2"_s.arg(at.line).arg(at.column);
    const auto seriesWith = [](const QJsonValue &samples, const QString &role = u"before"_s) {
        return validJsonWith(u"series"_s, QJsonArray{QJsonObject{{u"name"_s, u"heap"_s}, {u"role"_s, role},
                                                                 {u"samples"_s, samples}}});
    };
    QTest::newRow("series not a list") << validJsonWith(u"series"_s, u"none"_s) << u"r.leakreport: series: expected a list"_s;
    QTest::newRow("series role") << seriesWith(QJsonArray(), u"during"_s)
                                 << u"series[0].role: expected \"before\", \"after\" or \"other\""_s;
    QTest::newRow("sample not text") << seriesWith(QJsonArray{12}) << u"series[0].samples[0]: expected \"time bytes\""_s;
    QTest::newRow("sample negative") << seriesWith(QJsonArray{u"1000 -5"_s}) << u"series[0].samples[0]: expected"_s;
    QTest::newRow("samples out of order") << seriesWith(QJsonArray{u"2000 5"_s, u"1000 6"_s})
                                          << u"series[0].samples[1]: earlier than the sample before it"_s;
    // Every shape the reader does not expect names its JSON path; nothing is dropped silently.
    QTest::newRow("fields a list") << validJsonWith(u"sections/header/fields"_s, QJsonArray{u"billing"_s})
                                   << u"r.leakreport: sections.header.fields: expected an object, found a list"_s;
    QTest::newRow("checked a list") << validJsonWith(u"sections/symptomsAndDetection/checked"_s, QJsonArray{true})
                                    << u"sections.symptomsAndDetection.checked: expected an object, found a list"_s;
    QTest::newRow("rows a list") << validJsonWith(u"sections/incidentTimeline/rows"_s, QJsonArray())
                                 << u"sections.incidentTimeline.rows: expected an object, found a list"_s;
    QTest::newRow("template a string") << validJsonWith(u"template"_s, u"memory-leak-investigation"_s)
                                       << u"r.leakreport: template: expected an object, found a string"_s;
    QTest::newRow("template id a number") << validJsonWith(u"template/id"_s, 3)
                                          << u"r.leakreport: template.id: expected a string, found a number"_s;
    QTest::newRow("generator a list") << validJsonWith(u"generator"_s, QJsonArray())
                                      << u"r.leakreport: generator: expected a string, found a list"_s;
    const auto oneSeries = [](const QString &key, const QJsonValue &value) {
        QJsonObject series{{u"name"_s, u"heap"_s}, {u"role"_s, u"before"_s}, {u"samples"_s, QJsonArray()}};
        series.insert(key, value);
        return validJsonWith(u"series"_s, QJsonArray{series});
    };
    QTest::newRow("series name a number") << oneSeries(u"name"_s, 5) << u"r.leakreport: series[0].name: expected a string, found a number"_s;
    QTest::newRow("series role a number") << oneSeries(u"role"_s, 1) << u"series[0].role: expected a string, found a number"_s;
    QTest::newRow("series source a string") << oneSeries(u"source"_s, u"a.csv"_s)
                                            << u"series[0].source: expected an object, found a string"_s;
    QTest::newRow("series source file a number") << oneSeries(u"source"_s, QJsonObject{{u"fileName"_s, 1}})
                                                 << u"series[0].source.fileName: expected a string, found a number"_s;
    QTest::newRow("series time unit a number") << oneSeries(u"timeUnit"_s, 1)
                                               << u"series[0].timeUnit: expected a string, found a number"_s;
    // UTF-16, as some Windows editors save "Unicode" text: said so, not "unterminated object".
    const QString text = QString::fromUtf8(validJson());
    const QByteArray utf16le(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    QTest::newRow("UTF-16 LE with BOM") << "\xFF\xFE" + utf16le << u"r.leakreport: the file is UTF-16 text"_s;
    QTest::newRow("UTF-16 BE with BOM") << "\xFE\xFF" + utf16be << u"r.leakreport: the file is UTF-16 text"_s;
    QTest::newRow("UTF-16 LE without BOM") << utf16le << u"r.leakreport: the file is UTF-16 text"_s;
    QTest::newRow("UTF-16 BE without BOM") << utf16be << u"r.leakreport: the file is UTF-16 text"_s;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11)
                            << u"r.leakreport: not UTF-8 text: byte 0x89 at line 1, column 1 (offset 0)"_s;
}

void TestReportFile::badFile_isRefusedWithClearMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const LoadResult result = ReportFile::fromJson(bytes, tmpl(), u"r.leakreport"_s);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(u"r.leakreport"_s), qPrintable(result.error));
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
}

void TestReportFile::unknownKeys_areReportedNotLost()
{
    QByteArray json = validJsonWith(u"sections/header/fields/colour"_s, u"red"_s);
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject sections = root.value(u"sections"_s).toObject();
    sections.insert(u"epilogue"_s, QJsonObject());
    root.insert(u"sections"_s, sections);
    const LoadResult result = ReportFile::fromJson(QJsonDocument(root).toJson(), tmpl(), u"r.leakreport"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings, QStringList({u"sections.epilogue: unknown section, ignored"_s,
                                           u"sections.header.fields.colour: unknown field, ignored"_s}));
}

// The README promises a warning for what a newer version or a hand edit added anywhere.
void TestReportFile::unknownKeysEverywhere_areWarnedAbout()
{
    QJsonObject root = QJsonDocument::fromJson(validJson()).object();
    root.insert(u"reviewer"_s, u"ana"_s);
    QJsonObject templateObject = root.value(u"template"_s).toObject();
    templateObject.insert(u"locale"_s, u"de"_s);
    root.insert(u"template"_s, templateObject);
    root.insert(u"series"_s, QJsonArray{QJsonObject{{u"name"_s, u"heap"_s}, {u"role"_s, u"before"_s},
                                                    {u"samples"_s, QJsonArray()}, {u"colour"_s, u"red"_s},
                                                    {u"source"_s, QJsonObject{{u"host"_s, u"gw-3"_s}}}}});
    const LoadResult result = ReportFile::fromJson(QJsonDocument(root).toJson(), tmpl(), u"r.leakreport"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings, QStringList({u"reviewer: unknown key, ignored"_s, u"template.locale: unknown key, ignored"_s,
                                           u"series[0].colour: unknown key, ignored"_s,
                                           u"series[0].source.host: unknown key, ignored"_s}));
}

namespace {
// Calls `visit` with the JSON path ("sections.header.fields.service", "series[0].name") and a
// setter for every value in `value`, depth first.
void forEachValue(const QJsonValue &value, const QString &path,
                  const std::function<void(const QString &, const QJsonValue &)> &visit)
{
    if (!path.isEmpty())
        visit(path, value);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            forEachValue(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), visit);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            forEachValue(array[i], path + u'[' + QString::number(i) + u']', visit);
    }
}

// `root` with the value at `path` replaced.
QJsonValue replaced(const QJsonValue &root, QStringView path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    if (path.startsWith(u'[')) {
        const qsizetype close = path.indexOf(u']');
        const qsizetype index = path.sliced(1, close - 1).toLongLong();
        QStringView rest = path.sliced(close + 1);
        if (rest.startsWith(u'.'))
            rest = rest.sliced(1);
        QJsonArray array = root.toArray();
        array.replace(index, replaced(array[index], rest, replacement));
        return array;
    }
    qsizetype end = 0;
    while (end < path.size() && path[end] != u'.' && path[end] != u'[')
        ++end;
    const QString key = path.first(end).toString();
    QStringView rest = path.sliced(end);
    if (rest.startsWith(u'.'))
        rest = rest.sliced(1);
    QJsonObject object = root.toObject();
    object.insert(key, replaced(object.value(key), rest, replacement));
    return object;
}
} // namespace

// A hand edit or another tool may put any type anywhere: the reader either fails naming the
// JSON path, or (for the two shapes that mean the same) reads it; it never drops it silently.
void TestReportFile::everyValueOfAnotherType_isAnErrorNamingItsPath()
{
    ReportContent content = test::sampleContent();
    content.series = {longSeries(3, false), longSeries(2, true)};
    content.series[1].source = {u"a.csv"_s, u"csv"_s, u"heap"_s, {}};
    content.heapComparison = test::sampleHeapComparison(); // every key of the heap snapshot evidence too
    const QJsonObject root = QJsonDocument::fromJson(ReportFile::toJson(tmpl(), content)).object();
    const QList<QJsonValue> others = {QJsonValue::Null, true, 7, u"text"_s, QJsonArray(), QJsonObject()};
    int checked = 0;
    QStringList wrong;
    forEachValue(root, QString(), [&](const QString &path, const QJsonValue &value) {
        for (const QJsonValue &other : others) {
            if (other.type() == value.type())
                continue;
            // Format version 1 stored samples as a list: a list there is read as such.
            if (path.endsWith(u".samples"_s) && other.isArray())
                continue;
            const QByteArray json = QJsonDocument(replaced(root, path, other).toObject()).toJson();
            const LoadResult result = ReportFile::fromJson(json, tmpl(), u"r.leakreport"_s);
            const QString shown = path + u" = "_s + QString::fromUtf8(QJsonDocument(QJsonArray{other}).toJson(QJsonDocument::Compact));
            if (result.ok())
                wrong.append(shown + u" was accepted"_s);
            else if (!result.error.contains(path))
                wrong.append(shown + u": "_s + result.error);
            ++checked;
        }
    });
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QVERIFY(checked > 1000);
}

void TestReportFile::missingSections_stayEmpty()
{
    const LoadResult result = ReportFile::fromJson(
        R"({"formatVersion": 1, "template": {"id": "memory-leak-investigation"},
            "sections": {"header": {"fields": {"service": "billing"}}}})",
        tmpl(), u"r.leakreport"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
    ReportContent expected = ReportContent::fromTemplate(tmpl());
    expected.values[u"service"_s] = u"billing"_s;
    QCOMPARE(result.content, expected);
}

void TestReportFile::byteOrderMark_isAccepted()
{
    const LoadResult result = ReportFile::fromJson("\xEF\xBB\xBF" + validJson(), tmpl(), u"r.leakreport"_s);
    QVERIFY2(result.ok(), qPrintable(result.error));
}

void TestReportFile::missingFile_directoryAndHugeFile_areRefused()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"nope.leakreport"_s);
    QCOMPARE(ReportFile::load(missing, tmpl()).error, QDir::toNativeSeparators(missing) + u": no such file"_s);
    QCOMPARE(ReportFile::load(dir.path(), tmpl()).error, QDir::toNativeSeparators(dir.path()) + u": not a file"_s);
    const QString huge = dir.filePath(u"huge.leakreport"_s);
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(ReportFile::kMaxFileSize + 1)); // sparse: no disk space used
    file.close();
    const QString error = ReportFile::load(huge, tmpl()).error;
    QVERIFY2(error.contains(u"LeakReport opens reports up to 256 MiB"_s), qPrintable(error));
}

void TestReportFile::firstInvalidUtf8Offset_findsTheBadByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("offset");
    QTest::newRow("valid") << QByteArray("plain ✓ 日本") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
    QTest::newRow("stray byte") << QByteArray("ab\xFF" "cd") << 2;
    QTest::newRow("after multibyte") << QByteArray("\xC3\xA9\xFF") << 2;
    QTest::newRow("broken sequence") << QByteArray("a\xE2(b") << 1;
    QTest::newRow("cut at the end") << QByteArray("ab\xE2\x82") << 2;
    QTest::newRow("overlong") << QByteArray("x\xC0\xAF") << 1;
    QTest::newRow("surrogate") << QByteArray("xy\xED\xA0\x80") << 2;
    QTest::newRow("lone continuation") << QByteArray("abc\x80") << 3;
}

void TestReportFile::firstInvalidUtf8Offset_findsTheBadByte()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, offset);
    QCOMPARE(firstInvalidUtf8Offset(bytes), qsizetype(offset));
}

void TestReportFile::positionOfOffset_countsLinesAndColumns()
{
    const QByteArray text("ab\ncde\n\nf");
    QCOMPARE(positionOfOffset(text, 0).line, 1);
    QCOMPARE(positionOfOffset(text, 4).line, 2);
    QCOMPARE(positionOfOffset(text, 4).column, 2);
    QCOMPARE(positionOfOffset(text, 8).line, 4);
    QCOMPARE(positionOfOffset(text, 8).column, 1);
    QCOMPARE(positionOfOffset(text, 999).line, 4); // clamped
}

QTEST_GUILESS_MAIN(TestReportFile)
#include "tst_reportfile.moc"
