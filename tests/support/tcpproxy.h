#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

class QTcpServer;
class QTcpSocket;

namespace Quail::Test {

// A byte-for-byte TCP relay on 127.0.0.1 in front of a real server, so that
// a test can cut a live connection (TLS and all) as a network failure would,
// while the server keeps running for everyone else. Lives on the test's
// thread, which must run its event loop (QTest::qWaitFor, QSignalSpy::wait).
class TcpProxy : public QObject
{
    Q_OBJECT

public:
    TcpProxy(const QString &host, quint16 port, QObject *parent = nullptr);
    ~TcpProxy() override;

    bool listen();
    quint16 port() const;
    // Connections accepted so far.
    int connectionCount() const { return m_accepted; }
    // Aborts every open connection, both ways (an RST to each side).
    void cut();
    // Holds every chunk this long in each direction, as a network's latency
    // would (for benchmarks); zero, the default, relays at once.
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }

private:
    struct Pair {
        QTcpSocket *client;
        QTcpSocket *upstream;
    };
    void accept();
    void drop(QTcpSocket *socket);
    void relay(QTcpSocket *from, QTcpSocket *to);

    QString m_host;
    quint16 m_upstreamPort;
    QTcpServer *m_server;
    QList<Pair> m_pairs;
    int m_accepted = 0;
    std::chrono::milliseconds m_delay{0};
};

} // namespace Quail::Test
