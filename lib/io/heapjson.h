#pragma once

#include "heap/heapcomparison.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace lr {

// The heap snapshot evidence in the .leakreport file: each snapshot's summary (name, sizes, node
// count, capture time and where it came from, SHA-256) and the comparison's top classes with
// their retainer paths. Never the snapshot itself.
class HeapJson
{
    Q_DECLARE_TR_FUNCTIONS(lr::HeapJson)

public:
    static QJsonObject toJson(const HeapComparison &comparison);
    // False with `error` set to the JSON path and the reason ("heapComparison.snapshots[1].sha256:
    // expected 64 hexadecimal digits") on the first problem; unknown keys are named in `warnings`.
    static bool fromJson(const QJsonValue &json, const QString &path, HeapComparison *comparison, QString *error,
                         QStringList *warnings);
};

} // namespace lr
