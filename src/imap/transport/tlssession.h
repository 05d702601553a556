#pragma once

#include <QString>

namespace Quail::Imap {

// What the TLS handshake settled on, for people who want to know more than
// "encrypted": the protocol version and the cipher suite with its key size.
struct TlsSession {
    QString protocol; // "TLS 1.3"
    QString cipher; // the suite's name as OpenSSL gives it: "TLS_AES_256_GCM_SHA384"
    int keyBits = 0; // the cipher's key bits in use

    friend bool operator==(const TlsSession &, const TlsSession &) = default;
};

} // namespace Quail::Imap
