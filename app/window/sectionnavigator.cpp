#include "window/sectionnavigator.h"

#include "model/completeness.h"
#include "model/report.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace lr {

SectionNavigator::SectionNavigator(Report *report, QWidget *parent)
    : QTreeWidget(parent)
    , m_report(report)
{
    setObjectName(u"sectionNavigator"_s);
    setColumnCount(2);
    setHeaderLabels({tr("Section"), tr("Filled")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setAccessibleName(tr("Sections"));
    QList<QTreeWidgetItem *> items; // inserted at once: one model change, not one per section
    for (const SectionDef &section : report->reportTemplate().sections()) {
        auto *item = new QTreeWidgetItem({section.title, QString()});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, Qt::UserRole, section.id);
        items.append(item);
    }
    addTopLevelItems(items);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            emit sectionSelected(indexOfTopLevelItem(current));
    });
    connect(report, &Report::changed, this, &SectionNavigator::refreshCompleteness);
    refreshCompleteness();
    setCurrentItem(topLevelItem(0));
}

int SectionNavigator::currentSection() const
{
    return currentItem() ? indexOfTopLevelItem(currentItem()) : -1;
}

void SectionNavigator::setCurrentSection(int index)
{
    setCurrentItem(topLevelItem(index));
}

void SectionNavigator::refreshCompleteness()
{
    const QList<SectionDef> &sections = m_report->reportTemplate().sections();
    for (int i = 0; i < sections.size(); ++i) {
        const Completeness filled = sectionCompleteness(m_report->reportTemplate(), m_report->content(), sections[i].id);
        QTreeWidgetItem *item = topLevelItem(i);
        item->setText(1, u"%1/%2"_s.arg(filled.filled).arg(filled.total));
        const QString spoken = tr("%1 of %2 parts filled in").arg(filled.filled).arg(filled.total);
        item->setToolTip(1, spoken);
        // A screen reader reads the row as "Header, 3 of 4 parts filled in", not "3/4".
        item->setData(0, Qt::AccessibleTextRole, u"%1, %2"_s.arg(item->text(0), spoken));
        item->setData(1, Qt::AccessibleTextRole, spoken);
        item->setForeground(1, palette().brush(filled.filled == filled.total ? QPalette::Text : QPalette::PlaceholderText));
    }
}

} // namespace lr
