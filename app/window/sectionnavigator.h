#pragma once

#include <QSet>
#include <QTreeWidget>

namespace lr {

class Report;
struct ReportProblem;

// The template's sections, each with how much of it is filled ("5/8") and a sign of its state
// (has errors, not filled in yet, complete), kept current as the user types. Selecting a section
// shows its form page.
class SectionNavigator : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SectionNavigator(Report *report, QWidget *parent = nullptr);

    int currentSection() const;
    void setCurrentSection(int index);
    void refreshCompleteness();
    // The sections' signs follow the checks' latest results.
    void showProblems(const QList<ReportProblem> &problems);
    // Wide enough for the longest section name and its count at the current font.
    QSize sizeHint() const override;

signals:
    void sectionSelected(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    Report *m_report;
    QSet<QString> m_sectionsWithErrors;
    QSet<QString> m_sectionsWithProblems;
};

} // namespace lr
