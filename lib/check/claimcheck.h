#pragma once

#include "check/reportproblem.h"
#include "check/typedquantity.h"
#include "model/reportcontent.h"
#include "series/growthfit.h"
#include "series/seriesstatistics.h"

#include <QList>

#include <optional>

namespace lr {

// What the report's own data says about one series role: its statistics and its growth with
// the uncertainty. Empty when the report has no series of that role.
struct SeriesEvidence
{
    const MemorySeries *series = nullptr;
    std::optional<SeriesStatistics> statistics;
    std::optional<GrowthAnalysis> growth;

    bool exists() const { return series && statistics; }
    // Whether sample times are wall-clock UTC (CSV, Prometheus), so they compare with typed times;
    // trace-gc logs count from the process start.
    bool isWallClock() const { return series && timesAreWallClock(*series); }
    static bool timesAreWallClock(const MemorySeries &series);
    QString roleLabel() const; // "before series", "after series"

    static SeriesEvidence of(const MemorySeries *series);
};

struct ClaimEvidence
{
    SeriesEvidence before;
    SeriesEvidence after;

    // "before" or "after", as the template's "fromData" and "claims" name them; null otherwise.
    const SeriesEvidence *role(QStringView name) const;
};

// A field the template declares, with the section that holds it.
struct PlacedField
{
    const SectionDef *section = nullptr;
    const FieldDef *field = nullptr;
};

// A size or rate typed where the template says it speaks of a series: a number field whose
// "fromData" names the statistic ("before.growth"), or a free-text field whose "claims" names
// the series ("before": its rates are growth claims, a size named a peak is a peak claim; a rate
// whose clause says "after", "now", "since" or "fixed" speaks of the after series).
struct TypedClaim
{
    PlacedField where;
    QString text;       // the field's whole value, trimmed
    TypedQuantity quantity;
    QString role;       // "before", "after"
    QString statistic;  // "growth", "baseline", "after6h", "peak"; empty for a size that claims nothing
    bool numberField = false; // the value is the field's number (else found in text)

    // What "use the measured value" puts into the field for `measured` (MB or MB/hour): a bare
    // number for a bare number, else the value with this quantity replaced and the rest kept
    // ("300 MB (stable!)" -> "210 MB (stable!)").
    QString withMeasured(double measured) const;
    // The field's label; describe() adds the section.
    QString label() const { return where.field->label; }
    // The claim as the report prints it: "12 MB/hour" (a bare number gets the field's unit), or
    // the quantity's own text in free text.
    QString typedText() const
    {
        return numberField ? where.field->withUnit(text) : text.mid(quantity.start, quantity.length);
    }
};

// What one check sees: the template (which says where each claim is typed), the report, and
// the evidence computed once for all checks.
struct ClaimContext
{
    const ReportTemplate &reportTemplate;
    const ReportContent &content;
    const ClaimEvidence &evidence;
    QList<PlacedField> fields; // every field of the template, in template order

    QString value(const FieldDef &field) const; // trimmed; empty while unfilled
    QList<TypedClaim> claims() const;           // every typed size and rate, in template order
    // The first part of a "fromData" or "claims" name: "before" of "before.growth".
    static QString roleOf(const QString &statistic);
    static QString statisticOf(const QString &statistic); // "growth" of "before.growth"
};

// The tolerance within which a typed number agrees with a measured one, relative to the
// measured value. Stated in every message that compares.
inline constexpr double kClaimTolerance = 0.10;

// "38.2 MB/hour (95 % interval 36.9 to 39.5)".
QString describeGrowth(const SlopeEstimate &fit);
// A claim problem naming both values.
ReportProblem claimProblem(ReportProblem::Kind kind, const PlacedField &where, const QString &message,
                           const QString &typed, const QString &measured, const QString &measuredValue);

// One cross-check of typed claims against the evidence. Add a check by writing a subclass and
// one line in ClaimChecker's list (claimchecker.cpp).
class ClaimCheck
{
public:
    virtual ~ClaimCheck() = default;
    virtual void run(const ClaimContext &context, QList<ReportProblem> *problems) const = 0;
};

} // namespace lr
