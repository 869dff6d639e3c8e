#include "window/sectionnavigator.h"

#include "check/reportvalidator.h"
#include "model/completeness.h"
#include "model/report.h"
#include "window/appicons.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>

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
    setIconSize(QSize(16, 16));
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
    setMinimumWidth(sizeHint().width()); // no section name is ever cut, whatever the splitter kept
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

void SectionNavigator::showProblems(const QList<ReportProblem> &problems)
{
    m_sectionsWithErrors.clear();
    m_sectionsWithProblems.clear();
    for (const ReportProblem &problem : problems) {
        m_sectionsWithProblems.insert(problem.sectionId);
        if (problem.isError())
            m_sectionsWithErrors.insert(problem.sectionId);
    }
    for (int i = 0; i < topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = topLevelItem(i);
        const QString id = item->data(0, Qt::UserRole).toString();
        if (m_sectionsWithErrors.contains(id)) {
            item->setIcon(0, AppIcons::problemIcon(true));
            item->setToolTip(0, tr("%1: has errors (see Problems)").arg(item->text(0)));
        } else if (m_sectionsWithProblems.contains(id)) {
            item->setIcon(0, AppIcons::problemIcon(false));
            item->setToolTip(0, tr("%1: not filled in yet").arg(item->text(0)));
        } else {
            item->setIcon(0, AppIcons::icon(AppIcons::Name::Complete));
            item->setToolTip(0, tr("%1: complete").arg(item->text(0)));
        }
    }
}

QSize SectionNavigator::sizeHint() const
{
    int names = 0, counts = 0;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        names = std::max(names, fontMetrics().horizontalAdvance(topLevelItem(i)->text(0)));
        counts = std::max(counts, fontMetrics().horizontalAdvance(topLevelItem(i)->text(1)));
    }
    counts = std::max(counts, fontMetrics().horizontalAdvance(headerItem()->text(1)));
    // Each cell has the style's item margins on both sides (the header's for the counts, whose
    // column fits its title); the name cell also the icon; the scroll bar may take its room.
    const int itemMargin = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 4);
    const int headerMargin = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this) + 8;
    const int width = names + iconSize().width() + 4 + itemMargin + counts + headerMargin + 2 * frameWidth()
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return {width, QTreeWidget::sizeHint().height()};
}

void SectionNavigator::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refreshCompleteness(); // the counts' colours come from the palette
    else if (event->type() == QEvent::FontChange)
        setMinimumWidth(sizeHint().width());
}

} // namespace lr
