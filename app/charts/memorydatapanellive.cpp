// The Memory Data panel's live series: Query Prometheus… and Refresh (see memorydatapanel.h).
#include "charts/memorydatapanel.h"

#include "charts/prometheusquerydialog.h"
#include "live/livequeryfill.h"
#include "live/seriesrefresh.h"
#include "model/reporteditor.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace lr {

void MemoryDataPanel::queryPrometheus()
{
    // Start from the last query the report holds: the same server is the usual next step.
    LiveQuery initial;
    for (const MemorySeries &series : m_editor->report()->content().series) {
        if (series.source.live.isSet())
            initial = series.source.live;
    }
    PrometheusQueryDialog dialog(initial, this);
    if (dialog.exec() != QDialog::Accepted || !addImported(dialog.fetched().import))
        return;
    if (dialog.putQueryIntoReport()) {
        m_editor->replaceContent(LiveQueryFill::apply(m_editor->report()->content(), dialog.fetched().query,
                                                      tr("Memory series queried for this report")),
                                 tr("Put Prometheus Query Into Report"));
    }
}

void MemoryDataPanel::refreshSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1 || rows.first().row() >= m_shown.size())
        return;
    const MemorySeries &series = m_shown[rows.first().row()];
    if (!series.source.live.isSet())
        return;
    if (!m_refresher) {
        m_refresher = new PrometheusClient(this);
        connect(m_refresher, &PrometheusClient::finished, this, [this](const PrometheusFetch &fetched) {
            applyRefresh(m_refresher->property("seriesName").toString(), fetched);
        });
    }
    m_refresher->setProperty("seriesName", series.name);
    m_refresh->setText(tr("Refreshing…"));
    m_refresh->setEnabled(false);
    m_refresher->fetch(series.source.live, PrometheusCredentials::fromEnvironment());
}

void MemoryDataPanel::applyRefresh(const QString &seriesName, const PrometheusFetch &fetched)
{
    m_refresh->setText(tr("Ref&resh"));
    updateButtons();
    QList<MemorySeries> all = m_editor->report()->content().series;
    // Found by name: the user may have removed or reordered series meanwhile.
    const auto found = std::find_if(all.begin(), all.end(), [&](const MemorySeries &s) { return s.name == seriesName; });
    if (found == all.end() || fetched.cancelled)
        return;
    QString error;
    if (!SeriesRefresh::apply(&*found, fetched.import, fetched.query, &error)) {
        QMessageBox::warning(this, tr("Cannot Refresh"), error);
        return;
    }
    commit(all, tr("Refresh Series \u201c%1\u201d").arg(seriesName));
}

} // namespace lr
