#include "io/samplecodec.h"

#include "io/jsonshape.h"

#include <QtEndian>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr QLatin1StringView kEncoding{"delta-varint"};
// Whole numbers up to this are exact in a double: byte counts stored as integers, sample counts.
constexpr double kLargestWholeBytes = 9007199254740992.0; // 2^53

quint64 zigzag(qint64 value) { return (quint64(value) << 1) ^ quint64(value >> 63); }
qint64 unzigzag(quint64 value) { return qint64(value >> 1) ^ -qint64(value & 1); }

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(value | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

// Reads `count` zigzag varints of differences back into running values; false when the data
// ends in the middle of a number or holds a number too long for 64 bits.
enum class VarintStatus { Ok, CutShort, TooLong };
VarintStatus readDeltas(const QByteArray &data, QList<qint64> *values, qsizetype *read)
{
    qint64 running = 0;
    quint64 value = 0;
    int shift = 0;
    for (const char c : data) {
        const auto byte = uchar(c);
        if (shift > 63)
            return VarintStatus::TooLong;
        value |= quint64(byte & 0x7F) << shift;
        if (byte & 0x80) {
            shift += 7;
            continue;
        }
        running = qint64(quint64(running) + quint64(unzigzag(value))); // wraps as the writer's subtraction did
        values->append(running);
        value = 0;
        shift = 0;
    }
    *read = values->size();
    return shift == 0 ? VarintStatus::Ok : VarintStatus::CutShort;
}

bool allWhole(const QList<MemorySample> &samples)
{
    for (const MemorySample &sample : samples) {
        if (!(sample.bytes >= 0 && sample.bytes <= kLargestWholeBytes && sample.bytes == std::floor(sample.bytes)))
            return false;
        if (sample.bytes == 0 && std::signbit(sample.bytes))
            return false; // -0.0 would come back as +0.0
    }
    return true;
}

} // namespace

QJsonObject SampleCodec::encode(const QList<MemorySample> &samples)
{
    QByteArray times, bytes;
    times.reserve(samples.size() * 3);
    qint64 previousTime = 0;
    for (const MemorySample &sample : samples) {
        appendVarint(times, zigzag(qint64(quint64(sample.time) - quint64(previousTime))));
        previousTime = sample.time;
    }
    QJsonObject json{{u"encoding"_s, QString(kEncoding)}, {u"count"_s, double(samples.size())},
                     {u"timeMs"_s, QString::fromLatin1(times.toBase64())}};
    times = {};
    if (allWhole(samples)) {
        bytes.reserve(samples.size() * 3);
        qint64 previous = 0;
        for (const MemorySample &sample : samples) {
            const auto whole = qint64(sample.bytes);
            appendVarint(bytes, zigzag(whole - previous));
            previous = whole;
        }
        json.insert(u"bytes"_s, QString::fromLatin1(bytes.toBase64()));
    } else {
        bytes.resize(samples.size() * 8);
        char *out = bytes.data();
        for (const MemorySample &sample : samples) {
            quint64 bits;
            std::memcpy(&bits, &sample.bytes, 8);
            qToLittleEndian(bits, out);
            out += 8;
        }
        json.insert(u"bytesFloat64"_s, QString::fromLatin1(bytes.toBase64()));
    }
    return json;
}

bool SampleCodec::decode(const QJsonObject &json, const QString &path, QList<MemorySample> *samples, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return false;
    };
    const QJsonValue encoding = json.value("encoding"_L1);
    if (encoding.toString() != kEncoding)
        return fail(tr("%1.encoding: expected \"%2\"").arg(path, kEncoding));
    const QJsonValue countValue = json.value("count"_L1);
    if (!countValue.isDouble())
        return fail(tr("%1.count: expected a number, found %2").arg(path, JsonShape::typeName(countValue)));
    if (!(countValue.toDouble() >= 0 && countValue.toDouble() <= kLargestWholeBytes) // beyond it no qsizetype
        || countValue.toDouble() != std::floor(countValue.toDouble()))
        return fail(tr("%1.count: expected a whole number from 0, found %2").arg(path).arg(countValue.toDouble()));
    const auto count = qsizetype(countValue.toDouble());
    const bool whole = json.contains("bytes"_L1);
    if (whole == json.contains("bytesFloat64"_L1))
        return fail(tr("%1: expected either \"bytes\" or \"bytesFloat64\"").arg(path));
    for (auto it = json.begin(); it != json.end(); ++it) {
        static const QStringList known = {u"encoding"_s, u"count"_s, u"timeMs"_s, u"bytes"_s, u"bytesFloat64"_s};
        if (!known.contains(it.key()))
            return fail(tr("%1.%2: unknown key in the samples").arg(path, it.key()));
    }
    // Decodes a base64 member; its JSON path names it in every message.
    const auto binary = [&](QLatin1StringView key, QByteArray *out) {
        const QJsonValue value = json.value(key);
        if (!value.isString())
            return fail(tr("%1.%2: expected a string").arg(path, key));
        auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(tr("%1.%2: not base64").arg(path, key));
        *out = std::move(*decoded);
        return true;
    };
    const auto deltas = [&](QLatin1StringView key, QList<qint64> *values) {
        QByteArray data;
        if (!binary(key, &data))
            return false;
        values->reserve(std::min(count, data.size())); // each number takes a byte at least: a damaged count allocates nothing
        qsizetype read = 0;
        switch (readDeltas(data, values, &read)) {
        case VarintStatus::CutShort:
            return fail(tr("%1.%2: ends in the middle of a number").arg(path, key));
        case VarintStatus::TooLong:
            return fail(tr("%1.%2: holds a number longer than 64 bits").arg(path, key));
        case VarintStatus::Ok:
            break;
        }
        if (read != count)
            return fail(tr("%1.%2: holds %3 samples, not %4").arg(path, key).arg(read).arg(count));
        return true;
    };

    QList<qint64> times;
    if (!deltas("timeMs"_L1, &times))
        return false;
    QList<double> bytes;
    bytes.reserve(count);
    if (whole) {
        QList<qint64> values;
        if (!deltas("bytes"_L1, &values))
            return false;
        for (const qint64 value : values)
            bytes.append(double(value));
    } else {
        QByteArray data;
        if (!binary("bytesFloat64"_L1, &data))
            return false;
        if (data.size() != count * 8)
            return fail(tr("%1.bytesFloat64: holds %2 bytes, not 8 for each of %3 samples").arg(path).arg(data.size()).arg(count));
        for (qsizetype i = 0; i < count; ++i) {
            const quint64 bits = qFromLittleEndian<quint64>(data.constData() + i * 8);
            double value;
            std::memcpy(&value, &bits, 8);
            bytes.append(value);
        }
    }
    QList<MemorySample> result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        const QString samplePath = path + u'[' + QString::number(i) + u']';
        if (!std::isfinite(bytes[i]) || bytes[i] < 0)
            return fail(tr("%1: bytes must be a finite number >= 0").arg(samplePath));
        if (i > 0 && times[i] < times[i - 1])
            return fail(tr("%1: earlier than the sample before it").arg(samplePath));
        result.append({times[i], bytes[i]});
    }
    *samples = std::move(result);
    return true;
}

} // namespace lr
