#include "imap/transport/transport.h"

#include "imap/transport/compressionlayer.h"
#include "imap/transport/processtransport.h"
#include "imap/transport/sockettransport.h"

namespace Quail::Imap {

std::unique_ptr<Transport> Transport::create(const ConnectionSettings &settings, QObject *parent)
{
    if (!settings.processCommand.isEmpty())
        return std::make_unique<ProcessTransport>(settings, parent);
    return std::make_unique<SocketTransport>(settings, parent);
}

Transport::Transport(QObject *parent)
    : QObject(parent)
{
}

Transport::~Transport() = default;

void Transport::write(const QByteArray &bytes)
{
    writeRaw(m_compression ? m_compression->compress(bytes) : bytes);
}

QByteArray Transport::readAll()
{
    QByteArray raw = readAllRaw();
    if (!m_compression || raw.isEmpty())
        return raw;
    QString error;
    if (auto plain = m_compression->decompress(raw, &error))
        return *plain;
    abortWith({TransportError::Kind::Network, error, {}});
    return {};
}

QByteArray Transport::enableCompression(const QByteArray &pending)
{
    m_compression = std::make_unique<CompressionLayer>();
    if (pending.isEmpty())
        return {};
    QString error;
    if (auto plain = m_compression->decompress(pending, &error))
        return *plain;
    abortWith({TransportError::Kind::Network, error, {}});
    return {};
}

void Transport::startTls()
{
    Q_EMIT failed({TransportError::Kind::TlsHandshakeFailed, tr("This connection cannot be upgraded to TLS."), {}});
}

} // namespace Quail::Imap
