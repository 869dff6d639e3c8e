#pragma once

#include "model/reportcontent.h"

#include <QCoreApplication>

namespace lr {

// OOM events as rows of the Incident Timeline: "2026-11-18 09:41 UTC | OOM kill | node (pid 24817)
// killed by the kernel, /system.slice/...". Events without a wall-clock time have no row, nor
// do those the timeline shows already (a row with the same time and event).
class OomTimeline
{
    Q_DECLARE_TR_FUNCTIONS(lr::OomTimeline)

public:
    static constexpr QStringView kRowSetId = u"timeline";

    // The rows to add for `events`, in time order; empty when all are there.
    static QList<Row> newRows(const ReportTemplate &reportTemplate, const ReportContent &content,
                              const QList<OomEvent> &events);
    // `content` with those rows added after the existing ones (the timeline page sorts by time).
    static ReportContent withRows(const ReportTemplate &reportTemplate, const ReportContent &content,
                                  const QList<OomEvent> &events);
};

} // namespace lr
