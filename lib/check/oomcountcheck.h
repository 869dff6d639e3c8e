#pragma once

#include "check/reportvalidator.h"

namespace lr {

// The report's "OOM incidents" figures against the OOM events it holds (counted by OomCounts):
// Impact's total, Before Fix's per week, After Fix's per month. A figure typed exactly must
// match; "~12" and "≈12" pass within 25 %, "<2" and ">10" as they say. Nothing is checked
// without imported events (no evidence), nor a rate without a *Deployment Time*.
class OomCountCheck
{
    Q_DECLARE_TR_FUNCTIONS(lr::OomCountCheck)

public:
    static constexpr double kApproximateTolerance = 0.25;

    explicit OomCountCheck(const ReportTemplate &reportTemplate) : m_template(reportTemplate) {}
    QList<ReportProblem> check(const ReportContent &content) const;

    // Whether `typed` (as the user wrote it, e.g. "3", "~3/week", "<1") states `measured`.
    static bool agrees(const QString &typed, int measured);

private:
    const ReportTemplate &m_template;
};

} // namespace lr
