#include "check/reportvalidator.h"

#include "model/reporttime.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// The value without the field's unit, when the user typed it ("38 MB/hour" -> "38").
QString withoutUnit(const FieldDef &field, const QString &value)
{
    if (field.unit.isEmpty() || !value.endsWith(field.unit, Qt::CaseInsensitive))
        return value;
    return value.chopped(field.unit.size()).trimmed();
}
} // namespace

ReportValidator::ReportValidator(const ReportTemplate &reportTemplate)
    : m_template(reportTemplate)
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
    case FieldType::Number: {
        static const QRegularExpression number(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"_s);
        if (!number.match(withoutUnit(field, value)).hasMatch()) {
            return field.unit.isEmpty() ? tr("%1 is not a number").arg(quoted)
                                        : tr("%1 is not a number (%2)").arg(quoted, field.unit);
        }
        return {};
    }
    case FieldType::Integer: {
        static const QRegularExpression integer(u"^[+-]?\\d+$"_s);
        if (!integer.match(withoutUnit(field, value)).hasMatch())
            return tr("%1 is not a whole number (digits only, no separators)").arg(quoted);
        return {};
    }
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

QList<ReportProblem> ReportValidator::validate(const ReportContent &content) const
{
    QList<ReportProblem> problems;
    for (const SectionDef &section : m_template.sections()) {
        SectionVisitor visitor;
        visitor.field = [&](const FieldDef &field, const ChecklistItemDef *item) {
            const bool optional = item && !content.checked.value(item->id);
            checkField(section, field, content, optional, &problems);
        };
        visitor.rowSet = [&](const RowSetDef &rowSet) { checkRows(section, rowSet, content, &problems); };
        walkSection(section, visitor);
    }
    return problems;
}

// Empty, or still the template's own text. A placeholder that is already a well-formed value of
// a typed field ("0 MB/hour" after a fix, a code block's default language) is taken as meant.
bool ReportValidator::isUnfilled(const FieldDef &field, const QString &trimmedValue) const
{
    if (trimmedValue.isEmpty())
        return true;
    if (trimmedValue != field.placeholder.trimmed())
        return false;
    const bool typed = field.type != FieldType::Text && field.type != FieldType::Code
        && !(field.type == FieldType::Choice && (field.editable || field.options.isEmpty()));
    return !typed || !valueError(field, trimmedValue).isEmpty();
}

void ReportValidator::checkField(const SectionDef &section, const FieldDef &field, const ReportContent &content,
                                 bool optional, QList<ReportProblem> *problems) const
{
    const QString value = content.values.value(field.id).trimmed();
    const auto add = [&](ReportProblem::Kind kind, const QString &message) {
        problems->append({kind, section.id, field.id, -1, QString(), message});
    };
    if (isUnfilled(field, value)) {
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
        const bool allEmpty = std::all_of(rowSet.columns.cbegin(), rowSet.columns.cend(), [&](const FieldDef &column) {
            return row.value(column.id).trimmed().isEmpty();
        });
        const QString where = tr("%1, row %2").arg(rowSet.label).arg(r + 1);
        if (allEmpty) {
            problems->append({ReportProblem::Kind::UnfilledPlaceholder, section.id, rowSet.id, r, QString(),
                              tr("%1 is not filled in").arg(where)});
            continue;
        }
        for (const FieldDef &column : rowSet.columns) {
            const QString value = row.value(column.id).trimmed();
            if (value.isEmpty()) {
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
    return std::count_if(problems.cbegin(), problems.cend(), [](const ReportProblem &p) { return p.isError(); });
}

QString ReportValidator::describe(const ReportProblem &problem) const
{
    const SectionDef *section = m_template.section(problem.sectionId);
    //: The section, then the problem: "Impact Assessment › Severity is required"
    return tr("%1 › %2").arg(section ? section->title : problem.sectionId, problem.message);
}

} // namespace lr
