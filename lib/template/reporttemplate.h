#pragma once

#include "template/fielddef.h"
#include "template/textpattern.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace lr {

// One row of a repeating group: column id -> value.
using Row = QMap<QString, QString>;

// A repeating group: the timeline table, a list of files, the retainer chain, snapshot lines.
struct RowSetDef
{
    struct DefaultRow
    {
        Row values;       // a new report starts with these (the timeline's milestone events)
        Row placeholders; // the template's text for this row where it differs from the column's
        bool resolves = false; // a milestone that ends the time to resolve (the fix is out)
        QString milestone;     // the moment this row's time names ("fixDeployed"), as FieldDef::milestone
    };

    QString id;
    QString label;
    QList<FieldDef> columns;
    TextPattern pattern;   // how one row prints in a list or fence; tables print cells
    QString marker;        // "-" bullets, "1." numbered, "" bare lines
    QString keyColumn;     // rows are matched to default rows by this column's value, else by position
    QList<DefaultRow> defaultRows;
    bool blankLineBetweenRows = false;
    // The rows "Fill From Snapshots" writes here ("snapshots", "growingClasses"; see SnapshotFill),
    // each column filled with what its own `fromSnapshots` names.
    QString fromSnapshots;
    // Column id -> other headings a hand-written table may give that column ("Time (UTC)").
    QHash<QString, QStringList> headerAliases;

    // The declared column a table heading names (its label or an alias, in any case), or null.
    const FieldDef *columnForHeading(const QString &heading) const;

    // Columns a table has beyond the declared ones ("Owner") are kept in each row under a key no
    // column id can take, "extra.<position>.<heading>", so that they keep their order and
    // heading through the native file, the form and the Markdown.
    static QString extraColumnKey(int position, const QString &heading);
    static bool isExtraColumnKey(const QString &key);
    static QString extraColumnHeading(const QString &key);
    // The extra column keys `rows` hold, in order.
    static QStringList extraColumns(const QList<Row> &rows);

    const FieldDef *column(const QString &columnId) const;
    // The placeholder that stands in for an empty cell of `row`, the `index`-th row of the set.
    QString placeholder(const Row &row, int index, const FieldDef &column) const;
    Row newRow() const;        // every column present and empty
    QList<Row> initialRows() const;
};

// A checklist entry; `text` may carry inline details as slots: "Other: {symptomOtherText}".
struct ChecklistItemDef
{
    QString id;
    TextPattern text;
    QList<FieldDef> details;
    QString fromSnapshots; // "tick": "Fill From Snapshots" ticks it (see SnapshotFill)

    const FieldDef *detail(const QString &detailId) const;
    // The item as the form shows it, with each slot's placeholder in place.
    QString displayText() const;
};

// One group of lines inside a fenced block: either fixed "key: value" fields or repeating rows.
struct FenceGroupDef
{
    QString title;       // "Before:"; empty for none
    QString linePrefix;  // "- " for bulleted key/value lines
    QList<FieldDef> fields;
    std::optional<RowSetDef> rows;
};

// A run of the template between blank lines.
struct BlockDef
{
    enum class Kind {
        Fields,    // **Label**: value lines
        FieldList, // **Label**: then "- Item: value" bullets
        Checklist, // - [ ] items with inline details
        Table,     // GFM table of rows
        List,      // bullets or numbered items, one per row
        Fence,     // ``` block of key/value lines and row lines
        Chain,     // ``` block of the retainer path, one indented arrow per step
        Code,      // ```language block with optional File:/explanation comment lines
        Chart,     // ![label](image): the report's memory series, drawn at export; nothing without series
    };

    Kind kind = Kind::Fields;
    QString label;        // the bold label line above lists, fences and code; empty for none
    QString labelSuffix;  // text after the bold label: "**Vulnerable Code** (before fix):"
    QString language;     // Fence: fixed info string ("promql")
    QList<FieldDef> fields;           // Fields, FieldList
    QList<ChecklistItemDef> items;    // Checklist
    std::optional<RowSetDef> rows;    // Table, List, Chain
    QList<FenceGroupDef> groups;      // Fence
    // Code: the parts of a code block; only `code` is always present.
    std::optional<FieldDef> codeLanguage, codeFile, codeLine, codeExplanation, code;

    // Lines typed into a fence, checklist or field list that are none of its fields, items or rows
    // stay inside it: they are kept as the notes under this key ("lines:" + the block's first
    // field or item id), empty for other kinds.
    QString extraLinesKey() const;
    // Lines typed right under one of its labelled lines, field items or checklist items (a nested
    // bullet, an item added between two, a "**Reviewer**:" line) stay under it: kept under
    // linesAfterKey(that field's or item's id), in template order; empty for other kinds.
    QStringList linesAfterKeys() const;
    static QString linesAfterKey(const QString &fieldOrItemId);
};

struct SubsectionDef
{
    QString title; // "### title"; empty for blocks directly under the section heading
    QList<BlockDef> blocks;
};

struct SectionDef
{
    QString id;
    QString title;        // what the navigator shows
    QString heading;      // what the Markdown heading says
    int headingLevel = 2; // 0: no heading (the sign-off lines)
    QList<SubsectionDef> subsections;

    // Everything the section holds, in template order (filled in when the template loads).
    QList<const FieldDef *> fields;            // labelled values, checklist details, code parts
    QList<const ChecklistItemDef *> checklistItems;
    QList<const RowSetDef *> rowSets;

    // The BlockDef::extraLinesKey() and linesAfterKeys() of its blocks, in template order.
    QStringList extraLinesKeys() const;
};

// What walkSection calls; leave out the callbacks you don't need.
struct SectionVisitor
{
    // A value the user fills in: a labelled line, a fence line, a code part, or an inline detail
    // of the checklist item `item` (null for everything but checklist details).
    std::function<void(const FieldDef &field, const ChecklistItemDef *item)> field;
    // A checklist's items, before the details of each.
    std::function<void(const QList<ChecklistItemDef> &items)> checklist;
    // A repeating group: a table, list or chain, or the rows of a fence.
    std::function<void(const RowSetDef &rowSet)> rowSet;
};

// Visits everything `section` asks the user to fill in, in the order the Markdown prints it. The
// one place that knows where each block kind keeps its fields, so a new kind is walked here.
void walkSection(const SectionDef &section, const SectionVisitor &visitor);

struct CodeLanguage
{
    QString id;
    QString commentPrefix; // starts the "File:" and explanation lines of a code block
};

// The structure of the report template, read from a JSON description. Forms, the model, the
// native file and the Markdown writer all follow it, so the template is declared only here.
class ReportTemplate
{
public:
    // The template shipped with the application (a resource), loaded once and shared.
    static std::shared_ptr<const ReportTemplate> builtin();
    static std::shared_ptr<const ReportTemplate> fromJson(const QByteArray &json, QString *error);

    ReportTemplate(const ReportTemplate &) = delete; // the indexes point into the section lists
    ReportTemplate &operator=(const ReportTemplate &) = delete;

    QString id() const { return m_id; }
    int version() const { return m_version; }
    QString title() const { return m_title; }
    const QList<SectionDef> &sections() const { return m_sections; }
    const QList<CodeLanguage> &languages() const { return m_languages; }
    QString commentPrefix(const QString &languageId) const;

    const SectionDef *section(const QString &sectionId) const;
    // The section a notes key belongs to: a section id, a block's extraLinesKey() or linesAfterKeys().
    const SectionDef *sectionOfNotes(const QString &notesKey) const;
    const FieldDef *field(const QString &fieldId) const;
    const ChecklistItemDef *checklistItem(const QString &itemId) const;
    // The checklist item whose inline detail `fieldId` is; null for any other field.
    const ChecklistItemDef *checklistItemOfDetail(const QString &fieldId) const;
    const RowSetDef *rowSet(const QString &rowSetId) const;
    // The id of the section that declares a field, checklist item or row set.
    QString sectionOf(const QString &id) const;

private:
    ReportTemplate() = default;
    friend class TemplateLoader;

    QString m_id;
    int m_version = 0;
    QString m_title;
    QList<CodeLanguage> m_languages;
    QList<SectionDef> m_sections;
    QHash<QString, const FieldDef *> m_fields;
    QHash<QString, const ChecklistItemDef *> m_items;
    QHash<QString, const RowSetDef *> m_rowSets;
    QHash<QString, QString> m_sectionOf;
};

} // namespace lr
