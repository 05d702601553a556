#include "imap/transport/transport.h"

#include "imap/transport/processtransport.h"
#include "imap/transport/sockettransport.h"

namespace Quail::Imap {

std::unique_ptr<Transport> Transport::create(const ConnectionSettings &settings, QObject *parent)
{
    if (!settings.processCommand.isEmpty())
        return std::make_unique<ProcessTransport>(settings, parent);
    return std::make_unique<SocketTransport>(settings, parent);
}

void Transport::startTls()
{
    Q_EMIT failed({TransportError::Kind::TlsHandshakeFailed, tr("This connection cannot be upgraded to TLS."), {}});
}

} // namespace Quail::Imap
