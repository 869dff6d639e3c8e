#pragma once

#include <QTreeWidget>

namespace lr {

class Report;

// The template's sections, each with how much of it is filled ("5/8"), kept current as the
// user types. Selecting a section shows its form page.
class SectionNavigator : public QTreeWidget
{
    Q_OBJECT

public:
    explicit SectionNavigator(Report *report, QWidget *parent = nullptr);

    int currentSection() const;
    void setCurrentSection(int index);
    void refreshCompleteness();

signals:
    void sectionSelected(int index);

private:
    Report *m_report;
};

} // namespace lr
