#include "model/completeness.h"

#include <algorithm>

namespace lr {

namespace {

bool hasUserRows(const RowSetDef &rowSet, const ReportContent &content)
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
    for (const Row &row : content.rows.value(rowSet.id)) {
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            const QString value = it.value().trimmed();
            if (!value.isEmpty() && !isDefault(it.key(), value))
                return true;
        }
    }
    return false;
}

} // namespace

Completeness sectionCompleteness(const ReportTemplate &t, const ReportContent &c, const QString &sectionId)
{
    const SectionDef *section = t.section(sectionId);
    if (!section)
        return {};
    Completeness result;
    const auto count = [&result](bool filled) {
        ++result.total;
        if (filled)
            ++result.filled;
    };
    const auto isTicked = [&c](const ChecklistItemDef &item) { return c.checked.value(item.id); };

    SectionVisitor visitor;
    visitor.field = [&](const FieldDef &field, const ChecklistItemDef *item) {
        if (!item || isTicked(*item)) // an unticked item's details are not asked for
            count(!c.values.value(field.id).trimmed().isEmpty());
    };
    visitor.checklist = [&](const QList<ChecklistItemDef> &items) {
        count(std::any_of(items.cbegin(), items.cend(), isTicked));
    };
    visitor.rowSet = [&](const RowSetDef &rowSet) { count(hasUserRows(rowSet, c)); };
    walkSection(*section, visitor);
    return result;
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
