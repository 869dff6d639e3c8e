#include "form/linesunderitems.h"

#include "form/formbinder.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "template/reporttemplate.h"

#include <QBoxLayout>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

LinesUnderItems::LinesUnderItems(FormBinder *binder, QObject *parent)
    : QObject(parent)
    , m_binder(binder)
{
    Report *report = binder->editor()->report();
    connect(report, &Report::notesChanged, this, &LinesUnderItems::showIfKept);
    connect(report, &Report::contentReset, this, [this] {
        for (const QString &key : m_places.keys())
            showIfKept(key);
    });
}

void LinesUnderItems::addPlace(const QString &fieldOrItemId, QFormLayout *form, QWidget *rowWidget)
{
    const QString key = BlockDef::linesAfterKey(fieldOrItemId);
    m_places.insert(key, [this, key, form, rowWidget] {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(rowWidget, &row, &role);
        form->insertRow(row + 1, tr("Under it:"), newBox(key));
    });
    showIfKept(key);
}

void LinesUnderItems::addPlace(const QString &fieldOrItemId, QBoxLayout *layout, QLayout *row)
{
    const QString key = BlockDef::linesAfterKey(fieldOrItemId);
    m_places.insert(key, [this, key, layout, row] {
        auto *form = new QFormLayout;
        form->addRow(tr("Under it:"), newBox(key));
        layout->insertLayout(layout->indexOf(row) + 1, form);
    });
    showIfKept(key);
}

void LinesUnderItems::showIfKept(const QString &notesKey)
{
    const auto place = m_places.find(notesKey);
    if (place == m_places.end() || m_binder->editor()->report()->notes(notesKey).isEmpty())
        return;
    const std::function<void()> makeBox = place.value();
    m_places.erase(place); // bound from now on: shown, emptied and refilled in place
    makeBox();
}

QPlainTextEdit *LinesUnderItems::newBox(const QString &notesKey) const
{
    return newLinesEdit(m_binder, notesKey,
                        tr("Lines kept under the line above, as typed (Markdown): a nested list, an item, "
                           "a **Label**: line"));
}

QPlainTextEdit *LinesUnderItems::newLinesEdit(FormBinder *binder, const QString &key, const QString &placeholder)
{
    auto *lines = new QPlainTextEdit;
    lines->setObjectName(key);
    lines->setPlaceholderText(placeholder);
    lines->setTabChangesFocus(true);
    lines->setUndoRedoEnabled(false);
    // Two lines tall while empty and growing with what is typed (up to eight): every block has
    // such a box, and six empty lines under each made the pages twice as long.
    const auto fitToLines = [lines] {
        const int rows = std::clamp(lines->document()->blockCount() + 1, 2, 8);
        lines->setFixedHeight(rows * lines->fontMetrics().lineSpacing()
                              + 2 * (lines->frameWidth() + int(lines->document()->documentMargin())));
    };
    QObject::connect(lines->document(), &QTextDocument::blockCountChanged, lines, fitToLines);
    fitToLines();
    binder->bindNotes(key, lines);
    return lines;
}

} // namespace lr
