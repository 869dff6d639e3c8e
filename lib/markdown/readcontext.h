#pragma once

#include "model/reportcontent.h"
#include "template/reporttemplate.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QMap>
#include <QRegularExpression>
#include <QString>

struct cmark_node;

namespace lr::reading {

// Labels and headings compare without case, spacing, a trailing colon or a leading "1. ".
QString normalized(QString text);
// A soft-wrapped paragraph as the one line it means: each line trimmed, joined by a space, and
// nothing else touched, so runs of spaces inside a line stay as typed.
QString joinedLines(const QString &source);
// "**Label**: value", also "**Label:** value".
const QRegularExpression &labelledLine();

// What the reader keeps of a section it could not place, for the import report.
struct NoteCount
{
    int paragraphs = 0;
    int lines = 0;
    int items = 0;
    int subsections = 0;
    int blocks = 0;
};

// What every part of the Markdown reader shares: the source lines (for exact source text), the
// content being filled, the section the reader is in, and the notes of text that fit no field.
class ReadContext
{
    Q_DECLARE_TR_FUNCTIONS(lr::MarkdownReader)

public:
    ReadContext(const ReportTemplate &reportTemplate, const QString &text);

    const ReportTemplate &reportTemplate() const { return m_template; }
    ReportContent &content() { return m_content; }
    const ReportContent &content() const { return m_content; }

    int sectionIndex() const { return m_section; }
    void setSectionIndex(int index) { m_section = index; }

    // The node's source text as typed (table cells: the cell between its pipes).
    QString sourceOf(cmark_node *node) const;
    // Source lines first..last (1-based, as cmark counts them) exactly as typed, indent and all;
    // blank lines at the end left out.
    QString sourceLines(int first, int last) const;
    // The lines of a list item after its first paragraph (a nested list, a second paragraph), as
    // typed; empty when it has none.
    QString linesUnderItem(cmark_node *item) const;
    // Keeps lines typed under a field's or item's line there: BlockDef::linesAfterKey(id).
    void keepLinesAfter(const QString &fieldOrItemId, const QString &lines);
    // The first paragraph of a list item, as Markdown source on one line.
    QString itemText(cmark_node *item) const;

    QString cleanValue(const FieldDef &field, const QString &text, const QString &placeholder) const;
    Row rowFromSlots(const RowSetDef &rowSet, const QList<std::pair<QString, QString>> &captures, int index) const;
    void setValue(const FieldDef &field, const QString &value);

    // Counts a piece of the template found in the text; a text with none is not a report.
    void countRecognised() { ++m_recognised; }
    int recognised() const { return m_recognised; }

    // Keeps text that fits no field in the current section's notes.
    void keepAsNote(const QString &markdown, int NoteCount::*what, int count = 1);
    // Moves the notes into the content and says, per section, what was kept.
    QStringList storeNotes();

private:
    const ReportTemplate &m_template;
    ReportContent m_content;
    QList<QByteArray> m_lines;
    int m_section = 0;
    int m_recognised = 0;
    QMap<int, QStringList> m_notes; // section index -> notes in order
    QMap<int, NoteCount> m_noteCounts;
};

} // namespace lr::reading
