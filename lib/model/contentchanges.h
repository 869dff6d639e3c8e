#pragma once

#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QStringList>

namespace lr {

class ReportTemplate;

// What differs between two versions of a report, named as the form names it: one line per
// section that changed ("Executive Summary: TL;DR, Root cause"), then the evidence (memory data,
// OOM events, heap snapshots). The recovery dialog shows it for a copy against its saved file.
class ContentChanges
{
    Q_DECLARE_TR_FUNCTIONS(lr::ContentChanges)

public:
    static QStringList between(const ReportTemplate &reportTemplate, const ReportContent &before,
                               const ReportContent &after);
};

} // namespace lr
