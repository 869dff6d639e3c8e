#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace lr::test {

// A tiny HTTP/1.1 server on 127.0.0.1 and a free port, answering in the test's own event loop:
// an exporter for Prometheus to scrape, or a stand-in server that answers what a test needs (an
// error, an HTML login page, an endless body, or nothing at all).
class HttpResponder : public QObject
{
public:
    struct Response
    {
        // The usual answer: a status, a type and a body, whose length is announced.
        static Response with(int status, const QByteArray &contentType, const QByteArray &body)
        {
            Response response;
            response.status = status;
            response.contentType = contentType;
            response.body = body;
            return response;
        }

        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        // Announced in Content-Length; -1 for the body's size, -2 for none (the body ends when
        // the connection closes, as a chunk-less stream).
        qint64 announcedLength = -1;
        bool answer = true; // false: read the request and never answer
        QByteArray headers; // more header lines, each ending in "\r\n"
        bool closeEarly = false; // close after the body even when less than announced was sent
    };
    using Handler = std::function<Response(const QByteArray &path)>;

    explicit HttpResponder(Handler handler, QObject *parent = nullptr);
    bool listen();
    QString url() const;
    quint16 port() const { return m_server.serverPort(); }
    // The request heads received so far (request line and headers).
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    Handler m_handler;
    QList<QByteArray> m_requests;
};

// A port nothing listens on right now, for a server to start on or a client to find closed.
quint16 freePort();

} // namespace lr::test
