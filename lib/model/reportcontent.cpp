#include "model/reportcontent.h"

namespace lr {

ReportContent ReportContent::fromTemplate(const ReportTemplate &reportTemplate)
{
    ReportContent content;
    for (const SectionDef &section : reportTemplate.sections()) {
        content.notes.insert(section.id, QString());
        for (const QString &key : section.extraLinesKeys())
            content.notes.insert(key, QString());
        for (const FieldDef *field : section.fields)
            content.values.insert(field->id, field->defaultValue);
        for (const ChecklistItemDef *item : section.checklistItems)
            content.checked.insert(item->id, false);
        for (const RowSetDef *rowSet : section.rowSets)
            content.rows.insert(rowSet->id, rowSet->initialRows());
    }
    return content;
}

} // namespace lr
