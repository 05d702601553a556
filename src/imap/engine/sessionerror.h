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
        LoginRefused, // no usable login mechanism, or credentials missing
        ServerClosed, // BYE or the connection closed
        Timeout, // the server did not answer in time
    };

    Kind kind = Kind::Protocol;
    QString message;
    std::optional<TransportError> transport;
};

} // namespace Quail::Imap
