#include "export/reporthtml.h"

#include "markdown/markdownwriter.h"
#include "version.h"

#include <QFile>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

// The title block's fields; the only place outside the template declaration that names them.
constexpr QLatin1StringView kService{"service"};
constexpr QLatin1StringView kInvestigator{"investigator"};
constexpr QLatin1StringView kDate{"date"};
constexpr QLatin1StringView kSeverity{"severity"};
constexpr QLatin1StringView kStatus{"resolutionStatus"};

// Index 0 is the header: the title block shows what it holds.
constexpr int kFirstBodySection = 1;

QString severityClass(const QString &severity)
{
    static const QStringList known = {u"critical"_s, u"high"_s, u"medium"_s, u"low"_s};
    const QString lower = severity.trimmed().toLower();
    return known.contains(lower) ? u"severity-"_s + lower : u"severity-unknown"_s;
}

} // namespace

ReportHtml::ReportHtml(const ReportTemplate &reportTemplate, const ReportContent &content)
    : m_template(reportTemplate)
    , m_content(content)
{
}

bool ReportHtml::isFilled(const QString &fieldId) const
{
    return !m_content.values.value(fieldId).trimmed().isEmpty();
}

QString ReportHtml::printed(const QString &fieldId) const
{
    const FieldDef *field = m_template.field(fieldId);
    if (!field)
        return {};
    return isFilled(fieldId) ? field->withUnit(m_content.values.value(fieldId).trimmed()) : field->placeholder;
}

ReportMetadata ReportHtml::metadata() const
{
    const QString heading = m_template.sections().value(0).heading;
    ReportMetadata meta;
    // PDF metadata is plain text: what the reader sees of the Markdown.
    const QString service = markdown::inlineMarkdownToPlainText(printed(kService));
    meta.title = isFilled(kService) ? heading + u": "_s + service : heading;
    meta.author = isFilled(kInvestigator) ? markdown::inlineMarkdownToPlainText(printed(kInvestigator)) : QString();
    meta.subject = isFilled(kService) ? service : QString();
    meta.creator = QLatin1StringView(kApplicationName) + u' ' + QLatin1StringView(kVersion);
    return meta;
}

QString ReportHtml::titleBlock() const
{
    auto cell = [this](const QString &fieldId, const QString &extraClass = {}) -> QString {
        const FieldDef *field = m_template.field(fieldId);
        const QString label = field ? field->label : fieldId;
        QString classes = isFilled(fieldId) ? u"fact"_s : u"fact unfilled"_s;
        if (!extraClass.isEmpty())
            classes += u' ' + extraClass;
        return u"<td class=\"label\">"_s + label.toHtmlEscaped() + u"</td><td class=\""_s + classes + u"\">"_s
            + markdown::inlineMarkdownToHtml(printed(fieldId)) + u"</td>"_s;
    };
    const QString heading = m_template.sections().value(0).heading;
    return u"<h1 class=\"title\">"_s + heading.toHtmlEscaped() + u"</h1>\n"
           "<p class=\"service\">"_s + markdown::inlineMarkdownToHtml(printed(kService)) + u"</p>\n"
           "<table class=\"title-block\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">\n"
           "<tr>"_s + cell(kSeverity, severityClass(m_content.values.value(kSeverity))) + cell(kInvestigator)
        + u"</tr>\n<tr>"_s + cell(kStatus) + cell(kDate) + u"</tr>\n</table>\n"_s;
}

QString ReportHtml::body(const markdown::ImageUrlResolver &resolveImage, const QString &chartUrl) const
{
    MarkdownWriter writer(m_template);
    writer.setChartImagePath(chartUrl);
    QStringList sections;
    // The title block stands for the header's lines, but not for notes kept under them.
    const QString headerNotes = m_content.notes.value(m_template.sections().value(0).id).trimmed();
    if (!headerNotes.isEmpty())
        sections.append(headerNotes + u'\n');
    for (int i = kFirstBodySection; i < m_template.sections().size(); ++i)
        sections.append(writer.writeSection(m_content, i));
    QString html = markdown::markdownToHtml(sections.join(MarkdownWriter::kSectionSeparator), resolveImage);
    // Full-width tables with collapsed borders read better on paper than content-wide ones.
    html.replace(u"<table>"_s, u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">"_s);
    return html;
}

QString ReportHtml::styleSheet()
{
    QFile file(u":/export/report.css"_s);
    file.open(QIODevice::ReadOnly);
    return QString::fromUtf8(file.readAll());
}

} // namespace lr
