#pragma once

#include "events/oomevent.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lr {

// OOM events in the .leakreport file's "oomEvents": one object per event, times as ISO 8601 UTC.
//   {"source": "kernel", "time": "2026-12-07T05:20:44.000Z", "process": "node", "pid": 1234,
//    "where": "/kubepods/...", "detail": "anon-rss 832 MB", "file": "kern.log", "line": 12}
// Keys with their default value (no time, pid -1, one occurrence) are left out.
class OomEventsJson
{
    Q_DECLARE_TR_FUNCTIONS(lr::OomEventsJson)

public:
    static QJsonArray toJson(const QList<OomEvent> &events);
    // False with `error` naming the JSON path ("oomEvents[2].time: not a time"); unknown keys warn.
    static bool fromJson(const QJsonValue &json, QList<OomEvent> *events, QString *error, QStringList *warnings);
};

} // namespace lr
