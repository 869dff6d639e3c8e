#include "window/mainwindow.h"

#include "ui_mainwindow.h"

#include "form/formbinder.h"
#include "form/sectionpage.h"
#include "io/recoverystore.h"
#include "io/reportfile.h"
#include "model/reporteditor.h"
#include "version.h"
#include "i18n/plural.h"
#include "charts/memorydatapanel.h"
#include "heap/heapsnapshotsdock.h"
#include "window/autosave.h"
#include "window/exportcontroller.h"
#include "window/maintoolbar.h"
#include "window/previewpane.h"
#include "window/problemspanel.h"
#include "window/recentfiles.h"
#include "markdown/markdownreader.h"
#include "window/nonreportquestion.h"
#include "window/problemsdocksizer.h"
#include "window/recoverydialog.h"
#include "window/reportdocument.h"
#include "window/sectionnavigator.h"
#include "window/standardshortcuts.h"
#include "window/lastfolder.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr int kValidationDelayMs = 400;
constexpr int kBuildPagesAfterShowMs = 200; // after the first frames, not competing with them

QString fileFilter()
{
    return MainWindow::tr("LeakReport files (*.%1)").arg(ReportFile::kSuffix);
}

QString openFilter()
{
    return MainWindow::tr("Reports (*.%1 *.md *.markdown);;LeakReport files (*.%1);;Markdown reports (*.md *.markdown)")
        .arg(ReportFile::kSuffix);
}

bool isReportFile(const QUrl &url)
{
    if (!url.isLocalFile())
        return false;
    const QString path = url.toLocalFile();
    return QFileInfo(path).suffix() == ReportFile::kSuffix || MarkdownReader::isMarkdownPath(path);
}

// Puts a widget into one of the .ui file's placeholder hosts.
void placeInHost(QWidget *host, QWidget *widget)
{
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(widget);
}
} // namespace

MainWindow::MainWindow(const QString &recoveryDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_document(new ReportDocument(this))
    , m_binder(new FormBinder(m_document->editor(), this))
    , m_recovery(std::make_unique<RecoveryStore>(m_document->report()->sharedTemplate(), recoveryDirectory))
    , m_validator(m_document->report()->reportTemplate())
    , m_validationTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/"_s + QLatin1StringView(kApplicationId) + u".svg"_s));

    m_navigator = new SectionNavigator(m_document->report(), m_ui->navigatorHost);
    placeInHost(m_ui->navigatorHost, m_navigator);
    m_preview = new PreviewPane(m_document->report(), m_ui->previewHost);
    placeInHost(m_ui->previewHost, m_preview);
    m_problems = new ProblemsPanel(m_ui->problemsHost);
    placeInHost(m_ui->problemsHost, m_problems);
    m_problemsSizer = new ProblemsDockSizer(this, m_ui->problemsDock, m_problems);
    addPagePlaceholders();

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->mainSplitter->setStretchFactor(2, 2);
    m_ui->mainSplitter->setSizes({m_navigator->sizeHint().width(), 640, 420});
    // No minimum of its own: the navigator's (its longest name at the current font) holds.
    m_ui->pages->setMinimumWidth(460);
    m_ui->previewHost->setMinimumWidth(240);

    m_autosave = new Autosave(m_document, m_recovery.get(), this);
    connect(m_autosave, &Autosave::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not write the recovery copy: %1").arg(error));
    });

    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(kValidationDelayMs);
    connect(m_validationTimer, &QTimer::timeout, this, &MainWindow::validateNow);
    connect(m_document->report(), &Report::changed, m_validationTimer, qOverload<>(&QTimer::start));
    connect(m_problems, &ProblemsPanel::problemActivated, this, &MainWindow::goToProblem);
    connect(m_problems, &ProblemsPanel::useMeasuredValueRequested, this, [this](const ReportProblem &problem) {
        ReportEditor *editor = m_document->editor();
        editor->closeMergeWindow(); // its own undo step, not merged into the typing before it
        if (problem.row >= 0)
            editor->setCell(problem.fieldId, problem.row, problem.columnId, problem.measuredValue);
        else
            editor->setValue(problem.fieldId, problem.measuredValue);
        editor->closeMergeWindow();
    });
    connect(m_navigator, &SectionNavigator::sectionSelected, this, &MainWindow::showSection);
    connect(m_document, &ReportDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ReportDocument::filePathChanged, this, &MainWindow::updateTitle);
    // Focus leaving a field ends its typing step, so the next undo step starts fresh.
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this] { m_document->editor()->closeMergeWindow(); });
    // Line edits and text edits have their own Ctrl+Z; the report's undo stack must win.
    qApp->installEventFilter(this);

    setUpActions();
    tabifyDockWidget(m_ui->problemsDock, m_ui->memoryDock);
    m_heapSnapshots = new HeapSnapshotsDock(m_document->editor(), &HeapComparer::compare, this);
    tabifyDockWidget(m_ui->memoryDock, m_heapSnapshots);
    connect(m_heapSnapshots, &HeapSnapshotsDock::filled, this, &MainWindow::showFillSummary);
    m_heapSnapshots->hide(); // View > Heap Snapshots; restoreSettings() brings it back if it was open
    m_ui->menuView->addAction(m_heapSnapshots->toggleViewAction());
    m_ui->problemsDock->raise();
    m_ui->memoryDock->hide(); // View > Memory Data; restoreSettings() brings it back if it was open
    resizeDocks({m_ui->problemsDock}, {140}, Qt::Vertical);
    restoreSettings();
    updateTitle();
    m_validationTimer->start(); // checked once the window is up, like after any edit
    showSection(0);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The other pages are built once the window is on screen, a page per turn of the event loop.
    if (!m_pagesScheduled) {
        m_pagesScheduled = true;
        QTimer::singleShot(kBuildPagesAfterShowMs, this, &MainWindow::buildNextPageWhenIdle);
    }
}

MainWindow::~MainWindow()
{
    // QWidget's destructor hides the window and moves the focus: this object is gone by then.
    disconnect(m_focusConnection);
    qApp->removeEventFilter(this);
}

void MainWindow::addPagePlaceholders()
{
    const qsizetype count = m_document->report()->reportTemplate().sections().size();
    for (qsizetype i = 0; i < count; ++i)
        m_ui->pages->addWidget(new QWidget(m_ui->pages));
}

SectionPage *MainWindow::page(int sectionIndex)
{
    QWidget *current = m_ui->pages->widget(sectionIndex);
    if (!current)
        return nullptr;
    if (auto *built = qobject_cast<SectionPage *>(current))
        return built;
    const SectionDef &section = m_document->report()->reportTemplate().sections()[sectionIndex];
    auto *built = new SectionPage(section, m_binder, m_ui->pages);
    const bool wasCurrent = m_ui->pages->currentIndex() == sectionIndex;
    m_ui->pages->insertWidget(sectionIndex, built);
    m_ui->pages->removeWidget(current);
    current->deleteLater();
    if (wasCurrent)
        m_ui->pages->setCurrentIndex(sectionIndex);
    m_binder->showProblems(m_problemsShown); // mark the new page's fields too
    orderFocusChain();
    return built;
}

void MainWindow::orderFocusChain()
{
    // Pages are built after the preview, so by creation order Tab went from the section list
    // through every link of the preview before it reached the form. The form comes first.
    // setTabOrder() takes widgets that take focus themselves, so the chain is made of those.
    const auto focusableIn = [](QWidget *container) {
        QList<QWidget *> found;
        for (QWidget *w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
            if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy())
                found.append(w);
        }
        return found;
    };
    QList<QWidget *> chain{m_navigator};
    for (int i = 0; i < m_ui->pages->count(); ++i) {
        if (auto *built = qobject_cast<SectionPage *>(m_ui->pages->widget(i)))
            chain += focusableIn(built);
    }
    chain += focusableIn(m_ui->previewHost);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void MainWindow::buildAllPages()
{
    for (int i = 0; i < m_ui->pages->count(); ++i)
        page(i);
}

void MainWindow::buildNextPageWhenIdle()
{
    QTimer::singleShot(0, this, [this] {
        for (int i = 0; i < m_ui->pages->count(); ++i) {
            if (!qobject_cast<SectionPage *>(m_ui->pages->widget(i))) {
                page(i);
                buildNextPageWhenIdle(); // one page per turn of the event loop: typing stays smooth
                return;
            }
        }
    });
}

void MainWindow::setUpActions()
{
    Ui::MainWindow &ui = *m_ui;
    setStandardShortcut(ui.actionNew, QKeySequence::New);
    setStandardShortcut(ui.actionOpen, QKeySequence::Open);
    setStandardShortcut(ui.actionSave, QKeySequence::Save);
    setStandardShortcut(ui.actionSaveAs, QKeySequence::SaveAs);
    ui.actionExportMarkdown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    ui.actionExportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    setStandardShortcut(ui.actionClose, QKeySequence::Close);
    setStandardShortcut(ui.actionQuit, QKeySequence::Quit);
    ui.actionNextSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    ui.actionPreviousSection->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    ui.actionShowPreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    ui.actionShowProblems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));

    connect(ui.actionNew, &QAction::triggered, this, &MainWindow::newReport);
    connect(ui.actionOpen, &QAction::triggered, this, &MainWindow::open);
    connect(ui.actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(ui.actionSaveAs, &QAction::triggered, this, &MainWindow::saveAs);
    m_exporter = new ExportController(m_document, this);
    m_exporter->addSettingsTo(ui.menuExportSettings);
    const std::pair<QAction *, ExportFormat> exports[] = {{ui.actionExportMarkdown, ExportFormat::Markdown},
                                                          {ui.actionExportHtml, ExportFormat::Html},
                                                          {ui.actionExportPdf, ExportFormat::Pdf}};
    for (const auto &[action, format] : exports) {
        connect(action, &QAction::triggered, this,
                [this, format] { m_exporter->exportInteractively(format, defaultDirectory()); });
        connect(m_exporter, &ExportController::busyChanged, action, &QAction::setDisabled);
    }
    connect(m_exporter, &ExportController::finished, this, &MainWindow::exportFinished);
    connect(ui.actionClose, &QAction::triggered, this, &MainWindow::closeReport);
    connect(ui.actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui.actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(ui.actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(ui.actionUndoHistory, &QAction::triggered, this, &MainWindow::showUndoHistory);
    connect(ui.actionNextSection, &QAction::triggered, this, [this] {
        showSection(std::min(m_navigator->currentSection() + 1, m_ui->pages->count() - 1));
    });
    connect(ui.actionPreviousSection, &QAction::triggered, this, [this] {
        showSection(std::max(m_navigator->currentSection() - 1, 0));
    });

    // The undo stack's own actions carry the step's name ("Undo Edit "Service"") and enablement.
    QUndoStack *stack = m_document->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    setStandardShortcut(undo, QKeySequence::Undo);
    setStandardShortcut(redo, QKeySequence::Redo);
    undo->setObjectName(u"actionUndo"_s);
    redo->setObjectName(u"actionRedo"_s);
    ui.menuEdit->insertAction(ui.actionUndo, undo);
    ui.menuEdit->insertAction(ui.actionUndo, redo);
    // The form's placeholders go: one action per name, and the stack's carry the keys.
    delete std::exchange(ui.actionUndo, nullptr);
    delete std::exchange(ui.actionRedo, nullptr);

    ui.actionShowPreview->setChecked(true);
    connect(ui.actionShowPreview, &QAction::toggled, this, [this](bool shown) {
        m_ui->previewHost->setVisible(shown);
        if (shown)
            m_preview->refresh();
    });
    connect(ui.actionPreviewMarkdown, &QAction::toggled, this, [this](bool markdown) {
        m_preview->setMode(markdown ? PreviewPane::Mode::Markdown : PreviewPane::Mode::Rendered);
    });
    connect(m_preview, &PreviewPane::modeChanged, this, [this](PreviewPane::Mode mode) {
        m_ui->actionPreviewMarkdown->setChecked(mode == PreviewPane::Mode::Markdown);
    });
    // The memory data panel (Qt Charts) is built the first time it is shown: start-up stays lean.
    QAction *memoryData = ui.memoryDock->toggleViewAction();
    memoryData->setText(ui.actionShowMemoryData->text());
    memoryData->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    memoryData->setObjectName(u"actionToggleMemoryData"_s);
    ui.menuView->insertAction(ui.actionShowMemoryData, memoryData);
    ui.menuView->removeAction(ui.actionShowMemoryData);
    connect(ui.memoryDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            memoryDataPanel();
    });
    connect(memoryData, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            showMemoryData();
    });
    QAction *problems = ui.problemsDock->toggleViewAction();
    problems->setText(ui.actionShowProblems->text());
    problems->setShortcut(ui.actionShowProblems->shortcut());
    ui.menuView->insertAction(ui.actionShowProblems, problems);
    ui.menuView->removeAction(ui.actionShowProblems);
    m_recentFiles = new RecentFiles(this);
    connect(m_recentFiles, &RecentFiles::changed, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    addMainToolBar(this);
}

MemoryDataPanel *MainWindow::memoryDataPanel()
{
    if (!m_memoryData) {
        m_memoryData = new MemoryDataPanel(m_document->editor(), m_ui->memoryHost);
        m_memoryData->keepRecordingsIn(m_recovery.get(), [this] { return m_document->filePath(); });
        connect(m_memoryData, &MemoryDataPanel::filled, this, &MainWindow::showFillSummary);
        connect(m_memoryData, &MemoryDataPanel::recordingAdded, m_autosave, &Autosave::flush);
        placeInHost(m_ui->memoryHost, m_memoryData);
        // A layout shows a widget added to a host already on screen only on a later turn of the
        // event loop: the panel is there now, or with its dock when that shows.
        m_memoryData->show();
    }
    return m_memoryData;
}

void MainWindow::showMemoryData()
{
    m_ui->memoryDock->show();
    m_ui->memoryDock->raise();
    memoryDataPanel();
    // A chart needs room: the bottom area takes close to half the window while it shows.
    if (!m_ui->memoryDock->isFloating() && m_ui->memoryDock->height() < height() * 2 / 5)
        resizeDocks({m_ui->memoryDock}, {height() * 9 / 20}, Qt::Vertical);
}

void MainWindow::showSection(int sectionIndex)
{
    if (sectionIndex < 0 || sectionIndex >= m_ui->pages->count())
        return;
    page(sectionIndex);
    m_ui->pages->setCurrentIndex(sectionIndex);
    if (m_navigator->currentSection() != sectionIndex)
        m_navigator->setCurrentSection(sectionIndex);
    m_preview->showSection(sectionIndex);
}

void MainWindow::goToProblem(const ReportProblem &problem)
{
    const QList<SectionDef> &sections = m_document->report()->reportTemplate().sections();
    for (int i = 0; i < sections.size(); ++i) {
        if (sections[i].id == problem.sectionId)
            showSection(i); // builds the page, so the field exists
    }
    if (QWidget *widget = m_binder->widgetFor(problem.fieldId, problem.row, problem.columnId)) {
        if (SectionPage *current = page(m_ui->pages->currentIndex()))
            current->reveal(widget);
        widget->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::validateNow()
{
    m_validationTimer->stop();
    const QList<ReportProblem> problems = m_validator.validate(m_document->report()->content());
    m_problems->showProblems(problems, m_validator);
    m_problemsSizer->showProblemCount(problems.size());
    m_binder->showProblems(problems);
    m_navigator->showProblems(problems);
    m_problemsShown = problems;
    const qsizetype errors = ReportValidator::errorCount(problems);
    const int errorCount = int(errors);
    const int unfilledCount = int(ReportValidator::count(problems, ReportProblem::Severity::Unfilled));
    //: The Problems panel's title with its counts: "Problems (2 errors, 5 not filled in)"
    m_ui->problemsDock->setWindowTitle(tr("Problems (%1, %2)")
                                           .arg(withEnglishPlural(tr("%n error(s)", nullptr, errorCount), errorCount),
                                                tr("%n not filled in", nullptr, unfilledCount)));
    // The dock's toggle action takes the title; the View menu keeps its own words and mnemonic.
    m_ui->problemsDock->toggleViewAction()->setText(m_ui->actionShowProblems->text());
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — LeakReport").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
    setWindowFilePath(m_document->filePath());
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved. Save them before closing?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newReport()
{
    if (!maybeSave())
        return;
    m_autosave->discard();
    m_document->startNew();
    showSection(0);
}

void MainWindow::closeReport()
{
    newReport(); // one report per window: closing it leaves an empty one
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), openDirectory(), openFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path, NonReports nonReports)
{
    QString error;
    QStringList warnings;
    const auto ask = [this, nonReports, name = QFileInfo(path).fileName()](const TemplateCoverage &coverage) {
        return nonReports == NonReports::Accept || NonReportQuestion::askToOpen(this, name, coverage);
    };
    if (!m_document->load(path, &error, &warnings, ask)) {
        if (!error.isEmpty()) // empty: the user chose not to open it
            QMessageBox::warning(this, tr("Cannot Open Report"), error);
        return false;
    }
    m_autosave->discard();
    const QString source = m_document->filePath().isEmpty() ? m_document->importedFrom() : m_document->filePath();
    m_recentFiles->add(source);
    LastFolder::remember(source);
    showSection(0); // a report opens on its Header, not on the page the last one was left at
    m_validationTimer->start(); // like after any edit; the form shows first
    // A report opened from the command line is read before the window shows: what it has to
    // say about the file comes once the window is there to show it over.
    const bool imported = !m_document->importedFrom().isEmpty();
    const auto report = [this, imported, warnings] {
        if (imported)
            showImportReport(warnings);
        else if (!warnings.isEmpty())
            showOpenWarnings(warnings);
    };
    if (isVisible())
        report();
    else
        QTimer::singleShot(0, this, report);
    if (imported)
        return true;
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

void MainWindow::showOpenWarnings(const QStringList &warnings)
{
    QMessageBox box(QMessageBox::Information, tr("Report Opened With Notes"),
                    withEnglishPlural(tr("“%1” was opened, but %n part(s) of it could not be placed in the "
                                         "template and will not be saved again.", nullptr, int(warnings.size())),
                                      warnings.size())
                        .arg(m_document->displayName()),
                    QMessageBox::Ok, this);
    box.setDetailedText(warnings.join(u'\n'));
    box.exec();
}

void MainWindow::showImportReport(const QStringList &notes)
{
    const QString name = m_document->displayName();
    if (notes.isEmpty()) {
        statusBar()->showMessage(tr("Imported %1: every part of it is in the form. Save keeps it as a .%2 file.")
                                     .arg(name, ReportFile::kSuffix), 10000);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Report Imported"),
                    tr("“%1” was imported. Text that fits no field of the template was kept as notes "
                       "in its section, where you can edit it:").arg(name),
                    QMessageBox::Ok, this);
    box.setObjectName(u"importReport"_s);
    box.setInformativeText(notes.join(u'\n'));
    box.exec();
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    const QString suggested = m_document->suggestedSavePath(defaultDirectory());
    QString path = QFileDialog::getSaveFileName(this, tr("Save Report As"), suggested, fileFilter());
    if (path.isEmpty())
        return false;
    // The native file never lands on a Markdown file ("report.md" becomes "report.md.leakreport").
    if (QFileInfo(path).suffix() != ReportFile::kSuffix)
        path += u'.' + ReportFile::kSuffix;
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    QString error;
    if (!m_document->save(path, &error)) {
        QMessageBox::warning(this, tr("Cannot Save Report"), error);
        return false;
    }
    m_recentFiles->add(m_document->filePath());
    LastFolder::remember(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

void MainWindow::showFillSummary(const QString &summary)
{
    statusBar()->showMessage(summary, 15000); // longer than other messages: it names fields to check
}

void MainWindow::exportFinished(const QString &path, const QString &error, const QStringList &warnings,
                                const QStringList &besideIt)
{
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot Export"), error);
        return;
    }
    validateNow();
    const auto &problems = m_problems->problems();
    const qsizetype errors = ReportValidator::errorCount(problems);
    QString message = tr("Exported to %1.").arg(QDir::toNativeSeparators(path));
    if (!problems.isEmpty())
        message += u' ' + withEnglishPlural(tr("%n problem(s) left (errors: %1); see Problems.", nullptr, int(problems.size())),
                                            problems.size()).arg(errors);
    if (!besideIt.isEmpty()) // the chart's images, the alert rules the data gives
        message += u' ' + tr("Beside it: %1.").arg(besideIt.join(u", "_s));
    if (!warnings.isEmpty())
        message += u' ' + tr("Not included: %1.").arg(warnings.join(u"; "_s));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryEntry> entries = m_recovery->orphanedEntries();
    if (entries.isEmpty())
        return;
    RecoveryDialog dialog(entries, m_document->report()->reportTemplate(), this);
    dialog.exec();
    const RecoveryEntry entry = dialog.selectedEntry();
    switch (dialog.choice()) {
    case RecoveryDialog::Restore:
        m_document->restore(entry.content, entry.originalPath);
        // The copy now lives on as this session's own recovery file.
        m_autosave->flush();
        RecoveryStore::discard(entry);
        validateNow();
        break;
    case RecoveryDialog::Discard:
        RecoveryStore::discard(entry);
        break;
    case RecoveryDialog::KeepForLater:
        break;
    }
}

void MainWindow::showUndoHistory()
{
    if (!m_undoView) {
        auto *dock = new QDockWidget(tr("Undo History"), this);
        dock->setObjectName(u"undoDock"_s);
        m_undoView = new QUndoView(m_document->undoStack(), dock);
        m_undoView->setEmptyLabel(tr("<opened report>"));
        dock->setWidget(m_undoView);
        addDockWidget(Qt::RightDockWidgetArea, dock);
    }
    m_undoView->parentWidget()->show();
    m_undoView->setFocus();
}

void MainWindow::about()
{
    // The Qt line names both versions: the one built against and the one running, which differ
    // when the distribution upgrades Qt under an installed package.
    QMessageBox::about(this, tr("About LeakReport"),
                       tr("<h3>LeakReport %1</h3>"
                          "<p>An editor for memory-leak investigation reports.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>"
                          "<p>Licensed under the %4 licence.</p>"
                          "<p><a href=\"%5\">%5</a></p>")
                           .arg(QLatin1StringView(kVersion), QLatin1StringView(QT_VERSION_STR),
                                QLatin1StringView(qVersion()), QLatin1StringView(kLicense),
                                QLatin1StringView(kHomepage)));
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList files = m_recentFiles->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        QAction *action = menu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
    }
    if (!files.isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("&Clear Recent Files"), m_recentFiles, &RecentFiles::clear);
    }
    menu->setEnabled(!files.isEmpty());
}

QString MainWindow::defaultDirectory() const
{
    if (!m_document->filePath().isEmpty())
        return QFileInfo(m_document->filePath()).absolutePath();
    return LastFolder::get();
}

QString MainWindow::openDirectory() const
{
    return LastFolder::get();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(u"window/splitter"_s).toByteArray());
    m_ui->actionShowPreview->setChecked(settings.value(u"preview/visible"_s, true).toBool());
    m_ui->actionPreviewMarkdown->setChecked(settings.value(u"preview/markdown"_s, false).toBool());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    m_problemsSizer->restoreStrip(); // the next session starts with the strip, not one line
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_ui->mainSplitter->saveState());
    settings.setValue(u"preview/visible"_s, m_ui->actionShowPreview->isChecked());
    settings.setValue(u"preview/markdown"_s, m_ui->actionPreviewMarkdown->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_autosave->discard();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && isReportFile(urls.first()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !isReportFile(urls.first()))
        return;
    event->acceptProposedAction();
    const QString path = urls.first().toLocalFile();
    // Open after the drop has finished, so a dialog (unsaved changes) does not block the source.
    QTimer::singleShot(0, this, [this, path] {
        if (maybeSave())
            openFile(path);
    });
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType() && isAncestorOf(static_cast<QWidget *>(watched))) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepting the override lets the shortcut reach Edit > Undo / Redo.
            event->ignore();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace lr
