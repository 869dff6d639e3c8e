#include "check/claimchecker.h"

#include "check/growthclaimcheck.h"
#include "check/memoryvaluecheck.h"
#include "check/timelineclaimcheck.h"
#include "check/unitclaimcheck.h"
#include "series/datafill.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// Samples earlier than 2000-01-01 cannot be wall-clock times of a report written today.
constexpr qint64 kYear2000Ms = 946'684'800'000;

// Whether the clause before a rate in free text puts it after the fix ("...; after the fix 0.5
// MB/hour", "now 0 MB/hour"): such a rate speaks of the after series.
bool saysAfterTheFix(const QString &before)
{
    static const QRegularExpression clauseEnd(u"[.;:!?,](?!\\d)"_s);
    static const QRegularExpression afterWords(u"\\b(after|now|since|post-fix|post-deploy|fixed|once fixed)\\b"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    qsizetype clauseStart = 0;
    QRegularExpressionMatchIterator ends = clauseEnd.globalMatch(before);
    while (ends.hasNext())
        clauseStart = ends.next().capturedEnd();
    return afterWords.match(before, clauseStart).hasMatch();
}

bool sameSeries(const QList<MemorySeries> &a, const QList<MemorySeries> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        // Series are copied, never edited in place: shared samples are the same samples.
        if (a[i].role != b[i].role || a[i].timeUnit != b[i].timeUnit || a[i].source != b[i].source
            || a[i].samples.constData() != b[i].samples.constData() || a[i].samples.size() != b[i].samples.size())
            return false;
    }
    return true;
}

} // namespace

bool SeriesEvidence::timesAreWallClock(const MemorySeries &series)
{
    return series.timeUnit == MemorySeries::TimeUnit::Milliseconds && !series.samples.isEmpty()
        && (series.source.format == u"csv" || series.source.format == u"prometheus")
        && series.samples.front().time >= kYear2000Ms;
}

QString SeriesEvidence::roleLabel() const
{
    return series && series->role == SeriesRole::After ? ClaimChecker::tr("the after series")
                                                       : ClaimChecker::tr("the before series");
}

SeriesEvidence SeriesEvidence::of(const MemorySeries *series)
{
    SeriesEvidence evidence;
    if (!series)
        return evidence;
    evidence.series = series;
    evidence.statistics = SeriesStatistics::compute(*series);
    evidence.growth = GrowthAnalysis::of(*series);
    return evidence;
}

const SeriesEvidence *ClaimEvidence::role(QStringView name) const
{
    if (name == u"before")
        return &before;
    if (name == u"after")
        return &after;
    return nullptr;
}

QString ClaimContext::value(const FieldDef &field) const
{
    const QString typed = content.values.value(field.id).trimmed();
    return FieldDef::isUnfilled(typed, field.placeholder) ? QString() : typed;
}

QString ClaimContext::roleOf(const QString &statistic)
{
    return statistic.section(u'.', 0, 0);
}

QString ClaimContext::statisticOf(const QString &statistic)
{
    return statistic.section(u'.', 1);
}

QList<TypedClaim> ClaimContext::claims() const
{
    QList<TypedClaim> found;
    for (const PlacedField &where : fields) {
        const FieldDef &field = *where.field;
        const QString typed = value(field);
        if (typed.isEmpty())
            continue;
        const bool isNumber = field.type == FieldType::Number || field.type == FieldType::Integer;
        if (!field.fromData.isEmpty() && isNumber) {
            if (const auto q = TypedQuantity::ofField(field, typed))
                found.append({where, typed, *q, roleOf(field.fromData), statisticOf(field.fromData), true});
        } else if (!field.claims.isEmpty() && isNumber) {
            if (const auto q = TypedQuantity::ofField(field, typed))
                found.append({where, typed, *q, field.claims, q->isRate() ? u"growth"_s : QString(), true});
        } else if (!field.claims.isEmpty()) {
            for (const TypedQuantity &q : TypedQuantity::findIn(typed)) {
                const QString statistic = q.isRate() ? u"growth"_s : q.peak ? u"peak"_s : QString();
                const bool afterFix = q.isRate() && saysAfterTheFix(typed.left(q.start));
                found.append({where, typed, q, afterFix ? u"after"_s : field.claims, statistic, false});
            }
        }
    }
    return found;
}

QString TypedClaim::withMeasured(double measured) const
{
    const QString number = DataFill::formatMB(measured);
    if (numberField && quantity.start == 0 && quantity.length == text.size())
        return number; // a bare number: the template prints the unit
    return quantity.replacedIn(text, quantity.isRate() ? number + u" MB/hour"_s : number + u" MB"_s);
}

QString describeGrowth(const SlopeEstimate &fit)
{
    //: A measured growth rate with its 95 % confidence interval
    return ClaimChecker::tr("%1 MB/hour (95 % interval %2 to %3)")
        .arg(DataFill::formatMB(fit.mbPerHour), DataFill::formatMB(fit.low()), DataFill::formatMB(fit.high()));
}

ReportProblem claimProblem(ReportProblem::Kind kind, const PlacedField &where, const QString &message,
                           const QString &typed, const QString &measured, const QString &measuredValue)
{
    ReportProblem problem;
    problem.kind = kind;
    problem.sectionId = where.section->id;
    problem.fieldId = where.field->id;
    problem.message = message;
    problem.typed = typed;
    problem.measured = measured;
    problem.measuredValue = measuredValue;
    return problem;
}

ClaimChecker::ClaimChecker(const ReportTemplate &reportTemplate)
    : m_template(reportTemplate)
{
    for (const SectionDef &section : m_template.sections()) {
        SectionVisitor visitor;
        visitor.field = [&](const FieldDef &field, const ChecklistItemDef *) { m_fields.append({&section, &field}); };
        walkSection(section, visitor);
    }
    // The checks, one line each.
    m_checks.push_back(std::make_unique<GrowthClaimCheck>());
    m_checks.push_back(std::make_unique<FlatAfterClaimCheck>());
    m_checks.push_back(std::make_unique<MemoryValueCheck>());
    m_checks.push_back(std::make_unique<TimelineClaimCheck>());
    m_checks.push_back(std::make_unique<UnitClaimCheck>());
}

ClaimChecker::~ClaimChecker() = default;

const ClaimEvidence &ClaimChecker::evidenceFor(const ReportContent &content) const
{
    if (!m_hasEvidence || !sameSeries(m_evidenceSeries, content.series)) {
        m_evidenceSeries = content.series;
        m_evidence.before = SeriesEvidence::of(seriesWithRole(m_evidenceSeries, SeriesRole::Before));
        m_evidence.after = SeriesEvidence::of(seriesWithRole(m_evidenceSeries, SeriesRole::After));
        m_hasEvidence = true;
    }
    return m_evidence;
}

void ClaimChecker::check(const ReportContent &content, QList<ReportProblem> *problems) const
{
    const ClaimContext context{m_template, content, evidenceFor(content), m_fields};
    for (const auto &check : m_checks)
        check->run(context, problems);
}

} // namespace lr
