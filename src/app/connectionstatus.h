#pragma once

#include "imap/transport/tlssession.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Quail::App {

// Where one account's connection stands, as the status bar shows it.
struct ConnectionStatus {
    enum class State {
        Offline, // not started, or left offline by the user (a refused certificate, a cancelled password)
        Connecting,
        Connected,
        Reconnecting, // the engine tries again at retryAt
        Failed, // the engine gave up; `detail` says why
    };
    // What protects the connection, known from the account's settings once
    // it is up: the engine verifies the chain and host name, or accepts
    // exactly the pinned certificate, or was told to go without TLS.
    enum class Security {
        Unknown,
        VerifiedTls, // the chain verifies against the system's (or the account's) CAs
        PinnedTls, // a certificate the user trusted (pinned, or accepted for this session)
        Plaintext, // no encryption: the account chose it
        Stream, // a local command's stdin/stdout (ssh…): protected by whatever the command uses
    };

    State state = State::Offline;
    Security security = Security::Unknown;
    QString detail; // why it failed or reconnects; empty otherwise
    QDateTime retryAt; // Reconnecting only
    int attempt = 0; // Reconnecting only
    bool sessionOnlyTrust = false; // PinnedTls accepted for this run only, not saved
    std::optional<Imap::TlsSession> tls; // Connected over TLS: what the handshake settled on
};

} // namespace Quail::App
