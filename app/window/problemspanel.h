#pragma once

#include "check/reportvalidator.h"

#include <QTreeWidget>

namespace lr {

// The validation problems of the report: errors (required fields, values that are not dates or
// numbers) first, then what is still unfilled. Activating a line jumps to its field.
class ProblemsPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    void showProblems(const QList<ReportProblem> &problems, const ReportValidator &validator);
    const QList<ReportProblem> &problems() const { return m_problems; }
    QSize sizeHint() const override;

signals:
    void problemActivated(const ReportProblem &problem);

private:
    QList<ReportProblem> m_problems;
    QTreeWidgetItem *m_unfilled = nullptr;
};

} // namespace lr
