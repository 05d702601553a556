#include "imap/engine/session.h"

#include "imap/engine/connection.h"
#include "imap/protocol/commands.h"

#include <algorithm>

namespace Quail::Imap {

using Status = StatusResponse::Status;

namespace {

CommandResult::Status resultStatus(Status status)
{
    switch (status) {
    case Status::Ok:
        return CommandResult::Status::Ok;
    case Status::No:
        return CommandResult::Status::No;
    case Status::Bad:
    case Status::PreAuth:
    case Status::Bye:
        break;
    }
    return CommandResult::Status::Bad;
}

} // namespace

Session::Session(const ConnectionSettings &settings, const Credentials &credentials, const SessionOptions &options,
                 QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_options(options)
    , m_connection(std::make_unique<Connection>(settings))
    , m_setup(std::make_unique<SessionSetup>(*m_connection, settings, credentials, options))
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::stopIdle);
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_inFlight.isEmpty() && m_queue.isEmpty())
            enqueueInternal(Commands::noop(), Internal::KeepAlive);
    });
    connect(m_setup.get(), &SessionSetup::alert, this, &Session::alert);
    connect(m_setup.get(), &SessionSetup::failed, this, &Session::onFailed);
    connect(m_setup.get(), &SessionSetup::ready, this, [this](const SessionInfo &info) {
        m_info = info;
        m_state = State::Ready;
        // From here on the session, not the set-up, listens to the connection.
        connect(m_connection.get(), &Connection::untagged, this, &Session::onUntagged);
        connect(m_connection.get(), &Connection::failed, this, &Session::onFailed);
        connect(m_connection.get(), &Connection::closed, this, &Session::onClosed);
        Q_EMIT ready(m_info);
        startNext();
    });
}

Session::~Session()
{
    disconnect(m_connection.get(), nullptr, this, nullptr);
}

void Session::open()
{
    if (m_state != State::Idle)
        return;
    m_state = State::Connecting;
    m_setup->start();
}

void Session::logout()
{
    if (m_state == State::Ready) {
        execute(Commands::logout());
        return;
    }
    m_connection->close();
}

void Session::setTraceSink(std::function<void(bool, const QByteArray &)> sink)
{
    m_connection->setTraceSink(std::move(sink));
}

void Session::setCommandTimeout(std::chrono::milliseconds timeout)
{
    m_connection->setCommandTimeout(timeout);
}

quint64 Session::execute(const Command &command, quint64 id, ResponseConsumer consumer)
{
    if (id == 0)
        id = m_nextId++;
    if (m_state == State::Failed || m_state == State::Closed) {
        const QString reason = tr("Not connected.");
        QMetaObject::invokeMethod(
            this,
            [this, id, reason] {
                finishCommand(id, CommandResult{CommandResult::Status::Failed, {}, reason, {}});
            },
            Qt::QueuedConnection);
        return id;
    }
    std::optional<SelectedMailbox> selecting;
    if (command.name() == "SELECT" || command.name() == "EXAMINE")
        selecting = SelectedMailbox({}, command.name() == "EXAMINE");
    m_queue.enqueue({id, command, std::nullopt, selecting, Internal::None, std::move(consumer)});
    // A command for the server ends an IDLE at once rather than waiting
    // for it to time out (RFC 2177 §3).
    stopIdle();
    startNext();
    return id;
}

quint64 Session::select(const MailboxName &mailbox, bool readOnly, const Commands::SelectOptions &options, quint64 id)
{
    if (id == 0)
        id = m_nextId++;
    const Command command = readOnly ? Commands::examine(mailbox, options) : Commands::select(mailbox, options);
    if (m_state == State::Failed || m_state == State::Closed) {
        execute(command, id);
        return id;
    }
    m_queue.enqueue({id, command, std::nullopt, SelectedMailbox(mailbox, readOnly), Internal::None});
    stopIdle();
    startNext();
    return id;
}

quint64 Session::idle(std::chrono::milliseconds duration, quint64 id)
{
    // RFC 2177 §3: servers may drop an IDLE after 30 minutes of silence.
    constexpr std::chrono::milliseconds Longest = std::chrono::minutes(29);
    if (id == 0)
        id = m_nextId++;
    if (m_state == State::Failed || m_state == State::Closed) {
        execute(Commands::idle(), id); // fails the same way as any command
        return id;
    }
    m_queue.enqueue({id, Commands::idle(), std::min(duration, Longest), std::nullopt, Internal::None});
    stopIdle(); // a keep-alive IDLE gives way
    startNext();
    return id;
}

void Session::stopIdle()
{
    m_idleTimer.stop();
    if (!m_idling)
        return;
    m_idling = false;
    m_connection->sendContinuationLine(Commands::idleDone(), false);
}

PipelineTraits Session::traitsOf(const Queued &queued)
{
    // The session's own commands, IDLE and SELECT always run alone.
    if (queued.internal != Internal::None || queued.idleFor || queued.selecting)
        return {};
    return pipelineTraits(queued.command);
}

void Session::startNext()
{
    if (m_state != State::Ready)
        return;
    while (!m_queue.isEmpty()) {
        QList<PipelineTraits> running;
        for (const InFlight &command : std::as_const(m_inFlight))
            running.append(command.traits);
        if (!canPipeline(traitsOf(m_queue.head()), running))
            return;
        start(m_queue.dequeue());
        if (m_state != State::Ready)
            return;
    }
    if (m_inFlight.isEmpty())
        scheduleKeepAlive();
}

void Session::start(Queued next)
{
    const quint64 serial = m_nextSerial++;
    m_inFlight.append({serial, next.id, next.internal, {}, traitsOf(next), {}, false, std::move(next.consumer)});
    if (const InFlight &started = m_inFlight.constLast(); started.traits.uids && !started.consumer) {
        // A response per UID is the rule: growing the list response by
        // response would copy it a dozen times over for a big batch.
        constexpr quint64 MaxReserved = 10000;
        m_inFlight.last().result.responses.reserve(qsizetype(std::min(started.traits.uids->count(), MaxReserved)));
    }
    m_pollTimer.stop();
    if (next.selecting) {
        // RFC 9051 §6.3.1: a new SELECT deselects the current mailbox at once,
        // whatever its outcome.
        m_selected.reset();
        m_selecting = next.selecting;
    }
    const QByteArray name = next.command.name();
    Connection::ContinuationHandler idling;
    Connection::SendFlags flags;
    if (next.idleFor) {
        // The server's "+ idling" starts the wait; a later "+" is a violation.
        idling = [this, duration = *next.idleFor](const ContinuationRequest &) {
            if (m_idling || m_idleTimer.isActive()) {
                m_connection->abort({SessionError::Kind::Protocol, tr("The server sent \"+\" twice during IDLE."), {}});
                return;
            }
            m_idling = true;
            m_idleTimer.start(duration);
            // A command queued before the server's "+" ends the IDLE now.
            if (!m_queue.isEmpty())
                stopIdle();
        };
        flags = Connection::SendFlag::NoTimeout;
    }
    const QByteArray tag = m_connection->send(
        next.command, [this, serial, name](const StatusResponse &status) { onCompleted(serial, name, status); }, idling,
        flags);
    // An invalid command completes inside send(), before its tag is known.
    if (InFlight *command = inFlight(serial))
        command->tag = tag;
}

Session::InFlight *Session::inFlight(quint64 serial)
{
    for (InFlight &command : m_inFlight) {
        if (command.serial == serial)
            return &command;
    }
    return nullptr;
}

void Session::onCompleted(quint64 serial, const QByteArray &name, const StatusResponse &status)
{
    const auto it = std::find_if(m_inFlight.begin(), m_inFlight.end(),
                                 [serial](const InFlight &command) { return command.serial == serial; });
    if (it == m_inFlight.end())
        return; // failed meanwhile
    const InFlight done = std::move(*it);
    m_inFlight.erase(it);
    if (!done.traits.pipelinable) {
        // Only commands that run alone can be IDLE or SELECT.
        m_idling = false;
        m_idleTimer.stop();
    }
    if (m_selecting) {
        m_lastSelected.reset();
        if (status.status == Status::Ok) {
            QList<MailboxEvent> initial; // the reply carries the initial state
            m_selecting->applyCode(status.code, &initial);
            if (!m_selecting->name().isEmpty())
                m_lastSelected = std::pair(m_selecting->name(), m_selecting->isReadOnly());
            m_selected = std::move(m_selecting);
        }
        m_selecting.reset();
    } else if (status.status == Status::Ok && (name == "CLOSE" || name == "UNSELECT")) {
        m_selected.reset();
        m_lastSelected.reset();
    }
    switch (done.internal) {
    case Internal::KeepAlive:
        break;
    case Internal::UidResync: {
        m_resyncQueued = false;
        QList<quint32> uids;
        for (const SearchData &search : done.result.all<SearchData>())
            uids += search.numbers;
        QString error;
        if (m_selected && status.status == Status::Ok && !m_selected->resyncUids(uids, &error)) {
            m_connection->abort({SessionError::Kind::Protocol, error, {}});
            return;
        }
        break;
    }
    case Internal::None: {
        CommandResult result = done.result;
        result.status = resultStatus(status.status);
        result.code = status.code;
        result.text = status.text;
        finishCommand(done.id, std::move(result));
        break;
    }
    }
    startNext();
}

void Session::finishCommand(quint64 id, CommandResult result)
{
    Q_EMIT commandFinished(id, result);
}

void Session::onUntagged(Response &response)
{
    if (const StatusResponse *status = response.status()) {
        if (status->status == Status::Bye)
            m_byeText = status->text;
        if (status->code.type == ResponseCode::Type::Alert)
            Q_EMIT alert(status->text);
    }
    if (m_selecting || m_selected) {
        QList<MailboxEvent> events;
        QString error;
        SelectedMailbox &mailbox = m_selecting ? *m_selecting : *m_selected;
        if (!mailbox.apply(response, &events, &error)) {
            // The view of the mailbox can no longer be trusted.
            m_connection->abort({SessionError::Kind::Protocol, error, {}});
            return;
        }
        if (!m_selecting) {
            for (const MailboxEvent &event : std::as_const(events))
                Q_EMIT mailboxEvent(event);
        }
        if (mailbox.needsUidResync())
            scheduleUidResync();
    }
    Q_EMIT untagged(response);
    // Last, and moved: the command's result is the response's final home,
    // unless its consumer takes it.
    if (InFlight *owner = ownerOf(response)) {
        if (owner->consumer && owner->consumer(response))
            return;
        owner->result.responses.append(std::move(response));
    }
}

Session::InFlight *Session::ownerOf(const Response &response)
{
    if (m_inFlight.isEmpty())
        return nullptr;
    // RFC 4731 §3.1: an ESEARCH names its command by tag.
    if (const ESearchData *search = response.get<ESearchData>(); search && !search->correlator.isEmpty()) {
        for (InFlight &command : m_inFlight) {
            if (command.tag == search->correlator)
                return &command;
        }
    }
    const ResponseClass kind = responseClass(response);
    if (kind == ResponseClass::Fetch) {
        // By UID among UID FETCHes of disjoint sets; anything else (an
        // unsolicited flag change) to the oldest FETCH-class command.
        const quint32 uid = responseUid(response);
        InFlight *oldest = nullptr;
        for (InFlight &command : m_inFlight) {
            if (!(command.traits.classes & kind))
                continue;
            if (uid != 0 && command.traits.uids && command.traits.uids->contains(uid))
                return &command;
            if (!oldest)
                oldest = &command;
        }
        if (oldest)
            return oldest;
    } else if (kind != ResponseClass::None) {
        for (InFlight &command : m_inFlight) {
            if (!(command.traits.classes & kind))
                continue;
            if (kind == ResponseClass::Status && command.traits.classes == ResponseClass::Status) {
                // Several STATUS commands take their answers in turn.
                if (command.statusAnswered)
                    continue;
                command.statusAnswered = true;
            }
            return &command;
        }
    }
    // Mailbox state and unsolicited data go to the oldest command, as
    // they would to the only one.
    return &m_inFlight.first();
}

void Session::scheduleUidResync()
{
    if (m_resyncQueued)
        return;
    m_resyncQueued = true;
    // Ahead of the caller's commands, which may depend on the UIDs.
    m_queue.prepend({0, Commands::search(SearchKey::all(), Commands::SetKind::Uid), std::nullopt, std::nullopt,
                     Internal::UidResync});
    stopIdle();
    // Started when the running command completes.
}

void Session::setKeepAlive(bool enabled, std::chrono::milliseconds pollInterval, std::chrono::milliseconds idleRestart,
                           bool useIdle)
{
    m_keepAlive = enabled;
    m_useIdle = useIdle;
    m_pollInterval = pollInterval;
    m_idleRestart = std::min<std::chrono::milliseconds>(idleRestart, std::chrono::minutes(29));
    if (!enabled)
        m_pollTimer.stop();
    scheduleKeepAlive();
}

void Session::enqueueInternal(const Command &command, Internal kind, std::optional<std::chrono::milliseconds> idleFor)
{
    m_queue.enqueue({0, command, idleFor, std::nullopt, kind});
    startNext();
}

void Session::scheduleKeepAlive()
{
    if (!m_keepAlive || m_state != State::Ready || !m_inFlight.isEmpty() || !m_queue.isEmpty())
        return;
    if (m_useIdle && m_selected && m_info.capabilities.has("IDLE"))
        enqueueInternal(Commands::idle(), Internal::KeepAlive, m_idleRestart);
    else
        m_pollTimer.start(m_pollInterval);
}

void Session::failAll(const QString &reason)
{
    m_selected.reset();
    m_selecting.reset();
    m_idling = false;
    m_idleTimer.stop();
    QList<quint64> ids;
    for (const InFlight &command : std::as_const(m_inFlight)) {
        if (command.internal == Internal::None)
            ids.append(command.id);
    }
    for (const Queued &queued : std::as_const(m_queue)) {
        if (queued.internal == Internal::None)
            ids.append(queued.id);
    }
    m_resyncQueued = false;
    m_pollTimer.stop();
    m_inFlight.clear();
    m_queue.clear();
    for (const quint64 id : ids)
        finishCommand(id, CommandResult{CommandResult::Status::Failed, {}, reason, {}});
}

void Session::onFailed(const SessionError &failure)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    SessionError error = failure;
    // The server's own words say more than "it closed the connection".
    if (error.kind == SessionError::Kind::ServerClosed && !m_byeText.isEmpty())
        error.message = tr("The server closed the connection: %1").arg(m_byeText);
    m_state = State::Failed;
    failAll(error.message);
    Q_EMIT failed(error);
}

void Session::onClosed()
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_state = State::Closed;
    failAll(m_byeText.isEmpty() ? tr("The server closed the connection.")
                                : tr("The server closed the connection: %1").arg(m_byeText));
    Q_EMIT closed();
}

} // namespace Quail::Imap
