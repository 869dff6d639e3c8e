#include "charts/prometheusquerydialog.h"

#include "live/promqlrange.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

struct RangeChoice
{
    const char *label;
    const char *duration;
};

// The ranges Grafana's time picker offers first; the last entry is a custom range.
constexpr RangeChoice kRanges[] = {{QT_TRANSLATE_NOOP("lr::PrometheusQueryDialog", "Last 1 hour"), "1h"},
                                   {QT_TRANSLATE_NOOP("lr::PrometheusQueryDialog", "Last 6 hours"), "6h"},
                                   {QT_TRANSLATE_NOOP("lr::PrometheusQueryDialog", "Last 24 hours"), "24h"},
                                   {QT_TRANSLATE_NOOP("lr::PrometheusQueryDialog", "Last 7 days"), "7d"},
                                   {QT_TRANSLATE_NOOP("lr::PrometheusQueryDialog", "Last 30 days"), "30d"},
                                   {QT_TRANSLATE_NOOP("lr::PrometheusQueryDialog", "From … to …"), ""}};
constexpr int kDefaultRange = 2;
constexpr int kCustomRange = int(std::size(kRanges)) - 1;

QDateTimeEdit *utcEdit(qint64 ms, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

PrometheusQueryDialog::PrometheusQueryDialog(const LiveQuery &initial, QWidget *parent)
    : QDialog(parent)
    , m_client(new PrometheusClient(this))
    , m_server(new QLineEdit(initial.server, this))
    , m_query(new QLineEdit(initial.promql, this))
    , m_range(new QComboBox(this))
    , m_start(utcEdit(initial.startMs ? initial.startMs : QDateTime::currentMSecsSinceEpoch() - 86'400'000, this))
    , m_end(utcEdit(initial.endMs ? initial.endMs : QDateTime::currentMSecsSinceEpoch(), this))
    , m_step(new QLineEdit(initial.stepChosen ? PromqlRange::durationText(initial.stepMs) : QString(), this))
    , m_token(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_intoReport(new QCheckBox(tr("Put the query into the report (Prometheus query field and Appendix)"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_run(new QPushButton(tr("&Run Query"), this))
{
    setWindowTitle(tr("Query Prometheus"));
    setObjectName(u"prometheusQueryDialog"_s);
    m_server->setObjectName(u"prometheusServer"_s);
    m_server->setPlaceholderText(u"http://prometheus:9090"_s);
    m_server->setToolTip(tr("The base URL of Prometheus, Thanos, Mimir or VictoriaMetrics"));
    m_query->setObjectName(u"prometheusQuery"_s);
    m_query->setPlaceholderText(u"process_resident_memory_bytes{job=\"api\"}"_s);
    for (const RangeChoice &choice : kRanges)
        m_range->addItem(tr(choice.label));
    m_range->setObjectName(u"prometheusRange"_s);
    int rangeIndex = initial.isSet() && initial.sinceMs == 0 ? kCustomRange : kDefaultRange;
    for (int i = 0; i < kCustomRange && initial.sinceMs > 0; ++i) {
        if (PromqlRange::parseDuration(QString::fromLatin1(kRanges[i].duration)) == initial.sinceMs)
            rangeIndex = i;
    }
    m_range->setCurrentIndex(rangeIndex);
    m_step->setObjectName(u"prometheusStep"_s);
    m_step->setPlaceholderText(tr("auto (within 11,000 points)"));
    m_token->setEchoMode(QLineEdit::Password);
    m_password->setEchoMode(QLineEdit::Password);
    const PrometheusCredentials environment = PrometheusCredentials::fromEnvironment();
    m_token->setPlaceholderText(environment.bearerToken.isEmpty() ? tr("none") : tr("from LEAKREPORT_PROMETHEUS_TOKEN"));
    m_user->setPlaceholderText(environment.user.isEmpty() ? tr("none") : tr("from LEAKREPORT_PROMETHEUS_USER"));
    m_intoReport->setObjectName(u"putQueryIntoReport"_s);
    m_progress->setVisible(false);
    m_progress->setTextVisible(false);
    m_status->setObjectName(u"prometheusStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_run->setObjectName(u"runPrometheusQuery"_s);
    m_run->setDefault(true);

    auto *range = new QHBoxLayout;
    auto *to = new QLabel(tr("to"), this);
    range->addWidget(m_range);
    range->addWidget(m_start);
    range->addWidget(to);
    range->addWidget(m_end);
    auto *rangeLabel = new QLabel(tr("R&ange:"), this);
    rangeLabel->setBuddy(m_range);
    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&PromQL:"), m_query);
    form->addRow(rangeLabel, range);
    form->addRow(tr("S&tep:"), m_step);
    form->addRow(tr("&Bearer token:"), m_token);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("Credentials are used for this query only and never saved. TLS certificates are "
                               "checked against the system's certificate authorities."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_intoReport);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(680, sizeHint().height());

    const auto showRange = [this, to] {
        const bool custom = m_range->currentIndex() == kCustomRange;
        m_start->setVisible(custom);
        to->setVisible(custom);
        m_end->setVisible(custom);
    };
    showRange();
    connect(m_range, &QComboBox::currentIndexChanged, this, showRange);
    connect(m_run, &QPushButton::clicked, this, &PrometheusQueryDialog::runQuery);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrometheusQueryDialog::reject);
    connect(m_client, &PrometheusClient::progress, this, [this](qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0); // busy until the size is known
        if (total > 0)
            m_progress->setValue(int(1000 * received / total));
        m_status->setText(tr("Received %1 kB…").arg(received / 1000));
    });
    connect(m_client, &PrometheusClient::finished, this, &PrometheusQueryDialog::showFinished);
}

bool PrometheusQueryDialog::putQueryIntoReport() const
{
    return m_intoReport->isChecked();
}

std::optional<LiveQuery> PrometheusQueryDialog::queryFromInputs(QString *error) const
{
    LiveQuery query;
    query.server = m_server->text().trimmed();
    query.promql = m_query->text().trimmed();
    if (query.server.isEmpty() || query.promql.isEmpty()) {
        *error = tr("Give the server's URL and a PromQL query.");
        return std::nullopt;
    }
    if (m_range->currentIndex() == kCustomRange) {
        query.startMs = m_start->dateTime().toMSecsSinceEpoch();
        query.endMs = m_end->dateTime().toMSecsSinceEpoch();
    } else {
        query.sinceMs = *PromqlRange::parseDuration(QString::fromLatin1(kRanges[m_range->currentIndex()].duration));
    }
    if (!m_step->text().trimmed().isEmpty()) {
        const std::optional<qint64> step = PromqlRange::parseDuration(m_step->text());
        if (!step) {
            *error = tr("The step \u201c%1\u201d is not a duration (15s, 1m, 1h).").arg(m_step->text());
            return std::nullopt;
        }
        query.stepMs = *step;
        query.stepChosen = true;
    }
    return query;
}

PrometheusCredentials PrometheusQueryDialog::credentialsFromInputs() const
{
    PrometheusCredentials typed{m_token->text(), m_user->text(), m_password->text()};
    return typed.isEmpty() ? PrometheusCredentials::fromEnvironment() : typed;
}

void PrometheusQueryDialog::runQuery()
{
    QString error;
    const std::optional<LiveQuery> query = queryFromInputs(&error);
    if (!query) {
        m_status->setText(error);
        return;
    }
    setRunning(true);
    m_status->setText(tr("Querying %1…").arg(query->server));
    m_client->fetch(*query, credentialsFromInputs());
}

void PrometheusQueryDialog::reject()
{
    if (m_client->isRunning())
        m_client->cancel(); // the dialog stays, saying so
    else
        QDialog::reject();
}

void PrometheusQueryDialog::setRunning(bool running)
{
    for (QWidget *input : std::initializer_list<QWidget *>{m_server, m_query, m_range, m_start, m_end, m_step, m_token,
                                                             m_user, m_password, m_run})
        input->setEnabled(!running);
    m_progress->setVisible(running);
    m_progress->setRange(0, 0);
}

void PrometheusQueryDialog::showFinished(const PrometheusFetch &result)
{
    setRunning(false);
    if (!result.ok()) {
        m_status->setText(result.import.error);
        return;
    }
    m_fetched = result;
    accept();
}

} // namespace lr
