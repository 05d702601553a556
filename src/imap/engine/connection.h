#pragma once

#include "imap/engine/sessionerror.h"
#include "imap/protocol/command.h"
#include "imap/protocol/response.h"
#include "imap/protocol/responsereader.h"
#include "imap/protocol/taggenerator.h"
#include "imap/transport/transport.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace Quail::Imap {

// One IMAP connection on the engine thread: sends commands with fresh tags
// (holding back the part after each synchronizing literal until the server's
// "+"), reads and parses responses, hands each tagged completion to its
// command and every untagged response to whoever listens. It knows the
// protocol's framing, not its meaning: the session and its set-up decide what
// to send.
//
// Every violation (a malformed response, a tagged reply for an unknown tag,
// an unexpected "+") fails the connection: nothing after it is trusted.
class Connection : public QObject
{
    Q_OBJECT

public:
    using Completion = std::function<void(const StatusResponse &status)>;
    // For commands that talk after "+": AUTHENTICATE's SASL steps, IDLE.
    using ContinuationHandler = std::function<void(const ContinuationRequest &request)>;

    enum class SendFlag {
        None = 0,
        // The trace shows only the tag and the command name (LOGIN): a
        // password in a log is a leak.
        HideArguments = 1,
        // No command timeout while this command is the only one pending
        // (IDLE waits as long as the session wants).
        NoTimeout = 2,
    };
    Q_DECLARE_FLAGS(SendFlags, SendFlag)

    explicit Connection(const ConnectionSettings &settings, const ParseLimits &limits = {}, QObject *parent = nullptr);
    ~Connection() override;

    void open();
    void close();

    // Sends a command; `done` gets its tagged completion. Returns the tag,
    // or an empty tag if the command is invalid (nothing is sent then, and
    // `done` is called at once with a BAD carrying the reason).
    QByteArray send(const Command &command, Completion done, ContinuationHandler continuation = {},
                    SendFlags flags = SendFlag::None);
    // A line of a conversation after "+": a SASL response (always hidden in
    // the trace) or IDLE's DONE.
    void sendContinuationLine(const QByteArray &line, bool secret);

    // After STARTTLS's tagged OK: refuses (PlaintextInjection) if any byte
    // followed the OK, whether already read or still in the transport.
    void startTls();
    // After COMPRESS's tagged OK.
    void startCompression();

    void setEncoderOptions(const EncoderOptions &options) { m_encoderOptions = options; }
    const EncoderOptions &encoderOptions() const { return m_encoderOptions; }
    Transport::ChannelSecurity security() const { return m_transport->security(); }
    std::optional<TlsSession> tlsSession() const { return m_transport->tlsSession(); }
    std::optional<CertificateDetails> peerCertificate() const { return m_transport->peerCertificate(); }
    bool isCompressed() const { return m_transport->isCompressed(); }
    bool isBusy() const { return !m_pending.isEmpty(); }
    // A long answer is streaming in and the transport coalesces its reads.
    bool isCoalescingReads() const { return m_transport->isCoalescingReads(); }
    bool hasFailed() const { return m_failed; }

    // The protocol trace, with secrets redacted; `incoming` tells direction.
    void setTraceSink(std::function<void(bool incoming, const QByteArray &line)> sink) { m_trace = std::move(sink); }

    // Fails the connection from above (a session-level protocol violation).
    void abort(const SessionError &error);

    // Pending commands (and a sync literal's "+") must see some answer within
    // this time; ConnectionSettings has no say, since it is about IMAP.
    void setCommandTimeout(std::chrono::milliseconds timeout) { m_commandTimeout = timeout; }

Q_SIGNALS:
    void opened();
    void tlsEstablished();
    // Receivers run on the connection's thread, in the order connected, and
    // may take the response (the session moves it into its command's
    // result instead of copying a hundred thousand FETCH responses).
    void untagged(Quail::Imap::Response &response);
    void failed(const Quail::Imap::SessionError &error);
    void closed();

private:
    struct Pending {
        QByteArray name; // for trace and error messages
        Completion done;
        ContinuationHandler continuation;
        QList<QByteArray> remainingParts; // each waits for a "+"
        SendFlags flags;
    };

    void onReadyRead();
    void handle(Response &response);
    void handleContinuation(const ContinuationRequest &request);
    void writeNext();
    void writePart(const QByteArray &tag, const QByteArray &bytes, bool firstPart);
    void trace(bool incoming, const QByteArray &bytes);
    void fail(const SessionError &error);
    void onTransportClosed();
    // After every send and read: while a command waits for the server, the
    // watchdog runs, and a long answer's reads are coalesced.
    void updateWaiting();

    std::unique_ptr<Transport> m_transport;
    ResponseReader m_reader;
    TagGenerator m_tags;
    EncoderOptions m_encoderOptions;
    QHash<QByteArray, Pending> m_pending;
    // The command whose literal awaits "+", or whose conversation is open;
    // nothing else may be written until it is done with "+".
    QByteArray m_speaking;
    // Commands waiting while another one holds the line.
    QList<std::pair<QByteArray, QByteArray>> m_queued; // tag, first part
    std::function<void(bool, const QByteArray &)> m_trace;
    // Fails the connection when the server stays silent past the deadline
    // while a command awaits its answer.
    QTimer m_watchdog;
    QDeadlineTimer m_silenceDeadline;
    // Bytes read since commands began to wait; reset when none waits.
    qsizetype m_streamedWhileWaiting = 0;
    std::chrono::milliseconds m_commandTimeout{120000};
    bool m_failed = false;
    bool m_closing = false;
    // From open() until the first response: a server that accepts and
    // never greets must time out like an unanswered command.
    bool m_awaitingGreeting = false;
};

} // namespace Quail::Imap

Q_DECLARE_OPERATORS_FOR_FLAGS(Quail::Imap::Connection::SendFlags)
