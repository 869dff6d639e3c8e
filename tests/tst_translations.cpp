#include "commandline.h"
#include "io/reportfile.h"
#include "testsupport.h"
#include "window/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QAbstractSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoView>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lr;

namespace {

// The pseudo-translation puts every translated text between these brackets.
constexpr QChar kOpen = u'⟦';
constexpr QChar kClose = u'⟧';

struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of what identifies a message
    bool numerus = false;

    QString key() const
    {
        return comment.isEmpty() ? u"%1: \"%2\""_s.arg(context, source)
                                 : u"%1: \"%2\" (%3)"_s.arg(context, source, comment);
    }
};

// The messages of a .ts file, in file order; empty with `error` set when it cannot be read.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                message = {context, {}, {}, xml.attributes().value(u"numerus"_s) == u"yes"_s};
            else if (xml.name() == u"source")
                message.source = xml.readElementText();
            else if (xml.name() == u"comment")
                message.comment = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

// A Qt Linguist tool that the build itself needs (qt_add_translations), so it is installed.
QString linguistTool(const QString &name)
{
    for (const QString &directory : {QLibraryInfo::path(QLibraryInfo::BinariesPath), u"/usr/lib/qt6/bin"_s}) {
        const QString path = directory + u'/' + name;
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

// What lupdate reads: the same files app/CMakeLists.txt hands it.
QStringList translatableSources()
{
    const QDir root(QStringLiteral(LEAKREPORT_SOURCE_DIR));
    QStringList files;
    for (const auto &[folder, patterns] : {std::pair{u"app"_s, QStringList{u"*.cpp"_s, u"*.h"_s}},
                                           std::pair{u"lib"_s, QStringList{u"*.cpp"_s, u"*.h"_s}},
                                           std::pair{u"forms"_s, QStringList{u"*.ui"_s}}}) {
        QDirIterator it(root.filePath(folder), patterns, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

bool runTool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(120000);
    *output = QString::fromLocal8Bit(process.readAll());
    return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// The committed .ts with every message translated as "⟦source⟧" (each plural form too).
void writePseudoTs(const QList<TsMessage> &messages, const QString &path)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE TS>"_s);
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    xml.writeAttribute(u"language"_s, u"de_DE"_s); // two plural forms
    QString context;
    for (const TsMessage &message : messages) {
        if (message.context != context) {
            if (!context.isNull())
                xml.writeEndElement();
            context = message.context;
            xml.writeStartElement(u"context"_s);
            xml.writeTextElement(u"name"_s, context);
        }
        xml.writeStartElement(u"message"_s);
        if (message.numerus)
            xml.writeAttribute(u"numerus"_s, u"yes"_s);
        xml.writeTextElement(u"source"_s, message.source);
        if (!message.comment.isEmpty())
            xml.writeTextElement(u"comment"_s, message.comment);
        const QString pseudo = kOpen + message.source + kClose;
        xml.writeStartElement(u"translation"_s);
        if (message.numerus) {
            xml.writeTextElement(u"numerusform"_s, pseudo);
            xml.writeTextElement(u"numerusform"_s, pseudo);
        } else {
            xml.writeCharacters(pseudo);
        }
        xml.writeEndElement(); // translation
        xml.writeEndElement(); // message
    }
    if (!context.isNull())
        xml.writeEndElement();
    xml.writeEndElement(); // TS
    xml.writeEndDocument();
}

// `text` without its translated parts: "⟦…⟧" spans (nested ones too) become a space.
QString withoutTranslated(QString text)
{
    static const QRegularExpression innermost(u"⟦[^⟦⟧]*⟧"_s);
    for (qsizetype before = -1; before != text.size();) {
        before = text.size();
        text.replace(innermost, u" "_s);
    }
    return text;
}

bool hasLetters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetter(); });
}

// Removes each allowed phrase from `text` where it stands as words of its own.
QString withoutPhrases(QString text, const QStringList &phrasesLongestFirst)
{
    for (const QString &phrase : phrasesLongestFirst) {
        for (qsizetype at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            const qsizetype end = at + phrase.size();
            const bool alone = (at == 0 || !text[at - 1].isLetterOrNumber())
                && (end == text.size() || !text[end].isLetterOrNumber());
            if (alone) {
                text.replace(at, phrase.size(), u' ');
                at = qMax<qsizetype>(-1, at - 1);
            }
        }
    }
    return text;
}

// Data the editor shows as it is: allowed phrases, longest first so that "Memory Leak
// Investigation Report" goes before "Memory".
class AllowedData
{
public:
    void add(const QString &text)
    {
        static const QRegularExpression separators(u"\\{[^}]*\\}|[(){}\\[\\]:,;*`|/]+|\\s[-–—→]\\s"_s);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || !hasLetters(trimmed))
            return;
        m_phrases.insert(trimmed);
        for (const QString &piece : trimmed.split(separators, Qt::SkipEmptyParts)) {
            if (hasLetters(piece))
                m_phrases.insert(piece.trimmed());
        }
    }
    void add(const FieldDef &field)
    {
        add(field.label);
        add(field.placeholder);
        add(field.unit);
        add(field.defaultValue);
        for (const QString &option : field.options)
            add(option);
    }
    void add(const RowSetDef &rowSet)
    {
        add(rowSet.label);
        for (const FieldDef &column : rowSet.columns)
            add(column);
        for (const RowSetDef::DefaultRow &row : rowSet.defaultRows) {
            for (const QString &value : row.values)
                add(value);
            for (const QString &placeholder : row.placeholders)
                add(placeholder);
        }
    }
    // The template's own words: titles, labels, placeholders, units, options, checklist items.
    void add(const ReportTemplate &reportTemplate)
    {
        add(reportTemplate.title());
        for (const CodeLanguage &language : reportTemplate.languages())
            add(language.id);
        for (const SectionDef &section : reportTemplate.sections()) {
            add(section.title);
            add(section.heading);
            for (const FieldDef *field : section.fields)
                add(*field);
            for (const ChecklistItemDef *item : section.checklistItems) {
                add(item->displayText());
                for (const TextPattern::Part &part : item->text.parts()) {
                    if (!part.isSlot) // the words around an inline detail ("for >" before minutes)
                        add(part.text);
                }
            }
            for (const RowSetDef *rowSet : section.rowSets)
                add(*rowSet);
            for (const SubsectionDef &subsection : section.subsections) {
                add(subsection.title);
                for (const BlockDef &block : subsection.blocks) {
                    add(block.label);
                    add(block.labelSuffix);
                    for (const FenceGroupDef &group : block.groups)
                        add(group.title);
                }
            }
        }
    }
    // The report's own values.
    void add(const ReportContent &content)
    {
        for (const QString &value : content.values)
            add(value);
        for (const QList<Row> &rows : content.rows) {
            for (const Row &row : rows) {
                for (const QString &value : row)
                    add(value);
            }
        }
        for (const QString &notes : content.notes)
            add(notes);
        for (const MemorySeries &series : content.series) {
            add(series.name);
            add(series.source.fileName);
            add(series.source.format);
            add(series.source.query);
        }
    }

    QStringList phrases() const
    {
        QStringList list(m_phrases.cbegin(), m_phrases.cend());
        std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() > b.size() : a < b;
        });
        return list;
    }

private:
    QSet<QString> m_phrases;
};

// Memory series for the sample, so that the Memory Data panel has a chart, a legend, a table and
// statistics to show.
QList<MemorySeries> demoSeries()
{
    QList<MemorySeries> series;
    for (const SeriesRole role : {SeriesRole::Before, SeriesRole::After}) {
        MemorySeries one;
        one.name = role == SeriesRole::Before ? u"heap_before"_s : u"heap_after"_s;
        one.role = role;
        one.source = {one.name + u".csv"_s, u"csv"_s, one.name, {}};
        const double growthPerSample = role == SeriesRole::Before ? 2.5e6 : 0.1e6;
        for (int i = 0; i <= 32; ++i)
            one.samples.append({qint64(1700000000000) + qint64(i) * 15 * 60 * 1000, 200e6 + i * growthPerSample});
        series.append(one);
    }
    return series;
}

} // namespace

// Every user-visible text goes through tr(), proven with a pseudo-translation that brackets each
// translated text: whatever the editor or the command line shows outside brackets is either
// data (the template's words, the report's values, file names, numbers) or a string that
// escaped translation.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void compiledTranslation_isInTheResources();
    void committedTs_listsExactlyTheSourcesStrings();
    void editor_showsNoUntranslatedText();
    void commandLine_printsNoUntranslatedText_data();
    void commandLine_printsNoUntranslatedText();

private:
    // The texts outside brackets that are not data, as "where: text" lines.
    QStringList untranslated(const QList<std::pair<QString, QString>> &shown, const QStringList &extraAllowed = {}) const;

    QTemporaryDir m_dir;
    QString m_reportPath;
    QList<TsMessage> m_committed;
    std::unique_ptr<QTranslator> m_pseudo;
    QStringList m_allowed;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The test's own settings: no recent files or window state from earlier or concurrent runs.
    test::useOwnSettings(m_dir.filePath(u"settings"_s));
    QString error;
    m_committed = readTs(QStringLiteral(LEAKREPORT_SOURCE_DIR) + u"/translations/leakreport_de.ts"_s, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!m_committed.isEmpty());

    // The pseudo-translation, compiled the way the build compiles the real one.
    const QString lrelease = linguistTool(u"lrelease"_s);
    QVERIFY2(!lrelease.isEmpty(), "lrelease (Qt Linguist tools) is needed to build at all");
    const QString pseudoTs = m_dir.filePath(u"pseudo.ts"_s);
    writePseudoTs(m_committed, pseudoTs);
    const QString pseudoQm = m_dir.filePath(u"pseudo.qm"_s);
    QString output;
    QVERIFY2(runTool(lrelease, {u"-silent"_s, pseudoTs, u"-qm"_s, pseudoQm}, &output), qPrintable(output));
    m_pseudo = std::make_unique<QTranslator>();
    QVERIFY(m_pseudo->load(pseudoQm));
    QVERIFY(QCoreApplication::installTranslator(m_pseudo.get()));
    QCOMPARE(tr("%n problem(s)", nullptr, 2), u"2 problem(s)"_s); // not one of ours: untouched

    // The sample report with memory series, saved where the editor and the command line open it.
    const auto reportTemplate = ReportTemplate::builtin();
    ReportContent content = test::sampleContent();
    content.series = demoSeries();
    // A few problems, so that the Problems panel and `check` have messages to show.
    content.values[u"service"_s].clear();
    content.values[u"date"_s] = u"soon"_s;
    m_reportPath = m_dir.filePath(u"sample-with-series.leakreport"_s);
    QVERIFY2(ReportFile::save(m_reportPath, *reportTemplate, content, &error), qPrintable(error));

    AllowedData allowed;
    allowed.add(*reportTemplate);
    allowed.add(content);
    allowed.add(QFileInfo(m_reportPath).fileName());
    m_allowed = allowed.phrases();
}

void TestTranslations::cleanupTestCase()
{
    QCoreApplication::removeTranslator(m_pseudo.get());
}

QStringList TestTranslations::untranslated(const QList<std::pair<QString, QString>> &shown,
                                           const QStringList &extraAllowed) const
{
    QStringList allowed = m_allowed + extraAllowed;
    std::stable_sort(allowed.begin(), allowed.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList offenders;
    for (const auto &[where, text] : shown) {
        QString rest = withoutTranslated(Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text);
        rest.remove(u'&'); // mnemonics
        if (hasLetters(rest) && hasLetters(withoutPhrases(rest, allowed)))
            offenders.append(u"%1: \"%2\""_s.arg(where, text));
    }
    offenders.removeDuplicates();
    return offenders;
}

void TestTranslations::compiledTranslation_isInTheResources()
{
    const QString path = u":/i18n/leakreport_de.qm"_s;
    QVERIFY2(QFile::exists(path), "the compiled translation is not in the resources under :/i18n");
    QTranslator translator;
    QVERIFY(translator.load(path));
    // What installTranslations() does for a German user.
    QTranslator byLocale;
    QVERIFY(byLocale.load(QLocale(QLocale::German, QLocale::Germany), u"leakreport"_s, u"_"_s, u":/i18n"_s));
    QCOMPARE(byLocale.filePath(), path);
}

void TestTranslations::committedTs_listsExactlyTheSourcesStrings()
{
    const QString lupdate = linguistTool(u"lupdate"_s);
    if (lupdate.isEmpty())
        QSKIP("lupdate is not installed");
    const QDir root(QStringLiteral(LEAKREPORT_SOURCE_DIR));
    const QString fresh = m_dir.filePath(u"fresh_de.ts"_s);
    QStringList arguments = {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-I"_s, root.filePath(u"app"_s),
                             u"-I"_s, root.filePath(u"lib"_s)};
    arguments += translatableSources();
    arguments += {u"-ts"_s, fresh};
    QString output;
    QVERIFY2(runTool(lupdate, arguments, &output), qPrintable(output));
    // lupdate says "Updating …" and counts; anything else is a warning (a tr() it cannot place).
    QStringList warnings = output.split(u'\n', Qt::SkipEmptyParts);
    warnings.removeIf([](const QString &line) {
        return line.startsWith(u"Updating "_s) || line.trimmed().startsWith(u"Found "_s)
            || line.trimmed().startsWith(u"Removed "_s) || line.trimmed().startsWith(u"Kept "_s);
    });
    QVERIFY2(warnings.isEmpty(), qPrintable(u"lupdate warns:\n"_s + warnings.join(u'\n')));

    QString error;
    const QList<TsMessage> current = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> committedKeys, currentKeys;
    for (const TsMessage &message : m_committed)
        committedKeys.insert(message.key());
    for (const TsMessage &message : current)
        currentKeys.insert(message.key());
    const QSet<QString> missingKeys = QSet(currentKeys).subtract(committedKeys);
    const QSet<QString> extraKeys = QSet(committedKeys).subtract(currentKeys);
    QStringList missing(missingKeys.cbegin(), missingKeys.cend());
    QStringList extra(extraKeys.cbegin(), extraKeys.cend());
    missing.sort();
    extra.sort();
    QVERIFY2(missing.isEmpty() && extra.isEmpty(),
             qPrintable(u"translations/leakreport_de.ts is out of date; run `cmake --build <build> --target "
                        "update_translations`.\nIn the sources, not in the .ts:\n  %1\nIn the .ts, no longer in the "
                        "sources:\n  %2"_s.arg(missing.join(u"\n  "_s), extra.join(u"\n  "_s))));
}

void TestTranslations::editor_showsNoUntranslatedText()
{
    MainWindow window(m_dir.filePath(u"recovery"_s));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(m_reportPath));
    window.validateNow();
    window.showMemoryData();
    window.buildAllPages();
    for (int section = 0; section < ReportTemplate::builtin()->sections().size(); ++section)
        window.showSection(section);
    if (QAction *history = window.findChild<QAction *>(u"actionUndoHistory"_s))
        history->trigger();
    QCoreApplication::processEvents();

    QList<std::pair<QString, QString>> shown;
    const auto add = [&shown](const QObject *object, const QString &what, const QString &text) {
        if (!text.trimmed().isEmpty()) {
            const QString name = object->objectName().isEmpty() ? QString() : u" "_s + object->objectName();
            shown.append({QString::fromLatin1(object->metaObject()->className()) + name + u' ' + what, text});
        }
    };
    add(&window, u"windowTitle"_s, window.windowTitle());
    QList<QWidget *> widgets = window.findChildren<QWidget *>();
    widgets.prepend(&window);
    for (QWidget *widget : std::as_const(widgets)) {
        // Qt's own parts (a dock's float and close buttons, a tab bar's scroll arrows) speak with
        // Qt's translation.
        if (widget->objectName().startsWith(u"qt_"_s) || qobject_cast<QTabBar *>(widget->parentWidget()))
            continue;
        add(widget, u"toolTip"_s, widget->toolTip());
        add(widget, u"statusTip"_s, widget->statusTip());
        add(widget, u"whatsThis"_s, widget->whatsThis());
        add(widget, u"accessibleName"_s, widget->accessibleName());
        add(widget, u"accessibleDescription"_s, widget->accessibleDescription());
        if (auto *dock = qobject_cast<QDockWidget *>(widget))
            add(dock, u"windowTitle"_s, dock->windowTitle());
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(label, u"text"_s, label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button, u"text"_s, button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group, u"title"_s, group->title());
        if (auto *lineEdit = qobject_cast<QLineEdit *>(widget))
            add(lineEdit, u"placeholderText"_s, lineEdit->placeholderText());
        if (auto *plainTextEdit = qobject_cast<QPlainTextEdit *>(widget))
            add(plainTextEdit, u"placeholderText"_s, plainTextEdit->placeholderText());
        if (auto *textEdit = qobject_cast<QTextEdit *>(widget))
            add(textEdit, u"placeholderText"_s, textEdit->placeholderText());
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            add(combo, u"placeholderText"_s, combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(combo, u"item"_s, combo->itemText(i));
                add(combo, u"item toolTip"_s, combo->itemData(i, Qt::ToolTipRole).toString());
            }
        }
        if (qobject_cast<QAbstractSpinBox *>(widget)) {
            for (const char *property : {"prefix", "suffix", "specialValueText"})
                add(widget, QString::fromLatin1(property), widget->property(property).toString());
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs, u"tab"_s, tabs->tabText(i));
                add(tabs, u"tab toolTip"_s, tabs->tabToolTip(i));
            }
        }
        if (auto *menu = qobject_cast<QMenu *>(widget))
            add(menu, u"title"_s, menu->title());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            for (const Qt::Orientation orientation : {Qt::Horizontal}) {
                for (int column = 0; column < view->model()->columnCount(); ++column) {
                    add(view, u"header"_s, view->model()->headerData(column, orientation).toString());
                    add(view, u"header toolTip"_s, view->model()->headerData(column, orientation, Qt::ToolTipRole).toString());
                }
            }
        }
        if (auto *tree = qobject_cast<QTreeWidget *>(widget)) {
            QList<QTreeWidgetItem *> items;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                items.append(tree->topLevelItem(i));
            while (!items.isEmpty()) {
                QTreeWidgetItem *item = items.takeFirst();
                for (int column = 0; column < item->columnCount(); ++column) {
                    add(tree, u"item"_s, item->text(column));
                    add(tree, u"item toolTip"_s, item->toolTip(column));
                }
                for (int i = 0; i < item->childCount(); ++i)
                    items.append(item->child(i));
            }
        }
        if (auto *undo = qobject_cast<QUndoView *>(widget))
            add(undo, u"emptyLabel"_s, undo->emptyLabel());
        if (auto *chartView = qobject_cast<QChartView *>(widget)) {
            QChart *chart = chartView->chart();
            add(chartView, u"chart title"_s, chart->title());
            for (QAbstractAxis *axis : chart->axes())
                add(chartView, u"axis title"_s, axis->titleText());
            for (QAbstractSeries *series : chart->series())
                add(chartView, u"series name"_s, series->name());
        }
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isSeparator())
            continue;
        add(action, u"text"_s, action->text());
        add(action, u"toolTip"_s, action->toolTip());
        add(action, u"statusTip"_s, action->statusTip());
    }
    QVERIFY(shown.size() > 200); // the walk reached the pages, the menus and the panels

    // The paths the recent-files menu shows as tooltips are data too.
    const QStringList offenders = untranslated(shown, {QDir::toNativeSeparators(m_reportPath)});
    QVERIFY2(offenders.isEmpty(), qPrintable(u"Shown without tr() (%1):\n"_s.arg(offenders.size()) + offenders.join(u'\n')));

    // Sanity: the walk saw the pseudo-translation at work in each part of the window.
    const auto shows = [&shown](const QString &text) {
        return std::any_of(shown.cbegin(), shown.cend(), [&](const auto &each) { return each.second.contains(text); });
    };
    QVERIFY(shows(u"⟦&File⟧"_s));                   // the .ui form
    QVERIFY(shows(u"⟦Add Row⟧"_s));                 // a row set editor on a page
    QVERIFY(shows(u"⟦Hours since the series started⟧"_s)); // the chart
    QVERIFY(shows(u"⟦Before fix⟧"_s));              // the Memory Data table and legend
}

void TestTranslations::commandLine_printsNoUntranslatedText_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("help") << QStringList{u"--help"_s};
    for (const QString &command : {u"new"_s, u"export"_s, u"import"_s, u"check"_s, u"series"_s, u"stats"_s, u"fill"_s,
                                  u"alerts"_s, u"events"_s, u"gclog"_s})
        QTest::newRow(qPrintable(command + u" --help"_s)) << QStringList{command, u"--help"_s};
    for (const QString &action : {u"compare"_s, u"add"_s})
        QTest::newRow(qPrintable(u"snapshots "_s + action + u" --help"_s)) << QStringList{u"snapshots"_s, action, u"--help"_s};
    QTest::newRow("check") << QStringList{u"check"_s, u"REPORT"_s};
    QTest::newRow("stats") << QStringList{u"stats"_s, u"REPORT"_s};
    QTest::newRow("usage error") << QStringList{u"export"_s};
    QTest::newRow("unknown command") << QStringList{u"exprot"_s};
    QTest::newRow("import with notes") << QStringList{u"import"_s, u"MARKDOWN"_s, u"-o"_s, u"OUT"_s, u"--force"_s};
    QTest::newRow("unreadable report") << QStringList{u"check"_s, u"MISSING"_s};
}

void TestTranslations::commandLine_printsNoUntranslatedText()
{
    QFETCH(QStringList, arguments);
    const QString markdown = m_dir.filePath(u"notes.md"_s);
    {
        QFile file(markdown);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Memory Leak Investigation Report\n\n**Service**: api\n\n## Executive Summary\n\nA paragraph.\n\nAnother.\n");
    }
    arguments.replaceInStrings(u"REPORT"_s, m_reportPath);
    arguments.replaceInStrings(u"MARKDOWN"_s, markdown);
    arguments.replaceInStrings(u"OUT"_s, m_dir.filePath(u"imported.leakreport"_s));
    arguments.replaceInStrings(u"MISSING"_s, m_dir.filePath(u"missing.leakreport"_s));
    arguments.prepend(u"leakreport"_s);

    QString out, err;
    {
        QTextStream outStream(&out), errStream(&err);
        CommandLine(outStream, errStream).run(arguments);
    }
    QVERIFY2(out.contains(kOpen) || err.contains(kOpen), qPrintable(out + err));

    // The command line's own vocabulary stays as it is: the program, command and option names,
    // value and argument names, role and format names. Qt's own QCommandLineParser words come
    // from Qt's translation.
    static const QRegularExpression syntax(
        uR"(\b[A-Z]+(\.[a-z]+)+|--?[a-z][a-z0-9-]*|<[^>]*>|\[[a-z]+\]|\b(leakreport|new|export|import|check|series|stats|fill|alerts|record|events|gclog|help|excerpt|add|before|after|other|csv|OUT|IN|FILE|REPORT|LOG|snapshots|compare|SNAPSHOTS|S[123])\b)"_s);
    const QStringList qtOwn = {u"Usage:"_s, u"Options:"_s, u"Arguments:"_s, u"Displays help on commandline options."_s,
                               u"Displays help including Qt specific options."_s, u"Displays version information."_s};
    QList<std::pair<QString, QString>> shown;
    for (const auto &[stream, text] : {std::pair{u"stdout"_s, out}, std::pair{u"stderr"_s, err}}) {
        QString rest = withoutTranslated(text);
        for (const QString &own : qtOwn)
            rest.replace(own, u" "_s);
        for (const QString &path : {m_reportPath, markdown, m_dir.path()}) // paths name the test's files
            rest.replace(path, u" "_s);
        rest.replace(syntax, u" "_s);
        for (const QString &line : rest.split(u'\n'))
            shown.append({stream, line});
    }
    const QStringList offenders = untranslated(shown, {QFileInfo(markdown).fileName()});
    QVERIFY2(offenders.isEmpty(), qPrintable(u"Printed without tr():\n"_s + offenders.join(u'\n') + u"\n---\n"_s + out + err));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
