#pragma once

#include "series/memoryseries.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace lr {

// The samples of one series in the .leakreport file (format version 2), about 6-8 bytes a sample
// instead of the ~25 of version 1's "time bytes" strings: a 150 MB CSV made a 208 MB report,
// over what opening accepts. Times, and byte counts when they are all whole numbers, are stored
// as differences from the sample before, zigzag LEB128 varints, base64 (JSON holds only text);
// byte counts with a fraction as little-endian IEEE doubles, bit for bit.
//   {"encoding": "delta-varint", "count": N, "timeMs": "…", "bytes": "…"}   (or "bytesFloat64")
class SampleCodec
{
    Q_DECLARE_TR_FUNCTIONS(lr::SampleCodec)

public:
    static QJsonObject encode(const QList<MemorySample> &samples);
    // False with `error` naming the JSON path under `path` ("series[0].samples.timeMs: not base64").
    // Checks what the version 1 reader checked: times in order, byte counts finite and >= 0.
    static bool decode(const QJsonObject &json, const QString &path, QList<MemorySample> *samples, QString *error);
};

} // namespace lr
