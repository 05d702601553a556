#pragma once

#include "imap/transport/transporterror.h"

#include <QString>

#include <optional>

namespace Quail::Imap {

// Why a session ended or could not start. `message` is a sentence for people
// (the CLI prints it, the GUI shows it); `kind` is for code that must react.
struct SessionError {
    enum class Kind {
        Transport, // see `transport`: DNS, refused, TLS, certificate, process…
        Protocol, // the server broke the protocol (malformed or impossible response)
        Insecure, // continuing would expose credentials or data (STARTTLS stripping…)
        AuthenticationFailed, // the server refused the credentials
        LoginUnavailable, // the server cannot log anyone in just now ([UNAVAILABLE], RFC 5530 §3)
        LoginRefused, // no usable login mechanism, or credentials missing
        ServerClosed, // BYE or the connection closed
        Timeout, // the server did not answer in time
    };

    // Why Kind::Insecure was raised.
    enum class InsecureReason {
        None,
        StartTlsNotOffered, // STARTTLS required, not in CAPABILITY
        StartTlsRefused, // STARTTLS answered NO or BAD
        PreauthBeforeTls, // PREAUTH on a connection that had to switch to TLS first
        DataAfterStartTls, // bytes after STARTTLS's OK, before the handshake (injection)
    };

    // A malformed response (Kind::Protocol): where the parser stopped.
    struct ParseLocation {
        qint64 offset = 0; // of the offending byte in its response
        quint64 response = 0; // one-based number of that response in the session
        QString reason; // the parser's short English description
    };

    Kind kind = Kind::Protocol;
    QString message;
    std::optional<TransportError> transport;
    // Set for Kind::Insecure (None otherwise); the sentence is in `message`.
    InsecureReason insecure = InsecureReason::None;
    // Set for Kind::Protocol when a response did not parse.
    std::optional<ParseLocation> parse = std::nullopt;
};

} // namespace Quail::Imap
