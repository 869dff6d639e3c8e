#include "charts/memorydatapanel.h"

#include "charts/evidenceimport.h"
#include "export/exportoptions.h"
#include "charts/memorychart.h"
#include "check/timelineclaimcheck.h"
#include "io/atomicwrite.h"
#include "prevention/alertrules.h"
#include "charts/recordprocessdialog.h"
#include "events/oommarkers.h"
#include "series/gcstatistics.h"
#include "live/prometheusclient.h"
#include "form/fillconfirmation.h"
#include "model/reporteditor.h"
#include "series/datafill.h"
#include "i18n/plural.h"
#include "series/seriesstatistics.h"
#include "series/seriessummary.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

const QList<SeriesRole> kRoles = {SeriesRole::Before, SeriesRole::After, SeriesRole::Other};

QString roleLabel(SeriesRole role)
{
    switch (role) {
    case SeriesRole::Before:
        return MemoryDataPanel::tr("Before fix");
    case SeriesRole::After:
        return MemoryDataPanel::tr("After fix");
    case SeriesRole::Other:
        break;
    }
    return MemoryDataPanel::tr("Other");
}

// Whether two lists hold the same series; samples compare by identity (shared data), which is
// enough to tell a change and costs nothing for a million samples.
bool sameSeries(const QList<MemorySeries> &a, const QList<MemorySeries> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].name != b[i].name || a[i].role != b[i].role || a[i].samples.size() != b[i].samples.size()
            || a[i].samples.constData() != b[i].samples.constData())
            return false;
    }
    return true;
}

// "<b>Before fix</b>: growth 38.1 MB/hour (R² 1.00), baseline 234 MB, …"
QString summaryHtml(const SummaryLine &line)
{
    return u"<b>"_s + line.label.toHtmlEscaped() + u"</b>: "_s + line.parts.join(u", "_s).toHtmlEscaped();
}

} // namespace

MemoryDataPanel::MemoryDataPanel(ReportEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_table(new QTableWidget(0, 4, this))
    , m_chart(new MemoryChart(this))
    , m_statistics(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_deploy(new QDoubleSpinBox(this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_fill(new QPushButton(tr("Fill Report From &Data…"), this))
    , m_alerts(new QPushButton(tr("Alert R&ules…"), this))
    , m_refresh(new QPushButton(tr("Ref&resh"), this))
{
    setObjectName(u"memoryDataPanel"_s);
    m_table->setObjectName(u"seriesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Series"), tr("Role"), tr("Samples"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statistics->setObjectName(u"seriesStatistics"_s);
    m_statistics->setWordWrap(true);
    m_statistics->setTextFormat(Qt::RichText);
    m_threshold->setObjectName(u"memoryLimit"_s);
    m_threshold->setRange(0, 1e7);
    m_threshold->setDecimals(0);
    m_threshold->setSuffix(u' ' + tr("MB"));
    m_threshold->setSpecialValueText(tr("none"));
    m_threshold->setToolTip(tr("A memory limit to draw across the chart (MB = 10^6 bytes)"));

    m_deploy->setObjectName(u"deployMarker"_s);
    m_deploy->setRange(-0.1, 1e6);
    m_deploy->setSingleStep(0.5);
    m_deploy->setDecimals(1);
    m_deploy->setValue(-0.1);
    //: Hours
    m_deploy->setSuffix(u' ' + tr("h"));
    m_deploy->setSpecialValueText(tr("none"));
    m_deploy->setToolTip(tr("Where the fix was deployed, in hours on the chart's time axis; follows the report's "
                            "Fix deployed time on a before series with wall-clock times until set here"));

    auto *import = new QPushButton(tr("Imp&ort…"), this);
    import->setToolTip(tr("CSV or TSV (Grafana's CSV export too), Prometheus query_range JSON, "
                          "a Node.js --trace-gc log or a valgrind massif file"));
    auto *record = new QPushButton(tr("Re&cord Process…"), this);
    record->setObjectName(u"recordProcess"_s);
    record->setToolTip(tr("Sample the memory of a process on this machine (RSS, PSS, anonymous, cgroup) on a live chart"));
    auto *paste = new QPushButton(tr("P&aste"), this);
    paste->setToolTip(tr("Samples copied from a spreadsheet or Grafana: a header row, then time and value columns"));
    m_fill->setObjectName(u"fillFromData"_s);
    m_remove->setObjectName(u"removeSeries"_s);
    m_alerts->setObjectName(u"alertRules"_s);
    m_alerts->setToolTip(tr("Save Prometheus alerting rules with thresholds from the before and after series and the "
                            "memory limit, and fill Monitoring Added's empty thresholds"));
    auto *prometheus = new QPushButton(tr("&Query Prometheus…"), this);
    prometheus->setObjectName(u"queryPrometheus"_s);
    prometheus->setToolTip(tr("Run a range query against Prometheus, Thanos, Mimir or VictoriaMetrics"));
    m_refresh->setObjectName(u"refreshSeries"_s);
    m_refresh->setToolTip(tr("Run the selected series' Prometheus query again"));
    auto *limitLabel = new QLabel(tr("Memory &limit:"), this);
    limitLabel->setBuddy(m_threshold);

    // Two rows: where samples come from, then what is done with them. In one row the buttons
    // took two thirds of a 1600 px window and left the chart 533 px wide.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(import);
    buttons->addWidget(paste);
    buttons->addWidget(record);
    buttons->addWidget(prometheus);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_remove);
    // Evidence from logs that are not memory series: OOM kills, the GC Logs excerpt.
    auto *oomEvents = new QPushButton(tr("OOM Even&ts…"), this);
    oomEvents->setObjectName(u"addOomEvents"_s);
    oomEvents->setToolTip(tr("Out-of-memory kills from a kernel log (dmesg -T, journalctl -k), kubectl describe pod, "
                             "kubectl get events -o json or a Node log"));
    auto *gcExcerpt = new QPushButton(tr("GC Log E&xcerpt…"), this);
    gcExcerpt->setObjectName(u"gcLogExcerpt"_s);
    gcExcerpt->setToolTip(tr("The lines of a --trace-gc log around its longest pauses and its out-of-memory crash, "
                             "for the Appendix's GC Logs block"));
    actions->addWidget(oomEvents);
    actions->addWidget(gcExcerpt);
    connect(oomEvents, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add OOM Events"), QString(),
                                                          tr("Logs (*.log *.txt *.json);;All files (*)"));
        if (!path.isEmpty())
            EvidenceImport::addOomEvents(this, m_editor, path);
    });
    connect(gcExcerpt, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("GC Log Excerpt"), QString(),
                                                          tr("Logs (*.log *.txt);;All files (*)"));
        if (!path.isEmpty())
            EvidenceImport::insertGcExcerpt(this, m_editor, path);
    });
    actions->addStretch(1);
    actions->addWidget(m_alerts);
    actions->addWidget(m_fill);
    auto *chartOptions = new QHBoxLayout;
    chartOptions->addStretch(1);
    chartOptions->addWidget(limitLabel);
    chartOptions->addWidget(m_threshold);
    auto *deployLabel = new QLabel(tr("Deplo&y at:"), this);
    deployLabel->setBuddy(m_deploy);
    chartOptions->addWidget(deployLabel);
    chartOptions->addWidget(m_deploy);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(buttons);
    leftLayout->addLayout(actions);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_statistics);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(chartOptions);
    rightLayout->addWidget(m_chart, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 660}); // the chart is what people look at
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(import, &QPushButton::clicked, this, &MemoryDataPanel::importInteractively);
    connect(paste, &QPushButton::clicked, this, &MemoryDataPanel::pasteFromClipboard);
    connect(record, &QPushButton::clicked, this, &MemoryDataPanel::recordProcess);
    connect(m_remove, &QPushButton::clicked, this, &MemoryDataPanel::removeSelected);
    connect(m_fill, &QPushButton::clicked, this, &MemoryDataPanel::fillReportFromData);
    connect(m_alerts, &QPushButton::clicked, this, &MemoryDataPanel::saveAlertRulesInteractively);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, m_chart, &MemoryChart::setThresholdMB);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &MemoryDataPanel::showStatistics); // time to the limit
    connect(m_deploy, &QDoubleSpinBox::valueChanged, m_chart, &MemoryChart::setDeployMarkerHours);
    connect(m_deploy, &QDoubleSpinBox::valueChanged, this, [this] { m_deploySetByHand = !m_followingDeploy; });
    connect(m_editor->report(), &Report::changed, this, &MemoryDataPanel::followDeployTime);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(prometheus, &QPushButton::clicked, this, &MemoryDataPanel::queryPrometheus);
    connect(m_refresh, &QPushButton::clicked, this, &MemoryDataPanel::refreshSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MemoryDataPanel::updateButtons);
    connect(m_editor->report(), &Report::changed, this, &MemoryDataPanel::refresh);
    // refresh() returns early while there is nothing to show: what needs a series starts disabled.
    updateButtons();
    m_fill->setEnabled(false);
    m_alerts->setEnabled(false);
    refresh();
}

void MemoryDataPanel::refresh()
{
    const QList<MemorySeries> &series = m_editor->report()->content().series;
    m_chart->setOomMarkerHours(OomMarkers::onChart(series, m_editor->report()->content().oomEvents));
    if (sameSeries(series, m_shown) && m_table->rowCount() == series.size())
        return;
    m_shown = series;
    m_table->setRowCount(int(series.size()));
    for (int row = 0; row < series.size(); ++row) {
        const MemorySeries &one = series[row];
        m_table->setItem(row, 0, new QTableWidgetItem(one.name));
        auto *role = new QComboBox(m_table);
        for (SeriesRole candidate : kRoles)
            role->addItem(roleLabel(candidate));
        role->setCurrentIndex(int(kRoles.indexOf(one.role)));
        connect(role, &QComboBox::activated, this, [this, row](int index) { setRole(row, kRoles[index]); });
        m_table->setCellWidget(row, 1, role);
        auto *count = new QTableWidgetItem(QLocale().toString(one.samples.size()));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, count);
        m_table->setItem(row, 3, new QTableWidgetItem(one.source.fileName + u" ("_s + one.source.format + u')'));
        m_table->item(row, 3)->setToolTip(one.source.live.isSet() ? one.source.live.server + u'\n' + one.source.live.promql
                                                                  : one.source.query);
    }
    updateButtons();
    m_fill->setEnabled(!series.isEmpty());
    m_alerts->setEnabled(seriesWithRole(series, SeriesRole::Before) != nullptr);
    m_chart->setSeries(series);
    showStatistics();
    followDeployTime();
}

void MemoryDataPanel::followDeployTime()
{
    const MemorySeries *before = seriesWithRole(m_editor->report()->content().series, SeriesRole::Before);
    if (m_deploySetByHand || !before || !SeriesEvidence::timesAreWallClock(*before))
        return;
    const std::optional<QDateTime> deployed =
        TimelineClaimCheck::fixDeployedAt(m_editor->report()->reportTemplate(), m_editor->report()->content());
    const double hours = deployed ? double(deployed->toMSecsSinceEpoch() - before->samples.first().time) / 3'600'000 : -1;
    const double span = double(before->samples.last().time - before->samples.first().time) / 3'600'000;
    m_followingDeploy = true;
    m_deploy->setValue(hours >= 0 && hours <= span ? hours : m_deploy->minimum());
    m_followingDeploy = false;
}

void MemoryDataPanel::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_remove->setEnabled(!rows.isEmpty());
    const bool live = rows.size() == 1 && rows.first().row() < m_shown.size() && m_shown[rows.first().row()].source.live.isSet();
    m_refresh->setEnabled(live && !(m_refresher && m_refresher->isRunning()));
}

void MemoryDataPanel::showStatistics()
{
    QStringList lines;
    const auto statisticsOf = [&](SeriesRole role) -> std::optional<SeriesStatistics> {
        const MemorySeries *series = seriesWithRole(m_shown, role);
        std::optional<SeriesStatistics> stats = series ? SeriesStatistics::compute(*series) : std::nullopt;
        if (stats) {
            SummaryLine line = SeriesSummary::statistics(roleLabel(role), *stats);
            if (const std::optional<GrowthAnalysis> growth = GrowthAnalysis::of(*series))
                line.parts.append(SeriesSummary::growth(*growth, m_threshold->value()));
            if (const std::optional<GcStatistics> gc = GcStatistics::compute(*series))
                line.parts.append(gc->summary());
            lines.append(summaryHtml(line));
        }
        return stats;
    };
    const std::optional<SeriesStatistics> before = statisticsOf(SeriesRole::Before);
    const std::optional<SeriesStatistics> after = statisticsOf(SeriesRole::After);
    if (before && after) {
        lines.append(summaryHtml(SeriesSummary::improvement(SeriesImprovement::between(*before, *after))));
        if (const QString note = SeriesSummary::axesDiffer(*before, *after); !note.isEmpty())
            lines.append(note.toHtmlEscaped());
    }
    m_statistics->setText(lines.isEmpty() ? tr("Import the memory samples from before and after the fix to compare them.")
                                          : lines.join(u"<br/>"_s) + u"<br/><small>"_s
                                                + tr("MB = 10^6 bytes; growth is the least-squares slope over all samples, its interval widened for "
                                                      "samples that are not independent.").toHtmlEscaped()
                                                + u"</small>"_s);
}

void MemoryDataPanel::commit(const QList<MemorySeries> &series, const QString &actionText)
{
    ReportContent content = m_editor->report()->content();
    content.series = series;
    m_editor->replaceContent(content, actionText);
}

void MemoryDataPanel::recordProcess()
{
    const QList<MemorySeries> &series = m_editor->report()->content().series;
    const SeriesRole proposed = seriesWithRole(series, SeriesRole::Before) ? SeriesRole::After : SeriesRole::Before;
    auto *dialog = new RecordProcessDialog(proposed, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_recoveryStore)
        dialog->keepSamplesIn(m_recoveryStore, m_editor->report()->content(), m_reportPath ? m_reportPath() : QString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        addRecording(dialog->recordedSeries(), dialog->role());
        emit recordingAdded(); // before the dialog and its recovery copy of the samples go
    });
    dialog->open();
}

void MemoryDataPanel::keepRecordingsIn(RecoveryStore *store, std::function<QString()> reportPath)
{
    m_recoveryStore = store;
    m_reportPath = std::move(reportPath);
}

void MemoryDataPanel::addRecording(const QList<MemorySeries> &recorded, SeriesRole role)
{
    if (recorded.isEmpty())
        return;
    commit(ProcessRecorder::withRecording(m_editor->report()->content().series, recorded, role),
           tr("Record \u201c%1\u201d").arg(recorded.first().name));
}

void MemoryDataPanel::addSeries(MemorySeries series, SeriesRole role)
{
    QList<MemorySeries> all = m_editor->report()->content().series;
    series.role = role;
    addReplacingRole(all, series);
    commit(all, tr("Add Series \u201c%1\u201d").arg(series.name));
}

bool MemoryDataPanel::addImported(const SeriesImportResult &imported)
{
    if (!imported.ok()) {
        QMessageBox::warning(this, tr("Cannot Import"), imported.error);
        return false;
    }
    QList<MemorySeries> chosen = imported.series;
    if (chosen.size() > 1) {
        QStringList names;
        for (const MemorySeries &series : chosen)
            names.append(series.name);
        const QString all = tr("All %1 series (role Other)").arg(chosen.size());
        bool ok = false;
        const QString pick = QInputDialog::getItem(this, tr("Choose a Series"),
                                                   tr("The file holds several series. Which one?"), names + QStringList{all},
                                                   0, false, &ok);
        if (!ok)
            return false;
        if (pick == all) {
            QList<MemorySeries> series = m_editor->report()->content().series;
            for (MemorySeries one : chosen) {
                one.role = SeriesRole::Other;
                series.append(one);
            }
            commit(series, tr("Add %1 Series").arg(chosen.size()));
            return true;
        }
        chosen = {chosen[names.indexOf(pick)]};
    }
    // Propose the role still missing: before first, then after.
    const QList<MemorySeries> &existing = m_editor->report()->content().series;
    const int proposed = !seriesWithRole(existing, SeriesRole::Before) ? 0 : !seriesWithRole(existing, SeriesRole::After) ? 1 : 2;
    QStringList roles;
    for (SeriesRole role : kRoles)
        roles.append(roleLabel(role));
    bool ok = false;
    const QString role = QInputDialog::getItem(this, tr("Series Role"),
                                               tr("What does \u201c%1\u201d show?").arg(chosen.first().name)
                                                   + (imported.notes.isEmpty() ? QString() : u"\n\n"_s + imported.notes.join(u'\n')),
                                               roles,
                                               proposed, false, &ok);
    if (!ok)
        return false;
    addSeries(chosen.first(), kRoles[roles.indexOf(role)]);
    return true;
}

std::optional<SeriesImportResult>
MemoryDataPanel::readChoosingUnit(const std::function<SeriesImportResult(const SeriesReadOptions &)> &read)
{
    SeriesImportResult result = read({});
    if (!result.ok() || result.series.isEmpty() || result.series.first().source.format != u"csv"_s)
        return result;
    const QString asRead = tr("As read above");
    const QStringList units = ByteUnits::choices();
    bool ok = false;
    const QString pick = QInputDialog::getItem(
        this, tr("Units of the Samples"),
        tr("How the numbers were read:\n%1\n\nUnit of the numbers that have none of their own:").arg(result.notes.join(u'\n')),
        QStringList{asRead} + units, 0, false, &ok);
    if (!ok)
        return std::nullopt;
    if (pick == asRead)
        return result;
    return read(SeriesReadOptions{SeriesFormat::Csv, ByteUnits::fromChoice(pick)});
}

void MemoryDataPanel::importFile(const QString &path)
{
    if (const auto imported = readChoosingUnit([&](const SeriesReadOptions &options) {
            return SeriesImporter::readFile(path, options);
        }))
        addImported(*imported);
}

void MemoryDataPanel::importInteractively()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Memory Samples"), QString(),
        tr("Memory samples (*.csv *.tsv *.json *.log *.txt massif.out.*);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MemoryDataPanel::pasteFromClipboard()
{
    QByteArray text = QApplication::clipboard()->text().toUtf8();
    std::optional<SeriesImportResult> imported = readChoosingUnit([&](const SeriesReadOptions &options) {
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        return SeriesImporter::read(buffer, tr("the clipboard"), options);
    });
    if (!imported)
        return;
    for (MemorySeries &series : imported->series)
        series.source.fileName = tr("clipboard");
    addImported(*imported);
}

void MemoryDataPanel::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    QList<MemorySeries> series = m_editor->report()->content().series;
    for (int row : rows)
        series.removeAt(row);
    commit(series, rows.size() == 1 ? tr("Remove Series") : tr("Remove %1 Series").arg(rows.size()));
}

void MemoryDataPanel::setRole(int index, SeriesRole role)
{
    QList<MemorySeries> series = m_editor->report()->content().series;
    if (index < 0 || index >= series.size() || series[index].role == role)
        return;
    // One series per role before/after: the one that had it becomes Other.
    if (role != SeriesRole::Other) {
        for (MemorySeries &other : series) {
            if (other.role == role)
                other.role = SeriesRole::Other;
        }
    }
    series[index].role = role;
    commit(series, tr("Change Series Role"));
}

void MemoryDataPanel::fillReportFromData()
{
    const ReportContent &content = m_editor->report()->content();
    const QList<FieldFill> fills = DataFill::propose(m_editor->report()->reportTemplate(), content);
    if (fills.isEmpty()) {
        QMessageBox::information(this, tr("Fill Report From Data"),
                                 tr("Give a series the role \u201cBefore fix\u201d (and one \u201cAfter fix\u201d) first."));
        return;
    }
    QList<FieldFill> typed;
    for (const FieldFill &fill : fills) {
        if (fill.overwritesTypedValue())
            typed.append(fill);
    }
    const std::optional<bool> replaceTyped = FillConfirmation::replaceTyped(
        this, withEnglishPlural(tr("In %n field(s), the value typed differs from the data.", nullptr, int(typed.size())),
                                typed.size()), typed);
    if (!replaceTyped)
        return;
    emit filled(FillConfirmation::apply(m_editor, DataFill::apply(content, fills, *replaceTyped), tr("Fill From Data")));
}

bool MemoryDataPanel::writeAlertRules(const QString &path, QString *error)
{
    const ReportContent &content = m_editor->report()->content();
    const ReportTemplate &reportTemplate = m_editor->report()->reportTemplate();
    AlertOptions options;
    options.memoryLimitMB = m_threshold->value();
    const std::optional<AlertRules> rules = AlertRules::derive(reportTemplate, content, options, error);
    if (!rules || !writeFileAtomically(path, rules->yaml().toUtf8(), error))
        return false;
    const ReportContent filled = rules->withMonitoring(reportTemplate, content, false);
    if (!(filled == content))
        m_editor->replaceContent(filled, tr("Fill Monitoring Added From Alert Rules"));
    return true;
}

void MemoryDataPanel::saveAlertRulesInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Alert Rules"), QString::fromLatin1(kAlertRulesFileName),
                                                      tr("Prometheus rules (*.yml *.yaml)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeAlertRules(path, &error))
        QMessageBox::warning(this, tr("Cannot Save Alert Rules"), error);
}

} // namespace lr
