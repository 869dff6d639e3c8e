#include "window/nonreportquestion.h"

#include <QAbstractButton>
#include <QMessageBox>

namespace lr {

bool NonReportQuestion::askToOpen(QWidget *parent, const QString &fileName, const TemplateCoverage &coverage)
{
    QMessageBox box(QMessageBox::Question, tr("Open as a Report?"), coverage.refusal(fileName),
                    QMessageBox::Open | QMessageBox::Cancel, parent);
    box.setObjectName(kObjectName);
    box.setInformativeText(tr("Opened anyway, every part of it that fits no field of the template is kept as "
                              "notes in the section before it."));
    box.button(QMessageBox::Open)->setText(tr("Open Anyway"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Open;
}

} // namespace lr
