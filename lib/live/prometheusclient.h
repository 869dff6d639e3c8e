#pragma once

#include "live/prometheuscredentials.h"
#include "series/seriesimporter.h"

#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;
template<typename T> class QFutureWatcher;

namespace lr {

// What one query_range request gave: the series (each remembering the query in source.live), or
// an error a person can act on, naming the server.
struct PrometheusFetch
{
    bool ok() const { return import.ok(); }

    SeriesImportResult import;
    LiveQuery query; // as sent: absolute range and step
    qint64 responseBytes = 0;
    bool cancelled = false;
};

// Runs Prometheus HTTP API range queries (Prometheus, Thanos, Mimir, VictoriaMetrics speak it),
// asynchronously: fetch() returns at once, progress() reports the download, finished() the
// result; the JSON is parsed off the calling thread. One request at a time.
//
// Refused with a message: a server that cannot be reached, an untrusted TLS certificate (checked
// against the system's CAs, never ignored), no answer within the timeout, a response larger than
// the size limit (before its body is read when the server says its length), an HTML page (a login
// page or proxy) instead of JSON, and Prometheus's own errors (bad_data, execution, timeout) in
// its words.
class PrometheusClient : public QObject
{
    Q_OBJECT

public:
    explicit PrometheusClient(QObject *parent = nullptr);
    ~PrometheusClient() override;

    // Default 60 s without any data arriving.
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Default kMaxSeriesInputSize.
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }

    // `query.server` may still carry user info, which is used as credentials when `credentials`
    // is empty and dropped from what the series keep. Times in `query` are resolved against now.
    void fetch(const LiveQuery &query, const PrometheusCredentials &credentials);
    void cancel();
    bool isRunning() const { return m_reply != nullptr || m_parser != nullptr; }

signals:
    void progress(qint64 receivedBytes, qint64 totalBytes); // total -1 when unknown
    void finished(const lr::PrometheusFetch &result);

private:
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void finishWithError(const QString &message);
    QString networkError(const QNetworkReply &reply) const;
    QString redirectError(const QNetworkReply &reply) const;
    QString htmlPageError(const QByteArray &body) const;
    QString tooLargeError(qint64 bytes) const;
    void parse();

    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr; // owned by m_network; deleted once finished
    QFutureWatcher<SeriesImportResult> *m_parser = nullptr;
    QByteArray m_body;
    LiveQuery m_query;
    qint64 m_responseBytes = 0;
    QString m_refusal;   // why the client aborted the reply itself
    QString m_sslErrors; // the certificate problems of the last handshake
    bool m_cancelled = false;
    int m_timeoutMs = 60'000;
    qint64 m_sizeLimit = kMaxSeriesInputSize;
};

} // namespace lr

Q_DECLARE_METATYPE(lr::PrometheusFetch)
