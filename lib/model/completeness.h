#pragma once

#include "model/reportcontent.h"

namespace lr {

struct Completeness
{
    int filled = 0;
    int total = 0;

    bool operator==(const Completeness &other) const = default;
};

// How much of a section is filled: labelled values and code parts count one each (a Language
// field with its default counts as filled), each checklist counts one when any item is ticked,
// a ticked item's inline details count one each (an unticked item's details are not asked for),
// each row set counts one when at least one row has a non-empty cell other than the values a new
// report starts with (the timeline's milestone events don't count). Unknown sections are 0/0.
Completeness sectionCompleteness(const ReportTemplate &t, const ReportContent &c, const QString &sectionId);
Completeness reportCompleteness(const ReportTemplate &t, const ReportContent &c);

} // namespace lr
