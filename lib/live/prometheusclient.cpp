#include "live/prometheusclient.h"

#include "live/promqlrange.h"
#include "series/prometheusseriesreader.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRegularExpression>
#include <QSslError>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace lr {

namespace {

constexpr qsizetype kMaxTitleInMessage = 80;

bool looksLikeHtml(const QByteArray &contentType, const QByteArray &body)
{
    if (contentType.contains("html"))
        return true;
    const QByteArray start = body.left(512).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<head");
}

} // namespace

PrometheusClient::PrometheusClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    qRegisterMetaType<lr::PrometheusFetch>();
}

PrometheusClient::~PrometheusClient()
{
    if (m_reply) {
        m_reply->disconnect(this); // nothing is reported from a client going away
        m_reply->abort();
    }
    // A parse still running holds no pointer to this client.
}

void PrometheusClient::fetch(const LiveQuery &query, const PrometheusCredentials &credentials)
{
    cancel();
    m_cancelled = false;
    m_refusal.clear();
    m_sslErrors.clear();
    m_body.clear();

    QString error;
    LiveQuery checked = query;
    checked.server = PromqlRange::serverBase(query.server, &error);
    std::optional<LiveQuery> resolved;
    if (error.isEmpty())
        resolved = PromqlRange::resolve(checked, QDateTime::currentMSecsSinceEpoch(), &error);
    m_query = resolved.value_or(checked);
    if (!resolved) {
        // Reported from the event loop, like every other outcome.
        QMetaObject::invokeMethod(this, [this, error] { finishWithError(error); }, Qt::QueuedConnection);
        return;
    }

    QNetworkRequest request(PromqlRange::queryRangeUrl(m_query));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    (credentials.isEmpty() ? PrometheusCredentials::fromUrl(query.server) : credentials).applyTo(request);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PrometheusClient::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &PrometheusClient::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PrometheusClient::onReplyFinished);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PrometheusClient::progress);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(u"; "_s); // never ignored: the handshake fails after this
    });
}

void PrometheusClient::cancel()
{
    if (m_reply) {
        m_cancelled = true;
        m_reply->abort(); // finished() follows, reporting the cancel
    } else if (m_parser) {
        delete m_parser; // the parse runs to its end; its result goes nowhere
        m_parser = nullptr;
        m_cancelled = true;
        finishWithError(tr("%1: cancelled").arg(m_query.server));
    }
}

// A length the server announces is checked before any of the body is read.
void PrometheusClient::onMetaData()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_sizeLimit) {
        m_refusal = tooLargeError(length.toLongLong());
        m_reply->abort();
    }
}

void PrometheusClient::onReadyRead()
{
    if (!m_refusal.isEmpty())
        return;
    if (m_body.size() + m_reply->bytesAvailable() > m_sizeLimit) { // chunked: no length announced
        m_refusal = tooLargeError(m_body.size() + m_reply->bytesAvailable());
        m_reply->abort();
        return;
    }
    m_body += m_reply->readAll();
}

void PrometheusClient::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (m_refusal.isEmpty() && !m_cancelled && reply->isOpen())
        onReadyRead(); // what arrived with the end of the reply
    m_reply = nullptr;
    reply->deleteLater();
    if (m_cancelled)
        return finishWithError(tr("%1: cancelled").arg(m_query.server));
    if (!m_refusal.isEmpty())
        return finishWithError(m_refusal);
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    // Qt numbers connection and proxy errors below 200, redirect refusals among its protocol errors.
    if (!status.isValid() || (reply->error() > QNetworkReply::NoError && reply->error() < 200)
        || reply->error() == QNetworkReply::InsecureRedirectError || reply->error() == QNetworkReply::TooManyRedirectsError)
        return finishWithError(networkError(*reply));
    const int code = status.toInt();
    if (code >= 300 && code < 400)
        return finishWithError(redirectError(*reply));
    const QByteArray contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray().toLower();
    if (looksLikeHtml(contentType, m_body))
        return finishWithError(htmlPageError(m_body));
    // Prometheus answers errors with 400, 422 or 503 and a JSON body the reader words.
    const bool prometheusError = contentType.contains("json") && m_body.contains("\"error\"");
    if (code >= 400 && !prometheusError) {
        QString hint;
        if (code == 401 || code == 403)
            hint = tr(": the server wants credentials, or refused them. Set LEAKREPORT_PROMETHEUS_TOKEN (bearer token) "
                      "or LEAKREPORT_PROMETHEUS_USER and LEAKREPORT_PROMETHEUS_PASSWORD (basic auth)");
        else if (code == 404)
            hint = tr(": no Prometheus API at this URL (is it the server's base URL?)");
        return finishWithError(tr("%1: HTTP %2 %3%4")
                                   .arg(m_query.server)
                                   .arg(code)
                                   .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(), hint));
    }
    if (m_body.trimmed().isEmpty())
        return finishWithError(tr("%1: an empty response (HTTP %2)").arg(m_query.server).arg(code));
    parse();
}

void PrometheusClient::parse()
{
    m_responseBytes = m_body.size();
    // A watcher per parse: cancel() deletes it, and the parse's result goes nowhere.
    m_parser = new QFutureWatcher<SeriesImportResult>(this);
    connect(m_parser, &QFutureWatcherBase::finished, this, [this] {
        PrometheusFetch result;
        result.query = m_query;
        result.responseBytes = m_responseBytes;
        result.import = m_parser->result();
        m_parser->deleteLater();
        m_parser = nullptr;
        for (MemorySeries &series : result.import.series) {
            series.source.fileName = m_query.server; // where it came from, as the Source column shows it
            series.source.live = m_query;
        }
        emit finished(result);
    });
    auto promise = std::make_shared<QPromise<SeriesImportResult>>();
    m_parser->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, body = std::exchange(m_body, {}), server = m_query.server] {
        promise->start();
        promise->addResult(PrometheusSeriesReader::readJson(body, server));
        promise->finish();
    });
}

void PrometheusClient::finishWithError(const QString &message)
{
    PrometheusFetch result;
    result.query = m_query;
    result.import.error = message;
    result.cancelled = m_cancelled;
    emit finished(result);
}

QString PrometheusClient::tooLargeError(qint64 bytes) const
{
    return tr("%1: the response is at least %2 MB, over the limit of %3 MB; query a shorter range, a larger step "
              "or fewer series")
        .arg(m_query.server)
        .arg(double(bytes) / 1e6, 0, 'f', 1)
        .arg(double(m_sizeLimit) / 1e6, 0, 'f', 1);
}

QString PrometheusClient::htmlPageError(const QByteArray &body) const
{
    static const QRegularExpression titlePattern(u"<title[^>]*>([^<]*)</title>"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    const QString title = titlePattern.match(QString::fromUtf8(body.left(64 * 1024))).captured(1).simplified();
    const QString shown = title.isEmpty() ? tr("no title") : u'"' + title.left(kMaxTitleInMessage) + u'"';
    return tr("%1: the server answered with an HTML page (%2), not Prometheus JSON: a login page or a proxy in "
              "front of Prometheus? Check the URL and the credentials")
        .arg(m_query.server, shown);
}

QString PrometheusClient::redirectError(const QNetworkReply &reply) const
{
    return tr("%1: the server redirects to %2 (a login page?), not to Prometheus JSON")
        .arg(m_query.server, QString::fromUtf8(reply.rawHeader("Location")));
}

QString PrometheusClient::networkError(const QNetworkReply &reply) const
{
    const QString server = m_query.server;
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("%1: cannot connect: connection refused (is Prometheus running there?)").arg(server);
    case QNetworkReply::HostNotFoundError:
        return tr("%1: host not found").arg(server);
    case QNetworkReply::OperationCanceledError: // how Qt ends a reply at its transfer timeout
    case QNetworkReply::TimeoutError:
        return tr("%1: no answer within %2 s (timeout); the server may be overloaded, or the query too heavy")
            .arg(server)
            .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
    case QNetworkReply::InsecureRedirectError: // to another origin: not followed, the token would go along
    case QNetworkReply::TooManyRedirectsError:
        return redirectError(reply);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("%1: the server's TLS certificate is not trusted (%2). LeakReport checks certificates against "
                  "the system's certificate authorities: add the server's CA to them")
            .arg(server, m_sslErrors.isEmpty() ? reply.errorString() : m_sslErrors);
    default:
        return tr("%1: %2").arg(server, reply.errorString());
    }
}

} // namespace lr
