#include "heap/heapsnapshotspanel.h"

#include "form/fillconfirmation.h"
#include "heap/heapclassmodel.h"
#include "heap/snapshotfill.h"
#include "i18n/plural.h"
#include "model/reporteditor.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr int kMaxSnapshots = 3;

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

QString captureText(const HeapSnapshotSummary &snapshot)
{
    if (!snapshot.capturedAt.isValid())
        return {};
    const QString time = snapshot.capturedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    return snapshot.capturedAtSource == HeapSnapshotSummary::CaptureTimeSource::FileName
        ? HeapSnapshotsPanel::tr("%1 (file name)").arg(time)
        : HeapSnapshotsPanel::tr("%1 (modified)").arg(time);
}

} // namespace

HeapSnapshotsPanel::HeapSnapshotsPanel(ReportEditor *editor, HeapComparisonRunner::CompareFunction compare, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_runner(new HeapComparisonRunner(std::move(compare), this))
    , m_model(new HeapClassModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_snapshots(new QTableWidget(0, 5, this))
    , m_filter(new QLineEdit(this))
    , m_classes(new QTableView(this))
    , m_path(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_add(new QPushButton(tr("&Add Snapshots\u2026"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_fill(new QPushButton(tr("Fill Repo&rt From Snapshots\u2026"), this))
{
    setObjectName(u"heapSnapshotsPanel"_s);
    setAcceptDrops(true);
    m_add->setObjectName(u"addSnapshots"_s);
    m_add->setToolTip(tr("Two or three V8 .heapsnapshot files of one process (Node.js or Chrome DevTools): "
                         "with three, the leak candidates are the objects allocated between the first two "
                         "that are still alive in the third. You can also drop the files here."));
    m_cancel->setObjectName(u"cancelComparison"_s);
    m_fill->setObjectName(u"fillFromSnapshots"_s);
    m_progress->setObjectName(u"comparisonProgress"_s);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status->setObjectName(u"snapshotStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_snapshots->setObjectName(u"snapshotTable"_s);
    m_snapshots->setHorizontalHeaderLabels({tr("Snapshot"), tr("Heap"), tr("Objects"), tr("Captured"), tr("SHA-256")});
    m_snapshots->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_snapshots->horizontalHeader()->setStretchLastSection(true);
    m_snapshots->verticalHeader()->hide();
    m_snapshots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_snapshots->setSelectionMode(QAbstractItemView::NoSelection);
    m_snapshots->setMaximumHeight(m_snapshots->horizontalHeader()->sizeHint().height()
                                  + kMaxSnapshots * m_snapshots->verticalHeader()->defaultSectionSize() + 4);

    m_filter->setObjectName(u"classFilter"_s);
    m_filter->setPlaceholderText(tr("Filter constructors"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HeapClassModel::SortRole);
    m_proxy->setFilterKeyColumn(HeapClassModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_classes->setObjectName(u"classTable"_s);
    m_classes->setModel(m_proxy);
    m_classes->setSortingEnabled(true);
    m_classes->sortByColumn(HeapClassModel::SizeDelta, Qt::DescendingOrder);
    m_classes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_classes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_classes->verticalHeader()->hide();
    m_classes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_classes->horizontalHeader()->setSectionResizeMode(HeapClassModel::Name, QHeaderView::Stretch);

    m_path->setObjectName(u"retainerTree"_s);
    m_path->setHeaderLabels({tr("Retainer Path"), tr("Object")});
    m_path->setRootIsDecorated(true);
    m_path->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_path->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_path->header()->setStretchLastSection(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(m_cancel);
    buttons->addStretch(0);
    buttons->addWidget(m_fill);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_snapshots);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_classes, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_path);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({660, 440});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_add, &QPushButton::clicked, this, &HeapSnapshotsPanel::chooseSnapshots);
    connect(m_cancel, &QPushButton::clicked, m_runner, &HeapComparisonRunner::cancel);
    connect(m_fill, &QPushButton::clicked, this, &HeapSnapshotsPanel::fillReportFromSnapshots);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_classes->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HeapSnapshotsPanel::showRetainerPath);
    connect(m_runner, &HeapComparisonRunner::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_runner, &HeapComparisonRunner::finished, this, &HeapSnapshotsPanel::recordComparison);
    connect(m_runner, &HeapComparisonRunner::failed, this, [this](const QString &error) {
        setBusy(false);
        m_status->setText(tr("Could not compare the snapshots: %1").arg(error));
    });
    connect(m_runner, &HeapComparisonRunner::cancelled, this, [this] {
        setBusy(false);
        m_status->setText(tr("Comparison cancelled; the report is unchanged."));
    });
    connect(m_editor->report(), &Report::changed, this, &HeapSnapshotsPanel::refresh);
    setBusy(false);
    m_status->setText(tr("Add two or three heap snapshots of one process, or drop them here."));
    refresh();
}

void HeapSnapshotsPanel::addSnapshots(const QStringList &files)
{
    if (files.isEmpty())
        return;
    m_runner->cancel();
    m_pending = files.size() >= 2 ? files : m_pending + files;
    if (m_pending.size() > kMaxSnapshots) {
        m_status->setText(withEnglishPlural(tr("%n snapshot(s) chosen: compare two, or three for the three-snapshot "
                                               "technique.", nullptr, int(m_pending.size())), m_pending.size()));
        m_pending.clear();
        return;
    }
    if (m_pending.size() < 2) {
        m_status->setText(tr("%1 chosen: add one or two more snapshots of the same process to compare.")
                              .arg(QFileInfo(m_pending.first()).fileName()));
        return;
    }
    setBusy(true);
    m_status->setText(withEnglishPlural(tr("Comparing %n snapshot(s)\u2026", nullptr, int(m_pending.size())),
                                        m_pending.size()));
    m_runner->start(m_pending);
    m_pending.clear();
}

void HeapSnapshotsPanel::chooseSnapshots()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Heap Snapshots"), QString(),
        tr("Heap snapshots (*.heapsnapshot);;All files (*)"));
    addSnapshots(files);
}

void HeapSnapshotsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void HeapSnapshotsPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addSnapshots(files);
}

void HeapSnapshotsPanel::setBusy(bool busy)
{
    m_progress->setValue(0);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_fill->setEnabled(!busy && !m_shown.snapshots.isEmpty());
}

void HeapSnapshotsPanel::recordComparison(const HeapComparison &comparison)
{
    setBusy(false);
    m_editor->replaceContent(SnapshotFill::record(m_editor->report()->content(), comparison), tr("Add Heap Snapshots"));
    m_status->setText(withEnglishPlural(tr("Compared %n snapshot(s): %1 classes changed. Fill Report From Snapshots "
                                           "writes them into Investigation Steps.", nullptr,
                                           int(comparison.snapshots.size())), comparison.snapshots.size())
                          .arg(comparison.classes.size()));
}

void HeapSnapshotsPanel::refresh()
{
    const HeapComparison &comparison = m_editor->report()->content().heapComparison;
    if (comparison == m_shown)
        return; // typing elsewhere in the report
    m_shown = comparison;
    m_snapshots->setRowCount(int(comparison.snapshots.size()));
    for (int row = 0; row < comparison.snapshots.size(); ++row) {
        const HeapSnapshotSummary &snapshot = comparison.snapshots[row];
        const QStringList cells = {snapshot.fileName,
                                   tr("%1 MB").arg(SnapshotFill::formatMB(snapshot.heapBytes)),
                                   QString::number(snapshot.nodeCount), captureText(snapshot), snapshot.sha256};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(column == 0 ? tr("File: %1 MB").arg(SnapshotFill::formatMB(snapshot.fileBytes)) : cells[column]);
            m_snapshots->setItem(row, column, item);
        }
    }
    m_model->setClasses(comparison.classes);
    m_fill->setEnabled(!m_runner->isRunning() && !comparison.snapshots.isEmpty());
    // The leaked object's path is what the investigator looks for first.
    const QModelIndexList leaked = m_proxy->match(m_proxy->index(0, HeapClassModel::Name), Qt::DisplayRole,
                                                  SnapshotFill::leakedClassName(comparison), 1, Qt::MatchExactly);
    if (!leaked.isEmpty())
        m_classes->setCurrentIndex(leaked.first());
    else if (m_proxy->rowCount() > 0)
        m_classes->setCurrentIndex(m_proxy->index(0, 0));
    showRetainerPath();
}

void HeapSnapshotsPanel::showRetainerPath()
{
    m_path->clear();
    const QModelIndex current = m_proxy->mapToSource(m_classes->currentIndex());
    if (!current.isValid())
        return;
    const QList<RetainerStep> &steps = m_model->classAt(current.row()).retainerPath;
    if (steps.isEmpty()) {
        m_path->addTopLevelItem(new QTreeWidgetItem({tr("(no path from the GC roots recorded)")}));
        return;
    }
    // Each reference holds the next: the tree nests them, the object each one reaches beside it.
    auto *item = new QTreeWidgetItem(m_path, {u"(GC roots)"_s});
    for (const RetainerStep &step : steps)
        item = new QTreeWidgetItem(item, {step.edge, step.node});
    m_path->expandAll();
    m_path->setCurrentItem(item);
}

void HeapSnapshotsPanel::fillReportFromSnapshots()
{
    const ReportContent &content = m_editor->report()->content();
    const SnapshotProposal proposal = SnapshotFill::propose(m_editor->report()->reportTemplate(), content);
    if (proposal.isEmpty()) {
        QMessageBox::information(this, tr("Fill Report From Snapshots"),
                                 content.heapComparison.snapshots.isEmpty()
                                     ? tr("Add two or three heap snapshots first.")
                                     : tr("The report already says what the snapshots show."));
        return;
    }
    const QList<FieldFill> typed = SnapshotFill::typedChanges(proposal);
    const std::optional<bool> replaceTyped = FillConfirmation::replaceTyped(
        this, withEnglishPlural(tr("In %n place(s), the text typed differs from the snapshots.", nullptr, int(typed.size())),
                                typed.size()), typed);
    if (!replaceTyped)
        return;
    emit filled(FillConfirmation::apply(m_editor, SnapshotFill::apply(content, proposal, *replaceTyped),
                                        tr("Fill From Snapshots")));
}

} // namespace lr
