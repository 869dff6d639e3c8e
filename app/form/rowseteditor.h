#pragma once

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QTableView;
class QToolButton;

namespace lr {

class ReportEditor;
class RowSetModel;
struct RowSetDef;

// A repeating group of the template (timeline, file list, steps, snapshots) as an editable
// table with buttons and shortcuts to add, remove and reorder rows. The last column's sentences
// (details, descriptions; the steps and lessons of one-column groups, a numbered list) wrap. The
// table grows with its rows so the form page scrolls as one.
class RowSetEditor : public QWidget
{
    Q_OBJECT

public:
    RowSetEditor(ReportEditor *editor, const RowSetDef &rowSet, QWidget *parent = nullptr);

    RowSetModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Room for extra buttons after the standard ones (the timeline's "Sort by Time").
    void addToolWidget(QWidget *widget);
    // Selects a cell (or the first one of `row`) and returns the widget to focus.
    QWidget *focusCell(int row, const QString &columnId);

    void addRow();
    void removeSelectedRows();
    void moveCurrentRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitColumns();
    void stretchLastColumn();
    void updateButtons();
    QToolButton *addButton(const QString &text, const QString &toolTip, const QKeySequence &shortcut,
                           const std::function<void(RowSetEditor *)> &slot);

    ReportEditor *m_editor;
    const RowSetDef &m_rowSet;
    RowSetModel *m_model;
    QTableView *m_view;
    QHBoxLayout *m_tools;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
};

} // namespace lr
