#include "form/sectionpage.h"

#include "form/fieldeditor.h"
#include "form/formbinder.h"
#include "form/linesunderitems.h"
#include "form/rowseteditor.h"
#include "form/timelinesummary.h"
#include "model/reporteditor.h"
#include "model/timelineanalysis.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Checklist text around an inline detail reads as a sentence with the field in it:
// "OOM crashes (frequency: ___)" becomes "OOM crashes, frequency:" [field].
QString checklistLiteral(QString text)
{
    text.replace(u" ("_s, u", "_s);
    text.remove(u'(');
    text.remove(u')');
    text.remove(u'`');
    text = text.trimmed();
    if (text.endsWith(u','))
        text.chop(1);
    return text;
}

constexpr int kFormSpacing = 8;

QFont headingFont(const QFont &base, qreal scale)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * scale);
    return font;
}
} // namespace

SectionPage::SectionPage(const SectionDef &section, FormBinder *binder, QWidget *parent)
    : QScrollArea(parent)
    , m_section(section)
    , m_binder(binder)
    , m_linesUnder(new LinesUnderItems(binder, this))
{
    setObjectName(u"page_"_s + section.id);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the page scrolls to the one focused
    auto *content = new QWidget(this);
    content->setObjectName(u"pageContent"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(10);

    auto *title = new QLabel(section.title, content);
    title->setObjectName(u"pageTitle"_s);
    title->setFont(headingFont(font(), 1.5));
    layout->addWidget(title);

    for (const SubsectionDef &subsection : section.subsections) {
        if (!subsection.title.isEmpty()) {
            auto *heading = new QLabel(subsection.title, content);
            heading->setFont(headingFont(font(), 1.15));
            heading->setContentsMargins(0, 8, 0, 0);
            layout->addWidget(heading);
        }
        for (const BlockDef &block : subsection.blocks)
            addBlock(layout, block, subsection.title);
    }
    addNotes(layout);
    layout->addStretch(1);
    setWidget(content);
    alignLabels();
}

void SectionPage::reveal(QWidget *widget)
{
    ensureWidgetVisible(widget, 40, 40);
}

void SectionPage::addBlock(QVBoxLayout *layout, const BlockDef &block, const QString &subsectionTitle)
{
    switch (block.kind) {
    case BlockDef::Kind::Chart:
        return; // drawn from View > Memory Data
    case BlockDef::Kind::Fields: {
        QFormLayout *form = newForm();
        addFields(form, block.fields);
        addLinesUnderFields(form, block.fields);
        layout->addLayout(form);
        return;
    }
    case BlockDef::Kind::FieldList:
    case BlockDef::Kind::Fence:
    case BlockDef::Kind::Code: {
        QGroupBox *group = newGroup(block.label + block.labelSuffix);
        QFormLayout *form = newForm();
        group->setLayout(form);
        if (block.kind == BlockDef::Kind::FieldList) {
            addFields(form, block.fields);
            addLinesUnderFields(form, block.fields);
        }
        else if (block.kind == BlockDef::Kind::Code)
            addCode(form, block);
        else
            for (const FenceGroupDef &fenceGroup : block.groups)
                addFenceGroup(form, fenceGroup);
        if (const QString key = block.extraLinesKey(); !key.isEmpty())
            addExtraLines(form, key);
        layout->addWidget(group);
        return;
    }
    case BlockDef::Kind::Checklist: {
        // A checklist without its own label is the subsection itself ("Initial Symptoms").
        QGroupBox *group = newGroup(block.label);
        if (block.label.isEmpty())
            group->setAccessibleName(subsectionTitle);
        auto *items = new QVBoxLayout(group);
        for (const ChecklistItemDef &item : block.items)
            addChecklistItem(items, item);
        QFormLayout *more = newForm();
        addExtraLines(more, block.extraLinesKey());
        items->addLayout(more);
        layout->addWidget(group);
        return;
    }
    case BlockDef::Kind::Table:
    case BlockDef::Kind::List:
    case BlockDef::Kind::Chain: {
        QGroupBox *group = newGroup(block.label);
        if (block.label.isEmpty())
            group->setAccessibleName(block.rows->label);
        auto *inner = new QVBoxLayout(group);
        addRowSet(inner, *block.rows);
        layout->addWidget(group);
        return;
    }
    }
}

void SectionPage::addFields(QFormLayout *form, const QList<FieldDef> &fields)
{
    for (const FieldDef &def : fields) {
        // The binder needs the template's own definition (stable address), not the block's copy.
        FieldEditor *editor = FieldEditor::create(def, m_binder->editor()->report()->reportTemplate(), widget());
        editor->setParent(this);
        form->addRow(newLabel(def.label, editor->focusTarget()), editor->widget());
        m_binder->bindField(editor);
    }
}

void SectionPage::addFenceGroup(QFormLayout *form, const FenceGroupDef &group)
{
    if (!group.title.isEmpty()) {
        auto *title = new QLabel(group.title.endsWith(u':') ? group.title.chopped(1) : group.title);
        title->setFont(headingFont(font(), 1.0));
        form->addRow(title);
    }
    addFields(form, group.fields);
    if (group.rows) {
        auto *inner = new QVBoxLayout;
        addRowSet(inner, *group.rows);
        form->addRow(inner);
    }
}

void SectionPage::addChecklistItem(QVBoxLayout *layout, const ChecklistItemDef &item)
{
    auto *row = new QHBoxLayout;
    auto *checkBox = new QCheckBox;
    checkBox->setObjectName(item.id);
    const QList<TextPattern::Part> &parts = item.text.parts();
    bool checkBoxLabelled = false;
    for (const TextPattern::Part &part : parts) {
        if (!part.isSlot) {
            const QString text = item.details.isEmpty() ? QString(part.text).remove(u'`') : checklistLiteral(part.text);
            if (text.isEmpty())
                continue;
            if (!checkBoxLabelled) {
                checkBox->setText(m_mnemonics.withMnemonic(text));
                row->addWidget(checkBox);
                checkBoxLabelled = true;
            } else {
                row->addWidget(new QLabel(text));
            }
            continue;
        }
        if (!checkBoxLabelled) {
            row->addWidget(checkBox);
            checkBoxLabelled = true;
        }
        const FieldDef *detail = item.detail(part.text);
        FieldEditor *editor = FieldEditor::create(*detail, m_binder->editor()->report()->reportTemplate(), widget());
        editor->setParent(this);
        editor->focusTarget()->setToolTip(detail->label);
        row->addWidget(editor->widget(), detail->type == FieldType::Text ? 1 : 0);
        m_binder->bindField(editor);
    }
    checkBox->setToolTip(item.displayText());
    row->addStretch(item.details.isEmpty() || item.details.last().type != FieldType::Text ? 1 : 0);
    layout->addLayout(row);
    m_binder->bindCheckBox(item.id, checkBox);
    m_linesUnder->addPlace(item.id, layout, row);
}

void SectionPage::addLinesUnderFields(QFormLayout *form, const QList<FieldDef> &fields)
{
    for (const FieldDef &def : fields)
        m_linesUnder->addPlace(def.id, form, m_binder->fieldEditor(def.id)->widget());
}

void SectionPage::addRowSet(QVBoxLayout *layout, const RowSetDef &rowSet)
{
    auto *editor = new RowSetEditor(m_binder->editor(), rowSet);
    layout->addWidget(editor);
    m_binder->bindRowSet(rowSet.id, editor);
    const ReportTemplate &reportTemplate = m_binder->editor()->report()->reportTemplate();
    if (TimelineAnalysis::timelineOf(reportTemplate) == &rowSet) {
        auto *summary = new TimelineSummary(m_binder->editor(), editor);
        for (QAbstractButton *button : summary->findChildren<QAbstractButton *>())
            m_mnemonics.relabel(button); // "&Sort by Time" took S from a label of the page
        layout->addWidget(summary);
    }
}

void SectionPage::addCode(QFormLayout *form, const BlockDef &block)
{
    QList<FieldDef> headerFields;
    for (const std::optional<FieldDef> &part : {block.codeLanguage, block.codeFile, block.codeLine, block.codeExplanation}) {
        if (part)
            headerFields.append(*part);
    }
    addFields(form, headerFields);
    if (block.code)
        addFields(form, {*block.code});
}

// Lines typed into the block by hand that are none of its fields: printed inside the block,
// after its own lines, where they stood.
void SectionPage::addExtraLines(QFormLayout *form, const QString &key)
{
    QPlainTextEdit *lines = LinesUnderItems::newLinesEdit(
        m_binder, key, tr("More lines of this block (printed inside it, after the lines above)"));
    lines->setAccessibleName(tr("More lines"));
    form->addRow(newLabel(tr("More lines"), lines, false), lines);
}

void SectionPage::addNotes(QVBoxLayout *layout)
{
    QGroupBox *group = newGroup(tr("Notes"));
    group->setToolTip(tr("Anything this section has no field for. Markdown; printed at the end of the section."));
    auto *inner = new QVBoxLayout(group);
    auto *notes = new QPlainTextEdit(group);
    notes->setObjectName(u"notes_"_s + m_section.id);
    notes->setPlaceholderText(tr("Anything this section has no field for (Markdown, printed at the end of the section)"));
    notes->setTabChangesFocus(true);
    notes->setUndoRedoEnabled(false);
    notes->setMinimumHeight(notes->fontMetrics().lineSpacing() * 4);
    notes->setMaximumHeight(notes->fontMetrics().lineSpacing() * 10);
    inner->addWidget(notes);
    layout->addWidget(group);
    m_binder->bindNotes(m_section.id, notes);
}

QFormLayout *SectionPage::newForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Set, not inherited: a form would take the page's 10 px spacing at the top level and the
    // style's 6 px in a group, and the fields of the two would start at different x.
    form->setHorizontalSpacing(kFormSpacing);
    return form;
}

QGroupBox *SectionPage::newGroup(const QString &title)
{
    auto *group = new QGroupBox(title);
    group->setFlat(false);
    return group;
}

QLabel *SectionPage::newLabel(const QString &text, QWidget *buddy, bool mnemonic)
{
    auto *label = new QLabel((mnemonic ? m_mnemonics.withMnemonic(text) : text) + u':');
    label->setBuddy(buddy);
    // The label column is as wide as the page's longest label: each label sits beside its field.
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_formLabels.append(label);
    return label;
}

// How far right of a top-level form a form inside `label`'s group starts: the group box's frame
// and its layout's margin.
static int groupIndent(const QLabel *label, const QWidget *content)
{
    int indent = 0;
    for (const QWidget *widget = label->parentWidget(); widget && widget != content; widget = widget->parentWidget()) {
        indent += widget->contentsMargins().left();
        if (widget->layout())
            indent += widget->layout()->contentsMargins().left();
    }
    return indent;
}

void SectionPage::alignLabels()
{
    // Forms at the top level and in groups line up when every label column ends at one x:
    // a label in a group is narrower by the group's indent.
    const QWidget *content = widget();
    int end = 0;
    QList<int> indents;
    for (QLabel *label : std::as_const(m_formLabels)) {
        label->ensurePolished();
        indents.append(groupIndent(label, content));
        end = std::max(end, indents.last() + label->sizeHint().width());
    }
    for (qsizetype i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setMinimumWidth(end - indents[i]);
}

} // namespace lr
