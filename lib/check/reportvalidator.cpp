#include "check/reportvalidator.h"

#include "check/oomcountcheck.h"
#include "model/reporttime.h"
#include "template/typednumber.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The size part of a byte unit ("MB" of "MB/hour", "GiB"), empty for any other word.
QString byteSizeOf(const QString &unit)
{
    static const QRegularExpression byteUnit(u"^([kKMGTP]i?B|B|bytes?)(?:/|$)"_s);
    return byteUnit.match(unit).captured(1);
}
} // namespace

ReportValidator::ReportValidator(const ReportTemplate &reportTemplate)
    : m_template(reportTemplate)
    , m_claims(reportTemplate)
{
}

QString ReportValidator::valueError(const FieldDef &field, const QString &value) const
{
    const QString quoted = u'"' + value + u'"';
    switch (field.type) {
    case FieldType::Date:
        if (!ReportTime::parseDate(value))
            return tr("%1 is not a date (use YYYY-MM-DD)").arg(quoted);
        return {};
    case FieldType::DateTime: {
        const std::optional<ReportTime> typed = ReportTime::parse(value);
        if (!typed || !typed->canonical || typed->date.isNull())
            return tr("%1 is not a date and time (use YYYY-MM-DD HH:MM, optionally with a zone such as UTC)").arg(quoted);
        return {};
    }
    case FieldType::Time: {
        const std::optional<ReportTime> typed = ReportTime::parse(value);
        if (!typed || !typed->canonical)
            return tr("%1 is not a time (use HH:MM or YYYY-MM-DD HH:MM)").arg(quoted);
        return {};
    }
    case FieldType::Number:
    case FieldType::Integer:
        return numberError(field, value);
    case FieldType::Url: {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
            return tr("%1 is not a web address (http:// or https://)").arg(quoted);
        return {};
    }
    case FieldType::Choice:
        if (!field.editable && !field.options.isEmpty() && !field.options.contains(value))
            return tr("%1 is not one of %2").arg(quoted, field.options.join(u", "_s));
        return {};
    case FieldType::Language: {
        for (const CodeLanguage &language : m_template.languages()) {
            if (language.id == value)
                return {};
        }
        return tr("%1 is not a language LeakReport knows").arg(quoted);
    }
    case FieldType::Text:
    case FieldType::Code:
        return {};
    }
    return {};
}

// A number, then as typed whatever the user adds: its unit, a remark ("402 MB (growth)", "11
// crashes", "12% per day"). Sizes are MB in the report, so another byte unit is an error, and so
// is a remark with no unit before it, which would print the number without one.
QString ReportValidator::numberError(const FieldDef &field, const QString &value) const
{
    const QString quoted = u'"' + value + u'"';
    const std::optional<TypedNumber> number = TypedNumber::parse(value);
    if (field.type == FieldType::Integer && (!number || !number->isWhole()))
        return tr("%1 is not a whole number (digits only, no separators)").arg(quoted);
    if (!number) {
        return field.unit.isEmpty() ? tr("%1 is not a number").arg(quoted)
                                    : tr("%1 is not a number (%2)").arg(quoted, field.unit);
    }
    if (field.unit.isEmpty() || number->isBare())
        return {};
    const QString typedUnit = number->firstWord();
    if (typedUnit.isEmpty()) {
        //: %2 is how the value should read: "402 MB (growth)"
        return tr("%1 has no unit before the remark (write %2)")
            .arg(quoted, u'"' + field.withUnit(number->mark + number->number) + u' ' + number->rest + u'"');
    }
    const QString expectedSize = byteSizeOf(field.unit);
    const QString typedSize = byteSizeOf(typedUnit);
    if (!expectedSize.isEmpty() && !typedSize.isEmpty() && typedSize.compare(expectedSize, Qt::CaseInsensitive) != 0)
        return tr("%1 is in %2; the report gives this in %3").arg(quoted, typedSize, field.unit);
    return {};
}

QList<ReportProblem> ReportValidator::validate(const ReportContent &content) const
{
    QList<ReportProblem> problems;
    for (const SectionDef &section : m_template.sections()) {
        SectionVisitor visitor;
        QSet<QString> untickedWarned; // one warning per item, however many of its details are filled
        visitor.field = [&](const FieldDef &field, const ChecklistItemDef *item) {
            const bool unticked = item && !content.checked.value(item->id);
            checkField(section, field, content, unticked, &problems);
            if (unticked && !untickedWarned.contains(item->id)
                && !FieldDef::isUnfilled(content.values.value(field.id).trimmed(), field.placeholder)) {
                untickedWarned.insert(item->id);
                //: %1 is the checklist item as the template prints it: "OOM crashes (frequency: ___)"
                const QString message = tr("\u201c%1\u201d is not ticked, but its %2 is filled in")
                                             .arg(item->displayText(), field.label.toLower());
                problems.append({ReportProblem::Kind::UntickedDetail, section.id, field.id, -1, QString(), message});
            }
        };
        visitor.rowSet = [&](const RowSetDef &rowSet) { checkRows(section, rowSet, content, &problems); };
        walkSection(section, visitor);
    }
    m_claims.check(content, &problems);
    problems.append(OomCountCheck(m_template).check(content)); // claims against the imported OOM events
    return problems;
}

void ReportValidator::checkField(const SectionDef &section, const FieldDef &field, const ReportContent &content,
                                 bool optional, QList<ReportProblem> *problems) const
{
    const QString value = content.values.value(field.id).trimmed();
    const auto add = [&](ReportProblem::Kind kind, const QString &message) {
        problems->append({kind, section.id, field.id, -1, QString(), message});
    };
    if (FieldDef::isUnfilled(value, field.placeholder)) {
        if (optional)
            return;
        if (field.required)
            add(ReportProblem::Kind::MissingRequired, tr("%1 is required").arg(field.label));
        else
            add(ReportProblem::Kind::UnfilledPlaceholder, tr("%1 is not filled in").arg(field.label));
        return;
    }
    if (const QString error = valueError(field, value); !error.isEmpty())
        add(ReportProblem::Kind::InvalidValue, tr("%1: %2").arg(field.label, error));
}

void ReportValidator::checkRows(const SectionDef &section, const RowSetDef &rowSet, const ReportContent &content,
                                QList<ReportProblem> *problems) const
{
    const QList<Row> rows = content.rows.value(rowSet.id);
    for (int r = 0; r < rows.size(); ++r) {
        const Row &row = rows[r];
        const auto unfilled = [&](const FieldDef &column) {
            return FieldDef::isUnfilled(row.value(column.id).trimmed(), rowSet.placeholder(row, r, column));
        };
        const QString where = tr("%1, row %2").arg(rowSet.label).arg(r + 1);
        if (std::all_of(rowSet.columns.cbegin(), rowSet.columns.cend(), unfilled)) {
            problems->append({ReportProblem::Kind::UnfilledPlaceholder, section.id, rowSet.id, r, QString(),
                              tr("%1 is not filled in").arg(where)});
            continue;
        }
        for (const FieldDef &column : rowSet.columns) {
            const QString value = row.value(column.id).trimmed();
            if (unfilled(column)) {
                problems->append({ReportProblem::Kind::UnfilledPlaceholder, section.id, rowSet.id, r, column.id,
                                  tr("%1, %2 is not filled in").arg(where, column.label)});
            } else if (const QString error = valueError(column, value); !error.isEmpty()) {
                problems->append({ReportProblem::Kind::InvalidValue, section.id, rowSet.id, r, column.id,
                                  tr("%1, %2: %3").arg(where, column.label, error)});
            }
        }
    }
}

qsizetype ReportValidator::errorCount(const QList<ReportProblem> &problems)
{
    return count(problems, ReportProblem::Severity::Error);
}

qsizetype ReportValidator::count(const QList<ReportProblem> &problems, ReportProblem::Severity severity)
{
    return std::count_if(problems.cbegin(), problems.cend(), [&](const ReportProblem &p) { return p.severity() == severity; });
}

QString ReportProblem::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Unfilled:
        break;
    }
    return u"unfilled"_s;
}

QString ReportValidator::describe(const ReportProblem &problem) const
{
    const SectionDef *section = m_template.section(problem.sectionId);
    //: The section, then the problem: "Impact Assessment › Severity is required"
    return tr("%1 › %2").arg(section ? section->title : problem.sectionId, problem.message);
}

} // namespace lr
