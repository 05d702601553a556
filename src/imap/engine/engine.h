#pragma once

#include "imap/engine/commandresult.h"
#include "imap/engine/credentials.h"
#include "imap/engine/mailboxevent.h"
#include "imap/engine/reconnectpolicy.h"
#include "imap/engine/sessionerror.h"
#include "imap/engine/sessionsetup.h"
#include "imap/protocol/command.h"
#include "imap/protocol/commands.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Quail::Imap {

class Session;

// The reply to one command: finished() fires once, on the thread that asked.
// The caller owns it (delete it or deleteLater() when done).
class CommandReply : public QObject
{
    Q_OBJECT

public:
    bool isFinished() const { return m_finished; }
    const CommandResult &result() const { return m_result; }
    // Moves the result out, for a caller that hands it on: whoever drops
    // the last reference to a big result frees it, and that should not be
    // the GUI thread deleting this reply.
    CommandResult takeResult() { return std::exchange(m_result, {}); }

Q_SIGNALS:
    void finished();

private:
    friend class Engine;
    explicit CommandReply(QObject *parent = nullptr);
    void finish(const CommandResult &result);

    CommandResult m_result;
    bool m_finished = false;
};

// The IMAP engine as the models, the window and quail-imap use it: one
// session on a worker thread of its own, driven from the caller's thread
// without ever waiting for the network. Every call returns at once; results
// and events arrive as queued signals carrying parsed values.
class Engine : public QObject
{
    Q_OBJECT

public:
    explicit Engine(QObject *parent = nullptr);
    // Stops the worker thread; an open session is dropped, not logged out.
    ~Engine() override;

    void open(const ConnectionSettings &settings, const Credentials &credentials, const SessionOptions &options = {});
    CommandReply *execute(const Command &command, ResponseConsumer consumer = {});
    // Who selects the mailbox again after a reconnect: the engine (a plain
    // SELECT at once), or the caller once ready() arrives, which can then
    // resynchronise from what it holds (QRESYNC parameters, RFC 7162 §3.2.5).
    enum class Reselect { ByEngine, ByCaller };
    // SELECT (or EXAMINE when readOnly); mailboxEvent()s then name the mailbox.
    CommandReply *select(const MailboxName &mailbox, bool readOnly, const Commands::SelectOptions &options = {},
                         Reselect reselect = Reselect::ByEngine);
    // Moves messages by UID to another mailbox: UID MOVE (RFC 6851) when the
    // server has it; otherwise UID COPY, then UID STORE +FLAGS (\Deleted),
    // then UID EXPUNGE of exactly those UIDs when UIDPLUS allows it (RFC
    // 4315), or no expunge at all (see CommandResult::originalsAwaitExpunge).
    // The result is the MOVE's or the COPY's, with its COPYUID for undo; a
    // failed step stops the chain and is the result.
    // The result's responses are those of every step. `uids` must name the
    // messages exactly (no "*", no range beyond UIDNEXT), since without MOVE
    // the STORE and UID EXPUNGE would also take messages that arrived after
    // the COPY.
    CommandReply *move(const SequenceSet &uids, const MailboxName &target);
    // Appends messages to a mailbox: in one APPEND when there is one message
    // or the server has MULTIAPPEND (RFC 3502: all or none are stored);
    // otherwise one APPEND per message, stopping at the first the server
    // refuses (see CommandResult::failedMessage). On success the result's
    // code is APPENDUID with every new UID, in order, when the server gave
    // them (UIDPLUS).
    CommandReply *append(const MailboxName &mailbox, const QList<Commands::AppendMessage> &messages);

    // IDLE for up to `duration` (see Session::idle); news arrives through
    // untagged(). Any execute() ends it early, as does stopIdle().
    CommandReply *idle(std::chrono::milliseconds duration);
    void stopIdle();
    void logout();

    // The redacted protocol trace. The sink runs on the engine's thread.
    void setTraceSink(std::function<void(bool incoming, const QByteArray &line)> sink);
    void setCommandTimeout(std::chrono::milliseconds timeout);
    // Reconnect after a drop, BYE or timeout, with backoff, and select the
    // mailbox that was selected (never after failures another try cannot
    // fix; see ReconnectPolicy). Off by default. Call before open().
    void setReconnect(bool enabled, const ReconnectPolicy::Settings &settings = {});
    // See Session::setKeepAlive(). Off by default.
    void setKeepAlive(bool enabled, std::chrono::milliseconds pollInterval = std::chrono::seconds(60),
                      std::chrono::milliseconds idleRestart = std::chrono::minutes(10), bool useIdle = true);

    bool isReady() const { return m_ready; }
    const SessionInfo &info() const { return m_info; }

Q_SIGNALS:
    void ready(const Quail::Imap::SessionInfo &info);
    void failed(const Quail::Imap::SessionError &error);
    void closed();
    // Every untagged response. Costly for a big FETCH (each response is
    // copied to the receiver's thread): connect only when you need them all.
    void untagged(const Quail::Imap::Response &response);
    // A STATUS response (RFC 9051 §7.2.4), whichever command it answered.
    void statusReceived(const Quail::Imap::StatusData &status);
    void alert(const QString &text);
    void mailboxEvent(const Quail::Imap::MailboxEvent &event);
    // The session ended and another attempt starts after `delay`; `reason`
    // says why it ended. ready() follows on success; failed() when the
    // engine gives up.
    void reconnecting(int attempt, std::chrono::milliseconds delay, const QString &reason);

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    void post(std::function<void()> work);
    // Worker thread only:
    void startSession();
    void onSessionEnded(const SessionError &error);
    CommandReply *submit(std::function<void(Session &, quint64 id)> start);
    void onCommandFinished(quint64 id, const CommandResult &result);
    // Worker thread: queues a signal for the caller's thread. Everything
    // the caller hears goes this way, in order, batched: a FETCH of 100,000
    // messages crosses the threads in a few hundred calls, not 200,000.
    void deliver(std::function<void()> signal);
    // Caller's thread: runs delivered signals in order, in time slices.
    void scheduleDrain();
    void drainInbox();
    // Caller's thread: the successive APPENDs of append(), from message `next`.
    void appendEach(CommandReply *composite, const MailboxName &mailbox, const QList<Commands::AppendMessage> &messages,
                    qsizetype next, CommandResult sofar);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; work is posted to it
    // Touched on m_thread only:
    Session *m_session = nullptr;
    std::function<void(bool, const QByteArray &)> m_traceSink;
    std::optional<std::chrono::milliseconds> m_commandTimeout;
    ConnectionSettings m_settings;
    Credentials m_credentials;
    SessionOptions m_options;
    bool m_reconnect = false;
    Reselect m_reselect = Reselect::ByEngine; // as the last select() asked
    std::optional<std::tuple<bool, std::chrono::milliseconds, std::chrono::milliseconds, bool>> m_keepAlive;
    bool m_loggingOut = false;
    ReconnectPolicy m_policy;
    QTimer *m_retryTimer = nullptr;
    QList<std::function<void()>> m_outbox; // worker thread only
    QList<std::function<void()>> m_inbox; // caller's thread only
    bool m_drainScheduled = false; // caller's thread only
    // Receivers of untagged(), counted on the caller's thread and read on
    // the worker's.
    std::atomic<int> m_untaggedReceivers{0};
    QHash<quint64, QPointer<CommandReply>> m_replies;
    quint64 m_nextId = 1;
    SessionInfo m_info;
    bool m_ready = false;
};

} // namespace Quail::Imap
