#include "form/timelinesummary.h"

#include "form/rowseteditor.h"
#include "model/reporteditor.h"
#include "model/timelineanalysis.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

TimelineSummary::TimelineSummary(ReportEditor *editor, RowSetEditor *timeline, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_durations(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_sort(new QPushButton(tr("&Sort by Time"), timeline))
{
    setObjectName(u"timelineSummary"_s);
    m_durations->setObjectName(u"timelineDurations"_s);
    m_warnings->setObjectName(u"timelineWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    m_sort->setObjectName(u"sortTimeline"_s);
    m_sort->setToolTip(tr("Order the rows by their time; rows without a time go last"));
    timeline->addToolWidget(m_sort);
    connect(m_sort, &QPushButton::clicked, this, &TimelineSummary::sortByTime);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_durations);
    layout->addWidget(m_warnings);

    Report *report = editor->report();
    connect(report, &Report::rowsChanged, this, &TimelineSummary::refresh);
    connect(report, &Report::valueChanged, this, &TimelineSummary::refresh); // the report date
    connect(report, &Report::contentReset, this, &TimelineSummary::refresh);
    refresh();
}

void TimelineSummary::refresh()
{
    const Report *report = m_editor->report();
    const TimelineAnalysis analysis(report->reportTemplate(), report->content());
    const auto describe = [](const std::optional<qint64> &seconds) -> QString {
        return seconds ? TimelineAnalysis::formatDuration(*seconds) : tr("not known yet");
    };
    m_durations->setText(tr("Time to detect: %1    Time to resolve: %2")
                             .arg(describe(analysis.secondsToDetect()), describe(analysis.secondsToResolve())));
    m_durations->setToolTip(tr("Time to detect: from the earliest event to Detection. Time to resolve: from "
                               "Detection to Validation complete, or to Fix deployed while validation has no "
                               "time; not known before the fix is deployed. A time without a date is on the day "
                               "of the nearest dated row above it, else on the report date."));
    QStringList warnings = analysis.milestoneOrderWarnings();
    const bool sortable = analysis.sortKeepsEveryTime();
    if (!analysis.isSortedByTime())
        warnings.prepend(sortable ? tr("The rows are not in time order.")
                                  : tr("The rows are not in time order. Sorting them would put a time without a "
                                       "date below a row of another day: type its date first."));
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
    m_sort->setEnabled(!analysis.isSortedByTime() && sortable);
}

void TimelineSummary::sortByTime()
{
    const Report *report = m_editor->report();
    const TimelineAnalysis analysis(report->reportTemplate(), report->content());
    if (!analysis.sortKeepsEveryTime())
        return; // the button is disabled then; this keeps a shortcut from changing a time
    if (const RowSetDef *rowSet = analysis.rowSet())
        m_editor->setRows(rowSet->id, analysis.sortedRows(), tr("Sort %1 by Time").arg(rowSet->label));
}

} // namespace lr
