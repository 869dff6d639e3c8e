#include "model/completeness.h"

namespace lr {

namespace {

class CompletenessCounter
{
public:
    explicit CompletenessCounter(const ReportContent &content) : m_content(content) {}

    Completeness result() const { return m_result; }

    void countBlock(const BlockDef &block)
    {
        for (const FieldDef &field : block.fields)
            countField(field);
        if (!block.items.isEmpty())
            countChecklist(block.items);
        if (block.rows)
            countRowSet(*block.rows);
        for (const FenceGroupDef &group : block.groups) {
            for (const FieldDef &field : group.fields)
                countField(field);
            if (group.rows)
                countRowSet(*group.rows);
        }
        for (const auto *part : {&block.codeLanguage, &block.codeFile, &block.codeLine, &block.codeExplanation,
                                 &block.code}) {
            if (part->has_value())
                countField(**part);
        }
    }

private:
    void count(bool filled)
    {
        ++m_result.total;
        if (filled)
            ++m_result.filled;
    }

    void countField(const FieldDef &field) { count(!m_content.values.value(field.id).trimmed().isEmpty()); }

    void countChecklist(const QList<ChecklistItemDef> &items)
    {
        bool anyTicked = false;
        for (const ChecklistItemDef &item : items) {
            if (!m_content.checked.value(item.id))
                continue;
            anyTicked = true;
            for (const FieldDef &detail : item.details)
                countField(detail);
        }
        count(anyTicked);
    }

    void countRowSet(const RowSetDef &rowSet)
    {
        // A cell counts when it says more than a new report does: the timeline's "Detection" event
        // alone is the template's text, not the user's.
        const auto isDefault = [&rowSet](const QString &column, const QString &value) {
            for (const RowSetDef::DefaultRow &defaultRow : rowSet.defaultRows) {
                if (defaultRow.values.value(column) == value)
                    return true;
            }
            return false;
        };
        bool filled = false;
        for (const Row &row : m_content.rows.value(rowSet.id)) {
            for (auto it = row.cbegin(); it != row.cend() && !filled; ++it) {
                const QString value = it.value().trimmed();
                filled = !value.isEmpty() && !isDefault(it.key(), value);
            }
            if (filled)
                break;
        }
        count(filled);
    }

    const ReportContent &m_content;
    Completeness m_result;
};

} // namespace

Completeness sectionCompleteness(const ReportTemplate &t, const ReportContent &c, const QString &sectionId)
{
    const SectionDef *section = t.section(sectionId);
    if (!section)
        return {};
    CompletenessCounter counter(c);
    for (const SubsectionDef &subsection : section->subsections) {
        for (const BlockDef &block : subsection.blocks)
            counter.countBlock(block);
    }
    return counter.result();
}

Completeness reportCompleteness(const ReportTemplate &t, const ReportContent &c)
{
    Completeness sum;
    for (const SectionDef &section : t.sections()) {
        const Completeness part = sectionCompleteness(t, c, section.id);
        sum.filled += part.filled;
        sum.total += part.total;
    }
    return sum;
}

} // namespace lr
