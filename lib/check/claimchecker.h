#pragma once

#include "check/claimcheck.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace lr {

// Runs every cross-check of the report's typed claims against its evidence (memory series,
// timeline). The evidence is computed once per change of the series, not once per check.
class ClaimChecker
{
    Q_DECLARE_TR_FUNCTIONS(lr::ClaimChecker)

public:
    explicit ClaimChecker(const ReportTemplate &reportTemplate);
    ~ClaimChecker();
    ClaimChecker(const ClaimChecker &) = delete;
    ClaimChecker &operator=(const ClaimChecker &) = delete;

    void check(const ReportContent &content, QList<ReportProblem> *problems) const;

private:
    const ClaimEvidence &evidenceFor(const ReportContent &content) const;

    const ReportTemplate &m_template;
    QList<PlacedField> m_fields;
    std::vector<std::unique_ptr<ClaimCheck>> m_checks;
    // The last evidence and the series it was computed from (statistics of a million samples
    // take milliseconds; the editor checks after every edit).
    mutable QList<MemorySeries> m_evidenceSeries;
    mutable ClaimEvidence m_evidence;
    mutable bool m_hasEvidence = false;
};

} // namespace lr
