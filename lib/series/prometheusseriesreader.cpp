#include "series/prometheusseriesreader.h"

#include "series/byteunits.h"

#include "series/epochtime.h"
#include "series/seriesinput.h"
#include "series/timeorder.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr qsizetype kMaxValueInMessage = 40;


// Label values as PromQL quotes them, so that the name can be pasted back into a query.
QString quotedLabelValue(const QString &value)
{
    QString quoted;
    quoted.reserve(value.size() + 2);
    quoted.append(u'"');
    for (const QChar c : value) {
        if (c == u'\\' || c == u'"')
            quoted.append(u'\\');
        if (c == u'\n')
            quoted.append(u"\\n"_s);
        else
            quoted.append(c);
    }
    quoted.append(u'"');
    return quoted;
}

enum class ValueKind { Sample, Skipped, Negative, Invalid };

// Prometheus writes sample values with Go's FormatFloat: a decimal or exponent number, or NaN,
// +Inf, -Inf.
ValueKind parseSampleValue(const QString &text, double *bytes)
{
    if (text.compare("NaN"_L1, Qt::CaseInsensitive) == 0 || text.compare("+Inf"_L1, Qt::CaseInsensitive) == 0
        || text.compare("-Inf"_L1, Qt::CaseInsensitive) == 0 || text.compare("Inf"_L1, Qt::CaseInsensitive) == 0)
        return ValueKind::Skipped;
    char ascii[64];
    const qsizetype size = text.size();
    if (size == 0 || size >= qsizetype(sizeof ascii))
        return ValueKind::Invalid;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return ValueKind::Invalid;
        ascii[i] = char(c);
    }
    const char *begin = ascii;
    const char *end = ascii + size;
    const bool negative = *begin == '-';
    if (*begin == '+' || negative)
        ++begin;
    if (begin == end || !((*begin >= '0' && *begin <= '9') || *begin == '.'))
        return ValueKind::Invalid; // from_chars would take "inf" and "nan" spelled otherwise
    double value = 0;
    const auto [rest, error] = std::from_chars(begin, end, value);
    if (error != std::errc() || rest != end || !std::isfinite(value))
        return ValueKind::Invalid;
    if (negative && value != 0)
        return ValueKind::Negative;
    *bytes = value;
    return ValueKind::Sample;
}

struct Point
{
    qint64 time;
    double bytes;
};

// One import; stops at the first problem, which it names by its place in the JSON.
class PrometheusImport
{
public:
    explicit PrometheusImport(const QString &displayName) : m_displayName(displayName) {}

    SeriesImportResult run(const QByteArray &text)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return invalidJson(text, parseError);
        if (!document.isObject())
            return failure(PrometheusSeriesReader::tr("not a Prometheus API response: the JSON is not an object"));

        const QJsonObject root = document.object();
        QJsonObject data = root;
        if (root.contains("status"_L1)) {
            const QString status = root.value("status"_L1).toString();
            if (status == "error"_L1) {
                return failure(PrometheusSeriesReader::tr("Prometheus answered with an error (%1): %2").arg(
                    root.value("errorType"_L1).toString(PrometheusSeriesReader::tr("unknown type")),
                    root.value("error"_L1).toString(PrometheusSeriesReader::tr("no message"))));
            }
            if (status != "success"_L1)
                return failure(PrometheusSeriesReader::tr("\"status\" is neither \"success\" nor \"error\""));
            const QJsonValue dataValue = root.value("data"_L1);
            if (!dataValue.isObject())
                return failure(PrometheusSeriesReader::tr("no \"data\" object in the response"));
            data = dataValue.toObject();
        } else if (!root.contains("resultType"_L1)) {
            return failure(
                PrometheusSeriesReader::tr("not a Prometheus API response: no \"status\" and no \"resultType\""));
        }

        const QJsonValue resultType = data.value("resultType"_L1);
        if (!resultType.isString())
            return failure(PrometheusSeriesReader::tr("no \"resultType\" in \"data\""));
        const QString type = resultType.toString();
        if (type == "vector"_L1)
            return failure(PrometheusSeriesReader::tr("an instant query result (vector): export a range query "
                                                      "(query_range) instead"));
        if (type == "scalar"_L1 || type == "string"_L1) {
            return failure(PrometheusSeriesReader::tr("a %1 result, not a time series: export a range query "
                                                      "(query_range) of a memory metric instead").arg(type));
        }
        if (type != "matrix"_L1)
            return failure(PrometheusSeriesReader::tr("unknown resultType \"%1\"; a range query gives \"matrix\"")
                .arg(type.left(40)));

        const QJsonValue resultValue = data.value("result"_L1);
        if (!resultValue.isArray())
            return failure(PrometheusSeriesReader::tr("no \"result\" array in \"data\""));
        const QJsonArray result = resultValue.toArray();
        if (result.isEmpty())
            return failure(
                PrometheusSeriesReader::tr("the matrix has no series: the query matched nothing in its time range"));

        SeriesImportResult imported;
        bool anySample = false;
        for (qsizetype i = 0; i < result.size(); ++i) {
            MemorySeries series;
            if (!readSeries(result.at(i), u"result[%1]"_s.arg(i), &series))
                return failure(m_error);
            anySample = anySample || !series.samples.isEmpty();
            imported.series.append(std::move(series));
        }
        if (!anySample)
            return failure(PrometheusSeriesReader::tr("the matrix has no samples (every value is NaN or infinite)"));
        return imported;
    }

private:
    bool readSeries(const QJsonValue &element, const QString &where, MemorySeries *series)
    {
        if (!element.isObject())
            return fail(PrometheusSeriesReader::tr("%1: not an object with \"metric\" and \"values\"").arg(where));
        const QJsonObject object = element.toObject();
        const QJsonValue metric = object.value("metric"_L1);
        if (!metric.isObject() && !metric.isUndefined())
            return fail(PrometheusSeriesReader::tr("%1: \"metric\" is not an object of labels").arg(where));
        QString name;
        if (!seriesName(metric.toObject(), where, &name))
            return false;

        const QJsonValue valuesValue = object.value("values"_L1);
        if (!valuesValue.isArray()) {
            if (valuesValue.isUndefined() && object.contains("histograms"_L1))
                return fail(PrometheusSeriesReader::tr("%1: native histograms, not sample values; query a gauge of bytes instead")
                    .arg(where));
            return fail(PrometheusSeriesReader::tr("%1: no \"values\" array").arg(where));
        }
        const QJsonArray values = valuesValue.toArray();
        std::vector<Point> points;
        points.reserve(size_t(values.size()));
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (!readPoint(values.at(i), where, i, &points))
                return false;
        }

        const Point *conflicting = appendInTimeOrder(points, series->samples).second;
        if (conflicting)
            return fail(PrometheusSeriesReader::tr("%1: two different values for %2").arg(where).arg(isoTime(conflicting->time)));
        series->name = name;
        series->source.format = u"prometheus"_s;
        series->source.query = name;
        return true;
    }

    bool readPoint(const QJsonValue &pair, const QString &where, qsizetype index, std::vector<Point> *points)
    {
        const QJsonArray timeAndValue = pair.toArray();
        if (!pair.isArray() || timeAndValue.size() != 2)
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: not a [time, \"value\"] pair").arg(where).arg(index));
        const QJsonValue time = timeAndValue.at(0);
        const QJsonValue value = timeAndValue.at(1);
        if (!time.isDouble())
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: the time is not a number of seconds").arg(where).arg(index));
        if (!value.isString())
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: the value is not a string (Prometheus quotes sample values)")
                .arg(where).arg(index));
        const double seconds = time.toDouble();
        if (!(seconds >= kMinEpochSeconds && seconds <= kMaxEpochSeconds))
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: the time %3 is out of range").arg(where).arg(index)
                .arg(seconds, 0, 'g', 17));
        const QString text = value.toString();
        double bytes = 0;
        switch (parseSampleValue(text, &bytes)) {
        case ValueKind::Sample:
            if (const QString why = ByteUnits::implausible(bytes); !why.isEmpty())
                return fail(PrometheusSeriesReader::tr("%1.values[%2]: %3").arg(where).arg(index).arg(why));
            points->push_back({qint64(std::llround(seconds * 1000)), bytes});
            return true;
        case ValueKind::Skipped:
            return true;
        case ValueKind::Negative:
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: negative value %3").arg(where).arg(index).arg(text));
        case ValueKind::Invalid:
            break;
        }
        const bool cut = text.size() > kMaxValueInMessage;
        return fail(PrometheusSeriesReader::tr("%1.values[%2]: \"%3\" is not a number").arg(where).arg(index).arg(
                                QString(text.left(kMaxValueInMessage) + (cut ? u"…"_s : QString()))));
    }

    // __name__{label="value", ...}, labels sorted by key; {label="value", ...} without a name.
    bool seriesName(const QJsonObject &metric, const QString &where, QString *name)
    {
        QStringList keys = metric.keys();
        keys.sort();
        QStringList labels;
        for (const QString &key : std::as_const(keys)) {
            const QJsonValue value = metric.value(key);
            if (!value.isString())
                return fail(PrometheusSeriesReader::tr("%1: the label \"%2\" is not a string").arg(where).arg(key));
            if (key != "__name__"_L1)
                labels.append(key + u'=' + quotedLabelValue(value.toString()));
        }
        *name = metric.value("__name__"_L1).toString() + u'{' + labels.join(u", "_s) + u'}';
        return true;
    }

    SeriesImportResult invalidJson(QByteArrayView text, const QJsonParseError &error) const
    {
        // Qt's offset is just past the character it stumbled on; point at that character.
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, text.size());
        const QByteArrayView before = text.first(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return {{},
                m_displayName + u':' + QString::number(line) + u": "_s
                    + PrometheusSeriesReader::tr("invalid JSON at column %1: %2")
                        .arg(QString::number(column), error.errorString())};
    }

    bool fail(const QString &reason)
    {
        m_error = reason;
        return false;
    }

    SeriesImportResult failure(const QString &reason) const { return {{}, m_displayName + u": "_s + reason}; }

    QString m_displayName;
    QString m_error;
};

} // namespace

SeriesImportResult PrometheusSeriesReader::read(QIODevice &device, const QString &displayName)
{
    QByteArray data;
    if (!readLimited(device, &data))
        return tooLargeFailure(displayName);
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return {{}, displayName + u":1: "_s + tr("empty input")};
    return PrometheusImport(displayName).run(data);
}

} // namespace lr
