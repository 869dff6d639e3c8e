#include "window/problemspanel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lr {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QTreeWidget(parent)
    , m_useMeasured(new QAction(tr("&Use the Measured Value"), this))
{
    setObjectName(u"problemsPanel"_s);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAccessibleName(tr("Problems"));
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant index = item->data(0, Qt::UserRole);
        if (index.isValid())
            emit problemActivated(m_problems.at(index.toInt()));
    });
    m_useMeasured->setObjectName(u"useMeasuredValue"_s);
    m_useMeasured->setEnabled(false);
    addAction(m_useMeasured);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(this, &QTreeWidget::currentItemChanged, this, [this] {
        const ReportProblem *problem = currentProblem();
        m_useMeasured->setEnabled(problem && !problem->measuredValue.isEmpty());
        m_useMeasured->setToolTip(problem && !problem->measuredValue.isEmpty()
                                      ? tr("Replace \u201c%1\u201d with \u201c%2\u201d (undoable)").arg(problem->typed, problem->measuredValue)
                                      : QString());
    });
    connect(m_useMeasured, &QAction::triggered, this, [this] {
        if (const ReportProblem *problem = currentProblem(); problem && !problem->measuredValue.isEmpty())
            emit useMeasuredValueRequested(*problem);
    });
}

const ReportProblem *ProblemsPanel::currentProblem() const
{
    const QVariant index = currentItem() ? currentItem()->data(0, Qt::UserRole) : QVariant();
    return index.isValid() ? &m_problems.at(index.toInt()) : nullptr;
}

void ProblemsPanel::showProblems(const QList<ReportProblem> &problems, const ReportValidator &validator)
{
    // Keep which groups the user collapsed; rebuild the lines.
    const bool unfilledExpanded = topLevelItemCount() > 2 ? topLevelItem(2)->isExpanded() : false;
    m_problems = problems;
    clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon unfilledIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    auto *errors = new QTreeWidgetItem(this);
    auto *warnings = new QTreeWidgetItem(this);
    auto *unfilled = new QTreeWidgetItem(this);
    int counts[3] = {0, 0, 0};
    for (int i = 0; i < problems.size(); ++i) {
        const ReportProblem &problem = problems[i];
        const ReportProblem::Severity severity = problem.severity();
        QTreeWidgetItem *group = severity == ReportProblem::Severity::Error     ? errors
                                 : severity == ReportProblem::Severity::Warning ? warnings
                                                                                : unfilled;
        auto *item = new QTreeWidgetItem(group, {validator.describe(problem)});
        item->setIcon(0, severity == ReportProblem::Severity::Unfilled ? unfilledIcon : errorIcon);
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, problem.measuredValue.isEmpty()
                                ? tr("Double-click or press Enter to go to the field")
                                : tr("Double-click or press Enter to go to the field; the context menu can use the measured value"));
        ++counts[int(severity)];
    }
    errors->setText(0, tr("Errors (%1)").arg(counts[int(ReportProblem::Severity::Error)]));
    warnings->setText(0, tr("Warnings (%1)").arg(counts[int(ReportProblem::Severity::Warning)]));
    unfilled->setText(0, tr("Not filled in (%1)").arg(counts[int(ReportProblem::Severity::Unfilled)]));
    errors->setExpanded(true);
    warnings->setExpanded(true);
    warnings->setHidden(counts[int(ReportProblem::Severity::Warning)] == 0);
    unfilled->setExpanded(unfilledExpanded);
    m_useMeasured->setEnabled(false);
}

} // namespace lr
