#pragma once

#include "imap/engine/commandresult.h"
#include "imap/engine/credentials.h"
#include "imap/engine/pipelining.h"
#include "imap/engine/selectedmailbox.h"
#include "imap/engine/sessionerror.h"
#include "imap/engine/sessionsetup.h"
#include "imap/protocol/command.h"
#include "imap/protocol/commands.h"

#include <QObject>
#include <QQueue>
#include <QTimer>

#include <memory>

namespace Quail::Imap {

class Connection;

// One IMAP session on the engine thread: sets itself up (SessionSetup),
// then runs commands in order, giving each the untagged responses that
// belong to it, and reports every untagged response as it arrives so that
// mailbox state can follow EXISTS, EXPUNGE, FETCH… BYE or a drop fails the
// running and queued commands with the reason.
//
// Independent commands are pipelined (see pipelining.h): a UID FETCH, a few
// STATUS and a LIST go out together without waiting for each other's
// replies; anything that changes the session's state runs alone.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Ready, Closed, Failed };
    Q_ENUM(State)

    Session(const ConnectionSettings &settings, const Credentials &credentials, const SessionOptions &options = {},
            QObject *parent = nullptr);
    ~Session() override;

    void open();
    // LOGOUT if possible, then close.
    void logout();

    // Queues a command; commandFinished(id, …) reports it. The id is the
    // caller's, or a fresh one when 0.
    // With a consumer, the command's untagged responses go through it first.
    quint64 execute(const Command &command, quint64 id = 0, ResponseConsumer consumer = {});

    // SELECT or EXAMINE, with the mailbox's name remembered for the events
    // that follow (a plain execute() of SELECT works too, without a name).
    quint64 select(const MailboxName &mailbox, bool readOnly, const Commands::SelectOptions &options = {},
                   quint64 id = 0);
    const std::optional<SelectedMailbox> &selected() const { return m_selected; }
    // The mailbox last selected successfully, kept when the connection
    // fails (so that a reconnect can select it again); cleared by CLOSE,
    // UNSELECT or a failed SELECT.
    const std::optional<std::pair<MailboxName, bool>> &lastSelected() const { return m_lastSelected; }

    // IDLE (RFC 2177): waits for the server's news for `duration` (at most
    // 29 minutes, as RFC 2177 §3 advises), or until stopIdle(), then sends
    // DONE. Untagged responses arrive through untagged() meanwhile;
    // commandFinished(id, …) reports the end. Queued like any command.
    quint64 idle(std::chrono::milliseconds duration, quint64 id = 0);
    void stopIdle();

    // While nothing else runs: IDLE in the selected mailbox when the server
    // has it (restarted every `idleRestart`, RFC 2177 §3 asks for less than
    // 29 minutes), NOOP every `pollInterval` otherwise. News arrives as
    // events; a dead connection shows as a command timeout. Without
    // `useIdle` (the user's choice) it always polls.
    void setKeepAlive(bool enabled, std::chrono::milliseconds pollInterval = std::chrono::seconds(60),
                      std::chrono::milliseconds idleRestart = std::chrono::minutes(10), bool useIdle = true);

    State state() const { return m_state; }
    const SessionInfo &info() const { return m_info; }
    Connection *connection() const { return m_connection.get(); }
    void setTraceSink(std::function<void(bool incoming, const QByteArray &line)> sink);
    void setCommandTimeout(std::chrono::milliseconds timeout);

Q_SIGNALS:
    void ready(const Quail::Imap::SessionInfo &info);
    void failed(const Quail::Imap::SessionError &error);
    void closed();
    void commandFinished(quint64 id, const Quail::Imap::CommandResult &result);
    // Every untagged response after set-up, as it arrives.
    void untagged(const Quail::Imap::Response &response);
    // An [ALERT] from the server, to show labelled as server text.
    void alert(const QString &text);
    // A change in the selected mailbox, with UIDs where known.
    void mailboxEvent(const Quail::Imap::MailboxEvent &event);

private:
    // Commands the session sends on its own account; never reported.
    enum class Internal { None, UidResync, KeepAlive };

    struct Queued {
        quint64 id;
        Command command;
        std::optional<std::chrono::milliseconds> idleFor; // set for IDLE
        std::optional<SelectedMailbox> selecting; // set for SELECT/EXAMINE
        Internal internal = Internal::None;
        ResponseConsumer consumer = {};
    };

    // A command sent and not yet completed.
    struct InFlight {
        quint64 serial; // the session's own key: ids may repeat (internal ones are 0)
        quint64 id;
        Internal internal;
        QByteArray tag;
        PipelineTraits traits;
        CommandResult result; // the untagged responses it has collected
        bool statusAnswered = false; // a STATUS command got its STATUS
        ResponseConsumer consumer;
    };

    static PipelineTraits traitsOf(const Queued &queued);
    void startNext();
    void start(Queued next);
    void onCompleted(quint64 serial, const QByteArray &name, const StatusResponse &status);
    InFlight *ownerOf(const Response &response);
    InFlight *inFlight(quint64 serial);
    void onUntagged(Response &response);
    void failAll(const QString &reason);
    void onFailed(const SessionError &error);
    void onClosed();
    void finishCommand(quint64 id, CommandResult result);
    void scheduleUidResync();
    void scheduleKeepAlive();
    void enqueueInternal(const Command &command, Internal kind, std::optional<std::chrono::milliseconds> idleFor = {});

    ConnectionSettings m_settings;
    Credentials m_credentials;
    SessionOptions m_options;
    std::unique_ptr<Connection> m_connection;
    std::unique_ptr<SessionSetup> m_setup;
    SessionInfo m_info;
    State m_state = State::Idle;
    QQueue<Queued> m_queue;
    QList<InFlight> m_inFlight; // in the order sent
    quint64 m_nextSerial = 1;
    std::optional<SelectedMailbox> m_selected;
    std::optional<SelectedMailbox> m_selecting; // built while SELECT runs
    std::optional<std::pair<MailboxName, bool>> m_lastSelected;
    QTimer m_idleTimer;
    bool m_idling = false; // IDLE is running and DONE not yet sent
    bool m_resyncQueued = false;
    bool m_keepAlive = false;
    bool m_useIdle = true;
    std::chrono::milliseconds m_pollInterval{60000};
    std::chrono::milliseconds m_idleRestart{10 * 60000};
    QTimer m_pollTimer;
    QString m_byeText;
    // Ids the session picks itself (for callers that pass none) stay clear
    // of the ones callers such as Engine choose.
    quint64 m_nextId = quint64(1) << 63;
};

} // namespace Quail::Imap
