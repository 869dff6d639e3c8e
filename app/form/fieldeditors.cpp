#include "form/fieldeditors.h"

#include "form/codeedit.h"
#include "form/proseedit.h"
#include "model/reporttime.h"
#include "window/appearance.h"
#include "window/appicons.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
constexpr auto kDateFormat = "yyyy-MM-dd"_L1;
constexpr auto kTimeFormat = "HH:mm"_L1;

// Number fields are short; text fields take the whole row.
bool isShortField(const FieldDef &field)
{
    return field.type == FieldType::Number || field.type == FieldType::Integer;
}

// Wide enough for ten digits or the placeholder, whichever is wider, with room left for the
// problem sign at the end: the sign must not cover "[Number of crashes]".
int shortFieldWidth(const QLineEdit *edit, const QString &placeholder)
{
    const QFontMetrics metrics = edit->fontMetrics();
    const int text = std::max(metrics.horizontalAdvance(u"0000000000"_s), metrics.horizontalAdvance(placeholder));
    const int iconSize = edit->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, edit);
    const int sign = iconSize + iconSize / 2; // QLineEdit's icon button and its margin
    constexpr int kLineEditMargins = 2 * 2 + 2; // QLineEdit's own horizontal text margins and cursor
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
    return edit->style()
        ->sizeFromContents(QStyle::CT_LineEdit, &option, QSize(text + sign + kLineEditMargins, metrics.height()), edit)
        .width();
}

} // namespace

LineFieldEditor::LineFieldEditor(const FieldDef &field, QWidget *parent)
    : FieldEditor(field, parent)
    , m_container(new QWidget(parent))
    , m_lineEdit(new QLineEdit(m_container))
{
    auto *layout = new QHBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lineEdit, isShortField(field) ? 0 : 1);
    m_lineEdit->setObjectName(field.id);
    m_lineEdit->setPlaceholderText(field.placeholder);
    if (!isShortField(field))
        addClearAction();
    if (isShortField(field))
        m_lineEdit->setMinimumWidth(shortFieldWidth(m_lineEdit, field.placeholder));
    if (!field.unit.isEmpty()) {
        auto *unit = new QLabel(field.unit, m_container);
        unit->setObjectName(field.id + u"Unit"_s);
        unit->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(unit);
    }
    if (isShortField(field))
        layout->addStretch(1);
    connect(m_lineEdit, &QLineEdit::textEdited, this, &FieldEditor::edited);
}

void LineFieldEditor::addClearAction()
{
    // As QLineEdit's own clear button, shown while there is text; but with the application's
    // one icon: QLineEdit asks the style, which searched the icon theme twice per field (a
    // tenth of the instructions the window's start-up takes).
    QAction *clear = m_lineEdit->addAction(AppIcons::icon(AppIcons::Name::Clear), QLineEdit::TrailingPosition);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear"));
    clear->setVisible(false);
    connect(m_lineEdit, &QLineEdit::textChanged, clear, [clear](const QString &text) { clear->setVisible(!text.isEmpty()); });
    connect(clear, &QAction::triggered, this, [this] {
        m_lineEdit->clear();
        emit edited(QString());
    });
}

QWidget *LineFieldEditor::focusTarget() const
{
    return m_lineEdit;
}

QString LineFieldEditor::text() const
{
    return m_lineEdit->text();
}

void LineFieldEditor::setText(const QString &text)
{
    if (m_lineEdit->text() == text)
        return;
    m_lineEdit->setText(text);
    if (!m_lineEdit->hasFocus())
        m_lineEdit->setCursorPosition(0); // long values show their beginning, not their end
}

void LineFieldEditor::setProblem(const QString &message, bool isError)
{
    showProblemOn(m_lineEdit, message, isError);
}

PlainTextFieldEditor::PlainTextFieldEditor(const FieldDef &field, QPlainTextEdit *edit)
    : FieldEditor(field, edit->parentWidget())
    , m_edit(edit)
{
    m_edit->setObjectName(field.id);
    m_edit->setPlaceholderText(field.placeholder);
    m_edit->setUndoRedoEnabled(false); // Edit > Undo (the report's undo stack) covers it
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_settingText)
            emit edited(m_edit->toPlainText());
    });
}

QWidget *PlainTextFieldEditor::widget() const
{
    return m_edit;
}

QString PlainTextFieldEditor::text() const
{
    return m_edit->toPlainText();
}

void PlainTextFieldEditor::setText(const QString &text)
{
    if (m_edit->toPlainText() == text)
        return;
    m_settingText = true;
    m_edit->setPlainText(text);
    m_settingText = false;
}

ProseFieldEditor::ProseFieldEditor(const FieldDef &field, QWidget *parent)
    : PlainTextFieldEditor(field, new ProseEdit(parent))
    , m_edit(static_cast<ProseEdit *>(widget()))
{
}

void ProseFieldEditor::setProblem(const QString &message, bool isError)
{
    FieldEditor::setProblem(message, isError);
    m_edit->setToolTip(message);
    m_edit->setTrailingSign(message.isEmpty() ? QIcon() : AppIcons::problemIcon(isError), message);
}

DateFieldEditor::DateFieldEditor(const FieldDef &field, QWidget *parent)
    : LineFieldEditor(field, parent)
{
    QAction *pick = lineEdit()->addAction(AppIcons::icon(AppIcons::Name::Calendar), QLineEdit::TrailingPosition);
    pick->setText(field.type == FieldType::Date ? tr("Pick a date") : tr("Pick a date and time"));
    pick->setToolTip(pick->text());
    connect(pick, &QAction::triggered, this, &DateFieldEditor::showPicker);
    // Alt+Down opens the picker, as in a combo box.
    auto *shortcut = new QAction(lineEdit());
    shortcut->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    shortcut->setShortcutContext(Qt::WidgetShortcut);
    lineEdit()->addAction(shortcut);
    connect(shortcut, &QAction::triggered, this, &DateFieldEditor::showPicker);
}

void DateFieldEditor::showPicker()
{
    // Start from what is typed when it reads as a date (and time), so the picker only ever
    // refines it; a date typed without its time yet counts too.
    const QString typedText = text().trimmed();
    QDate date;
    QTime time;
    QString zone;
    if (const auto typed = field().type == FieldType::DateTime ? ReportTime::parse(typedText) : std::nullopt;
        typed && typed->date.isValid()) {
        date = typed->date;
        time = typed->time;
        zone = typed->zone;
    } else if (const auto day = ReportTime::parseDate(typedText)) {
        date = *day;
    }
    if (zone.isEmpty() && field().placeholder.contains(u"UTC"_s))
        zone = u"UTC"_s;

    QMenu popup(lineEdit());
    auto *panel = new QWidget(&popup);
    auto *layout = new QVBoxLayout(panel);
    auto *calendar = new QCalendarWidget(panel);
    calendar->setSelectedDate(date.isValid() ? date : QDate::currentDate());
    layout->addWidget(calendar);
    QTimeEdit *timeEdit = nullptr;
    if (field().type == FieldType::DateTime) {
        timeEdit = new QTimeEdit(time.isValid() ? time : QTime(0, 0), panel);
        timeEdit->setDisplayFormat(kTimeFormat);
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Time:"), panel));
        row->addWidget(timeEdit, 1);
        if (!zone.isEmpty())
            row->addWidget(new QLabel(zone, panel));
        layout->addLayout(row);
    }
    auto *action = new QWidgetAction(&popup);
    action->setDefaultWidget(panel);
    popup.addAction(action);

    const auto commit = [&] {
        QString value = calendar->selectedDate().toString(kDateFormat);
        if (timeEdit) {
            value += u' ' + timeEdit->time().toString(kTimeFormat);
            if (!zone.isEmpty())
                value += u' ' + zone;
        }
        setText(value);
        emit edited(value);
        popup.close();
    };
    connect(calendar, &QCalendarWidget::activated, &popup, commit);
    if (!timeEdit)
        connect(calendar, &QCalendarWidget::clicked, &popup, commit);
    else
        connect(timeEdit, &QTimeEdit::editingFinished, &popup, [&] {
            if (timeEdit->hasFocus())
                commit();
        });
    calendar->setFocus();
    popup.exec(lineEdit()->mapToGlobal(QPoint(0, lineEdit()->height())));
}

ChoiceFieldEditor::ChoiceFieldEditor(const FieldDef &field, const QStringList &options, QWidget *parent)
    : FieldEditor(field, parent)
    , m_container(new QWidget(parent))
    , m_combo(new QComboBox(m_container))
    , m_sign(new QLabel(m_container))
    , m_optionCount(int(options.size()))
{
    // The problem sign sits beside the box, as it sits inside a line edit: a combo box has no
    // room for it inside.
    auto *layout = new QHBoxLayout(m_container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_sign);
    layout->addStretch(1);
    m_sign->setObjectName(field.id + u"Problem"_s);
    m_sign->hide();
    m_combo->setObjectName(field.id);
    m_combo->addItems(options);
    m_combo->setPlaceholderText(field.placeholder);
    m_combo->setCurrentIndex(-1);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_combo, &QComboBox::activated, this, [this] { emit edited(text()); });
    // Delete or Backspace clears the choice, as it would in a line edit.
    auto *clear = new QAction(tr("Clear"), m_combo);
    clear->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_combo->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        if (m_combo->currentIndex() < 0)
            return;
        m_combo->setCurrentIndex(-1);
        emit edited(QString());
    });
}

QWidget *ChoiceFieldEditor::widget() const
{
    return m_container;
}

QWidget *ChoiceFieldEditor::focusTarget() const
{
    return m_combo;
}

QString ChoiceFieldEditor::text() const
{
    return m_combo->currentIndex() < 0 ? QString() : m_combo->currentText();
}

void ChoiceFieldEditor::setText(const QString &text)
{
    m_combo->setCurrentIndex(text.isEmpty() ? -1 : ensureItem(text));
}

void ChoiceFieldEditor::setProblem(const QString &message, bool isError)
{
    FieldEditor::setProblem(message, isError);
    m_combo->setToolTip(message);
    m_combo->setProperty("problem", !message.isEmpty());
    if (!message.isEmpty()) {
        const int size = m_sign->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_sign);
        m_sign->setPixmap(AppIcons::problemIcon(isError).pixmap(QSize(size, size), m_sign->devicePixelRatioF()));
    }
    m_sign->setToolTip(message);
    m_sign->setAccessibleName(message);
    m_sign->setVisible(!message.isEmpty());
}

int ChoiceFieldEditor::ensureItem(const QString &text)
{
    const int index = m_combo->findText(text, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (index >= 0)
        return index;
    m_combo->addItem(text);
    m_combo->setItemData(m_combo->count() - 1, tr("Not one of the template's options; kept as written"),
                         Qt::ToolTipRole);
    return m_combo->count() - 1;
}

CodeFieldEditor::CodeFieldEditor(const FieldDef &field, QWidget *parent)
    : PlainTextFieldEditor(field, new CodeEdit(parent))
    , m_edit(static_cast<CodeEdit *>(widget()))
{
    m_edit->setFont(Appearance::monospaceFont());
}

void CodeFieldEditor::setProblem(const QString &message, bool isError)
{
    FieldEditor::setProblem(message, isError);
    m_edit->setToolTip(message);
}

} // namespace lr
