#pragma once

#include "cli/commandline.h"
#include "cli/output.h"
#include "cli/sessionerrors.h"
#include "cli/verbs.h"
#include "imap/engine/engine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Quail::Cli {

// Drives one engine session through the verbs of a run: resolves where to
// connect and the secret, opens the session, runs each verb in order and
// prints its outcome, bounds every wait with --timeout, and turns what
// happened into the exit status. Lives on the main thread; the engine does
// the I/O on its own.
class Runner : public QObject
{
    Q_OBJECT

public:
    explicit Runner(const CommandLine &options, QObject *parent = nullptr);
    ~Runner() override;

    // Runs everything and returns the exit status (ExitStatus).
    int run();

private:
    bool prepare();
    void open();
    void onReady(const Imap::SessionInfo &info);
    void onFailed(const Imap::SessionError &error);
    void onClosed();
    void onTrace(bool incoming, const QByteArray &line);
    void onWatchdog();
    void runNext();
    void startCommand(const Verb &verb);
    void startMove(const Verb &verb);
    void onMoveResolved();
    void startAppend(const Verb &verb);
    void refuse(const Verb &verb, const VerbError &error);
    void await(const Verb &verb, Imap::CommandReply *reply, const QByteArray &command,
               void (Runner::*handler)() = &Runner::onReplyFinished);
    void startIdle(const Verb &verb);
    void onReplyFinished();
    void finishCommand(const Imap::CommandResult &result);
    void finishVerb(VerbOutcome outcome, int failureStatus);
    void fail(int status, const QString &message);
    void finish();
    void quit(int status);
    void report(const QString &message) const;
    void fold(int status);
    ErrorContext errorContext() const;
    QByteArray commandOnWire() const;
    VerbOutcome outcomeFor(const Verb &verb) const;
    void respondLocally(const Verb &verb);

    CommandLine m_options;
    QList<Verb> m_verbs;
    qsizetype m_next = 0;
    const Verb *m_current = nullptr; // the verb whose reply is awaited
    QByteArray m_currentCommand; // its IMAP name, for messages; empty: the last one sent
    QList<Imap::Response> m_stepResponses; // earlier steps' responses of a multi-step verb
    std::unique_ptr<Output> m_output;
    std::unique_ptr<Imap::Engine> m_engine;
    Imap::ConnectionSettings m_settings;
    Imap::Credentials m_credentials;
    Imap::SessionOptions m_sessionOptions;
    Imap::SessionInfo m_info;
    Imap::CommandReply *m_reply = nullptr;
    QList<Imap::Response> m_history; // every untagged response, for `response`
    QList<Imap::ResponseCode> m_codes; // every tagged response's code, for `response`
    QTimer m_watchdog;
    QTimer m_interruptPoll;
    QEventLoop m_loop;
    ErrorContext m_context;
    int m_exit = ExitOk;
    bool m_ready = false;
    bool m_closed = false;
    bool m_finishing = false;
    bool m_idling = false;
    bool m_idleStopRequested = false;
    bool m_awaitingSessionError = false; // a reply Failed; the engine's reason follows
};

} // namespace Quail::Cli
