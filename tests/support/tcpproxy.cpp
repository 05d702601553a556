#include "tcpproxy.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Quail::Test {

TcpProxy::TcpProxy(const QString &host, quint16 port, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_upstreamPort(port)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &TcpProxy::accept);
}

TcpProxy::~TcpProxy()
{
    cut();
}

bool TcpProxy::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TcpProxy::port() const
{
    return m_server->serverPort();
}

void TcpProxy::accept()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_accepted;
        auto *upstream = new QTcpSocket(this);
        m_pairs.append(Pair{client, upstream});
        // What the client sends before the upstream connection is up waits
        // in the client socket's buffer.
        connect(upstream, &QTcpSocket::connected, this, [this, client, upstream] {
            if (client->bytesAvailable() > 0)
                relay(client, upstream);
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                relay(client, upstream);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, client, upstream] { relay(upstream, client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] { drop(client); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, upstream] { drop(upstream); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, upstream] { drop(upstream); });
        upstream->connectToHost(m_host, m_upstreamPort);
    }
}

void TcpProxy::relay(QTcpSocket *from, QTcpSocket *to)
{
    const QByteArray bytes = from->readAll();
    if (m_delay.count() == 0) {
        to->write(bytes);
        return;
    }
    // The receiving socket as context: a dropped pair drops what is held.
    QTimer::singleShot(m_delay, to, [to, bytes] { to->write(bytes); });
}

void TcpProxy::drop(QTcpSocket *socket)
{
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const Pair pair = m_pairs.at(i);
        if (pair.client != socket && pair.upstream != socket)
            continue;
        m_pairs.removeAt(i);
        for (QTcpSocket *end : {pair.client, pair.upstream}) {
            end->disconnect(this);
            end->abort();
            end->deleteLater();
        }
        return;
    }
}

void TcpProxy::cut()
{
    while (!m_pairs.isEmpty())
        drop(m_pairs.constFirst().client);
}

} // namespace Quail::Test
