#include "io/seriesjson.h"

#include "io/jsonshape.h"
#include "io/samplecodec.h"
#include "series/epochtime.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// Format version 1: "time bytes", whole milliseconds and the shortest text of the double.
bool parseSample(const QJsonValue &value, MemorySample *sample)
{
    const QString text = value.toString();
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return false;
    bool timeOk = false, bytesOk = false;
    sample->time = QStringView(text).first(space).toLongLong(&timeOk);
    sample->bytes = QStringView(text).sliced(space + 1).toDouble(&bytesOk);
    return timeOk && bytesOk && std::isfinite(sample->bytes) && sample->bytes >= 0;
}

bool readTextSamples(const QJsonArray &array, const QString &path, QList<MemorySample> *samples, QString *error)
{
    samples->reserve(array.size());
    for (qsizetype s = 0; s < array.size(); ++s) {
        MemorySample sample;
        if (!parseSample(array[s], &sample)) {
            *error = SeriesJson::tr("%1[%2]: expected \"time bytes\" (whole milliseconds, bytes >= 0)").arg(path).arg(s);
            return false;
        }
        if (!samples->isEmpty() && sample.time < samples->last().time) {
            *error = SeriesJson::tr("%1[%2]: earlier than the sample before it").arg(path).arg(s);
            return false;
        }
        samples->append(sample);
    }
    return true;
}

// GC pauses (trace-gc series): the collectors as one letter each ("m" minor, "f" full), and
// times and pauses with the samples' encoding, the pause in whole microseconds where a sample has
// its bytes (V8 prints pauses to 0.01 ms, so nothing is rounded away).
constexpr QLatin1StringView kGcPausesKey{"gcPauses"};

QJsonObject gcPausesToJson(const MemorySeries &series)
{
    QList<MemorySample> encoded;
    QString kinds;
    encoded.reserve(series.gcPauses.size());
    for (const GcPause &pause : series.gcPauses) {
        encoded.append({pause.time, double(std::llround(pause.pauseMs * 1000.0))});
        kinds.append(pause.kind == GcPause::Kind::Full ? u'f' : u'm');
    }
    QJsonObject json{{u"kinds"_s, kinds}, {u"pausesUs"_s, SampleCodec::encode(encoded)}};
    if (series.v8AverageMu >= 0)
        json.insert(u"v8AverageMu"_s, series.v8AverageMu);
    return json;
}

bool gcPausesFromJson(const QJsonValue &json, const QString &path, MemorySeries *series, JsonShape &shape, QString *error)
{
    if (!shape.expect(json, QJsonValue::Object, path))
        return false;
    const QJsonObject object = json.toObject();
    shape.warnUnknownKeys(object, {u"kinds"_s, u"pausesUs"_s, u"v8AverageMu"_s}, path);
    QString kinds;
    if (!shape.optionalString(object, "kinds"_L1, path, &kinds) || !shape.expect(object.value("pausesUs"_L1), QJsonValue::Object, path + u".pausesUs"_s))
        return false;
    QList<MemorySample> encoded;
    if (!SampleCodec::decode(object.value("pausesUs"_L1).toObject(), path + u".pausesUs"_s, &encoded, error))
        return false;
    if (kinds.size() != encoded.size() || kinds.contains(QRegularExpression(u"[^mf]"_s))) {
        *error = SeriesJson::tr("%1.kinds: expected one letter, m or f, for each of the %2 pauses").arg(path).arg(encoded.size());
        return false;
    }
    if (object.contains("v8AverageMu"_L1)) {
        const QJsonValue mu = object.value("v8AverageMu"_L1);
        if (!mu.isDouble() || mu.toDouble() < 0 || mu.toDouble() > 1) {
            *error = SeriesJson::tr("%1.v8AverageMu: expected a number from 0 to 1").arg(path);
            return false;
        }
        series->v8AverageMu = mu.toDouble();
    }
    series->gcPauses.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const GcPause::Kind kind = kinds.at(i) == u'f' ? GcPause::Kind::Full : GcPause::Kind::Minor;
        series->gcPauses.append({encoded.at(i).time, encoded.at(i).bytes / 1000.0, kind});
    }
    return true;
}

// The query a live series was fetched with (see LiveQuery); times and durations in milliseconds.
QJsonObject liveToJson(const LiveQuery &live)
{
    QJsonObject json{{u"server"_s, live.server}, {u"promql"_s, live.promql}, {u"startMs"_s, double(live.startMs)},
                     {u"endMs"_s, double(live.endMs)}, {u"stepMs"_s, double(live.stepMs)},
                     {u"stepChosen"_s, live.stepChosen}};
    if (live.sinceMs > 0)
        json.insert(u"sinceMs"_s, double(live.sinceMs));
    return json;
}

bool liveFromJson(const QJsonValue &value, const QString &path, JsonShape &shape, QString *error, LiveQuery *live)
{
    if (!shape.expect(value, QJsonValue::Object, path))
        return false;
    const QJsonObject object = value.toObject();
    shape.warnUnknownKeys(object, {u"server"_s, u"promql"_s, u"startMs"_s, u"endMs"_s, u"sinceMs"_s, u"stepMs"_s,
                                   u"stepChosen"_s}, path);
    if (!shape.optionalString(object, "server"_L1, path, &live->server)
        || !shape.optionalString(object, "promql"_L1, path, &live->promql))
        return false;
    const std::pair<QLatin1StringView, qint64 *> numbers[] = {{"startMs"_L1, &live->startMs}, {"endMs"_L1, &live->endMs},
                                                              {"sinceMs"_L1, &live->sinceMs}, {"stepMs"_L1, &live->stepMs}};
    for (const auto &[key, target] : numbers) {
        if (!object.contains(key))
            continue;
        const double number = object.value(key).toDouble(-1);
        if (!shape.expect(object.value(key), QJsonValue::Double, JsonShape::join(path, QString(key))))
            return false;
        if (!(number >= 0 && number <= double(kMaxEpochMs)) || number != std::floor(number)) {
            *error = SeriesJson::tr("%1: expected whole milliseconds, not negative").arg(JsonShape::join(path, QString(key)));
            return false;
        }
        *target = qint64(number);
    }
    if (object.contains("stepChosen"_L1)) {
        if (!shape.expect(object.value("stepChosen"_L1), QJsonValue::Bool, JsonShape::join(path, u"stepChosen"_s)))
            return false;
        live->stepChosen = object.value("stepChosen"_L1).toBool();
    }
    return true;
}

} // namespace

QJsonArray SeriesJson::toJson(const QList<MemorySeries> &series)
{
    QJsonArray array;
    for (const MemorySeries &one : series) {
        QJsonObject source{{u"fileName"_s, one.source.fileName},
                           {u"format"_s, one.source.format},
                           {u"query"_s, one.source.query}};
        if (one.source.live.isSet())
            source.insert(u"live"_s, liveToJson(one.source.live));
        QJsonObject object{
            {u"name"_s, one.name},
            {u"role"_s, roleName(one.role)},
            {u"timeUnit"_s, timeUnitName(one.timeUnit)},
            {u"source"_s, source},
            {u"samples"_s, SampleCodec::encode(one.samples)},
        };
        if (!one.gcPauses.isEmpty()) // other series keep the file they always had
            object.insert(kGcPausesKey, gcPausesToJson(one));
        array.append(object);
    }
    return array;
}

bool SeriesJson::fromJson(const QJsonValue &json, QList<MemorySeries> *series, QString *error, QStringList *warnings)
{
    JsonShape shape(error, warnings);
    if (!json.isArray()) {
        *error = tr("series: expected a list");
        return false;
    }
    const QJsonArray array = json.toArray();
    QList<MemorySeries> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"series[%1]"_s.arg(i);
        if (!shape.expect(array[i], QJsonValue::Object, path))
            return false;
        const QJsonObject object = array[i].toObject();
        shape.warnUnknownKeys(object, {u"name"_s, u"role"_s, u"timeUnit"_s, u"source"_s, u"samples"_s, kGcPausesKey}, path);
        MemorySeries one;
        QString role, timeUnit = u"ms"_s;
        if (!shape.optionalString(object, "name"_L1, path, &one.name) || !shape.optionalString(object, "role"_L1, path, &role)
            || !shape.optionalString(object, "timeUnit"_L1, path, &timeUnit))
            return false;
        if (!roleFromName(role, &one.role)) {
            *error = tr("%1.role: expected \"before\", \"after\" or \"other\"").arg(path);
            return false;
        }
        if (!timeUnitFromName(timeUnit, &one.timeUnit)) {
            *error = tr("%1.timeUnit: expected \"ms\", \"i\" or \"B\"").arg(path);
            return false;
        }
        if (object.contains("source"_L1)) {
            const QString sourcePath = path + u".source"_s;
            const QJsonValue source = object.value("source"_L1);
            if (!shape.expect(source, QJsonValue::Object, sourcePath))
                return false;
            const QJsonObject sourceObject = source.toObject();
            shape.warnUnknownKeys(sourceObject, {u"fileName"_s, u"format"_s, u"query"_s, u"live"_s}, sourcePath);
            if (!shape.optionalString(sourceObject, "fileName"_L1, sourcePath, &one.source.fileName)
                || !shape.optionalString(sourceObject, "format"_L1, sourcePath, &one.source.format)
                || !shape.optionalString(sourceObject, "query"_L1, sourcePath, &one.source.query))
                return false;
            if (sourceObject.contains("live"_L1)
                && !liveFromJson(sourceObject.value("live"_L1), sourcePath + u".live"_s, shape, error, &one.source.live))
                return false;
        }
        const QString samplesPath = path + u".samples"_s;
        const QJsonValue samples = object.value("samples"_L1);
        if (samples.isArray()) {
            if (!readTextSamples(samples.toArray(), samplesPath, &one.samples, error))
                return false;
        } else if (samples.isObject()) {
            if (!SampleCodec::decode(samples.toObject(), samplesPath, &one.samples, error))
                return false;
        } else {
            *error = tr("%1: expected a list or an object").arg(samplesPath);
            return false;
        }
        if (object.contains(kGcPausesKey)
            && !gcPausesFromJson(object.value(kGcPausesKey), path + u'.' + kGcPausesKey, &one, shape, error))
            return false;
        result.append(one);
    }
    *series = result;
    return true;
}

} // namespace lr
