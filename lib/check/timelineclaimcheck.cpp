#include "check/timelineclaimcheck.h"

#include "model/reporttime.h"
#include "model/timelineanalysis.h"

#include <QTimeZone>

#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr qint64 kSlackSeconds = 60; // typed times have minutes

QString shown(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

bool sameMoment(const TimelineClaimCheck::MilestoneTime &a, const TimelineClaimCheck::MilestoneTime &b)
{
    if (a.hasDate && b.hasDate)
        return std::abs(a.utc.secsTo(b.utc)) <= kSlackSeconds;
    return std::abs(a.utc.time().secsTo(b.utc.time())) <= kSlackSeconds;
}

// How many hours of after-fix data the report's claims need: 6 when it gives memory after 6 h.
int claimedHours(const ClaimContext &context)
{
    for (const PlacedField &where : context.fields) {
        if (where.field->fromData == u"after.after6h" && !context.value(*where.field).isEmpty())
            return 6;
    }
    return 0;
}

} // namespace

QList<TimelineClaimCheck::MilestoneTime> TimelineClaimCheck::milestoneTimes(const ClaimContext &context)
{
    QList<MilestoneTime> times;
    for (const PlacedField &where : context.fields) {
        const QString typed = context.value(*where.field);
        if (where.field->milestone.isEmpty() || typed.isEmpty())
            continue;
        const std::optional<ReportTime> time = ReportTime::parse(typed);
        const std::optional<QDateTime> utc = time && !time->date.isNull() ? time->toUtc(time->date) : std::nullopt;
        if (!utc)
            continue; // not a time: the ReportValidator says so
        ReportProblem at;
        at.sectionId = where.section->id;
        at.fieldId = where.field->id;
        times.append({where.field->milestone, where.field->label, typed, *utc, true, at});
    }
    const TimelineAnalysis timeline(context.reportTemplate, context.content);
    const RowSetDef *rowSet = timeline.rowSet();
    if (!rowSet)
        return times;
    QString sectionId;
    for (const SectionDef &section : context.reportTemplate.sections()) {
        SectionVisitor visitor;
        visitor.rowSet = [&](const RowSetDef &r) {
            if (&r == rowSet)
                sectionId = section.id;
        };
        walkSection(section, visitor);
    }
    const QString timeColumn = [&] {
        for (const FieldDef &column : rowSet->columns) {
            if (column.type == FieldType::Time)
                return column.id;
        }
        return QString();
    }();
    const QList<Row> rows = context.content.rows.value(rowSet->id);
    for (const RowSetDef::DefaultRow &defaultRow : rowSet->defaultRows) {
        if (defaultRow.milestone.isEmpty())
            continue;
        const QString event = defaultRow.values.value(rowSet->keyColumn);
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].value(rowSet->keyColumn).trimmed() != event)
                continue;
            const std::optional<QDateTime> utc = timeline.timeOfRow(r);
            const QString typed = rows[r].value(timeColumn).trimmed();
            const std::optional<ReportTime> time = ReportTime::parse(typed);
            if (utc && time) {
                ReportProblem at;
                at.sectionId = sectionId;
                at.fieldId = rowSet->id;
                at.row = r;
                at.columnId = timeColumn;
                //: Where a time was typed: "Timeline, Fix deployed"
                times.append({defaultRow.milestone, tr("%1, %2").arg(rowSet->label, event), typed, *utc,
                              !time->date.isNull(), at});
            }
            break; // the first row of the event, as the timeline reads it
        }
    }
    return times;
}

std::optional<QDateTime> TimelineClaimCheck::fixDeployedAt(const ReportTemplate &reportTemplate, const ReportContent &content)
{
    std::optional<QDateTime> found;
    for (const SectionDef &section : reportTemplate.sections()) {
        SectionVisitor visitor;
        visitor.field = [&](const FieldDef &field, const ChecklistItemDef *) {
            if (found || field.milestone != u"fixDeployed")
                return;
            const std::optional<ReportTime> time = ReportTime::parse(content.values.value(field.id).trimmed());
            if (time && !time->date.isNull())
                found = time->toUtc(time->date);
        };
        walkSection(section, visitor);
    }
    return found;
}

void TimelineClaimCheck::run(const ClaimContext &context, QList<ReportProblem> *problems) const
{
    const QList<MilestoneTime> times = milestoneTimes(context);
    const auto add = [&](const MilestoneTime &at, const QString &message, const QString &typed, const QString &measured,
                         const QString &measuredValue) {
        ReportProblem problem = at.where;
        problem.kind = ReportProblem::Kind::ClaimMismatch;
        problem.message = message;
        problem.typed = typed;
        problem.measured = measured;
        problem.measuredValue = measuredValue;
        problems->append(problem);
    };

    // Every place naming the deploy agrees with the first one that has a date.
    const MilestoneTime *deployed = nullptr;
    for (const MilestoneTime &t : times) {
        if (t.milestone == u"fixDeployed" && t.hasDate) {
            deployed = &t;
            break;
        }
    }
    for (const MilestoneTime &t : times) {
        if (!deployed || &t == deployed || t.milestone != u"fixDeployed" || sameMoment(t, *deployed))
            continue;
        //: %1 and %3 name two places of the report, %2 and %4 the times typed there
        add(t, tr("%1 (%2) is not the time of %3 (%4); both say when the fix was deployed")
                   .arg(t.label, t.typed, deployed->label, deployed->typed),
            t.typed, deployed->typed, t.hasDate ? deployed->typed : deployed->utc.toString(u"HH:mm"_s));
    }

    const SeriesEvidence &after = context.evidence.after;
    const bool afterTimed = after.exists() && after.isWallClock();
    const QDateTime afterStart = afterTimed ? QDateTime::fromMSecsSinceEpoch(after.series->samples.front().time, QTimeZone::utc())
                                            : QDateTime();
    if (deployed && afterTimed && afterStart.secsTo(deployed->utc) > kSlackSeconds) {
        //: %1 when the after series starts, %2 the place naming the deploy, %3 its time
        add(*deployed, tr("the after series starts at %1, before the fix was deployed (%2: %3), so it mixes in "
                          "samples of the leaking version")
                           .arg(shown(afterStart), deployed->label, deployed->typed),
            deployed->typed, shown(afterStart), {});
    }

    const int hours = claimedHours(context);
    if (hours == 0)
        return;
    QDateTime fixStart = deployed ? deployed->utc : afterStart;
    if (deployed && afterTimed && afterStart > fixStart)
        fixStart = afterStart;
    if (!fixStart.isValid())
        return;
    for (const MilestoneTime &t : times) {
        if (t.milestone != u"validationComplete")
            continue;
        const QDateTime needed = fixStart.addSecs(qint64(hours) * 3600);
        if (t.utc.secsTo(needed) > kSlackSeconds) {
            //: %1 "Timeline, Validation complete", %2 its time, %3 the time after-fix data starts, %4 hours the report claims
            add(t, tr("%1 (%2) comes before %4 h of after-fix data (from %3), but the report gives memory after %4 h")
                       .arg(t.label, t.typed, shown(fixStart))
                       .arg(hours),
                t.typed, shown(needed), {});
        }
    }
}

} // namespace lr
