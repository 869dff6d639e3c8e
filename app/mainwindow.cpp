#include "mainwindow.h"

#include "io/reportfile.h"
#include "markdown/cmarkdocument.h"
#include "markdown/markdownwriter.h"
#include "model/report.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace lr {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_report(new Report(ReportTemplate::builtin(), this))
    , m_view(new QTextBrowser(this))
{
    setCentralWidget(m_view);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::open);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1000, 760);
    setWindowTitle(tr("Untitled[*] — LeakReport"));
    showReport();
}

bool MainWindow::openFile(const QString &path)
{
    const LoadResult loaded = ReportFile::load(path, m_report->reportTemplate());
    if (!loaded.ok()) {
        QMessageBox::warning(this, tr("Cannot open report"), loaded.error);
        return false;
    }
    m_report->setContent(loaded.content);
    setWindowTitle(tr("%1[*] — LeakReport").arg(QFileInfo(path).fileName()));
    showReport();
    return true;
}

void MainWindow::open()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Report"), QString(),
                                                      tr("LeakReport files (*.leakreport)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showReport()
{
    const QString markdown = MarkdownWriter(m_report->reportTemplate()).write(m_report->content());
    m_view->setHtml(markdown::CmarkDocument(markdown).toHtml());
}

} // namespace lr
