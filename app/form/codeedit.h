#pragma once

#include <QPlainTextEdit>

namespace lr {

// The form's editor for code and log excerpts: monospace, not wrapped, with line numbers in a
// gutter. It grows with its lines (from kMinLines to kMaxLines; beyond, it scrolls), so the page
// scrolls rather than a small box inside it, and a turn of the wheel over it scrolls the page
// while it has nothing to scroll itself. Tab indents (a tab character, or every selected line),
// Shift+Tab outdents; Ctrl+Tab and Ctrl+Shift+Tab move on, as in Qt Creator and Kate.
class CodeEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int kMinLines = 3;
    static constexpr int kMaxLines = 30;

    explicit CodeEdit(QWidget *parent = nullptr);

    int gutterWidth() const;
    // What the gutter draws (for tests): the numbers of the lines in view, top first.
    QList<int> visibleLineNumbers() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    class Gutter;
    friend class Gutter;

    void paintGutter(QPaintEvent *event);
    void fitToLines();
    void updateGutterWidth();
    void indentSelection(bool outdent);

    Gutter *m_gutter;
};

} // namespace lr
