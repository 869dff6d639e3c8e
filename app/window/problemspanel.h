#pragma once

#include "check/reportvalidator.h"

#include <QTreeWidget>

namespace lr {

// The validation problems of the report: errors (required fields, values that are not dates or
// numbers, claims the data contradicts) first, then warnings (claims the data is too short or
// noisy to support), then what is still unfilled. Activating a line jumps to its field; a claim
// with a measured value offers "Use the Measured Value" in its context menu.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void showProblems(const QList<ReportProblem> &problems, const ReportValidator &validator);
    const QList<ReportProblem> &problems() const { return m_problems; }
    QSize sizeHint() const override;
    // One line: with nothing to report the dock shrinks to it (see ProblemsDockSizer).
    QSize minimumSizeHint() const override;

    // What the context menu offers for the current line; disabled without a measured value.
    QAction *useMeasuredAction() const { return m_useMeasured; }

signals:
    void problemActivated(const ReportProblem &problem);
    // The user asked to put `problem.measuredValue` into its field.
    void useMeasuredValueRequested(const ReportProblem &problem);

private:
    const ReportProblem *currentProblem() const;

    QList<ReportProblem> m_problems;
    QAction *m_useMeasured;
    QTreeWidgetItem *m_unfilled = nullptr;
};

} // namespace lr
