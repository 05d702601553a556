#include "imap/engine/engine.h"

#include "imap/engine/session.h"

namespace Quail::Imap {

CommandReply::CommandReply(QObject *parent)
    : QObject(parent)
{
}

void CommandReply::finish(const CommandResult &result)
{
    if (m_finished)
        return;
    m_result = result;
    m_finished = true;
    Q_EMIT finished();
}

Engine::Engine(QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
{
    m_thread.setObjectName(QStringLiteral("Quail IMAP engine"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

Engine::~Engine()
{
    // The session belongs to the worker thread: delete it there, then stop.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_session;
            m_session = nullptr;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void Engine::post(std::function<void()> work)
{
    QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

void Engine::open(const ConnectionSettings &settings, const Credentials &credentials, const SessionOptions &options)
{
    post([this, settings, credentials, options] {
        delete m_session;
        m_session = new Session(settings, credentials, options);
        if (m_traceSink)
            m_session->setTraceSink(m_traceSink);
        if (m_commandTimeout)
            m_session->setCommandTimeout(*m_commandTimeout);
        // Engine lives on the caller's thread: these connections are queued.
        connect(m_session, &Session::ready, this, [this](const SessionInfo &info) {
            m_info = info;
            m_ready = true;
            Q_EMIT ready(info);
        });
        connect(m_session, &Session::failed, this, [this](const SessionError &error) {
            m_ready = false;
            Q_EMIT failed(error);
        });
        connect(m_session, &Session::closed, this, [this] {
            m_ready = false;
            Q_EMIT closed();
        });
        connect(m_session, &Session::commandFinished, this, &Engine::onCommandFinished);
        connect(m_session, &Session::untagged, this, &Engine::untagged);
        connect(m_session, &Session::alert, this, &Engine::alert);
        connect(m_session, &Session::mailboxEvent, this, &Engine::mailboxEvent);
        m_session->open();
    });
}

CommandReply *Engine::submit(std::function<void(Session &, quint64)> start)
{
    auto *reply = new CommandReply;
    const quint64 id = m_nextId++;
    m_replies.insert(id, reply);
    post([this, start, id] {
        if (!m_session) {
            const CommandResult result{CommandResult::Status::Failed, {}, tr("Not connected."), {}};
            QMetaObject::invokeMethod(
                this, [this, id, result] { onCommandFinished(id, result); }, Qt::QueuedConnection);
            return;
        }
        start(*m_session, id);
    });
    return reply;
}

CommandReply *Engine::execute(const Command &command)
{
    return submit([command](Session &session, quint64 id) { session.execute(command, id); });
}

CommandReply *Engine::select(const MailboxName &mailbox, bool readOnly, const Commands::SelectOptions &options)
{
    return submit(
        [mailbox, readOnly, options](Session &session, quint64 id) { session.select(mailbox, readOnly, options, id); });
}

CommandReply *Engine::idle(std::chrono::milliseconds duration)
{
    return submit([duration](Session &session, quint64 id) { session.idle(duration, id); });
}

void Engine::stopIdle()
{
    post([this] {
        if (m_session)
            m_session->stopIdle();
    });
}

void Engine::logout()
{
    post([this] {
        if (m_session)
            m_session->logout();
    });
}

void Engine::setTraceSink(std::function<void(bool, const QByteArray &)> sink)
{
    post([this, sink] {
        m_traceSink = sink;
        if (m_session)
            m_session->setTraceSink(sink);
    });
}

void Engine::setCommandTimeout(std::chrono::milliseconds timeout)
{
    post([this, timeout] {
        m_commandTimeout = timeout;
        if (m_session)
            m_session->setCommandTimeout(timeout);
    });
}

void Engine::onCommandFinished(quint64 id, const CommandResult &result)
{
    const QPointer<CommandReply> reply = m_replies.take(id);
    if (reply)
        reply->finish(result);
}

} // namespace Quail::Imap
