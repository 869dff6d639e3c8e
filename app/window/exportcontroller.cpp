#include "window/exportcontroller.h"

#include "charts/exportevidence.h"
#include "export/reportexporter.h"
#include "io/atomicwrite.h"
#include "io/fileidentity.h"
#include "window/reportdocument.h"

#include <QAction>
#include <QActionGroup>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QSettings>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr auto kPageSizeKey = "export/pageSize"_L1;
constexpr auto kOpenAfterExportKey = "export/openAfterExport"_L1;
// Shorter exports finish without a dialog flashing up.
constexpr int kProgressAfterMs = 400;

QPageSize::PageSizeId localePageSize()
{
    return QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4;
}

QString filterFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return ExportController::tr("Markdown (*.md)");
    case ExportFormat::Html:
        return ExportController::tr("HTML page (*.html *.htm)");
    case ExportFormat::Pdf:
        return ExportController::tr("PDF document (*.pdf)");
    }
    return {};
}

QString titleFor(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return ExportController::tr("Export Markdown");
    case ExportFormat::Html:
        return ExportController::tr("Export HTML");
    case ExportFormat::Pdf:
        return ExportController::tr("Export PDF");
    }
    return {};
}
} // namespace

ExportController::ExportController(ReportDocument *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
{
    const QSettings settings;
    QPageSize::PageSizeId stored = localePageSize();
    ReportExporter::pageSizeFromName(settings.value(kPageSizeKey).toString(), &stored);
    m_pageSize = stored;
    m_openAfterExport = settings.value(kOpenAfterExportKey, false).toBool();
}

void ExportController::setPageSize(QPageSize::PageSizeId pageSize)
{
    m_pageSize = pageSize;
    QSettings().setValue(kPageSizeKey, pageSize == QPageSize::Letter ? u"letter"_s : u"a4"_s);
}

void ExportController::setOpensAfterExport(bool open)
{
    m_openAfterExport = open;
    QSettings().setValue(kOpenAfterExportKey, open);
}

void ExportController::addSettingsTo(QMenu *menu)
{
    auto *sizes = new QActionGroup(menu);
    const struct
    {
        QString text;
        QPageSize::PageSizeId id;
        QString objectName;
    } choices[] = {{tr("PDF Page Size: &A4"), QPageSize::A4, u"actionPageSizeA4"_s},
                   {tr("PDF Page Size: US &Letter"), QPageSize::Letter, u"actionPageSizeLetter"_s}};
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.text);
        action->setObjectName(choice.objectName);
        action->setCheckable(true);
        action->setChecked(m_pageSize == choice.id);
        sizes->addAction(action);
        connect(action, &QAction::triggered, this, [this, id = choice.id] { setPageSize(id); });
    }
    menu->addSeparator();
    QAction *open = menu->addAction(tr("&Open After Export"));
    open->setObjectName(u"actionOpenAfterExport"_s);
    open->setToolTip(tr("Open each exported file in the application the system uses for it"));
    open->setCheckable(true);
    open->setChecked(m_openAfterExport);
    connect(open, &QAction::toggled, this, &ExportController::setOpensAfterExport);
}

QString ExportController::originPath() const
{
    return m_document->filePath().isEmpty() ? m_document->importedFrom() : m_document->filePath();
}

QString ExportController::baseDirectory() const
{
    const QString origin = originPath();
    return origin.isEmpty() ? QString() : QFileInfo(origin).absolutePath();
}

QString ExportController::suggestedPath(ExportFormat format, const QString &fallbackDirectory) const
{
    if (format == ExportFormat::Markdown && !m_document->importedFrom().isEmpty())
        return m_document->importedFrom();
    const QString origin = originPath();
    const QString suffix = u'.' + ReportExporter::suffix(format);
    if (origin.isEmpty())
        return QDir(fallbackDirectory).filePath(ReportDocument::tr("memory-leak-report.%1")
            .arg(ReportExporter::suffix(format)));
    const QFileInfo info(origin);
    return info.dir().filePath(info.completeBaseName() + suffix);
}

void ExportController::exportInteractively(ExportFormat format, const QString &fallbackDirectory)
{
    if (m_busy)
        return;
    QString path = QFileDialog::getSaveFileName(m_window, titleFor(format), suggestedPath(format, fallbackDirectory),
                                                filterFor(format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + ReportExporter::suffix(format);
    exportTo(path, format);
}

bool ExportController::exportTo(const QString &path, ExportFormat format)
{
    if (m_busy)
        return false;
    if (isSameFile(path, m_document->filePath())) { // Markdown over the report would lose its series
        emit finished(path, tr("%1 is the report itself; choose another file for the export")
                                .arg(QDir::toNativeSeparators(path)), {}, {});
        return false;
    }
    // The worker gets copies: the user may go on typing, or close the window, meanwhile.
    const auto reportTemplate = m_document->report()->sharedTemplate();
    const ReportContent content = m_document->report()->content();
    ExportOptions options;
    options.pageSize = m_pageSize;
    options.baseDirectory = baseDirectory();
    options.assetsFolder = QFileInfo(path).completeBaseName() + u".assets"_s;
    ExportEvidence::addTo(options, *reportTemplate, content); // here: Qt Charts draws only in the GUI thread

    if (format == ExportFormat::Markdown) {
        const ReportExporter::Result result = ReportExporter::exportReport(*reportTemplate, content, format, options);
        finish(path, result);
        return true;
    }

    setBusy(true);
    auto result = std::make_shared<ReportExporter::Result>();
    QThread *worker = QThread::create([reportTemplate, content, format, options, result] {
        *result = ReportExporter::exportReport(*reportTemplate, content, format, options);
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater); // even if this window is gone
    connect(worker, &QThread::finished, this, [this, path, result] {
        if (m_progress)
            m_progress->deleteLater();
        setBusy(false);
        finish(path, *result);
    });
    m_progress = new QProgressDialog(tr("Exporting %1…").arg(QFileInfo(path).fileName()), QString(), 0, 0, m_window);
    m_progress->setWindowTitle(titleFor(format));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(kProgressAfterMs);
    m_progress->setValue(0); // starts the minimum-duration clock
    worker->start();
    return true;
}

void ExportController::finish(const QString &path, const ReportExporter::Result &result)
{
    QString error;
    if (!ReportExporter::write(path, result, &error)) {
        emit finished(path, error, result.warnings, {});
        return;
    }
    if (m_openAfterExport)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    QStringList besideIt;
    for (const auto &attachment : result.attachments)
        besideIt.append(attachment.first);
    emit finished(path, QString(), result.warnings, besideIt);
}

void ExportController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace lr
