#pragma once

#include "model/report.h"
#include "template/templatecoverage.h"

#include <QObject>

#include <functional>
#include <QStringList>

class QUndoStack;

namespace lr {

class ReportEditor;

// The report open in a window: its content, its undo history and the file it came from. The
// undo stack's clean state is the "modified" flag, so undoing back to the saved state clears it.
class ReportDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReportDocument(QObject *parent = nullptr);

    Report *report() const { return m_report; }
    QUndoStack *undoStack() const { return m_undoStack; }
    ReportEditor *editor() const { return m_editor; }

    // The native file the report is saved in; empty for a new or an imported report.
    QString filePath() const { return m_filePath; }
    // The Markdown file the report was imported from, until it is saved as a native file.
    QString importedFrom() const { return m_importedFrom; }
    // The file name (of the Markdown file for an imported report), or "Untitled".
    QString displayName() const;
    // Where Save As proposes to save: next to the file the report came from, as .leakreport.
    QString suggestedSavePath(const QString &fallbackDirectory) const;
    // `value` as a piece of a file name: "Checkout API (EU/West)" -> "checkout-api-eu-west".
    static QString fileNamePart(const QString &value);
    bool isModified() const;

    // A fresh report from the template; the undo history starts over.
    void startNew();
    // Opens a .leakreport file, or imports a Markdown report (`warnings` is then the import
    // report). Returns false with `error` set (file name and problem) and leaves the document
    // unchanged. A Markdown file that shows little of the template is read only if
    // `acceptNonReport` says so; without it, or if it says no, load() returns false (with an
    // empty `error` when the user said no).
    using NonReportCheck = std::function<bool(const TemplateCoverage &coverage)>;
    bool load(const QString &path, QString *error, QStringList *warnings = nullptr,
              const NonReportCheck &acceptNonReport = {});
    bool save(const QString &path, QString *error);
    // Puts recovered content in place as one undoable step; the document counts as modified.
    void restore(const ReportContent &content, const QString &originalPath);

signals:
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    void setFilePath(const QString &path);

    Report *m_report;
    QUndoStack *m_undoStack;
    ReportEditor *m_editor;
    QString m_filePath;
    QString m_importedFrom;
};

} // namespace lr
