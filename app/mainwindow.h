#pragma once

#include <QMainWindow>

class QTextBrowser;

namespace lr {

class Report;

// The editor's window. For now it shows the open report as the Markdown it exports to.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);

private:
    void open();
    void showReport();

    Report *m_report = nullptr;
    QTextBrowser *m_view = nullptr;
};

} // namespace lr
