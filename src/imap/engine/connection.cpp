#include "imap/engine/connection.h"

#include <QLoggingCategory>

namespace Quail::Imap {

namespace {

Q_LOGGING_CATEGORY(lcTrace, "quail.imap.trace", QtWarningMsg)

using Kind = SessionError::Kind;

// How much of a long line (a big literal) the trace shows.
constexpr qsizetype TraceLimit = 512;

// An answer that has streamed this much is a long one: its reads are
// coalesced until no command waits. Shorter ones are never held back.
constexpr qsizetype LongAnswerBytes = 64 * 1024;

QByteArray printable(const QByteArray &bytes)
{
    QByteArray shown = bytes.left(TraceLimit);
    if (shown.endsWith("\r\n"))
        shown.chop(2);
    for (char &c : shown) {
        if ((c < 0x20 && c != '\t') || c == 0x7f)
            c = '.';
    }
    if (bytes.size() > TraceLimit)
        shown += " … (" + QByteArray::number(bytes.size()) + " bytes)";
    return shown;
}

} // namespace

Connection::Connection(const ConnectionSettings &settings, const ParseLimits &limits, QObject *parent)
    : QObject(parent)
    , m_transport(Transport::create(settings, this))
    , m_reader(limits)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_silenceDeadline.hasExpired()) {
            // The server spoke since the timer was started: wait out the rest.
            m_watchdog.start(std::chrono::ceil<std::chrono::milliseconds>(m_silenceDeadline.remainingTimeAsDuration()));
            return;
        }
        const double seconds = std::chrono::duration<double>(m_commandTimeout).count();
        fail({Kind::Timeout,
              m_pending.isEmpty() ? tr("Timed out after %1 s waiting for the server's greeting.").arg(seconds)
                                  : tr("Timed out after %1 s waiting for the server to answer %2.")
                                        .arg(seconds)
                                        .arg(QString::fromLatin1(m_pending.cbegin()->name)),
              {}});
    });
    connect(m_transport.get(), &Transport::opened, this, &Connection::opened);
    connect(m_transport.get(), &Transport::tlsEstablished, this, &Connection::tlsEstablished);
    connect(m_transport.get(), &Transport::readyRead, this, &Connection::onReadyRead);
    connect(m_transport.get(), &Transport::closed, this, &Connection::onTransportClosed);
    connect(m_transport.get(), &Transport::failed, this, [this](const TransportError &error) {
        fail({Kind::Transport, error.message, error});
    });
}

Connection::~Connection()
{
    // The transport must not report to a half-destroyed connection.
    disconnect(m_transport.get(), nullptr, this, nullptr);
}

void Connection::open()
{
    m_transport->open();
    connect(
        m_transport.get(), &Transport::opened, this,
        [this] {
            m_awaitingGreeting = true;
            updateWaiting();
        },
        Qt::SingleShotConnection);
}

void Connection::close()
{
    m_closing = true;
    m_watchdog.stop();
    m_transport->close();
}

QByteArray Connection::send(const Command &command, Completion done, ContinuationHandler continuation, SendFlags flags)
{
    const auto failLater = [this, done](const QString &text) {
        QMetaObject::invokeMethod(
            this,
            [done, text] {
                done(StatusResponse{StatusResponse::Status::Bad, {}, text});
            },
            Qt::QueuedConnection);
    };
    if (m_failed || m_closing) {
        failLater(tr("The connection is closed."));
        return {};
    }
    const QByteArray tag = m_tags.next();
    const auto encoded = command.encode(tag, m_encoderOptions);
    if (!encoded) {
        // Refused before anything reached the wire (e.g. CR/LF in an argument).
        failLater(command.isValid() ? tr("The command cannot be encoded for this server.") : command.errorString());
        return {};
    }
    m_pending.insert(tag,
                     Pending{command.name(), std::move(done), std::move(continuation), encoded->parts.mid(1), flags});
    m_queued.append({tag, encoded->parts.first()});
    writeNext();
    return tag;
}

void Connection::sendContinuationLine(const QByteArray &line, bool secret)
{
    if (m_failed)
        return;
    const QByteArray bytes = line + "\r\n";
    m_transport->write(bytes);
    trace(false, secret ? QByteArray("<redacted>") : bytes);
    updateWaiting();
}

void Connection::writeNext()
{
    // A command that awaits "+" holds the line: anything written now would
    // be read as its literal or its SASL response.
    while (m_speaking.isEmpty() && !m_queued.isEmpty()) {
        const auto [tag, bytes] = m_queued.takeFirst();
        const auto it = m_pending.constFind(tag);
        if (it == m_pending.cend())
            continue;
        writePart(tag, bytes, true);
        if (!it->remainingParts.isEmpty() || it->continuation)
            m_speaking = tag;
    }
    updateWaiting();
}

void Connection::writePart(const QByteArray &tag, const QByteArray &bytes, bool firstPart)
{
    m_transport->write(bytes);
    const Pending &pending = m_pending[tag];
    if (pending.flags.testFlag(SendFlag::HideArguments))
        trace(false, firstPart ? tag + ' ' + pending.name + " <redacted>" : QByteArray("<redacted>"));
    else
        trace(false, bytes);
}

void Connection::startTls()
{
    // RFC 2595 §3.1 and the "NO STARTTLS" buffering attacks: bytes that came
    // after the OK were sent in plaintext and must never be read as if TLS
    // protected them. Those already read sit in the framer; later ones in
    // the transport, which checks them itself.
    if (const qsizetype early = m_reader.framer().bufferedBytes(); early > 0) {
        fail({Kind::Insecure,
              tr("The server sent %1 bytes after accepting STARTTLS and before the TLS handshake; this is how "
                 "attackers inject responses, so the connection was closed.")
                  .arg(early),
              {},
              SessionError::InsecureReason::DataAfterStartTls});
        return;
    }
    m_transport->startTls();
}

void Connection::startCompression()
{
    // Everything after the OK is compressed (RFC 4978 §3). A server speaks
    // next only when asked, so nothing should follow the OK; if something
    // did, it was framed as plaintext already and cannot be trusted.
    if (m_reader.framer().bufferedBytes() > 0) {
        fail({Kind::Protocol, tr("The server sent data right after agreeing to COMPRESS."), {}});
        return;
    }
    m_transport->enableCompression({});
}

void Connection::abort(const SessionError &error)
{
    fail(error);
}

void Connection::onReadyRead()
{
    const QByteArray bytes = m_transport->readAll();
    if (bytes.isEmpty() || m_failed)
        return;
    trace(true, bytes);
    m_streamedWhileWaiting += bytes.size();
    m_reader.feed(bytes);
    while (!m_failed) {
        auto result = m_reader.next();
        if (!result)
            break;
        if (const auto *error = std::get_if<ParseError>(&*result)) {
            // A malformed response is a protocol error: nothing after it can
            // be trusted to mean what it seems to.
            SessionError failure{Kind::Protocol,
                                 tr("Protocol error at byte %1 of response %2: %3")
                                     .arg(error->offset)
                                     .arg(error->responseIndex + 1)
                                     .arg(error->message),
                                 {}};
            failure.parse = SessionError::ParseLocation{error->offset, error->responseIndex + 1, error->message};
            fail(failure);
            return;
        }
        handle(std::get<Response>(*result));
    }
    updateWaiting();
}

void Connection::handle(Response &response)
{
    m_awaitingGreeting = false;
    switch (response.kind) {
    case Response::Kind::Tagged: {
        const auto it = m_pending.find(response.tag);
        if (it == m_pending.end() || !response.status()) {
            fail({Kind::Protocol,
                  tr("The server answered a command that was never sent (tag %1).")
                      .arg(QString::fromLatin1(printable(response.tag))),
                  {}});
            return;
        }
        const Pending pending = it.value();
        m_pending.erase(it);
        m_queued.removeIf([&](const auto &queued) { return queued.first == response.tag; });
        if (m_speaking == response.tag)
            m_speaking.clear();
        pending.done(*response.status());
        writeNext();
        return;
    }
    case Response::Kind::Continuation:
        handleContinuation(*response.get<ContinuationRequest>());
        return;
    case Response::Kind::Untagged:
        Q_EMIT untagged(response);
        return;
    }
}

void Connection::handleContinuation(const ContinuationRequest &request)
{
    const auto it = m_pending.find(m_speaking);
    if (m_speaking.isEmpty() || it == m_pending.end()) {
        fail({Kind::Protocol, tr("The server asked for more of a command that had nothing more to send."), {}});
        return;
    }
    if (!it->remainingParts.isEmpty()) {
        const QByteArray part = it->remainingParts.takeFirst();
        const bool more = !it->remainingParts.isEmpty() || it->continuation;
        writePart(m_speaking, part, false);
        if (!more) {
            m_speaking.clear();
            writeNext();
        }
        return;
    }
    if (it->continuation) {
        const ContinuationHandler handler = it->continuation;
        handler(request);
        return;
    }
    fail({Kind::Protocol, tr("The server asked for more of a command that had nothing more to send."), {}});
}

void Connection::onTransportClosed()
{
    m_watchdog.stop();
    if (m_failed)
        return;
    if (!m_pending.isEmpty() && !m_closing) {
        fail({Kind::ServerClosed,
              tr("The server closed the connection during %1.").arg(QString::fromLatin1(m_pending.cbegin()->name)),
              {}});
        return;
    }
    m_failed = true;
    m_pending.clear();
    m_queued.clear();
    Q_EMIT closed();
}

void Connection::updateWaiting()
{
    const bool waiting = m_awaitingGreeting || std::any_of(m_pending.cbegin(), m_pending.cend(), [](const Pending &p) {
                             return !p.flags.testFlag(SendFlag::NoTimeout);
                         });
    if (waiting && !m_failed) {
        // Moving the deadline is a clock read; the timer, restarted on every
        // read of a busy connection, cost more (a FETCH of 100,000 envelopes
        // is thousands of reads). It checks the deadline when it fires.
        m_silenceDeadline = QDeadlineTimer(m_commandTimeout);
        if (!m_watchdog.isActive())
            m_watchdog.start(m_commandTimeout);
    } else {
        m_watchdog.stop();
        m_streamedWhileWaiting = 0;
    }
    m_transport->setReadCoalescing(waiting && !m_failed && m_streamedWhileWaiting >= LongAnswerBytes);
}

void Connection::trace(bool incoming, const QByteArray &bytes)
{
    if (!m_trace && !lcTrace().isDebugEnabled())
        return;
    // What the server sent: one trace line per protocol line, however the
    // bytes were read. What we sent: one line per write, so that a literal
    // holding CR LF can never look like a command of its own.
    if (!incoming) {
        const QByteArray shown = printable(bytes);
        if (m_trace)
            m_trace(incoming, shown);
        qCDebug(lcTrace).noquote() << "C:" << shown;
        return;
    }
    constexpr int MaxLines = 64; // a message body must not flood the trace
    qsizetype start = 0;
    for (int lines = 0; start < bytes.size(); ++lines) {
        if (lines == MaxLines) {
            const QByteArray more = "… (" + QByteArray::number(bytes.size() - start) + " more bytes)";
            if (m_trace)
                m_trace(incoming, more);
            qCDebug(lcTrace).noquote() << (incoming ? "S:" : "C:") << more;
            return;
        }
        qsizetype end = bytes.indexOf("\r\n", start);
        end = end < 0 ? bytes.size() : end + 2;
        const QByteArray shown = printable(bytes.mid(start, end - start));
        start = end;
        if (m_trace)
            m_trace(incoming, shown);
        qCDebug(lcTrace).noquote() << (incoming ? "S:" : "C:") << shown;
    }
}

void Connection::fail(const SessionError &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_watchdog.stop();
    m_pending.clear();
    m_queued.clear();
    m_speaking.clear();
    m_transport->close();
    Q_EMIT failed(error);
}

} // namespace Quail::Imap
