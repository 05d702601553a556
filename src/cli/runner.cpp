#include "cli/runner.h"

#include "accounts/accountstore.h"
#include "cli/accountcommands.h"
#include "cli/responsejson.h"
#include "cli/secrets.h"
#include "cli/textoutput.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <csignal>
#include <cstdio>

namespace Quail::Cli {

using namespace std::chrono_literals;
using Imap::ConnectionSettings;

namespace {

// Ctrl+C during idle ends the IDLE (DONE) instead of killing the process;
// the handler only sets a flag, which a timer on the main thread polls.
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

// RFC 2177 §3: IDLE no longer than 29 minutes; "idle" without SECONDS
// waits that long unless interrupted.
constexpr int LongestIdleSeconds = 29 * 60;

// The engine's own reply timer fires first; this one only catches what it
// does not cover (the greeting, the end of IDLE, LOGOUT).
constexpr auto Grace = 2s;

} // namespace

Runner::Runner(const CommandLine &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_output(Output::create(options.json))
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &Runner::onWatchdog);
    m_interruptPoll.setInterval(100);
    connect(&m_interruptPoll, &QTimer::timeout, this, [this] {
        if (!g_interrupted || m_idleStopRequested || !m_engine)
            return;
        m_idleStopRequested = true;
        m_engine->stopIdle();
        m_watchdog.start(std::chrono::seconds(m_options.timeoutSeconds) + Grace);
    });
    m_context.timeoutSeconds = options.timeoutSeconds;
}

Runner::~Runner()
{
    std::signal(SIGINT, SIG_DFL);
    // The engine's thread stops before the verbs it may still refer to go.
    m_engine.reset();
}

int Runner::run()
{
    if (!prepare())
        return m_exit;
    open();
    return m_loop.exec();
}

void Runner::report(const QString &message) const
{
    const QByteArray line = "quail-imap: " + TextOutput::terminalSafe(message).toLocal8Bit() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

void Runner::fold(int status)
{
    m_exit = std::max(m_exit, status);
}

bool Runner::prepare()
{
    const auto usage = [this](const QString &message) {
        report(message);
        m_exit = ExitUsage;
        return false;
    };

    // Every verb is checked before anything is sent.
    for (qsizetype i = 0; i < m_options.verbs.size(); ++i) {
        const QString &text = m_options.verbs.at(i);
        auto parsed = parseVerb(text, m_options.passwordStdin);
        if (const auto *error = std::get_if<VerbError>(&parsed))
            return usage(tr("-e '%1': %2").arg(text, error->message));
        Verb verb = std::get<Verb>(std::move(parsed));
        // starttls, the login verbs and compress say how the session is set
        // up, so they come first, starttls before all: that is their order
        // on the wire.
        const bool setUp =
            verb.kind == Verb::Kind::StartTls || verb.kind == Verb::Kind::Login || verb.kind == Verb::Kind::Compress;
        const bool afterOthers = std::any_of(m_verbs.cbegin(), m_verbs.cend(), [](const Verb &earlier) {
            return earlier.kind != Verb::Kind::StartTls && earlier.kind != Verb::Kind::Login
                && earlier.kind != Verb::Kind::Compress;
        });
        if (verb.kind == Verb::Kind::StartTls && i != 0)
            return usage(
                tr("-e '%1': starttls must be the first verb: TLS starts before anything else is sent").arg(text));
        if (verb.kind == Verb::Kind::Login && std::any_of(m_verbs.cbegin(), m_verbs.cend(), [](const Verb &earlier) {
                return earlier.kind != Verb::Kind::StartTls;
            })) {
            return usage(tr("-e '%1': %2 must be the first verb (after starttls): the session logs in when it "
                            "connects")
                             .arg(text, verb.name));
        }
        if (setUp && afterOthers)
            return usage(tr("-e '%1': %2 must come before the other verbs: it is done when the session is set up")
                             .arg(text, verb.name));
        if (verb.kind == Verb::Kind::Compress)
            m_sessionOptions.compress = true;
        m_verbs.append(verb);
    }
    const auto firstLogin =
        std::find_if(m_verbs.cbegin(), m_verbs.cend(), [](const Verb &verb) { return verb.kind == Verb::Kind::Login; });
    const bool startTlsVerb = !m_verbs.isEmpty() && m_verbs.first().kind == Verb::Kind::StartTls;

    // An account first, then what was typed on top of it.
    std::optional<Accounts::Account> account;
    if (!m_options.account.isEmpty()) {
        account = Accounts::AccountStore().find(m_options.account);
        if (!account)
            return usage(tr("no account named '%1' (see quail-imap account list)").arg(m_options.account));
        m_settings = account->connection;
        m_credentials.user = account->user;
        m_credentials.method = account->authMethod;
    }
    if (!m_options.security.isEmpty()) {
        const auto security = ConnectionSettings::securityFromName(m_options.security);
        if (!security)
            return usage(tr("unknown security '%1' (tls, starttls or none)").arg(m_options.security));
        if (!account || *security != m_settings.security)
            m_settings.port = ConnectionSettings::defaultPort(*security);
        m_settings.security = *security;
    } else if (!account) {
        m_settings.port = ConnectionSettings::defaultPort(m_settings.security);
    }
    if (startTlsVerb && m_settings.security != ConnectionSettings::Security::StartTls) {
        // The verb asks for STARTTLS; only implicit TLS chosen on purpose
        // (by --security or the account) contradicts it.
        if (!m_options.stream.isEmpty() || (account && !account->connection.processCommand.isEmpty()))
            return usage(tr("-e 'starttls': STARTTLS does not apply to --stream, which talks to a local command"));
        if (m_settings.security == ConnectionSettings::Security::ImplicitTls
            && (account || !m_options.security.isEmpty()))
            return usage(tr("-e 'starttls': the connection uses implicit TLS (--security tls); STARTTLS needs "
                            "--security starttls or none"));
        if (!account && m_options.security.isEmpty())
            m_settings.port = ConnectionSettings::defaultPort(ConnectionSettings::Security::StartTls);
        m_settings.security = ConnectionSettings::Security::StartTls;
    }
    if (!m_options.host.isEmpty())
        m_settings.host = m_options.host;
    if (m_options.port)
        m_settings.port = *m_options.port;
    if (!m_options.stream.isEmpty())
        m_settings.processCommand = m_options.stream;
    if (!m_options.caFile.isEmpty())
        m_settings.caFile = m_options.caFile;
    m_settings.connectTimeout = std::chrono::seconds(m_options.timeoutSeconds);
    m_settings.handshakeTimeout = std::chrono::seconds(m_options.timeoutSeconds);
    if (!m_options.user.isEmpty())
        m_credentials.user = m_options.user;
    if (!m_options.auth.isEmpty()) {
        const auto method = Imap::authMethodFromName(m_options.auth);
        if (!method)
            return usage(tr("unknown login mechanism '%1'").arg(m_options.auth));
        m_credentials.method = *method;
    }
    if (firstLogin != m_verbs.cend()) {
        m_credentials.method = firstLogin->authMethod;
        if (!firstLogin->loginUser.isEmpty())
            m_credentials.user = firstLogin->loginUser;
    }
    const bool stream = !m_settings.processCommand.isEmpty();
    if (!stream && m_settings.host.isEmpty())
        return usage(tr("the account has no host; give --host H"));
    if (!stream && m_credentials.user.isEmpty())
        return usage(tr("say who logs in: --user U"));
    m_context.endpoint =
        stream ? m_settings.processCommand : QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);

    // The secret: from a file, stdin or the keychain; never from argv.
    QString error;
    std::optional<QString> secret;
    if (!m_options.passwordFile.isEmpty()) {
        secret = readSecretFile(m_options.passwordFile, &error);
    } else if (!m_options.oauthTokenFile.isEmpty()) {
        secret = readSecretFile(m_options.oauthTokenFile, &error);
        m_credentials.secretIsToken = true;
    } else if (m_options.passwordStdin) {
        secret = readSecretStdin(&error);
    } else if (account) {
        const Accounts::CredentialResult stored = readStoredPassword(account->id);
        if (stored.ok()) {
            secret = stored.secret;
        } else if (stored.status != Accounts::CredentialResult::Status::NotFound) {
            report(tr("cannot read the password of account '%1': %2").arg(account->name, stored.errorString));
            m_exit = ExitConnection;
            return false;
        } else {
            secret = QString();
        }
    } else {
        secret = QString();
    }
    if (!secret)
        return usage(error);
    m_credentials.secret = *secret;

    if (!stream && m_settings.security == ConnectionSettings::Security::None)
        report(tr("warning: --security none: the password and all mail cross the network unencrypted"));
    return true;
}

void Runner::open()
{
    m_engine = std::make_unique<Imap::Engine>();
    connect(m_engine.get(), &Imap::Engine::ready, this, &Runner::onReady);
    connect(m_engine.get(), &Imap::Engine::failed, this, &Runner::onFailed);
    connect(m_engine.get(), &Imap::Engine::closed, this, &Runner::onClosed);
    connect(m_engine.get(), &Imap::Engine::alert, this,
            [this](const QString &text) { report(tr("server alert: %1").arg(text)); });
    connect(m_engine.get(), &Imap::Engine::untagged, this, [this](const Imap::Response &response) {
        if (m_idling)
            m_output->liveResponse(QStringLiteral("idle"), response);
    });
    // The trace is already redacted by the engine (LOGIN arguments, SASL
    // responses). It runs on the engine thread: print there, and tell the
    // main thread that the server is alive.
    const bool debug = m_options.debug;
    m_engine->setTraceSink([this, debug](bool incoming, const QByteArray &line) {
        if (debug) {
            const QByteArray shown = (incoming ? "S: " : "C: ") + line + '\n';
            std::fwrite(shown.constData(), 1, size_t(shown.size()), stderr);
            std::fflush(stderr);
        }
        QMetaObject::invokeMethod(
            this, [this, incoming, line] { onTrace(incoming, line); }, Qt::QueuedConnection);
    });
    m_engine->setCommandTimeout(std::chrono::seconds(m_options.timeoutSeconds));
    Imap::SessionOptions options = m_sessionOptions;
    options.authenticate = true;
    m_engine->open(m_settings, m_credentials, options);
    m_watchdog.start(std::chrono::seconds(m_options.timeoutSeconds));
}

void Runner::onTrace(bool incoming, const QByteArray &line)
{
    if (incoming) {
        m_context.sawGreeting = true;
    } else {
        // "tag NAME …": remember NAME; continuation lines have no tag.
        const QList<QByteArray> words = line.split(' ');
        if (words.size() >= 2 && !words.first().isEmpty() && words.first() != "DONE") {
            const QByteArray name = words.at(1).toUpper();
            if (!name.isEmpty()
                && std::all_of(name.cbegin(), name.cend(), [](char c) { return (c >= 'A' && c <= 'Z') || c == '-'; })) {
                m_context.lastSent = name == "UID" && words.size() >= 3 ? "UID " + words.at(2).toUpper() : name;
            }
        }
    }
    // Silence, not total time, is what --timeout bounds: a long FETCH that
    // keeps arriving is fine. IDLE is bounded by its own length.
    if (m_watchdog.isActive() && !m_idling && !m_finishing)
        m_watchdog.start();
}

void Runner::onWatchdog()
{
    if (m_finishing) {
        quit(m_exit); // the LOGOUT went unanswered; the verbs are done
        return;
    }
    const int seconds = m_options.timeoutSeconds;
    QString message;
    if (!m_ready && !m_context.sawGreeting)
        message = tr("timed out after %1 s waiting for the server's greeting").arg(seconds);
    else if (!m_ready)
        message = tr("timed out after %1 s waiting for the server to answer %2")
                      .arg(seconds)
                      .arg(QString::fromLatin1(m_context.lastSent));
    else if (m_idling)
        message = tr("timed out after %1 s waiting for the server to end IDLE").arg(seconds);
    else
        message = tr("timed out after %1 s waiting for the server to answer %2")
                      .arg(seconds)
                      .arg(QString::fromLatin1(commandOnWire()));
    fail(ExitConnection, message);
}

void Runner::onReady(const Imap::SessionInfo &info)
{
    m_ready = true;
    m_info = info;
    m_watchdog.stop();
    runNext();
}

QByteArray Runner::commandOnWire() const
{
    return m_currentCommand.isEmpty() ? m_context.lastSent : m_currentCommand;
}

ErrorContext Runner::errorContext() const
{
    ErrorContext context = m_context;
    context.runningCommand = m_current ? commandOnWire() : QByteArray();
    return context;
}

void Runner::onFailed(const Imap::SessionError &error)
{
    m_closed = true;
    m_awaitingSessionError = false;
    if (m_finishing) {
        quit(m_exit);
        return;
    }
    fail(ExitConnection, describeSessionError(error, errorContext()));
}

void Runner::onClosed()
{
    m_closed = true;
    if (m_finishing) {
        quit(m_exit);
        return;
    }
    if (m_current && !m_current->closesSession && !m_awaitingSessionError)
        fail(ExitConnection, tr("connection closed by server during %1").arg(QString::fromLatin1(commandOnWire())));
}

VerbOutcome Runner::outcomeFor(const Verb &verb) const
{
    VerbOutcome outcome;
    outcome.verb = verb.name;
    outcome.input = verb.text;
    return outcome;
}

void Runner::fail(int status, const QString &message)
{
    report(message);
    if (m_current) {
        VerbOutcome outcome = outcomeFor(*m_current);
        outcome.status = VerbOutcome::Status::Error;
        outcome.text = message;
        m_output->verbFinished(outcome);
        m_current = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    fold(status);
    // Nothing can be trusted after a session failure: no LOGOUT.
    quit(m_exit);
}

void Runner::quit(int status)
{
    m_watchdog.stop();
    m_interruptPoll.stop();
    m_loop.exit(status);
}

void Runner::runNext()
{
    if (m_next >= m_verbs.size()) {
        finish();
        return;
    }
    const Verb &verb = m_verbs.at(m_next++);
    VerbOutcome outcome = outcomeFor(verb);
    switch (verb.kind) {
    case Verb::Kind::Command:
        if (m_closed) {
            m_current = &verb;
            fail(ExitConnection, tr("%1: the session is closed (by LOGOUT or the server)").arg(verb.name));
            return;
        }
        startCommand(verb);
        return;
    case Verb::Kind::Move:
    case Verb::Kind::Append:
        if (m_closed) {
            m_current = &verb;
            fail(ExitConnection, tr("%1: the session is closed (by LOGOUT or the server)").arg(verb.name));
            return;
        }
        if (verb.kind == Verb::Kind::Move)
            startMove(verb);
        else
            startAppend(verb);
        return;
    case Verb::Kind::Idle:
        startIdle(verb);
        return;
    case Verb::Kind::Login:
        // The session logged in while it was set up, with the verb's mechanism.
        if (m_info.preauthenticated) {
            outcome.status = VerbOutcome::Status::Bad;
            outcome.text = tr("the server pre-authenticated the session (PREAUTH); no login was sent");
            finishVerb(outcome, ExitVerbFailed);
            return;
        }
        outcome.status = VerbOutcome::Status::Ok;
        outcome.text =
            tr("logged in as %1 with %2").arg(m_credentials.user, Imap::authMethodName(m_credentials.method).toUpper());
        finishVerb(outcome, ExitOk);
        return;
    case Verb::Kind::Compress:
        outcome.status = m_info.compressed ? VerbOutcome::Status::Ok : VerbOutcome::Status::No;
        outcome.text = m_info.compressed ? tr("COMPRESS=DEFLATE is active (set up when connecting)")
                                         : tr("the server does not offer COMPRESS=DEFLATE");
        finishVerb(outcome, m_info.compressed ? ExitOk : ExitVerbFailed);
        return;
    case Verb::Kind::StartTls:
        // The session is ready, so the set-up's STARTTLS succeeded.
        outcome.status = VerbOutcome::Status::Ok;
        outcome.text = tr("TLS was negotiated with STARTTLS when connecting");
        finishVerb(outcome, ExitOk);
        return;
    case Verb::Kind::Response:
        respondLocally(verb);
        return;
    }
}

void Runner::refuse(const Verb &verb, const VerbError &error)
{
    VerbOutcome outcome = outcomeFor(verb);
    outcome.status = VerbOutcome::Status::Error;
    outcome.text = error.message;
    report(tr("%1: %2").arg(verb.name, error.message));
    finishVerb(outcome, error.unsupported ? ExitUsage : ExitVerbFailed);
}

void Runner::await(const Verb &verb, Imap::CommandReply *reply, const QByteArray &command, void (Runner::*handler)())
{
    m_current = &verb;
    m_currentCommand = command;
    m_reply = reply;
    connect(m_reply, &Imap::CommandReply::finished, this, handler);
    m_watchdog.start(std::chrono::seconds(m_options.timeoutSeconds) + Grace);
}

void Runner::startCommand(const Verb &verb)
{
    const auto built = buildCommand(verb, m_info);
    if (const auto *error = std::get_if<VerbError>(&built)) {
        refuse(verb, *error);
        return;
    }
    const Imap::Command &command = std::get<Imap::Command>(built);
    await(verb, m_engine->execute(command), command.name());
}

void Runner::startMove(const Verb &verb)
{
    if (m_info.capabilities.has("MOVE")) {
        startCommand(verb);
        return;
    }
    const auto arguments = moveArguments(verb, m_info);
    if (const auto *error = std::get_if<VerbError>(&arguments)) {
        refuse(verb, *error);
        return;
    }
    // Engine::move() emulates MOVE by UID. First the UIDs of exactly the
    // messages there now: a "*" or a range left open would otherwise also
    // flag and expunge messages that arrive after the COPY.
    const MoveArguments move = std::get<MoveArguments>(arguments);
    const auto kind = verb.isUid() ? Imap::Commands::SetKind::Uid : Imap::Commands::SetKind::Sequence;
    const Imap::Command resolve = Imap::Commands::fetch(move.set, {"UID"}, kind);
    m_stepResponses.clear();
    await(verb, m_engine->execute(resolve), resolve.name(), &Runner::onMoveResolved);
}

void Runner::onMoveResolved()
{
    Imap::CommandReply *reply = std::exchange(m_reply, nullptr);
    if (!reply || !m_current)
        return;
    reply->deleteLater();
    const Imap::CommandResult result = reply->result();
    if (!result.ok()) {
        finishCommand(result);
        return;
    }
    // Only the FETCHes that answer the request: another session's flag
    // change may arrive meanwhile (with its UID, under QRESYNC).
    const MoveArguments move = std::get<MoveArguments>(moveArguments(*m_current, m_info));
    const QList<Imap::FetchData> fetched = result.all<Imap::FetchData>();
    quint32 largest = 0;
    for (const Imap::FetchData &data : fetched)
        largest = std::max(largest, m_current->isUid() ? data.uid.value_or(0) : data.sequenceNumber);
    QList<quint32> uids;
    for (const Imap::FetchData &data : fetched) {
        const quint32 number = m_current->isUid() ? data.uid.value_or(0) : data.sequenceNumber;
        if (data.uid && move.set.contains(number, largest))
            uids.append(*data.uid);
    }
    m_stepResponses = result.responses;
    if (uids.isEmpty()) {
        Imap::CommandResult nothing = result;
        nothing.text = tr("no such messages; nothing was moved");
        finishCommand(nothing);
        return;
    }
    await(*m_current, m_engine->move(Imap::SequenceSet::fromNumbers(uids), move.target), {});
}

void Runner::startAppend(const Verb &verb)
{
    const auto arguments = appendArguments(verb, m_info);
    if (const auto *error = std::get_if<VerbError>(&arguments)) {
        refuse(verb, *error);
        return;
    }
    const AppendArguments &append = std::get<AppendArguments>(arguments);
    m_stepResponses.clear();
    // One APPEND (or MULTIAPPEND) names itself; successive ones are named
    // by the trace.
    const bool single = append.messages.size() == 1 || m_info.capabilities.has("MULTIAPPEND");
    await(verb, m_engine->append(append.mailbox, append.messages), single ? QByteArray("APPEND") : QByteArray());
}

void Runner::startIdle(const Verb &verb)
{
    if (!m_info.capabilities.has("IDLE")) {
        VerbOutcome outcome = outcomeFor(verb);
        outcome.status = VerbOutcome::Status::Error;
        outcome.text = tr("the server does not offer IDLE");
        report(tr("%1: %2").arg(verb.name, outcome.text));
        finishVerb(outcome, ExitVerbFailed);
        return;
    }
    const int seconds = verb.idleSeconds.value_or(LongestIdleSeconds);
    m_current = &verb;
    m_currentCommand = "IDLE";
    m_idling = true;
    m_idleStopRequested = false;
    g_interrupted = false;
    std::signal(SIGINT, onInterrupt);
    m_interruptPoll.start();
    m_reply = m_engine->idle(std::chrono::seconds(seconds));
    connect(m_reply, &Imap::CommandReply::finished, this, &Runner::onReplyFinished);
    m_watchdog.start(std::chrono::seconds(seconds + m_options.timeoutSeconds) + Grace);
}

void Runner::onReplyFinished()
{
    Imap::CommandReply *reply = std::exchange(m_reply, nullptr);
    if (!reply || !m_current)
        return;
    reply->deleteLater();
    finishCommand(reply->result());
}

void Runner::finishCommand(const Imap::CommandResult &result)
{
    m_watchdog.stop();
    const bool wasIdle = m_idling;
    if (m_idling) {
        m_idling = false;
        m_interruptPoll.stop();
        std::signal(SIGINT, SIG_DFL);
    }
    const QList<Imap::Response> responses = std::exchange(m_stepResponses, {}) + result.responses;
    m_history += responses;
    m_codes.append(result.code);

    VerbOutcome outcome = outcomeFor(*m_current);
    // IDLE's responses were printed as they arrived.
    if (!wasIdle)
        outcome.responses = responses;
    outcome.code = responseCodeText(result.code);
    outcome.text = result.text;
    outcome.originalsAwaitExpunge = result.originalsAwaitExpunge;
    switch (result.status) {
    case Imap::CommandResult::Status::Ok:
        outcome.status = VerbOutcome::Status::Ok;
        m_current = nullptr;
        finishVerb(outcome, ExitOk);
        return;
    case Imap::CommandResult::Status::No:
    case Imap::CommandResult::Status::Bad: {
        const bool no = result.status == Imap::CommandResult::Status::No;
        outcome.status = no ? VerbOutcome::Status::No : VerbOutcome::Status::Bad;
        QString text = result.text;
        if (result.failedMessage) {
            // Successive APPENDs: say which message, and what is stored.
            const qsizetype index = *result.failedMessage;
            text = tr("message %1 of %2 (%3) was refused: %4 (%n message(s) before it were appended, none after it)",
                      nullptr, int(index))
                       .arg(index + 1)
                       .arg(m_current->messages.size())
                       .arg(m_current->messageSources.value(index), result.text);
            outcome.text = text;
        }
        report(tr("%1: %2 %3").arg(outcome.verb, no ? QStringLiteral("NO") : QStringLiteral("BAD"), text));
        m_current = nullptr;
        finishVerb(outcome, ExitVerbFailed);
        return;
    }
    case Imap::CommandResult::Status::Failed:
        break;
    }
    // The session failed under the command; the engine's failed() or
    // closed() with the reason follows from the engine thread, very soon
    // but not necessarily queued yet. Wait for it briefly; without one
    // (the session was already closed) the reply's own text says why.
    m_awaitingSessionError = true;
    const QString text = result.text;
    QTimer::singleShot(1000, this, [this, text] {
        if (!m_awaitingSessionError)
            return;
        m_awaitingSessionError = false;
        fail(ExitConnection,
             m_closed ? tr("connection closed by server during %1").arg(QString::fromLatin1(commandOnWire())) : text);
    });
}

void Runner::respondLocally(const Verb &verb)
{
    // imaplib's response(code): what the server already said, nothing sent.
    const QString code = verb.arguments.first().text.toUpper();
    VerbOutcome outcome = outcomeFor(verb);
    outcome.status = VerbOutcome::Status::Ok;
    for (const Imap::Response &response : std::as_const(m_history)) {
        const QJsonObject object = responseToJson(response);
        const QString type = object.value(QStringLiteral("type")).toString();
        const QString responseCode = object.value(QStringLiteral("code")).toString();
        if (type == code || responseCode.section(u' ', 0, 0) == code)
            outcome.responses.append(response);
    }
    for (const Imap::ResponseCode &tagged : std::as_const(m_codes)) {
        if (QString::fromLatin1(tagged.name) == code)
            outcome.code = responseCodeText(tagged);
    }
    if (outcome.responses.isEmpty() && outcome.code.isNull())
        outcome.text = tr("no %1 response so far").arg(code);
    finishVerb(outcome, ExitOk);
}

void Runner::finishVerb(VerbOutcome outcome, int failureStatus)
{
    m_output->verbFinished(outcome);
    fold(failureStatus);
    if (failureStatus != ExitOk && !m_options.keepGoing) {
        finish();
        return;
    }
    // Queued, so that a long list of local verbs never recurses deeply.
    QMetaObject::invokeMethod(this, &Runner::runNext, Qt::QueuedConnection);
}

void Runner::finish()
{
    m_finishing = true;
    if (!m_ready || m_closed || !m_engine) {
        quit(m_exit);
        return;
    }
    m_engine->logout();
    m_watchdog.start(std::chrono::seconds(m_options.timeoutSeconds));
}

} // namespace Quail::Cli
