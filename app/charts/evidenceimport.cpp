#include "charts/evidenceimport.h"

#include "events/oomcounts.h"
#include "events/oomeventreader.h"
#include "events/oomtimeline.h"
#include "i18n/plural.h"
#include "model/reporteditor.h"
#include "series/gclogexcerpt.h"

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lr {

namespace {
const QString kGcLogsField = GcLogExcerpt::kFieldId.toString();
} // namespace

bool EvidenceImport::addOomEvents(QWidget *parent, ReportEditor *editor, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, tr("Cannot Import"), tr("%1: cannot open: %2").arg(path, file.errorString()));
        return false;
    }
    const OomImportResult imported = OomEventReader::read(file, QFileInfo(path).fileName());
    if (!imported.ok()) {
        QMessageBox::warning(parent, tr("Cannot Import"), imported.error);
        return false;
    }
    const ReportContent &current = editor->report()->content();
    ReportContent content = current;
    const qsizetype added = mergeOomEvents(content.oomEvents, imported.events);
    if (added == 0) {
        QMessageBox::information(parent, tr("OOM Events"), tr("The report holds every OOM event of %1 already.")
                                                               .arg(QFileInfo(path).fileName()));
        return false;
    }
    QList<OomEvent> newEvents;
    for (const OomEvent &event : std::as_const(content.oomEvents)) {
        if (!current.oomEvents.contains(event))
            newEvents.append(event);
    }
    const QList<Row> rows = OomTimeline::newRows(editor->report()->reportTemplate(), content, newEvents);
    QString summary = withEnglishPlural(tr("%n OOM event(s) from %1.", nullptr, int(added)), int(added))
                          .arg(QFileInfo(path).fileName());
    if (!imported.notes.isEmpty())
        summary += u"\n\n"_s + imported.notes.join(u'\n');
    if (!rows.isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("OOM Events"), summary, QMessageBox::NoButton, parent);
        box.setInformativeText(withEnglishPlural(tr("Add them to the Incident Timeline too (%n row(s))?", nullptr,
                                                    int(rows.size())), int(rows.size())));
        QStringList details;
        for (const Row &row : rows)
            details.append(row.value(u"time"_s) + u"  "_s + row.value(u"details"_s));
        box.setDetailedText(details.join(u'\n'));
        QPushButton *withRows = box.addButton(tr("Add to &Timeline"), QMessageBox::AcceptRole);
        QPushButton *eventsOnly = box.addButton(tr("&Events Only"), QMessageBox::RejectRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(withRows);
        box.exec();
        if (box.clickedButton() != withRows && box.clickedButton() != eventsOnly)
            return false;
        if (box.clickedButton() == withRows) {
            content = OomTimeline::withRows(editor->report()->reportTemplate(), content, newEvents);
            editor->replaceContent(content, tr("Add OOM Events and Timeline Rows"));
            return true;
        }
    } else if (!imported.notes.isEmpty()) {
        QMessageBox::information(parent, tr("OOM Events"), summary);
    }
    editor->replaceContent(content, tr("Add OOM Events"));
    return true;
}

bool EvidenceImport::insertGcExcerpt(QWidget *parent, ReportEditor *editor, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, tr("Cannot Read the GC Log"), tr("%1: cannot open: %2").arg(path, file.errorString()));
        return false;
    }
    const GcLogExcerpt::Result excerpt = GcLogExcerpt::fromLog(file, QFileInfo(path).fileName());
    if (!excerpt.ok()) {
        QMessageBox::warning(parent, tr("Cannot Read the GC Log"), excerpt.error);
        return false;
    }
    const ReportContent &current = editor->report()->content();
    const QString typed = current.values.value(kGcLogsField).trimmed();
    const FieldDef *field = editor->report()->reportTemplate().field(kGcLogsField);
    const bool replaces = field && !FieldDef::isUnfilled(typed, field->placeholder) && typed != excerpt.text;
    QMessageBox box(QMessageBox::Question, tr("GC Log Excerpt"), excerpt.explanation, QMessageBox::NoButton, parent);
    box.setInformativeText(replaces ? tr("Replace the text of the Appendix's GC Logs block with it?")
                                    : tr("Put it into the Appendix's GC Logs block?"));
    box.setDetailedText(excerpt.text);
    QPushButton *insert = box.addButton(replaces ? tr("&Replace") : tr("&Insert"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(insert);
    box.exec();
    if (box.clickedButton() != insert)
        return false;
    ReportContent content = current;
    content.values[kGcLogsField] = excerpt.text;
    editor->replaceContent(content, tr("Insert GC Log Excerpt"));
    return true;
}

} // namespace lr
