#include "model/report.h"

namespace lr {

Report::Report(std::shared_ptr<const ReportTemplate> reportTemplate, QObject *parent)
    : QObject(parent)
    , m_template(std::move(reportTemplate))
    , m_content(ReportContent::fromTemplate(*m_template))
{
}

void Report::setContent(const ReportContent &content)
{
    m_content = content;
    emit contentReset();
    emit changed();
}

bool Report::setValue(const QString &fieldId, const QString &value)
{
    if (!m_template->field(fieldId))
        return false;
    QString &current = m_content.values[fieldId];
    if (current != value) {
        current = value;
        emit valueChanged(fieldId);
        emit changed();
    }
    return true;
}

bool Report::setChecked(const QString &itemId, bool checked)
{
    if (!m_template->checklistItem(itemId))
        return false;
    bool &current = m_content.checked[itemId];
    if (current != checked) {
        current = checked;
        emit checkedChanged(itemId);
        emit changed();
    }
    return true;
}

int Report::rowCount(const QString &rowSetId) const
{
    return int(m_content.rows.value(rowSetId).size());
}

QString Report::cell(const QString &rowSetId, int row, const QString &columnId) const
{
    const QList<Row> rows = m_content.rows.value(rowSetId);
    return row >= 0 && row < rows.size() ? rows[row].value(columnId) : QString();
}

bool Report::setCell(const QString &rowSetId, int row, const QString &columnId, const QString &value)
{
    const RowSetDef *rowSet = m_template->rowSet(rowSetId);
    if (!rowSet || (!rowSet->column(columnId) && !RowSetDef::isExtraColumnKey(columnId)) || row < 0
        || row >= rowCount(rowSetId))
        return false;
    Row &target = m_content.rows[rowSetId][row];
    if (target.value(columnId) != value) {
        target.insert(columnId, value);
        emitRowsChanged(rowSetId);
    }
    return true;
}

Row Report::completeRow(const RowSetDef &rowSet, const Row &row) const
{
    Row complete = rowSet.newRow();
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (complete.contains(it.key()) || RowSetDef::isExtraColumnKey(it.key())) // a hand-written table's extra column
            complete.insert(it.key(), it.value());
    }
    return complete;
}

bool Report::insertRow(const QString &rowSetId, int at, const Row &row)
{
    const RowSetDef *rowSet = m_template->rowSet(rowSetId);
    if (!rowSet || at < 0 || at > rowCount(rowSetId))
        return false;
    m_content.rows[rowSetId].insert(at, completeRow(*rowSet, row));
    emitRowsChanged(rowSetId);
    return true;
}

bool Report::removeRow(const QString &rowSetId, int at)
{
    if (!m_template->rowSet(rowSetId) || at < 0 || at >= rowCount(rowSetId))
        return false;
    m_content.rows[rowSetId].removeAt(at);
    emitRowsChanged(rowSetId);
    return true;
}

bool Report::moveRow(const QString &rowSetId, int from, int to)
{
    const int count = rowCount(rowSetId);
    if (!m_template->rowSet(rowSetId) || from < 0 || from >= count || to < 0 || to >= count)
        return false;
    if (from != to) {
        m_content.rows[rowSetId].move(from, to);
        emitRowsChanged(rowSetId);
    }
    return true;
}

bool Report::setRows(const QString &rowSetId, const QList<Row> &newRows)
{
    const RowSetDef *rowSet = m_template->rowSet(rowSetId);
    if (!rowSet)
        return false;
    QList<Row> complete;
    complete.reserve(newRows.size());
    for (const Row &row : newRows)
        complete.append(completeRow(*rowSet, row));
    if (m_content.rows[rowSetId] != complete) {
        m_content.rows[rowSetId] = complete;
        emitRowsChanged(rowSetId);
    }
    return true;
}

bool Report::setNotes(const QString &sectionId, const QString &notes)
{
    if (!m_template->sectionOfNotes(sectionId))
        return false;
    QString &current = m_content.notes[sectionId];
    if (current != notes) {
        current = notes;
        emit notesChanged(sectionId);
        emit changed();
    }
    return true;
}

void Report::emitRowsChanged(const QString &rowSetId)
{
    emit rowsChanged(rowSetId);
    emit changed();
}

} // namespace lr
