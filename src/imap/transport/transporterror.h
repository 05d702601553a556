#pragma once

#include "imap/transport/certificatedetails.h"

#include <QString>

#include <optional>

namespace Quail::Imap {

// Why a transport could not be opened or stopped working. `message` is a
// sentence for people; `kind` is for code that must react differently.
struct TransportError {
    enum class Kind {
        HostNotFound,
        ConnectionRefused,
        Timeout,
        TlsHandshakeFailed, // no common protocol or cipher, or a broken peer
        CertificateUntrusted, // the chain or host name failed verification; see certificate
        CertificateChanged, // a pinned host presented another certificate; see certificate
        PlaintextInjection, // bytes arrived between STARTTLS's OK and the handshake
        ProcessFailed, // the stream command could not start or exited
        ClosedByPeer,
        Network, // any other socket error
    };

    Kind kind = Kind::Network;
    QString message;
    std::optional<CertificateDetails> certificate;
};

} // namespace Quail::Imap
