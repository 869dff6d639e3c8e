#pragma once

#include "series/memoryseries.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lr {

// Memory series in the .leakreport file: one object per series, its samples as one
// "time bytes" string each, so that a large series stays a readable, diffable line per sample
// instead of four lines of nested JSON.
class SeriesJson
{
    Q_DECLARE_TR_FUNCTIONS(lr::SeriesJson)

public:
    static QJsonArray toJson(const QList<MemorySeries> &series);
    // False with `error` set ("series[1].samples[20]: expected \"time bytes\"") on the first problem.
    static bool fromJson(const QJsonValue &json, QList<MemorySeries> *series, QString *error);
};

} // namespace lr
