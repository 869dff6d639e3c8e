#include "form/codeedit.h"

#include "form/pagewheel.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QAbstractTextDocumentLayout>

#include <algorithm>
#include <cmath>

namespace lr {

class CodeEdit::Gutter : public QWidget
{
public:
    explicit Gutter(CodeEdit *edit)
        : QWidget(edit)
        , m_edit(edit)
    {
    }
    QSize sizeHint() const override { return {m_edit->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_edit->paintGutter(event); }

private:
    CodeEdit *m_edit;
};

CodeEdit::CodeEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new Gutter(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
    connect(this, &QPlainTextEdit::blockCountChanged, this, [this] {
        updateGutterWidth();
        fitToLines();
    });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy != 0)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    // The bar comes with a long line typed or pasted, without a change of size or line count.
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &CodeEdit::fitToLines);
    updateGutterWidth();
    fitToLines();
}

int CodeEdit::gutterWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(2, digits) + 2 * fontMetrics().averageCharWidth();
}

QList<int> CodeEdit::visibleLineNumbers() const
{
    QList<int> numbers;
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > viewport()->height())
            break;
        if (block.isVisible())
            numbers.append(block.blockNumber() + 1);
    }
    return numbers;
}

void CodeEdit::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QPalette &colours = palette();
    painter.fillRect(event->rect(), colours.color(QPalette::AlternateBase));
    painter.setPen(colours.color(QPalette::PlaceholderText));
    painter.setFont(font());
    const int right = m_gutter->width() - fontMetrics().averageCharWidth();
    for (QTextBlock block = firstVisibleBlock(); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingGeometry(block).translated(contentOffset());
        if (box.top() > event->rect().bottom())
            break;
        if (block.isVisible() && box.bottom() >= event->rect().top()) {
            painter.drawText(QRect(0, int(box.top()), right, fontMetrics().height()), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        }
    }
}

void CodeEdit::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEdit::fitToLines()
{
    const int lines = std::clamp(blockCount(), kMinLines, kMaxLines);
    // Heights as QPlainTextEdit measures them when it decides whether to scroll: its layout's
    // lines (the last one also carries the document's bottom margin), plus the top margin and one
    // pixel. With the font's line spacing alone the last line missed and the box scrolled by one.
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const qreal lineHeight = layout->blockBoundingRect(document()->firstBlock()).height();
    const qreal lastLine = std::max(lineHeight, layout->blockBoundingRect(document()->lastBlock()).height());
    const qreal viewportHeight = (lines - 1) * lineHeight + lastLine + document()->documentMargin() + 1;
    // Lines wider than the box bring the horizontal scroll bar, which takes a line's room: asked
    // from its range, which is known before the bar is shown.
    const int scrollBar = horizontalScrollBar()->maximum() > 0 ? horizontalScrollBar()->sizeHint().height() : 0;
    setFixedHeight(int(std::ceil(viewportHeight)) + 2 * frameWidth() + scrollBar);
}

void CodeEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(area.left(), area.top(), gutterWidth(), area.height());
    fitToLines(); // the horizontal scroll bar comes and goes with the width
}

void CodeEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        setTabStopDistance(4 * fontMetrics().horizontalAdvance(QLatin1Char(' ')));
        updateGutterWidth();
        fitToLines();
    }
}

void CodeEdit::keyPressEvent(QKeyEvent *event)
{
    const bool tab = event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab;
    const bool back = event->key() == Qt::Key_Backtab || (event->modifiers() & Qt::ShiftModifier);
    if (tab && (event->modifiers() & Qt::ControlModifier)) {
        QWidget::focusNextPrevChild(!back); // QPlainTextEdit's own keeps the focus here
        return;
    }
    if (tab && (back || textCursor().hasSelection())) {
        indentSelection(back);
        return;
    }
    QPlainTextEdit::keyPressEvent(event); // a plain Tab types a tab character
}

void CodeEdit::indentSelection(bool outdent)
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock first = document()->findBlock(start);
    QTextBlock last = document()->findBlock(end);
    if (last != first && end == last.position())
        last = last.previous(); // a selection ending at a line's start leaves that line alone
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor line(block);
        if (!outdent) {
            line.insertText(QStringLiteral("\t"));
        } else {
            const QString text = block.text();
            // One tab, or up to four spaces, from the line's start.
            qsizetype remove = text.startsWith(QLatin1Char('\t')) ? 1 : 0;
            if (remove == 0) {
                while (remove < 4 && remove < text.size() && text[remove] == QLatin1Char(' '))
                    ++remove;
            }
            line.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, int(remove));
            line.removeSelectedText();
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void CodeEdit::wheelEvent(QWheelEvent *event)
{
    // Grown to its lines, it has nothing to scroll up or down, and QAbstractScrollArea would turn
    // the wheel into sideways scrolling: the page around it scrolls instead.
    if (verticalScrollBar()->maximum() > 0 || !passWheelToPage(this, event))
        QPlainTextEdit::wheelEvent(event);
}

} // namespace lr
