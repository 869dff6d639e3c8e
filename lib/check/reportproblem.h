#pragma once

#include <QString>

#include <utility>

namespace lr {

struct ReportProblem
{
    enum class Kind {
        MissingRequired,     // a required field (Service, Date, Severity, TL;DR) is empty
        InvalidValue,        // not a date, time, number, URL or option where the template wants one
        UnfilledPlaceholder, // still empty (or still the template's own text): prints the placeholder
        UntickedDetail,      // a checklist item's detail is filled in but the item is not ticked
        ClaimMismatch,       // a typed claim disagrees with the report's evidence (see ClaimChecker)
        ClaimWarning,        // the evidence is too short or too noisy to support a typed claim
    };
    enum class Severity { Error, Warning, Unfilled };

    ReportProblem() = default;
    ReportProblem(Kind kind, QString sectionId, QString fieldId, int row, QString columnId, QString message)
        : kind(kind)
        , sectionId(std::move(sectionId))
        , fieldId(std::move(fieldId))
        , row(row)
        , columnId(std::move(columnId))
        , message(std::move(message))
    {
    }

    Kind kind = Kind::UnfilledPlaceholder;
    QString sectionId;
    QString fieldId;  // a field id, or a row-set id for a table row or cell
    int row = -1;     // row-set problems: the 0-based row
    QString columnId; // cell problems: the column; empty for a whole row
    QString message;  // one line the user understands, naming the field by its label

    // Claim problems: both values, as the user reads them ("12 MB/hour", "38.2 MB/hour (95 %
    // interval 36.9 to 39.5)"), and what "Use the Measured Value" puts into the field (the
    // field's whole new text; empty when there is nothing to offer).
    QString typed;
    QString measured;
    QString measuredValue;

    Severity severity() const
    {
        switch (kind) {
        case Kind::UnfilledPlaceholder:
            return Severity::Unfilled;
        case Kind::ClaimWarning:
            return Severity::Warning;
        default:
            return Severity::Error;
        }
    }
    bool isError() const { return severity() == Severity::Error; }
    static QString severityName(Severity severity); // "error", "warning", "unfilled": for JSON
};

} // namespace lr
