#pragma once

#include "imap/engine/authmethod.h"

#include <QString>

namespace Quail::Imap {

// Who logs in. The secret stays on the engine thread and is never logged:
// the trace redacts LOGIN arguments and every SASL response.
struct Credentials {
    QString user;
    QString secret; // a password, or an OAuth token when secretIsToken
    bool secretIsToken = false;
    AuthMethod method = AuthMethod::Auto;
    QString authorizationId; // PLAIN's authzid: act as this user (rarely needed)
};

} // namespace Quail::Imap
