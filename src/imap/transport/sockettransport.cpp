#include "imap/transport/sockettransport.h"

#include <QFile>
#include <QSslCipher>
#include <QSslConfiguration>

namespace Quail::Imap {

using Kind = TransportError::Kind;

SocketTransport::SocketTransport(const ConnectionSettings &settings, QObject *parent)
    : Transport(parent)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SocketTransport::onTimeout);
    connect(&m_socket, &QSslSocket::connected, this, &SocketTransport::onConnected);
    connect(&m_socket, &QSslSocket::encrypted, this, &SocketTransport::onEncrypted);
    connect(&m_socket, &QSslSocket::sslErrors, this, &SocketTransport::onSslErrors);
    connect(&m_socket, &QSslSocket::errorOccurred, this, &SocketTransport::onSocketError);
    connect(&m_socket, &QSslSocket::disconnected, this, &SocketTransport::onDisconnected);
    connect(&m_socket, &QSslSocket::readyRead, this, &Transport::readyRead);
}

SocketTransport::~SocketTransport()
{
    // The socket outlives the timer during destruction and would report its
    // disconnection to a half-destroyed transport.
    disconnect(&m_socket, nullptr, this, nullptr);
}

QString SocketTransport::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
}

void SocketTransport::open()
{
    Q_ASSERT(m_state == State::Idle);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!m_settings.caFile.isEmpty()) {
        const QList<QSslCertificate> extra = QSslCertificate::fromPath(m_settings.caFile, QSsl::Pem);
        if (extra.isEmpty()) {
            // Failing here is the safe choice: silently ignoring the file would
            // turn the user's intent into a confusing "untrusted" error later.
            QTimer::singleShot(0, this, [this] {
                fail(Kind::CertificateUntrusted,
                     tr("The CA file %1 cannot be read or holds no PEM certificate.").arg(m_settings.caFile));
            });
            m_state = State::Connecting;
            return;
        }
        config.addCaCertificates(extra);
    }
    m_socket.setSslConfiguration(config);
    m_socket.setPeerVerifyName(m_settings.host);

    m_state = State::Connecting;
    m_timer.start(m_settings.connectTimeout);
    if (m_settings.security == ConnectionSettings::Security::ImplicitTls)
        m_socket.connectToHostEncrypted(m_settings.host, m_settings.port, m_settings.host);
    else
        m_socket.connectToHost(m_settings.host, m_settings.port);
}

void SocketTransport::close()
{
    m_timer.stop();
    m_coalescer.stop();
    if (m_socket.state() == QAbstractSocket::UnconnectedState) {
        if (m_state != State::Failed && m_state != State::Closed) {
            m_state = State::Closed;
            Q_EMIT closed();
        }
        return;
    }
    m_socket.disconnectFromHost();
}

void SocketTransport::writeRaw(const QByteArray &bytes)
{
    if (m_state == State::Open)
        m_socket.write(bytes);
}

QByteArray SocketTransport::readAllRaw()
{
    return m_socket.readAll();
}

void SocketTransport::abortWith(const TransportError &error)
{
    fail(error.kind, error.message, error.certificate);
}

void SocketTransport::startTls()
{
    if (m_state != State::Open || m_socket.isEncrypted()) {
        fail(Kind::TlsHandshakeFailed, tr("STARTTLS was attempted on a connection that is not plaintext and open."));
        return;
    }
    // QSslSocket keeps plaintext that arrived before the handshake in its
    // buffer and would hand it out as if it had come over TLS.
    if (isCompressed()) {
        fail(Kind::TlsHandshakeFailed, tr("STARTTLS cannot follow COMPRESS (RFC 4978 §4)."));
        return;
    }
    if (const qint64 injected = m_socket.bytesAvailable(); injected > 0) {
        fail(Kind::PlaintextInjection,
             tr("%1 sent %n byte(s) after accepting STARTTLS and before the TLS handshake; this is how "
                "attackers inject commands, so the connection was closed.",
                nullptr, int(qMin<qint64>(injected, 1 << 30)))
                 .arg(endpoint()));
        return;
    }
    m_state = State::Upgrading;
    m_coalescer.stop();
    m_timer.start(m_settings.handshakeTimeout);
    m_socket.startClientEncryption();
}

void SocketTransport::setReadCoalescing(bool on)
{
    if (on && m_state == State::Open)
        m_coalescer.start();
    else if (!on)
        m_coalescer.stop();
}

Transport::ChannelSecurity SocketTransport::security() const
{
    if (!m_socket.isEncrypted())
        return ChannelSecurity::Plaintext;
    return m_pinAccepted ? ChannelSecurity::PinnedTls : ChannelSecurity::Tls;
}

std::optional<TlsSession> SocketTransport::tlsSession() const
{
    if (!m_socket.isEncrypted())
        return std::nullopt;
    const QSslCipher cipher = m_socket.sessionCipher();
    TlsSession session;
    switch (m_socket.sessionProtocol()) {
    case QSsl::TlsV1_2:
        session.protocol = QStringLiteral("TLS 1.2");
        break;
    case QSsl::TlsV1_3:
        session.protocol = QStringLiteral("TLS 1.3");
        break;
    default:
        // Older versions are refused (TLS 1.2 or later); whatever else a
        // backend reports is shown as it names it.
        session.protocol = cipher.protocolString();
        break;
    }
    session.cipher = cipher.name();
    session.keyBits = cipher.usedBits();
    return session;
}

std::optional<CertificateDetails> SocketTransport::peerCertificate() const
{
    if (!m_socket.isEncrypted())
        return std::nullopt;
    return CertificateDetails::fromHandshake(m_socket.peerCertificateChain(), m_socket.sslHandshakeErrors());
}

void SocketTransport::onConnected()
{
    // Lets the kernel notice a peer that vanished without a FIN while the
    // session idles.
    m_socket.setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (m_settings.security == ConnectionSettings::Security::ImplicitTls) {
        m_state = State::Handshaking;
        m_timer.start(m_settings.handshakeTimeout);
        return;
    }
    m_timer.stop();
    m_state = State::Open;
    Q_EMIT opened();
}

void SocketTransport::onEncrypted()
{
    m_timer.stop();
    // A valid chain raises no sslErrors, so a pin is enforced here as well:
    // a pinned host must present the pinned certificate, full stop.
    const QByteArray digest = m_socket.peerCertificate().digest(QCryptographicHash::Sha256);
    if (!m_settings.pinnedSha256.isEmpty() && digest != m_settings.pinnedSha256) {
        fail(Kind::CertificateChanged,
             tr("The certificate of %1 is not the one you accepted before. It may have been renewed, or "
                "someone may be intercepting the connection.")
                 .arg(endpoint()),
             CertificateDetails::fromHandshake(m_socket.peerCertificateChain(), m_socket.sslHandshakeErrors()));
        return;
    }
    const State previous = m_state;
    m_state = State::Open;
    if (previous == State::Upgrading)
        Q_EMIT tlsEstablished();
    else
        Q_EMIT opened();
}

void SocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    const auto details = CertificateDetails::fromHandshake(m_socket.peerCertificateChain(), errors);
    if (!m_settings.pinnedSha256.isEmpty()) {
        if (m_socket.peerCertificate().digest(QCryptographicHash::Sha256) == m_settings.pinnedSha256) {
            // Exactly the errors this pinned certificate raised, nothing else.
            m_pinAccepted = true;
            m_socket.ignoreSslErrors(errors);
            return;
        }
        fail(Kind::CertificateChanged,
             tr("The certificate of %1 is not the one you accepted before, and it cannot be verified: %2")
                 .arg(endpoint(), details.errorStrings.join(QStringLiteral("; "))),
             details);
        return;
    }
    fail(
        Kind::CertificateUntrusted,
        tr("The certificate of %1 is not trusted: %2").arg(endpoint(), details.errorStrings.join(QStringLiteral("; "))),
        details);
}

void SocketTransport::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    switch (error) {
    case QAbstractSocket::HostNotFoundError:
        fail(Kind::HostNotFound, tr("The server %1 was not found (DNS lookup failed).").arg(m_settings.host));
        return;
    case QAbstractSocket::ConnectionRefusedError:
        fail(Kind::ConnectionRefused, tr("%1 refused the connection.").arg(endpoint()));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        if (m_state == State::Open) {
            onDisconnected();
            return;
        }
        fail(Kind::ClosedByPeer, tr("%1 closed the connection during the TLS handshake.").arg(endpoint()));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(Kind::TlsHandshakeFailed,
             tr("The TLS handshake with %1 failed: %2").arg(endpoint(), m_socket.errorString()));
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(Kind::Timeout, tr("%1 did not answer in time.").arg(endpoint()));
        return;
    default:
        fail(Kind::Network, tr("Connection to %1 failed: %2").arg(endpoint(), m_socket.errorString()));
        return;
    }
}

void SocketTransport::onDisconnected()
{
    if (m_state == State::Failed || m_state == State::Closed)
        return;
    m_timer.stop();
    m_coalescer.stop();
    if (m_state == State::Open) {
        m_state = State::Closed;
        Q_EMIT closed();
        return;
    }
    fail(Kind::ClosedByPeer, tr("%1 closed the connection before it was ready.").arg(endpoint()));
}

void SocketTransport::onTimeout()
{
    const auto seconds = std::chrono::duration<double>(m_state == State::Connecting ? m_settings.connectTimeout
                                                                                    : m_settings.handshakeTimeout);
    fail(Kind::Timeout,
         m_state == State::Connecting
             ? tr("Timed out after %1 s connecting to %2.").arg(seconds.count()).arg(endpoint())
             : tr("Timed out after %1 s in the TLS handshake with %2.").arg(seconds.count()).arg(endpoint()));
}

void SocketTransport::fail(Kind kind, const QString &message, std::optional<CertificateDetails> certificate)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_timer.stop();
    m_coalescer.stop();
    m_socket.abort();
    Q_EMIT failed(TransportError{kind, message, std::move(certificate)});
}

} // namespace Quail::Imap
