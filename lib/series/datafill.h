#pragma once

#include "model/reportcontent.h"

namespace lr {

// One field that "Fill From Data" would set: which, what it holds now, what the data says.
struct FieldFill
{
    QString fieldId;
    QString label;   // "Post-Deployment Metrics › Memory baseline", for the confirmation
    QString current; // as typed; empty when the field is empty or holds the template's default
    QString proposed;

    // True when the user typed something else: changed only after a confirmation.
    bool overwritesTypedValue() const { return !current.trimmed().isEmpty() && current.trimmed() != proposed; }
};

// Fills the report's metric fields from the statistics of its before and after series (the first
// series of each role). Which field gets which number is declared in the template ("fromData":
// "before.baseline", "after.growth", "improvement.memoryReduction", ...), so this class names no
// field. Numbers are written without their unit, which the template prints.
class DataFill
{
public:
    // Every statistic a template may name in "fromData".
    static QStringList statisticNames();

    // The fields the data can fill and what it would put there; fields whose statistic is not
    // available (no after series yet, a series shorter than 6 hours) are left out.
    static QList<FieldFill> propose(const ReportTemplate &reportTemplate, const ReportContent &content);
    // `content` with the proposals applied; typed values are replaced only if `replaceTyped`.
    static ReportContent apply(const ReportContent &content, const QList<FieldFill> &fills, bool replaceTyped);

    // "210", "38.2", "0.65": as many decimals as a reader of MB figures needs.
    static QString formatMB(double megabytes);
};

} // namespace lr
