#pragma once

#include <QTableView>

namespace lr {

// A table of editable cells where typing always edits the current cell. Qt's table treats a key
// as a type-ahead search when it cannot open an editor at once, which moves to another row that
// starts with that letter; it cannot while a click on the selected cell waits out the
// double-click interval. Typed text then went into another row's cell (the first key lost).
class EditableTableView : public QTableView
{
public:
    using QTableView::QTableView;

    // Typing never moves to another row: there is no search by typing in an editable table.
    void keyboardSearch(const QString &search) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace lr
