#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace Quail::Test {

// An HTTP proxy on loopback that answers every request with `body` (of
// `contentType`) and remembers the request lines ("GET http://host/path
// HTTP/1.1", "CONNECT …"). Made the application proxy, it sees every
// request the process makes, so a test can count that none happened.
class CountingProxy : public QObject
{
public:
    explicit CountingProxy(const QByteArray &body, const QByteArray &contentType = "image/png");
    quint16 port() const { return m_server.serverPort(); }
    const QList<QByteArray> &requests() const { return m_requests; }

private:
    void onData(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_body;
    QByteArray m_contentType;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

} // namespace Quail::Test
