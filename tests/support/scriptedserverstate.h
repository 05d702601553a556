#pragma once

#include "serverscript.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>

#include <optional>

namespace Quail::Test {

// What a ScriptedServer shares between the test's thread and the server's own
// thread: the scripts waiting for a connection, the TLS settings, and the
// record of each connection (bytes received, failures, where its script
// stands). Every member function may be called from either thread.
class ScriptedServerState
{
public:
    // The test's side.
    void addScript(const ServerScript &script);
    void setImplicitTls(bool on);
    void setSslConfiguration(const QSslConfiguration &configuration);
    QSslConfiguration sslConfiguration() const;
    void addFailure(const QString &failure);

    // The server's side: a new connection takes the next script (none if
    // every script is taken: a failure the caller records) and a number.
    struct Assignment {
        int connection = 0; // 1-based
        std::optional<ServerScript> script; // implicit TLS already applied
        QSslConfiguration tls;
    };
    Assignment assignConnection();
    void appendReceived(int connection, const QByteArray &bytes);
    void setPosition(int connection, const QString &position);
    void markFinished(int connection);

    int connectionCount() const;
    QByteArray receivedBytes() const; // every connection's, in order
    QByteArray receivedBytes(int connection) const;
    QStringList failures() const;
    // Every script has had its connection and played to its end.
    bool isFinished() const;
    // The failures, then where each unfinished script is waiting.
    QString report() const;

private:
    struct Connection {
        QByteArray received;
        QString position;
        bool finished = false;
    };

    mutable QMutex m_mutex;
    QList<ServerScript> m_scripts; // one per expected connection, in order
    bool m_implicitTls = false;
    QSslConfiguration m_tls;
    QList<Connection> m_connections;
    QStringList m_failures;
};

} // namespace Quail::Test
