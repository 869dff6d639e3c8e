#include "form/fillconfirmation.h"

#include "model/contentchanges.h"
#include "model/report.h"
#include "model/reporteditor.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace lr {

std::optional<bool> FillConfirmation::replaceTyped(QWidget *parent, const QString &question, const QList<FieldFill> &typed)
{
    if (typed.isEmpty())
        return false;
    QStringList changes;
    for (const FieldFill &fill : typed)
        changes.append(tr("%1: \u201c%2\u201d \u2192 \u201c%3\u201d").arg(fill.label, fill.current, fill.proposed));
    QMessageBox box(QMessageBox::Question, tr("Replace Typed Values?"), question, QMessageBox::NoButton, parent);
    box.setObjectName(u"fillConfirmation"_s);
    box.setInformativeText(tr("Replace them too, or fill only the empty fields?"));
    box.setDetailedText(changes.join(u'\n'));
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    replace->setObjectName(u"replace"_s);
    QPushButton *emptyOnly = box.addButton(tr("Fill &Empty Only"), QMessageBox::RejectRole);
    emptyOnly->setObjectName(u"fillEmptyOnly"_s);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(emptyOnly);
    box.exec();
    if (box.clickedButton() != replace && box.clickedButton() != emptyOnly)
        return std::nullopt;
    return box.clickedButton() == replace;
}

QString FillConfirmation::apply(ReportEditor *editor, const ReportContent &filled, const QString &action)
{
    const ReportContent before = editor->report()->content();
    editor->replaceContent(filled, action);
    const QStringList changes = ContentChanges::between(editor->report()->reportTemplate(), before,
                                                        editor->report()->content());
    if (changes.isEmpty())
        return tr("%1 changed nothing: the report already says what it shows.").arg(action);
    return tr("%1 changed %2. Undo takes it back.").arg(action, changes.join(u"; "));
}

} // namespace lr
