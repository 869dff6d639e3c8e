#pragma once

#include <QPlainTextEdit>

class QLabel;

namespace lr {

// A text field for a sentence or more (TL;DR, Why Not GC'd, a list's step): it wraps at the
// width it has and grows from one line to kMaxLines (beyond, it scrolls), so nothing typed is
// hidden behind the field's end as in a line edit. It holds one line of Markdown: Return does
// not break the line (it emits returnPressed, as a line edit does), and line breaks in pasted
// text become spaces. Tab moves on; the wheel scrolls the page while the field has nothing to
// scroll.
class ProseEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMaxLines = 6;

    explicit ProseEdit(QWidget *parent = nullptr);

    // The lines the text takes at the field's width (at least 1).
    int wrappedLineCount() const;
    // The lines the placeholder takes at the field's width, shown while it is empty.
    int placeholderLineCount() const;
    // A sign at the field's trailing edge, inside its frame as in a line edit (a problem's);
    // a null icon removes it. The text goes to its tooltip and to screen readers.
    void setTrailingSign(const QIcon &icon, const QString &text);
    QLabel *trailingSign() const { return m_sign; }

signals:
    void returnPressed();
    // It grew or shrank with its lines (a table's row follows a cell editor's height).
    void heightChanged(int height);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void insertFromMimeData(const QMimeData *source) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitToLines();
    void placeSign();

    QLabel *m_sign = nullptr;
};

} // namespace lr
