#include "check/oomcountcheck.h"

#include "events/oomcounts.h"
#include "i18n/plural.h"
#include "template/typednumber.h"

#include <cmath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

bool OomCountCheck::agrees(const QString &typed, int measured)
{
    const std::optional<TypedNumber> number = TypedNumber::parse(typed.trimmed());
    if (!number)
        return true; // not a figure: the validator says so
    const double value = number->number.toDouble();
    const QString mark = number->mark;
    if (mark == u"<")
        return measured < value;
    if (mark == u">")
        return measured > value;
    if (mark == u"\u2264")
        return measured <= value;
    if (mark == u"\u2265")
        return measured >= value;
    if (mark == u"~" || mark == u"\u2248")
        return std::abs(measured - value) <= kApproximateTolerance * std::max(1.0, value);
    return value == measured;
}

QList<ReportProblem> OomCountCheck::check(const ReportContent &content) const
{
    QList<ReportProblem> problems;
    if (content.oomEvents.isEmpty())
        return problems;
    const OomCounts counts = OomCounts::of(content);
    const QString deployment = counts.deployment.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    const auto compare = [&](const SectionDef &section, const FieldDef &field, std::optional<int> measured,
                             const QString &evidence) {
        const QString typed = content.values.value(field.id).trimmed();
        if (!measured || FieldDef::isUnfilled(typed, field.placeholder) || agrees(typed, *measured))
            return;
        //: %1 the field's label, %2 as typed ("3/week"), %3 what the events show
        const QString message = tr("%1 says %2, but %3").arg(field.label, field.withUnit(typed), evidence);
        ReportProblem problem{ReportProblem::Kind::ClaimMismatch, section.id, field.id, -1, QString(), message};
        problem.typed = field.withUnit(typed);
        problem.measured = evidence;
        problem.measuredValue = QString::number(*measured);
        problems.append(problem);
    };
    // The fields are those the template fills from the events ("fromData"), in template order.
    for (const SectionDef &section : m_template.sections()) {
        for (const FieldDef *field : section.fields) {
            if (field->fromData == OomCounts::kTotalStatistic) {
                compare(section, *field, counts.total,
                        withEnglishPlural(tr("the report's OOM events count %n incident(s)", nullptr, counts.total), counts.total));
            } else if (field->fromData == OomCounts::kBeforeStatistic && counts.beforePerWeek) {
                compare(section, *field, counts.beforePerWeek,
                        tr("the OOM events show %n in the %1 days before the deployment (%2)", nullptr, *counts.beforePerWeek)
                            .arg(OomCounts::kDaysBefore).arg(deployment));
            } else if (field->fromData == OomCounts::kAfterStatistic && counts.afterPerMonth) {
                compare(section, *field, counts.afterPerMonth,
                        tr("the OOM events show %n in the %1 days from the deployment (%2)", nullptr, *counts.afterPerMonth)
                            .arg(OomCounts::kDaysAfter).arg(deployment));
            }
        }
    }
    return problems;
}

} // namespace lr
