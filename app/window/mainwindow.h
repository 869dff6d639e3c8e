#pragma once

#include "check/reportvalidator.h"
#include "io/reportloader.h"

#include <QMainWindow>

#include <memory>

class QTimer;
class QUndoView;

namespace Ui {
class MainWindow;
}

namespace lr {

class Autosave;
class ExportController;
class MemoryDataPanel;
class ProblemsDockSizer;
class HeapSnapshotsDock;
class FormBinder;
class PreviewPane;
class ProblemsPanel;
class RecentFiles;
class RecoveryStore;
class ReportDocument;
class SectionNavigator;
class SectionPage;

// The editor window: section navigator, form pages and preview side by side, the problems
// list below; files, undo, autosave and recovery. Layout and menus come from
// forms/mainwindow.ui; the form pages are generated from the template.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `recoveryDirectory` empty: the application's own data folder.
    explicit MainWindow(const QString &recoveryDirectory = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    ReportDocument *document() const { return m_document; }
    FormBinder *binder() const { return m_binder; }
    SectionNavigator *navigator() const { return m_navigator; }
    PreviewPane *preview() const { return m_preview; }
    ProblemsPanel *problemsPanel() const { return m_problems; }
    Autosave *autosave() const { return m_autosave; }
    ExportController *exporter() const { return m_exporter; }
    // The memory samples, statistics and chart; built on first use.
    MemoryDataPanel *memoryDataPanel();
    void showMemoryData();
    // The Heap Snapshots dock beside Memory Data; its panel is built when it first shows.
    HeapSnapshotsDock *heapSnapshotsDock() const { return m_heapSnapshots; }
    // The form page of a section, built on first use (pages not yet shown are built while the
    // application is idle after start-up, so the window appears without waiting for all twelve).
    SectionPage *page(int sectionIndex);
    // Where File > Open starts: the folder of the last report opened or saved.
    QString openDirectory() const;
    void buildAllPages();

    // A Markdown file that shows little of the template is opened after asking, or with
    // NonReports::Accept (`leakreport FILE.md --force`) without.
    bool openFile(const QString &path, NonReports nonReports = NonReports::Refuse);
    bool saveTo(const QString &path);
    // Asks what to do with unsaved changes; false when the user cancels.
    bool maybeSave();
    // Offers the recovery copies of earlier sessions that ended without saving.
    void offerRecovery();
    void showSection(int sectionIndex);
    // Shows the section of a problem and puts the keyboard focus on its field.
    void goToProblem(const ReportProblem &problem);
    // Runs the checks now (normally they run shortly after each edit).
    void validateNow();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpActions();
    void addPagePlaceholders();
    void buildNextPageWhenIdle();
    void orderFocusChain();
    void newReport();
    void open();
    bool save();
    bool saveAs();
    void showFillSummary(const QString &summary);
    void exportFinished(const QString &path, const QString &error, const QStringList &warnings, const QStringList &besideIt);
    void closeReport();
    void showUndoHistory();
    void about();
    void updateTitle();
    void rebuildRecentMenu();
    // After a Markdown import: where the text that fits no field went.
    void showImportReport(const QStringList &notes);
    // After opening a .leakreport file with parts the template does not have.
    void showOpenWarnings(const QStringList &warnings);
    void restoreSettings();
    void saveSettings() const;
    QString defaultDirectory() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    ReportDocument *m_document;
    FormBinder *m_binder;
    SectionNavigator *m_navigator = nullptr;
    PreviewPane *m_preview = nullptr;
    ProblemsPanel *m_problems = nullptr;
    ProblemsDockSizer *m_problemsSizer = nullptr;
    QUndoView *m_undoView = nullptr;
    RecentFiles *m_recentFiles = nullptr;
    ExportController *m_exporter = nullptr;
    MemoryDataPanel *m_memoryData = nullptr;
    HeapSnapshotsDock *m_heapSnapshots = nullptr;
    std::unique_ptr<RecoveryStore> m_recovery;
    Autosave *m_autosave = nullptr;
    ReportValidator m_validator;
    QTimer *m_validationTimer;
    QList<ReportProblem> m_problemsShown;
    bool m_pagesScheduled = false;
    QMetaObject::Connection m_focusConnection;
};

} // namespace lr
