#include "window/problemspanel.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lr {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QTreeWidget(parent)
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
}

void ProblemsPanel::showProblems(const QList<ReportProblem> &problems, const ReportValidator &validator)
{
    // Keep which groups the user collapsed; rebuild the lines.
    const bool unfilledExpanded = topLevelItemCount() > 1 ? topLevelItem(1)->isExpanded() : false;
    m_problems = problems;
    clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon unfilledIcon = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    auto *errors = new QTreeWidgetItem(this);
    auto *unfilled = new QTreeWidgetItem(this);
    int errorCount = 0;
    for (int i = 0; i < problems.size(); ++i) {
        const ReportProblem &problem = problems[i];
        auto *item = new QTreeWidgetItem(problem.isError() ? errors : unfilled, {validator.describe(problem)});
        item->setIcon(0, problem.isError() ? errorIcon : unfilledIcon);
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, tr("Double-click or press Enter to go to the field"));
        errorCount += problem.isError() ? 1 : 0;
    }
    errors->setText(0, tr("Errors (%1)").arg(errorCount));
    unfilled->setText(0, tr("Not filled in (%1)").arg(problems.size() - errorCount));
    errors->setExpanded(true);
    unfilled->setExpanded(unfilledExpanded);
}

} // namespace lr
