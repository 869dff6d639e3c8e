#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lr {

// Memory series in the .leakreport file: one object per series with its name, role, time unit
// and source, and its samples compactly encoded (see SampleCodec). Files of format version 1
// hold one "time bytes" string per sample; those are still read.
class SeriesJson
{
    Q_DECLARE_TR_FUNCTIONS(lr::SeriesJson)

public:
    static QJsonArray toJson(const QList<MemorySeries> &series);
    // False with `error` set ("series[1].samples[20]: expected \"time bytes\"") on the first
    // problem; keys it does not know are named in `warnings` ("series[0].colour: unknown key, ignored").
    static bool fromJson(const QJsonValue &json, QList<MemorySeries> *series, QString *error, QStringList *warnings);
};

} // namespace lr
