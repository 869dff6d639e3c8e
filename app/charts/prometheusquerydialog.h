#pragma once

#include "live/prometheusclient.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace lr {

// *Query Prometheus…*: server, PromQL, range and step, optional credentials; runs the range
// query without blocking (progress, Cancel) and shows the server's own error text. Accepted once
// series arrived; the caller adds them as it adds a file's (choosing among label sets).
class PrometheusQueryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrometheusQueryDialog(const LiveQuery &initial, QWidget *parent = nullptr);

    const PrometheusFetch &fetched() const { return m_fetched; }
    // Whether the user asked for the query to go into the report's fields.
    bool putQueryIntoReport() const;
    PrometheusClient *client() const { return m_client; }

    void runQuery();
    void reject() override; // cancels a running query first; closes when none runs

private:
    std::optional<LiveQuery> queryFromInputs(QString *error) const;
    PrometheusCredentials credentialsFromInputs() const;
    void setRunning(bool running);
    void showFinished(const PrometheusFetch &result);

    PrometheusClient *m_client;
    QLineEdit *m_server;
    QLineEdit *m_query;
    QComboBox *m_range;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLineEdit *m_step;
    QLineEdit *m_token;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_intoReport;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_run;
    PrometheusFetch m_fetched;
};

} // namespace lr
