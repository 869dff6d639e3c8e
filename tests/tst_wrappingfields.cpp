#include "form/codeedit.h"
#include "form/fieldeditor.h"
#include "form/formbinder.h"
#include "form/proseedit.h"
#include "form/rowseteditor.h"
#include "form/sectionpage.h"
#include "markdown/markdownwriter.h"
#include "model/report.h"
#include "model/reporteditor.h"
#include "template/reporttemplate.h"
#include "testsupport.h"
#include "window/mainwindow.h"
#include "window/reportdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace lr;

// Sentences are never hidden behind a field's end: the template's prose fields wrap and grow,
// and its one-column lists (steps, lessons) wrap their rows, at the window size users have.
class TestWrappingFields : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void proseFields_showTheWholeSentence_data();
    void proseFields_showTheWholeSentence();
    void proseField_growsToAFewLinesThenScrolls();
    void proseField_keepsOneLineOfMarkdown();
    void proseField_showsItsWholePlaceholderWhileEmpty();
    void proseField_showsItsProblemSignInsideLikeALineEdit();
    void lists_wrapEveryRowAtTheColumnsWidth_data();
    void lists_wrapEveryRowAtTheColumnsWidth();
    void listCell_editsInAWrappingBoxThatGrowsItsRow();
    void codeBox_withLongLinesKeepsEveryLineInView();

private:
    void openSample();
    FieldEditor *showField(const QString &fieldId);
    RowSetEditor *showRowSet(const QString &rowSetId);
    int sectionOf(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

namespace {
const QString kLongSentence = u"Each WebSocket session adds an anonymous \"reconnect\" listener to the shared RedisPubSub "
                              "emitter, and close() never removes it, so every closed session stays reachable "
                              "from the emitter's listener array together with its buffers"_s;

// The fields the issue saw clipped, and the other sentences of the template.
const QStringList kProseFields{u"tldr"_s, u"resolutionRootCause"_s, u"whyNotCollected"_s, u"leakPattern"_s,
                               u"reproductionTime"_s, u"vulnerableCodeExplanation"_s, u"fixedCodeExplanation"_s,
                               u"howDiscovered"_s, u"comparisonMethod"_s, u"rolloutStrategy"_s};
} // namespace

void TestWrappingFields::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWrappingFields::cleanup()
{
    m_window->document()->undoStack()->setClean();
    m_window->close();
    m_window.reset();
    m_dir.reset();
}

void TestWrappingFields::openSample()
{
    const QString path = m_dir->filePath(u"sample.leakreport"_s);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(path));
}

int TestWrappingFields::sectionOf(const QString &id) const
{
    const QList<SectionDef> &sections = m_window->document()->report()->reportTemplate().sections();
    for (int i = 0; i < sections.size(); ++i) {
        for (const FieldDef *field : sections[i].fields) {
            if (field->id == id)
                return i;
        }
        for (const RowSetDef *rowSet : sections[i].rowSets) {
            if (rowSet->id == id)
                return i;
        }
    }
    return -1;
}

FieldEditor *TestWrappingFields::showField(const QString &fieldId)
{
    const int section = sectionOf(fieldId);
    m_window->showSection(section);
    FieldEditor *editor = m_window->binder()->fieldEditor(fieldId);
    if (editor)
        m_window->page(section)->reveal(editor->focusTarget());
    return editor;
}

RowSetEditor *TestWrappingFields::showRowSet(const QString &rowSetId)
{
    const int section = sectionOf(rowSetId);
    m_window->showSection(section);
    RowSetEditor *editor = m_window->binder()->rowSetEditor(rowSetId);
    if (editor)
        m_window->page(section)->reveal(editor);
    return editor;
}

void TestWrappingFields::proseFields_showTheWholeSentence_data()
{
    QTest::addColumn<QString>("fieldId");
    for (const QString &id : kProseFields)
        QTest::addRow("%s", qPrintable(id)) << id;
}

void TestWrappingFields::proseFields_showTheWholeSentence()
{
    // Before: a QLineEdit 450 px wide showed the first 70 characters of a 230-character sentence.
    QFETCH(QString, fieldId);
    m_window->document()->editor()->setValue(fieldId, kLongSentence);
    FieldEditor *editor = showField(fieldId);
    QVERIFY(editor);
    auto *edit = qobject_cast<ProseEdit *>(editor->focusTarget());
    QVERIFY2(edit, qPrintable(fieldId + u" is a "_s + QString::fromLatin1(editor->focusTarget()->metaObject()->className())));
    QTRY_VERIFY(edit->isVisible());
    QCOMPARE(edit->toPlainText(), kLongSentence);
    QVERIFY2(edit->wrappedLineCount() >= 2, qPrintable(QString::number(edit->wrappedLineCount())));
    QVERIFY(edit->wrappedLineCount() <= ProseEdit::kMaxLines);
    // Every line in view: nothing to scroll.
    QCOMPARE(edit->verticalScrollBar()->maximum(), 0);
    QCOMPARE(edit->horizontalScrollBar()->value(), 0);
}

void TestWrappingFields::proseField_growsToAFewLinesThenScrolls()
{
    FieldEditor *editor = showField(u"tldr"_s);
    auto *edit = qobject_cast<ProseEdit *>(editor->focusTarget());
    QVERIFY(edit);
    // Empty, it is as tall as the line edits around it (one line).
    auto *service = qobject_cast<QLineEdit *>(m_window->binder()->fieldEditor(u"service"_s)->focusTarget());
    QVERIFY(service);
    QVERIFY2(std::abs(edit->height() - service->sizeHint().height()) <= 4,
             qPrintable(u"%1 vs %2"_s.arg(edit->height()).arg(service->sizeHint().height())));
    const int oneLine = edit->height();

    m_window->document()->editor()->setValue(u"tldr"_s, kLongSentence);
    QTRY_VERIFY(edit->height() > oneLine);
    const int lineSpacing = edit->fontMetrics().lineSpacing();
    QCOMPARE((edit->height() - oneLine + lineSpacing / 2) / lineSpacing, edit->wrappedLineCount() - 1);

    // Ten sentences: kMaxLines in view, the rest scrolls inside the field.
    m_window->document()->editor()->setValue(u"tldr"_s, QString(kLongSentence + u" "_s).repeated(10).trimmed());
    QTRY_VERIFY(edit->wrappedLineCount() > ProseEdit::kMaxLines);
    QCOMPARE((edit->height() - oneLine + lineSpacing / 2) / lineSpacing, ProseEdit::kMaxLines - 1);
    QVERIFY(edit->verticalScrollBar()->maximum() > 0);
}

void TestWrappingFields::proseField_keepsOneLineOfMarkdown()
{
    FieldEditor *editor = showField(u"whyNotCollected"_s);
    auto *edit = qobject_cast<ProseEdit *>(editor->focusTarget());
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, u"The emitter"_s);
    QTest::keyClick(edit, Qt::Key_Return); // no line break in a field
    QTest::keyClicks(edit, u" holds it"_s);
    QApplication::clipboard()->setText(u"\nthrough\r\nits listener\u2029array"_s); // lines from a terminal
    edit->paste();
    const QString expected = u"The emitter holds it through its listener array"_s;
    QCOMPARE(edit->toPlainText(), expected);
    QCOMPARE(m_window->document()->report()->value(u"whyNotCollected"_s), expected);
    const QString markdown = MarkdownWriter(m_window->document()->report()->reportTemplate())
                                 .write(m_window->document()->report()->content());
    QVERIFY(markdown.contains(u"**Why Not GC'd**: "_s + expected + u"\n"_s));
}

void TestWrappingFields::proseField_showsItsWholePlaceholderWhileEmpty()
{
    // At a large font the placeholder of an empty Pattern wrapped, and its second line was cut.
    QFont large = m_window->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    m_window->setFont(large);
    FieldEditor *editor = showField(u"leakPattern"_s);
    auto *edit = qobject_cast<ProseEdit *>(editor->focusTarget());
    QVERIFY(edit);
    QVERIFY(edit->toPlainText().isEmpty());
    QTRY_VERIFY2(edit->placeholderLineCount() >= 2, qPrintable(QString::number(edit->placeholderLineCount())));
    const int lineSpacing = edit->fontMetrics().lineSpacing();
    QVERIFY2(edit->viewport()->height() >= edit->placeholderLineCount() * lineSpacing,
             qPrintable(u"%1 px for %2 lines of %3 px"_s.arg(edit->viewport()->height()).arg(edit->placeholderLineCount()).arg(lineSpacing)));
    // Typed text takes over: one short line is one line high.
    QTest::keyClicks(edit, u"closure trap"_s);
    QTRY_VERIFY(edit->viewport()->height() < 2 * lineSpacing);
}

void TestWrappingFields::proseField_showsItsProblemSignInsideLikeALineEdit()
{
    // TL;DR is required: empty, it is an error. Its sign sits inside the box at the trailing
    // edge, as in the line edits around it, so the boxes of a page end at one x.
    FieldEditor *editor = showField(u"tldr"_s);
    auto *edit = qobject_cast<ProseEdit *>(editor->focusTarget());
    QVERIFY(edit);
    QTRY_VERIFY(!editor->problem().isEmpty());
    QLabel *sign = edit->trailingSign();
    QVERIFY(sign && sign->isVisible());
    QCOMPARE(sign->toolTip(), editor->problem());
    QVERIFY(edit->rect().contains(sign->geometry()));
    QVERIFY2(edit->viewport()->geometry().right() < sign->geometry().left(), "the text wraps before the sign");
    // In one group, a prose field (not filled in: a sign too) ends where a line edit ends.
    QWidget *prose = m_window->binder()->fieldEditor(u"impactAffectedUsers"_s)->focusTarget();
    QWidget *lineEdit = m_window->binder()->fieldEditor(u"impactMemoryGrowth"_s)->focusTarget();
    QVERIFY(qobject_cast<ProseEdit *>(prose) && qobject_cast<ProseEdit *>(prose)->trailingSign());
    QCOMPARE(prose->mapTo(m_window.get(), QPoint(prose->width(), 0)).x(),
             lineEdit->mapTo(m_window.get(), QPoint(lineEdit->width(), 0)).x());
    m_window->document()->editor()->setValue(u"tldr"_s, kLongSentence);
    QTRY_VERIFY(!edit->trailingSign());
}

void TestWrappingFields::lists_wrapEveryRowAtTheColumnsWidth_data()
{
    QTest::addColumn<QString>("rowSetId");
    QTest::newRow("Why This Leaks") << u"leakMechanism"_s;
    QTest::newRow("Reproduction Steps") << u"reproductionSteps"_s;
    QTest::newRow("What Went Well") << u"wentWell"_s;
    QTest::newRow("Incident Timeline, Details") << u"timeline"_s; // the last column of a table
    QTest::newRow("Files Modified, Change") << u"filesModified"_s;
}

void TestWrappingFields::lists_wrapEveryRowAtTheColumnsWidth()
{
    // Before: one line per row, the sentence elided ("…") at the column's end.
    QFETCH(QString, rowSetId);
    openSample();
    const RowSetDef *rowSet = m_window->document()->report()->reportTemplate().rowSet(rowSetId);
    QVERIFY(rowSet);
    const int column = int(rowSet->columns.size()) - 1;
    m_window->document()->editor()->setCell(rowSetId, 0, rowSet->columns[column].id, kLongSentence);
    RowSetEditor *rows = showRowSet(rowSetId);
    QVERIFY(rows);
    QTableView *view = rows->view();
    QTRY_VERIFY(view->isVisible());
    QVERIFY(view->wordWrap());
    const int width = view->columnWidth(column);
    QVERIFY2(width > 250, qPrintable(QString::number(width)));
    // The last column ends at the view's edge: nothing to scroll sideways.
    QCOMPARE(view->horizontalHeader()->length(), view->viewport()->width());
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString text = view->model()->index(row, column).data().toString();
        // The lines the sentence needs at the column's width, and no more (a row sized at another
        // width is too short or too tall).
        const QRect needed = view->fontMetrics().boundingRect(QRect(0, 0, width - 8, 10000), Qt::TextWordWrap, text);
        const int lines = std::max(1, (needed.height() + view->fontMetrics().lineSpacing() / 2) / view->fontMetrics().lineSpacing());
        QVERIFY2(view->rowHeight(row) >= needed.height(),
                 qPrintable(u"row %1: %2 px for %3 px of text"_s.arg(row).arg(view->rowHeight(row)).arg(needed.height())));
        QVERIFY2(view->rowHeight(row) <= (lines + 1) * view->fontMetrics().lineSpacing() + 8,
                 qPrintable(u"row %1: %2 px for %3 lines"_s.arg(row).arg(view->rowHeight(row)).arg(lines)));
        if (row == 0)
            QVERIFY(lines >= 2);
    }
    // The table shows all its rows: nothing scrolls inside it.
    QCOMPARE(view->verticalScrollBar()->maximum(), 0);
    QVERIFY(view->height() >= view->verticalHeader()->length());
}

void TestWrappingFields::listCell_editsInAWrappingBoxThatGrowsItsRow()
{
    RowSetEditor *rows = showRowSet(u"reproductionSteps"_s);
    QVERIFY(rows);
    QTableView *view = rows->view();
    const QModelIndex first = view->model()->index(0, 0);
    view->setFocus();
    view->setCurrentIndex(first);
    view->edit(first);
    auto *edit = qobject_cast<ProseEdit *>(QApplication::focusWidget());
    QVERIFY(edit);
    const int oneLine = view->rowHeight(0);
    QTest::keyClicks(edit, kLongSentence);
    QTRY_VERIFY(view->rowHeight(0) > oneLine);
    QVERIFY(view->rowHeight(0) >= edit->height());
    QTest::keyClick(edit, Qt::Key_Return); // commits, as in a line edit
    QTRY_COMPARE(m_window->document()->report()->cell(u"reproductionSteps"_s, 0, u"step"_s), kLongSentence);
    QTRY_VERIFY(!view->indexWidget(first) && QApplication::focusWidget() == view);
}

// The sample's GC log lines are long: opened with the report, the sideways scroll bar they bring
// took the room of the third line, and the box scrolled up and down too.
void TestWrappingFields::codeBox_withLongLinesKeepsEveryLineInView()
{
    openSample();
    FieldEditor *editor = showField(u"gcLogs"_s);
    QVERIFY(editor);
    auto *code = qobject_cast<CodeEdit *>(editor->widget());
    QVERIFY(code);
    QTRY_VERIFY(code->isVisible() && code->horizontalScrollBar()->isVisible());
    QTRY_COMPARE(code->verticalScrollBar()->maximum(), 0);
    QCOMPARE(code->visibleLineNumbers().size(), code->blockCount());
}

QTEST_MAIN(TestWrappingFields)
#include "tst_wrappingfields.moc"
