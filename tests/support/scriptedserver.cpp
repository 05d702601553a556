#include "scriptedserver.h"

#include "awaitreply.h"
#include "scriptedconnection.h"

#include <QEventLoop>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <utility>

namespace Quail::Test {

// Accepts connections on the server's thread and starts a script on each.
// QTcpServer would hand out plain QTcpSockets: a QSslSocket from the start is
// what lets a script switch to TLS half-way.
class ScriptedListener final : public QTcpServer
{
public:
    ScriptedListener(ScriptedServerState *state, std::function<void()> connectionFinished)
        : m_state(state)
        , m_connectionFinished(std::move(connectionFinished))
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            m_state->addFailure(QStringLiteral("could not take an incoming connection: %1").arg(socket->errorString()));
            delete socket;
            return;
        }
        const ScriptedServerState::Assignment assignment = m_state->assignConnection();
        if (!assignment.script) {
            m_state->addFailure(
                QStringLiteral("connection %1 was not expected: no script is left for it").arg(assignment.connection));
            socket->abort();
            delete socket;
            m_connectionFinished();
            return;
        }
        auto *connection =
            new ScriptedConnection(m_state, assignment.connection, *assignment.script, assignment.tls, socket, this);
        connect(connection, &ScriptedConnection::finished, this, m_connectionFinished);
        connection->start();
    }

private:
    ScriptedServerState *m_state;
    std::function<void()> m_connectionFinished;
};

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("ScriptedServer"));
    // Runs on the server's thread; finished() is delivered on this object's.
    m_listener = new ScriptedListener(
        &m_state, [this] { QMetaObject::invokeMethod(this, &ScriptedServer::checkFinished, Qt::QueuedConnection); });
    m_listener->moveToThread(&m_thread);
    // Deleted on its own thread, with its connections and sockets, as the thread ends.
    connect(&m_thread, &QThread::finished, m_listener, &QObject::deleteLater);
    m_thread.start();
}

ScriptedServer::~ScriptedServer()
{
    m_thread.quit();
    m_thread.wait();
}

bool ScriptedServer::addScript(const QString &script)
{
    QString error;
    const auto parsed = ServerScript::parse(script, &error);
    if (!parsed) {
        m_state.addFailure(QStringLiteral("addScript: ") + error);
        return false;
    }
    m_state.addScript(*parsed);
    m_finishedReported = false;
    return true;
}

void ScriptedServer::setImplicitTls(bool on)
{
    m_state.setImplicitTls(on);
}

void ScriptedServer::setCertificate(const QSslCertificate &certificate, const QSslKey &key,
                                    const QList<QSslCertificate> &chain)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
    configuration.setPrivateKey(key);
    // No client certificates: the server only has to present its own.
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_state.setSslConfiguration(configuration);
}

void ScriptedServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_state.setSslConfiguration(configuration);
}

QSslConfiguration ScriptedServer::sslConfiguration() const
{
    return m_state.sslConfiguration();
}

bool ScriptedServer::listen()
{
    bool listening = false;
    // The listener's socket notifiers belong to its thread, so listen there.
    QMetaObject::invokeMethod(
        m_listener,
        [&] {
            listening = m_listener->listen(QHostAddress::LocalHost, 0);
            m_port = listening ? m_listener->serverPort() : 0;
            m_errorString = listening ? QString() : m_listener->errorString();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

int ScriptedServer::connectionCount() const
{
    return m_state.connectionCount();
}

QByteArray ScriptedServer::receivedBytes() const
{
    return m_state.receivedBytes();
}

QByteArray ScriptedServer::receivedBytes(int connection) const
{
    return m_state.receivedBytes(connection);
}

QList<QByteArray> ScriptedServer::receivedLines() const
{
    QList<QByteArray> lines;
    for (int connection = 1; connection <= connectionCount(); ++connection) {
        const QByteArray bytes = receivedBytes(connection);
        qsizetype start = 0;
        for (qsizetype lineFeed = bytes.indexOf('\n'); lineFeed >= 0; lineFeed = bytes.indexOf('\n', start)) {
            QByteArray line = bytes.sliced(start, lineFeed - start);
            if (line.endsWith('\r'))
                line.chop(1);
            lines.append(line);
            start = lineFeed + 1;
        }
    }
    return lines;
}

QStringList ScriptedServer::failures() const
{
    return m_state.failures();
}

bool ScriptedServer::isFinished() const
{
    return m_state.isFinished();
}

bool ScriptedServer::waitForFinished(int msecs)
{
    QEventLoop loop;
    connect(this, &ScriptedServer::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(msecs, &loop, &QEventLoop::quit);
    if (!isFinished())
        loop.exec();
    return isFinished();
}

QString ScriptedServer::report() const
{
    return m_state.report();
}

void ScriptedServer::checkFinished()
{
    if (m_finishedReported || !m_state.isFinished())
        return;
    m_finishedReported = true;
    Q_EMIT finished();
}

std::unique_ptr<Imap::Engine> ScriptedServer::openEngine(int timeoutMs) const
{
    return openReadyEngine(
        connectionSettings(Imap::ConnectionSettings::Security::None),
        Imap::Credentials{QStringLiteral("alice"), QStringLiteral("S3NT1NEL"), false, Imap::AuthMethod::Login, {}},
        timeoutMs);
}

} // namespace Quail::Test
