#pragma once

#include "model/report.h"

#include <QObject>
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

    QString filePath() const { return m_filePath; }
    // The file name, or "Untitled" for a report that was never saved.
    QString displayName() const;
    bool isModified() const;

    // A fresh report from the template; the undo history starts over.
    void startNew();
    // Returns false with `error` set (file name and problem) and leaves the document unchanged.
    bool load(const QString &path, QString *error, QStringList *warnings = nullptr);
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
};

} // namespace lr
