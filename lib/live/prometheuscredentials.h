#pragma once

#include <QString>

class QNetworkRequest;

namespace lr {

// How a request to Prometheus authenticates: a bearer token or a user name and password (basic
// auth). Taken from the environment or asked for, held in memory for one request, never written
// into a report, the settings or a message.
struct PrometheusCredentials
{
    QString bearerToken;
    QString user;
    QString password;

    bool isEmpty() const { return bearerToken.isEmpty() && user.isEmpty(); }

    // LEAKREPORT_PROMETHEUS_TOKEN, else LEAKREPORT_PROMETHEUS_USER and LEAKREPORT_PROMETHEUS_PASSWORD.
    static PrometheusCredentials fromEnvironment();
    // The user info of a URL typed as https://user:password@host, which the stored server drops.
    static PrometheusCredentials fromUrl(const QString &url);

    // Sets the Authorization header; the token wins over basic auth.
    void applyTo(QNetworkRequest &request) const;
};

} // namespace lr
