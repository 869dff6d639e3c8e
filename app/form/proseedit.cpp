#include "form/proseedit.h"

#include "form/pagewheel.h"

#include <QAbstractTextDocumentLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace lr {

namespace {
// Every kind of line break a clipboard may carry, made a space: the field is one line.
QString joinedLines(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    for (const QChar lineBreak : {QChar(u'\n'), QChar(u'\r'), QChar(QChar::ParagraphSeparator), QChar(QChar::LineSeparator)})
        text.replace(lineBreak, QLatin1Char(' '));
    return text;
}
} // namespace

ProseEdit::ProseEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // a long URL wraps too
    setTabChangesFocus(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    document()->setDocumentMargin(3); // one line is as tall as a line edit beside it
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &ProseEdit::fitToLines);
    fitToLines();
}

int ProseEdit::wrappedLineCount() const
{
    int lines = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        document()->documentLayout()->blockBoundingRect(block); // lays the block out at the current width
        lines += block.layout() ? block.layout()->lineCount() : 1;
    }
    return std::max(1, lines);
}

void ProseEdit::fitToLines()
{
    // Heights as QPlainTextEdit measures them when it decides whether to scroll: the blocks'
    // lines (the last with the document's bottom margin), the top margin and one pixel. A value
    // is one block; a value with a line break from elsewhere still shows whole.
    qreal textHeight = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next())
        textHeight += document()->documentLayout()->blockBoundingRect(block).height();
    const int lines = wrappedLineCount();
    const QTextLayout *first = document()->firstBlock().layout();
    const qreal lineHeight = first && first->lineCount() > 0 ? first->lineAt(0).height() : fontMetrics().lineSpacing();
    const qreal hidden = std::max(0, lines - kMaxLines) * lineHeight;
    // Empty, it shows the placeholder, which wraps as the text would: all of it is in view.
    const int placeholderLines = document()->isEmpty() ? std::min(placeholderLineCount(), kMaxLines) : 1;
    const qreal viewportHeight = textHeight - hidden + (placeholderLines - 1) * lineHeight + document()->documentMargin() + 1;
    const int height = int(std::ceil(viewportHeight)) + 2 * frameWidth();
    if (height == minimumHeight() && height == maximumHeight())
        return;
    setFixedHeight(height);
    emit heightChanged(height);
}

int ProseEdit::placeholderLineCount() const
{
    if (placeholderText().isEmpty())
        return 1;
    const int width = std::max(1, viewport()->width() - 2 * int(std::ceil(document()->documentMargin())));
    QTextLayout layout(placeholderText(), font());
    QTextOption option = document()->defaultTextOption();
    option.setWrapMode(wordWrapMode());
    layout.setTextOption(option);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

void ProseEdit::setTrailingSign(const QIcon &icon, const QString &text)
{
    if (icon.isNull()) {
        delete m_sign;
        m_sign = nullptr;
        setViewportMargins(0, 0, 0, 0);
        return;
    }
    if (!m_sign) {
        // It covers the strip the viewport leaves free, in the text's background colour.
        m_sign = new QLabel(this);
        m_sign->setAutoFillBackground(true);
        m_sign->setBackgroundRole(QPalette::Base);
        m_sign->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_sign->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatioF()));
    m_sign->setToolTip(text);
    m_sign->setAccessibleName(text);
    m_sign->show();
    setViewportMargins(0, 0, size + size / 2, 0); // the text wraps before the sign
    placeSign();
}

void ProseEdit::placeSign()
{
    if (!m_sign)
        return;
    // The strip right of the viewport, the sign level with the first line.
    const QRect inside = contentsRect();
    const int left = viewport()->geometry().right() + 1;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_sign->setGeometry(left, inside.top(), inside.right() + 1 - left, inside.height());
    m_sign->setContentsMargins(0, std::max(0, int(document()->documentMargin()) + (fontMetrics().height() - size) / 2), 0, 0);
}

void ProseEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        emit returnPressed();
        event->ignore(); // as a line edit does: the dialog or form around may act on it
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void ProseEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText())
        return;
    QMimeData plain;
    plain.setText(joinedLines(source->text()));
    QPlainTextEdit::insertFromMimeData(&plain);
}

void ProseEdit::wheelEvent(QWheelEvent *event)
{
    if (verticalScrollBar()->maximum() > 0 || !passWheelToPage(this, event))
        QPlainTextEdit::wheelEvent(event);
}

void ProseEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    fitToLines(); // the text wraps anew at another width
    placeSign();
}

void ProseEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToLines();
}

} // namespace lr
