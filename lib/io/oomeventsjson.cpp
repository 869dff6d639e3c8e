#include "io/oomeventsjson.h"

#include "io/jsonshape.h"

#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Whole numbers a double holds exactly: pids, lines, process times, counts.
bool wholeNumber(const QJsonValue &value, double minimum)
{
    const double number = value.toDouble();
    return value.isDouble() && number >= minimum && number <= 9007199254740992.0 && number == std::floor(number);
}
} // namespace

QJsonArray OomEventsJson::toJson(const QList<OomEvent> &events)
{
    QJsonArray array;
    for (const OomEvent &event : events) {
        QJsonObject object{{u"source"_s, sourceName(event.source)}};
        if (event.time.isValid())
            object.insert(u"time"_s, event.time.toUTC().toString(Qt::ISODateWithMs));
        if (event.processTimeMs >= 0)
            object.insert(u"processTimeMs"_s, double(event.processTimeMs));
        if (event.occurrences != 1)
            object.insert(u"occurrences"_s, event.occurrences);
        const QList<std::pair<QString, QString>> texts = {{u"process"_s, event.process}, {u"where"_s, event.where},
                                                          {u"detail"_s, event.detail}, {u"file"_s, event.fileName}};
        for (const auto &[key, text] : texts) {
            if (!text.isEmpty())
                object.insert(key, text);
        }
        if (event.pid >= 0)
            object.insert(u"pid"_s, double(event.pid));
        if (event.line > 0)
            object.insert(u"line"_s, double(event.line));
        array.append(object);
    }
    return array;
}

bool OomEventsJson::fromJson(const QJsonValue &json, QList<OomEvent> *events, QString *error, QStringList *warnings)
{
    JsonShape shape(error, warnings);
    if (!shape.expect(json, QJsonValue::Array, u"oomEvents"_s))
        return false;
    const QJsonArray array = json.toArray();
    QList<OomEvent> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"oomEvents[%1]"_s.arg(i);
        if (!shape.expect(array[i], QJsonValue::Object, path))
            return false;
        const QJsonObject object = array[i].toObject();
        shape.warnUnknownKeys(object, {u"source"_s, u"time"_s, u"processTimeMs"_s, u"occurrences"_s, u"process"_s,
                                       u"where"_s, u"detail"_s, u"file"_s, u"pid"_s, u"line"_s}, path);
        OomEvent event;
        QString source, time;
        if (!shape.optionalString(object, "source"_L1, path, &source) || !shape.optionalString(object, "time"_L1, path, &time)
            || !shape.optionalString(object, "process"_L1, path, &event.process)
            || !shape.optionalString(object, "where"_L1, path, &event.where)
            || !shape.optionalString(object, "detail"_L1, path, &event.detail)
            || !shape.optionalString(object, "file"_L1, path, &event.fileName))
            return false;
        if (!sourceFromName(source, &event.source)) {
            *error = tr("%1.source: expected \"kernel\", \"kubernetes\" or \"node\"").arg(path);
            return false;
        }
        if (!time.isEmpty()) {
            event.time = QDateTime::fromString(time, Qt::ISODateWithMs);
            if (!event.time.isValid() || event.time.timeSpec() == Qt::LocalTime) {
                *error = tr("%1.time: \"%2\" is not a UTC time such as 2026-12-07T05:20:44.000Z").arg(path, time);
                return false;
            }
            event.time = event.time.toUTC();
        }
        const struct { QLatin1StringView key; double minimum; qint64 *target; } numbers[] = {
            {"processTimeMs"_L1, 0, &event.processTimeMs}, {"pid"_L1, 0, &event.pid}, {"line"_L1, 1, &event.line}};
        for (const auto &number : numbers) {
            if (!object.contains(number.key))
                continue;
            if (!wholeNumber(object.value(number.key), number.minimum)) {
                *error = tr("%1.%2: expected a whole number from %3").arg(path, number.key).arg(number.minimum);
                return false;
            }
            *number.target = qint64(object.value(number.key).toDouble());
        }
        if (object.contains("occurrences"_L1)) {
            const QJsonValue occurrences = object.value("occurrences"_L1);
            if (!wholeNumber(occurrences, 1) || occurrences.toDouble() > 1e9) {
                *error = tr("%1.occurrences: expected a whole number from 1").arg(path);
                return false;
            }
            event.occurrences = occurrences.toInt();
        }
        result.append(event);
    }
    *events = result;
    return true;
}

} // namespace lr
