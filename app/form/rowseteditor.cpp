#include "form/rowseteditor.h"

#include "form/editabletableview.h"
#include "form/pagewheel.h"
#include "form/proseedit.h"
#include "model/reporteditor.h"
#include "model/rowsetmodel.h"
#include "template/reporttemplate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Empty cells show the template's placeholder in the placeholder colour, like a line edit. The
// last column of text (details, descriptions, a list's steps and lessons) wraps, and is edited in
// a ProseEdit that grows its row while the text grows; the other columns hold short values.
class PlaceholderDelegate : public QStyledItemDelegate
{
public:
    PlaceholderDelegate(QTableView *view, const RowSetDef &rowSet)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_rowSet(rowSet)
    {
    }

    bool wraps(const QModelIndex &index) const
    {
        const int column = index.column();
        if (column != index.model()->columnCount() - 1)
            return false;
        return column >= m_rowSet.columns.size() || m_rowSet.columns[column].type == FieldType::Text; // extra columns are text
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (!index.data(Qt::DisplayRole).toString().isEmpty())
            return;
        const QString placeholder = index.data(RowSetModel::PlaceholderRole).toString();
        if (placeholder.isEmpty())
            return;
        painter->save();
        QColor colour = option.palette.color(QPalette::PlaceholderText);
        if (option.state & QStyle::State_Selected)
            colour = option.palette.color(QPalette::HighlightedText);
        painter->setPen(colour);
        const QRect text = option.rect.adjusted(4, 0, -4, 0);
        if (wraps(index))
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, placeholder);
        else
            painter->drawText(text, Qt::AlignLeft | Qt::AlignVCenter,
                              option.fontMetrics.elidedText(placeholder, Qt::ElideRight, text.width()));
        painter->restore();
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QString placeholder = index.data(RowSetModel::PlaceholderRole).toString();
        if (wraps(index))
            return createProseEditor(parent, index, placeholder);
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
            lineEdit->setPlaceholderText(placeholder);
        return editor;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize hint = QStyledItemDelegate::sizeHint(option, index);
        if (wraps(index)) // a row of a table at least, with room for the editor's margins
            hint.setHeight(std::max(m_view->verticalHeader()->defaultSectionSize(), hint.height() + 8));
        return hint;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        QStyledItemDelegate::setEditorData(editor, index);
        // The text is selected, as in a line edit, so the first key typed replaces it.
        if (auto *prose = qobject_cast<ProseEdit *>(editor))
            prose->selectAll();
    }

private:
    QWidget *createProseEditor(QWidget *parent, const QModelIndex &index, const QString &placeholder) const
    {
        auto *edit = new ProseEdit(parent);
        edit->setFrameShape(QFrame::NoFrame);
        edit->setPlaceholderText(placeholder);
        // Return commits, as in a line edit (the delegate leaves Return to text boxes).
        // Queued, as Qt's delegate does for a line edit: the key event is over before the
        // editor goes.
        connect(
            edit, &ProseEdit::returnPressed, this,
            [this, edit] {
                emit const_cast<PlaceholderDelegate *>(this)->commitData(edit);
                emit const_cast<PlaceholderDelegate *>(this)->closeEditor(edit, QAbstractItemDelegate::SubmitModelCache);
            },
            Qt::QueuedConnection);
        // The row follows the lines typed (never below a table row), so the next
        // row is never covered.
        const QPersistentModelIndex row(index);
        connect(edit, &ProseEdit::heightChanged, this, [this, row](int height) {
            if (row.isValid())
                m_view->setRowHeight(row.row(), std::max(m_view->verticalHeader()->defaultSectionSize(), height));
        });
        return edit;
    }

    QTableView *m_view;
    const RowSetDef &m_rowSet;
};

// A table that asks for exactly the height of its rows, so it never scrolls inside the page.
class FittedTableView : public EditableTableView
{
public:
    using EditableTableView::EditableTableView;

    QSize sizeHint() const override
    {
        const int rows = model() ? model()->rowCount() : 0;
        int height = 2 * frameWidth() + (horizontalHeader()->isVisible() ? horizontalHeader()->sizeHint().height() : 0);
        height += rows > 0 ? verticalHeader()->length() : verticalHeader()->defaultSectionSize(); // rows may wrap
        if (horizontalScrollBar()->isVisible())
            height += horizontalScrollBar()->sizeHint().height();
        return {QTableView::sizeHint().width(), height};
    }
    QSize minimumSizeHint() const override { return {160, sizeHint().height()}; }

protected:
    // All rows show, so a vertical turn of the wheel is for the page around the table: taken
    // here it scrolled the rows and hid row 1.
    void wheelEvent(QWheelEvent *event) override
    {
        if (verticalScrollBar()->maximum() > 0 || !passWheelToPage(this, event))
            EditableTableView::wheelEvent(event);
    }
};
} // namespace

RowSetEditor::RowSetEditor(ReportEditor *editor, const RowSetDef &rowSet, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_rowSet(rowSet)
    , m_model(new RowSetModel(editor, rowSet.id, this))
    , m_view(new FittedTableView(this))
    , m_tools(new QHBoxLayout)
{
    setObjectName(rowSet.id);
    m_view->setObjectName(rowSet.id + u"View"_s);
    m_view->setAccessibleName(rowSet.label);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new PlaceholderDelegate(m_view, rowSet));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setTabKeyNavigation(false); // Tab leaves the table: keyboard users move through the form
    m_view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setWordWrap(true); // sentences in the last column wrap; rows take the lines they need
    connect(m_view->verticalHeader(), &QHeaderView::sectionResized, m_view, [this] { m_view->updateGeometry(); });
    // The last column takes the rest of the view's width, and its rows wrap at it. Set here, not
    // by the header's stretch: a stretch applied as a hidden page is shown says nothing, and rows
    // stayed as tall as at the first, narrow width (15 lines for 3).
    m_view->viewport()->installEventFilter(this);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] { m_view->resizeRowsToContents(); });
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setVisible(rowSet.columns.size() > 1);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(m_tools);
    addButton(tr("Add Row"), tr("Add a row after the current one (Insert)"), QKeySequence(Qt::Key_Insert),
              [](RowSetEditor *self) { self->addRow(); });
    m_remove = addButton(tr("Remove"), tr("Remove the selected rows (Ctrl+Delete)"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                         [](RowSetEditor *self) { self->removeSelectedRows(); });
    // Delete empties the current cell, as in a spreadsheet; it never takes the row with it.
    auto *clearCell = new QAction(tr("Clear Cell"), this);
    clearCell->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    clearCell->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(clearCell);
    connect(clearCell, &QAction::triggered, this, [this] {
        if (const QModelIndex current = m_view->currentIndex(); current.isValid())
            m_model->setData(current, QString());
    });
    m_up = addButton(tr("Move Up"), tr("Move the current row up (Ctrl+Up)"), QKeySequence(Qt::CTRL | Qt::Key_Up),
                     [](RowSetEditor *self) { self->moveCurrentRow(-1); });
    m_down = addButton(tr("Move Down"), tr("Move the current row down (Ctrl+Down)"),
                       QKeySequence(Qt::CTRL | Qt::Key_Down), [](RowSetEditor *self) { self->moveCurrentRow(+1); });
    m_tools->addStretch(1);

    const auto refit = [this] {
        m_view->updateGeometry();
        fitColumns();
        updateButtons();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refit);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refit);
    connect(m_model, &QAbstractItemModel::modelReset, this, refit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RowSetEditor::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowSetEditor::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RowSetEditor::updateButtons);
    fitColumns();
    updateButtons();
}

void RowSetEditor::fitColumns()
{
    // Every column but the last fits its content, up to a share of the width, so a time or a
    // file name shows whole; the last column (details, descriptions) takes what remains.
    const int lastColumn = m_model->columnCount() - 1; // extra columns of a hand-written table too
    const int maxWidth = std::max(120, m_view->viewport()->width() * 2 / 5);
    for (int column = 0; column < lastColumn; ++column) {
        int content = m_view->horizontalHeader()->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, column);
            const QString text = index.data().toString();
            content = std::max(content, m_view->fontMetrics().horizontalAdvance(
                                            text.isEmpty() ? index.data(RowSetModel::PlaceholderRole).toString() : text));
        }
        m_view->setColumnWidth(column, std::clamp(content + 16, 60, maxWidth));
    }
    stretchLastColumn();
    m_view->resizeRowsToContents(); // wrapped sentences take the lines they need
}

bool RowSetEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        stretchLastColumn();
    return QWidget::eventFilter(watched, event);
}

void RowSetEditor::stretchLastColumn()
{
    const int last = m_model->columnCount() - 1; // a hand-written list may have more columns
    int others = 0;
    for (int column = 0; column < last; ++column)
        others += m_view->columnWidth(column);
    m_view->setColumnWidth(last, std::max(60, m_view->viewport()->width() - others));
}

void RowSetEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

QToolButton *RowSetEditor::addButton(const QString &text, const QString &toolTip, const QKeySequence &shortcut,
                                     const std::function<void(RowSetEditor *)> &slot)
{
    auto *button = new QToolButton(this);
    auto *action = new QAction(text, this);
    action->setToolTip(toolTip);
    // The shortcut works while the table has focus, so Delete in a form field still deletes text.
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(false);
    connect(action, &QAction::triggered, this, [this, slot] { slot(this); });
    m_tools->addWidget(button);
    return button;
}

void RowSetEditor::addToolWidget(QWidget *widget)
{
    m_tools->insertWidget(m_tools->count() - 1, widget);
}

QWidget *RowSetEditor::focusCell(int row, const QString &columnId)
{
    int column = 0;
    for (int i = 0; i < m_rowSet.columns.size(); ++i) {
        if (m_rowSet.columns[i].id == columnId)
            column = i;
    }
    if (row >= 0 && row < m_model->rowCount()) {
        const QModelIndex index = m_model->index(row, column);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    return m_view;
}

void RowSetEditor::addRow()
{
    const QModelIndex current = m_view->currentIndex();
    const int at = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRows(at, 1))
        return;
    const QModelIndex first = m_model->index(at, 0);
    m_view->setCurrentIndex(first);
    m_view->setFocus();
    m_view->edit(first);
}

void RowSetEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    m_editor->removeRows(m_rowSet.id, rows);
    const int next = std::min(rows.first(), m_model->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_model->index(next, 0));
}

void RowSetEditor::moveCurrentRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = from + delta;
    if (to < 0 || to >= m_model->rowCount())
        return;
    // moveRows names the position before which the row lands, in the old numbering.
    if (m_model->moveRows(QModelIndex(), from, 1, QModelIndex(), delta > 0 ? to + 1 : to))
        m_view->setCurrentIndex(m_model->index(to, current.column()));
}

void RowSetEditor::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_remove->setEnabled(current.isValid() || m_view->selectionModel()->hasSelection());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() < m_model->rowCount() - 1);
}

} // namespace lr
