#include "series/prometheusseriesreader.h"

#include "series/byteunits.h"

#include "series/epochtime.h"
#include "series/seriesinput.h"
#include "series/timeorder.h"

#include "io/jsontext.h"

#include <QIODevice>
#include <QJsonDocument>
#include <QJsonParseError>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <string_view>
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
ValueKind parseSampleValue(std::string_view text, double *bytes)
{
    const auto is = [&](std::string_view word) {
        return text.size() == word.size()
            && std::equal(text.begin(), text.end(), word.begin(),
                          [](char a, char b) { return (a | 0x20) == (b | 0x20); });
    };
    if (is("nan") || is("+inf") || is("-inf") || is("inf"))
        return ValueKind::Skipped;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (begin == end)
        return ValueKind::Invalid;
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

// One import over simdjson's DOM (parsed at about 1 GB/s, where QJsonDocument managed 50-70 MB/s);
// stops at the first problem, which it names by its place in the JSON.
class PrometheusImport
{
public:
    explicit PrometheusImport(const QString &displayName) : m_displayName(displayName) {}

    SeriesImportResult run(const QByteArray &text)
    {
        simdjson::dom::parser parser;
        simdjson::dom::element document;
        if (const simdjson::error_code error = parser.parse(text.constData(), size_t(text.size())).get(document))
            return invalidJson(text, error);
        simdjson::dom::object root;
        if (document.get(root))
            return failure(PrometheusSeriesReader::tr("not a Prometheus API response: the JSON is not an object"));

        simdjson::dom::object data = root;
        if (simdjson::dom::element statusValue; !root.at_key("status").get(statusValue)) {
            const std::string_view status = stringOr(statusValue, {});
            if (status == "error") {
                return failure(PrometheusSeriesReader::tr("Prometheus answered with an error (%1): %2").arg(
                    keyString(root, "errorType", PrometheusSeriesReader::tr("unknown type")),
                    keyString(root, "error", PrometheusSeriesReader::tr("no message"))));
            }
            if (status != "success")
                return failure(PrometheusSeriesReader::tr("\"status\" is neither \"success\" nor \"error\""));
            if (root.at_key("data").get(data))
                return failure(PrometheusSeriesReader::tr("no \"data\" object in the response"));
        } else if (root.at_key("resultType").error()) {
            return failure(
                PrometheusSeriesReader::tr("not a Prometheus API response: no \"status\" and no \"resultType\""));
        }

        std::string_view typeText;
        if (data.at_key("resultType").get(typeText))
            return failure(PrometheusSeriesReader::tr("no \"resultType\" in \"data\""));
        const QString type = QString::fromUtf8(typeText.data(), qsizetype(typeText.size()));
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

        simdjson::dom::array result;
        if (data.at_key("result").get(result))
            return failure(PrometheusSeriesReader::tr("no \"result\" array in \"data\""));
        if (result.size() == 0)
            return failure(
                PrometheusSeriesReader::tr("the matrix has no series: the query matched nothing in its time range"));

        SeriesImportResult imported;
        bool anySample = false;
        qsizetype i = 0;
        for (const simdjson::dom::element element : result) {
            MemorySeries series;
            if (!readSeries(element, u"result[%1]"_s.arg(i++), &series))
                return failure(m_error);
            anySample = anySample || !series.samples.isEmpty();
            imported.series.append(std::move(series));
        }
        if (!anySample)
            return failure(PrometheusSeriesReader::tr("the matrix has no samples (every value is NaN or infinite)"));
        return imported;
    }

private:
    static QString keyString(simdjson::dom::object object, const char *key, const QString &fallback)
    {
        std::string_view text;
        if (object.at_key(key).get(text))
            return fallback;
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }

    static std::string_view stringOr(simdjson::dom::element element, std::string_view fallback)
    {
        std::string_view text;
        return element.get(text) ? fallback : text;
    }

    bool readSeries(simdjson::dom::element element, const QString &where, MemorySeries *series)
    {
        simdjson::dom::object object;
        if (element.get(object))
            return fail(PrometheusSeriesReader::tr("%1: not an object with \"metric\" and \"values\"").arg(where));
        QString name = u"{}"_s; // a series without "metric" has no labels
        if (simdjson::dom::element metric; !object.at_key("metric").get(metric)) {
            simdjson::dom::object labels;
            if (metric.get(labels))
                return fail(PrometheusSeriesReader::tr("%1: \"metric\" is not an object of labels").arg(where));
            if (!seriesName(labels, where, &name))
                return false;
        }

        simdjson::dom::array values;
        if (object.at_key("values").get(values)) {
            if (object.at_key("values").error() == simdjson::NO_SUCH_FIELD && !object.at_key("histograms").error())
                return fail(PrometheusSeriesReader::tr("%1: native histograms, not sample values; query a gauge of bytes instead")
                    .arg(where));
            return fail(PrometheusSeriesReader::tr("%1: no \"values\" array").arg(where));
        }
        std::vector<Point> points;
        points.reserve(values.size());
        qsizetype index = 0;
        for (const simdjson::dom::element pair : values) {
            if (!readPoint(pair, where, index++, &points))
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

    bool readPoint(simdjson::dom::element pair, const QString &where, qsizetype index, std::vector<Point> *points)
    {
        simdjson::dom::array timeAndValue;
        if (pair.get(timeAndValue) || timeAndValue.size() != 2)
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: not a [time, \"value\"] pair").arg(where).arg(index));
        auto field = timeAndValue.begin();
        const simdjson::dom::element time = *field;
        const simdjson::dom::element value = *++field;
        double seconds = 0;
        if (!time.is_number() || time.get(seconds))
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: the time is not a number of seconds").arg(where).arg(index));
        std::string_view text;
        if (value.get(text))
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: the value is not a string (Prometheus quotes sample values)")
                .arg(where).arg(index));
        if (!(seconds >= kMinEpochSeconds && seconds <= kMaxEpochSeconds))
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: the time %3 is out of range").arg(where).arg(index)
                .arg(seconds, 0, 'g', 17));
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
            return fail(PrometheusSeriesReader::tr("%1.values[%2]: negative value %3").arg(where).arg(index)
                .arg(QString::fromUtf8(text.data(), qsizetype(text.size()))));
        case ValueKind::Invalid:
            break;
        }
        const QString shown = QString::fromUtf8(text.data(), qsizetype(text.size()));
        const bool cut = shown.size() > kMaxValueInMessage;
        return fail(PrometheusSeriesReader::tr("%1.values[%2]: \"%3\" is not a number").arg(where).arg(index).arg(
                                QString(shown.left(kMaxValueInMessage) + (cut ? u"…"_s : QString()))));
    }

    // __name__{label="value", ...}, labels sorted by key; {label="value", ...} without a name.
    bool seriesName(simdjson::dom::object metric, const QString &where, QString *name)
    {
        QList<std::pair<QString, QString>> labels; // key, value
        QString metricName;
        for (const simdjson::dom::key_value_pair label : metric) {
            const QString key = QString::fromUtf8(label.key.data(), qsizetype(label.key.size()));
            std::string_view value;
            if (label.value.get(value))
                return fail(PrometheusSeriesReader::tr("%1: the label \"%2\" is not a string").arg(where).arg(key));
            if (key == "__name__"_L1)
                metricName = QString::fromUtf8(value.data(), qsizetype(value.size()));
            else
                labels.append({key, QString::fromUtf8(value.data(), qsizetype(value.size()))});
        }
        std::sort(labels.begin(), labels.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList written;
        written.reserve(labels.size());
        for (const auto &[key, value] : std::as_const(labels))
            written.append(key + u'=' + quotedLabelValue(value));
        *name = metricName + u'{' + written.join(u", "_s) + u'}';
        return true;
    }

    // simdjson says what is wrong but not where; Qt's parser, run only on input already found
    // invalid, gives the line and column a person can look at.
    SeriesImportResult invalidJson(const QByteArray &text, simdjson::error_code simdError) const
    {
        if (simdError == simdjson::UTF8_ERROR) {
            const TextPosition at = positionOfOffset(text, firstInvalidUtf8Offset(text));
            return {{},
                    m_displayName + u':' + QString::number(at.line) + u": "_s
                        + PrometheusSeriesReader::tr("invalid UTF-8 at column %1").arg(at.column)};
        }
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError) // valid for Qt, yet not for simdjson (a nesting too deep)
            return failure(PrometheusSeriesReader::tr("invalid JSON: %1").arg(QString::fromUtf8(simdjson::error_message(simdError))));
        // Qt's offset is just past the character it stumbled on; point at that character.
        const TextPosition at = positionOfOffset(text, error.offset - 1);
        return {{},
                m_displayName + u':' + QString::number(at.line) + u": "_s
                    + PrometheusSeriesReader::tr("invalid JSON at column %1: %2")
                        .arg(QString::number(at.column), error.errorString())};
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
    return readJson(data, displayName);
}

SeriesImportResult PrometheusSeriesReader::readJson(const QByteArray &json, const QString &displayName)
{
    return PrometheusImport(displayName).run(json);
}

} // namespace lr
