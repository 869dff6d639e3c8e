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
    const auto compare = [&](const QString &fieldId, std::optional<int> measured, const QString &evidence) {
        const FieldDef *field = m_template.field(fieldId);
        const QString typed = content.values.value(fieldId).trimmed();
        if (!field || !measured || FieldDef::isUnfilled(typed, field->placeholder) || agrees(typed, *measured))
            return;
        //: %1 the field's label, %2 as typed ("3/week"), %3 what the events show
        const QString message = tr("%1 says %2, but %3").arg(field->label, field->withUnit(typed), evidence);
        ReportProblem problem{ReportProblem::Kind::ClaimMismatch, m_template.sectionOf(fieldId), fieldId, -1,
                              QString(), message};
        problem.typed = field->withUnit(typed);
        problem.measured = evidence;
        problem.measuredValue = QString::number(*measured);
        problems.append(problem);
    };
    compare(u"impactOomIncidents"_s, counts.total,
            withEnglishPlural(tr("the report's OOM events count %n incident(s)", nullptr, counts.total), counts.total));
    if (counts.beforePerWeek)
        compare(u"beforeFixOomIncidents"_s, counts.beforePerWeek,
                tr("the OOM events show %n in the %1 days before the deployment (%2)", nullptr, *counts.beforePerWeek)
                    .arg(OomCounts::kDaysBefore).arg(deployment));
    if (counts.afterPerMonth)
        compare(u"afterFixOomIncidents"_s, counts.afterPerMonth,
                tr("the OOM events show %n in the %1 days from the deployment (%2)", nullptr, *counts.afterPerMonth)
                    .arg(OomCounts::kDaysAfter).arg(deployment));
    return problems;
}

} // namespace lr
