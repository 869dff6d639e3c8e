#pragma once

#include "export/reportexporter.h"

#include <QObject>
#include <QPointer>

class QActionGroup;
class QMenu;
class QProgressDialog;
class QWidget;

namespace lr {

class ReportDocument;

// File > Export for one window: asks where, exports the report as it is now (a copy, so typing
// goes on) and writes the file atomically. HTML and PDF are made on a worker thread, with a
// progress dialog when that takes more than a moment; Markdown is written at once. Remembers
// the PDF page size and whether to open what was exported.
class ExportController : public QObject
{
    Q_OBJECT

public:
    ExportController(ReportDocument *document, QWidget *window);

    // Asks for a file name (in `fallbackDirectory` for a report never saved), then exports.
    void exportInteractively(ExportFormat format, const QString &fallbackDirectory);
    // Starts exporting to `path`; false when another export is still running. `finished` tells
    // how it went (for Markdown, before this returns).
    bool exportTo(const QString &path, ExportFormat format);
    bool isBusy() const { return m_busy; }

    QPageSize::PageSizeId pageSize() const { return m_pageSize; }
    void setPageSize(QPageSize::PageSizeId pageSize);
    bool opensAfterExport() const { return m_openAfterExport; }
    void setOpensAfterExport(bool open);

    // The Page Size choices and "Open After Export", for a menu.
    void addSettingsTo(QMenu *menu);

    // The file a dialog proposes: next to the report, with the format's suffix; an imported
    // report's Markdown goes back to the file it came from.
    QString suggestedPath(ExportFormat format, const QString &fallbackDirectory) const;

signals:
    void busyChanged(bool busy);
    // `warnings` are what could not be included (an image file missing); `error` is set when
    // nothing was written.
    // `besideIt`: the files written next to the document (chart images, alert rules), relative to it.
    void finished(const QString &path, const QString &error, const QStringList &warnings, const QStringList &besideIt);

private:
    void finish(const QString &path, const ReportExporter::Result &result);
    void setBusy(bool busy);
    // The file the report came from: its .leakreport file, or the Markdown it was imported from.
    QString originPath() const;
    QString baseDirectory() const;

    ReportDocument *m_document;
    QWidget *m_window;
    QPageSize::PageSizeId m_pageSize;
    bool m_openAfterExport;
    bool m_busy = false;
    QPointer<QProgressDialog> m_progress;
};

} // namespace lr
