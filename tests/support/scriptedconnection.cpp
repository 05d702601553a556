#include "scriptedconnection.h"

#include "scriptedserverstate.h"
#include "scriptescapes.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

#include <sys/socket.h>

#include <utility>

// QT_LOGGING_RULES="quail.test.scriptedserver.debug=true" traces every byte
// each way; failures are logged at info level as well as recorded.
Q_LOGGING_CATEGORY(lcScriptedServer, "quail.test.scriptedserver", QtInfoMsg)

namespace Quail::Test {

namespace {

// Client data the script has not consumed yet; beyond this the client is
// flooding the server and the script fails instead of buffering forever.
constexpr qsizetype MaxPending = 64 * 1024 * 1024;
// A client literal the script can match (C{}:) is read into memory whole.
constexpr qint64 MaxClientLiteral = 256 * 1024 * 1024;
// LITERAL streams in chunks and stops while this much is waiting to go out,
// so a huge literal to a client that does not read stays cheap.
constexpr qint64 LiteralChunk = 64 * 1024;
constexpr qint64 LiteralHighWater = 1024 * 1024;

// The n of a literal announced at the end of a client line: {n}, {n+} or {n-}.
std::optional<qint64> announcedLiteral(QByteArrayView line)
{
    if (!line.endsWith('}'))
        return std::nullopt;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return std::nullopt;
    QByteArrayView digits = line.sliced(open + 1, line.size() - open - 2);
    if (digits.endsWith('+') || digits.endsWith('-'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return digits.toLongLong();
}

} // namespace

ScriptedConnection::ScriptedConnection(ScriptedServerState *state, int number, ServerScript script,
                                       const QSslConfiguration &tls, QSslSocket *socket, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_number(number)
    , m_script(std::move(script))
    , m_tls(tls)
    , m_socket(socket)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    // A WAIT is at least that long: a coarse timer may fire 5% early, and
    // tests time the client against the server's pauses.
    m_timer.setTimerType(Qt::PreciseTimer);
}

ScriptedConnection::~ScriptedConnection()
{
    // The server is going away: no more steps, and no signals into a half-destroyed object.
    m_socket->disconnect(this);
    m_socket->abort();
}

void ScriptedConnection::start()
{
    connect(m_socket, &QSslSocket::readyRead, this, [this] {
        readSocket();
        advance();
    });
    connect(m_socket, &QSslSocket::disconnected, this, &ScriptedConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ScriptedConnection::onSocketError);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_encrypted = true;
        qCDebug(lcScriptedServer, "connection %d: TLS handshake done (%s)", m_number,
                qUtf8Printable(m_socket->sessionCipher().name()));
        advance();
    });
    // A LITERAL waiting for the socket to drain resumes on either counter.
    connect(m_socket, &QSslSocket::bytesWritten, this, &ScriptedConnection::advance);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &ScriptedConnection::advance);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timerFired = true;
        advance();
    });
    advance();
}

void ScriptedConnection::advance()
{
    // Socket signals can arrive inside a step (abort() emits disconnected at
    // once): note them and loop rather than run steps re-entrantly.
    if (m_advancing) {
        m_advanceAgain = true;
        return;
    }
    m_advancing = true;
    do {
        m_advanceAgain = false;
        while (!m_finished) {
            if (m_step >= m_script.steps().size()) {
                endOfScript();
                break;
            }
            const ScriptStep &step = m_script.steps()[m_step];
            const Progress progress = runStep(step);
            if (progress == Progress::Waiting && m_reportedStep != m_step) {
                m_reportedStep = m_step;
                m_state->setPosition(m_number, QStringLiteral("script line %1 (%2)").arg(step.line).arg(step.source));
            }
            if (progress != Progress::Done)
                break;
            ++m_step;
            m_stepStarted = false;
            m_timerFired = false;
            m_literalSent = 0;
        }
    } while (m_advanceAgain && !m_finished);
    m_advancing = false;
}

ScriptedConnection::Progress ScriptedConnection::runStep(const ScriptStep &step)
{
    switch (step.kind) {
    case ScriptStep::Kind::Send:
        return send(step);
    case ScriptStep::Kind::SendLiteral:
        return streamLiteral(step);
    case ScriptStep::Kind::ExpectLine:
        return expectLine(step);
    case ScriptStep::Kind::ExpectLiteral:
        return expectLiteral(step);
    case ScriptStep::Kind::StartTls:
        return startTls(step);
    case ScriptStep::Kind::Wait:
        return wait(step);
    case ScriptStep::Kind::Close:
        return close(false);
    case ScriptStep::Kind::Reset:
        return close(true);
    case ScriptStep::Kind::Stall:
        return stall();
    case ScriptStep::Kind::ExpectClose:
        return expectClose(step);
    }
    return Progress::Stopped;
}

ScriptedConnection::Progress ScriptedConnection::send(const ScriptStep &step)
{
    if (m_peerClosed)
        return closedDuringServerTurn(step);
    QByteArray bytes;
    for (const ScriptStep::Part &part : step.parts) {
        if (part.fillCount > 0)
            bytes.append(QByteArray(part.fillCount, part.fillByte));
        else
            bytes.append(substitute(part.bytes));
    }
    qCDebug(lcScriptedServer, "connection %d S: %s", m_number, qUtf8Printable(ScriptEscapes::printable(bytes)));
    // One write and an immediate flush: one send() call, so the bytes leave
    // together (the point of SEGMENT) and before anything a later step sends.
    m_socket->write(bytes);
    m_socket->flush();
    return Progress::Done;
}

ScriptedConnection::Progress ScriptedConnection::streamLiteral(const ScriptStep &step)
{
    if (m_peerClosed)
        return closedDuringServerTurn(step);
    if (!m_stepStarted) {
        m_stepStarted = true;
        qCDebug(lcScriptedServer, "connection %d S: %lld bytes of %s", m_number, step.count,
                qUtf8Printable(ScriptEscapes::printable(QByteArrayView(&step.fillByte, 1))));
    }
    if (m_fillChunk.size() != LiteralChunk || m_fillChunk.at(0) != step.fillByte)
        m_fillChunk = QByteArray(LiteralChunk, step.fillByte);
    while (m_literalSent < step.count) {
        if (pendingWrites() >= LiteralHighWater)
            return Progress::Waiting; // bytesWritten resumes
        const qint64 chunk = std::min(step.count - m_literalSent, LiteralChunk);
        const qint64 written = m_socket->write(m_fillChunk.constData(), chunk);
        if (written <= 0)
            return Progress::Waiting; // the socket is closing; disconnected resumes
        m_literalSent += written;
    }
    return Progress::Done;
}

ScriptedConnection::Progress ScriptedConnection::expectLine(const ScriptStep &step)
{
    const qsizetype lineFeed = m_pending.indexOf('\n');
    if (lineFeed < 0) {
        if (m_peerClosed) {
            const QString unfinished = QStringLiteral(" after an unfinished line: %1");
            fail(&step,
                 QStringLiteral("the client closed the connection")
                     + (m_pending.isEmpty() ? QString() : unfinished.arg(ScriptEscapes::printable(m_pending))));
            return Progress::Stopped;
        }
        return Progress::Waiting;
    }
    QByteArray line = m_pending.left(lineFeed);
    m_pending.remove(0, lineFeed + 1);
    if (!line.endsWith('\r')) {
        fail(&step,
             QStringLiteral("the client ended a line with a bare LF: %1")
                 .arg(ScriptEscapes::printable(QByteArray(line + '\n'))));
        return Progress::Stopped;
    }
    line.chop(1);
    qCDebug(lcScriptedServer, "connection %d C: %s", m_number, qUtf8Printable(ScriptEscapes::printable(line)));
    if (!step.pattern.matches(line, &m_captures)) {
        fail(&step, QStringLiteral("the client's line does not match: %1").arg(ScriptEscapes::printable(line)));
        return Progress::Stopped;
    }
    m_announcedLiteral = announcedLiteral(line);
    return Progress::Done;
}

ScriptedConnection::Progress ScriptedConnection::expectLiteral(const ScriptStep &step)
{
    if (!m_announcedLiteral) {
        fail(&step, QStringLiteral("the client's last line announced no literal"));
        return Progress::Stopped;
    }
    const qint64 size = *m_announcedLiteral;
    if (size > MaxClientLiteral) {
        fail(&step,
             QStringLiteral("the client announced a literal of %1 bytes; C{}: reads at most %2")
                 .arg(size)
                 .arg(MaxClientLiteral));
        return Progress::Stopped;
    }
    if (m_pending.size() < size) {
        if (m_peerClosed) {
            fail(&step,
                 QStringLiteral("the client closed the connection after %1 of the literal's %2 bytes")
                     .arg(m_pending.size())
                     .arg(size));
            return Progress::Stopped;
        }
        return Progress::Waiting;
    }
    const QByteArray literal = m_pending.left(size);
    m_pending.remove(0, size);
    m_announcedLiteral.reset();
    qCDebug(lcScriptedServer, "connection %d C{}: %s", m_number, qUtf8Printable(ScriptEscapes::printable(literal)));
    if (!step.pattern.matches(literal, &m_captures)) {
        fail(&step, QStringLiteral("the client's literal does not match: %1").arg(ScriptEscapes::printable(literal)));
        return Progress::Stopped;
    }
    return Progress::Done;
}

ScriptedConnection::Progress ScriptedConnection::startTls(const ScriptStep &step)
{
    if (!m_stepStarted) {
        if (m_peerClosed)
            return closedDuringServerTurn(step);
        if (m_encrypted) {
            fail(&step, QStringLiteral("TLS is already on"));
            return Progress::Stopped;
        }
        // A client must wait for STARTTLS's OK and then send only the
        // handshake: anything already here was sent in plaintext too early.
        if (!m_pending.isEmpty()) {
            fail(&step,
                 QStringLiteral("the client sent bytes before the TLS handshake: %1")
                     .arg(ScriptEscapes::printable(m_pending)));
            return Progress::Stopped;
        }
        if (m_tls.localCertificate().isNull() || m_tls.privateKey().isNull()) {
            fail(&step, QStringLiteral("the server has no certificate: call ScriptedServer::setCertificate()"));
            return Progress::Stopped;
        }
        m_stepStarted = true;
        qCDebug(lcScriptedServer, "connection %d: starting the TLS handshake", m_number);
        m_socket->setSslConfiguration(m_tls);
        m_socket->startServerEncryption();
    }
    if (m_encrypted)
        return Progress::Done;
    if (m_peerClosed)
        return closedDuringServerTurn(step);
    return Progress::Waiting;
}

ScriptedConnection::Progress ScriptedConnection::wait(const ScriptStep &step)
{
    if (m_peerClosed)
        return closedDuringServerTurn(step);
    if (!m_stepStarted) {
        m_stepStarted = true;
        m_timer.start(int(step.count));
    }
    return m_timerFired ? Progress::Done : Progress::Waiting;
}

ScriptedConnection::Progress ScriptedConnection::stall()
{
    // Whatever the client says now goes unanswered (it is recorded all the same).
    m_pending.clear();
    m_announcedLiteral.reset();
    return m_peerClosed ? Progress::Done : Progress::Waiting;
}

ScriptedConnection::Progress ScriptedConnection::expectClose(const ScriptStep &step)
{
    if (!m_pending.isEmpty()) {
        fail(&step,
             QStringLiteral("the client sent %1 instead of closing the connection")
                 .arg(ScriptEscapes::printable(m_pending)));
        return Progress::Stopped;
    }
    return m_peerClosed ? Progress::Done : Progress::Waiting;
}

ScriptedConnection::Progress ScriptedConnection::closedDuringServerTurn(const ScriptStep &step)
{
    if (closeIsExpected()) {
        qCDebug(lcScriptedServer, "connection %d: the client closed the connection, as the script expects", m_number);
        finish();
    } else {
        fail(&step,
             m_socketError.isEmpty() ? QStringLiteral("the client closed the connection")
                                     : QStringLiteral("the client closed the connection (%1)").arg(m_socketError));
    }
    return Progress::Stopped;
}

ScriptedConnection::Progress ScriptedConnection::close(bool reset)
{
    const bool open = m_socket->state() != QAbstractSocket::UnconnectedState;
    finish();
    if (!open)
        return Progress::Stopped;
    if (reset) {
        qCDebug(lcScriptedServer, "connection %d: RESET", m_number);
        m_socket->flush();
        // Linger on with a zero timeout: close() sends RST rather than FIN.
        const linger option{1, 0};
        ::setsockopt(static_cast<int>(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
        m_socket->abort();
    } else {
        // Graceful: what is still buffered goes out first, then (under TLS) close_notify and FIN.
        qCDebug(lcScriptedServer, "connection %d: CLOSE", m_number);
        m_socket->disconnectFromHost();
    }
    return Progress::Stopped;
}

void ScriptedConnection::endOfScript()
{
    if (!m_pending.isEmpty()) {
        fail(nullptr,
             QStringLiteral("the script has ended, but the client sent %1").arg(ScriptEscapes::printable(m_pending)));
        return;
    }
    close(false);
}

void ScriptedConnection::readSocket()
{
    if (m_socket->bytesAvailable() <= 0)
        return;
    const QByteArray data = m_socket->readAll();
    m_state->appendReceived(m_number, data);
    if (m_finished)
        return;
    m_pending += data;
    if (m_pending.size() > MaxPending) {
        fail(nullptr,
             QStringLiteral("the client sent more than %1 bytes that the script does not consume").arg(MaxPending));
    }
}

void ScriptedConnection::onDisconnected()
{
    readSocket(); // anything that arrived with the FIN
    m_peerClosed = true;
    if (!m_finished)
        advance();
}

void ScriptedConnection::onSocketError(QAbstractSocket::SocketError error)
{
    m_socketError = m_socket->errorString();
    qCDebug(lcScriptedServer, "connection %d: socket error %d: %s", m_number, int(error),
            qUtf8Printable(m_socketError));
    if (error == QAbstractSocket::RemoteHostClosedError || m_finished)
        return; // disconnected() follows
    // Anything else (a failed handshake above all) ends the connection.
    m_peerClosed = true;
    if (m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    advance();
}

bool ScriptedConnection::closeIsExpected() const
{
    const QList<ScriptStep> &steps = m_script.steps();
    qsizetype next = m_step;
    while (next < steps.size() && steps[next].isServerTurn())
        ++next;
    if (next == steps.size())
        return true;
    switch (steps[next].kind) {
    case ScriptStep::Kind::ExpectClose:
    case ScriptStep::Kind::Stall:
    case ScriptStep::Kind::Close:
    case ScriptStep::Kind::Reset:
        return true;
    default:
        return false;
    }
}

QByteArray ScriptedConnection::substitute(const QByteArray &bytes) const
{
    if (!bytes.contains("<tag"))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype pos = 0; pos < bytes.size();) {
        qsizetype length = 0;
        const auto name = ScriptPattern::captureAt(bytes, pos, &length);
        if (name && m_captures.contains(*name)) {
            out += m_captures.value(*name);
            pos += length;
        } else {
            out += bytes[pos++];
        }
    }
    return out;
}

qint64 ScriptedConnection::pendingWrites() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
}

void ScriptedConnection::fail(const ScriptStep *step, const QString &why)
{
    if (m_finished)
        return;
    const QString message = step
        ? QStringLiteral("connection %1, script line %2 (%3): %4").arg(m_number).arg(step->line).arg(step->source, why)
        : QStringLiteral("connection %1: %2").arg(m_number).arg(why);
    qCInfo(lcScriptedServer, "%s", qUtf8Printable(message));
    m_state->addFailure(message);
    const bool open = m_socket->state() != QAbstractSocket::UnconnectedState;
    finish();
    if (open)
        m_socket->abort(); // a script that went wrong says nothing more
}

void ScriptedConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_state->setPosition(m_number, QStringLiteral("the end"));
    m_state->markFinished(m_number);
    Q_EMIT finished();
}

} // namespace Quail::Test
