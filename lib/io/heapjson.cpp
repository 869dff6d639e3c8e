#include "io/heapjson.h"

#include "io/jsonshape.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

QString sourceName(HeapSnapshotSummary::CaptureTimeSource source)
{
    return source == HeapSnapshotSummary::CaptureTimeSource::FileName ? u"fileName"_s : u"modificationTime"_s;
}

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Walks one object of the evidence, each problem named with its JSON path.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, const QString &path, JsonShape &shape, QString *error)
        : m_object(object), m_path(path), m_shape(shape), m_error(error)
    {
    }

    bool string(QLatin1StringView key, QString *value) { return m_shape.optionalString(m_object, key, m_path, value); }

    // A whole number of bytes or objects; JSON numbers hold them exactly up to 2^53.
    bool integer(QLatin1StringView key, qint64 *value, bool mayBeNegative)
    {
        const QJsonValue member = m_object.value(key);
        if (member.isUndefined())
            return true;
        const double number = member.toDouble();
        if (!member.isDouble() || number != std::floor(number) || std::abs(number) > 9007199254740992.0
            || (!mayBeNegative && number < 0)) {
            *m_error = (mayBeNegative ? HeapJson::tr("%1: expected a whole number, found %2")
                                      : HeapJson::tr("%1: expected a whole number >= 0, found %2"))
                           .arg(JsonShape::join(m_path, key),
                                member.isDouble() ? QString::number(number) : JsonShape::typeName(member));
            return false;
        }
        *value = qint64(number);
        return true;
    }

    bool fail(QLatin1StringView key, const QString &reason)
    {
        *m_error = u"%1: %2"_s.arg(JsonShape::join(m_path, key), reason);
        return false;
    }

private:
    const QJsonObject &m_object;
    QString m_path;
    JsonShape &m_shape;
    QString *m_error;
};

bool readSnapshot(const QJsonObject &object, const QString &path, JsonShape &shape, QString *error,
                  HeapSnapshotSummary *snapshot)
{
    shape.warnUnknownKeys(object, {u"fileName"_s, u"fileBytes"_s, u"heapBytes"_s, u"nodeCount"_s, u"capturedAt"_s,
                                   u"capturedAtSource"_s, u"sha256"_s}, path);
    ObjectReader read(object, path, shape, error);
    QString capturedAt, source = sourceName(snapshot->capturedAtSource);
    if (!read.string("fileName"_L1, &snapshot->fileName) || !read.integer("fileBytes"_L1, &snapshot->fileBytes, false)
        || !read.integer("heapBytes"_L1, &snapshot->heapBytes, false)
        || !read.integer("nodeCount"_L1, &snapshot->nodeCount, false) || !read.string("capturedAt"_L1, &capturedAt)
        || !read.string("capturedAtSource"_L1, &source) || !read.string("sha256"_L1, &snapshot->sha256))
        return false;
    if (!capturedAt.isEmpty()) {
        snapshot->capturedAt = QDateTime::fromString(capturedAt, Qt::ISODateWithMs);
        if (!snapshot->capturedAt.isValid())
            return read.fail("capturedAt"_L1, HeapJson::tr("expected a date and time such as \"2026-12-07T05:35:12Z\", found \"%1\"")
                                                  .arg(capturedAt));
        snapshot->capturedAt = snapshot->capturedAt.toUTC();
    }
    if (source == sourceName(HeapSnapshotSummary::CaptureTimeSource::FileName))
        snapshot->capturedAtSource = HeapSnapshotSummary::CaptureTimeSource::FileName;
    else if (source == sourceName(HeapSnapshotSummary::CaptureTimeSource::ModificationTime))
        snapshot->capturedAtSource = HeapSnapshotSummary::CaptureTimeSource::ModificationTime;
    else
        return read.fail("capturedAtSource"_L1, HeapJson::tr("expected \"fileName\" or \"modificationTime\", found \"%1\"").arg(source));
    if (!snapshot->sha256.isEmpty() && !isSha256(snapshot->sha256))
        return read.fail("sha256"_L1, HeapJson::tr("expected 64 lower-case hexadecimal digits"));
    return true;
}

bool readStep(const QJsonValue &value, const QString &path, JsonShape &shape, QString *error, RetainerStep *step)
{
    if (!shape.expect(value, QJsonValue::Object, path))
        return false;
    const QJsonObject object = value.toObject();
    shape.warnUnknownKeys(object, {u"edge"_s, u"node"_s}, path);
    ObjectReader read(object, path, shape, error);
    return read.string("edge"_L1, &step->edge) && read.string("node"_L1, &step->node);
}

bool readClass(const QJsonObject &object, const QString &path, JsonShape &shape, QString *error, HeapClassDelta *delta)
{
    shape.warnUnknownKeys(object, {u"name"_s, u"newCount"_s, u"deletedCount"_s, u"countDelta"_s, u"allocBytes"_s,
                                   u"freedBytes"_s, u"sizeDelta"_s, u"retainedBytes"_s, u"retainerPath"_s}, path);
    ObjectReader read(object, path, shape, error);
    if (!read.string("name"_L1, &delta->name) || !read.integer("newCount"_L1, &delta->newCount, false)
        || !read.integer("deletedCount"_L1, &delta->deletedCount, false)
        || !read.integer("countDelta"_L1, &delta->countDelta, true)
        || !read.integer("allocBytes"_L1, &delta->allocBytes, false)
        || !read.integer("freedBytes"_L1, &delta->freedBytes, false)
        || !read.integer("sizeDelta"_L1, &delta->sizeDelta, true)
        || !read.integer("retainedBytes"_L1, &delta->retainedBytes, false))
        return false;
    if (!object.contains("retainerPath"_L1))
        return true;
    const QString pathPath = path + u".retainerPath"_s;
    if (!shape.expect(object.value("retainerPath"_L1), QJsonValue::Array, pathPath))
        return false;
    const QJsonArray steps = object.value("retainerPath"_L1).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        RetainerStep step;
        if (!readStep(steps[i], pathPath + u'[' + QString::number(i) + u']', shape, error, &step))
            return false;
        delta->retainerPath.append(step);
    }
    return true;
}

// Reads the list under `key`, one object per element, with `readOne`.
template<typename T, typename ReadOne>
bool readList(const QJsonObject &object, QLatin1StringView key, const QString &parentPath, JsonShape &shape,
              QString *error, QList<T> *out, ReadOne readOne)
{
    if (!object.contains(key))
        return true;
    const QString path = JsonShape::join(parentPath, key);
    if (!shape.expect(object.value(key), QJsonValue::Array, path))
        return false;
    const QJsonArray array = object.value(key).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = path + u'[' + QString::number(i) + u']';
        T item;
        if (!shape.expect(array[i], QJsonValue::Object, itemPath) || !readOne(array[i].toObject(), itemPath, shape, error, &item))
            return false;
        out->append(item);
    }
    return true;
}

} // namespace

QJsonObject HeapJson::toJson(const HeapComparison &comparison)
{
    QJsonArray snapshots, classes;
    for (const HeapSnapshotSummary &s : comparison.snapshots) {
        snapshots.append(QJsonObject{
            {u"fileName"_s, s.fileName},
            {u"fileBytes"_s, double(s.fileBytes)},
            {u"heapBytes"_s, double(s.heapBytes)},
            {u"nodeCount"_s, double(s.nodeCount)},
            {u"capturedAt"_s, s.capturedAt.isValid() ? s.capturedAt.toUTC().toString(Qt::ISODateWithMs) : QString()},
            {u"capturedAtSource"_s, sourceName(s.capturedAtSource)},
            {u"sha256"_s, s.sha256},
        });
    }
    for (const HeapClassDelta &c : comparison.classes) {
        QJsonArray path;
        for (const RetainerStep &step : c.retainerPath)
            path.append(QJsonObject{{u"edge"_s, step.edge}, {u"node"_s, step.node}});
        classes.append(QJsonObject{
            {u"name"_s, c.name},
            {u"newCount"_s, double(c.newCount)},
            {u"deletedCount"_s, double(c.deletedCount)},
            {u"countDelta"_s, double(c.countDelta)},
            {u"allocBytes"_s, double(c.allocBytes)},
            {u"freedBytes"_s, double(c.freedBytes)},
            {u"sizeDelta"_s, double(c.sizeDelta)},
            {u"retainedBytes"_s, double(c.retainedBytes)},
            {u"retainerPath"_s, path},
        });
    }
    return QJsonObject{{u"snapshots"_s, snapshots}, {u"classes"_s, classes}};
}

bool HeapJson::fromJson(const QJsonValue &json, const QString &path, HeapComparison *comparison, QString *error,
                        QStringList *warnings)
{
    JsonShape shape(error, warnings);
    if (!shape.expect(json, QJsonValue::Object, path))
        return false;
    const QJsonObject object = json.toObject();
    shape.warnUnknownKeys(object, {u"snapshots"_s, u"classes"_s}, path);
    HeapComparison result;
    if (!readList(object, "snapshots"_L1, path, shape, error, &result.snapshots, readSnapshot)
        || !readList(object, "classes"_L1, path, shape, error, &result.classes, readClass))
        return false;
    *comparison = result;
    return true;
}

} // namespace lr
