#pragma once

#include "imap/engine/sessionerror.h"

#include <QByteArray>
#include <QString>

namespace Quail::Cli {

// What the runner knew when a session failed, to say it in the words the
// issue asks for ("timed out after N s waiting for …", "connection closed
// by server during FETCH"…).
struct ErrorContext {
    int timeoutSeconds = 30;
    QString endpoint; // "host:port" or the stream command
    QByteArray runningCommand; // the IMAP name of the verb's command, if one was running
    QByteArray lastSent; // the name of the last command on the wire (from the trace)
    bool sawGreeting = false;
};

// One line for stderr, without the "quail-imap: " prefix.
QString describeSessionError(const Imap::SessionError &error, const ErrorContext &context);

} // namespace Quail::Cli
