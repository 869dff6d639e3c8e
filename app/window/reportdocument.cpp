#include "window/reportdocument.h"

#include "io/reportfile.h"
#include "model/reporteditor.h"

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
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool ReportDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void ReportDocument::startNew()
{
    m_undoStack->clear();
    m_report->setContent(ReportContent::fromTemplate(m_report->reportTemplate()));
    setFilePath(QString());
}

bool ReportDocument::load(const QString &path, QString *error, QStringList *warnings)
{
    const LoadResult loaded = ReportFile::load(path, m_report->reportTemplate());
    if (!loaded.ok()) {
        *error = loaded.error;
        return false;
    }
    if (warnings)
        *warnings = loaded.warnings;
    m_undoStack->clear();
    m_report->setContent(loaded.content);
    setFilePath(QFileInfo(path).absoluteFilePath());
    return true;
}

bool ReportDocument::save(const QString &path, QString *error)
{
    if (!ReportFile::save(path, m_report->reportTemplate(), m_report->content(), error))
        return false;
    m_undoStack->setClean();
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
