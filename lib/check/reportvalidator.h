#pragma once

#include "check/claimchecker.h"
#include "check/reportproblem.h"
#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

// Checks a report against what its template declares: required fields, the shape of typed
// values (dates, times, numbers with their unit, URLs, options), and what is still unfilled.
// Driven by the declaration alone, so a new field is checked by its type without code here.
// Then the claims typed in the report are checked against its evidence (ClaimChecker).
class ReportValidator
{
    Q_DECLARE_TR_FUNCTIONS(lr::ReportValidator)

public:
    explicit ReportValidator(const ReportTemplate &reportTemplate);

    // In template order, as the Markdown prints it (a section's row sets sit between its fields).
    QList<ReportProblem> validate(const ReportContent &content) const;
    // How many of `problems` are errors (the rest are warnings or only unfilled).
    static qsizetype errorCount(const QList<ReportProblem> &problems);
    static qsizetype count(const QList<ReportProblem> &problems, ReportProblem::Severity severity);
    // "Section › message": what the command line prints and the problems panel shows.
    QString describe(const ReportProblem &problem) const;

    // Why `value` does not fit `field` (empty when it does). Exposed for the tests.
    QString valueError(const FieldDef &field, const QString &value) const;

private:
    // `optional`: the detail of an unticked checklist item, which may stay empty.
    void checkField(const SectionDef &section, const FieldDef &field, const ReportContent &content,
                    bool optional, QList<ReportProblem> *problems) const;
    void checkRows(const SectionDef &section, const RowSetDef &rowSet, const ReportContent &content,
                   QList<ReportProblem> *problems) const;
    QString numberError(const FieldDef &field, const QString &value) const;

    const ReportTemplate &m_template;
    ClaimChecker m_claims;
};

} // namespace lr
