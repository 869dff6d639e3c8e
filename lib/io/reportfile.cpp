#include "io/reportfile.h"

#include "io/atomicwrite.h"
#include "io/heapjson.h"
#include "io/jsonshape.h"
#include "io/jsontext.h"
#include "io/oomeventsjson.h"
#include "io/recordingjournal.h"
#include "io/seriesjson.h"
#include "version.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// The key of the memory series in the file's root object.
constexpr QLatin1StringView kSeriesKey{"series"};
// The imported out-of-memory events; absent when there are none.
constexpr QLatin1StringView kOomEventsKey{"oomEvents"};
// The key of the heap snapshot evidence (summaries and top classes, never the snapshots).
constexpr QLatin1StringView kHeapKey{"heapComparison"};

QJsonObject sectionToJson(const SectionDef &section, const ReportContent &content)
{
    QJsonObject fields, checked, rows;
    for (const FieldDef *field : section.fields)
        fields.insert(field->id, content.values.value(field->id));
    for (const ChecklistItemDef *item : section.checklistItems)
        checked.insert(item->id, content.checked.value(item->id));
    for (const RowSetDef *rowSet : section.rowSets) {
        QJsonArray array;
        for (const Row &row : content.rows.value(rowSet->id)) {
            QJsonObject cells;
            for (const FieldDef &column : rowSet->columns)
                cells.insert(column.id, row.value(column.id));
            for (auto it = row.cbegin(); it != row.cend(); ++it) { // columns a hand-written table added
                if (RowSetDef::isExtraColumnKey(it.key()))
                    cells.insert(it.key(), it.value());
            }
            array.append(cells);
        }
        rows.insert(rowSet->id, array);
    }
    QJsonObject json;
    json.insert(u"fields"_s, fields);
    json.insert(u"notes"_s, content.notes.value(section.id));
    QJsonObject extraLines; // lines hand-added inside a block, by its key
    for (const QString &key : section.extraLinesKeys()) {
        if (!content.notes.value(key).isEmpty())
            extraLines.insert(key, content.notes.value(key));
    }
    if (!extraLines.isEmpty())
        json.insert(u"extraLines"_s, extraLines);
    if (!checked.isEmpty())
        json.insert(u"checked"_s, checked);
    if (!rows.isEmpty())
        json.insert(u"rows"_s, rows);
    return json;
}

// Reads one file's JSON into a report; the first problem stops it, with the JSON path of
// what was wrong ("sections.header.fields.service: expected a string, found a number").
class ContentReader
{
public:
    ContentReader(const ReportTemplate &t, LoadResult &result)
        : m_template(t)
        , m_result(result)
        , m_shape(&result.error, &result.warnings)
    {
    }

    bool read(const QJsonObject &root)
    {
        const QJsonValue sections = root.value("sections"_L1);
        if (!expect(sections, QJsonValue::Object, u"sections"_s))
            return false;
        const QJsonObject sectionsObject = sections.toObject();
        for (auto it = sectionsObject.begin(); it != sectionsObject.end(); ++it) {
            if (!m_template.section(it.key()))
                warn(ReportFile::tr("sections.%1: unknown section, ignored").arg(it.key()));
        }
        for (const SectionDef &section : m_template.sections()) {
            const QJsonValue value = sectionsObject.value(section.id);
            if (value.isUndefined())
                continue; // a hand-trimmed file may leave sections out; they stay empty
            if (!expect(value, QJsonValue::Object, u"sections."_s + section.id)
                || !readSection(section, value.toObject(), u"sections."_s + section.id))
                return false;
        }
        return true;
    }

private:
    bool readSection(const SectionDef &section, const QJsonObject &json, const QString &path)
    {
        m_shape.warnUnknownKeys(json, {u"fields"_s, u"notes"_s, u"checked"_s, u"rows"_s, u"extraLines"_s}, path);
        // A hand-trimmed file may leave any of them out; present, each must have its shape.
        for (const QString key : {u"fields"_s, u"checked"_s, u"rows"_s, u"extraLines"_s}) {
            if (json.contains(key) && !expect(json.value(key), QJsonValue::Object, path + u'.' + key))
                return false;
        }
        if (json.contains("notes"_L1)) {
            if (!expect(json.value("notes"_L1), QJsonValue::String, path + u".notes"_s))
                return false;
            m_result.content.notes[section.id] = json.value("notes"_L1).toString();
        }
        // Files older than extra lines have none: their fences read as the template's.
        const QJsonObject extraLines = json.value("extraLines"_L1).toObject();
        for (const QString &key : section.extraLinesKeys()) {
            if (!extraLines.contains(key))
                continue;
            const QString keyPath = path + u".extraLines."_s + key;
            if (!expect(extraLines.value(key), QJsonValue::String, keyPath))
                return false;
            m_result.content.notes[key] = extraLines.value(key).toString();
        }
        const QJsonObject fields = json.value("fields"_L1).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QString fieldPath = path + u".fields."_s + it.key();
            if (m_template.sectionOf(it.key()) != section.id || !m_template.field(it.key())) {
                warn(ReportFile::tr("%1: unknown field, ignored").arg(fieldPath));
                continue;
            }
            if (!expect(it.value(), QJsonValue::String, fieldPath))
                return false;
            m_result.content.values[it.key()] = it.value().toString();
        }
        const QJsonObject checked = json.value("checked"_L1).toObject();
        for (auto it = checked.begin(); it != checked.end(); ++it) {
            const QString itemPath = path + u".checked."_s + it.key();
            if (m_template.sectionOf(it.key()) != section.id || !m_template.checklistItem(it.key())) {
                warn(ReportFile::tr("%1: unknown checklist item, ignored").arg(itemPath));
                continue;
            }
            if (!expect(it.value(), QJsonValue::Bool, itemPath))
                return false;
            m_result.content.checked[it.key()] = it.value().toBool();
        }
        const QJsonObject rows = json.value("rows"_L1).toObject();
        for (auto it = rows.begin(); it != rows.end(); ++it) {
            const QString rowsPath = path + u".rows."_s + it.key();
            const RowSetDef *rowSet = m_template.rowSet(it.key());
            if (!rowSet || m_template.sectionOf(it.key()) != section.id) {
                warn(ReportFile::tr("%1: unknown list, ignored").arg(rowsPath));
                continue;
            }
            if (!expect(it.value(), QJsonValue::Array, rowsPath) || !readRows(*rowSet, it.value().toArray(), rowsPath))
                return false;
        }
        return true;
    }

    bool readRows(const RowSetDef &rowSet, const QJsonArray &array, const QString &path)
    {
        QList<Row> rows;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString rowPath = path + u'[' + QString::number(i) + u']';
            if (!expect(array[i], QJsonValue::Object, rowPath))
                return false;
            Row row = rowSet.newRow();
            const QJsonObject cells = array[i].toObject();
            for (auto it = cells.begin(); it != cells.end(); ++it) {
                if (!rowSet.column(it.key()) && !RowSetDef::isExtraColumnKey(it.key())) {
                    warn(ReportFile::tr("%1.%2: unknown column, ignored").arg(rowPath, it.key()));
                    continue;
                }
                if (!expect(it.value(), QJsonValue::String, rowPath + u'.' + it.key()))
                    return false;
                row.insert(it.key(), it.value().toString());
            }
            rows.append(row);
        }
        m_result.content.rows[rowSet.id] = rows;
        return true;
    }

    bool expect(const QJsonValue &value, QJsonValue::Type type, const QString &path)
    {
        return m_shape.expect(value, type, path);
    }

    void warn(const QString &message) { m_shape.warn(message); }

    const ReportTemplate &m_template;
    LoadResult &m_result;
    JsonShape m_shape;
};

// UTF-16 text, as some Windows editors save "Unicode": with a byte order mark, or JSON's ASCII
// punctuation with a zero byte beside every character.
bool looksLikeUtf16(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    const qsizetype length = std::min<qsizetype>(bytes.size(), 64) & ~qsizetype(1);
    if (length < 2)
        return false;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < length; ++i)
        (i % 2 ? oddZeros : evenZeros) += bytes[i] == '\0';
    return (evenZeros == length / 2 && oddZeros == 0) || (oddZeros == length / 2 && evenZeros == 0);
}

} // namespace

QByteArray ReportFile::toJson(const ReportTemplate &reportTemplate, const ReportContent &content)
{
    QJsonObject sections;
    for (const SectionDef &section : reportTemplate.sections())
        sections.insert(section.id, sectionToJson(section, content));
    QJsonObject root;
    // Version 2 changed only how samples are stored: a report without them stays readable by version 1.
    root.insert(u"formatVersion"_s, content.series.isEmpty() ? kFormatVersionWithoutSeries : kFormatVersion);
    root.insert(u"generator"_s, QString(QLatin1StringView(kApplicationName) + u' ' + QLatin1StringView(kVersion)));
    root.insert(u"template"_s, QJsonObject{{u"id"_s, reportTemplate.id()}, {u"version"_s, reportTemplate.version()}});
    root.insert(u"sections"_s, sections);
    if (!content.series.isEmpty()) // a report without data keeps the file it always had
        root.insert(kSeriesKey, SeriesJson::toJson(content.series));
    if (!content.oomEvents.isEmpty())
        root.insert(kOomEventsKey, OomEventsJson::toJson(content.oomEvents));
    if (content.heapComparison != HeapComparison()) // likewise without heap snapshots
        root.insert(kHeapKey, HeapJson::toJson(content.heapComparison));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LoadResult ReportFile::fromJson(const QByteArray &bytesIn, const ReportTemplate &reportTemplate,
                                const QString &displayName)
{
    LoadResult result;
    const auto failed = [&](const QString &problem) {
        result.error = displayName + u": "_s + problem;
        return result;
    };
    QByteArray bytes = bytesIn;
    if (bytes.startsWith("\xEF\xBB\xBF")) // a BOM, as some Windows editors write
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return failed(tr("the file is empty"));
    if (looksLikeUtf16(bytes))
        return failed(tr("the file is UTF-16 text; LeakReport reads UTF-8 (save it again as UTF-8)"));
    if (const qsizetype bad = firstInvalidUtf8Offset(bytes); bad >= 0) {
        const TextPosition at = positionOfOffset(bytes, bad);
        return failed(tr("not UTF-8 text: byte 0x%1 at line %2, column %3 (offset %4) is not valid UTF-8")
                          .arg(QString::number(uchar(bytes[bad]), 16).toUpper())
                          .arg(at.line).arg(at.column).arg(bad));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition at = positionOfOffset(bytes, parseError.offset);
        result.error = tr("%1:%2:%3: not valid JSON: %4").arg(displayName).arg(at.line).arg(at.column)
                           .arg(parseError.errorString());
        return result;
    }
    if (!doc.isObject())
        return failed(tr("not a LeakReport file (the JSON is not an object)"));
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value("formatVersion"_L1);
    if (version.isUndefined())
        return failed(tr("not a LeakReport file (no \"formatVersion\")"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return failed(tr("\"formatVersion\" must be a whole number from 1, found %1").arg(
                          version.isDouble() ? QString::number(version.toDouble()) : JsonShape::typeName(version)));
    if (version.toInt() > kFormatVersion)
        return failed(tr("written by a newer LeakReport (format version %1; this version reads up to %2). "
                         "Update LeakReport to open it.").arg(version.toInt()).arg(kFormatVersion));
    JsonShape shape(&result.error, &result.warnings);
    shape.warnUnknownKeys(root, {u"formatVersion"_s, u"generator"_s, u"template"_s, u"sections"_s, kSeriesKey, kOomEventsKey, kHeapKey},
                          QString());
    QString generator, templateId;
    if (!shape.optionalString(root, "generator"_L1, QString(), &generator)
        || !shape.expect(root.value("template"_L1), QJsonValue::Object, u"template"_s))
        return failed(result.error);
    const QJsonObject templateObject = root.value("template"_L1).toObject();
    shape.warnUnknownKeys(templateObject, {u"id"_s, u"version"_s}, u"template"_s);
    if (!shape.optionalString(templateObject, "id"_L1, u"template"_s, &templateId)
        || (templateObject.contains("version"_L1)
            && !shape.expect(templateObject.value("version"_L1), QJsonValue::Double, u"template.version"_s)))
        return failed(result.error);
    if (templateId != reportTemplate.id())
        return failed(tr("made for the template \"%1\", not \"%2\"").arg(templateId, reportTemplate.id()));

    result.content = ReportContent::fromTemplate(reportTemplate);
    ContentReader reader(reportTemplate, result);
    if (!reader.read(root)) {
        result.error = displayName + u": "_s + result.error;
        return result;
    }
    if (root.contains(kSeriesKey)) {
        QString seriesError;
        if (!SeriesJson::fromJson(root.value(kSeriesKey), &result.content.series, &seriesError, &result.warnings))
            return failed(seriesError);
    }
    if (root.contains(kOomEventsKey)) {
        QString eventsError;
        if (!OomEventsJson::fromJson(root.value(kOomEventsKey), &result.content.oomEvents, &eventsError, &result.warnings))
            return failed(eventsError);
    }
    if (root.contains(kHeapKey)) {
        QString heapError;
        if (!HeapJson::fromJson(root.value(kHeapKey), kHeapKey, &result.content.heapComparison, &heapError, &result.warnings))
            return failed(heapError);
    }
    return result;
}

LoadResult ReportFile::load(const QString &path, const ReportTemplate &reportTemplate)
{
    const QString name = QDir::toNativeSeparators(path);
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = tr("%1: no such file").arg(name);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("%1: not a file").arg(name);
        return result;
    }
    if (info.size() > kMaxFileSize) {
        result.error = tr("%1: the file is %2 MiB; LeakReport opens reports up to %3 MiB").arg(name)
                           .arg(info.size() / (1024 * 1024)).arg(kMaxFileSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot open: %2").arg(name, file.errorString());
        return result;
    }
    LoadResult loaded = fromJson(file.readAll(), reportTemplate, name);
    if (loaded.ok()) // what a killed recorder had not yet written into the report
        RecordingJournal::recoverInto(path, &loaded.content.series, &loaded.warnings);
    return loaded;
}

bool ReportFile::mayHoldSeries(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxFileSize || !file.open(QIODevice::ReadOnly)) // load() refuses it anyway
        return false;
    // `"series"` followed by a colon (or by the end of its line) is taken for the key: inside a
    // JSON string its quotes would be escaped. Keys are written sorted, so the key comes after
    // "sections" (the report's text) and before the samples: reading stops there.
    const QByteArray key = '"' + QByteArray(kSeriesKey.data(), kSeriesKey.size()) + '"';
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        for (qsizetype at = line.indexOf(key); at >= 0; at = line.indexOf(key, at + 1)) {
            const QByteArray rest = line.mid(at + key.size()).trimmed();
            if (rest.isEmpty() || rest.startsWith(':'))
                return true;
        }
    }
    return false;
}

bool ReportFile::save(const QString &path, const ReportTemplate &reportTemplate, const ReportContent &content,
                      QString *error)
{
    const QByteArray json = toJson(reportTemplate, content);
    return fitsSizeLimit(path, json.size(), error) && writeFileAtomically(path, json, error);
}

bool ReportFile::fitsSizeLimit(const QString &path, qint64 size, QString *error)
{
    if (size <= kMaxFileSize)
        return true;
    *error = tr("%1: the report would be %2 MiB, more than the %3 MiB LeakReport opens; nothing was written "
                "(remove a memory series or import fewer samples)")
                 .arg(QDir::toNativeSeparators(path)).arg(size / (1024 * 1024)).arg(kMaxFileSize / (1024 * 1024));
    return false;
}

} // namespace lr
