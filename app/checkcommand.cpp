// The command line's `check` output: one line per problem and a summary, or JSON (see commandline.h).
#include "commandline.h"

#include "check/reportvalidator.h"
#include "i18n/plural.h"
#include "template/reporttemplate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

QString kindName(ReportProblem::Kind kind)
{
    switch (kind) {
    case ReportProblem::Kind::MissingRequired:
        return u"missingRequired"_s;
    case ReportProblem::Kind::InvalidValue:
        return u"invalidValue"_s;
    case ReportProblem::Kind::UnfilledPlaceholder:
        return u"unfilled"_s;
    case ReportProblem::Kind::UntickedDetail:
        return u"untickedDetail"_s;
    case ReportProblem::Kind::ClaimMismatch:
        return u"claimMismatch"_s;
    case ReportProblem::Kind::ClaimWarning:
        return u"claimWarning"_s;
    }
    return {};
}

QJsonObject problemJson(const ReportValidator &validator, const ReportProblem &problem)
{
    QJsonObject json{{u"section"_s, problem.sectionId},
                     {u"field"_s, problem.fieldId},
                     {u"severity"_s, ReportProblem::severityName(problem.severity())},
                     {u"kind"_s, kindName(problem.kind)},
                     {u"message"_s, validator.describe(problem)}};
    if (problem.row >= 0)
        json.insert(u"row"_s, problem.row);
    if (!problem.columnId.isEmpty())
        json.insert(u"column"_s, problem.columnId);
    if (!problem.typed.isEmpty())
        json.insert(u"typed"_s, problem.typed);
    if (!problem.measured.isEmpty())
        json.insert(u"measured"_s, problem.measured);
    if (!problem.measuredValue.isEmpty())
        json.insert(u"measuredValue"_s, problem.measuredValue);
    return json;
}

} // namespace

int CommandLine::printProblems(const QString &path, const ReportContent &content, bool errorsOnly, bool json)
{
    const auto reportTemplate = ReportTemplate::builtin();
    const ReportValidator validator(*reportTemplate);
    QList<ReportProblem> problems = validator.validate(content);
    if (errorsOnly)
        problems.removeIf([](const ReportProblem &p) { return !p.isError(); });
    const qsizetype errors = ReportValidator::count(problems, ReportProblem::Severity::Error);
    const qsizetype warnings = ReportValidator::count(problems, ReportProblem::Severity::Warning);
    const qsizetype unfilled = ReportValidator::count(problems, ReportProblem::Severity::Unfilled);
    if (json) {
        QJsonArray list;
        for (const ReportProblem &problem : problems)
            list.append(problemJson(validator, problem));
        const QJsonObject counts{{u"errors"_s, errors}, {u"warnings"_s, warnings}, {u"unfilled"_s, unfilled}};
        m_out << QJsonDocument(QJsonObject{{u"file"_s, path}, {u"problems"_s, list}, {u"counts"_s, counts}})
                     .toJson(QJsonDocument::Indented);
        return problems.isEmpty() ? Success : ProblemsFound;
    }
    for (const ReportProblem &problem : problems)
        m_out << path << ": " << validator.describe(problem) << '\n';
    const int total = int(problems.size());
    // Always the same shape, so scripts can read the counts; warnings (claims the data is too
    // short or noisy to support) are named only when there are some.
    if (warnings == 0) {
        //: Scripts read this line: keep the numbers in this order
        m_out << withEnglishPlural(tr("%n problem(s) (%1 errors, %2 unfilled)", nullptr, total), total).arg(errors).arg(unfilled);
    } else {
        //: Scripts read this line: keep the numbers in this order
        m_out << withEnglishPlural(tr("%n problem(s) (%1 errors, %2 warnings, %3 unfilled)", nullptr, total), total)
                     .arg(errors)
                     .arg(warnings)
                     .arg(unfilled);
    }
    m_out << '\n';
    return problems.isEmpty() ? Success : ProblemsFound;
}

} // namespace lr
