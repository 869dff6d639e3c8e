#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace lr {

class ReportEditor;
class RowSetEditor;

// Under the incident timeline: time to detect and time to resolve, computed from the rows, a
// warning when the template's milestones are out of order, and a button that sorts the rows
// by time (one undoable step).
class TimelineSummary : public QWidget
{
    Q_OBJECT

public:
    TimelineSummary(ReportEditor *editor, RowSetEditor *timeline, QWidget *parent = nullptr);

    void refresh();
    void sortByTime();

private:
    ReportEditor *m_editor;
    QLabel *m_durations;
    QLabel *m_warnings;
    QPushButton *m_sort;
};

} // namespace lr
