#pragma once

#include "model/reportcontent.h"

#include <QCoreApplication>
#include <QList>

namespace lr {

struct ReportProblem
{
    enum class Kind {
        MissingRequired,     // a required field (Service, Date, Severity, TL;DR) is empty
        InvalidValue,        // not a date, time, number, URL or option where the template wants one
        UnfilledPlaceholder, // still empty (or still the template's own text): prints the placeholder
        UntickedDetail,      // a checklist item's detail is filled in but the item is not ticked
        ClaimMismatch,       // a typed claim disagrees with the report's evidence (OOM events: OomCountCheck)
    };

    Kind kind = Kind::UnfilledPlaceholder;
    QString sectionId;
    QString fieldId;  // a field id, or a row-set id for a table row or cell
    int row = -1;     // row-set problems: the 0-based row
    QString columnId; // cell problems: the column; empty for a whole row
    QString message;  // one line the user understands, naming the field by its label
    // Claim problems: both values as the user reads them, and what "use the measured value" puts
    // into the field (empty when there is nothing to offer). Named as on the `claims` branch.
    QString typed{};
    QString measured{};
    QString measuredValue{};

    bool isError() const { return kind != Kind::UnfilledPlaceholder; }
};

// Checks a report against what its template declares: required fields, the shape of typed
// values (dates, times, numbers with their unit, URLs, options), and what is still unfilled.
// Driven by the declaration alone, so a new field is checked by its type without code here.
class ReportValidator
{
    Q_DECLARE_TR_FUNCTIONS(lr::ReportValidator)

public:
    explicit ReportValidator(const ReportTemplate &reportTemplate);

    // In template order, as the Markdown prints it (a section's row sets sit between its fields).
    QList<ReportProblem> validate(const ReportContent &content) const;
    // How many of `problems` are errors (the rest are only unfilled).
    static qsizetype errorCount(const QList<ReportProblem> &problems);
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
};

} // namespace lr
