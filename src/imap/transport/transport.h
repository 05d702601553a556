#pragma once

#include "imap/transport/connectionsettings.h"
#include "imap/transport/tlssession.h"
#include "imap/transport/transporterror.h"

#include <QByteArray>
#include <QObject>

#include <memory>

namespace Quail::Imap {

class CompressionLayer;

// A byte channel to an IMAP server: a TLS or plaintext socket, or a local
// process. It knows nothing of IMAP; the engine drives it and decides, for
// instance, when STARTTLS may begin. All signals are emitted on the thread
// that owns the transport (the engine's).
class Transport : public QObject
{
    Q_OBJECT

public:
    // What protects the channel right now; the GUI shows it at a glance.
    enum class ChannelSecurity {
        Plaintext, // readable by anyone on the path
        Tls, // TLS with a verified certificate chain and host name
        PinnedTls, // TLS with a certificate the user accepted (trust on first use)
        LocalProcess, // a local command's stdin/stdout (its own transport is its business)
    };
    Q_ENUM(ChannelSecurity)

    // A socket or a process transport, as the settings ask.
    static std::unique_ptr<Transport> create(const ConnectionSettings &settings, QObject *parent = nullptr);

    explicit Transport(QObject *parent = nullptr);

    ~Transport() override;

    virtual void open() = 0;
    // Closes gracefully; closed() follows.
    virtual void close() = 0;

    // Bytes to and from the server, through the compression layer once it is on.
    void write(const QByteArray &bytes);
    QByteArray readAll();

    // COMPRESS=DEFLATE (RFC 4978): call right after the server's tagged OK.
    // From then on write() deflates and readAll() inflates. `pending` is
    // what the caller has read but not consumed: it is compressed data
    // already, and comes back inflated.
    QByteArray enableCompression(const QByteArray &pending);
    bool isCompressed() const { return m_compression != nullptr; }

    // Upgrades a plaintext socket to TLS; call it right after the server's
    // tagged OK to STARTTLS. Any byte the transport already holds at that
    // moment was injected before the handshake (RFC 2595 §3.1, the "NO
    // STARTTLS" buffering attacks): the transport then fails with
    // PlaintextInjection instead. The caller must make the same check on the
    // bytes it has read but not yet consumed.
    virtual void startTls();

    // While a long answer streams in: report reads when much has arrived or
    // a moment has passed, not for every TLS record (see ReadCoalescer).
    // Transports without the means keep reporting every read.
    virtual void setReadCoalescing(bool on) { Q_UNUSED(on) }
    virtual bool isCoalescingReads() const { return false; }

    virtual ChannelSecurity security() const = 0;
    // The certificate the server presented, once TLS is up.
    virtual std::optional<CertificateDetails> peerCertificate() const { return std::nullopt; }
    // The negotiated protocol and cipher, once TLS is up.
    virtual std::optional<TlsSession> tlsSession() const { return std::nullopt; }

protected:
    virtual void writeRaw(const QByteArray &bytes) = 0;
    virtual QByteArray readAllRaw() = 0;
    // Reports a failure found above the channel (e.g. corrupt compressed data).
    virtual void abortWith(const TransportError &error) = 0;

Q_SIGNALS:
    void opened(); // ready for IMAP (for implicit TLS: after the handshake)
    void tlsEstablished(); // startTls() succeeded
    void readyRead();
    void failed(const Quail::Imap::TransportError &error); // emitted once; the channel is closed
    void closed(); // the peer or close() ended the channel cleanly

private:
    std::unique_ptr<CompressionLayer> m_compression;
};

} // namespace Quail::Imap
