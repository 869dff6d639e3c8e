#pragma once

#include "form/mnemonics.h"
#include "template/reporttemplate.h"

#include <QScrollArea>

class QFormLayout;
class QGroupBox;
class QLabel;
class QVBoxLayout;

namespace lr {

class FormBinder;
class LinesUnderItems;

// One section of the template as a form page, built from the template declaration in the
// template's order and with its labels: a field's widget exists once, in one place, because the
// page is generated from the same declaration the Markdown writer prints from.
class SectionPage : public QScrollArea
{
    Q_OBJECT

public:
    SectionPage(const SectionDef &section, FormBinder *binder, QWidget *parent = nullptr);

    const SectionDef &section() const { return m_section; }
    // Scrolls so that `widget` (a field of this page) is visible.
    void reveal(QWidget *widget);

private:
    void addBlock(QVBoxLayout *layout, const BlockDef &block, const QString &subsectionTitle);
    void addFields(QFormLayout *form, const QList<FieldDef> &fields);
    void addFenceGroup(QFormLayout *form, const FenceGroupDef &group);
    void addChecklistItem(QVBoxLayout *layout, const ChecklistItemDef &item);
    void addRowSet(QVBoxLayout *layout, const RowSetDef &rowSet);
    void addCode(QFormLayout *form, const BlockDef &block);
    void addNotes(QVBoxLayout *layout);
    QFormLayout *newForm();
    QGroupBox *newGroup(const QString &title);
    void addExtraLines(QFormLayout *form, const QString &key);
    void addLinesUnderFields(QFormLayout *form, const QList<FieldDef> &fields);
    // A form row's label; its column is lined up with every other form of the page.
    QLabel *newLabel(const QString &text, QWidget *buddy, bool mnemonic = true);
    void alignLabels();

    const SectionDef &m_section;
    FormBinder *m_binder;
    LinesUnderItems *m_linesUnder;
    MnemonicAssigner m_mnemonics;
    QList<QLabel *> m_formLabels;
};

} // namespace lr
