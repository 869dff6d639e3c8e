#include "httpresponder.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace lr::test {

HttpResponder::HttpResponder(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

bool HttpResponder::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HttpResponder::url() const
{
    return u"http://127.0.0.1:%1"_s.arg(m_server.serverPort());
}

void HttpResponder::serve(QTcpSocket *socket)
{
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    socket->setProperty("head", head);
    if (end < 0 || socket->property("served").toBool())
        return;
    socket->setProperty("served", true);
    head.truncate(end);
    m_requests.append(head);
    const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
    const Response response = m_handler(requestLine.value(1));
    if (!response.answer)
        return;
    QByteArray reply = "HTTP/1.1 " + QByteArray::number(response.status) + " Status\r\nContent-Type: "
        + response.contentType + "\r\nConnection: close\r\n" + response.headers;
    if (response.announcedLength != -2) {
        const qint64 length = response.announcedLength == -1 ? response.body.size() : response.announcedLength;
        reply += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    socket->write(reply + "\r\n" + response.body);
    if (response.announcedLength < 0 || response.announcedLength == response.body.size() || response.closeEarly)
        socket->disconnectFromHost();
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace lr::test
