#include "scriptedserverstate.h"

#include <QMutexLocker>

namespace Quail::Test {

void ScriptedServerState::addScript(const ServerScript &script)
{
    const QMutexLocker locker(&m_mutex);
    m_scripts.append(script);
}

void ScriptedServerState::setImplicitTls(bool on)
{
    const QMutexLocker locker(&m_mutex);
    m_implicitTls = on;
}

void ScriptedServerState::setSslConfiguration(const QSslConfiguration &configuration)
{
    const QMutexLocker locker(&m_mutex);
    m_tls = configuration;
}

QSslConfiguration ScriptedServerState::sslConfiguration() const
{
    const QMutexLocker locker(&m_mutex);
    return m_tls;
}

void ScriptedServerState::addFailure(const QString &failure)
{
    const QMutexLocker locker(&m_mutex);
    m_failures.append(failure);
}

ScriptedServerState::Assignment ScriptedServerState::assignConnection()
{
    const QMutexLocker locker(&m_mutex);
    Assignment assignment;
    m_connections.append(Connection{});
    assignment.connection = int(m_connections.size());
    assignment.tls = m_tls;
    if (m_connections.size() <= m_scripts.size()) {
        const ServerScript &script = m_scripts[m_connections.size() - 1];
        assignment.script = m_implicitTls ? script.withImplicitTls() : script;
    } else {
        m_connections.last().finished = true; // an unexpected connection is refused at once
    }
    return assignment;
}

void ScriptedServerState::appendReceived(int connection, const QByteArray &bytes)
{
    const QMutexLocker locker(&m_mutex);
    m_connections[connection - 1].received += bytes;
}

void ScriptedServerState::setPosition(int connection, const QString &position)
{
    const QMutexLocker locker(&m_mutex);
    m_connections[connection - 1].position = position;
}

void ScriptedServerState::markFinished(int connection)
{
    const QMutexLocker locker(&m_mutex);
    m_connections[connection - 1].finished = true;
}

int ScriptedServerState::connectionCount() const
{
    const QMutexLocker locker(&m_mutex);
    return int(m_connections.size());
}

QByteArray ScriptedServerState::receivedBytes() const
{
    const QMutexLocker locker(&m_mutex);
    QByteArray all;
    for (const Connection &connection : m_connections)
        all += connection.received;
    return all;
}

QByteArray ScriptedServerState::receivedBytes(int connection) const
{
    const QMutexLocker locker(&m_mutex);
    if (connection < 1 || connection > m_connections.size())
        return {};
    return m_connections[connection - 1].received;
}

QStringList ScriptedServerState::failures() const
{
    const QMutexLocker locker(&m_mutex);
    return m_failures;
}

bool ScriptedServerState::isFinished() const
{
    const QMutexLocker locker(&m_mutex);
    if (m_connections.size() < m_scripts.size())
        return false;
    for (const Connection &connection : m_connections) {
        if (!connection.finished)
            return false;
    }
    return true;
}

QString ScriptedServerState::report() const
{
    const QMutexLocker locker(&m_mutex);
    QStringList lines;
    for (const QString &failure : m_failures)
        lines.append(QStringLiteral("failure: ") + failure);
    for (qsizetype i = 0; i < m_connections.size(); ++i) {
        if (!m_connections[i].finished)
            lines.append(QStringLiteral("connection %1 is waiting at %2").arg(i + 1).arg(m_connections[i].position));
    }
    if (m_connections.size() < m_scripts.size()) {
        lines.append(QStringLiteral("%1 of %2 scripts are still waiting for a client to connect")
                         .arg(m_scripts.size() - m_connections.size())
                         .arg(m_scripts.size()));
    }
    if (lines.isEmpty())
        lines.append(QStringLiteral("every script played to its end without a failure"));
    return lines.join(u'\n');
}

} // namespace Quail::Test
