#include "window/problemspanel.h"

#include "window/appicons.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The panel asks for a strip of a few lines: it is a list to glance at, not a document.
constexpr int kPreferredLines = 6;
} // namespace

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

QSize ProblemsPanel::sizeHint() const
{
    const int rows = kPreferredLines * std::max(fontMetrics().lineSpacing(), iconSize().height() + 2);
    return {QTreeWidget::sizeHint().width(), rows + 2 * frameWidth()};
}

QSize ProblemsPanel::minimumSizeHint() const
{
    const int line = std::max(fontMetrics().lineSpacing(), iconSize().height() + 2);
    return {QTreeWidget::minimumSizeHint().width(), line + 2 * frameWidth()};
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
    int counts[3] = {0, 0, 0};
    for (const ReportProblem &problem : problems)
        ++counts[int(problem.severity())];
    // A group shows only when it has lines: an empty panel is one line that says so.
    const auto group = [&](ReportProblem::Severity severity, const QString &title, const QIcon &icon) {
        QTreeWidgetItem *item = nullptr;
        if (counts[int(severity)] > 0) {
            item = new QTreeWidgetItem(this, {title.arg(counts[int(severity)])});
            item->setIcon(0, icon);
        }
        return item;
    };
    QTreeWidgetItem *errors = group(ReportProblem::Severity::Error, tr("Errors (%1)"), errorIcon);
    QTreeWidgetItem *warnings = group(ReportProblem::Severity::Warning, tr("Warnings (%1)"), errorIcon);
    m_unfilled = group(ReportProblem::Severity::Unfilled, tr("Not filled in (%1)"), unfilledIcon);
    for (int i = 0; i < problems.size(); ++i) {
        const ReportProblem &problem = problems[i];
        const ReportProblem::Severity severity = problem.severity();
        QTreeWidgetItem *parent = severity == ReportProblem::Severity::Error     ? errors
                                  : severity == ReportProblem::Severity::Warning ? warnings
                                                                                 : m_unfilled;
        auto *item = new QTreeWidgetItem(parent, {validator.describe(problem)});
        item->setIcon(0, severity == ReportProblem::Severity::Unfilled ? unfilledIcon : errorIcon);
        item->setData(0, Qt::UserRole, i);
        item->setToolTip(0, problem.measuredValue.isEmpty()
                                ? tr("Double-click or press Enter to go to the field")
                                : tr("Double-click or press Enter to go to the field; the context menu can use the measured value"));
    }
    for (QTreeWidgetItem *item : {errors, warnings})
        if (item)
            item->setExpanded(true);
    if (m_unfilled)
        m_unfilled->setExpanded(unfilledExpanded);
    if (problems.isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {tr("No problems: every part of the report is filled in.")});
        none->setIcon(0, AppIcons::icon(AppIcons::Name::Complete));
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_useMeasured->setEnabled(false);
}

} // namespace lr
