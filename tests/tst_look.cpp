#include "testsupport.h"

#include "check/reportvalidator.h"
#include "form/fieldeditor.h"
#include "form/formbinder.h"
#include "form/sectionpage.h"
#include "model/reporteditor.h"
#include "template/reporttemplate.h"
#include "window/appearance.h"
#include "window/appicons.h"
#include "window/mainwindow.h"
#include "window/previewpane.h"
#include "window/problemspanel.h"
#include "window/reportdocument.h"
#include "window/sectionnavigator.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

// A dark palette like qt6ct's "darker" scheme: light text on dark bases.
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2f, 0x2f, 0x2f), base(0x1e, 0x1e, 0x1e), text(0xe0, 0xe0, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x5d, 0x8f));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x5d, 0xb6, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    return p;
}

QImage iconImage(const QIcon &icon, int size = 16)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

// The mean colour of the icon's clearly drawn pixels.
QColor inkOf(const QImage &image)
{
    double r = 0, g = 0, b = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() < 200)
                continue;
            r += c.redF(), g += c.greenF(), b += c.blueF();
            ++count;
        }
    }
    return count ? QColor::fromRgbF(float(r / count), float(g / count), float(b / count)) : QColor();
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

// The x of a widget's left edge in the coordinates of `ancestor`.
int xIn(const QWidget *widget, const QWidget *ancestor)
{
    return widget->mapTo(ancestor, QPoint(0, 0)).x();
}

QString withoutMnemonic(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    return text;
}

QFont applicationFontAt(qreal points)
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    return font;
}

// LEAKREPORT_LOOK_SHOTS=DIR keeps a picture of each page the tests render, to look at.
void keepShot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("LEAKREPORT_LOOK_SHOTS");
    if (dir.isEmpty())
        return;
    // As a user sees it: fields that grew on showing are laid out again first.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    window->grab().save(dir + u'/' + name + u".png"_s);
}

// Sets the application's palette and font for the lifetime of one test, and back after. A
// platform theme (qt6ct, KDE) gives item views, line edits and the like palettes of their own;
// the dark palette goes to each of them, as such a theme's would.
class AppearanceScope
{
public:
    AppearanceScope(const QPalette &palette, const QFont &font)
        : m_palette(QApplication::palette())
        , m_font(QApplication::font())
    {
        for (const char *name : kThemedClasses)
            m_classPalettes.append(QApplication::palette(name));
        QApplication::setPalette(palette);
        for (const char *name : kThemedClasses)
            QApplication::setPalette(palette, name);
        QApplication::setFont(font);
    }
    ~AppearanceScope()
    {
        QApplication::setPalette(m_palette);
        for (qsizetype i = 0; i < m_classPalettes.size(); ++i)
            QApplication::setPalette(m_classPalettes[i], kThemedClasses[i]);
        QApplication::setFont(m_font);
    }

private:
    static constexpr const char *kThemedClasses[] = {"QToolButton", "QAbstractButton", "QCheckBox", "QHeaderView",
                                                     "QAbstractItemView", "QLabel", "QGroupBox", "QMenu",
                                                     "QMenuBar", "QTabBar", "QTextEdit", "QLineEdit"};
    QPalette m_palette;
    QFont m_font;
    QList<QPalette> m_classPalettes;
};

} // namespace

// How the editor looks: docks, toolbar and icons, labels and fields lining up, and every page
// under a dark palette and a large font. Offscreen, with the Fusion style (`-style Fusion`).
class TestLook : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void problemsDock_isCompactAndItsSizeRemembered();
    void problemsDock_isOneLineWhileThereIsNothingToReport();
    void toolbar_hasTheFrequentActionsWithIcons();
    void problemIcons_tellErrorsFromNotFilled();
    void choiceField_showsItsProblemSignToo();
    void navigator_showsEachSectionsState();
    void labelsAndFields_lineUpAcrossGroups_data();
    void labelsAndFields_lineUpAcrossGroups();
    void numberFields_fitTheirPlaceholderBesideTheProblemSign();

    void calendarIcon_followsThePalette();
    void monospaceFont_fallsBackWhenThePlatformFixedFontIsMissing();
    void codeFieldsAndPreview_stayMonospaceAtTheApplicationFontSize();
    void navigator_namesFitAtALargeFont();
    void everyPage_followsADarkPaletteAndALargeFont_data();
    void everyPage_followsADarkPaletteAndALargeFont();

private:
    std::unique_ptr<MainWindow> newWindow(const QSize &size = QSize(1280, 800));
    // A new window in place of the test's, built under the palette and font set now.
    bool reopenWindow(const QSize &size = QSize(1280, 800))
    {
        m_window.reset();
        m_window = newWindow(size);
        return m_window != nullptr;
    }
    SectionPage *page(MainWindow *window, int index) { return window->page(index); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestLook::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    test::useOwnSettings(m_settingsDir.path());
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

std::unique_ptr<MainWindow> TestLook::newWindow(const QSize &size)
{
    auto window = std::make_unique<MainWindow>(m_dir->filePath(u"recovery"_s));
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->buildAllPages();
    window->validateNow();
    return window;
}

void TestLook::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = newWindow();
    QVERIFY(m_window);
}

void TestLook::cleanup()
{
    if (m_window) {
        m_window->document()->undoStack()->setClean();
        m_window->close();
    }
    m_window.reset();
    m_dir.reset();
}

void TestLook::problemsDock_isCompactAndItsSizeRemembered()
{
    cleanup();
    QVERIFY(QFile::remove(QSettings().fileName()) || !QFile::exists(QSettings().fileName()));
    m_dir = std::make_unique<QTemporaryDir>();
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
        m_window = newWindow(size);
        QVERIFY(m_window);
        auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
        QVERIFY(dock && dock->isVisible());
        // A new report has its required fields empty; the list still takes a strip, not half.
        QTRY_VERIFY2(dock->height() <= m_window->height() / 4,
                     qPrintable(u"problems dock %1 px of %2"_s.arg(dock->height()).arg(m_window->height())));
        QVERIFY2(dock->height() >= 3 * dock->fontMetrics().lineSpacing(), "the problems list still shows a few lines");
        m_window->document()->undoStack()->setClean();
        m_window->close();
        m_window.reset();
    }

    // A size the user gave it is kept for the next window.
    m_window = newWindow(QSize(1280, 800));
    auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    m_window->resizeDocks({dock}, {300}, Qt::Vertical);
    QTRY_COMPARE(dock->height(), 300);
    m_window->close();
    m_window.reset();
    m_window = newWindow(QSize(1280, 800));
    dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    QTRY_VERIFY2(qAbs(dock->height() - 300) <= 2, qPrintable(QString::number(dock->height())));
}

// With nothing to report the panel said so in one line and kept a strip of 140 px empty below
// it; now it is that one line, and the strip comes back with the first problem.
void TestLook::problemsDock_isOneLineWhileThereIsNothingToReport()
{
    auto *dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    QVERIFY(dock && dock->isVisible());
    QTRY_VERIFY(!m_window->problemsPanel()->problems().isEmpty()); // a new report: required fields
    const int strip = dock->height();
    const QString path = m_dir->filePath(u"sample.leakreport"_s);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(path));
    QTRY_VERIFY(m_window->problemsPanel()->problems().isEmpty());
    const int line = m_window->problemsPanel()->fontMetrics().lineSpacing();
    QTRY_VERIFY2(dock->height() < strip / 2, qPrintable(u"%1 px of %2"_s.arg(dock->height()).arg(strip)));
    // Its one line shows whole.
    QTreeWidget *list = m_window->problemsPanel();
    const QRect first = list->visualItemRect(list->topLevelItem(0));
    QVERIFY2(list->viewport()->rect().contains(first), qPrintable(u"line %1 px in %2 px"_s.arg(first.height()).arg(list->viewport()->height())));
    QVERIFY(dock->height() >= line);

    m_window->document()->editor()->setValue(u"service"_s, QString());
    QTRY_VERIFY(!m_window->problemsPanel()->problems().isEmpty());
    QTRY_VERIFY2(qAbs(dock->height() - strip) <= 2, qPrintable(u"%1 px, the strip was %2"_s.arg(dock->height()).arg(strip)));

    // Closed while compact, the next window starts with the strip.
    m_window->document()->undoStack()->undo();
    QTRY_VERIFY(dock->height() < strip / 2);
    m_window->document()->undoStack()->setClean();
    QVERIFY(dock->height() < strip / 2);
    QVERIFY(m_window->close()); // saves the window state
    QVERIFY(reopenWindow());
    dock = m_window->findChild<QDockWidget *>(u"problemsDock"_s);
    QTRY_VERIFY2(qAbs(dock->height() - strip) <= 2, qPrintable(u"%1 px, the strip was %2"_s.arg(dock->height()).arg(strip)));
}

void TestLook::toolbar_hasTheFrequentActionsWithIcons()
{
    auto *toolBar = m_window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY2(toolBar, "a main toolbar");
    QVERIFY(toolBar->isVisible());
    QStringList names;
    QSet<qint64> images;
    for (QAction *action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        names.append(action->objectName());
        // Offscreen there is no icon theme: the bundled icon stands in.
        const QImage image = iconImage(action->icon(), 22);
        QVERIFY2(!image.isNull() && inkOf(image).isValid(), qPrintable(action->objectName()));
        images.insert(image.cacheKey() ? qint64(qHashBits(image.constBits(), size_t(image.sizeInBytes()))) : 0);
        QVERIFY2(!action->toolTip().isEmpty(), qPrintable(action->objectName()));
    }
    for (const QString &expected : {u"actionNew"_s, u"actionOpen"_s, u"actionSave"_s, u"actionUndo"_s,
                                    u"actionRedo"_s, u"actionExportPdf"_s, u"actionToggleMemoryData"_s})
        QVERIFY2(names.contains(expected), qPrintable(expected + u" in "_s + names.join(u", "_s)));
    QCOMPARE(images.size(), names.size()); // every action its own icon
}

void TestLook::problemIcons_tellErrorsFromNotFilled()
{
    // A new report: the required fields are errors, the others are not filled in.
    auto *problems = m_window->problemsPanel();
    QTreeWidgetItem *errors = problems->topLevelItem(0), *unfilled = problems->topLevelItem(1);
    QVERIFY(errors->childCount() > 0 && unfilled->childCount() > 0);
    const QImage errorImage = iconImage(errors->child(0)->icon(0));
    const QImage unfilledImage = iconImage(unfilled->child(0)->icon(0));
    QVERIFY(!errorImage.isNull() && !unfilledImage.isNull());
    QVERIFY2(errorImage != unfilledImage, "errors and parts not filled in have icons of their own");

    // A field shows the same sign as its line in the list.
    const auto signOn = [](QLineEdit *edit) {
        for (QAction *action : edit->actions()) {
            if (action->isVisible() && action->toolTip() != QObject::tr("Pick a date") && !action->icon().isNull())
                return iconImage(action->icon());
        }
        return QImage();
    };
    const QList<ReportProblem> &list = problems->problems();
    bool sawError = false, sawUnfilled = false;
    for (const ReportProblem &problem : list) {
        if (problem.row >= 0)
            continue;
        auto *edit = qobject_cast<QLineEdit *>(m_window->binder()->widgetFor(problem.fieldId));
        if (!edit || (problem.isError() ? sawError : sawUnfilled))
            continue;
        QCOMPARE(signOn(edit), problem.isError() ? errorImage : unfilledImage);
        (problem.isError() ? sawError : sawUnfilled) = true;
    }
    QVERIFY(sawError && sawUnfilled);
}

void TestLook::choiceField_showsItsProblemSignToo()
{
    // Severity is required: empty, it is an error, and its combo box says so like a line edit.
    FieldEditor *severity = m_window->binder()->fieldEditor(u"severity"_s);
    QVERIFY(severity);
    QVERIFY(!severity->problem().isEmpty());
    QWidget *combo = severity->focusTarget();
    QVERIFY(qobject_cast<QComboBox *>(combo));
    auto *sign = severity->widget()->findChild<QLabel *>(u"severityProblem"_s);
    QVERIFY2(sign && sign->isVisible(), "a problem sign beside the Severity combo box");
    QVERIFY(!sign->pixmap().isNull());
    QCOMPARE(sign->toolTip(), severity->problem());
    QVERIFY(sign->geometry().left() >= combo->geometry().right()); // beside it, not over it

    m_window->document()->editor()->setValue(u"severity"_s, u"High"_s);
    m_window->validateNow();
    QVERIFY(severity->problem().isEmpty());
    QVERIFY(!sign->isVisible());
}

void TestLook::navigator_showsEachSectionsState()
{
    // A new report: Header has empty required fields (errors), other sections are unfilled.
    SectionNavigator *navigator = m_window->navigator();
    const QImage error = iconImage(AppIcons::bundledIcon(AppIcons::Name::Error));
    const QImage unfilled = iconImage(AppIcons::bundledIcon(AppIcons::Name::NotFilled));
    const QImage complete = iconImage(AppIcons::bundledIcon(AppIcons::Name::Complete));
    QVERIFY(error != unfilled && unfilled != complete && error != complete);
    const auto checkSigns = [&] {
        QSet<QString> sectionsWithProblems, sectionsWithErrors;
        for (const ReportProblem &problem : m_window->problemsPanel()->problems()) {
            sectionsWithProblems.insert(problem.sectionId);
            if (problem.isError())
                sectionsWithErrors.insert(problem.sectionId);
        }
        QMap<QString, int> counts;
        for (int i = 0; i < navigator->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = navigator->topLevelItem(i);
            const QString id = item->data(0, Qt::UserRole).toString();
            const auto [expected, state] = sectionsWithErrors.contains(id) ? std::pair(error, u"errors"_s)
                : sectionsWithProblems.contains(id)                       ? std::pair(unfilled, u"unfilled"_s)
                                                                          : std::pair(complete, u"complete"_s);
            if (iconImage(item->icon(0)) != expected || item->toolTip(0).isEmpty())
                return u"%1 should show %2"_s.arg(id, state);
            ++counts[state];
        }
        return u"%1 errors, %2 unfilled, %3 complete"_s.arg(counts[u"errors"_s]).arg(counts[u"unfilled"_s]).arg(counts[u"complete"_s]);
    };
    QString states = checkSigns();
    QVERIFY2(!states.contains(u"should"_s) && !states.startsWith(u"0 errors"_s) && !states.contains(u" 0 unfilled"_s),
             qPrintable(states));

    // The sample report: sections with every part filled and no problem are complete.
    const QString samplePath = m_dir->filePath(u"sample.leakreport"_s);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, samplePath));
    QFile::setPermissions(samplePath, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(m_window->openFile(samplePath));
    m_window->validateNow();
    states = checkSigns();
    QVERIFY2(!states.contains(u"should"_s) && !states.contains(u" 0 complete"_s), qPrintable(states));
}

void TestLook::labelsAndFields_lineUpAcrossGroups_data()
{
    QTest::addColumn<int>("section");
    const QList<SectionDef> &sections = ReportTemplate::builtin()->sections();
    for (int i = 0; i < sections.size(); ++i)
        QTest::addRow("%s", qPrintable(sections[i].id)) << i;
}

void TestLook::labelsAndFields_lineUpAcrossGroups()
{
    QFETCH(int, section);
    m_window->showSection(section);
    SectionPage *sectionPage = page(m_window.get(), section);
    QWidget *content = sectionPage->widget();
    QTRY_VERIFY(content->isVisible());
    QCoreApplication::processEvents();
    // Every label of a form row (top level, in a group, "More lines:" under fences and
    // checklists) ends at one x, and every field it labels starts at one x.
    QSet<int> labelRights, fieldLefts;
    QStringList where;
    for (QLabel *label : content->findChildren<QLabel *>()) {
        if (!label->buddy() || !label->isVisibleTo(content))
            continue;
        const int right = xIn(label, content) + label->width();
        const QWidget *field = label->buddy();
        labelRights.insert(right);
        fieldLefts.insert(xIn(field, content));
        where.append(u"%1 ends at %2, its field starts at %3"_s.arg(label->text()).arg(right).arg(xIn(field, content)));
    }
    keepShot(m_window.get(), u"light-%1"_s.arg(section, 2, 10, QChar(u'0')));
    if (labelRights.isEmpty())
        QSKIP("no form rows on this page");
    QVERIFY2(labelRights.size() == 1, qPrintable(where.join(u"\n"_s)));
    QVERIFY2(fieldLefts.size() == 1, qPrintable(where.join(u"\n"_s)));
    // Check boxes of checklists in different groups start at one x too.
    QSet<int> checkBoxLefts;
    for (QCheckBox *box : content->findChildren<QCheckBox *>()) {
        if (box->isVisibleTo(content))
            checkBoxLefts.insert(xIn(box, content));
    }
    QVERIFY2(checkBoxLefts.size() <= 1, "check boxes start at several x");
}

void TestLook::numberFields_fitTheirPlaceholderBesideTheProblemSign()
{
    // Every number field of a new report is unfilled and shows a sign; its placeholder still fits.
    const ReportTemplate &t = m_window->document()->report()->reportTemplate();
    int checked = 0;
    for (const SectionDef &section : t.sections()) {
        for (const FieldDef *field : section.fields) {
            if (field->type != FieldType::Number && field->type != FieldType::Integer)
                continue;
            auto *edit = qobject_cast<QLineEdit *>(m_window->binder()->fieldEditor(field->id)->focusTarget());
            QVERIFY(edit);
            m_window->binder()->fieldEditor(field->id)->setProblem(u"test"_s);
            edit->ensurePolished();
            // The sign is a tool button inside the line edit; the text ends where it begins.
            int textRight = edit->width();
            for (QToolButton *button : edit->findChildren<QToolButton *>()) {
                if (button->isVisibleTo(edit))
                    textRight = std::min(textRight, button->x());
            }
            QStyleOptionFrame option;
            option.initFrom(edit);
            option.rect = QRect(0, 0, edit->minimumSizeHint().width(), edit->height());
            const QRect contents = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
            const int available = std::min(textRight, edit->width()) - contents.left()
                - 2 * 2 /* QLineEdit's horizontal margin */ - edit->textMargins().left();
            const int needed = edit->fontMetrics().horizontalAdvance(field->placeholder);
            QVERIFY2(needed <= available, qPrintable(u"%1: \"%2\" needs %3 px, has %4"_s.arg(field->id, field->placeholder)
                                                        .arg(needed).arg(available)));
            ++checked;
        }
    }
    QVERIFY(checked > 10);
}

void TestLook::calendarIcon_followsThePalette()
{
    AppearanceScope dark(darkPalette(), QApplication::font());
    auto *edit = qobject_cast<QLineEdit *>(m_window->binder()->fieldEditor(u"date"_s)->focusTarget());
    QVERIFY(edit);
    QAction *pick = nullptr;
    for (QAction *action : edit->actions()) {
        if (action->toolTip() == QObject::tr("Pick a date"))
            pick = action;
    }
    QVERIFY(pick);
    const QColor ink = inkOf(iconImage(pick->icon()));
    QVERIFY(ink.isValid());
    const double contrast = qAbs(luminance(ink) - luminance(edit->palette().color(QPalette::Base)));
    QVERIFY2(contrast > 0.5, qPrintable(u"calendar ink %1 on base %2"_s.arg(ink.name(), edit->palette().color(QPalette::Base).name())));
}

void TestLook::monospaceFont_fallsBackWhenThePlatformFixedFontIsMissing()
{
    QFont missing(u"No Such Monospace Family"_s, 9);
    QFont application = QApplication::font();
    application.setPointSizeF(15);
    const QFont font = Appearance::monospaceFont(application, missing);
    QVERIFY(QFontInfo(font).fixedPitch());
    QCOMPARE(font.pointSizeF(), 15.0);
}

void TestLook::codeFieldsAndPreview_stayMonospaceAtTheApplicationFontSize()
{
    AppearanceScope scope(QApplication::palette(), applicationFontAt(16));
    QVERIFY(reopenWindow());
    int codeFields = 0;
    for (const SectionDef &section : m_window->document()->report()->reportTemplate().sections()) {
        for (const FieldDef *field : section.fields) {
            if (field->type != FieldType::Code)
                continue;
            QWidget *edit = m_window->binder()->fieldEditor(field->id)->focusTarget();
            QVERIFY2(QFontInfo(edit->font()).fixedPitch(), qPrintable(field->id));
            QVERIFY2(qAbs(QFontInfo(edit->font()).pointSizeF() - 16) < 1.5,
                     qPrintable(u"%1: %2 pt"_s.arg(field->id).arg(QFontInfo(edit->font()).pointSizeF())));
            ++codeFields;
        }
    }
    QVERIFY(codeFields > 0);

    // The preview's code blocks: a fixed-pitch face, at the size of the text around them.
    const QString samplePath = m_dir->filePath(u"sample.leakreport"_s);
    QVERIFY(QFile::copy(u":/sample/sample.leakreport"_s, samplePath));
    QVERIFY(m_window->openFile(samplePath));
    PreviewPane *preview = m_window->preview();
    preview->refresh();
    preview->refresh(); // the first render shows only the section in view; the second everything
    auto *browser = preview->findChild<QTextBrowser *>(u"previewBrowser"_s);
    int codeBlocks = 0;
    // Each code field's first line, found in the preview, is set in a fixed-pitch face.
    for (const SectionDef &section : m_window->document()->report()->reportTemplate().sections()) {
        for (const FieldDef *field : section.fields) {
            const QString code = m_window->document()->report()->content().values.value(field->id);
            if (field->type != FieldType::Code || code.trimmed().isEmpty())
                continue;
            const QString firstLine = code.trimmed().section(u'\n', 0, 0).trimmed();
            const QTextCursor found = browser->document()->find(firstLine);
            QVERIFY2(!found.isNull(), qPrintable(firstLine));
            const QFontInfo font(found.charFormat().font());
            QVERIFY2(font.fixedPitch(), qPrintable(firstLine + u" in "_s + font.family()));
            QVERIFY2(font.pointSizeF() >= 12, qPrintable(QString::number(font.pointSizeF())));
            ++codeBlocks;
        }
    }
    QVERIFY(codeBlocks > 0);
    m_window->document()->undoStack()->setClean();
}

void TestLook::navigator_namesFitAtALargeFont()
{
    AppearanceScope scope(QApplication::palette(), applicationFontAt(16));
    QVERIFY(reopenWindow());
    SectionNavigator *navigator = m_window->navigator();
    for (int i = 0; i < navigator->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = navigator->topLevelItem(i);
        const QRect cell = navigator->visualItemRect(item);
        const int nameColumn = navigator->header()->sectionSize(0);
        const int needed = navigator->fontMetrics().horizontalAdvance(item->text(0)) + navigator->iconSize().width() + 12;
        QVERIFY2(needed <= nameColumn, qPrintable(u"%1 needs %2 px, has %3"_s.arg(item->text(0)).arg(needed).arg(nameColumn)));
        QVERIFY(cell.height() >= navigator->fontMetrics().height());
    }
    // ...and the counts beside them are in view, not scrolled off to the right.
    QVERIFY2(navigator->header()->length() <= navigator->viewport()->width(),
             qPrintable(u"columns %1 px in a view of %2"_s.arg(navigator->header()->length()).arg(navigator->viewport()->width())));
}

void TestLook::everyPage_followsADarkPaletteAndALargeFont_data()
{
    labelsAndFields_lineUpAcrossGroups_data();
}

void TestLook::everyPage_followsADarkPaletteAndALargeFont()
{
    QFETCH(int, section);
    AppearanceScope scope(darkPalette(), applicationFontAt(14));
    QVERIFY(reopenWindow(QSize(1600, 1000)));
    m_window->showSection(section);
    SectionPage *sectionPage = page(m_window.get(), section);
    QWidget *content = sectionPage->widget();
    QTRY_VERIFY(content->isVisible());

    // Nothing keeps a light background: no widget of the page paints a light area.
    const QImage image = m_window->grab().toImage().convertToFormat(QImage::Format_RGB32);
    keepShot(m_window.get(), u"dark-%1"_s.arg(section, 2, 10, QChar(u'0')));
    constexpr int kPatch = 12;
    QStringList light;
    for (int y = 0; y + kPatch <= image.height(); y += kPatch) {
        for (int x = 0; x + kPatch <= image.width(); x += kPatch) {
            bool allLight = true;
            for (int dy = 0; dy < kPatch && allLight; ++dy)
                for (int dx = 0; dx < kPatch && allLight; ++dx)
                    allLight = luminance(image.pixelColor(x + dx, y + dy)) > 0.6;
            if (allLight) {
                const QWidget *at = m_window->childAt(x + kPatch / 2, y + kPatch / 2);
                light.append(u"%1,%2 %3 %4"_s.arg(x).arg(y).arg(at ? QString::fromLatin1(at->metaObject()->className()) : QString(),
                                                                 at ? at->objectName() : QString()));
            }
        }
    }
    QVERIFY2(light.isEmpty(), qPrintable(u"light patches under a dark palette: "_s + light.mid(0, 8).join(u"; "_s)));

    // Texts are not cut: labels and check boxes get the width their text needs.
    for (QWidget *widget : content->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(content))
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap() && label->pixmap().isNull())
            text = label->text();
        else if (auto *box = qobject_cast<QCheckBox *>(widget))
            text = box->text();
        if (text.isEmpty() || Qt::mightBeRichText(text))
            continue;
        const int needed = widget->fontMetrics().horizontalAdvance(withoutMnemonic(text));
        QVERIFY2(widget->width() >= needed, qPrintable(u"\"%1\" needs %2 px, has %3"_s.arg(text).arg(needed).arg(widget->width())));
    }
    // Placeholders of the line edits still show, in the palette's placeholder colour.
    for (QLineEdit *edit : content->findChildren<QLineEdit *>()) {
        QCOMPARE(edit->palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
    }
    m_window->document()->undoStack()->setClean();
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
