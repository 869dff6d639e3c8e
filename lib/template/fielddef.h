#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace lr {

// What a value means, so that forms pick the right widget and checks know what is valid.
// Values are always stored as the text the user typed; the type never changes what is saved.
enum class FieldType {
    Text,
    Date,      // YYYY-MM-DD
    DateTime,  // YYYY-MM-DD HH:MM, optionally followed by a zone such as UTC
    Time,      // HH:MM, or a full date-time for incidents spanning days
    Choice,    // one of `options` (or free text when `editable`)
    Number,    // decimal number; `unit` names what it counts
    Integer,
    Url,
    Code,      // multi-line source text
    Language,  // a code block's language, one of the template's languages
};

QString fieldTypeName(FieldType type);
bool fieldTypeFromName(const QString &name, FieldType *type);

// One value the user fills in: a labelled line, a checklist detail, a table column, a code part.
struct FieldDef
{
    QString id;
    QString label;
    FieldType type = FieldType::Text;
    QString placeholder;   // the template's own text, printed while the field is empty; may hold {n}
    QString unit;          // printed after a filled value ("MB", "MB/hour", "%", "/week")
    QString defaultValue;  // what a new report starts with
    QString fromData;      // the statistic "Fill From Data" puts here ("before.growth"; see DataFill)
    QString claims;        // free text whose growth rates and peaks speak of this series ("before"; see ClaimChecker)
    QString fromAlerts;    // the alert rules' value put here ("growthThreshold"; see AlertRules)
    QString milestone;     // the moment this time names ("fixDeployed"); fields naming one must agree
    QString fromSnapshots; // what "Fill From Snapshots" puts here ("method", or a column's "class.name"; see SnapshotFill)
    QStringList options;   // Choice
    bool editable = false; // Choice: other values than the options are allowed
    bool required = false;
    bool prose = false;    // Text: a sentence or more, so the form wraps it over a few lines (still one line in Markdown)

    bool isMultiLine() const { return type == FieldType::Code; }
    // "%" and "/week"-style units are glued to the number ("80%", "3/week"), others follow a space.
    bool isGluedUnit() const { return unit.startsWith(u'/') || unit.startsWith(u'%'); }

    // The placeholder of row `rowNumber` (1-based): "{n}" becomes the number.
    QString placeholderForRow(int rowNumber) const;

    // A filled value as the report prints it: the unit goes after a bare number ("402" -> "402 MB",
    // "~400" -> "~400 MB"); anything typed after the number is kept as typed and gets no unit
    // ("402 MB", "402MB", "0.4 GB", "402 MB (growth)", "12% per day", "11 crashes"), and so does
    // a value that is no number.
    QString withUnit(const QString &trimmedValue) const;
    // The inverse, for reading a report: the bare number when withUnit printed `trimmedPrinted`
    // from one ("402 MB" -> "402"), else the text as it stands ("402MB", "11 crashes/week").
    QString withoutUnit(const QString &trimmedPrinted) const;
    // What the report holds when it prints `placeholder`: the default where the default prints as
    // the placeholder itself (a language), else nothing, so a cleared "0 MB/hour" that printed
    // "Z MB/hour" reads back cleared, not as the default.
    QString valueReadFromPlaceholder(const QString &placeholder) const;

    // True when `placeholder` is a real placeholder, text that stands for a value still to be
    // typed: bracketed ("[Your Name]", "[size] MB"), a letter standing for a number ("X MB",
    // "Y MB (growth)", "N/week", "Z%"), a blank ("___") or an ellipsis ("// ... execute code").
    // Anything else ("Window / Global", "0/month", "typescript") is sample text that reads as a
    // value; the template declares such text as a default value, so a new report holds it.
    static bool isRealPlaceholder(const QString &placeholder);
    // Empty, or the real placeholder `placeholder` itself: what the report prints while empty.
    static bool isUnfilled(const QString &trimmedValue, const QString &placeholder);
};

} // namespace lr
