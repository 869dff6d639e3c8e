#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QBoxLayout;
class QFormLayout;
class QLayout;
class QPlainTextEdit;
class QWidget;

namespace lr {

class FormBinder;

// Lines typed by hand right under a field's or checklist item's line in the Markdown (a nested
// bullet, an item added between two, a "**Reviewer**:" line) are kept under it
// (BlockDef::linesAfterKey). Most reports have none, so a page gets a box for them only when
// there are such lines, at the place they belong, and keeps it while the page lives.
class LinesUnderItems : public QObject
{
    Q_OBJECT

public:
    LinesUnderItems(FormBinder *binder, QObject *parent);

    // Below the form row that holds `rowWidget`.
    void addPlace(const QString &fieldOrItemId, QFormLayout *form, QWidget *rowWidget);
    // Below `row`, a layout inside `layout`.
    void addPlace(const QString &fieldOrItemId, QBoxLayout *layout, QLayout *row);

    // A plain-text box for Markdown lines bound to the notes under `key`, two lines tall while
    // empty and growing with what is typed (up to eight).
    static QPlainTextEdit *newLinesEdit(FormBinder *binder, const QString &key, const QString &placeholder);

private:
    void showIfKept(const QString &notesKey);
    QPlainTextEdit *newBox(const QString &notesKey) const;

    FormBinder *m_binder;
    QHash<QString, std::function<void()>> m_places; // notes key -> makes its box there, once
};

} // namespace lr
