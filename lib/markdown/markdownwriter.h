#pragma once

#include "model/reportcontent.h"

#include <QString>

namespace lr {

// Prints a report in the shape of the template, driven by the template declaration. An empty
// value prints the template's own placeholder, so a new report prints the template itself.
class MarkdownWriter
{
public:
    explicit MarkdownWriter(const ReportTemplate &reportTemplate);

    QString write(const ReportContent &content) const;
    // Where the chart of the report's memory series is, as the Markdown will link it (relative to
    // the Markdown file, or a URL the HTML renderer resolves). Empty, the default: no chart line.
    void setChartImagePath(const QString &path) { m_chartImagePath = path; }
    // One section, heading included, ending with a newline; `write` joins them with rules.
    QString writeSection(const ReportContent &content, int sectionIndex) const;

    static constexpr QStringView kSectionSeparator = u"\n---\n\n";

private:
    QString writeBlock(const ReportContent &content, const BlockDef &block) const;
    QString writeChecklistItem(const ReportContent &content, const ChecklistItemDef &item) const;
    static void appendExtraItems(QStringList &lines, const ReportContent &content, const BlockDef &block);
    static void appendLinesUnderItem(QStringList &lines, const QString &linesAfter);
    static void appendLinesAfterLabelledLine(QStringList &lines, QStringList &ownParagraph, const QString &linesAfter);
    QString writeRowLines(const RowSetDef &rowSet, const QList<Row> &rows, bool insideFence) const;
    QString writeTable(const RowSetDef &rowSet, const QList<Row> &rows) const;
    QString writeChain(const RowSetDef &rowSet, const QList<Row> &rows) const;
    QString writeCode(const ReportContent &content, const BlockDef &block) const;

    const ReportTemplate &m_template;
    QString m_chartImagePath;
};

} // namespace lr
