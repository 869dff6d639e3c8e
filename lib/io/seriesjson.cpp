#include "io/seriesjson.h"

#include <QJsonObject>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

QString sampleText(const MemorySample &sample)
{
    // The shortest text that reads back as the same double: whole bytes print without a fraction.
    return QString::number(sample.time) + u' ' + QString::number(sample.bytes, 'f', QLocale::FloatingPointShortest);
}

bool parseSample(const QString &text, MemorySample *sample)
{
    const qsizetype space = text.indexOf(u' ');
    if (space <= 0)
        return false;
    bool timeOk = false, bytesOk = false;
    sample->time = QStringView(text).first(space).toLongLong(&timeOk);
    sample->bytes = QStringView(text).sliced(space + 1).toDouble(&bytesOk);
    return timeOk && bytesOk && std::isfinite(sample->bytes) && sample->bytes >= 0;
}

} // namespace

QJsonArray SeriesJson::toJson(const QList<MemorySeries> &series)
{
    QJsonArray array;
    for (const MemorySeries &one : series) {
        QJsonArray samples;
        for (const MemorySample &sample : one.samples)
            samples.append(sampleText(sample));
        array.append(QJsonObject{
            {u"name"_s, one.name},
            {u"role"_s, roleName(one.role)},
            {u"timeUnit"_s, timeUnitName(one.timeUnit)},
            {u"source"_s, QJsonObject{{u"fileName"_s, one.source.fileName},
                                      {u"format"_s, one.source.format},
                                      {u"query"_s, one.source.query}}},
            {u"samples"_s, samples},
        });
    }
    return array;
}

bool SeriesJson::fromJson(const QJsonValue &json, QList<MemorySeries> *series, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    if (!json.isArray())
        return fail(tr("series: expected a list"));
    const QJsonArray array = json.toArray();
    QList<MemorySeries> result;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = u"series[%1]"_s.arg(i);
        if (!array[i].isObject())
            return fail(tr("%1: expected an object").arg(path));
        const QJsonObject object = array[i].toObject();
        MemorySeries one;
        one.name = object.value("name"_L1).toString();
        if (!roleFromName(object.value("role"_L1).toString(), &one.role))
            return fail(tr("%1.role: expected \"before\", \"after\" or \"other\"").arg(path));
        if (!timeUnitFromName(object.value("timeUnit"_L1).toString(u"ms"_s), &one.timeUnit))
            return fail(tr("%1.timeUnit: expected \"ms\", \"i\" or \"B\"").arg(path));
        const QJsonObject source = object.value("source"_L1).toObject();
        one.source = {source.value("fileName"_L1).toString(), source.value("format"_L1).toString(),
                      source.value("query"_L1).toString()};
        const QJsonValue samples = object.value("samples"_L1);
        if (!samples.isArray())
            return fail(tr("%1.samples: expected a list").arg(path));
        const QJsonArray sampleArray = samples.toArray();
        one.samples.reserve(sampleArray.size());
        for (qsizetype s = 0; s < sampleArray.size(); ++s) {
            MemorySample sample;
            if (!parseSample(sampleArray[s].toString(), &sample))
                return fail(tr("%1.samples[%2]: expected \"time bytes\" (whole milliseconds, bytes >= 0)").arg(path).arg(s));
            if (!one.samples.isEmpty() && sample.time < one.samples.last().time)
                return fail(tr("%1.samples[%2]: earlier than the sample before it").arg(path).arg(s));
            one.samples.append(sample);
        }
        result.append(one);
    }
    *series = result;
    return true;
}

} // namespace lr
