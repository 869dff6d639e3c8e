#pragma once

#include "model/reportcontent.h"

#include <QObject>

#include <memory>

namespace lr {

// The report being edited: the content plus change notification. Setters refuse ids the
// template does not declare (returning false), so a typo can never add a stray value, and emit
// only when something really changed.
class Report : public QObject
{
    Q_OBJECT

public:
    explicit Report(std::shared_ptr<const ReportTemplate> reportTemplate, QObject *parent = nullptr);

    const ReportTemplate &reportTemplate() const { return *m_template; }
    std::shared_ptr<const ReportTemplate> sharedTemplate() const { return m_template; }
    const ReportContent &content() const { return m_content; }
    void setContent(const ReportContent &content);

    QString value(const QString &fieldId) const { return m_content.values.value(fieldId); }
    bool setValue(const QString &fieldId, const QString &value);

    bool isChecked(const QString &itemId) const { return m_content.checked.value(itemId); }
    bool setChecked(const QString &itemId, bool checked);

    QList<Row> rows(const QString &rowSetId) const { return m_content.rows.value(rowSetId); }
    int rowCount(const QString &rowSetId) const;
    QString cell(const QString &rowSetId, int row, const QString &columnId) const;
    bool setCell(const QString &rowSetId, int row, const QString &columnId, const QString &value);
    // Inserts `row` (every column present; missing columns are empty) before position `at`.
    bool insertRow(const QString &rowSetId, int at, const Row &row = {});
    bool removeRow(const QString &rowSetId, int at);
    bool moveRow(const QString &rowSetId, int from, int to);
    bool setRows(const QString &rowSetId, const QList<Row> &rows);

    QString notes(const QString &sectionId) const { return m_content.notes.value(sectionId); }
    bool setNotes(const QString &sectionId, const QString &notes);

signals:
    void valueChanged(const QString &fieldId);
    void checkedChanged(const QString &itemId);
    void rowsChanged(const QString &rowSetId);
    void notesChanged(const QString &sectionId);
    void contentReset();
    // Any of the above; what views that show the whole report listen to.
    void changed();

private:
    Row completeRow(const RowSetDef &rowSet, const Row &row) const;
    void emitRowsChanged(const QString &rowSetId);

    std::shared_ptr<const ReportTemplate> m_template;
    ReportContent m_content;
};

} // namespace lr
