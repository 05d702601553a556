#pragma once

#include "imap/transport/readcoalescer.h"
#include "imap/transport/transport.h"

#include <QSslSocket>
#include <QTimer>

namespace Quail::Imap {

// IMAP over TCP: implicit TLS, STARTTLS or (by explicit choice) plaintext.
// TLS is 1.2 or later, verified against the system's CAs plus the account's
// CA file, with the host name checked and sent as SNI. A pinned leaf
// certificate is accepted despite chain errors, by ignoring exactly the
// errors it raised; any other certificate on a pinned host fails hard.
class SocketTransport : public Transport
{
    Q_OBJECT

public:
    explicit SocketTransport(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~SocketTransport() override;

    void open() override;
    void close() override;
    void startTls() override;
    void setReadCoalescing(bool on) override;
    bool isCoalescingReads() const override { return m_coalescer.isActive(); }
    ChannelSecurity security() const override;
    std::optional<TlsSession> tlsSession() const override;
    std::optional<CertificateDetails> peerCertificate() const override;

protected:
    void writeRaw(const QByteArray &bytes) override;
    QByteArray readAllRaw() override;
    void abortWith(const TransportError &error) override;

private:
    enum class State { Idle, Connecting, Handshaking, Open, Upgrading, Failed, Closed };

    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onTimeout();
    void fail(TransportError::Kind kind, const QString &message,
              std::optional<CertificateDetails> certificate = std::nullopt);
    QString endpoint() const;

    ConnectionSettings m_settings;
    QSslSocket m_socket;
    ReadCoalescer m_coalescer{m_socket};
    QTimer m_timer;
    State m_state = State::Idle;
    bool m_pinAccepted = false;
};

} // namespace Quail::Imap
