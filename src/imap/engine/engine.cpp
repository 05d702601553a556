#include "imap/engine/engine.h"

#include "imap/engine/session.h"

#include <QElapsedTimer>
#include <QMetaMethod>

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

void Engine::deliver(std::function<void()> signal)
{
    const bool first = m_outbox.isEmpty();
    m_outbox.append(std::move(signal));
    if (!first)
        return;
    // Once per turn of the worker's event loop, after it has handled what
    // the socket delivered: one queued call for all of it.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            QMetaObject::invokeMethod(
                this,
                [this, batch = std::exchange(m_outbox, {})]() mutable {
                    // Moved, not copied: a batch can hold a hundred
                    // thousand signals.
                    if (m_inbox.isEmpty())
                        m_inbox = std::move(batch);
                    else
                        m_inbox.append(std::move(batch));
                    scheduleDrain();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Engine::scheduleDrain()
{
    if (m_drainScheduled || m_inbox.isEmpty())
        return;
    m_drainScheduled = true;
    QMetaObject::invokeMethod(this, &Engine::drainInbox, Qt::QueuedConnection);
}

void Engine::drainInbox()
{
    m_drainScheduled = false;
    // A few milliseconds at a time, then the rest after whatever else the
    // caller's event loop has to do: 100,000 FETCH responses never hold
    // the GUI thread for longer than one slice (plus one slow receiver).
    // Each signal is taken out before it runs, so a receiver that spins a
    // nested event loop (a dialog) lets the next ones run inside it, in
    // order, as queued signals would.
    constexpr qint64 SliceNs = 8'000'000;
    QElapsedTimer clock;
    clock.start();
    while (!m_inbox.isEmpty()) {
        if (clock.nsecsElapsed() >= SliceNs) {
            scheduleDrain();
            return;
        }
        const std::function<void()> signal = m_inbox.takeFirst();
        // Should this receiver spin a nested loop, the rest runs there.
        scheduleDrain();
        signal();
    }
}

void Engine::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&Engine::untagged))
        ++m_untaggedReceivers;
}

void Engine::disconnectNotify(const QMetaMethod &signal)
{
    // A disconnect of "every signal" comes as an invalid method; it may not
    // have touched untagged(), so the count stays: an extra copy at worst.
    if (signal == QMetaMethod::fromSignal(&Engine::untagged))
        m_untaggedReceivers = std::max(0, m_untaggedReceivers.load() - 1);
}

void Engine::open(const ConnectionSettings &settings, const Credentials &credentials, const SessionOptions &options)
{
    post([this, settings, credentials, options] {
        m_settings = settings;
        m_credentials = credentials;
        m_options = options;
        m_loggingOut = false;
        m_policy.reset();
        startSession();
    });
}

void Engine::startSession()
{
    std::optional<std::pair<MailboxName, bool>> reselect;
    if (m_session) {
        reselect = m_session->lastSelected();
        m_session->disconnect();
        m_session->deleteLater();
    }
    m_session = new Session(m_settings, m_credentials, m_options);
    if (m_traceSink)
        m_session->setTraceSink(m_traceSink);
    if (m_commandTimeout)
        m_session->setCommandTimeout(*m_commandTimeout);
    if (m_keepAlive)
        std::apply([this](auto... args) { m_session->setKeepAlive(args...); }, *m_keepAlive);
    // The worker-side handlers run on the worker thread (m_context); the
    // user-facing signals then cross to the caller's thread as queued calls.
    connect(m_session, &Session::ready, m_context, [this, reselect](const SessionInfo &info) {
        m_policy.reset();
        if (reselect && m_reselect == Reselect::ByEngine)
            m_session->select(reselect->first, reselect->second);
        deliver([this, info] {
            m_info = info;
            m_ready = true;
            Q_EMIT ready(info);
        });
    });
    connect(m_session, &Session::failed, m_context, [this](const SessionError &error) { onSessionEnded(error); });
    connect(m_session, &Session::closed, m_context, [this] {
        if (m_loggingOut || !m_reconnect) {
            deliver([this] {
                m_ready = false;
                Q_EMIT closed();
            });
            return;
        }
        onSessionEnded({SessionError::Kind::ServerClosed, tr("The server closed the connection."), {}});
    });
    connect(m_session, &Session::commandFinished, m_context, [this](quint64 id, const CommandResult &result) {
        deliver([this, id, result] { onCommandFinished(id, result); });
    });
    // Only when someone listens: copying every FETCH response of a big
    // listing to the caller's thread costs memory and time for nothing.
    connect(m_session, &Session::untagged, m_context, [this](const Response &response) {
        if (m_untaggedReceivers > 0)
            deliver([this, response] { Q_EMIT untagged(response); });
        if (const auto *status = response.get<StatusData>())
            deliver([this, status = *status] { Q_EMIT statusReceived(status); });
    });
    connect(m_session, &Session::alert, m_context,
            [this](const QString &text) { deliver([this, text] { Q_EMIT alert(text); }); });
    connect(m_session, &Session::mailboxEvent, m_context,
            [this](const MailboxEvent &event) { deliver([this, event] { Q_EMIT mailboxEvent(event); }); });
    m_session->open();
}

void Engine::onSessionEnded(const SessionError &error)
{
    const auto delay = m_reconnect && !m_loggingOut ? m_policy.next(error) : std::nullopt;
    if (!delay) {
        deliver([this, error] {
            m_ready = false;
            Q_EMIT failed(error);
        });
        return;
    }
    const int attempt = m_policy.attempts();
    deliver([this, attempt, delay, error] {
        m_ready = false;
        Q_EMIT reconnecting(attempt, *delay, error.message);
    });
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(m_context);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, m_context, [this] { startSession(); });
    }
    m_retryTimer->start(*delay);
}

void Engine::setKeepAlive(bool enabled, std::chrono::milliseconds pollInterval, std::chrono::milliseconds idleRestart,
                          bool useIdle)
{
    post([this, enabled, pollInterval, idleRestart, useIdle] {
        m_keepAlive = std::tuple(enabled, pollInterval, idleRestart, useIdle);
        if (m_session)
            m_session->setKeepAlive(enabled, pollInterval, idleRestart, useIdle);
    });
}

void Engine::setReconnect(bool enabled, const ReconnectPolicy::Settings &settings)
{
    post([this, enabled, settings] {
        m_reconnect = enabled;
        m_policy = ReconnectPolicy(settings);
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
            deliver([this, id, result] { onCommandFinished(id, result); });
            return;
        }
        start(*m_session, id);
    });
    return reply;
}

CommandReply *Engine::execute(const Command &command, ResponseConsumer consumer)
{
    return submit([command, consumer = std::move(consumer)](Session &session, quint64 id) {
        session.execute(command, id, consumer);
    });
}

CommandReply *Engine::select(const MailboxName &mailbox, bool readOnly, const Commands::SelectOptions &options,
                             Reselect reselect)
{
    return submit([this, mailbox, readOnly, options, reselect](Session &session, quint64 id) {
        m_reselect = reselect;
        session.select(mailbox, readOnly, options, id);
    });
}

namespace {

// A step of a composite call: its responses join those of the steps before.
void addStep(CommandResult *sofar, const CommandResult &step)
{
    QList<Response> responses = sofar->responses + step.responses;
    *sofar = step;
    sofar->responses = std::move(responses);
}

} // namespace

CommandReply *Engine::move(const SequenceSet &uids, const MailboxName &target)
{
    auto *composite = new CommandReply;
    if (m_info.capabilities.has("MOVE")) {
        CommandReply *moved = execute(Commands::move(uids, target));
        connect(moved, &CommandReply::finished, this, [composite, moved] {
            moved->deleteLater();
            CommandResult result = moved->result();
            // RFC 6851 §4.3: COPYUID comes in an untagged OK before the
            // expunges; bring it to the result, where undo looks for it.
            if (result.ok() && result.code.type != ResponseCode::Type::CopyUid) {
                for (const Response &response : std::as_const(result.responses)) {
                    const StatusResponse *status = response.status();
                    if (status && status->code.type == ResponseCode::Type::CopyUid) {
                        result.code = status->code;
                        break;
                    }
                }
            }
            composite->finish(result);
        });
        return composite;
    }

    // The emulation runs here, one step after another; each step is an
    // ordinary command, so other work may interleave (all steps use UIDs).
    const bool uidPlus = m_info.capabilities.has("UIDPLUS");
    CommandReply *copy = execute(Commands::copy(uids, target));
    connect(copy, &CommandReply::finished, this, [this, composite, copy, uids, uidPlus] {
        copy->deleteLater();
        CommandResult copied = copy->result();
        if (!copied.ok()) {
            composite->finish(copied);
            return;
        }
        CommandReply *flag = execute(Commands::store(uids, Commands::StoreMode::Add, {"\\Deleted"}));
        connect(flag, &CommandReply::finished, this, [this, composite, flag, uids, uidPlus, copied]() mutable {
            flag->deleteLater();
            if (!flag->result().ok()) {
                addStep(&copied, flag->result());
                composite->finish(copied);
                return;
            }
            copied.responses += flag->result().responses;
            if (!uidPlus) {
                copied.originalsAwaitExpunge = true;
                composite->finish(copied);
                return;
            }
            CommandReply *expunge = execute(Commands::uidExpunge(uids));
            connect(expunge, &CommandReply::finished, this, [composite, expunge, copied]() mutable {
                expunge->deleteLater();
                if (expunge->result().ok()) {
                    copied.responses += expunge->result().responses;
                    composite->finish(copied);
                    return;
                }
                addStep(&copied, expunge->result());
                composite->finish(copied);
            });
        });
    });
    return composite;
}

CommandReply *Engine::append(const MailboxName &mailbox, const QList<Commands::AppendMessage> &messages)
{
    if (messages.isEmpty()) {
        auto *reply = new CommandReply;
        QMetaObject::invokeMethod(
            reply,
            [reply] {
                reply->finish({CommandResult::Status::Bad, {}, tr("There is no message to append."), {}});
            },
            Qt::QueuedConnection);
        return reply;
    }
    if (messages.size() == 1 || m_info.capabilities.has("MULTIAPPEND"))
        return execute(Commands::multiAppend(mailbox, messages));
    auto *composite = new CommandReply;
    appendEach(composite, mailbox, messages, 0, {CommandResult::Status::Ok, {}, {}, {}});
    return composite;
}

void Engine::appendEach(CommandReply *composite, const MailboxName &mailbox,
                        const QList<Commands::AppendMessage> &messages, qsizetype next, CommandResult sofar)
{
    const Commands::AppendMessage &message = messages.at(next);
    CommandReply *step = execute(Commands::append(mailbox, message.flags, message.date, message.data, message.binary));
    connect(step, &CommandReply::finished, this, [this, composite, step, mailbox, messages, next, sofar]() mutable {
        step->deleteLater();
        const CommandResult &result = step->result();
        const ResponseCode appendUid = sofar.code;
        addStep(&sofar, result);
        if (!result.ok()) {
            sofar.failedMessage = next;
            composite->finish(sofar);
            return;
        }
        // One APPENDUID for all, as MULTIAPPEND would have answered, while
        // every message got one in the same UIDVALIDITY.
        if (next > 0) {
            const bool joinable = appendUid.type == ResponseCode::Type::AppendUid
                && result.code.type == ResponseCode::Type::AppendUid && appendUid.number == result.code.number;
            sofar.code = appendUid;
            // New UIDs ascend, so the sorted, compact form keeps their order.
            const auto earlier = appendUid.uids.toNumbers();
            const auto added = result.code.uids.toNumbers();
            if (joinable && earlier && added) {
                sofar.code.uids = SequenceSet::fromNumbers(*earlier + *added);
            } else {
                sofar.code = {};
            }
        }
        if (next + 1 == messages.size()) {
            composite->finish(sofar);
            return;
        }
        appendEach(composite, mailbox, messages, next + 1, sofar);
    });
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
        m_loggingOut = true;
        if (m_retryTimer)
            m_retryTimer->stop();
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
