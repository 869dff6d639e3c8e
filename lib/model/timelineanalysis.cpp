#include "model/timelineanalysis.h"

#include "model/reporttime.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

const FieldDef *firstTimeColumn(const RowSetDef &rowSet)
{
    for (const FieldDef &column : rowSet.columns) {
        if (column.type == FieldType::Time)
            return &column;
    }
    return nullptr;
}

// The header's date: bare "HH:MM" times before any dated row are on that day.
QDate reportDateOf(const ReportTemplate &t, const ReportContent &content)
{
    if (t.sections().isEmpty())
        return {};
    for (const FieldDef *field : t.sections().first().fields) {
        if (field->type == FieldType::Date)
            return QDate::fromString(content.values.value(field->id).trimmed(), Qt::ISODate);
    }
    return {};
}

} // namespace

const RowSetDef *TimelineAnalysis::timelineOf(const ReportTemplate &t)
{
    for (const SectionDef &section : t.sections()) {
        for (const RowSetDef *rowSet : section.rowSets) {
            if (!rowSet->keyColumn.isEmpty() && firstTimeColumn(*rowSet) && !rowSet->defaultRows.isEmpty())
                return rowSet;
        }
    }
    return nullptr;
}

TimelineAnalysis::TimelineAnalysis(const ReportTemplate &t, const ReportContent &content)
    : m_rowSet(timelineOf(t))
{
    if (!m_rowSet)
        return;
    m_timeColumn = firstTimeColumn(*m_rowSet)->id;
    // Without a report date, bare times still need some day so that they order among themselves.
    m_reportDay = reportDateOf(t, content);
    if (!m_reportDay.isValid())
        m_reportDay = QDate(2000, 1, 1);
    m_rows = content.rows.value(m_rowSet->id);
    m_times = timesOf(m_rows);
    for (const RowSetDef::DefaultRow &defaultRow : m_rowSet->defaultRows) {
        Milestone milestone{defaultRow.values.value(m_rowSet->keyColumn), -1, defaultRow.resolves};
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].value(m_rowSet->keyColumn).trimmed() == milestone.event) {
                milestone.row = i;
                break;
            }
        }
        m_milestones.append(milestone);
    }
}

QList<std::optional<QDateTime>> TimelineAnalysis::timesOf(const QList<Row> &rows) const
{
    QList<std::optional<QDateTime>> times;
    times.reserve(rows.size());
    QDate dayOfBareTimes = m_reportDay;
    for (const Row &row : rows) {
        // A row in a zone known only by name stays untimed rather than being placed at a guessed
        // hour, and lends its day to nothing; so do unreadable rows.
        const std::optional<ReportTime> typed = ReportTime::parse(row.value(m_timeColumn).trimmed());
        const std::optional<QDateTime> time = typed ? typed->toUtc(dayOfBareTimes) : std::nullopt;
        if (time && typed->date.isValid())
            dayOfBareTimes = typed->date;
        times.append(time);
    }
    return times;
}

std::optional<QDateTime> TimelineAnalysis::timeOfRow(int row) const
{
    return row >= 0 && row < m_times.size() ? m_times[row] : std::nullopt;
}

std::optional<QDateTime> TimelineAnalysis::timeOfMilestone(int index) const
{
    return index >= 0 && index < m_milestones.size() ? timeOfRow(m_milestones[index].row) : std::nullopt;
}

QList<int> TimelineAnalysis::sortedOrder() const
{
    QList<int> order(m_rows.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        if (!m_times[a] || !m_times[b])
            return m_times[a].has_value() && !m_times[b].has_value();
        return *m_times[a] < *m_times[b];
    });
    return order;
}

QList<Row> TimelineAnalysis::sortedRows() const
{
    QList<Row> rows;
    rows.reserve(m_rows.size());
    for (int index : sortedOrder())
        rows.append(m_rows[index]);
    return rows;
}

bool TimelineAnalysis::sortKeepsEveryTime() const
{
    const QList<int> order = sortedOrder();
    QList<Row> rows;
    rows.reserve(order.size());
    for (int index : order)
        rows.append(m_rows[index]);
    const QList<std::optional<QDateTime>> times = timesOf(rows);
    for (int i = 0; i < order.size(); ++i) {
        if (times[i] != m_times[order[i]])
            return false;
    }
    return true;
}

bool TimelineAnalysis::isSortedByTime() const
{
    const QList<int> order = sortedOrder();
    return std::is_sorted(order.begin(), order.end());
}

QStringList TimelineAnalysis::milestoneOrderWarnings() const
{
    // Each milestone is compared with the latest of the milestones the template puts before it,
    // so one misplaced time gives one warning.
    QStringList warnings;
    int latest = -1;
    for (int i = 0; i < m_milestones.size(); ++i) {
        const std::optional<QDateTime> time = timeOfMilestone(i);
        if (!time)
            continue;
        if (latest >= 0 && *time < *timeOfMilestone(latest)) {
            const auto typed = [this](int milestone) {
                return m_rows[m_milestones[milestone].row].value(m_timeColumn).trimmed();
            };
            //: Two timeline events and their times: "“Fix deployed” (10:00) is before “Detection” (11:00)"
            warnings.append(tr("“%1” (%2) is before “%3” (%4)")
                                .arg(m_milestones[i].event, typed(i), m_milestones[latest].event, typed(latest)));
        } else {
            latest = i;
        }
    }
    return warnings;
}

std::optional<qint64> TimelineAnalysis::secondsToDetect() const
{
    const std::optional<QDateTime> detection = timeOfMilestone(0);
    if (!detection)
        return std::nullopt;
    std::optional<QDateTime> earliest;
    for (int i = 0; i < m_times.size(); ++i) {
        if (i != m_milestones.first().row && m_times[i] && *m_times[i] <= *detection
            && (!earliest || *m_times[i] < *earliest))
            earliest = m_times[i];
    }
    if (!earliest)
        return std::nullopt;
    return earliest->secsTo(*detection);
}

std::optional<qint64> TimelineAnalysis::secondsToResolve() const
{
    const std::optional<QDateTime> detection = timeOfMilestone(0);
    if (!detection)
        return std::nullopt;
    for (int i = int(m_milestones.size()) - 1; i > 0; --i) {
        if (!m_milestones[i].resolves)
            continue;
        if (const std::optional<QDateTime> end = timeOfMilestone(i))
            return detection->secsTo(*end);
    }
    return std::nullopt;
}

QString TimelineAnalysis::formatDuration(qint64 seconds)
{
    // Dividing first keeps the negation clear of overflow.
    const qint64 totalMinutes = seconds < 0 ? -(seconds / 60) : seconds / 60;
    const QString sign = seconds <= -60 ? u"-"_s : QString();
    const qint64 days = totalMinutes / (24 * 60);
    const qint64 hours = totalMinutes / 60;
    const qint64 minutes = totalMinutes % 60;
    QString text;
    //: Durations: d days, h hours, min minutes
    if (days >= 2) // days read better than "52 h" from two days on
        text = hours % 24 ? tr("%1 d %2 h").arg(days).arg(hours % 24) : tr("%1 d").arg(days);
    else if (hours >= 1)
        text = minutes ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    else
        text = tr("%1 min").arg(minutes);
    return sign + text;
}

} // namespace lr
