#include "countingproxy.h"

#include <QTcpSocket>

namespace Quail::Test {

CountingProxy::CountingProxy(const QByteArray &body, const QByteArray &contentType)
    : m_body(body)
    , m_contentType(contentType)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    m_server.listen(QHostAddress::LocalHost);
}

void CountingProxy::onData(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    m_requests.append(buffer.left(buffer.indexOf("\r\n")));
    m_buffers.remove(socket);
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + m_contentType + "\r\nConnection: close\r\nContent-Length: "
                  + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
    socket->disconnectFromHost();
}

} // namespace Quail::Test
