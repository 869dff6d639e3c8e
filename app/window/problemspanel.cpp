#include "window/problemspanel.h"

#include "window/appicons.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The panel asks for a strip of a few lines: it is a list to glance at, not a document.
constexpr int kPreferredLines = 6;
} // namespace

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

QSize ProblemsPanel::sizeHint() const
{
    const int rows = kPreferredLines * std::max(fontMetrics().lineSpacing(), iconSize().height() + 2);
    return {QTreeWidget::sizeHint().width(), rows + 2 * frameWidth()};
}

void ProblemsPanel::showProblems(const QList<ReportProblem> &problems, const ReportValidator &validator)
{
    // Keep which groups the user collapsed; rebuild the lines.
    const bool unfilledExpanded = m_unfilled ? m_unfilled->isExpanded() : false;
    m_problems = problems;
    clear();
    m_unfilled = nullptr;
    const QIcon errorIcon = AppIcons::problemIcon(true);
    const QIcon unfilledIcon = AppIcons::problemIcon(false);
    int errorCount = 0;
    for (const ReportProblem &problem : problems)
        errorCount += problem.isError() ? 1 : 0;
    // A group shows only when it has lines: an empty panel is one line that says so.
    QTreeWidgetItem *errors = errorCount > 0 ? new QTreeWidgetItem(this) : nullptr;
    QTreeWidgetItem *unfilled = problems.size() > errorCount ? new QTreeWidgetItem(this) : nullptr;
    for (int i = 0; i < problems.size(); ++i) {
        const ReportProblem &problem = problems[i];
        auto *item = new QTreeWidgetItem(problem.isError() ? errors : unfilled, {validator.describe(problem)});
        item->setIcon(0, problem.isError() ? errorIcon : unfilledIcon);
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, tr("Double-click or press Enter to go to the field"));
    }
    if (errors) {
        errors->setText(0, tr("Errors (%1)").arg(errorCount));
        errors->setIcon(0, errorIcon);
        errors->setExpanded(true);
    }
    if (unfilled) {
        unfilled->setText(0, tr("Not filled in (%1)").arg(problems.size() - errorCount));
        unfilled->setIcon(0, unfilledIcon);
        unfilled->setExpanded(unfilledExpanded);
        m_unfilled = unfilled;
    }
    if (problems.isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {tr("No problems: every part of the report is filled in.")});
        none->setIcon(0, AppIcons::icon(AppIcons::Name::Complete));
        none->setFlags(Qt::ItemIsEnabled);
    }
}

} // namespace lr
