#include "live/prometheuscredentials.h"

#include <QNetworkRequest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lr {

PrometheusCredentials PrometheusCredentials::fromEnvironment()
{
    PrometheusCredentials credentials;
    credentials.bearerToken = qEnvironmentVariable("LEAKREPORT_PROMETHEUS_TOKEN");
    if (credentials.bearerToken.isEmpty()) {
        credentials.user = qEnvironmentVariable("LEAKREPORT_PROMETHEUS_USER");
        credentials.password = qEnvironmentVariable("LEAKREPORT_PROMETHEUS_PASSWORD");
    }
    return credentials;
}

PrometheusCredentials PrometheusCredentials::fromUrl(const QString &url)
{
    const QUrl parsed = QUrl::fromUserInput(url.trimmed());
    PrometheusCredentials credentials;
    credentials.user = parsed.userName();
    credentials.password = parsed.password();
    return credentials;
}

void PrometheusCredentials::applyTo(QNetworkRequest &request) const
{
    if (!bearerToken.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + bearerToken.toUtf8());
    } else if (!user.isEmpty()) {
        request.setRawHeader("Authorization", "Basic " + (user + u':' + password).toUtf8().toBase64());
    }
}

} // namespace lr
