#include "model/contentchanges.h"

#include "template/reporttemplate.h"

using namespace Qt::StringLiterals;

namespace lr {

namespace {
void addOnce(QStringList *parts, const QString &part)
{
    if (!parts->contains(part))
        parts->append(part);
}

// A checklist item by its first words: its whole text is a sentence with placeholders.
QString shortName(const ChecklistItemDef &item)
{
    constexpr qsizetype kMaxLength = 40;
    const QString text = item.displayText().simplified();
    return text.size() <= kMaxLength ? text : text.left(kMaxLength - 1).trimmed() + u'…';
}
} // namespace

QStringList ContentChanges::between(const ReportTemplate &reportTemplate, const ReportContent &before,
                                    const ReportContent &after)
{
    QStringList lines;
    for (const SectionDef &section : reportTemplate.sections()) {
        QStringList parts;
        for (const FieldDef *field : section.fields) {
            if (before.values.value(field->id) != after.values.value(field->id))
                addOnce(&parts, field->label);
        }
        for (const ChecklistItemDef *item : section.checklistItems) {
            if (before.checked.value(item->id) != after.checked.value(item->id))
                addOnce(&parts, shortName(*item));
        }
        for (const RowSetDef *rowSet : section.rowSets) {
            if (before.rows.value(rowSet->id) != after.rows.value(rowSet->id))
                addOnce(&parts, rowSet->label);
        }
        QStringList notesKeys = section.extraLinesKeys();
        notesKeys.prepend(section.id);
        for (const QString &key : std::as_const(notesKeys)) {
            if (before.notes.value(key) != after.notes.value(key))
                addOnce(&parts, tr("Notes"));
        }
        if (!parts.isEmpty())
            lines.append(u"%1: %2"_s.arg(section.title, parts.join(u", "_s)));
    }
    if (before.series != after.series)
        lines.append(tr("Memory data"));
    if (before.oomEvents != after.oomEvents)
        lines.append(tr("OOM events"));
    if (!(before.heapComparison == after.heapComparison))
        lines.append(tr("Heap snapshots"));
    return lines;
}

} // namespace lr
