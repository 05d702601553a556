#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace Quail::Imap {

// How to reach one IMAP server: everything a transport needs, nothing about
// accounts or credentials.
struct ConnectionSettings {
    enum class Security {
        ImplicitTls, // TLS from the first byte (port 993, RFC 8314); the default
        StartTls, // plaintext, upgraded with STARTTLS before anything else (port 143)
        None, // plaintext throughout: only when the user chose it explicitly
    };

    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;

    // The process transport (imaplib's IMAP4_stream): when set, host, port
    // and security are ignored and IMAP is spoken over this command's
    // stdin/stdout, e.g. "ssh mail.example.com /usr/lib/dovecot/imap".
    QString processCommand;

    // Extra trust for a self-hosted server: certificates in this PEM file are
    // trusted as CAs in addition to the system's.
    QString caFile;

    // Trust on first use: the SHA-256 digest of a leaf certificate the user
    // accepted for this host and port. A certificate with this digest is
    // accepted despite chain errors; any other certificate fails hard.
    QByteArray pinnedSha256;

    std::chrono::milliseconds connectTimeout{30000}; // TCP connect, or starting the process
    std::chrono::milliseconds handshakeTimeout{30000}; // the TLS handshake

    static quint16 defaultPort(Security security) { return security == Security::ImplicitTls ? 993 : 143; }

    // The names used in settings and on command lines: "tls", "starttls", "none".
    static QString securityName(Security security);
    static std::optional<Security> securityFromName(const QString &name);
};

} // namespace Quail::Imap
