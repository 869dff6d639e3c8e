#include "window/reportdocument.h"

#include "io/reportfile.h"
#include "io/reportloader.h"
#include "markdown/markdownreader.h"
#include "model/reporteditor.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace lr {

ReportDocument::ReportDocument(QObject *parent)
    : QObject(parent)
    , m_report(new Report(ReportTemplate::builtin(), this))
    , m_undoStack(new QUndoStack(this))
    , m_editor(new ReportEditor(m_report, m_undoStack, this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ReportDocument::displayName() const
{
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).fileName();
    return m_importedFrom.isEmpty() ? tr("Untitled") : QFileInfo(m_importedFrom).fileName();
}

QString ReportDocument::suggestedSavePath(const QString &fallbackDirectory) const
{
    if (!m_filePath.isEmpty())
        return m_filePath;
    if (!m_importedFrom.isEmpty()) {
        const QFileInfo source(m_importedFrom);
        return source.dir().filePath(source.completeBaseName() + u'.' + ReportFile::kSuffix);
    }
    // A new report is named after what it is about: "checkout-api-2026-11-18.leakreport".
    QStringList parts;
    for (const QString &fieldId : {u"service"_s, u"date"_s}) {
        if (const QString part = fileNamePart(m_report->value(fieldId)); !part.isEmpty())
            parts.append(part);
    }
    const QString base = parts.isEmpty() ? tr("memory-leak-report") : parts.join(u'-');
    return QDir(fallbackDirectory).filePath(base + u'.' + ReportFile::kSuffix);
}

QString ReportDocument::fileNamePart(const QString &value)
{
    // Letters and digits in lower case, every other run of characters one hyphen; Markdown
    // (`code`, *emphasis*) and slashes never reach the file name.
    QString part;
    for (const QChar c : value) {
        if (c.isLetterOrNumber())
            part += c.toLower();
        else if (!part.isEmpty() && !part.endsWith(u'-'))
            part += u'-';
    }
    while (part.endsWith(u'-'))
        part.chop(1);
    return part;
}

bool ReportDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ReportDocument::startNew()
{
    m_undoStack->clear();
    m_importedFrom.clear();
    m_report->setContent(ReportContent::fromTemplate(m_report->reportTemplate()));
    setFilePath(QString());
}

bool ReportDocument::load(const QString &path, QString *error, QStringList *warnings,
                          const NonReportCheck &acceptNonReport)
{
    const LoadResult loaded = loadReport(path, m_report->reportTemplate(), NonReports::Accept);
    if (!loaded.ok()) {
        *error = loaded.error;
        return false;
    }
    if (loaded.coverage.isMeasured() && !loaded.coverage.looksLikeReport()
        && !(acceptNonReport && acceptNonReport(loaded.coverage))) {
        *error = acceptNonReport ? QString() : loaded.coverage.refusal(QFileInfo(path).fileName());
        return false;
    }
    if (warnings)
        *warnings = loaded.warnings;
    m_undoStack->clear();
    m_report->setContent(loaded.content);
    // An imported report has no native file yet: Save asks where, and never writes the Markdown.
    const bool imported = MarkdownReader::isMarkdownPath(path);
    m_importedFrom = imported ? QFileInfo(path).absoluteFilePath() : QString();
    setFilePath(imported ? QString() : QFileInfo(path).absoluteFilePath());
    emit filePathChanged(m_filePath); // the display name changes with an import too
    return true;
}

bool ReportDocument::save(const QString &path, QString *error)
{
    if (!ReportFile::save(path, m_report->reportTemplate(), m_report->content(), error))
        return false;
    m_undoStack->setClean();
    m_importedFrom.clear();
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

void ReportDocument::restore(const ReportContent &content, const QString &originalPath)
{
    setFilePath(originalPath);
    m_editor->replaceContent(content, tr("Restore Recovered Report"));
}

void ReportDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

} // namespace lr
