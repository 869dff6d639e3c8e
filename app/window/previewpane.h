#pragma once

#include <QTextBrowser>
#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace lr {

class Report;

// A QTextBrowser for reports: shows local content only (it never fetches remote images), and
// renders Markdown the way it can display it, code wrapped to the width like in the PDF.
class LocalTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LocalTextBrowser(QWidget *parent = nullptr);
    QVariant loadResource(int type, const QUrl &name) override;

    // The report's Markdown as this browser shows it (see markdown::markdownToHtml).
    static QString htmlFromMarkdown(const QString &markdown);
};

// The report as it will export: rendered from Markdown with cmark-gfm (safe mode), or as the
// raw Markdown text. Refreshes shortly after typing stops, re-rendering only the sections that
// changed, and keeps the section being edited in view.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Rendered, Markdown };

    explicit PreviewPane(Report *report, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // Brings the heading of a section into view (now, and after every refresh).
    void showSection(int sectionIndex);
    // Renders immediately; normally a timer calls it after edits.
    void refresh();
    bool isRefreshPending() const;
    // Forgets the rendered sections, so the next refresh renders every one of them again.
    void invalidate();

    QTextBrowser *browser() const { return m_browser; }
    QPlainTextEdit *markdownView() const { return m_markdown; }

signals:
    void modeChanged(Mode mode);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRefresh();
    void completePartialRender();
    void scrollToCurrentSection();

    Report *m_report;
    Mode m_mode = Mode::Rendered;
    int m_sectionIndex = 0;
    bool m_stale = false;   // the report changed while the pane was hidden
    bool m_partial = false; // only the current section is shown so far (first render)
    QStackedWidget *m_stack;
    LocalTextBrowser *m_browser;
    QPlainTextEdit *m_markdown;
    QToolButton *m_renderedButton;
    QToolButton *m_markdownButton;
    QTimer *m_refreshTimer;
    QStringList m_sectionMarkdown; // what each section's HTML below was rendered from
    QStringList m_sectionHtml;
};

} // namespace lr
