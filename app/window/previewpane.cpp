#include "window/previewpane.h"

#include "markdown/markdownhtml.h"
#include "markdown/markdownwriter.h"
#include "model/report.h"
#include "window/appearance.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
// Long enough to let a burst of keystrokes through, short enough to feel live.
constexpr int kRefreshDelayMs = 250;
constexpr int kFullRenderFallbackMs = 100;

QString sectionAnchor(int index)
{
    return u"section-%1"_s.arg(index);
}

} // namespace

LocalTextBrowser::LocalTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    // Code wraps, as in the PDF: one long line must not scroll a whole narrow pane sideways.
    // Its face is the monospace font with fallbacks: Qt's own choice for <pre>, Courier New,
    // is missing on most Linux desktops.
    document()->setDefaultStyleSheet(u"pre { white-space: pre-wrap; } pre, code { font-family: %1; }"_s
                                         .arg(Appearance::monospaceCssFamilies()));
}

QVariant LocalTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == u"qrc" || name.scheme() == u"data")
        return QTextBrowser::loadResource(type, name);
    return {}; // remote and local file images stay unloaded: the preview must not reach out
}

QString LocalTextBrowser::htmlFromMarkdown(const QString &markdown)
{
    return markdown::markdownToHtml(markdown);
}

PreviewPane::PreviewPane(Report *report, QWidget *parent)
    : QWidget(parent)
    , m_report(report)
    , m_stack(new QStackedWidget(this))
    , m_browser(new LocalTextBrowser(this))
    , m_markdown(new QPlainTextEdit(this))
    , m_renderedButton(new QToolButton(this))
    , m_markdownButton(new QToolButton(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"previewPane"_s);
    m_browser->setObjectName(u"previewBrowser"_s);
    m_browser->setOpenExternalLinks(true);
    // Tab leaves the preview in one step: walking its links first put the form out of reach.
    m_browser->setTabChangesFocus(true);
    m_markdown->setTabChangesFocus(true);
    m_browser->viewport()->installEventFilter(this);
    m_markdown->setObjectName(u"previewMarkdown"_s);
    m_markdown->setReadOnly(true);
    m_markdown->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_stack->addWidget(m_browser);
    m_stack->addWidget(m_markdown);

    auto *title = new QLabel(tr("Preview"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_renderedButton->setText(tr("Rendered"));
    m_markdownButton->setText(tr("Markdown"));
    auto *buttons = new QButtonGroup(this);
    for (QToolButton *button : {m_renderedButton, m_markdownButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        buttons->addButton(button);
    }
    m_renderedButton->setChecked(true);
    connect(m_renderedButton, &QToolButton::clicked, this, [this] { setMode(Mode::Rendered); });
    connect(m_markdownButton, &QToolButton::clicked, this, [this] { setMode(Mode::Markdown); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 2, 6, 2);
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_renderedButton);
    bar->addWidget(m_markdownButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &PreviewPane::refresh);
    connect(m_report, &Report::changed, this, &PreviewPane::scheduleRefresh);
    m_stale = true; // rendered when first shown, by which time the report is usually loaded
}

void PreviewPane::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_renderedButton->setChecked(mode == Mode::Rendered);
    m_markdownButton->setChecked(mode == Mode::Markdown);
    if (mode == Mode::Markdown) // set on first use: loading a second font family slows start-up
        m_markdown->setFont(Appearance::monospaceFont());
    m_stack->setCurrentWidget(mode == Mode::Rendered ? static_cast<QWidget *>(m_browser) : m_markdown);
    refresh();
    emit modeChanged(mode);
}

void PreviewPane::showSection(int sectionIndex)
{
    m_sectionIndex = sectionIndex;
    scrollToCurrentSection();
}

bool PreviewPane::isRefreshPending() const
{
    return m_refreshTimer->isActive();
}

void PreviewPane::scheduleRefresh()
{
    // A hidden preview costs nothing; it catches up when shown.
    if (isVisible())
        m_refreshTimer->start();
    else
        m_stale = true;
}

void PreviewPane::completePartialRender()
{
    if (m_partial)
        refresh();
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (m_partial && watched == m_browser->viewport() && event->type() == QEvent::Paint)
        QTimer::singleShot(0, this, &PreviewPane::completePartialRender);
    return QWidget::eventFilter(watched, event);
}

void PreviewPane::invalidate()
{
    m_sectionMarkdown.clear();
    m_sectionHtml.clear();
    m_browser->clear();
}

void PreviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The document keeps the colours it was rendered with; a new palette (dark mode) re-renders.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        invalidate();
        if (isVisible())
            refresh();
        else
            m_stale = true;
    }
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PreviewPane::refresh()
{
    m_refreshTimer->stop();
    m_stale = false;
    const MarkdownWriter writer(m_report->reportTemplate());
    const int sectionCount = int(m_report->reportTemplate().sections().size());
    // The first render shows only the section in view (below), so only its Markdown is written
    // then: writing every section costs about half a millisecond of start-up for text not shown.
    const bool firstRender = m_mode == Mode::Rendered && m_browser->document()->isEmpty() && sectionCount > 1;
    const int shown = firstRender ? std::clamp(m_sectionIndex, 0, sectionCount - 1) : -1;
    QStringList markdown;
    for (int i = 0; i < sectionCount; ++i)
        markdown.append(firstRender && i != shown ? QString() : writer.writeSection(m_report->content(), i));

    if (m_mode == Mode::Markdown) {
        const QString text = markdown.join(MarkdownWriter::kSectionSeparator);
        if (text != m_markdown->toPlainText()) {
            const int scroll = m_markdown->verticalScrollBar()->value();
            m_markdown->setPlainText(text);
            m_markdown->verticalScrollBar()->setValue(scroll);
        }
        return;
    }
    // Only sections whose Markdown changed go through cmark again.
    m_sectionMarkdown.resize(sectionCount);
    m_sectionHtml.resize(sectionCount);
    if (firstRender) {
        // First render: the section in view now, the whole report a moment later. Laying out
        // (shaping) the full document is most of the cost, and the first frame shows only this.
        m_sectionMarkdown[shown] = markdown[shown];
        m_sectionHtml[shown] = LocalTextBrowser::htmlFromMarkdown(markdown[shown]);
        m_browser->setHtml(m_sectionHtml[shown]);
        m_sectionHtml[shown].prepend(u"<a name=\"%1\"></a>"_s.arg(sectionAnchor(shown)));
        // The rest follows once this first frame is painted (or soon, if it is never painted).
        m_partial = true;
        QTimer::singleShot(kFullRenderFallbackMs, this, &PreviewPane::completePartialRender);
        return;
    }
    bool anyChanged = false;
    for (int i = 0; i < sectionCount; ++i) {
        if (markdown[i] == m_sectionMarkdown[i] && !m_sectionHtml[i].isEmpty())
            continue;
        m_sectionMarkdown[i] = markdown[i];
        m_sectionHtml[i] = u"<a name=\"%1\"></a>"_s.arg(sectionAnchor(i))
            + LocalTextBrowser::htmlFromMarkdown(markdown[i]);
        anyChanged = true;
    }
    if (!anyChanged && !m_browser->document()->isEmpty())
        return;
    const bool wasPartial = m_partial;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(m_sectionHtml.join(u"<hr/>"_s));
    if (wasPartial)
        scrollToCurrentSection();
    else
        m_browser->verticalScrollBar()->setValue(scroll);
    m_partial = false;
}

void PreviewPane::scrollToCurrentSection()
{
    if (m_mode == Mode::Rendered) {
        m_browser->scrollToAnchor(sectionAnchor(m_sectionIndex));
        return;
    }
    // In the Markdown text, find the section's heading line by the writer's own output.
    const QString heading = MarkdownWriter(m_report->reportTemplate())
                                .writeSection(m_report->content(), m_sectionIndex)
                                .section(u'\n', 0, 0);
    if (heading.isEmpty())
        return;
    QTextCursor found = m_markdown->document()->find(heading);
    if (!found.isNull()) {
        m_markdown->setTextCursor(found);
        m_markdown->centerCursor();
    }
}

} // namespace lr
